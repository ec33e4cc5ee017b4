//! Unwinding through `extern "C-unwind"` functions and function pointers, and a panic escaping
//! an `extern "C"` function, which aborts ("panic in a function that cannot unwind").
use std::panic;

struct Note(&'static str);
impl Drop for Note {
    fn drop(&mut self) {
        println!("note {}", self.0);
    }
}

extern "C-unwind" fn may_panic(x: i32) -> i32 {
    let _n = Note("inside C-unwind");
    if x < 0 {
        panic!("negative {x}");
    }
    x * 2
}

extern "C" fn must_not_panic(x: i32) -> i32 {
    if x == 13 {
        panic!("unlucky");
    }
    x
}

fn main() {
    // A custom hook: the default one prints a full backtrace (with addresses) for panics that
    // cannot unwind, which no two runs print alike.
    panic::set_hook(Box::new(|info| {
        let message = info.payload().downcast_ref::<String>().cloned().or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()));
        eprintln!("panic: {}", message.unwrap_or_default());
    }));
    let f: extern "C-unwind" fn(i32) -> i32 = may_panic;
    println!("{:?}", panic::catch_unwind(|| f(std::hint::black_box(21))));
    println!("{:?}", panic::catch_unwind(|| f(std::hint::black_box(-1))).is_err());
    println!("{}", must_not_panic(std::hint::black_box(12)));
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    must_not_panic(std::hint::black_box(13));
}
