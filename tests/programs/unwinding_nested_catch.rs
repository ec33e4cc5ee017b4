//! Nested `catch_unwind`, `resume_unwind` with custom payloads, and payload downcasting to
//! `&str`, `String` and a user type.
use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

#[derive(Debug)]
struct Custom {
    code: u32,
}

fn describe(payload: &Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("str: {s}")
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("String: {s}")
    } else if let Some(c) = payload.downcast_ref::<Custom>() {
        format!("Custom: {c:?}")
    } else {
        "unknown".to_string()
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let outer = panic::catch_unwind(|| {
        let inner = panic::catch_unwind(|| panic!("inner {}", 1));
        println!("inner caught: {}", describe(inner.as_ref().unwrap_err()));
        let literal = panic::catch_unwind(|| panic!("literal"));
        println!("literal caught: {}", describe(literal.as_ref().unwrap_err()));
        panic::resume_unwind(Box::new(Custom { code: std::hint::black_box(42) }));
    });
    println!("outer caught: {}", describe(outer.as_ref().unwrap_err()));
    let mut counter = 0;
    for i in 0..5 {
        let r = panic::catch_unwind(AssertUnwindSafe(|| {
            counter += 1;
            if i % 2 == 1 {
                panic!("odd {i}");
            }
            i * 10
        }));
        println!("{i}: {:?}", r.map_err(|e| describe(&e)));
    }
    println!("counter {counter}");
    let _ = panic::take_hook();
}
