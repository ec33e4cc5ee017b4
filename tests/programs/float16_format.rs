//! f16 formatting and parsing through core's code: `{}`, `{:?}`, `{:e}`, precision and width
//! for edge values (subnormals, the largest finite, ±0, ±inf, NaN), a sweep of bit patterns,
//! and strings parsed into f16 (with rounding, overflow and errors).
#![feature(f16, f128)]
use std::hint::black_box;

fn main() {
    let values: [u16; 16] = [
        0x0000, 0x8000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x3555, 0x4248, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00, 0x5640,
        0x2e66, 0xd3d0,
    ];
    for bits in values {
        let x = black_box(f16::from_bits(bits));
        println!("{bits:04x}: {} | {:?} | {:e} | {:E} | {:.3} | {:>12.1} | {:<+10} | {:08.2}", x, x, x, x, x, x, x, x);
    }
    // Every 97th bit pattern through Display and Debug; the round trip must be exact.
    let mut out = String::new();
    let mut mismatches = 0;
    for bits in (0..=u16::MAX).step_by(97) {
        let x = black_box(f16::from_bits(bits));
        let s = format!("{x:?}");
        if bits % 9 == 0 {
            out.push_str(&s);
            out.push(' ');
        }
        if let Ok(back) = s.parse::<f16>() {
            if back.to_bits() != bits && !x.is_nan() {
                mismatches += 1;
            }
        }
    }
    println!("{out}");
    println!("round-trip mismatches: {mismatches}");
    for s in ["1.5", "-0", "65504", "65519.99", "65520", "1e-7", "3e-8", "2.98023223876953125e-8", "0.1", "inf", "-infinity", "NaN", "abc", "", "1e5", "6.1e-5"] {
        match s.parse::<f16>() {
            Ok(x) => println!("{s:?} -> {:04x} {x}", x.to_bits()),
            Err(e) => println!("{s:?} -> error {e}"),
        }
    }
    let v: Vec<f16> = (1..=8u8).map(|i| f16::from(i) / black_box(f16::from(3u8))).collect();
    println!("{v:?}");
    println!("{:?}", (black_box(1.5f16), Some(black_box(-2.25f16)), [f16::MIN_POSITIVE, f16::EPSILON]));
}
