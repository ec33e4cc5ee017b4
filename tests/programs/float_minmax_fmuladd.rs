//! f32/f64 min/max (a NaN loses; two NaNs give the first one's payload, as x86's minss),
//! minimum/maximum (NaN wins with `+`'s payload choice, -0 < +0), and the unfused `fmuladd`
//! intrinsic (product rounded before the addition), bit for bit, NaN payloads included.
#![feature(core_intrinsics, float_minimum_maximum)]
#![allow(internal_features)]
use std::hint::black_box;
use std::intrinsics;

fn main() {
    let n1 = f32::from_bits(0x7fc0_0001);
    let n2 = f32::from_bits(0xffc0_0002);
    let s3 = f32::from_bits(0x7f80_0003);
    let vals32 = [n1, n2, s3, 0.0, -0.0, 1.0, -1.0, f32::INFINITY, f32::NEG_INFINITY, f32::MIN_POSITIVE];
    for &a in &vals32 {
        let row: Vec<String> = vals32
            .iter()
            .map(|&b| {
                let (a, b) = (black_box(a), black_box(b));
                format!("{:x}/{:x}/{:x}/{:x}", a.min(b).to_bits(), a.max(b).to_bits(), a.minimum(b).to_bits(), a.maximum(b).to_bits())
            })
            .collect();
        println!("{:08x}: {}", a.to_bits(), row.join(" "));
    }
    let m1 = f64::from_bits(0x7ff8_0000_0000_0011);
    let m2 = f64::from_bits(0xfff8_0000_0000_0022);
    let vals64 = [m1, m2, 0.0, -0.0, 2.5, f64::NEG_INFINITY];
    for &a in &vals64 {
        let row: Vec<String> = vals64
            .iter()
            .map(|&b| {
                let (a, b) = (black_box(a), black_box(b));
                format!("{:x}/{:x}/{:x}/{:x}", a.min(b).to_bits(), a.max(b).to_bits(), a.minimum(b).to_bits(), a.maximum(b).to_bits())
            })
            .collect();
        println!("{:016x}: {}", a.to_bits(), row.join(" "));
    }
    // (1 + e)^2 - (1 + 2e) is e^2 when fused and 0 when the product is rounded first.
    let e32 = black_box(f32::EPSILON);
    let e64 = black_box(f64::EPSILON);
    println!(
        "fmuladd {:?} {:?} fma {:?} {:?}",
        intrinsics::fmuladdf32(1.0 + e32, 1.0 + e32, -(1.0 + 2.0 * e32)),
        intrinsics::fmuladdf64(1.0 + e64, 1.0 + e64, -(1.0 + 2.0 * e64)),
        (1.0 + e32).mul_add(1.0 + e32, -(1.0 + 2.0 * e32)),
        (1.0 + e64).mul_add(1.0 + e64, -(1.0 + 2.0 * e64)),
    );
    println!("fmuladd nan {:x} {:x}", intrinsics::fmuladdf32(black_box(n1), black_box(n2), black_box(s3)).to_bits(), intrinsics::fmuladdf64(black_box(1.0), black_box(m2), black_box(m1)).to_bits());
}
