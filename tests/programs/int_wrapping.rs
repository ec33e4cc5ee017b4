//! Wrapping arithmetic (add/sub/mul/neg/div/rem/shl/shr) across every integer width.
use std::hint::black_box;

macro_rules! wrap_test {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!(
            "{:>6}: a={} b={} add={} sub={} mul={} neg={} div={} rem={} shl3={} shr3={}",
            stringify!($t),
            a,
            b,
            a.wrapping_add(b),
            a.wrapping_sub(b),
            a.wrapping_mul(b),
            a.wrapping_neg(),
            a.wrapping_div(b),
            a.wrapping_rem(b),
            a.wrapping_shl(3),
            a.wrapping_shr(3),
        );
    }};
}

fn main() {
    wrap_test!(i8, 100, 77);
    wrap_test!(i8, -128, -1);
    wrap_test!(i8, -100, 3);
    wrap_test!(u8, 200, 100);
    wrap_test!(u8, 3, 250);
    wrap_test!(i16, 30000, 12345);
    wrap_test!(i16, i16::MIN, -1);
    wrap_test!(u16, 65000, 1000);
    wrap_test!(i32, 2_000_000_000, 1_500_000_000);
    wrap_test!(i32, i32::MIN, -1);
    wrap_test!(u32, 4_000_000_000, 999_999_999);
    wrap_test!(i64, i64::MAX, 7);
    wrap_test!(i64, i64::MIN, -1);
    wrap_test!(u64, u64::MAX - 5, 17);
    wrap_test!(i128, i128::MAX / 3, 11);
    wrap_test!(i128, i128::MIN, -1);
    wrap_test!(u128, u128::MAX / 7, 13);
    wrap_test!(isize, isize::MAX, 2);
    wrap_test!(usize, usize::MAX, 3);

    // accumulate with wrapping in a loop
    let mut h: u32 = black_box(2166136261);
    for b in black_box(b"hello wrapping world").iter() {
        h ^= *b as u32;
        h = h.wrapping_mul(16777619);
    }
    println!("fnv1a32 = {:#010x}", h);
    let mut h64: u64 = black_box(0xcbf29ce484222325);
    for b in black_box(b"hello wrapping world").iter() {
        h64 ^= *b as u64;
        h64 = h64.wrapping_mul(0x100000001b3);
    }
    println!("fnv1a64 = {:#018x}", h64);
    let mut x: i8 = black_box(1);
    for i in 0..20 {
        x = x.wrapping_mul(3).wrapping_add(i);
        print!("{} ", x);
    }
    println!();
    // std::num::Wrapping
    use std::num::Wrapping;
    let w = Wrapping(black_box(250u8)) + Wrapping(10);
    let v = Wrapping(black_box(5i16)) - Wrapping(i16::MAX);
    println!("Wrapping: {} {} {}", w, v, (Wrapping(black_box(0x1234u16)) << 12).0);
}
