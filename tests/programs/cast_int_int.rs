//! `as` casts between every pair of integer widths: truncation, sign extension, zero extension.
use std::hint::black_box;

macro_rules! cast_all {
    ($v:expr, $t:ty) => {{
        let v: $t = black_box($v);
        println!(
            "{}={}: i8={} u8={} i16={} u16={} i32={} u32={} i64={} u64={} i128={} u128={} isize={} usize={}",
            stringify!($t), v,
            v as i8, v as u8, v as i16, v as u16, v as i32, v as u32,
            v as i64, v as u64, v as i128, v as u128, v as isize, v as usize
        );
    }};
}

fn main() {
    cast_all!(-1, i8);
    cast_all!(-128, i8);
    cast_all!(127, i8);
    cast_all!(200, u8);
    cast_all!(-300, i16);
    cast_all!(0xabcd, u16);
    cast_all!(-0x1234_5678, i32);
    cast_all!(0x8765_4321, u32);
    cast_all!(-0x0102_0304_0506_0708, i64);
    cast_all!(0xf0e1_d2c3_b4a5_9687, u64);
    cast_all!(-0x1111_2222_3333_4444_5555_6666_7777_8888, i128);
    cast_all!(0xffee_ddcc_bbaa_9988_7766_5544_3322_1100, u128);
    cast_all!(isize::MIN, isize);
    cast_all!(usize::MAX - 0x80, usize);

    // chains of casts
    let x: i32 = black_box(-200);
    println!("chain: {} {} {} {}", x as u8 as i32, x as i8 as u64, x as u16 as i16 as i64, (x as u32 as u64) >> 1);
    let y: u8 = black_box(0xf0);
    println!("u8->i8->i128: {} u8->i128: {} i8->u128: {}", y as i8 as i128, y as i128, y as i8 as u128);
    // casts inside arithmetic
    let bytes = black_box([0x12u8, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
    let mut acc: u64 = 0;
    for b in bytes {
        acc = (acc << 8) | b as u64;
    }
    println!("assembled: {:#x}", acc);
    let signed_bytes: Vec<i32> = bytes.iter().map(|&b| b as i8 as i32).collect();
    println!("as signed: {:?}", signed_bytes);
    // From/TryFrom conversions
    let big: i64 = black_box(300);
    println!("try_from: {:?} {:?} {:?} {:?}", u8::try_from(big), i16::try_from(big), u32::try_from(-big), i8::try_from(black_box(-128i64)));
    println!("from: {} {} {}", i64::from(black_box(-5i8)), u128::from(black_box(u64::MAX)), i32::from(black_box(60000u16)));
    let z: usize = black_box(70000);
    println!("usize try_into u16: {:?}, into u32: {:?}", u16::try_from(z).is_err(), u32::try_from(z));
    // cast_signed/unsigned helpers
    println!("cast_signed: {} {} cast_unsigned: {}", black_box(255u8).cast_signed(), black_box(u64::MAX).cast_signed(), black_box(-2i32).cast_unsigned());
}
