//! Division and remainder with negatives, div_euclid/rem_euclid, div_ceil, for all widths.
use std::hint::black_box;

macro_rules! sdiv {
    ($t:ty) => {{
        let pairs: [($t, $t); 8] = black_box([(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (1, -1), (<$t>::MAX, 2), (<$t>::MIN, 3)]);
        for (a, b) in pairs {
            println!(
                "{} {}/{}: div={} rem={} div_euclid={} rem_euclid={}",
                stringify!($t), a, b, a / b, a % b, a.div_euclid(b), a.rem_euclid(b)
            );
        }
    }};
}

macro_rules! udiv {
    ($t:ty) => {{
        let pairs: [($t, $t); 5] = black_box([(7, 3), (0, 5), (<$t>::MAX, 2), (<$t>::MAX, <$t>::MAX), (100, 7)]);
        for (a, b) in pairs {
            println!(
                "{} {}/{}: div={} rem={} div_ceil={}",
                stringify!($t), a, b, a / b, a % b, a.div_ceil(b)
            );
        }
    }};
}

fn main() {
    sdiv!(i8);
    sdiv!(i16);
    sdiv!(i32);
    sdiv!(i64);
    sdiv!(i128);
    sdiv!(isize);
    udiv!(u8);
    udiv!(u16);
    udiv!(u32);
    udiv!(u64);
    udiv!(u128);
    udiv!(usize);

    // division by constants (often strength-reduced by compilers)
    for v in black_box([-1000i32, -7, -1, 0, 1, 6, 7, 999, i32::MAX, i32::MIN]) {
        println!("{}: /2={} /3={} /7={} /16={} %2={} %3={} %16={} /-4={}", v, v / 2, v / 3, v / 7, v / 16, v % 2, v % 3, v % 16, v / -4);
    }
    for v in black_box([0u64, 1, 99, 1 << 40, u64::MAX]) {
        println!("{}: /10={} %10={} /1000000007={} %1000000007={}", v, v / 10, v % 10, v / 1_000_000_007, v % 1_000_000_007);
    }
    // digits of a number via repeated div/rem
    let mut n: u64 = black_box(9_876_543_210_123);
    let mut digits = Vec::new();
    while n > 0 {
        digits.push((n % 10) as u8);
        n /= 10;
    }
    digits.reverse();
    println!("digits: {:?}", digits);
    // gcd with negatives
    fn gcd(a: i64, b: i64) -> i64 {
        if b == 0 { a.abs() } else { gcd(b, a % b) }
    }
    println!("gcd: {} {} {}", gcd(black_box(-48), 18), gcd(black_box(1071), -462), gcd(black_box(0), -9));
}
