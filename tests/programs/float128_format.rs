//! f128 formatting through core's code (f128 has `{:?}` only, printing its bits) for edge
//! values and computed ones, in structs, Options and collections, and computed f128 values shown
//! through f64 and f32 with `{}`, `{:e}` and precision.
#![feature(f16, f128)]
use std::hint::black_box;

#[derive(Debug)]
#[allow(dead_code)]
struct Point {
    x: f128,
    y: Option<f128>,
    z: (f16, f128),
}

fn main() {
    let values: [u128; 10] = [
        0,
        1 << 127,
        1,
        0x3fff_0000_0000_0000_0000_0000_0000_0000,
        0x7ffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,
        0x7fff_0000_0000_0000_0000_0000_0000_0000,
        0xffff_0000_0000_0000_0000_0000_0000_0000,
        0x7fff_8000_0000_0000_0000_0000_0000_0000,
        0x4000_921f_b544_42d1_8469_898c_c517_01b8,
        0x3ffb_9999_9999_9999_9999_9999_9999_999a,
    ];
    for bits in values {
        let x = black_box(f128::from_bits(bits));
        println!("{:?} | {:>40?} | {:<36?}| as f64 {} {:e} {:.3}", x, x, -x, x as f64, x as f64, x as f64);
    }
    let third = black_box(1.0f128) / black_box(3.0f128);
    println!("{third:?} {} {}", third as f64, third as f32);
    let mut x = black_box(1.0f128);
    for i in 1..=30u32 {
        x *= i as f128;
    }
    println!("30! = {x:?} ~ {:e} exact low digits {}", x as f64, (x % 1000000.0) as u32);
    println!("{:?}", Point { x: black_box(-2.5), y: Some(black_box(1e-300)), z: (black_box(1.5), black_box(f128::NAN)) });
    println!("{:#?}", Point { x: black_box(f128::MAX), y: None, z: (black_box(-0.0), black_box(f128::EPSILON)) });
    let list: Vec<f128> = (1..=4).map(|i| black_box(i as f128) / 7.0).collect();
    println!("{list:?}");
    let formatted = format!("{:?}", black_box(f128::MIN_POSITIVE));
    println!("{formatted} {}", formatted.len());
}
