//! A `Drop` that panics when nothing is unwinding is caught like any panic; one that panics
//! while a panic is already unwinding aborts the process ("panic in a destructor during
//! cleanup"). The abort comes last.
use std::panic;

struct PanicsOnDrop(&'static str);
impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
        panic!("drop of {} panicked", self.0);
    }
}

fn main() {
    // A custom hook: the default one prints a full backtrace (with addresses) for the abort,
    // which no two runs print alike.
    panic::set_hook(Box::new(|info| {
        let message = info.payload().downcast_ref::<String>().cloned().or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()));
        eprintln!("panic: {}", message.unwrap_or_default());
    }));
    let r = panic::catch_unwind(|| {
        let _x = PanicsOnDrop("calm");
    });
    println!("caught drop panic: {}", r.is_err());
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    let _y = PanicsOnDrop("during unwinding");
    panic!("first panic");
}
