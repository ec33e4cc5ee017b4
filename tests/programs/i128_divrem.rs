//! i128/u128 division and remainder: full 128-bit divisors, negatives, euclid variants, division by powers of two, base conversions.
use std::hint::black_box;

fn to_base(mut n: u128, base: u128) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % base) as usize]);
        n /= base;
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

fn main() {
    let pairs: [(u128, u128); 8] = black_box([
        (u128::MAX, 1),
        (u128::MAX, 3),
        (u128::MAX, u64::MAX as u128),
        (u128::MAX, (u64::MAX as u128) + 2),
        (0x1234_5678_9abc_def0_0fed_cba9_8765_4321, 0x1_0000_0000_0000_0000_0000),
        (1 << 100, (1 << 50) + 1),
        (12345, 1 << 80),
        (0xdead_beef_dead_beef_dead_beef_dead_beef, 0xdead_beef_dead_beef_dead_beef_dead_beef),
    ]);
    for (a, b) in pairs {
        let q = a / b;
        let r = a % b;
        println!("{} / {} = {} rem {} (check {})", a, b, q, r, q.wrapping_mul(b).wrapping_add(r) == a);
    }
    let spairs: [(i128, i128); 8] = black_box([(-7, 2), (7, -2), (-7, -2), (i128::MIN, 7), (i128::MIN, -7), (i128::MAX, -1), (-(1 << 100), 1 << 64), (-(1 << 100) - 1, -(1 << 64))]);
    for (a, b) in spairs {
        println!("{} / {}: {} % {}; euclid {} {}", a, b, a / b, a % b, a.div_euclid(b), a.rem_euclid(b));
    }
    println!("checked: {:?} {:?} {:?}", black_box(i128::MIN).checked_div(-1), black_box(5i128).checked_div(0), black_box(5u128).checked_rem(0));
    println!("wrapping MIN/-1 = {}", black_box(i128::MIN).wrapping_div(-1));
    println!("div_ceil {}", black_box(u128::MAX).div_ceil(black_box(1u128 << 64)));
    for sh in black_box([1u32, 7, 63, 64, 65, 100]) {
        let v = black_box(-0x1234_5678_9abc_def0_1234_5678_9abc_def0i128);
        println!("v / 2^{} = {} (shift {})", sh, v / (1i128 << sh), v >> sh);
    }
    for base in black_box([2u128, 7, 10, 16, 36]) {
        println!("u128::MAX base {} = {}", base, to_base(u128::MAX, base));
    }
    println!("check against fmt: {} {}", to_base(black_box(98765432109876543210u128), 16) == format!("{:x}", 98765432109876543210u128), to_base(black_box(1 << 127), 2) == format!("{:b}", 1u128 << 127));
    // gcd/lcm in u128
    fn gcd(a: u128, b: u128) -> u128 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let a = black_box(2u128.pow(64) * 3u128.pow(20) * 5);
    let b = black_box(2u128.pow(70) * 3u128.pow(5) * 7);
    let g = gcd(a, b);
    println!("gcd {} lcm {:?}", g, (a / g).checked_mul(b));
    // modular inverse via extended euclid with i128
    fn ext_gcd(a: i128, b: i128) -> (i128, i128, i128) {
        if b == 0 { (a, 1, 0) } else {
            let (g, x, y) = ext_gcd(b, a % b);
            (g, y, x - (a / b) * y)
        }
    }
    let m = black_box(1_000_000_007i128 * 998_244_353);
    let (g, x, _) = ext_gcd(black_box(123_456_789), m);
    let inv = x.rem_euclid(m);
    println!("gcd {} inverse {} check {}", g, inv, (inv * 123_456_789) % m);
}
