//! A destructor that panics while a panic is already unwinding aborts the process with std's
//! "panic in a destructor during cleanup" message, even with frames (and a `catch_unwind`)
//! further up. Before that, a drop panic outside of unwinding is caught normally.
use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

struct Mine {
    id: u32,
    armed: bool,
}
impl Drop for Mine {
    fn drop(&mut self) {
        let unwinding = std::thread::panicking();
        println!("mine {} dropped (unwinding: {unwinding})", self.id);
        if self.armed {
            // The default hook prints a full backtrace, with addresses, for a panic that starts
            // while another is unwinding; describe that one ourselves.
            QUIET.store(unwinding, Ordering::SeqCst);
            panic!("mine {} went off", self.id);
        }
    }
}

fn descend(level: u32) {
    let _row = vec![Mine { id: level * 10, armed: false }, Mine { id: level * 10 + 1, armed: level == 2 }];
    if level == 4 {
        panic!("bottom of the descent");
    }
    descend(level + 1);
    println!("not reached at {level}");
}

fn main() {
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let from_here = info.location().is_some_and(|l| l.file() == file!());
        if from_here && QUIET.load(Ordering::SeqCst) {
            let l = info.location().unwrap();
            let msg = info.payload().downcast_ref::<String>().map_or("?", |s| s.as_str());
            eprintln!("nested panic at {}:{}:{}: {msg}", l.file(), l.line(), l.column());
        } else {
            default_hook(info);
        }
    }));

    let calm = panic::catch_unwind(|| {
        let _m = Mine { id: 1, armed: true };
    });
    println!("calm drop panic caught: {}", calm.is_err());

    let r = panic::catch_unwind(|| descend(1));
    println!("never printed: {}", r.is_err());
}
