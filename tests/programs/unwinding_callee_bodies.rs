// Calls whose landing pads egret leaves out when the callee's own body cannot unwind, next to
// callees that look small but can: an overflow check, an index, a generic drop, a function
// pointer, a closure, a nested `catch_unwind`. Every call here has a live value to drop if the
// callee unwinds, so a landing pad left out wrongly shows as a missing "drop" line.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static DROPS: Cell<u32> = const { Cell::new(0) };
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
        println!("drop {}", self.0);
    }
}

/// Panics when dropped with `armed` set.
struct Bomb(bool);

impl Drop for Bomb {
    fn drop(&mut self) {
        if self.0 {
            panic!("bomb went off");
        }
    }
}

// Bodies without a terminator that can unwind.
fn plain_sum(a: u32, b: u32) -> u32 {
    a.wrapping_add(b)
}

fn pick(flag: bool, a: &'static str, b: &'static str) -> &'static str {
    if flag { a } else { b }
}

fn caught(v: u32) -> u32 {
    panic::catch_unwind(|| if v > 2 { panic!("inner {v}") } else { v }).unwrap_or(99)
}

// Bodies that can unwind although they look as small.
#[inline(never)]
fn checked_add(a: u32, b: u32) -> u32 {
    a + b
}

fn index(v: &[u8], i: usize) -> u8 {
    v[i]
}

fn drop_generic<T>(value: T) {
    let _ = value;
}

fn through_pointer(f: fn(u32) -> u32, v: u32) -> u32 {
    f(v)
}

fn through_closure(f: impl FnOnce() -> u32) -> u32 {
    f()
}

fn parse_or_panic(s: &str) -> u32 {
    s.parse().unwrap()
}

fn explode(v: u32) -> u32 {
    if v > 1 { panic!("exploded at {v}") } else { v }
}

fn run(name: &str, f: impl FnOnce() -> u32) {
    let before = DROPS.with(|d| d.get());
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let dropped = DROPS.with(|d| d.get()) - before;
    match result {
        Ok(v) => println!("{name}: returned {v}, {dropped} drops"),
        Err(e) => {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            println!("{name}: panicked ({msg}), {dropped} drops");
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|info| println!("hook: {}", info.payload_as_str().unwrap_or("?"))));

    run("plain", || {
        let _a = Noisy("plain a");
        let x = plain_sum(u32::MAX, 2);
        let _b = Noisy("plain b");
        plain_sum(x, 1) + pick(x > 0, "yes", "no").len() as u32
    });
    run("caught", || {
        let _a = Noisy("caught a");
        caught(1) + caught(5)
    });
    run("overflow", || {
        let _a = Noisy("overflow a");
        let _b = Noisy("overflow b");
        checked_add(std::hint::black_box(u32::MAX), 1)
    });
    run("index", || {
        let _a = Noisy("index a");
        let v = vec![1u8, 2, 3];
        index(&v, std::hint::black_box(7)) as u32
    });
    run("generic drop", || {
        let _a = Noisy("generic a");
        drop_generic(7u32);
        drop_generic(Noisy("moved in"));
        drop_generic(Bomb(true));
        1
    });
    run("pointer", || {
        let _a = Noisy("pointer a");
        through_pointer(plain_sum_one, 1) + through_pointer(explode, 5)
    });
    run("closure", || {
        let _a = Noisy("closure a");
        let n = Noisy("captured");
        through_closure(move || {
            let _n = n;
            explode(9)
        })
    });
    run("parse", || {
        let _a = Noisy("parse a");
        parse_or_panic("12") + parse_or_panic("x")
    });
    let total = DROPS.with(|d| d.get());
    println!("total drops {total}");
}

fn plain_sum_one(v: u32) -> u32 {
    plain_sum(v, 1)
}
