//! extern "C" functions defined in Rust: called directly, through fn pointers, via #[unsafe(no_mangle)] symbols re-declared in an extern block, and passed as callbacks with user data.
use std::ffi::{c_int, c_void};
use std::hint::black_box;

#[unsafe(no_mangle)]
pub extern "C" fn egret_test_add3(a: i32, b: i32, c: i32) -> i32 {
    a.wrapping_add(b).wrapping_add(c)
}

#[unsafe(no_mangle)]
pub extern "C" fn egret_test_scale(x: f64, k: f32) -> f64 {
    x * k as f64
}

#[unsafe(no_mangle)]
pub extern "C" fn egret_test_sum_array(p: *const i64, n: usize) -> i64 {
    let s = unsafe { std::slice::from_raw_parts(p, n) };
    s.iter().sum()
}

mod imported {
    // resolve the Rust-defined no_mangle symbols by name, as C code would
    unsafe extern "C" {
        pub fn egret_test_add3(a: i32, b: i32, c: i32) -> i32;
        pub fn egret_test_scale(x: f64, k: f32) -> f64;
        pub fn egret_test_sum_array(p: *const i64, n: usize) -> i64;
    }
}

extern "C" fn square(x: i32) -> i32 {
    x * x
}
extern "C" fn negate(x: i32) -> i32 {
    -x
}
extern "C" fn many_args(a: i8, b: u16, c: i32, d: u64, e: f32, f: f64, g: i64, h: u8, i: f64, j: i32) -> f64 {
    a as f64 + b as f64 + c as f64 + d as f64 + e as f64 + f + g as f64 + h as f64 + i + j as f64
}
extern "C" fn nine_floats(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64, g: f64, h: f64, i: f64, j: f32) -> f64 {
    a - b + c - d + e - f + g - h + i * 10.0 + j as f64 * 100.0
}

type Visitor = extern "C" fn(value: c_int, user: *mut c_void);

extern "C" fn for_each(values: *const c_int, n: usize, cb: Visitor, user: *mut c_void) {
    for i in 0..n {
        cb(unsafe { *values.add(i) }, user);
    }
}

extern "C" fn collect_cb(value: c_int, user: *mut c_void) {
    let v = unsafe { &mut *(user as *mut Vec<c_int>) };
    v.push(value * 2);
}

extern "C" fn sum_cb(value: c_int, user: *mut c_void) {
    let s = unsafe { &mut *(user as *mut i64) };
    *s += value as i64;
}

extern "C" fn apply(f: extern "C" fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

extern "C" fn pick(which: bool) -> extern "C" fn(i32) -> i32 {
    if which { square } else { negate }
}

extern "C" fn returns_bool(x: i32) -> bool {
    x > 10
}

fn main() {
    unsafe {
        println!("no_mangle via extern: add3={} scale={} sum={}", imported::egret_test_add3(black_box(1), 2, 3), imported::egret_test_scale(black_box(2.5), 4.0), imported::egret_test_sum_array([10i64, 20, 30, -5].as_ptr(), 4));
    }
    println!("no_mangle direct: add3={} wrap={}", egret_test_add3(black_box(i32::MAX), 1, 1), egret_test_scale(1.0, black_box(0.1)));
    let fp: extern "C" fn(i32, i32, i32) -> i32 = egret_test_add3;
    println!("via pointer: {}", fp(black_box(100), 20, 3));
    let fns: [extern "C" fn(i32) -> i32; 2] = [square, negate];
    for f in fns {
        print!("{} ", apply(f, black_box(-7)));
    }
    println!();
    println!("pick: {} {}", pick(black_box(true))(9), pick(black_box(false))(9));
    let m: extern "C" fn(i8, u16, i32, u64, f32, f64, i64, u8, f64, i32) -> f64 = many_args;
    println!("many_args: {}", m(black_box(-1), 2, -3, 4, 0.5, 0.25, -7, 255, 1e3, -1000));
    let nf: extern "C" fn(f64, f64, f64, f64, f64, f64, f64, f64, f64, f32) -> f64 = nine_floats;
    println!("nine_floats: {}", nf(black_box(1.0), 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5));
    let values: Vec<c_int> = black_box(vec![3, -1, 4, 1, -5, 9]);
    let mut collected: Vec<c_int> = Vec::new();
    for_each(values.as_ptr(), values.len(), collect_cb, (&mut collected as *mut Vec<c_int>).cast());
    let mut total: i64 = 0;
    let fe: extern "C" fn(*const c_int, usize, Visitor, *mut c_void) = for_each;
    fe(values.as_ptr(), values.len(), sum_cb, (&mut total as *mut i64).cast());
    println!("callbacks: collected {:?} total {}", collected, total);
    let rb: extern "C" fn(i32) -> bool = returns_bool;
    println!("bool returns: {} {}", rb(black_box(11)), rb(black_box(10)));
    // Option<extern fn> uses the null niche
    let maybe: Option<extern "C" fn(i32) -> i32> = if black_box(true) { Some(square) } else { None };
    println!("option fn: {:?} size {}", maybe.map(|f| f(12)), std::mem::size_of::<Option<extern "C" fn(i32) -> i32>>());
    // unsafe extern "C" fn pointers
    unsafe extern "C" fn deref_add(p: *const i32, k: i32) -> i32 {
        unsafe { *p + k }
    }
    let ud: unsafe extern "C" fn(*const i32, i32) -> i32 = deref_add;
    let val = black_box(40);
    println!("unsafe extern fn ptr: {}", unsafe { ud(&val, 2) });
}
