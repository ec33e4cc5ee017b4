//! Plain integer operators (+ - * / % << >> unary -, compound assigns) on every width with debug overflow checks that do not trigger, mixed with comparisons.
use std::hint::black_box;

macro_rules! plain {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        let mut c = a;
        c += b / 2;
        c -= b / 3;
        c *= 1;
        c /= 1;
        c %= <$t>::MAX;
        c <<= 1u32 & black_box(0);
        c >>= 1u32;
        println!(
            "{:>5} a={} b={}: a+b={} a-b={} a*b={} a/b={} a%b={} a<<2={} a>>1={} c={} a<b={} a==b={}",
            stringify!($t), a, b, a + b, a - b, a * b, a / b, a % b, a << 2u8, a >> 1i64, c, a < b, a == b
        );
    }};
}

macro_rules! neg {
    ($t:ty, $a:expr) => {{
        let a: $t = black_box($a);
        println!("{:>5} -({}) = {} ; !a = {}", stringify!($t), a, -a, !a);
    }};
}

fn main() {
    plain!(i8, 10, 3);
    plain!(i8, -60, 2);
    plain!(u8, 100, 2);
    plain!(u8, 17, 5);
    plain!(i16, -1000, 30);
    plain!(u16, 250, 250);
    plain!(i32, 46340, 46340);
    plain!(i32, -2_000_000_000, 1);
    plain!(u32, 65537, 65535);
    plain!(i64, -3_037_000_499, 3_037_000_499);
    plain!(u64, 4_294_967_297, 4_294_967_295);
    plain!(i128, -(1 << 62), 1 << 62);
    plain!(u128, 1 << 64, 1 << 63);
    plain!(isize, -12345, 678);
    plain!(usize, 999_999, 1_000);
    neg!(i8, 127);
    neg!(i8, -127);
    neg!(i16, 300);
    neg!(i32, -2147483647);
    neg!(i64, 1 << 62);
    neg!(i128, -(1 << 126));
    neg!(isize, 0);
    // accumulating loops in different widths
    let mut s8: i8 = 0;
    let mut s16: u16 = 0;
    let mut s32: i32 = 0;
    let mut s64: u64 = 1;
    for i in 0..black_box(10) {
        s8 += i as i8 - 4;
        s16 += (i * i) as u16;
        s32 -= i * 1000;
        s64 *= (i + 1) as u64;
    }
    println!("loops: {} {} {} {}", s8, s16, s32, s64);
    // mixing via `as` inside expressions
    let a: u8 = black_box(200);
    let b: i8 = black_box(-100);
    let c: u16 = black_box(60000);
    let r = a as i32 + b as i32 * 3 - c as i32 / 7 + (a as i8) as i32;
    println!("mixed expr {}", r);
    let avg = (a as u16 + c / 1000) / 2;
    println!("avg {}", avg);
    // integer parsing and arithmetic on the parsed values
    let nums: Vec<i64> = black_box("12 -7 300 45 -1000 9").split(' ').map(|s| s.parse().unwrap()).collect();
    let prod: i64 = nums.iter().product();
    let sum: i64 = nums.iter().sum();
    println!("sum {} product {} max-min {}", sum, prod, nums.iter().max().unwrap() - nums.iter().min().unwrap());
    // unsigned subtraction guarded by comparison
    let xs = black_box([5u32, 10, 3, 3, 100]);
    let diffs: Vec<u32> = xs.windows(2).map(|w| if w[0] > w[1] { w[0] - w[1] } else { w[1] - w[0] }).collect();
    println!("abs diffs {:?}", diffs);
}
