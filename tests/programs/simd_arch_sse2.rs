//! `std::arch::x86_64` SSE2 intrinsics as hashbrown and memchr use them: byte compares,
//! movemask, set1, loads and stores, and/or/andnot, integer lane arithmetic.
use std::arch::x86_64::*;

fn find_byte(haystack: &[u8; 32], needle: u8) -> Option<usize> {
    unsafe {
        let n = _mm_set1_epi8(needle as i8);
        for chunk in 0..2 {
            let block = _mm_loadu_si128(haystack.as_ptr().add(chunk * 16) as *const __m128i);
            let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(block, n));
            if mask != 0 {
                return Some(chunk * 16 + mask.trailing_zeros() as usize);
            }
        }
        None
    }
}

fn main() {
    let mut text = [0u8; 32];
    text.copy_from_slice(b"the quick brown fox jumps over t");
    for needle in [b'q', b'x', b'z', b't', b' '] {
        println!("{} -> {:?}", needle as char, find_byte(std::hint::black_box(&text), needle));
    }
    unsafe {
        let a = _mm_set_epi32(1, -2, 3, -4);
        let b = _mm_set1_epi32(10);
        let mut out = [0i32; 4];
        _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, _mm_add_epi32(a, b));
        println!("{out:?}");
        _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, _mm_andnot_si128(a, b));
        println!("{out:?}");
        let c = _mm_or_si128(_mm_slli_epi32(a, 4), _mm_srli_epi32(b, 1));
        _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, c);
        println!("{out:?}");
        let bytes = _mm_set_epi8(-1, 0, -1, 0, 1, 2, 3, 4, -5, -6, 7, 8, 9, 10, -11, 12);
        println!("{:#x}", _mm_movemask_epi8(bytes));
    }
}
