//! mem::transmute between same-size types: f32<->u32, f64<->u64, arrays<->integers, [u8;N] <-> structs, fn pointers, and transmute_copy.
#![allow(unnecessary_transmutes)]
use std::hint::black_box;
use std::mem::transmute;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Pair32 {
    lo: u32,
    hi: u32,
}

fn main() {
    unsafe {
        let f = black_box(1.0f32);
        let u: u32 = transmute(f);
        println!("f32 1.0 -> {:#x}", u);
        let back: f32 = transmute(black_box(0x4048_f5c3u32));
        println!("0x4048f5c3 -> {}", back);
        let d: u64 = transmute(black_box(-2.5f64));
        println!("f64 -2.5 -> {:#x}", d);
        let arr: [u8; 4] = transmute(black_box(0x1234_5678u32));
        println!("u32 -> bytes {:02x?}", arr);
        let n: u64 = transmute(black_box([1u8, 2, 3, 4, 5, 6, 7, 8]));
        println!("bytes -> u64 {:#018x}", n);
        let halves: [u16; 4] = transmute(black_box(0x0001_0002_0003_0004u64));
        println!("u64 -> [u16;4] {:?}", halves);
        let c: Rgba = transmute(black_box(0x80ff_4020u32));
        println!("u32 -> Rgba {:?}", c);
        let px: u32 = transmute(Rgba { r: 1, g: 2, b: 3, a: black_box(4) });
        println!("Rgba -> u32 {:#010x}", px);
        let p: Pair32 = transmute(black_box(0xdead_beef_0000_0001u64));
        println!("u64 -> Pair32 {:?}", p);
        let i: i32 = transmute(black_box(u32::MAX));
        println!("u32::MAX -> i32 {}", i);
        let big: u128 = transmute(black_box([u64::MAX, 1]));
        println!("[u64;2] -> u128 {:#x}", big);
        let floats: [f32; 2] = transmute(black_box(0x3f80_0000_4000_0000u64));
        println!("u64 -> [f32;2] {:?}", floats);
        let arr2: [[u8; 2]; 3] = transmute(black_box([1u8, 2, 3, 4, 5, 6]));
        println!("[u8;6] -> [[u8;2];3] {:?}", arr2);
        let b: bool = transmute(black_box(1u8));
        println!("1u8 -> bool {}", b);
        let ch: char = transmute(black_box(0x1F980u32));
        println!("u32 -> char {}", ch);
        fn triple(x: i32) -> i32 {
            x * 3
        }
        let fp: fn(i32) -> i32 = triple;
        let raw: usize = transmute(fp);
        let fp2: fn(i32) -> i32 = transmute(raw);
        println!("fn ptr roundtrip {}", fp2(black_box(14)));
        let copied: u16 = std::mem::transmute_copy(&black_box(0xabcd_1234u32));
        println!("transmute_copy low half {:#x}", copied);
        // slice reinterpretation via pointer cast
        let words: [u32; 2] = black_box([0x6c6c_6548, 0x0021_6f]);
        let bytes = std::slice::from_raw_parts(words.as_ptr() as *const u8, 7);
        println!("words as bytes {:?}", std::str::from_utf8(bytes).unwrap());
    }
    // safe equivalents for comparison
    println!("to_bits {:#x} from_bits {}", black_box(1.0f32).to_bits(), f32::from_bits(0x4048_f5c3));
    println!("to_ne_bytes {:02x?}", black_box(0x1234_5678u32).to_ne_bytes());
}
