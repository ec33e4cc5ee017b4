//! Bitwise and/or/xor/not on all widths, compound assignment, masks, and bit-manipulation tricks.
use std::hint::black_box;

macro_rules! ops {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!("{} a={} b={}: and={} or={} xor={} nota={} notb={} andnot={}", stringify!($t), a, b, a & b, a | b, a ^ b, !a, !b, a & !b);
    }};
}

fn main() {
    ops!(i8, -86, 0x0f);
    ops!(u8, 0xaa, 0x0f);
    ops!(i16, -1, 0x1234);
    ops!(u16, 0xf0f0, 0x3c3c);
    ops!(i32, i32::MIN, 0x7fff_ffff);
    ops!(u32, 0xdead_beef, 0xffff_0000);
    ops!(i64, -0x1111_2222_3333, 0x0f0f_0f0f_0f0f_0f0f);
    ops!(u64, 0x0123_4567_89ab_cdef, 0xff00_ff00_ff00_ff00);
    ops!(i128, -1, 0x1234_5678_9abc_def0_1234_5678_9abc_def0);
    ops!(u128, 0xffff_0000_ffff_0000_ffff_0000_ffff_0000, 0x0000_ffff_ffff_0000_0000_ffff_ffff_0000);
    ops!(isize, -2, 3);
    ops!(usize, 0b1100, 0b1010);

    let mut flags: u32 = black_box(0);
    const READ: u32 = 1 << 0;
    const WRITE: u32 = 1 << 1;
    const EXEC: u32 = 1 << 2;
    flags |= READ | EXEC;
    println!("flags={:03b} read={} write={} exec={}", flags, flags & READ != 0, flags & WRITE != 0, flags & EXEC != 0);
    flags ^= WRITE | READ;
    println!("flags={:03b}", flags);
    flags &= !EXEC;
    println!("flags={:03b}", flags);

    // branchless min/max/abs
    let xs: [i32; 5] = black_box([-9, 4, 0, i32::MAX, -i32::MAX]);
    for &x in &xs {
        let mask = x >> 31;
        let abs = (x ^ mask).wrapping_sub(mask);
        let y = black_box(3i32);
        let min = y ^ ((x ^ y) & -((x < y) as i32));
        print!("[{} abs={} min3={}] ", x, abs, min);
    }
    println!();
    // gray code
    let gray: Vec<String> = (0u8..8).map(|i| format!("{:03b}", black_box(i) ^ (i >> 1))).collect();
    println!("gray: {}", gray.join(" "));
    // bool bit ops
    let t = black_box(true);
    let f = black_box(false);
    println!("bool: {} {} {} {} {}", t & f, t | f, t ^ t, !f, t ^ f);
    // xorshift PRNG deterministic sequence
    let mut s: u64 = black_box(0x9e37_79b9_7f4a_7c15);
    for _ in 0..5 {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        print!("{:016x} ", s);
    }
    println!();
    // parity via folding xor
    let mut p: u64 = black_box(0x8000_0000_0000_0007);
    p ^= p >> 32;
    p ^= p >> 16;
    p ^= p >> 8;
    p ^= p >> 4;
    p ^= p >> 2;
    p ^= p >> 1;
    println!("parity={}", p & 1);
}
