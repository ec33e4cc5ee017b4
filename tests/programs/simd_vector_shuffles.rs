//! Lane shuffles with constant indices and lane shifts, in baseline code and in functions that
//! enable SSSE3 and AVX2 (which egret compiles with those features): portable swizzles of every
//! lane width, two-input swizzles, shifts by uniform and by per-lane amounts, and the
//! `std::arch` shuffles, unpacks, alignments and immediate shifts built on them.
#![feature(portable_simd)]
use std::arch::x86_64::*;
use std::simd::prelude::*;
use std::simd::simd_swizzle;

fn seq<const N: usize, T: Copy>(f: impl Fn(usize) -> T) -> [T; N] {
    std::array::from_fn(f)
}

fn portable() {
    let a = u8x16::from_array(seq(|i| i as u8 * 3 + 1));
    let b = u8x16::from_array(seq(|i| 200 - i as u8 * 5));
    println!("u8 rev {:?}", a.reverse().to_array());
    println!("u8 pick {:?}", simd_swizzle!(a, [15, 0, 14, 1, 13, 2, 12, 3, 0, 0, 1, 1, 7, 7, 8, 8]).to_array());
    println!("u8 two {:?}", simd_swizzle!(a, b, [0, 16, 5, 31, 1, 18, 3, 20,
        9, 25, 10, 26, 11, 27, 12, 28]).to_array());
    let (lo, hi) = a.interleave(b);
    println!("u8 interleave {:?} {:?}", lo.to_array(), hi.to_array());

    let h = u16x8::from_array(seq(|i| 1000 + i as u16 * 77));
    println!("u16 rot {:?}", h.rotate_elements_left::<3>().to_array());
    println!("u16 pick {:?}", simd_swizzle!(h, [1, 0, 3, 2, 5, 4, 7, 6]).to_array());

    let w = i32x4::from_array([-5, 17, 1 << 30, -1]);
    let v = i32x4::from_array([40, -41, 42, -43]);
    println!("i32 rev {:?}", w.reverse().to_array());
    println!("i32 bcast {:?}", simd_swizzle!(w, [2, 2, 2, 2]).to_array());
    println!("i32 two {:?}", simd_swizzle!(w, v, [0, 5, 2, 7]).to_array());
    println!("i32 two' {:?}", simd_swizzle!(w, v, [7, 0, 4, 3]).to_array());
    let (x, y) = w.deinterleave(v);
    println!("i32 deinterleave {:?} {:?}", x.to_array(), y.to_array());

    let q = u64x2::from_array([0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210]);
    let r = u64x2::from_array([7, 8]);
    println!("u64 swap {:?}", q.reverse().to_array());
    println!("u64 two {:?}", simd_swizzle!(q, r, [3, 0]).to_array());

    let f = f32x8::from_array(seq(|i| i as f32 * 1.5 - 3.0));
    let g = f32x8::from_array(seq(|i| -(i as f32) * 0.25));
    println!("f32x8 rev {:?}", f.reverse().to_array());
    println!("f32x8 two {:?}", simd_swizzle!(f, g, [7, 8, 6, 9, 0, 15, 3, 12]).to_array());
    println!("f32x8 rot {:?}", f.rotate_elements_right::<5>().to_array());
    let wide = i64x4::from_array([1, -2, 3, -4]);
    println!("i64x4 pick {:?}", simd_swizzle!(wide, [3, 0, 2, 1]).to_array());
    // Three or four source chunks per output chunk: the lane-by-lane path.
    let many = u32x8::from_array(seq(|i| i as u32 * 11));
    let other = u32x8::from_array(seq(|i| 500 + i as u32));
    println!("u32x8 four-source {:?}", simd_swizzle!(many, other, [0, 5, 10, 15, 1, 4, 8, 14]).to_array());
}

fn shifts() {
    let a = i8x16::from_array(seq(|i| (i as i8).wrapping_mul(37).wrapping_sub(60)));
    let u = u16x8::from_array(seq(|i| 0x8001u16.wrapping_mul(i as u16 + 3)));
    let d = i32x4::from_array([i32::MIN, -7, 7, i32::MAX]);
    let q = i64x2::from_array([i64::MIN + 5, 12345]);
    for n in [0u32, 1, 3, 7] {
        println!("i8 <<{n} {:?} >>{n} {:?}", (a << i8x16::splat(n as i8)).to_array(), (a >> i8x16::splat(n as i8)).to_array());
        println!("u16 <<{n} {:?} >>{n} {:?}", (u << u16x8::splat(n as u16)).to_array(), (u >> u16x8::splat(n as u16)).to_array());
        println!("i32 <<{n} {:?} >>{n} {:?}", (d << i32x4::splat(n as i32)).to_array(), (d >> i32x4::splat(n as i32)).to_array());
        println!("i64 <<{n} {:?} >>{n} {:?}", (q << i64x2::splat(n as i64)).to_array(), (q >> i64x2::splat(n as i64)).to_array());
    }
    let amounts = i32x4::from_array([0, 1, 5, 31]);
    println!("i32 per-lane << {:?} >> {:?}", (d << amounts).to_array(), (d >> amounts).to_array());
    let amounts = u16x8::from_array(seq(|i| i as u16 * 2));
    println!("u16 per-lane << {:?} >> {:?}", (u << amounts).to_array(), (u >> amounts).to_array());
    let wide = u32x8::from_array(seq(|i| 0xdead_beef ^ (i as u32 * 0x1111_1111)));
    println!("u32x8 <<9 {:?} >>13 {:?}", (wide << u32x8::splat(9)).to_array(), (wide >> u32x8::splat(13)).to_array());
}

