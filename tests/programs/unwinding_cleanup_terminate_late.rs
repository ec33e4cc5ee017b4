//! A destructor that panics while a panic unwinds aborts the process, also when it is not the
//! first drop of its function's cleanup: egret gives a function one terminate pad, reached by
//! the first such drop through an exception edge and by the later ones through the LSDA only.
//! Here the third of three drops in `scene`'s cleanup is the one that panics.
use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};

static NESTED: AtomicBool = AtomicBool::new(false);

struct Loud {
    id: u32,
    armed: bool,
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {} (unwinding: {})", self.id, std::thread::panicking());
        if self.armed && std::thread::panicking() {
            NESTED.store(true, Ordering::SeqCst);
            panic!("loud {} went off", self.id);
        }
    }
}

fn scene(which: u32) {
    let _a = Loud { id: 1, armed: which == 1 };
    let _b = Loud { id: 2, armed: which == 2 };
    let _c = Loud { id: 3, armed: which == 3 };
    if which > 0 {
        panic!("scene {which}");
    }
    println!("scene ends quietly");
}

fn main() {
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if NESTED.load(Ordering::SeqCst) {
            // The default hook would print a backtrace with addresses for this one.
            let msg = info.payload().downcast_ref::<String>().map_or("?", |s| s.as_str());
            eprintln!("nested panic: {msg}");
        } else {
            default_hook(info);
        }
    }));
    scene(0);
    let r = panic::catch_unwind(|| scene(1));
    println!("never printed: {}", r.is_err());
}
