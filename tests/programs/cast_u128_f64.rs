//! u128/i128 <-> f64/f32 conversions, including rounding, saturation and round trips.
use std::hint::black_box;

fn main() {
    let us: [u128; 10] = black_box([
        0,
        1,
        u64::MAX as u128,
        u64::MAX as u128 + 1,
        (1 << 64) + (1 << 11),
        (1u128 << 100) + (1 << 47),
        (1u128 << 100) + (1 << 48),
        0xffff_ffff_ffff_f800_0000_0000_0000_0000,
        0xffff_ffff_ffff_fc00_0000_0000_0000_0000,
        u128::MAX,
    ]);
    for u in us {
        println!("u128 {} -> f64 {:e} -> f32 {:e}", u, u as f64, u as f32);
    }
    let is: [i128; 6] = black_box([i128::MIN, -(1 << 90) - 1, -1, 1 << 70, i128::MAX, -170141183460469231731687303715884105727]);
    for i in is {
        println!("i128 {} -> f64 {:e} -> f32 {:e}", i, i as f64, i as f32);
    }
    let fs: [f64; 12] = black_box([0.0, 1.0, -1.0, 1e19, 1.8446744073709552e19, 1e38, 3.4e38, 3.402823669209385e38, 1e39, -1e39, f64::NAN, f64::INFINITY]);
    for f in fs {
        println!("f64 {:e} -> u128 {} i128 {}", f, f as u128, f as i128);
    }
    let f32s: [f32; 5] = black_box([1e20, 3.4028235e38, -3.4028235e38, f32::INFINITY, -0.5]);
    for f in f32s {
        println!("f32 {:e} -> u128 {} i128 {}", f, f as u128, f as i128);
    }
    // round trip powers of two
    for k in (0..128).step_by(9) {
        let v = black_box(1u128 << k);
        let back = (v as f64) as u128;
        print!("{}", if back == v { '=' } else { '!' });
    }
    println!();
    // a value that needs rounding; round trip loses precision
    let v = black_box(123456789012345678901234567890u128);
    let f = v as f64;
    println!("{} -> {:?} -> {} (diff {})", v, f, f as u128, v.abs_diff(f as u128));
    let sum: f64 = (1..=20u128).map(|i| black_box(i * (1 << 100)) as f64).sum();
    println!("sum = {:e}", sum);
}
