//! f128 through every argument and return position: Rust ABI and `extern "C"` (SysV passes
//! `__float128` in xmm registers, on the 16-byte-aligned stack past the eighth), mixed with
//! integers, f16 and other floats, in tuples, repr(C) structs, enums and Options, through
//! function pointers, closures, trait objects and generics, with payload bits intact.
#![feature(f16, f128)]
use std::hint::black_box;

fn b(x: f128) -> u128 {
    x.to_bits()
}

#[inline(never)]
fn rust_many(a: f128, b_: f128, c: f128, d: f128, e: f128, f: f128, g: f128, h: f128, i: f128, j: f128) -> f128 {
    for x in [a, b_, c, d, e, f, g, h, i, j] {
        print!("{:x} ", b(x));
    }
    println!();
    j
}

#[inline(never)]
extern "C" fn c_many(a: f128, n: u8, b_: f128, x: f64, c: f128, h: f16, d: f128, e: f128, m: i64, f: f128, g: f128, y: f32, i: f128, j: f128) -> f128 {
    println!("c_many {:x} {n} {:x} {x} {:x} {:04x} {:x} {:x} {m} {:x} {:x} {y} {:x} {:x}", b(a), b(b_), b(c), h.to_bits(), b(d), b(e), b(f), b(g), b(i), b(j));
    a
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Wrap {
    q: f128,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct WithInt {
    n: u32,
    q: f128,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Two {
    a: f128,
    b: f128,
}

#[inline(never)]
extern "C" fn c_structs(w: Wrap, i: WithInt, t: Two) -> Two {
    println!("c_structs {:x} {} {:x} {:x} {:x}", b(w.q), i.n, b(i.q), b(t.a), b(t.b));
    Two { a: t.b, b: w.q }
}

#[inline(never)]
extern "C" fn c_ret_wrap(x: f128) -> Wrap {
    Wrap { q: -x }
}

#[inline(never)]
fn rust_pair(x: f128, n: u64) -> (u64, f128) {
    (n * 2, x)
}

#[inline(never)]
fn rust_option(x: Option<f128>) -> Option<f128> {
    x.map(|v| v * 2.0)
}

#[inline(never)]
fn rust_result(x: f128) -> Result<f128, f16> {
    if x.is_nan() { Err(x as f16) } else { Ok(-x) }
}

trait Op {
    fn apply(&self, x: f128) -> f128;
}

struct Offset(f128);
impl Op for Offset {
    fn apply(&self, x: f128) -> f128 {
        x + self.0
    }
}

#[inline(never)]
fn generic<T: Copy + std::ops::Mul<Output = T>>(x: T, y: T) -> [T; 2] {
    [x * y, x]
}

fn main() {
    let v: Vec<f128> = (0..10).map(|i| black_box(1.0f128 + i as f128 / 7.0)).collect();
    let nan = f128::from_bits(black_box(0x7fff_0000_0000_0000_0000_0000_0000_0abc));
    let r = rust_many(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], nan);
    println!("-> {:x}", b(r));
    let r = c_many(nan, 7, v[1], -2.5, v[2], f16::from_bits(0x7c01), v[3], v[4], -9, v[5], v[6], 0.5, v[7], v[8]);
    println!("-> {:x}", b(r));

    let t = c_structs(Wrap { q: v[9] }, WithInt { n: 77, q: nan }, Two { a: v[0], b: -v[1] });
    println!("-> {:x} {:x}", b(t.a), b(t.b));
    println!("c_ret_wrap {:x}", b(c_ret_wrap(nan).q));
    let (n, q) = rust_pair(v[2], 21);
    println!("pair {n} {:x}", b(q));
    println!("option {:x?} {:x?}", rust_option(Some(v[3])).map(b), rust_option(None).map(b));
    for x in [v[4], nan] {
        match rust_result(x) {
            Ok(y) => println!("ok {:x}", b(y)),
            Err(h) => println!("err {:04x}", h.to_bits()),
        }
    }

    let fp: extern "C" fn(f128) -> Wrap = black_box(c_ret_wrap);
    println!("fn ptr {:x}", b(fp(v[5]).q));
    let k = black_box(0.125f128);
    let closure = move |x: f128, y: f128| x * k - y;
    let boxed: Box<dyn Fn(f128) -> f128> = Box::new(move |x| closure(x, k));
    println!("closure {:x} boxed {:x}", b(closure(v[6], v[7])), b(boxed(v[8])));
    let op: &dyn Op = &Offset(black_box(-1.0));
    println!("dyn {:x}", b(op.apply(v[9])));
    let [p, q] = generic(v[1], v[2]);
    println!("generic {:x} {:x}", b(p), b(q));

    let arr = [nan, -0.0, f128::MIN_POSITIVE, f128::MAX];
    let boxed = Box::new(arr);
    println!("memory {:x?}", boxed.iter().map(|&x| b(x)).collect::<Vec<_>>());
    let mut sorted = [v[3], -v[1], v[9], f128::NEG_INFINITY];
    sorted.sort_by(|a, b| a.total_cmp(b));
    println!("sorted {:x?}", sorted.map(b));
}
