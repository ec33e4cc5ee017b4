//! Float formatting: Display, Debug, precision, exponent forms, width/alignment/sign, for f32 and f64.
use std::hint::black_box;

fn main() {
    let v64: [f64; 14] = black_box([0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 123456.789, 1e21, 1e-7, 1.5e300, 2.5e-310, 100.0, 0.3, 9007199254740993.0]);
    for v in v64 {
        println!("f64 disp={} dbg={:?} p3={:.3} p0={:.0} e={:e} E={:E} p2e={:.2e} w12={:12.4} l={:<10.1}| sign={:+} z={:010.2}", v, v, v, v, v, v, v, v, v, v, v);
    }
    let v32: [f32; 10] = black_box([0.0, 1.0, 0.1, 1.0 / 3.0, 16777217.0, 3.4028235e38, 1e-45, -2.5, 7.0e-10, 65504.0]);
    for v in v32 {
        println!("f32 disp={} dbg={:?} p3={:.3} e={:e} p1e={:.1e} c={:^14.2}| sign={:+.1}", v, v, v, v, v, v, v);
    }
    // rounding behaviour at precision boundaries (round-half-even on exact binary values)
    for v in black_box([0.5f64, 1.5, 2.5, 3.5, 0.125, 0.375, 2.675, 1.005, -0.5, 1e15 + 0.5]) {
        print!("[{} {:.0} {:.2}] ", v, v, v);
    }
    println!();
    // large precision
    println!("{:.20} {:.30}", black_box(0.1f64), black_box(1.0f64 / 7.0));
    println!("{:.10} {:.15e}", black_box(std::f32::consts::PI), black_box(std::f64::consts::E));
    // special values
    for v in black_box([f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -f64::NAN]) {
        println!("special: {} {:?} {:.2} {:e} {:>8} {:+}", v, v, v, v, v, v);
    }
    // dynamic width/precision
    for (w, p) in black_box([(8usize, 2usize), (12, 5), (3, 0)]) {
        println!("dyn [{:w$.p$}] [{:>w$.p$e}] [{:<w$.p$}]", std::f64::consts::PI, 12345.678f64, -0.001f64, w = w, p = p);
    }
    println!("star: [{:1$.2$}]", black_box(2.0f64).sqrt(), 15, 7);
    // to_string and parse roundtrip
    for s in black_box(["3.14", "-0.0", "1e10", "inf", "-infinity", "NaN", "2.2250738585072014e-308", "0x10", "1_000.0", ".5", "5."]) {
        match s.parse::<f64>() {
            Ok(v) => println!("parse {:?} -> {:?} -> {}", s, v, v.to_string()),
            Err(e) => println!("parse {:?} -> error: {}", s, e),
        }
    }
    println!("parse f32: {:?} {:?}", "0.1".parse::<f32>(), black_box("3.4028236e38").parse::<f32>());
    let shortest: Vec<String> = (1..=10).map(|i| format!("{}", black_box(i as f64) / 10.0)).collect();
    println!("{}", shortest.join(","));
}