fn show128(label: &str, v: __m128i) {
    let bytes: [u8; 16] = unsafe { std::mem::transmute(v) };
    println!("{label} {bytes:?}");
}

fn show256(label: &str, v: __m256i) {
    let words: [u32; 8] = unsafe { std::mem::transmute(v) };
    println!("{label} {words:x?}");
}

fn sse2() {
    unsafe {
        let a = _mm_setr_epi8(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        let b = _mm_setr_epi8(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16);
        show128("shuffle_epi32", _mm_shuffle_epi32::<0b00_01_10_11>(a));
        show128("shufflelo_epi16", _mm_shufflelo_epi16::<0b01_00_11_10>(a));
        show128("shufflehi_epi16", _mm_shufflehi_epi16::<0b00_00_00_00>(a));
        show128("unpacklo_epi8", _mm_unpacklo_epi8(a, b));
        show128("unpackhi_epi16", _mm_unpackhi_epi16(a, b));
        show128("unpacklo_epi32", _mm_unpacklo_epi32(a, b));
        show128("unpackhi_epi64", _mm_unpackhi_epi64(a, b));
        show128("slli_epi32", _mm_slli_epi32::<5>(a));
        show128("srli_epi16", _mm_srli_epi16::<3>(b));
        show128("srai_epi32", _mm_srai_epi32::<9>(b));
        show128("slli_epi64", _mm_slli_epi64::<33>(b));
        show128("slli_si128", _mm_slli_si128::<3>(a));
        show128("srli_si128", _mm_srli_si128::<5>(a));
        let f = _mm_setr_ps(1.0, 2.0, 3.0, 4.0);
        let g = _mm_setr_ps(-1.0, -2.0, -3.0, -4.0);
        let s: [f32; 4] = std::mem::transmute(_mm_shuffle_ps::<0b11_00_10_01>(f, g));
        println!("shuffle_ps {s:?}");
        let m: [f32; 4] = std::mem::transmute(_mm_movehl_ps(f, g));
        println!("movehl_ps {m:?}");
    }
}

#[target_feature(enable = "ssse3")]
fn ssse3() {
    let a = _mm_setr_epi8(10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25);
    let b = _mm_setr_epi8(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16);
    let control = _mm_setr_epi8(15, 0, -128, 3, 1, 1, 2, 2, 7, 6, 5, 4, -1, 8, 12, 9);
    show128("ssse3 shuffle_epi8", _mm_shuffle_epi8(a, control));
    show128("ssse3 alignr_epi8", _mm_alignr_epi8::<5>(a, b));
    show128("ssse3 unpacklo_epi8", _mm_unpacklo_epi8(a, b));
    show128("ssse3 shuffle_epi32", _mm_shuffle_epi32::<0b10_10_01_00>(b));
}

#[target_feature(enable = "avx2")]
fn avx2() {
    let a = _mm256_setr_epi32(1, 2, 3, 4, 5, 6, 7, 8);
    let b = _mm256_setr_epi32(-1, -2, -3, -4, -5, -6, -7, -8);
    let bytes = _mm256_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
    let control = _mm256_setr_epi8(3, 2, 1, 0, 7, 6, 5, 4, -1, 9, 10, 11, 15, 15, 0, 1, 2, 3, 0, 1, 6, 7, 4, 5, 11, 10, 9, 8, 15, 14, 13, 12);
    show256("avx2 shuffle_epi8", _mm256_shuffle_epi8(bytes, control));
    show256("avx2 shuffle_epi32", _mm256_shuffle_epi32::<0b00_11_01_10>(a));
    show256("avx2 permute4x64", _mm256_permute4x64_epi64::<0b01_11_00_10>(a));
    show256("avx2 permute2x128", _mm256_permute2x128_si256::<0x21>(a, b));
    show256("avx2 unpacklo_epi32", _mm256_unpacklo_epi32(a, b));
    show256("avx2 unpackhi_epi8", _mm256_unpackhi_epi8(bytes, b));
    show256("avx2 alignr_epi8", _mm256_alignr_epi8::<4>(a, b));
    show256("avx2 slli_epi32", _mm256_slli_epi32::<7>(b));
    show256("avx2 srli_epi32", _mm256_srli_epi32::<25>(b));
    show256("avx2 srai_epi16", _mm256_srai_epi16::<3>(b));
    show256("avx2 blend_epi32", _mm256_blend_epi32::<0b1010_0110>(a, b));
    let rot = _mm256_or_si256(_mm256_slli_epi32::<12>(bytes), _mm256_srli_epi32::<20>(bytes));
    show256("avx2 rotate", rot);
}

fn main() {
    portable();
    shifts();
    sse2();
    if is_x86_feature_detected!("ssse3") {
        unsafe { ssse3() };
    } else {
        println!("no ssse3");
    }
    if is_x86_feature_detected!("avx2") {
        unsafe { avx2() };
    } else {
        println!("no avx2");
    }
}
