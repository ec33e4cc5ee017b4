//! checked_* integer operations returning Option for every width, including edge cases.
use std::hint::black_box;

macro_rules! checked_test {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!(
            "{} a={} b={}: add={:?} sub={:?} mul={:?} div={:?} rem={:?} neg={:?} shl={:?} pow3={:?} abs_diff={}",
            stringify!($t),
            a,
            b,
            a.checked_add(b),
            a.checked_sub(b),
            a.checked_mul(b),
            a.checked_div(b),
            a.checked_rem(b),
            a.checked_neg(),
            a.checked_shl(b as u32),
            a.checked_pow(3),
            a.abs_diff(b),
        );
    }};
}

fn main() {
    checked_test!(i8, 100, 27);
    checked_test!(i8, 100, 28);
    checked_test!(i8, -128, -1);
    checked_test!(i8, 5, 0);
    checked_test!(u8, 200, 55);
    checked_test!(u8, 200, 56);
    checked_test!(u8, 3, 9);
    checked_test!(i16, -32768, 2);
    checked_test!(u16, 300, 7);
    checked_test!(i32, i32::MAX, 1);
    checked_test!(i32, i32::MIN, -1);
    checked_test!(i32, 1290, 31);
    checked_test!(u32, 0, 1);
    checked_test!(i64, 3_037_000_499, 3_037_000_499);
    checked_test!(i64, 3_037_000_500, 3_037_000_500);
    checked_test!(u64, u64::MAX, 0);
    checked_test!(i128, i128::MIN, 1);
    checked_test!(u128, 1 << 100, 28);
    checked_test!(isize, -7, 2);
    checked_test!(usize, 10, 64);

    // chained checked math, stopping on overflow
    let mut acc: Option<u32> = Some(1);
    for i in 1..=15u32 {
        acc = acc.and_then(|v| v.checked_mul(black_box(i)));
        println!("{}! = {:?}", i, acc);
    }
    let total: Option<i16> = black_box([1000i16, 2000, 3000, 4000, 5000, 6000, 7000, 8000])
        .iter()
        .try_fold(0i16, |a, &b| a.checked_add(b));
    println!("try_fold sum = {:?}", total);
    let ok: Option<i16> = black_box([1000i16, 2000, 3000]).iter().try_fold(0i16, |a, &b| a.checked_add(b));
    println!("try_fold small = {:?}", ok);
    println!("checked_next_power_of_two: {:?} {:?}", black_box(100u8).checked_next_power_of_two(), black_box(200u8).checked_next_power_of_two());
    println!("checked_ilog2: {:?} {:?}", black_box(1000u32).checked_ilog2(), black_box(0u32).checked_ilog2());
    println!("checked_ilog10: {:?} {:?}", black_box(99999i64).checked_ilog10(), black_box(-5i64).checked_ilog10());
}
