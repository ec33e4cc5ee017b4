//! f128 `as` casts to and from every integer and float type: saturating float-to-int at every
//! width (NaN to 0, ±inf and out-of-range values clamp, fractions truncate towards zero),
//! integers to f128 (exact up to 113 bits, rounded beyond), and f16/f32/f64 to and from f128
//! (exact widening with NaN payloads, rounding when narrowing, overflow, subnormal results).
#![feature(f16, f128)]
use std::hint::black_box;

include!("support/float_bits.rs");

fn main() {
    let samples: [f128; 28] = [
        0.0, -0.0, 0.5, -0.999, 1.0, -1.5, 127.9, 128.0, -128.5, -129.0, 255.99, 256.0, 32767.5, -32769.0, 65535.9,
        2147483647.9, -2147483648.9, 4294967295.5, 4294967296.0, 9223372036854775807.5, -9223372036854775808.9,
        18446744073709551615.5, 18446744073709551616.0, 1.7014118346046923173168730371588410e38, -1.7014118346046923173168730371588410e38,
        3.4028236692093846346337460743176821e38, 1e4000, -1e-4000,
    ];
    for x in samples {
        println!("{:032x}: {:?}", x.to_bits(), to_ints!(x));
    }
    for bits in [0x7fff_0000_0000_0000_0000_0000_0000_0000u128, 0xffff_0000_0000_0000_0000_0000_0000_0000, 0x7fff_8000_0000_0000_0000_0000_0000_0000, 0xffff_0000_0000_0000_0000_0000_0000_0001] {
        println!("{bits:032x}: {:?}", to_ints!(f128::from_bits(bits)));
    }

    // Random values, exponents spread over the integer ranges.
    let mut rng = Rng(17);
    let mut to_int = Fnv::new();
    for _ in 0..20000 {
        let x = rng.quad_with_exponent(-2, 134);
        for v in to_ints!(x) {
            to_int.add(v as u128);
        }
    }
    println!("f128 -> ints {:016x}", to_int.0);

    // Integers to f128.
    let mut from_int = Fnv::new();
    for i in 0..20000u32 {
        let w = rng.wide() >> (i % 128);
        let v = w as u64;
        for x in from_ints!(v, w => f128) {
            from_int.add(black_box(x).to_bits());
        }
    }
    println!("ints -> f128 {:016x}", from_int.0);
    for w in [0u128, 1, u64::MAX as u128, (1 << 113) - 1, 1 << 113, (1 << 113) + 1, (1 << 114) + 2, (1 << 114) + 6, u128::MAX, i128::MAX as u128, i128::MIN as u128] {
        let w = black_box(w);
        println!("{w}: u128 {:032x} i128 {:032x} u64 {:032x} i64 {:032x} i8 {:032x}", (w as f128).to_bits(), (w as i128 as f128).to_bits(), (w as u64 as f128).to_bits(), (w as i64 as f128).to_bits(), (w as i8 as f128).to_bits());
    }

    // Other floats to f128 and back.
    let mut widen = Fnv::new();
    let mut narrow = Fnv::new();
    for _ in 0..20000 {
        let r = rng.next();
        let h = f16::from_bits(r as u16);
        let s = f32::from_bits((r >> 16) as u32);
        let d = f64::from_bits(rng.next());
        widen.add((black_box(h) as f128).to_bits());
        widen.add((black_box(s) as f128).to_bits());
        widen.add((black_box(d) as f128).to_bits());
        // Exponents around the f16/f32/f64 ranges, including their subnormals.
        let q = rng.quad_with_exponent(-1100, 2200);
        narrow.add((black_box(q) as f16).to_bits());
        narrow.add((black_box(q) as f32).to_bits());
        narrow.add((black_box(q) as f64).to_bits());
        let raw = f128::from_bits(rng.wide());
        narrow.add((black_box(raw) as f32).to_bits() as u128 ^ (black_box(raw) as f64).to_bits() as u128);
    }
    println!("widen {:016x} narrow {:016x}", widen.0, narrow.0);
    for bits in [0x7fff_8000_0000_0000_0000_0000_0000_0001u128, 0x7fff_4000_0000_0000_0000_1234_0000_0000, 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff, 0x3fff_0000_0000_1000_0000_0000_0000_0000, 0x3fff_0000_0000_0800_0000_0000_0000_0000, 0x3fff_0000_0000_0800_0000_0000_0000_0001, 0x3c00_0000_0000_0000_0000_0000_0000_0000, 0x43ff_0000_0000_0000_0000_0000_0000_0000] {
        let q = f128::from_bits(black_box(bits));
        println!("{bits:032x}: f16 {:04x} f32 {:08x} f64 {:016x}", (q as f16).to_bits(), (q as f32).to_bits(), (q as f64).to_bits());
    }
    let snan32 = black_box(f32::from_bits(0x7f80_0001));
    println!("f32 round trips {:08x} {:08x} {:08x}", (snan32 as f128 as f32).to_bits(), (snan32 as f64 as f32).to_bits(), (snan32 as f64 as f128 as f32).to_bits());
    for bits in [0x7ff8_0000_dead_beefu64, 0x7ff0_0000_0000_0001, 0x0000_0000_0000_0001, 0x8010_0000_0000_0000] {
        let d = f64::from_bits(black_box(bits));
        println!("{bits:016x}: f128 {:032x} back {:016x}", (d as f128).to_bits(), (d as f128 as f64).to_bits());
    }
}
