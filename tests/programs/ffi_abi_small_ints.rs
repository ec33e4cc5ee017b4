//! extern "C" ABI with small integer types (i8/u8/i16/u16/bool/char-like) as args and returns through fn pointers; sign/zero extension across the boundary; libc int returns.
use std::ffi::c_int;
use std::hint::black_box;

unsafe extern "C" {
    fn tolower(c: c_int) -> c_int;
    fn isdigit(c: c_int) -> c_int;
}

extern "C" fn widen_i8(x: i8) -> i64 {
    x as i64
}
extern "C" fn widen_u8(x: u8) -> i64 {
    x as i64
}
extern "C" fn widen_i16(x: i16) -> i64 {
    x as i64
}
extern "C" fn widen_u16(x: u16) -> i64 {
    x as i64
}
extern "C" fn neg_i8(x: i8) -> i8 {
    x.wrapping_neg()
}
extern "C" fn inc_u8(x: u8) -> u8 {
    x.wrapping_add(1)
}
extern "C" fn dec_i16(x: i16) -> i16 {
    x.wrapping_sub(1)
}
extern "C" fn not_bool(b: bool) -> bool {
    !b
}
extern "C" fn mix(a: i8, b: u8, c: i16, d: u16, e: bool, f: i32, g: u32, h: i8, i: u8) -> i64 {
    a as i64 * 1 + b as i64 * 10 + c as i64 * 100 + d as i64 * 1000 + e as i64 * 7 + f as i64 + g as i64 + h as i64 * 3 + i as i64 * 5
}
extern "C" fn u32_to_u64(x: u32) -> u64 {
    x as u64
}
extern "C" fn i32_to_i64(x: i32) -> i64 {
    x as i64
}
extern "C" fn ret_neg_i8() -> i8 {
    black_box(-100)
}
extern "C" fn ret_big_u16() -> u16 {
    black_box(65000)
}

fn main() {
    let wi8: extern "C" fn(i8) -> i64 = widen_i8;
    let wu8: extern "C" fn(u8) -> i64 = widen_u8;
    let wi16: extern "C" fn(i16) -> i64 = widen_i16;
    let wu16: extern "C" fn(u16) -> i64 = widen_u16;
    for v in black_box([-128i8, -1, 0, 127]) {
        print!("{} ", wi8(v));
    }
    println!();
    for v in black_box([0u8, 128, 255]) {
        print!("{} ", wu8(v));
    }
    println!();
    for v in black_box([i16::MIN, -1, 300]) {
        print!("{} ", wi16(v));
    }
    println!();
    for v in black_box([0u16, 40000, 65535]) {
        print!("{} ", wu16(v));
    }
    println!();
    let n8: extern "C" fn(i8) -> i8 = neg_i8;
    let i8u: extern "C" fn(u8) -> u8 = inc_u8;
    let d16: extern "C" fn(i16) -> i16 = dec_i16;
    let nb: extern "C" fn(bool) -> bool = not_bool;
    let r1 = n8(black_box(-128));
    let r2 = i8u(black_box(255));
    let r3 = d16(black_box(i16::MIN));
    // use results in wider arithmetic to expose missing extension
    println!("neg_i8(-128)={} as i64 {} | inc_u8(255)={} as u32 {} | dec_i16(MIN)={} as i32 {}", r1, r1 as i64 * 1000, r2, r2 as u32 + 1000, r3, r3 as i32 + 1);
    println!("not_bool {} {} as u8 {}", nb(black_box(true)), nb(black_box(false)), nb(black_box(false)) as u8 + 10);
    let m: extern "C" fn(i8, u8, i16, u16, bool, i32, u32, i8, u8) -> i64 = mix;
    println!("mix {}", m(black_box(-3), black_box(200), black_box(-2), black_box(60000), black_box(true), black_box(-1_000_000), black_box(4_000_000_000), black_box(-128), black_box(255)));
    let w32: extern "C" fn(u32) -> u64 = u32_to_u64;
    let s32: extern "C" fn(i32) -> i64 = i32_to_i64;
    println!("u32->u64 {} i32->i64 {}", w32(black_box(u32::MAX)), s32(black_box(i32::MIN)));
    let rn: extern "C" fn() -> i8 = ret_neg_i8;
    let rb: extern "C" fn() -> u16 = ret_big_u16;
    let a = rn();
    let b = rb();
    println!("returns: {} {} sum as i64 {} product as i32 {}", a, b, a as i64 + b as i64, a as i32 * b as i32);
    let lowered: String = black_box("HeLLo 42").bytes().map(|c| unsafe { tolower(c as c_int) } as u8 as char).collect();
    let digits = black_box("a1b22c").bytes().filter(|&c| unsafe { isdigit(c as c_int) } != 0).count();
    println!("libc tolower {} isdigit count {}", lowered, digits);
}
