//! i128/u128 arithmetic: add/sub/mul with carries across the 64-bit halves, wrapping/checked/overflowing/saturating ops, mulhi, comparisons.
use std::hint::black_box;

fn mul_u128_full(a: u128, b: u128) -> (u128, u128) {
    // 128x128 -> 256 using 64-bit limbs
    let mask = u64::MAX as u128;
    let (a0, a1) = (a & mask, a >> 64);
    let (b0, b1) = (b & mask, b >> 64);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & mask) + (p10 & mask);
    let lo = (p00 & mask) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (hi, lo)
}

fn main() {
    let a: u128 = black_box(0xffff_ffff_ffff_ffff);
    let b: u128 = black_box(1);
    println!("carry add: {:#x}", a + b);
    println!("borrow sub: {:#x}", (a + b) - black_box(2));
    let x: u128 = black_box(0x1234_5678_9abc_def0_1122_3344_5566_7788);
    let y: u128 = black_box(0x0fed_cba9_8765_4321);
    println!("x*y wrapping = {:#x}", x.wrapping_mul(y));
    println!("x*y checked = {:?}", x.checked_mul(y));
    println!("y*y = {:#x}", y * y);
    let (hi, lo) = mul_u128_full(x, y);
    println!("full product hi={:#x} lo={:#x} lo==wrapping {}", hi, lo, lo == x.wrapping_mul(y));
    let (hi2, lo2) = mul_u128_full(u128::MAX, u128::MAX);
    println!("MAX*MAX hi={:#x} lo={:#x}", hi2, lo2);
    let s: i128 = black_box(-0x7654_3210_fedc_ba98_7654_3210);
    let t: i128 = black_box(0x1_0000_0000_0000_0001);
    println!("signed: s+t={} s-t={} s*t={} -s={} s*-1={}", s + t, s - t, s.wrapping_mul(t), -s, s * -1);
    println!("overflowing: {:?} {:?} {:?}", i128::MAX.overflowing_add(black_box(1)), i128::MIN.overflowing_sub(black_box(1)), black_box(i128::MIN).overflowing_mul(-1));
    println!("saturating: {} {} {} {}", black_box(i128::MAX).saturating_add(5), black_box(i128::MIN).saturating_sub(5), black_box(u128::MAX).saturating_mul(2), black_box(3u128).saturating_sub(4));
    println!("checked: {:?} {:?} {:?} {:?}", black_box(u128::MAX).checked_add(1), black_box(1u128 << 64).checked_mul(1 << 63), black_box(1u128 << 64).checked_mul(1 << 64), black_box(i128::MIN).checked_neg());
    println!("abs/signum: {} {} {} {:?}", black_box(-5i128).abs(), black_box(-5i128).signum(), black_box(i128::MIN).unsigned_abs(), black_box(i128::MIN).checked_abs());
    println!("pow: {} {} {:?}", black_box(3u128).pow(80), black_box(-7i128).pow(45), black_box(10u128).checked_pow(39));
    println!("cmp: {} {} {} {}", black_box(1u128 << 64) > black_box(u64::MAX as u128), black_box(-1i128) < black_box(0i128), black_box(i128::MIN) < black_box(i128::MIN + 1), black_box((1u128 << 127) + 5).max(black_box(u128::MAX >> 1)));
    // factorials up to 34!
    let mut f: u128 = 1;
    for i in 1..=34u128 {
        f *= black_box(i);
    }
    println!("34! = {}", f);
    println!("35! checked = {:?}", f.checked_mul(35));
    // fibonacci in u128
    let (mut p, mut q) = (0u128, 1u128);
    for _ in 0..black_box(180) {
        let r = p + q;
        p = q;
        q = r;
    }
    println!("fib(180) = {}", p);
    // sum of squares with i128 accumulator
    let acc: i128 = (1..=100_000i64).map(|v| black_box(v) as i128 * v as i128 * if v % 2 == 0 { 1 } else { -1 }).sum();
    println!("alternating sum of squares = {}", acc);
    // bit ops across halves
    let m: u128 = black_box(0xf0f0_f0f0_f0f0_f0f0_0f0f_0f0f_0f0f_0f0f);
    println!("bits: and={:#x} or={:#x} xor={:#x} not={:#x}", m & x, m | y, m ^ u128::MAX, !m);
    println!("midpoint {} isqrt {}", black_box(u128::MAX).midpoint(black_box(1)), black_box(u128::MAX).isqrt());
    println!("u64 widening {}", (black_box(u64::MAX) as u128) * (black_box(u64::MAX) as u128));
}
