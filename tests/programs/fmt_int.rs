//! Integer formatting: width, fill, alignment, sign, zero padding, #x/#o/#b/X, {:e} on ints, Debug hex, every integer width.
use std::hint::black_box;

macro_rules! fmt_line {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        println!(
            "{:>5}: [{}] [{:8}] [{:<8}] [{:^8}] [{:+}] [{:08}] [{:x}] [{:#X}] [{:#o}] [{:b}] [{:#010x}] [{:e}]",
            stringify!($t), v, v, v, v, v, v, v, v, v, v, v, v
        );
    }};
}

fn main() {
    fmt_line!(i8, -5);
    fmt_line!(i8, i8::MIN);
    fmt_line!(u8, 200);
    fmt_line!(i16, -1234);
    fmt_line!(u16, 65535);
    fmt_line!(i32, -100000);
    fmt_line!(u32, 3000000000);
    fmt_line!(i64, -1);
    fmt_line!(u64, 1234567890123);
    fmt_line!(i128, -170141183460469231731687303715884105728);
    fmt_line!(u128, 1 << 90);
    fmt_line!(isize, 0);
    fmt_line!(usize, 42);
    let x = black_box(255u32);
    println!("fill: [{:*^11}] [{:->8}] [{:_<6}] [{:0>5}] [{:#>+7}]", x, x, x, x, x);
    println!("hex width: [{:4x}] [{:<6X}] [{:#06b}] [{:#b}] [{:010b}]", x, x, black_box(5u8), black_box(0u8), black_box(-3i8));
    println!("signed zero pad: [{:+06}] [{:06}] [{:+06}] [{:<+6}]", black_box(-42), black_box(-42), black_box(42), black_box(42));
    println!("debug: {:?} {:x?} {:X?} {:#x?} {:02x?}", black_box(-17i16), black_box(255u8), black_box(vec![10u8, 171]), black_box(300u16), black_box([1u8, 2, 255]));
    let w = black_box(12);
    let p = black_box(3);
    println!("dynamic: [{:w$}] [{:>1$}] [{:^w$x}] [{:0w$}]", 7, 9, 255, -5, w = w);
    println!("positional: {0} {1} {0} {2:>p$} {name}", 1, 2, 3, name = "n", p = p);
    let named = black_box(77);
    println!("inline capture: {named} {named:>5} {named:#x} {named:08b}");
    println!("exp: {:e} {:E} {:e} {:e}", black_box(1500u32), black_box(123456789u64), black_box(-1000i32), black_box(0u8));
    println!("to_string/parse: {} {:?} {:?}", black_box(-98765i64).to_string(), "-98765".parse::<i64>(), "0x10".parse::<i32>().is_err());
    let width_table: Vec<String> = (0..6).map(|i| format!("{:>width$}", "x", width = i)).collect();
    println!("{:?}", width_table);
    // large numbers formatted with separators manually
    let n = black_box(1234567890123u64);
    let s = n.to_string();
    let mut grouped = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    println!("grouped {}", grouped);
    println!("u128 max: {} hex {:x} oct {:o}", u128::MAX, u128::MAX, black_box(u128::MAX));
    println!("i128 min hex {:x} bin len {}", black_box(i128::MIN), format!("{:b}", black_box(i128::MIN)).len());
    println!("precision on ints ignored? [{:.3}] [{:8.2}]", black_box(5), black_box(6));
}
