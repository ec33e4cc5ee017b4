//! f32/f64 basic arithmetic, compound ops, negation, remainder, comparisons and accumulation.
use std::hint::black_box;

fn main() {
    let pairs64: [(f64, f64); 6] = black_box([(1.5, 2.25), (-3.0, 0.1), (1e300, 1e10), (7.0, -2.0), (0.1, 0.2), (-0.0, 0.0)]);
    for (a, b) in pairs64 {
        println!("f64 {:?} {:?}: + {:?} - {:?} * {:?} / {:?} % {:?} neg {:?} lt {} eq {}", a, b, a + b, a - b, a * b, a / b, a % b, -a, a < b, a == b);
    }
    let pairs32: [(f32, f32); 6] = black_box([(1.5, 2.25), (-3.0, 0.1), (3e38, 10.0), (7.0, -2.0), (0.1, 0.2), (16777216.0, 1.0)]);
    for (a, b) in pairs32 {
        println!("f32 {:?} {:?}: + {:?} - {:?} * {:?} / {:?} % {:?} neg {:?} gt {} ne {}", a, b, a + b, a - b, a * b, a / b, a % b, -a, a > b, a != b);
    }
    // accumulation error behaviour
    let mut s32 = 0.0f32;
    let mut s64 = 0.0f64;
    for _ in 0..1000 {
        s32 += black_box(0.1f32);
        s64 += black_box(0.1f64);
    }
    println!("sum 0.1 x1000: f32={:?} f64={:?}", s32, s64);
    // compound assignment
    let mut x = black_box(100.0f64);
    x -= 1.25;
    x *= 3.0;
    x /= 7.0;
    x %= 5.0;
    println!("compound: {:?}", x);
    // harmonic series, kahan
    let mut h = 0.0f64;
    let mut c = 0.0f64;
    for i in 1..=10000 {
        let y = 1.0 / black_box(i as f64) - c;
        let t = h + y;
        c = (t - h) - y;
        h = t;
    }
    println!("harmonic(10000) kahan = {:?}", h);
    // mixed f32/f64 conversions in arithmetic
    let a = black_box(1.0f32 / 3.0);
    let b = a as f64;
    println!("1/3 f32={:?} widened={:?} f64={:?}", a, b, 1.0f64 / black_box(3.0));
    // subnormals
    let tiny = black_box(f64::MIN_POSITIVE);
    println!("subnormal: {:?} {:?} {:?}", tiny / 2.0, tiny / 1e10, (tiny / 4.0).is_normal());
    let tiny32 = black_box(f32::MIN_POSITIVE);
    println!("subnormal32: {:?} {:?}", tiny32 / 8.0, f32::from_bits(1));
    // polynomial evaluation via Horner
    let coeffs = black_box([1.0f64, -3.0, 0.5, 2.0]);
    for xv in black_box([-2.0f64, -0.5, 0.0, 1.0, 3.75]) {
        let p = coeffs.iter().fold(0.0, |acc, &c| acc * xv + c);
        print!("p({})={} ", xv, p);
    }
    println!();
    println!("consts: {:?} {:?} {:?} {:?}", f64::EPSILON, f32::EPSILON, f64::MAX, f32::MIN);
}
