//! f16 `as` casts to and from every integer and float type: every one of the 65536 f16 bit
//! patterns to every type (saturating float-to-int, NaN to 0, exact widening with NaN
//! payloads), integers and wider floats to f16 (overflow to infinity, ties to even, values that
//! would round twice through f32, large and 128-bit integers), hashed per cast with samples.
#![feature(f16, f128)]
use std::hint::black_box;

include!("support/float_bits.rs");

fn main() {
    // Every f16 to every type.
    let mut to_int = Fnv::new();
    let mut to_f32 = Fnv::new();
    let mut to_f64 = Fnv::new();
    let mut to_f128 = Fnv::new();
    for bits in 0..=u16::MAX {
        let x = f16::from_bits(bits);
        for v in to_ints!(x) {
            to_int.add(v as u128);
        }
        to_f32.add(black_box(x as f32).to_bits());
        to_f64.add(black_box(x as f64).to_bits());
        to_f128.add(black_box(x as f128).to_bits());
        let same = black_box(x) as f16;
        assert_eq!(same.to_bits(), bits);
    }
    println!("f16 -> ints {:016x}, f32 {:016x}, f64 {:016x}, f128 {:016x}", to_int.0, to_f32.0, to_f64.0, to_f128.0);
    // Out and straight back: LLVM folds the pair away, so signalling NaNs stay signalling.
    let mut round_trip = Fnv::new();
    for bits in 0..=u16::MAX {
        let x = black_box(f16::from_bits(bits));
        let back = [x as f32 as f16, x as f64 as f16, x as f128 as f16, x as f32 as f128 as f16];
        round_trip.add(back.iter().fold(0u128, |acc, y| acc << 16 | y.to_bits() as u128));
    }
    let snan = black_box(f16::from_bits(0xfc2a));
    println!("round trips {:016x}; {:04x} {:04x} {:04x}", round_trip.0, (snan as f32 as f16).to_bits(), (snan as f64 as f16).to_bits(), (snan as f128 as f16).to_bits());

    for bits in [0x0000u16, 0x8000, 0x0001, 0x3555, 0x57ff, 0x5800, 0x5bf8, 0x7bff, 0xfbff, 0xd800, 0xf800, 0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfd23, 0xc805, 0x4b00, 0x63d0] {
        let x = f16::from_bits(bits);
        println!("{bits:04x}: ints {:?}", to_ints!(x));
        println!("      f32 {:08x} f64 {:016x} f128 {:032x}", (x as f32).to_bits(), (x as f64).to_bits(), (x as f128).to_bits());
    }

    // Integers to f16.
    let mut rng = Rng(42);
    let mut from_int = Fnv::new();
    for i in 0..30000u32 {
        let r = rng.next();
        // Spread the magnitudes: some small, some around f16's range, some huge.
        let shift = i % 64;
        let v = r >> shift;
        let w = rng.wide() >> (i % 128);
        for x in from_ints!(v, w => f16) {
            from_int.add(black_box(x).to_bits());
        }
    }
    println!("ints -> f16 {:016x}", from_int.0);
    let big = [
        0u64, 1, 2047, 2048, 2049, 2050, 2051, 4097, 4099, 65504, 65519, 65520, 65535, 65536, 1 << 24, (1 << 24) + 1,
        u32::MAX as u64, i64::MAX as u64, u64::MAX,
    ];
    for v in big {
        let v = black_box(v);
        println!(
            "{v}: u64 {:04x} i64 {:04x} i32 {:04x} u16 {:04x} i16 {:04x} i8 {:04x} u128 {:04x} i128 {:04x}",
            (v as f16).to_bits(), (v as i64 as f16).to_bits(), (v as i32 as f16).to_bits(), (v as u16 as f16).to_bits(),
            (v as i16 as f16).to_bits(), (v as i8 as f16).to_bits(), (v as u128 as f16).to_bits(), (-(v as i128) as f16).to_bits()
        );
    }
    for v in [u128::MAX, i128::MAX as u128, 1 << 100, 65519, 65520] {
        let v = black_box(v);
        println!("{v}: u128 {:04x} i128 {:04x} neg {:04x}", (v as f16).to_bits(), (v as i128 as f16).to_bits(), ((v as i128).wrapping_neg() as f16).to_bits());
    }

    // Wider floats to f16: random bit patterns, and hand-picked rounding cases.
    let mut from_f32 = Fnv::new();
    let mut from_f64 = Fnv::new();
    let mut from_f128 = Fnv::new();
    for _ in 0..30000 {
        let r = rng.next();
        // Bias the exponents towards f16's range so that rounding is exercised.
        let e32 = ((r >> 32) % 60) as u32 + 97;
        let f = f32::from_bits((r as u32 & 0x807f_ffff) | (e32 << 23));
        from_f32.add(black_box(f as f16).to_bits());
        from_f32.add(black_box(f32::from_bits(r as u32) as f16).to_bits());
        let e64 = ((r >> 52) % 60) + 995;
        let d = f64::from_bits((r & 0x800f_ffff_ffff_ffff) | (e64 << 52));
        from_f64.add(black_box(d as f16).to_bits());
        from_f64.add(black_box(f64::from_bits(rng.next()) as f16).to_bits());
        let q = f128::from_bits(rng.wide());
        from_f128.add(black_box(q as f16).to_bits());
        from_f128.add(black_box(d as f128 as f16).to_bits());
    }
    println!("f32 -> f16 {:016x}, f64 -> f16 {:016x}, f128 -> f16 {:016x}", from_f32.0, from_f64.0, from_f128.0);
    // 1 + 2^-11 + 2^-40 rounds up as a double, but to exactly 1 + 2^-11 (a tie, down to 1.0)
    // as an f32 first: direct conversion must not go through f32.
    let twice = black_box(1.0f64 + 2f64.powi(-11) + 2f64.powi(-40));
    println!("no double rounding: f64 {:04x} via f32 {:04x}", (twice as f16).to_bits(), (twice as f32 as f16).to_bits());
    let quad_twice = black_box(1.0f128 + 2.0f128 * 0.000244140625 * 0.5 + 1.0e-20);
    println!("f128 tie+tiny {:04x}", (quad_twice as f16).to_bits());
    for v in [65519.99f32, 65520.0, 1e-8, 5.9604645e-8, 2.9802322e-8, 2.9802326e-8, -0.0, f32::MAX, f32::MIN_POSITIVE, 2049.0, 2051.0, 2050.0] {
        let v = black_box(v);
        println!("{v:e}: f32 {:04x} f64 {:04x} f128 {:04x}", (v as f16).to_bits(), (v as f64 as f16).to_bits(), (v as f128 as f16).to_bits());
    }
    for bits in [0x7fc0_0000u32, 0xffc1_2345, 0x7f80_0001, 0x7fa0_0000, 0x7f80_2000] {
        let f = f32::from_bits(black_box(bits));
        println!("nan {bits:08x}: f32 {:04x} f64 {:04x} f128 {:04x}", (f as f16).to_bits(), (f as f64 as f16).to_bits(), (f as f128 as f16).to_bits());
    }
    // From<u8> and From<i8> go through the same casts.
    let x = black_box(f16::from_bits(0x3d55));
    println!("from: {:?} {:?} {:04x}", f16::from(200u8), f16::from(-7i8), (x * f16::from(3u8)).to_bits());
}
