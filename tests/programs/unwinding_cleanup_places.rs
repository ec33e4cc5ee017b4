//! Cleanup code that reaches every kind of place a function keeps: an argument passed by
//! pointer (owned by the callee), an over-aligned local, a zero-sized value with a destructor,
//! the pieces of a value returned through a hidden pointer, drop flags tested in cleanup, and a
//! function with many distinct cleanup paths. Each panic must drop exactly what is still owned.
#![allow(dead_code)]
use std::hint::black_box;
use std::panic;

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

/// Big enough to be passed by pointer.
struct Big {
    name: Loud,
    pad: [u64; 8],
}

#[repr(align(64))]
struct Aligned {
    inner: Loud,
    bytes: [u8; 40],
}

struct Quiet;
impl Drop for Quiet {
    fn drop(&mut self) {
        println!("drop zero-sized");
    }
}

fn fail(step: u32, at: u32) {
    if black_box(step) == black_box(at) {
        panic!("step {step}");
    }
}

#[inline(never)]
fn takes_big(big: Big, extra: Loud, at: u32) -> u64 {
    fail(1, at);
    let sum: u64 = big.pad.iter().sum();
    fail(2, at);
    drop(extra);
    fail(3, at);
    sum + big.name.0.len() as u64
}

#[inline(never)]
fn aligned_and_empty(at: u32) -> usize {
    let a = Aligned { inner: Loud("aligned"), bytes: [7; 40] };
    fail(1, at);
    let q = Quiet;
    fail(2, at);
    let addr = &a as *const Aligned as usize;
    drop(q);
    fail(3, at);
    addr % 64 + a.bytes[3] as usize
}

#[inline(never)]
fn returned_by_pointer(at: u32) -> (Loud, Loud, [u64; 6]) {
    let first = Loud("first half");
    fail(1, at);
    let second = Loud("second half");
    fail(2, at);
    (first, second, [1, 2, 3, 4, 5, 6])
}

#[inline(never)]
fn flags(take_a: bool, take_b: bool, at: u32) {
    let a = Loud("flag a");
    let b = Loud("flag b");
    let c = Loud("flag c");
    if black_box(take_a) {
        drop(a);
    }
    fail(1, at);
    if black_box(take_b) {
        drop(b);
    }
    fail(2, at);
    drop(c);
    fail(3, at);
}

#[inline(never)]
fn many_paths(at: u32) {
    let a = Loud("path a");
    fail(1, at);
    let b = Loud("path b");
    fail(2, at);
    {
        let c = Loud("path c");
        fail(3, at);
        let d = Loud("path d");
        fail(4, at);
        drop(c);
        fail(5, at);
        drop(d);
    }
    let e = Loud("path e");
    fail(6, at);
    let f = (Loud("path f0"), Loud("path f1"));
    fail(7, at);
    drop(b);
    fail(8, at);
    let (f0, _) = f;
    fail(9, at);
    drop(f0);
    fail(10, at);
    drop(e);
    drop(a);
}

fn run(label: &str, body: impl FnOnce() + panic::UnwindSafe) {
    let outcome = panic::catch_unwind(body);
    println!("{label}: {}", if outcome.is_err() { "panicked" } else { "returned" });
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let message = info.payload().downcast_ref::<String>().cloned().unwrap_or_default();
        println!("panic: {message}");
    }));
    for at in 0..=3 {
        run(&format!("big {at}"), move || {
            let big = Big { name: Loud("big"), pad: [at as u64; 8] };
            println!("sum {}", takes_big(big, Loud("extra"), at));
        });
        run(&format!("aligned {at}"), move || println!("aligned {}", aligned_and_empty(at)));
    }
    for at in 0..=2 {
        run(&format!("returned {at}"), move || {
            let (x, y, rest) = returned_by_pointer(at);
            println!("got {} {} {}", x.0, y.0, rest.iter().sum::<u64>());
        });
    }
    for mask in 0..4u32 {
        for at in 0..=3 {
            run(&format!("flags {mask} {at}"), move || flags(mask & 1 != 0, mask & 2 != 0, at));
        }
    }
    for at in 0..=10 {
        run(&format!("paths {at}"), move || many_paths(at));
    }
}
