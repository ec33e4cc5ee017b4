//! std::simd (portable SIMD): lane arithmetic, compares and bitmasks, reductions, swizzles, selects, casts with saturation, saturating adds.
#![feature(portable_simd)]
use std::simd::prelude::*;
fn main() {
    let a = Simd::<i32, 4>::from_array([1, -2, 3, -4]);
    let b = Simd::<i32, 4>::splat(3);
    println!("{:?} {:?} {:?}", a + b, a * b, (a - b).abs());
    println!("{:?} {}", a.simd_lt(b).to_bitmask(), a.reduce_sum());
    let f = Simd::<f32, 8>::from_array([1.5, -2.0, 3.25, f32::NAN, 0.0, -0.0, 7.0, 8.0]);
    println!("{:?} {} {}", f.abs(), f.reduce_max(), f.reduce_min());
    let s = simd_swizzle!(a, [3, 2, 1, 0]);
    println!("{:?} {:?}", s, a.rotate_elements_left::<1>());
    let m = a.simd_gt(Simd::splat(0));
    println!("{:?} {:?}", m.select(a, b), m.any());
    let bytes = u8x16::from_array(*b"hello, simd wrld");
    println!("{:?}", bytes.simd_eq(u8x16::splat(b'l')).to_bitmask());
    let c: Simd<f64, 4> = a.cast();
    println!("{:?} {:?}", c, Simd::<f32, 4>::from_array([1e10, -1e10, f32::NAN, 2.7]).cast::<i16>());
    println!("{:?}", u8x8::from_array([250, 1, 2, 3, 4, 5, 6, 7]).saturating_add(u8x8::splat(10)));
}
