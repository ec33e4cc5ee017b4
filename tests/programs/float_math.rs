//! Float math functions: sqrt, floor/ceil/round/trunc/fract, mul_add, powi/powf, trig, exp/ln/log, hypot, atan2.
use std::hint::black_box;

fn main() {
    for v in black_box([2.5f64, -2.5, 0.49999999999999994, 1.5, -0.7, 1e20, 3.0, -0.0]) {
        println!("{:?}: floor={:?} ceil={:?} round={:?} round_even={:?} trunc={:?} fract={:?} abs={:?}", v, v.floor(), v.ceil(), v.round(), v.round_ties_even(), v.trunc(), v.fract(), v.abs());
    }
    for v in black_box([2.5f32, -3.5, 0.5, 1.7, -1.2]) {
        println!("f32 {:?}: floor={:?} ceil={:?} round={:?} trunc={:?} sqrt={:?}", v, v.floor(), v.ceil(), v.round(), v.trunc(), v.sqrt());
    }
    for v in black_box([0.0f64, 1.0, 2.0, 10.0, 0.25, 1e-300, 123456789.0]) {
        println!("sqrt({:?})={:?} cbrt={:?}", v, v.sqrt(), v.cbrt());
    }
    println!("mul_add: {:?} {:?} {:?}", black_box(2.0f64).mul_add(3.0, 4.0), black_box(0.1f64).mul_add(10.0, -1.0), black_box(1.5f32).mul_add(-2.0, 0.25));
    // fused vs unfused difference
    let a = black_box(1.0f64 + f64::EPSILON);
    let fused = a.mul_add(a, -1.0);
    let unfused = a * a - 1.0;
    println!("fused={:e} unfused={:e}", fused, unfused);
    for e in black_box([-3i32, -1, 0, 1, 2, 10, 31]) {
        println!("powi 1.5^{} = {:?}, f32 = {:?}", e, black_box(1.5f64).powi(e), black_box(1.5f32).powi(e));
    }
    for (b, e) in black_box([(2.0f64, 0.5), (10.0, -2.0), (2.0, 10.0), (-8.0, 1.0 / 3.0), (0.0, 0.0), (27.0, 1.0 / 3.0)]) {
        println!("powf {}^{} = {:?}", b, e, b.powf(e));
    }
    let angles = black_box([0.0f64, std::f64::consts::FRAC_PI_6, std::f64::consts::FRAC_PI_4, 1.0, std::f64::consts::PI, -2.5]);
    for x in angles {
        println!("x={:.6}: sin={:.12} cos={:.12} tan={:.10} asin(sin)={:.10} atan={:.12}", x, x.sin(), x.cos(), x.tan(), x.sin().asin(), x.atan());
    }
    for x in black_box([0.5f32, 1.0, 2.0]) {
        println!("f32 x={}: sin={:.6} cos={:.6} exp={:.6} ln={:.6}", x, x.sin(), x.cos(), x.exp(), x.ln());
    }
    for x in black_box([1.0f64, 2.0, 10.0, 0.001, 1000.0]) {
        println!("x={}: exp={:.10e} exp2={:.10} ln={:.12} log2={:.12} log10={:.12} ln_1p={:.12} exp_m1={:.12}", x, x.exp(), x.exp2(), x.ln(), x.log2(), x.log10(), x.ln_1p(), x.exp_m1());
    }
    println!("log base 3 of 81 = {:.12}", black_box(81.0f64).log(3.0));
    println!("hypot={:?} atan2={:.12} {:.12}", black_box(3.0f64).hypot(4.0), black_box(1.0f64).atan2(-1.0), black_box(-0.0f64).atan2(-1.0));
    println!("sinh={:.12} cosh={:.12} tanh={:.12} asinh={:.12}", black_box(1.0f64).sinh(), black_box(1.0f64).cosh(), black_box(0.5f64).tanh(), black_box(2.0f64).asinh());
    println!("to_degrees={:?} to_radians={:.15}", black_box(std::f64::consts::PI).to_degrees(), black_box(180.0f64).to_radians());
    println!("rem_euclid={:?} div_euclid={:?}", black_box(-7.5f64).rem_euclid(2.0), black_box(-7.5f64).div_euclid(2.0));
    // Newton's method sqrt vs builtin
    let target = black_box(612.0f64);
    let mut g = target / 2.0;
    for _ in 0..20 {
        g = 0.5 * (g + target / g);
    }
    println!("newton={:?} sqrt={:?} same={}", g, target.sqrt(), g == target.sqrt());
}
