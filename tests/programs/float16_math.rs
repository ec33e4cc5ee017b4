//! f16 math: the float intrinsics std's f16 methods use (sqrt, floor, ceil, trunc, round,
//! round_ties_even, abs, copysign, min/max, minimum/maximum, mul_add, fmuladd, powi, powf,
//! exp, ln, sin, ... and the algebraic/fast forms) over every f16 bit pattern for the unary
//! ones and edge and pseudo-random pairs and triples for the others, NaN payloads included;
//! plus the methods written in Rust on top of them (signum, fract, rem_euclid, clamp, ...).
#![feature(f16, f128, core_intrinsics, float_algebraic)]
#![allow(internal_features)]
use std::hint::black_box;
use std::intrinsics;

include!("support/float_bits.rs");

const EDGES: [u16; 18] = [
    0x0000, 0x8000, 0x3c00, 0xbc00, 0x3800, 0xb800, 0x3e00, 0x4100, 0xc100, 0x0001, 0x8401, 0x7bff, 0x7c00, 0xfc00,
    0x7e00, 0xfe00, 0x7c01, 0x7d2a,
];

fn unary(name: &str, f: fn(f16) -> f16) {
    let mut hash = Fnv::new();
    for bits in 0..=u16::MAX {
        hash.add(f(black_box(f16::from_bits(bits))).to_bits());
    }
    let samples: Vec<u16> = EDGES.iter().map(|&x| f(black_box(f16::from_bits(x))).to_bits()).collect();
    println!("{name:>16}: {:016x} {:04x?}", hash.0, samples);
}

fn binary(name: &str, f: fn(f16, f16) -> f16) {
    let mut hash = Fnv::new();
    let mut rng = Rng(7);
    for _ in 0..20000 {
        let (a, b) = (rng.half(), rng.half());
        hash.add(f(black_box(a), black_box(b)).to_bits());
    }
    for &x in &EDGES {
        for &y in &EDGES {
            hash.add(f(black_box(f16::from_bits(x)), black_box(f16::from_bits(y))).to_bits());
        }
    }
    let nan_pairs = [(0x7e01u16, 0x7e02u16), (0x7c05, 0x7e02), (0x7e01, 0x3c00), (0x3c00, 0xfe03), (0x8000, 0x0000), (0x0000, 0x8000)];
    let samples: Vec<u16> = nan_pairs.iter().map(|&(x, y)| f(black_box(f16::from_bits(x)), black_box(f16::from_bits(y))).to_bits()).collect();
    println!("{name:>16}: {:016x} {:04x?}", hash.0, samples);
}

fn ternary(name: &str, f: fn(f16, f16, f16) -> f16) {
    let mut hash = Fnv::new();
    let mut rng = Rng(99);
    for i in 0..30000 {
        let (a, b, mut c) = (rng.half(), rng.half(), rng.half());
        if i % 2 == 0 {
            // Make the addend comparable to the product so that cancellation and ties happen.
            c = -(a * b) + f16::from_bits(rng.half_bits() & 0x83ff);
        }
        hash.add(f(black_box(a), black_box(b), black_box(c)).to_bits());
    }
    let cases = [
        (0x3c01u16, 0x3c01u16, 0xbc02u16), // (1+e)^2 - (1+2e): only the fused form keeps e^2
        (0x7bff, 0x4000, 0xfbff),          // overflowing product brought back by the addend
        (0x0001, 0x3800, 0x0000),          // a product below the smallest subnormal
        (0x7e01, 0x7e02, 0x7e03),
        (0x3c00, 0x7c00, 0xfc00),
    ];
    let samples: Vec<u16> = cases.iter().map(|&(a, b, c)| f(black_box(f16::from_bits(a)), black_box(f16::from_bits(b)), black_box(f16::from_bits(c))).to_bits()).collect();
    println!("{name:>16}: {:016x} {:04x?}", hash.0, samples);
}

