//! Float bit patterns: to_bits/from_bits, total_cmp ordering, next-up style stepping, NaN payloads.
use std::cmp::Ordering;
use std::hint::black_box;

fn decompose64(x: f64) -> (u64, i64, u64) {
    let b = x.to_bits();
    (b >> 63, ((b >> 52) & 0x7ff) as i64 - 1023, b & ((1u64 << 52) - 1))
}

fn main() {
    for v in black_box([0.0f64, -0.0, 1.0, -2.0, 0.1, f64::MAX, f64::MIN_POSITIVE, f64::INFINITY, 5e-324]) {
        let (s, e, m) = decompose64(v);
        println!("{:?}: bits={:#018x} sign={} exp={} mant={:#x}", v, v.to_bits(), s, e, m);
    }
    for v in black_box([0.0f32, -1.0, 0.1, 3.4028235e38, f32::NEG_INFINITY, 1.0e-40]) {
        println!("f32 {:?}: bits={:#010x}", v, v.to_bits());
    }
    for b in black_box([0x3ff0_0000_0000_0000u64, 0x4009_21fb_5444_2d18, 0x8000_0000_0000_0001, 0x7ff0_0000_0000_0000, 0x7fef_ffff_ffff_ffff]) {
        println!("from_bits {:#x} = {:?}", b, f64::from_bits(b));
    }
    for b in black_box([0x3f80_0000u32, 0x4049_0fdb, 0x0000_0001, 0xff80_0000, 0x7f7f_ffff]) {
        println!("f32 from_bits {:#x} = {:?}", b, f32::from_bits(b));
    }
    // NaN payload survives to_bits/from_bits
    let qnan = f64::from_bits(black_box(0x7ff8_0000_0000_1234));
    println!("nan payload: is_nan={} bits={:#x}", qnan.is_nan(), qnan.to_bits());
    let neg_nan = f32::from_bits(black_box(0xffc0_0001));
    println!("neg nan32: is_nan={} sign_neg={} bits={:#x}", neg_nan.is_nan(), neg_nan.is_sign_negative(), neg_nan.to_bits());
    // walk ULPs
    let mut x = black_box(1.0f64);
    for _ in 0..3 {
        x = f64::from_bits(x.to_bits() + 1);
        print!("{:?} ", x);
    }
    println!();
    let y = f32::from_bits(black_box(1.0f32).to_bits() - 1);
    println!("below 1.0f32: {:?}", y);
    println!("next_up/down: {:?} {:?} {:?}", black_box(1.0f64).next_up(), black_box(0.0f64).next_down(), black_box(f32::MAX).next_up());
    // total_cmp
    let vals = black_box([f64::NAN, -f64::NAN, 1.0, -1.0, 0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE]);
    for a in [0usize, 2, 4, 5] {
        let row: Vec<&str> = vals.iter().map(|b| match vals[a].total_cmp(b) {
            Ordering::Less => "<",
            Ordering::Equal => "=",
            Ordering::Greater => ">",
        }).collect();
        println!("total_cmp row {:?}: {}", vals[a], row.join(""));
    }
    let mut sorted = vals.to_vec();
    sorted.sort_by(f64::total_cmp);
    let shown: Vec<String> = sorted.iter().map(|v| format!("{:?}/{}", v, v.is_sign_negative())).collect();
    println!("sorted: {}", shown.join(" "));
    let mut s32 = black_box(vec![2.5f32, -0.0, 0.0, -7.0, f32::NAN, 1e-42]);
    s32.sort_by(|a, b| b.total_cmp(a));
    println!("sorted desc f32: {:?}", s32);
    // byte representations
    println!("bytes: {:?} {:?}", black_box(1.5f64).to_le_bytes(), black_box(-1.5f32).to_be_bytes());
    println!("from bytes: {:?}", f64::from_be_bytes(black_box([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18])));
}
