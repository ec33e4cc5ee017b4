//! f16 through every argument and return position: Rust ABI and `extern "C"` (SysV passes
//! `_Float16` in xmm registers, spilling to the stack past the eighth), mixed with integers and
//! other floats, in tuples, repr(C) structs and enums, through function pointers, closures,
//! trait objects and generics; NaN payloads must survive every move unchanged.
#![feature(f16, f128)]
use std::hint::black_box;

fn b(x: f16) -> u16 {
    x.to_bits()
}

#[inline(never)]
fn rust_many(a: f16, b_: f16, c: f16, d: f16, e: f16, f: f16, g: f16, h: f16, i: f16, j: f16, k: f16) -> f16 {
    let all = [a, b_, c, d, e, f, g, h, i, j, k];
    println!("rust_many {:04x?}", all.map(b));
    k
}

#[inline(never)]
extern "C" fn c_many(a: f16, n: i32, b_: f16, x: f64, c: f16, d: f16, y: f32, e: f16, f: f16, g: f16, h: f16, i: f16, m: u8, j: f16) -> f16 {
    println!("c_many {:04x?} {n} {x} {y} {m}", [a, b_, c, d, e, f, g, h, i, j].map(b));
    j
}

#[inline(never)]
extern "C" fn c_ret_nan() -> f16 {
    f16::from_bits(black_box(0x7d55))
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct One {
    a: f16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct Two {
    a: f16,
    b: f16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct Mixed {
    a: f16,
    n: u16,
    c: f32,
    d: f16,
}

#[repr(C)]
#[derive(Clone, Copy, Debug)]
struct Four {
    a: [f16; 4],
    z: f64,
}

#[inline(never)]
extern "C" fn c_structs(one: One, two: Two, mixed: Mixed, four: Four) -> Two {
    println!(
        "c_structs {:04x} {:04x} {:04x} {:04x} {} {} {:04x} {:04x?} {}",
        b(one.a), b(two.a), b(two.b), b(mixed.a), mixed.n, mixed.c, b(mixed.d), four.a.map(b), four.z
    );
    Two { a: two.b, b: one.a }
}

#[inline(never)]
extern "C" fn c_ret_one(x: f16) -> One {
    One { a: -x }
}

#[inline(never)]
extern "C" fn c_ret_mixed(x: f16) -> Mixed {
    Mixed { a: x, n: 7, c: 1.5, d: -x }
}

#[inline(never)]
fn rust_pair(x: f16, y: f16) -> (f16, f16) {
    (y, x)
}

#[inline(never)]
fn rust_mixed_pair(x: f16, n: u32) -> (u32, f16) {
    (n + 1, x)
}

#[inline(never)]
fn rust_option(x: Option<f16>) -> Option<f16> {
    x.map(|v| -v)
}

#[derive(Debug, Clone, Copy)]
enum E {
    Half(f16),
    Quad(f128),
    Both(f16, u8),
}

#[inline(never)]
fn rust_enum(e: E) -> E {
    match e {
        E::Half(h) => E::Both(h, 1),
        E::Quad(q) => E::Half(q as f16),
        E::Both(h, n) => E::Quad(h as f128 + n as f128),
    }
}

fn describe(e: E) -> String {
    match e {
        E::Half(h) => format!("Half({:04x})", b(h)),
        E::Quad(q) => format!("Quad({:032x})", q.to_bits()),
        E::Both(h, n) => format!("Both({:04x}, {n})", b(h)),
    }
}

trait Op {
    fn apply(&self, x: f16, y: f16) -> f16;
}

struct Scale(f16);
impl Op for Scale {
    fn apply(&self, x: f16, y: f16) -> f16 {
        x * self.0 + y
    }
}

#[inline(never)]
fn generic<T: Copy + std::ops::Add<Output = T>>(x: T, y: T) -> (T, T) {
    (x + y, y)
}

fn main() {
    let v: Vec<f16> = (0..11u16).map(|i| f16::from_bits(black_box(0x3c00 + i * 0x123))).collect();
    let r = rust_many(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    println!("-> {:04x}", b(r));
    let nan = f16::from_bits(black_box(0xfd01));
    let r = c_many(v[0], -5, v[1], 2.5, v[2], v[3], 0.25, v[4], v[5], v[6], v[7], v[8], 200, nan);
    println!("-> {:04x}", b(r));
    println!("c_ret_nan {:04x}", b(c_ret_nan()));

    let one = One { a: v[3] };
    let two = Two { a: v[4], b: nan };
    let mixed = Mixed { a: v[5], n: 65535, c: -3.75, d: v[6] };
    let four = Four { a: [v[7], v[8], nan, v[9]], z: 1e300 };
    let t = c_structs(one, two, mixed, four);
    println!("-> {:04x} {:04x}", b(t.a), b(t.b));
    println!("c_ret_one {:04x}", b(c_ret_one(nan).a));
    let m = c_ret_mixed(v[10]);
    println!("c_ret_mixed {:04x} {} {} {:04x}", b(m.a), m.n, m.c, b(m.d));

    let (p, q) = rust_pair(v[1], nan);
    println!("pair {:04x} {:04x}", b(p), b(q));
    let (n, h) = rust_mixed_pair(nan, 41);
    println!("mixed pair {n} {:04x}", b(h));
    println!("option {:?} {:?}", rust_option(Some(v[2])).map(b), rust_option(None).map(b));
    for e in [E::Half(nan), E::Quad(1.0e-3), E::Both(v[3], 9)] {
        println!("enum {} -> {}", describe(e), describe(rust_enum(black_box(e))));
    }

    // Function pointers, closures, trait objects, generics.
    let fp: extern "C" fn(f16) -> One = black_box(c_ret_one);
    println!("fn ptr {:04x}", b(fp(v[0]).a));
    let rp: fn(f16, f16) -> (f16, f16) = black_box(rust_pair);
    let (x, y) = rp(v[5], v[6]);
    println!("rust fn ptr {:04x} {:04x}", b(x), b(y));
    let k = black_box(f16::from_bits(0x4100));
    let add_k = move |x: f16| x + k;
    let boxed: Box<dyn Fn(f16) -> f16> = Box::new(add_k);
    println!("closure {:04x} boxed {:04x}", b(add_k(v[1])), b(boxed(v[2])));
    let op: &dyn Op = &Scale(black_box(f16::from_bits(0xc000)));
    println!("dyn {:04x}", b(op.apply(v[3], v[4])));
    let (s, t) = generic(v[4], v[5]);
    let (s2, t2) = generic(1.5f128, -0.25f128);
    println!("generic {:04x} {:04x} {:032x} {:032x}", b(s), b(t), s2.to_bits(), t2.to_bits());

    // In memory: arrays, slices, boxes and copies keep the exact bits.
    let arr = [nan, f16::from_bits(0x7c01), f16::from_bits(0x8001), -f16::INFINITY];
    let boxed = Box::new(arr);
    let copied: Vec<u16> = boxed.iter().map(|&x| b(x)).collect();
    println!("memory {:04x?}", copied);
    let mut swapped = arr;
    swapped.swap(0, 3);
    swapped.reverse();
    println!("swapped {:04x?}", swapped.map(b));
}
