//! `#[track_caller]` helpers that panic report their caller's location: through chains of
//! tracked functions, tracked trait methods (direct and through `dyn`), generic tracked
//! functions, tracked functions used as function pointers, and std's own tracked methods.
//! A hook prints file:line:col for every panic.
use std::panic::{self, Location};

#[track_caller]
fn require(cond: bool, what: &str) {
    if !cond {
        panic!("requirement failed: {what}");
    }
}

#[track_caller]
fn require_positive(n: i32) -> i32 {
    require(n > 0, "positive");
    n
}

#[track_caller]
fn require_small<T: Into<i64> + Copy>(n: T) -> T {
    let wide: i64 = n.into();
    require(wide < 100, "small");
    n
}

fn untracked_wrapper(n: i32) -> i32 {
    require_positive(n)
}

#[track_caller]
fn where_am_i() -> String {
    let l = Location::caller();
    format!("{}:{}", l.line(), l.column())
}

trait Validator {
    #[track_caller]
    fn validate(&self, n: u32) -> u32;
}
struct Even;
impl Validator for Even {
    #[track_caller]
    fn validate(&self, n: u32) -> u32 {
        if n % 2 != 0 {
            panic!("{n} is odd (reported at {})", where_am_i());
        }
        n
    }
}

struct Stack<T> {
    items: Vec<T>,
}
impl<T: std::fmt::Debug> Stack<T> {
    #[track_caller]
    fn pop_expect(&mut self) -> T {
        match self.items.pop() {
            Some(v) => v,
            None => panic!("pop from an empty stack"),
        }
    }
}

fn run(label: &str, f: impl FnOnce()) {
    let r = panic::catch_unwind(panic::AssertUnwindSafe(f));
    println!("{label}: {}", if r.is_ok() { "ok" } else { "panicked" });
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let l = info.location().unwrap();
        let file = l.file().rsplit('/').next().unwrap();
        let msg = info.payload().downcast_ref::<String>().cloned().unwrap_or_else(|| {
            info.payload().downcast_ref::<&str>().map(|s| s.to_string()).unwrap_or_default()
        });
        println!("  at {file}:{}:{} -> {msg}", l.line(), l.column());
    }));
    println!("where_am_i called from {}", where_am_i());
    run("direct", || {
        require(std::hint::black_box(false), "direct call");
    });
    run("chain of two tracked", || {
        require_positive(std::hint::black_box(-4));
    });
    run("through an untracked wrapper", || {
        untracked_wrapper(std::hint::black_box(0));
    });
    run("generic u8 ok", || {
        require_small(std::hint::black_box(7u8));
    });
    run("generic i32", || {
        require_small(std::hint::black_box(500i32));
    });
    run("trait method direct", || {
        Even.validate(std::hint::black_box(3));
    });
    run("trait method through dyn", || {
        let v: &dyn Validator = &Even;
        v.validate(std::hint::black_box(5));
    });
    run("generic method", || {
        let mut s = Stack { items: vec!['x'] };
        s.pop_expect();
        s.pop_expect();
    });
    run("function pointer", || {
        let f: fn(i32) -> i32 = require_positive;
        f(std::hint::black_box(-1));
    });
    run("closure calling tracked", || {
        let check = |n: i32| require_positive(n);
        check(std::hint::black_box(-9));
    });
    run("std unwrap", || {
        std::hint::black_box(None::<i32>).unwrap();
    });
    run("std expect on Err", || {
        std::hint::black_box(Err::<(), u8>(3)).expect("expected success");
    });
    run("std index", || {
        let v = vec![1, 2];
        let _ = v[std::hint::black_box(2)];
    });
    run("std RefCell", || {
        let c = std::cell::RefCell::new(0);
        let _a = c.borrow_mut();
        let _b = c.borrow_mut();
    });
}
