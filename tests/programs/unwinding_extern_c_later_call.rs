//! A panic that reaches an `extern "C"` function aborts the process whichever of its calls it
//! comes out of: egret gives the function one terminate pad, reached by its first call that may
//! unwind through an exception edge and by the later ones through the LSDA only. Here the
//! third call panics; the `extern "C"` frame has nothing to drop, so each call's unwind edge
//! goes straight to the terminate pad.
use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};

static FIRST_SEEN: AtomicBool = AtomicBool::new(false);

struct Local(&'static str);
impl Drop for Local {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[inline(never)]
fn step(name: &str, n: u32, limit: u32) -> u32 {
    if n > limit {
        panic!("{name} got {n}");
    }
    println!("{name} ok with {n}");
    n + 1
}

extern "C" fn boundary(n: u32) -> u32 {
    let a = step("first", n, 100);
    let b = step("second", a, 100);
    step("third", b, 3)
}

fn main() {
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if FIRST_SEEN.swap(true, Ordering::SeqCst) {
            let msg = info.payload().downcast_ref::<&str>().copied().unwrap_or("?");
            eprintln!("second panic: {msg}");
        } else {
            default_hook(info);
        }
    }));
    let f: extern "C" fn(u32) -> u32 = boundary;
    println!("f(0) = {}", f(std::hint::black_box(0)));
    let r = panic::catch_unwind(|| {
        let _l = Local("inside catch_unwind");
        f(std::hint::black_box(2))
    });
    println!("never printed: {r:?}");
}
