//! `extern "C-unwind"` callbacks: a Rust callback with the C-unwind ABI, passed as a function
//! pointer (with a `*mut c_void` context) to an `extern "C-unwind"` driver, panics; the panic
//! crosses both C-unwind frames, drops their locals, and is caught further up. An `extern "C"`
//! entry point that catches panics itself and returns an error code is shown too.
use std::ffi::c_void;
use std::panic;

struct Scope(&'static str);
impl Drop for Scope {
    fn drop(&mut self) {
        println!("  exit {}", self.0);
    }
}

type Callback = extern "C-unwind" fn(value: i32, ctx: *mut c_void) -> i32;

struct Totals {
    sum: i64,
    calls: u32,
}

extern "C-unwind" fn accumulate(value: i32, ctx: *mut c_void) -> i32 {
    let _s = Scope("accumulate");
    let totals = unsafe { &mut *(ctx as *mut Totals) };
    totals.calls += 1;
    if value < 0 {
        panic!("negative value {value} after {} calls", totals.calls);
    }
    totals.sum += value as i64;
    0
}

extern "C-unwind" fn strict(value: i32, _ctx: *mut c_void) -> i32 {
    let _s = Scope("strict");
    if value % 3 == 0 {
        std::panic::panic_any(value);
    }
    1
}

extern "C-unwind" fn for_each(values: *const i32, len: usize, cb: Callback, ctx: *mut c_void) -> i32 {
    let _s = Scope("for_each driver");
    let items = unsafe { std::slice::from_raw_parts(values, len) };
    let mut flags = 0;
    for &v in items {
        flags += cb(v, ctx);
    }
    flags
}

unsafe extern "C-unwind" fn nested_driver(cb: Callback, ctx: *mut c_void) -> i32 {
    let _s = Scope("nested_driver");
    let data = [4, 5, 6];
    let driver: extern "C-unwind" fn(*const i32, usize, Callback, *mut c_void) -> i32 = for_each;
    driver(data.as_ptr(), data.len(), cb, ctx)
}

extern "C" fn safe_entry(value: i32) -> i32 {
    let _s = Scope("safe_entry");
    let r = panic::catch_unwind(|| {
        let mut totals = Totals { sum: 0, calls: 0 };
        let data = [value, value - 10];
        for_each(data.as_ptr(), data.len(), accumulate, &mut totals as *mut Totals as *mut c_void);
        totals.sum as i32
    });
    match r {
        Ok(sum) => sum,
        Err(_) => -1,
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let l = info.location().unwrap();
        println!("  [panic at line {}]", l.line());
    }));

    let mut totals = Totals { sum: 0, calls: 0 };
    let ctx = &mut totals as *mut Totals as *mut c_void;
    let good = [1, 2, 3];
    println!("all good: {:?}", panic::catch_unwind(|| for_each(good.as_ptr(), good.len(), accumulate, ctx)));
    println!("sum {} after {} calls", totals.sum, totals.calls);

    let bad = [10, 20, -5, 30];
    let ctx = &mut totals as *mut Totals as *mut c_void;
    let r = panic::catch_unwind(|| for_each(bad.as_ptr(), bad.len(), accumulate, ctx));
    println!("with a negative: {:?}", r.map_err(|p| p.downcast::<String>().map(|s| *s).unwrap_or_default()));
    println!("sum {} after {} calls", totals.sum, totals.calls);

    let r = panic::catch_unwind(|| unsafe { nested_driver(strict, std::ptr::null_mut()) });
    println!("nested: {:?}", r.map_err(|p| p.downcast_ref::<i32>().copied()));

    let callbacks: [(&str, Callback); 2] = [("accumulate", accumulate), ("strict", strict)];
    for (name, cb) in callbacks {
        let mut t = Totals { sum: 0, calls: 0 };
        let vals = [7, 8];
        let ctx = &mut t as *mut Totals as *mut c_void;
        let r = panic::catch_unwind(|| for_each(vals.as_ptr(), vals.len(), cb, ctx));
        println!("table {name}: {:?}", r.is_ok());
    }

    println!("safe_entry(50) = {}", safe_entry(50));
    println!("safe_entry(5) = {}", safe_entry(5));
}