fn main() {
    unary("sqrt", |x| x.sqrt());
    unary("floor", |x| x.floor());
    unary("ceil", |x| x.ceil());
    unary("trunc", |x| x.trunc());
    unary("round", |x| x.round());
    unary("round_ties_even", |x| x.round_ties_even());
    unary("abs", |x| x.abs());
    unary("neg", |x| -x);
    unary("fract", |x| x.fract());
    unary("signum", |x| x.signum());
    unary("recip", |x| x.recip());
    unary("to_degrees", |x| x.to_degrees());
    unary("to_radians", |x| x.to_radians());
    unary("exp", |x| x.exp());
    unary("exp2", |x| x.exp2());
    unary("ln", |x| x.ln());
    unary("log2", |x| x.log2());
    unary("log10", |x| x.log10());
    unary("sin", |x| x.sin());
    unary("cos", |x| x.cos());
    unary("powi3", |x| x.powi(black_box(3)));
    unary("powi-2", |x| x.powi(black_box(-2)));
    unary("next_up", |x| x.next_up());
    unary("next_down", |x| x.next_down());
    unary("cbrt", |x| x.cbrt());

    binary("add", |a, b| a + b);
    binary("copysign", |a, b| a.copysign(b));
    binary("min", |a, b| a.min(b));
    binary("max", |a, b| a.max(b));
    binary("minimum", |a, b| a.minimum(b));
    binary("maximum", |a, b| a.maximum(b));
    binary("powf", |a, b| a.powf(b));
    binary("rem_euclid", |a, b| a.rem_euclid(b));
    binary("div_euclid", |a, b| a.div_euclid(b));
    binary("midpoint", |a, b| a.midpoint(b));
    binary("hypot", |a, b| a.hypot(b));
    binary("atan2", |a, b| a.atan2(b));
    binary("fadd_algebraic", |a, b| a.algebraic_add(b));
    binary("fsub_algebraic", |a, b| a.algebraic_sub(b));
    binary("fmul_algebraic", |a, b| a.algebraic_mul(b));
    binary("fdiv_algebraic", |a, b| a.algebraic_div(b));
    binary("frem_algebraic", |a, b| a.algebraic_rem(b));
    binary("min_intrinsic", |a, b| intrinsics::minimum_number_nsz_f16(a, b));
    binary("max_intrinsic", |a, b| intrinsics::maximum_number_nsz_f16(a, b));
    binary("fadd_fast", |a, b| if a.is_finite() && b.is_finite() && (a + b).is_finite() { unsafe { intrinsics::fadd_fast(a, b) } } else { a });
    binary("fmul_fast", |a, b| if a.is_finite() && b.is_finite() && (a * b).is_finite() { unsafe { intrinsics::fmul_fast(a, b) } } else { b });

    ternary("mul_add", |a, b, c| a.mul_add(b, c));
    ternary("fmuladd", |a, b, c| intrinsics::fmuladdf16(a, b, c));
    ternary("clamp", |a, b, c| if b <= c { a.clamp(b, c) } else if c < b { a.clamp(c, b) } else { a });

    // Comparisons and classification written in Rust on top of the bits.
    let mut hash = Fnv::new();
    let mut rng = Rng(3);
    for _ in 0..20000 {
        let (a, b) = (black_box(rng.half()), black_box(rng.half()));
        hash.add(a.total_cmp(&b) as i8 as u64);
        hash.add(a.partial_cmp(&b).map_or(9, |o| o as i8 as u64));
        hash.add(a.classify() as u64 + 16 * (a.is_sign_negative() as u64));
    }
    println!("cmp/classify: {:016x}", hash.0);
    let x = black_box(f16::from_bits(0x4248));
    println!("float_to_int_unchecked {} {}", unsafe { intrinsics::float_to_int_unchecked::<f16, i32>(x) }, unsafe { intrinsics::float_to_int_unchecked::<f16, u8>(-x * -x) });
}
