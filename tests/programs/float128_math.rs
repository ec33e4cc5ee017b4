//! f128 intrinsics and the methods core builds on them: abs, copysign, min/max (a NaN loses),
//! minimum/maximum (NaN wins, -0 < +0), floor, ceil, trunc, round, round_ties_even, signum,
//! fract, rem_euclid, div_euclid, clamp, midpoint, total_cmp, next_up/next_down, the
//! algebraic forms and fmuladd, plus the math calls LLVM makes to the C library (sqrt, fma,
//! powi, pow, exp, ln, sin, ...), over edge values and pseudo-random operands.
#![feature(f16, f128, core_intrinsics, float_algebraic)]
#![allow(internal_features)]
use std::hint::black_box;
use std::intrinsics;

include!("support/float_bits.rs");
/// Any bits, small integers and halves (where rounding functions have ties to break), or
/// exponents around 1.0.
fn quad(rng: &mut Rng) -> f128 {
    let r = rng.next();
    match r % 8 {
        0 => f128::from_bits(rng.wide()),
        1 => ((r >> 8) % 41) as f128 * 0.5 - 10.0,
        _ => rng.quad_with_exponent(-20, 140),
    }
}

const EDGES: [u128; 14] = [
    0,
    1 << 127,
    0x3fff_0000_0000_0000_0000_0000_0000_0000,
    0xbffe_0000_0000_0000_0000_0000_0000_0000,  // -0.5
    0x4000_4000_0000_0000_0000_0000_0000_0000,  // 2.5
    0xc000_c000_0000_0000_0000_0000_0000_0000,  // -3.5
    0x406f_0000_0000_0000_0000_0000_0000_0001,  // 2^112 + 2: integral
    0x3ffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,  // just below 1
    1,
    0x7ffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,
    0x7fff_0000_0000_0000_0000_0000_0000_0000,
    0xffff_0000_0000_0000_0000_0000_0000_0000,
    0x7fff_8000_0000_0000_0000_0000_0000_0123,
    0xffff_0000_0000_0000_0000_0000_0000_0456,  // negative signalling NaN
];

fn unary(name: &str, f: fn(f128) -> f128, count: usize) {
    let mut hash = Fnv::new();
    let mut rng = Rng(5);
    for _ in 0..count {
        hash.add(f(black_box(quad(&mut rng))).to_bits());
    }
    println!("{name:>16}: {:016x}", hash.0);
    for chunk in EDGES.chunks(7) {
        let row: Vec<String> = chunk.iter().map(|&x| format!("{:x}", f(black_box(f128::from_bits(x))).to_bits())).collect();
        println!("                  {}", row.join(" "));
    }
}

fn binary(name: &str, f: fn(f128, f128) -> f128) {
    let mut hash = Fnv::new();
    let mut rng = Rng(11);
    for _ in 0..5000 {
        let (a, b) = (quad(&mut rng), quad(&mut rng));
        hash.add(f(black_box(a), black_box(b)).to_bits());
    }
    for &x in &EDGES {
        for &y in &EDGES {
            hash.add(f(black_box(f128::from_bits(x)), black_box(f128::from_bits(y))).to_bits());
        }
    }
    let pairs = [(12usize, 13usize), (13, 12), (12, 2), (2, 12), (0, 1), (1, 0)];
    let samples: Vec<String> = pairs.iter().map(|&(i, j)| format!("{:x}", f(black_box(f128::from_bits(EDGES[i])), black_box(f128::from_bits(EDGES[j]))).to_bits())).collect();
    println!("{name:>16}: {:016x} {}", hash.0, samples.join(" "));
}

