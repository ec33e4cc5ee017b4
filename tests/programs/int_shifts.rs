//! Shifts of every width: plain << >> with in-range amounts, wrapping_shl/shr with large amounts, arithmetic vs logical.
use std::hint::black_box;

macro_rules! shifts {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        let bits = <$t>::BITS;
        let mut s = String::new();
        for amt in [0u32, 1, 3, bits / 2, bits - 1] {
            let amt = black_box(amt);
            s.push_str(&format!("[{} {} {}]", amt, v << amt, v >> amt));
        }
        println!("{} {}: {}", stringify!($t), v, s);
        let mut w = String::new();
        for amt in [bits, bits + 1, bits * 2 + 5, 1000, u32::MAX] {
            let amt = black_box(amt);
            w.push_str(&format!("[{} {} {}]", amt, v.wrapping_shl(amt), v.wrapping_shr(amt)));
        }
        println!("{} {} wrapping: {}", stringify!($t), v, w);
    }};
}

fn main() {
    shifts!(i8, -77);
    shifts!(u8, 0xb5);
    shifts!(i16, -12345);
    shifts!(u16, 0xbeef);
    shifts!(i32, -0x1234_5678);
    shifts!(u32, 0xdead_beef);
    shifts!(i64, -0x0123_4567_89ab_cdef);
    shifts!(u64, 0xfedc_ba98_7654_3210);
    shifts!(i128, -0x0123_4567_89ab_cdef_0011_2233_4455_6677);
    shifts!(u128, 0xfedc_ba98_7654_3210_0123_4567_89ab_cdef);
    shifts!(isize, -99999);
    shifts!(usize, 0x8000_0000_0000_0001);

    // shift amounts of different integer types
    let x: u32 = black_box(0x8765_4321);
    let a8: u8 = black_box(4);
    let a64: u64 = black_box(12);
    let a128: u128 = black_box(20);
    let ai: i16 = black_box(28);
    println!("mixed shift types: {:x} {:x} {:x} {:x}", x << a8, x >> a64, x << a128, x >> ai);
    let y: i128 = black_box(-1);
    println!("i128 -1 >> 100 = {}, << 100 = {}", y >> black_box(100u8), y << black_box(100u64));
    // shift assign ops
    let mut z: u64 = black_box(1);
    for i in 0..8 {
        z <<= black_box(i);
        print!("{} ", z);
    }
    println!();
    let mut n: i64 = black_box(i64::MIN);
    while n != -1 {
        n >>= black_box(7);
        print!("{} ", n);
    }
    println!();
    // unbounded shl/shr
    println!("unbounded: {} {} {}", black_box(1u32).unbounded_shl(40), black_box(u64::MAX).unbounded_shr(64), black_box(-8i32).unbounded_shr(99));
}
