//! `pshufb` (SSSE3 `_mm_shuffle_epi8`) as byte-table lookups use it, with indices that select,
//! wrap within the 16-byte lane, and zero (top bit set). Guarded by run-time detection.
use std::arch::x86_64::*;

#[target_feature(enable = "ssse3")]
fn shuffle(table: [u8; 16], indices: [u8; 16]) -> [u8; 16] {
    let mut out = [0u8; 16];
    unsafe {
        let t = _mm_loadu_si128(table.as_ptr() as *const __m128i);
        let i = _mm_loadu_si128(indices.as_ptr() as *const __m128i);
        _mm_storeu_si128(out.as_mut_ptr() as *mut __m128i, _mm_shuffle_epi8(t, i));
    }
    out
}

fn main() {
    if !is_x86_feature_detected!("ssse3") {
        println!("no ssse3");
        return;
    }
    let table: [u8; 16] = std::array::from_fn(|i| (i as u8) * 3 + 1);
    let indices = [0, 15, 1, 14, 0x80, 0x8f, 16, 31, 7, 7, 7, 0xff, 2, 4, 8, 12];
    println!("{:?}", unsafe { shuffle(std::hint::black_box(table), indices) });
}
