//! int -> float `as` casts of every width, including rounding of large values and negative numbers.
use std::hint::black_box;

macro_rules! i2f {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        println!("{} {}: f32={:?} f64={:?}", stringify!($t), v, v as f32, v as f64);
    }};
}

fn main() {
    i2f!(i8, -128);
    i2f!(i8, 127);
    i2f!(u8, 255);
    i2f!(i16, -32768);
    i2f!(u16, 65535);
    i2f!(i32, i32::MIN);
    i2f!(i32, i32::MAX);
    i2f!(i32, 16777217);
    i2f!(i32, -16777217);
    i2f!(u32, u32::MAX);
    i2f!(u32, 0x8000_0001);
    i2f!(i64, i64::MIN);
    i2f!(i64, i64::MAX);
    i2f!(i64, 9007199254740993);
    i2f!(i64, -9007199254740995);
    i2f!(u64, u64::MAX);
    i2f!(u64, 0x8000_0000_0000_0401);
    i2f!(u64, 0x8000_0000_0000_0400);
    i2f!(u64, 0x8000_0000_0000_0c00);
    i2f!(u64, 0x7fff_ffff_ffff_fdff);
    i2f!(u64, (1 << 53) + 1);
    i2f!(u64, 12345);
    i2f!(i128, i128::MIN);
    i2f!(i128, i128::MAX);
    i2f!(i128, -1);
    i2f!(u128, u128::MAX);
    i2f!(u128, 1 << 100);
    i2f!(isize, isize::MIN + 1);
    i2f!(usize, usize::MAX);

    // f32 rounding of u32 around 2^24 boundary (round-to-nearest-even)
    for v in black_box([16777216u32, 16777217, 16777218, 16777219, 16777220, 33554433, 33554435]) {
        print!("{}->{} ", v, v as f32);
    }
    println!();
    // u64 -> f64 rounding near 2^63 exercising the unsigned path
    for k in 0u64..6 {
        let v = black_box((1u64 << 63) + k * 0x200 + 1);
        print!("{:#x}->{:e} ", v, v as f64);
    }
    println!();
    // mean of large integers computed in float
    let data: Vec<u64> = (0..10).map(|i| black_box(u64::MAX - i * 1_000_000_007)).collect();
    let mean = data.iter().map(|&x| x as f64).sum::<f64>() / data.len() as f64;
    println!("mean = {:e}", mean);
    let neg: Vec<f32> = (-5i16..=5).map(|i| black_box(i) as f32 / 2.0).collect();
    println!("halves: {:?}", neg);
    // float -> float
    println!("f64->f32: {:?} {:?} {:?} {:?}", black_box(1e40f64) as f32, black_box(1e-50f64) as f32, black_box(0.1f64) as f32, black_box(-f64::MAX) as f32);
    println!("f32->f64: {:?} {:?}", black_box(0.1f32) as f64, black_box(f32::MIN_POSITIVE) as f64);
}
