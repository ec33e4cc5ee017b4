//! Miscellaneous casts: bool/char -> int, u8 -> char, pointer <-> usize, fn pointer casts, enum-free reinterpretations.
use std::hint::black_box;

fn add_one(x: i32) -> i32 {
    x + 1
}
fn times_two(x: i32) -> i32 {
    x * 2
}

fn main() {
    let t = black_box(true);
    let f = black_box(false);
    println!("bool: {} {} {} {} {}", t as u8, f as i32, t as i128, t as usize, (t as i8) - 2);
    for c in black_box(['A', 'z', '\0', 'é', '中', '😀', char::MAX]) {
        println!("char {:?}: u8={} u16={} u32={} i64={} u128={}", c, c as u8, c as u16, c as u32, c as i64, c as u128);
    }
    let bytes: Vec<char> = black_box([65u8, 97, 48, 200, 255, 10, 0]).iter().map(|&b| b as char).collect();
    println!("u8 as char: {:?}", bytes);
    let s: String = (0x20u8..0x7f).map(|b| black_box(b) as char).collect();
    println!("{}", s);
    // pointer <-> usize round trip, arithmetic on addresses (only differences are printed)
    let arr = black_box([10u32, 20, 30, 40]);
    let p0 = &arr[0] as *const u32;
    let p2 = &arr[2] as *const u32;
    let a0 = p0 as usize;
    let a2 = p2 as usize;
    println!("address diff = {} bytes, aligned={}", a2 - a0, a0 % std::mem::align_of::<u32>() == 0);
    let back = (a0 + 4 * 3) as *const u32;
    println!("via usize: {}", unsafe { *back });
    let addr = p0.addr();
    println!("addr diff via addr(): {}", p2.addr() - addr);
    let null = 0usize as *const u8;
    println!("null: {} {}", null.is_null(), std::ptr::null::<u8>() as usize);
    // pointer casts between types
    let word: u32 = black_box(0x0403_0201);
    let bp = &word as *const u32 as *const u8;
    let first = unsafe { *bp };
    println!("first byte (little endian) = {}", first);
    let mp = &word as *const u32 as *mut u32;
    println!("const->mut same addr: {}", mp as usize == &word as *const u32 as usize);
    // fn pointer casts
    let fp: fn(i32) -> i32 = if black_box(true) { add_one } else { times_two };
    let fp2: fn(i32) -> i32 = times_two;
    println!("fn ptr calls: {} {}", fp(10), fp2(10));
    let as_usize = fp as usize;
    println!("fn ptr nonzero: {} distinct: {}", as_usize != 0, fp as usize != fp2 as usize);
    let raw = fp2 as *const ();
    let restored: fn(i32) -> i32 = unsafe { std::mem::transmute::<*const (), fn(i32) -> i32>(raw) };
    println!("restored: {}", restored(21));
    let table: [fn(i32) -> i32; 2] = [add_one, times_two];
    let r: Vec<i32> = table.iter().map(|f| f(black_box(7))).collect();
    println!("table: {:?}", r);
    // closures without captures coerce to fn pointers
    let sq: fn(i32) -> i32 = |x| x * x;
    println!("closure as fn ptr: {}", sq(black_box(9)));
    // slice pointer metadata
    let sl: &[u16] = &[1, 2, 3, 4, 5];
    let raw_sl = sl as *const [u16];
    println!("slice ptr len = {}", raw_sl.len());
    let thin = raw_sl as *const u16;
    println!("thin read = {}", unsafe { *thin.add(4) });
}
