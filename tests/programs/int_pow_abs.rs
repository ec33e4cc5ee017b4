//! pow, abs, signum, isqrt, is_negative and related helpers for all integer widths.
use std::hint::black_box;

fn main() {
    for e in 0..8u32 {
        let e = black_box(e);
        println!(
            "e={} i8={:?} u8={:?} i16={} u16={} i32={} u32={} i64={} u64={} i128={} u128={}",
            e,
            black_box(-3i8).checked_pow(e),
            black_box(2u8).checked_pow(e),
            black_box(-7i16).wrapping_pow(e),
            black_box(9u16).wrapping_pow(e),
            black_box(-13i32).pow(e),
            black_box(21u32).pow(e),
            black_box(-123i64).pow(e),
            black_box(555u64).pow(e),
            black_box(-99999i128).pow(e),
            black_box(98765u128).pow(e),
        );
    }
    println!("2^63 as u64 = {}", black_box(2u64).pow(63));
    println!("2^127 as u128 = {}", black_box(2u128).pow(127));
    println!("(-2)^127 as i128 = {}", black_box(-2i128).pow(127));
    println!("10^19 u64 = {}", black_box(10u64).pow(19));
    println!("usize 3^40 = {}", black_box(3usize).pow(40));
    println!("isize -5^27 = {}", black_box(-5isize).pow(27));

    for v in black_box([-128i8, -5, 0, 5, 127]) {
        println!("i8 {}: wrapping_abs={} unsigned_abs={} signum={} neg={} pos={}", v, v.wrapping_abs(), v.unsigned_abs(), v.signum(), v.is_negative(), v.is_positive());
    }
    for v in black_box([i32::MIN + 1, -42, 0, 42]) {
        println!("i32 {}: abs={} signum={} unsigned_abs={}", v, v.abs(), v.signum(), v.unsigned_abs());
    }
    for v in black_box([i64::MIN, -1, 1]) {
        println!("i64 {}: checked_abs={:?} unsigned_abs={}", v, v.checked_abs(), v.unsigned_abs());
    }
    for v in black_box([i128::MIN, -170141183460469231731687303715884105727, 7]) {
        println!("i128 {}: overflowing_abs={:?} unsigned_abs={}", v, v.overflowing_abs(), v.unsigned_abs());
    }
    for v in black_box([0u64, 1, 15, 16, 17, 1_000_000, u64::MAX]) {
        println!("isqrt({}) = {}", v, v.isqrt());
    }
    println!("isqrt i32 {} u128 {}", black_box(2_000_000_000i32).isqrt(), black_box(u128::MAX).isqrt());
    // modular exponentiation
    fn modpow(mut b: u64, mut e: u64, m: u64) -> u64 {
        let mut r = 1u64;
        b %= m;
        while e > 0 {
            if e & 1 == 1 {
                r = ((r as u128 * b as u128) % m as u128) as u64;
            }
            b = ((b as u128 * b as u128) % m as u128) as u64;
            e >>= 1;
        }
        r
    }
    println!("modpow: {} {} {}", modpow(black_box(2), 1_000_000, 1_000_000_007), modpow(black_box(7), 560, 561), modpow(black_box(123456789), u64::MAX, 998244353));
}
