//! SIMD memory operations under a mask: gathers and scatters through index vectors (with
//! out-of-bounds lanes disabled, never touched), loads and stores of a slice's prefix, and the
//! lane order of scatters whose indices collide; plus funnel shifts of integer lanes.
#![feature(portable_simd, core_intrinsics)]
#![allow(internal_features)]
use std::simd::prelude::*;

fn main() {
    let data: Vec<i32> = (0..20).map(|i| i * i - 7).collect();
    let idxs = usizex8::from_array([0, 19, 3, 25, 7, 7, 1000, 2]);
    let gathered = i32x8::gather_or(&data, idxs, i32x8::splat(-1));
    println!("gather_or {:?}", gathered.to_array());
    println!("gather_or_default {:?}", i32x8::gather_or_default(&data, idxs).to_array());
    let enable = masksizex8::from_array([true, false, true, true, false, true, true, true]);
    let picked = i32x8::gather_select(&data, enable, idxs, i32x8::splat(99));
    println!("gather_select {:?}", picked.to_array());

    let floats: Vec<f64> = (0..6).map(|i| i as f64 / 4.0).collect();
    println!("gather f64 {:?}", f64x4::gather_or_default(&floats, usizex4::from_array([5, 0, 6, 2])).to_array());

    let mut target = vec![0u16; 10];
    let values = u16x8::from_array([10, 11, 12, 13, 14, 15, 16, 17]);
    values.scatter(&mut target, usizex8::from_array([9, 0, 3, 3, 12, 1, 9, 100]));
    println!("scatter {target:?}");
    let mut target2 = vec![5u16; 10];
    let enable = masksizex8::from_array([true, true, false, true, true, false, true, true]);
    values.scatter_select(&mut target2, enable, usizex8::from_array([1, 2, 3, 4, 5, 6, 7, 8]));
    println!("scatter_select {target2:?}");

    let short = [1u8, 2, 3, 4, 5];
    println!("load_or_default {:?}", u8x16::load_or_default(&short).to_array());
    println!("load_or {:?}", u8x8::load_or(&short[1..], u8x8::splat(0xee)).to_array());
    let enable = mask8x8::from_array([true, false, true, false, true, true, true, true]);
    println!("load_select {:?}", u8x8::load_select(&short, enable, u8x8::splat(7)).to_array());
    let mut out = [0u8; 6];
    u8x8::from_array([9, 8, 7, 6, 5, 4, 3, 2]).store_select(&mut out, mask8x8::from_array([true, true, false, true, true, true, true, true]));
    println!("store_select {out:?}");

    let a = u32x4::from_array([0x8000_0001, 0xdead_beef, 1, u32::MAX]);
    let b = u32x4::from_array([0x1234_5678, 0xffff_0000, 0x8000_0000, 0]);
    for n in [0u32, 1, 4, 31] {
        let shift = u32x4::splat(n);
        let (l, r) = unsafe {
            (
                std::intrinsics::simd::simd_funnel_shl(a, b, shift),
                std::intrinsics::simd::simd_funnel_shr(a, b, shift),
            )
        };
        println!("funnel {n}: shl {:x?} shr {:x?}", l.to_array(), r.to_array());
    }
    let mixed = u8x4::from_array([0, 3, 7, 1]);
    let (l, r) = unsafe {
        (
            std::intrinsics::simd::simd_funnel_shl(u8x4::splat(0b1011_0001), u8x4::splat(0b0110_1100), mixed),
            std::intrinsics::simd::simd_funnel_shr(u8x4::splat(0b1011_0001), u8x4::splat(0b0110_1100), mixed),
        )
    };
    println!("funnel u8 per lane: shl {:?} shr {:?}", l.to_array(), r.to_array());
}
