//! Layers of `catch_unwind`: an inner catch hides the panic from the outer one, a payload is
//! rethrown outward with `resume_unwind`, catch_unwind hands back values of several types,
//! `AssertUnwindSafe` lets closures mutate captured state, and a destructor running during
//! unwinding catches a panic of its own.
use std::any::Any;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

fn text(p: &(dyn Any + Send)) -> String {
    match (p.downcast_ref::<&'static str>(), p.downcast_ref::<String>()) {
        (Some(s), _) => format!("&str {s:?}"),
        (_, Some(s)) => format!("String {s:?}"),
        _ => "other payload".to_string(),
    }
}

struct Marker(&'static str);
impl Drop for Marker {
    fn drop(&mut self) {
        println!("drop marker {}", self.0);
    }
}

struct Careful(u32);
impl Drop for Careful {
    fn drop(&mut self) {
        println!("careful {} dropping, already panicking: {}", self.0, std::thread::panicking());
        let inner = panic::catch_unwind(|| {
            let _m = Marker("inside careful drop");
            panic!("panic inside drop of careful {}", std::hint::black_box(7));
        });
        println!("careful drop caught its own: {}", text(&*inner.unwrap_err()));
    }
}

fn level(depth: u32, rethrow_at: u32) -> u32 {
    let _m = Marker(["level 0", "level 1", "level 2", "level 3"][depth as usize]);
    if depth == 3 {
        panic!("bottom reached");
    }
    let r = panic::catch_unwind(|| level(depth + 1, rethrow_at));
    match r {
        Ok(v) => v + 1,
        Err(p) if depth >= rethrow_at => {
            println!("level {depth} rethrows {}", text(&*p));
            panic::resume_unwind(p)
        }
        Err(p) => {
            println!("level {depth} swallows {}", text(&*p));
            100 * depth
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    let outer = panic::catch_unwind(|| {
        let inner = panic::catch_unwind(|| -> u8 { panic!("only the inner sees this") });
        println!("inner result is_err: {}", inner.is_err());
        "outer body finished"
    });
    println!("outer: {outer:?}");

    for rethrow_at in [3, 2, 1, 0] {
        let r = panic::catch_unwind(|| level(0, rethrow_at));
        println!("rethrow_at {rethrow_at}: {:?}", r.map_err(|p| text(&*p)));
    }

    let as_tuple = panic::catch_unwind(|| (1u8, "two", 3.5f64));
    let as_string = panic::catch_unwind(|| format!("{}-{}", "built", 42));
    let as_vec = panic::catch_unwind(|| vec![Some(1), None, Some(3)]);
    let as_unit = panic::catch_unwind(|| ());
    let as_result: Result<Result<i32, String>, _> = panic::catch_unwind(|| Err("inner error".to_string()));
    println!("{as_tuple:?} {as_string:?} {as_vec:?} {as_unit:?} {as_result:?}");

    let mut log = Vec::new();
    let counter = Cell::new(0);
    for i in 0..4u32 {
        let r = panic::catch_unwind(AssertUnwindSafe(|| {
            log.push(format!("start {i}"));
            counter.set(counter.get() + 1);
            if i == 1 || i == 3 {
                panic!("attempt {i} failed");
            }
            log.push(format!("end {i}"));
            i * i
        }));
        println!("attempt {i}: {:?}", r.map_err(|p| text(&*p)));
    }
    println!("log {log:?}, counter {}", counter.get());

    let r = panic::catch_unwind(|| {
        let _c = Careful(1);
        let _m = Marker("before careful in the frame");
        panic!("outer panic while careful is alive");
    });
    println!("after careful: {:?}", r.map_err(|p| text(&*p)));
    let r = panic::catch_unwind(|| {
        let _c = Careful(2);
    });
    println!("careful without unwinding: {r:?}");
}
