//! i128/u128 shifts by 0..127 (especially 64..127), rotates, leading/trailing zeros, count_ones, swap_bytes and reverse_bits across halves.
use std::hint::black_box;

fn main() {
    let u: u128 = black_box(0x8123_4567_89ab_cdef_fedc_ba98_7654_3211);
    let i: i128 = u as i128;
    for sh in black_box([0u32, 1, 31, 32, 63, 64, 65, 96, 100, 127]) {
        println!("sh {:>3}: u<< {:#034x} u>> {:#034x} i>> {:#034x} i>>(dec) {}", sh, u << sh, u >> sh, i >> sh, i >> sh);
    }
    for sh in black_box([128u32, 129, 200, 255]) {
        println!("wrapping sh {}: {:#x} {:#x} checked {:?}", sh, u.wrapping_shl(sh), i.wrapping_shr(sh), u.checked_shl(sh));
    }
    for r in black_box([0u32, 4, 64, 67, 127]) {
        println!("rot {:>3}: left {:#034x} right {:#034x}", r, u.rotate_left(r), u.rotate_right(r));
    }
    let samples: [u128; 7] = black_box([0, 1, 1 << 63, 1 << 64, 1 << 127, u128::MAX, 0x0000_0000_0001_0000_0000_0000_0000_0000]);
    for s in samples {
        println!("{:#x}: lz={} tz={} ones={} lo={} to={} ilog2={:?}", s, s.leading_zeros(), s.trailing_zeros(), s.count_ones(), s.leading_ones(), s.trailing_ones(), s.checked_ilog2());
    }
    println!("swap_bytes {:#x}", u.swap_bytes());
    println!("reverse_bits {:#x}", u.reverse_bits());
    println!("i128 lz of negatives: {} {} {}", black_box(-1i128).leading_zeros(), black_box(-1i128).count_ones(), black_box(i128::MIN).trailing_zeros());
    // shifting a 1 through every position and back
    let mut ok = true;
    for k in 0..128u32 {
        let k = black_box(k);
        let v = 1u128 << k;
        ok &= v.trailing_zeros() == k && v.leading_zeros() == 127 - k && (v >> k) == 1 && v.count_ones() == 1;
        let s = (-1i128) << k;
        ok &= s.trailing_zeros() == k && (s >> k) == -1;
    }
    println!("walk ok {}", ok);
    // variable shifts with different amount types
    let amt8: u8 = black_box(70);
    let amt64: u64 = black_box(80);
    let amt128: u128 = black_box(90);
    let ai: i32 = black_box(100);
    println!("mixed amounts: {:#x} {:#x} {:#x} {:#x}", u >> amt8, u << amt64, i >> amt128, u >> ai);
    let mut acc: u128 = black_box(1);
    for _ in 0..20 {
        acc = (acc << 7) ^ (acc >> 3) ^ 0x9e37_79b9;
    }
    println!("mix {:#x}", acc);
    // build masks
    let masks: Vec<String> = [1u32, 63, 64, 65, 127, 128].iter().map(|&n| format!("{:x}", if n == 128 { u128::MAX } else { (1u128 << black_box(n)) - 1 })).collect();
    println!("masks {:?}", masks);
}
