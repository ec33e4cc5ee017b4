//! A panic that reaches the boundary of an `extern "C"` function (not "C-unwind") cannot leave
//! it: the function's own locals are dropped, then the process aborts with std's "panic in a
//! function that cannot unwind" message, even though a `catch_unwind` waits further up.
//! The panic starts two Rust frames below the `extern "C"` function, which is called through
//! a function pointer.
use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};

static FIRST_SEEN: AtomicBool = AtomicBool::new(false);

struct Local(&'static str);
impl Drop for Local {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn deepest(n: u32) -> u32 {
    let _l = Local("deepest");
    if n > 2 {
        panic!("deepest got {n}");
    }
    n
}

fn middle(n: u32) -> u32 {
    let _l = Local("middle");
    deepest(n) + 1
}

extern "C" fn boundary(n: u32) -> u32 {
    let _l = Local("boundary (extern \"C\")");
    middle(n) * 10
}

fn main() {
    // The first panic goes to the default hook; the abort that follows it would print a full
    // backtrace with addresses there, so it is reported here instead, message included.
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
    println!("f(1) = {}", f(std::hint::black_box(1)));
    let r = panic::catch_unwind(|| {
        let _l = Local("inside catch_unwind");
        f(std::hint::black_box(5))
    });
    println!("never printed: {r:?}");
}
