//! Panic payloads of many types: `panic_any` and `resume_unwind` with user structs, enums,
//! integers and boxes; downcasting with `downcast`, `downcast_ref` and `is`; a payload with a
//! destructor is dropped exactly once, when the catcher lets go of it.
#![allow(dead_code)]
use std::any::Any;
use std::panic;

#[derive(Debug, PartialEq)]
struct ErrorCode {
    code: i32,
    reason: String,
}

#[derive(Debug)]
enum Failure {
    Timeout(u64),
    Refused { port: u16 },
}

struct Droppy(&'static str);
impl Drop for Droppy {
    fn drop(&mut self) {
        println!("payload Droppy({}) dropped", self.0);
    }
}

fn classify(p: Box<dyn Any + Send>) -> String {
    if p.is::<&'static str>() {
        return format!("&str: {}", p.downcast_ref::<&str>().unwrap());
    }
    let p = match p.downcast::<String>() {
        Ok(s) => return format!("String: {s} (len {})", s.len()),
        Err(p) => p,
    };
    let p = match p.downcast::<ErrorCode>() {
        Ok(e) => return format!("ErrorCode {} / {}", e.code, e.reason),
        Err(p) => p,
    };
    if let Some(f) = p.downcast_ref::<Failure>() {
        return format!("Failure {f:?}");
    }
    if let Some(n) = p.downcast_ref::<u64>() {
        return format!("u64 {n}");
    }
    if let Some(d) = p.downcast_ref::<Droppy>() {
        return format!("Droppy {}", d.0);
    }
    if let Some(b) = p.downcast_ref::<Box<i32>>() {
        return format!("Box<i32> {b}");
    }
    if p.is::<()>() {
        return "unit".to_string();
    }
    "unrecognised".to_string()
}

fn thrower(which: u32) {
    match std::hint::black_box(which) {
        0 => panic!("plain literal"),
        1 => panic!("formatted {}", which * 11),
        2 => panic::panic_any(ErrorCode { code: -3, reason: "bad input".into() }),
        3 => panic::panic_any(Failure::Timeout(250)),
        4 => panic::resume_unwind(Box::new(Failure::Refused { port: 8080 })),
        5 => panic::panic_any(77u64),
        6 => panic::resume_unwind(Box::new(Droppy("resumed"))),
        7 => panic::panic_any(Box::new(5i32)),
        8 => panic::resume_unwind(Box::new(())),
        9 => panic::panic_any(1.5f32),
        10 => panic::panic_any(String::from("owned via panic_any")),
        _ => {}
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let p = info.payload();
        let kind = if p.is::<&str>() {
            "str"
        } else if p.is::<String>() {
            "string"
        } else {
            "custom"
        };
        println!("hook sees a {kind} payload");
    }));
    for which in 0..12 {
        match panic::catch_unwind(|| thrower(which)) {
            Ok(()) => println!("{which}: no panic"),
            Err(p) => println!("{which}: {}", classify(p)),
        }
    }

    let kept = panic::catch_unwind(|| panic::panic_any(Droppy("kept for a while"))).unwrap_err();
    println!("holding the payload");
    let again = panic::catch_unwind(panic::AssertUnwindSafe(|| panic::resume_unwind(kept))).unwrap_err();
    println!("rethrown and caught again: {}", again.is::<Droppy>());
    drop(again);
    println!("after dropping the payload");

    let e = panic::catch_unwind(|| panic::panic_any(ErrorCode { code: 9, reason: "nine".into() })).unwrap_err();
    let code = e.downcast::<ErrorCode>().unwrap();
    println!("equal: {}", *code == ErrorCode { code: 9, reason: "nine".into() });
}