fn ternary(name: &str, f: fn(f128, f128, f128) -> f128) {
    let mut hash = Fnv::new();
    let mut rng = Rng(23);
    for i in 0..5000 {
        let (a, b, mut c) = (quad(&mut rng), quad(&mut rng), quad(&mut rng));
        if i % 2 == 0 {
            c = -(a * b) * (1.0 + f128::EPSILON * (i % 5) as f128);
        }
        hash.add(f(black_box(a), black_box(b), black_box(c)).to_bits());
    }
    let e = f128::EPSILON;
    let one = black_box(1.0f128);
    println!("{name:>16}: {:016x} {:x}", hash.0, f(one + e, one + e, -(one + e + e)).to_bits());
}

fn main() {
    unary("abs", |x| x.abs(), 5000);
    unary("neg", |x| -x, 5000);
    unary("floor", |x| x.floor(), 5000);
    unary("ceil", |x| x.ceil(), 5000);
    unary("trunc", |x| x.trunc(), 5000);
    unary("round", |x| x.round(), 5000);
    unary("round_ties_even", |x| x.round_ties_even(), 5000);
    unary("fract", |x| x.fract(), 5000);
    unary("signum", |x| x.signum(), 5000);
    unary("recip", |x| x.recip(), 5000);
    unary("next_up", |x| x.next_up(), 5000);
    unary("next_down", |x| x.next_down(), 5000);
    unary("to_degrees", |x| x.to_degrees(), 5000);
    unary("sqrt", |x| unsafe { intrinsics::sqrtf128(x) }, 2000);
    unary("exp", |x| unsafe { intrinsics::expf128(x) }, 500);
    unary("ln", |x| unsafe { intrinsics::logf128(x) }, 500);
    unary("log2", |x| unsafe { intrinsics::log2f128(x) }, 500);
    unary("sin", |x| unsafe { intrinsics::sinf128(x) }, 500);
    unary("cos", |x| unsafe { intrinsics::cosf128(x) }, 500);
    unary("powi7", |x| intrinsics::powif128(x, black_box(7)), 2000);

    binary("copysign", |a, b| a.copysign(b));
    binary("min", |a, b| a.min(b));
    binary("max", |a, b| a.max(b));
    binary("minimum", |a, b| a.minimum(b));
    binary("maximum", |a, b| a.maximum(b));
    binary("rem_euclid", |a, b| a.rem_euclid(b));
    binary("div_euclid", |a, b| a.div_euclid(b));
    binary("midpoint", |a, b| a.midpoint(b));
    binary("fadd_algebraic", |a, b| a.algebraic_add(b));
    binary("fmul_algebraic", |a, b| a.algebraic_mul(b));
    binary("frem_algebraic", |a, b| a.algebraic_rem(b));
    binary("min_intrinsic", |a, b| intrinsics::minimum_number_nsz_f128(a, b));
    binary("max_intrinsic", |a, b| intrinsics::maximum_number_nsz_f128(a, b));
    binary("pow", |a, b| unsafe { intrinsics::powf128(a, b) });

    ternary("fmuladd", |a, b, c| intrinsics::fmuladdf128(a, b, c));
    ternary("fma", |a, b, c| intrinsics::fmaf128(a, b, c));
    ternary("clamp", |a, b, c| if b <= c { a.clamp(b, c) } else if c < b { a.clamp(c, b) } else { a });

    let mut hash = Fnv::new();
    let mut rng = Rng(3);
    for _ in 0..5000 {
        let (a, b) = (black_box(quad(&mut rng)), black_box(quad(&mut rng)));
        hash.add(a.total_cmp(&b) as i8 as u128);
        hash.add(a.partial_cmp(&b).map_or(9, |o| o as i8 as u128));
        hash.add(a.classify() as u128 + 16 * (a.is_sign_negative() as u128));
    }
    println!("cmp/classify: {:016x}", hash.0);
    let x = black_box(-1234.75f128);
    println!("float_to_int_unchecked {} {}", unsafe { intrinsics::float_to_int_unchecked::<f128, i32>(x) }, unsafe { intrinsics::float_to_int_unchecked::<f128, u64>(-x) });
}
