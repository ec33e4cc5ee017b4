//! Bit-counting and byte-twiddling: leading/trailing zeros/ones, count_ones, rotate, swap_bytes, reverse_bits, endianness.
use std::hint::black_box;

macro_rules! bits {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        println!(
            "{} {:#x}: lz={} tz={} lo={} to={} ones={} zeros={} rotl5={:#x} rotr7={:#x} swap={:#x} rev={:#x} be={:#x} le={:#x} pow2={}",
            stringify!($t),
            v,
            v.leading_zeros(),
            v.trailing_zeros(),
            v.leading_ones(),
            v.trailing_ones(),
            v.count_ones(),
            v.count_zeros(),
            v.rotate_left(5),
            v.rotate_right(7),
            v.swap_bytes(),
            v.reverse_bits(),
            v.to_be(),
            v.to_le(),
            v.is_power_of_two(),
        );
    }};
}

macro_rules! sbits {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        println!(
            "{} {}: lz={} tz={} ones={} rotl3={} swap={} rev={}",
            stringify!($t),
            v,
            v.leading_zeros(),
            v.trailing_zeros(),
            v.count_ones(),
            v.rotate_left(3),
            v.swap_bytes(),
            v.reverse_bits()
        );
    }};
}

fn main() {
    bits!(u8, 0);
    bits!(u8, 0x10);
    bits!(u8, 0xff);
    bits!(u8, 0b1011_0011);
    bits!(u16, 0x0f00);
    bits!(u16, 1);
    bits!(u32, 0);
    bits!(u32, 0x8000_0000);
    bits!(u32, 0x00f0_0ff0);
    bits!(u64, 0x0000_1000_0000_0000);
    bits!(u64, u64::MAX);
    bits!(u64, 0x0123_4567_89ab_cdef);
    bits!(u128, 1);
    bits!(u128, 0);
    bits!(u128, 0x8000_0000_0000_0000_0000_0000_0000_0000);
    bits!(u128, 0x0000_0000_0000_0001_0000_0000_0000_0000);
    bits!(u128, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210);
    bits!(usize, 12345678);
    sbits!(i8, -1);
    sbits!(i8, -128);
    sbits!(i16, -2);
    sbits!(i32, -65536);
    sbits!(i64, 1 << 50);
    sbits!(i128, -(1 << 70));
    sbits!(isize, -3);

    println!("next_power_of_two: {} {} {}", black_box(17u32).next_power_of_two(), black_box(1u64).next_power_of_two(), black_box(129u16).next_power_of_two());
    println!("ilog2: {} {} {}", black_box(1u8).ilog2(), black_box(255u8).ilog2(), black_box(u128::MAX).ilog2());
    println!("ilog10: {} {}", black_box(1000u32).ilog10(), black_box(u64::MAX).ilog10());
    // popcount over a table
    let table: Vec<u32> = (0u32..16).map(|i| black_box(i * 0x1111_1111).count_ones()).collect();
    println!("popcounts: {:?}", table);
    // isolate lowest set bit, clear it, etc.
    let mut m: u64 = black_box(0b1011_0100_1000);
    let mut idx = Vec::new();
    while m != 0 {
        idx.push(m.trailing_zeros());
        m &= m - 1;
    }
    println!("set bit indices: {:?}", idx);
}
