//! `std::simd` vectors of `f16`: negation, absolute value, square root and rounding, fused
//! multiply-add, lane-wise min/max with NaNs, comparisons, casts to and from `f32` and
//! integers, and reductions, every lane printed as bits.
#![feature(portable_simd, f16)]
use std::hint::black_box;
use std::simd::prelude::*;
use std::simd::StdFloat;

fn bits<const N: usize>(v: Simd<f16, N>) -> [u16; N] {
    v.to_bits().to_array()
}

fn main() {
    let a = black_box(Simd::<f16, 8>::from_array([1.5, -2.25, 0.0, -0.0, 65504.0, 6.1e-5, f16::NAN, f16::INFINITY]));
    let b = black_box(Simd::<f16, 8>::from_array([0.5, 3.0, -0.0, 0.0, -1.0, 2.0, 1.0, f16::NAN]));
    println!("neg   {:04x?}", bits(-a));
    println!("abs   {:04x?}", bits(a.abs()));
    println!("sqrt  {:04x?}", bits(a.abs().sqrt()));
    println!("floor {:04x?}", bits((a * Simd::splat(1.75)).floor()));
    println!("ceil  {:04x?}", bits((a * Simd::splat(1.75)).ceil()));
    println!("round {:04x?}", bits((a * Simd::splat(1.75)).round()));
    println!("trunc {:04x?}", bits((a * Simd::splat(1.75)).trunc()));
    println!("fma   {:04x?}", bits(a.mul_add(b, Simd::splat(0.125))));
    println!("add   {:04x?}", bits(a + b));
    println!("div   {:04x?}", bits(a / b));
    println!("min   {:04x?}", bits(a.simd_min(b)));
    println!("max   {:04x?}", bits(a.simd_max(b)));
    println!("clamp {:04x?}", bits(b.simd_clamp(Simd::splat(-0.5), Simd::splat(0.75))));
    println!("lt    {:?}", a.simd_lt(b).to_array());
    println!("eq    {:?}", a.simd_eq(b).to_array());
    println!("nan   {:?}", a.is_nan().to_array());
    let wide: Simd<f32, 8> = a.cast();
    println!("to f32 {:?}", wide.to_array());
    let ints: Simd<i32, 8> = unsafe { (a * Simd::splat(0.5)).is_finite().select(a * Simd::splat(0.5), Simd::splat(0.0)).to_int_unchecked() };
    println!("to i32 {:?}", ints.to_array());
    let back: Simd<f16, 8> = Simd::<i32, 8>::from_array([1, -7, 2049, 70000, -70000, 0, 3, 1 << 20]).cast();
    println!("from i32 {:04x?}", bits(back));
    let finite = black_box(Simd::<f16, 4>::from_array([0.25, -8.5, 3.0, 1024.0]));
    println!("sum {:04x} product {:04x}", finite.reduce_sum().to_bits(), finite.reduce_product().to_bits());
    println!("rmin {:04x} rmax {:04x}", a.reduce_min().to_bits(), a.reduce_max().to_bits());
}
