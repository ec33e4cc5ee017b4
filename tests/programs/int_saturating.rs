//! saturating_* arithmetic clamps at MIN/MAX for all integer widths.
use std::hint::black_box;

macro_rules! sat {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!(
            "{} {} {}: add={} sub={} mul={} pow={} div={}",
            stringify!($t),
            a,
            b,
            a.saturating_add(b),
            a.saturating_sub(b),
            a.saturating_mul(b),
            a.saturating_pow(5),
            if b != 0 { a.saturating_div(b) } else { 0 },
        );
    }};
}

macro_rules! sat_signed {
    ($t:ty, $a:expr) => {{
        let a: $t = black_box($a);
        println!("{} {}: neg={} abs={}", stringify!($t), a, a.saturating_neg(), a.saturating_abs());
    }};
}

fn main() {
    sat!(i8, 100, 100);
    sat!(i8, -100, 100);
    sat!(i8, -128, -1);
    sat!(u8, 200, 100);
    sat!(u8, 10, 20);
    sat!(i16, 20000, 20000);
    sat!(u16, 60000, 2);
    sat!(i32, i32::MIN, 1);
    sat!(i32, -50000, 50000);
    sat!(u32, 1, 2);
    sat!(i64, i64::MAX - 1, 5);
    sat!(u64, 1 << 60, 32);
    sat!(i128, i128::MIN + 3, 7);
    sat!(u128, u128::MAX - 1, 3);
    sat!(isize, -3, 4);
    sat!(usize, 3, 4);
    sat_signed!(i8, -128);
    sat_signed!(i8, 127);
    sat_signed!(i16, i16::MIN);
    sat_signed!(i32, -5);
    sat_signed!(i64, i64::MIN);
    sat_signed!(i128, i128::MIN);
    sat_signed!(isize, isize::MIN + 1);

    // mixing signed/unsigned helpers
    println!("u8 add_signed: {} {} {}", black_box(250u8).saturating_add_signed(10), black_box(5u8).saturating_add_signed(-10), black_box(5u8).saturating_add_signed(-3));
    println!("i32 add_unsigned: {} {}", black_box(i32::MAX - 3).saturating_add_unsigned(10), black_box(-10i32).saturating_sub_unsigned(u32::MAX));
    // image-like brightening with saturation
    let px: [u8; 8] = black_box([0, 30, 100, 180, 200, 240, 250, 255]);
    let bright: Vec<u8> = px.iter().map(|p| p.saturating_add(40)).collect();
    let dark: Vec<u8> = px.iter().map(|p| p.saturating_sub(120)).collect();
    println!("bright={:?} dark={:?}", bright, dark);
}
