//! NaN and infinity handling: comparisons, propagation, min/max semantics, classification, signed zero.
use std::hint::black_box;
use std::num::FpCategory;

fn main() {
    let nan = black_box(f64::NAN);
    let inf = black_box(f64::INFINITY);
    let one = black_box(1.0f64);
    let zero = black_box(0.0f64);
    println!("nan==nan {} nan!=nan {} nan<1 {} nan>1 {} nan<=nan {} 1>=nan {}", nan == nan, nan != nan, nan < one, nan > one, nan <= nan, one >= nan);
    println!("partial_cmp: {:?} {:?} {:?}", nan.partial_cmp(&one), one.partial_cmp(&inf), inf.partial_cmp(&inf));
    println!("ops: {} {} {} {} {} {}", inf - inf, inf * zero, zero / zero, one / zero, -one / zero, inf + 1e308);
    println!("nan arithmetic is nan: {} {} {}", (nan + 1.0).is_nan(), (nan * 0.0).is_nan(), (nan.sqrt()).is_nan());
    println!("sqrt(-1) nan: {} ln(0)={} ln(-1) nan:{} exp(1000)={} exp(-1000)={}", (-one).sqrt().is_nan(), zero.ln(), (-one).ln().is_nan(), black_box(1000.0f64).exp(), black_box(-1000.0f64).exp());
    println!("min/max with nan: {} {} {} {}", nan.min(one), one.min(nan), nan.max(one), one.max(nan));
    // (min/max of -0.0 vs 0.0 is unspecified, so it is not printed)
    println!("clamp: {} {}", black_box(5.0f64).clamp(0.0, 1.0), black_box(-5.0f64).clamp(0.0, 1.0));
    let nz = black_box(-0.0f64);
    println!("signed zero: {} {:?} eq={} sign_neg={} 1/-0={} copysign={}", nz, nz, nz == zero, nz.is_sign_negative(), one / nz, black_box(3.0f64).copysign(nz));
    for v in black_box([0.0f64, -0.0, 1.0, f64::MIN_POSITIVE / 2.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, f64::MAX]) {
        let cat = match v.classify() {
            FpCategory::Nan => "nan",
            FpCategory::Infinite => "inf",
            FpCategory::Zero => "zero",
            FpCategory::Subnormal => "subnormal",
            FpCategory::Normal => "normal",
        };
        println!("{:?}: {} finite={} infinite={} nan={} normal={} sign_pos={} signum={}", v, cat, v.is_finite(), v.is_infinite(), v.is_nan(), v.is_normal(), v.is_sign_positive(), v.signum());
    }
    let n32 = black_box(f32::NAN);
    let i32v = black_box(f32::NEG_INFINITY);
    println!("f32: {} {} {} {} {} {}", n32 == n32, i32v < f32::MIN, i32v.max(n32), (i32v * 0.0).is_nan(), i32v.recip(), black_box(0.0f32).recip());
    // overflow to inf
    let mut v = black_box(1.0f32);
    let mut steps = 0;
    while v.is_finite() {
        v *= 10.0;
        steps += 1;
    }
    println!("f32 overflowed to {} after {} steps", v, steps);
    let mut d = black_box(1.0f64);
    let mut steps = 0;
    while d != 0.0 {
        d /= 2.0;
        steps += 1;
    }
    println!("f64 underflowed to {} after {} halvings", d, steps);
    // sorting with NaN via total_cmp and filtering
    let mut xs = black_box(vec![3.0f64, f64::NAN, -1.0, f64::INFINITY, 0.0, -0.0, f64::NEG_INFINITY]);
    let finite: Vec<f64> = xs.iter().copied().filter(|x| x.is_finite()).collect();
    println!("finite: {:?}", finite);
    xs.sort_by(|a, b| a.total_cmp(b));
    println!("total order: {:?}", xs);
    let mx = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    println!("fold max ignoring nan: {}", mx);
}
