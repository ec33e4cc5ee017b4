//! Custom panic hooks: a hook printing the payload and file:line:col of each panic, hooks
//! chained by wrapping the one returned by `take_hook`, a hook replaced mid-run, and the
//! default hook restored at the end (its stderr output must match too). Locations come from
//! closures, generic functions, macros and methods.
use std::panic::{self, PanicHookInfo};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

static SEEN: AtomicU32 = AtomicU32::new(0);

fn describe(info: &PanicHookInfo<'_>) -> String {
    let loc = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column())).unwrap_or_default();
    let msg = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "<non-string payload>".into());
    format!("{msg:?} at {loc}")
}

macro_rules! fail_with {
    ($($t:tt)*) => {
        panic!($($t)*)
    };
}

struct Meter {
    limit: u32,
}
impl Meter {
    fn read(&self, v: u32) -> u32 {
        if v > self.limit {
            fail_with!("reading {v} exceeds {}", self.limit);
        }
        v
    }
}

fn generic_check<T: PartialOrd + std::fmt::Debug>(a: T, b: T) {
    if a > b {
        panic!("{a:?} > {b:?}");
    }
}

fn trigger_all() {
    let cases: Vec<(&str, Box<dyn Fn()>)> = vec![
        ("closure", Box::new(|| panic!("from a closure"))),
        ("method via macro", Box::new(|| {
            Meter { limit: 3 }.read(std::hint::black_box(5));
        })),
        ("generic i64", Box::new(|| generic_check(9i64, 2))),
        ("generic str", Box::new(|| generic_check("pear", "apple"))),
        ("panic_any", Box::new(|| panic::panic_any(std::hint::black_box(17u8)))),
        ("unwrap", Box::new(|| {
            let empty: Option<u8> = std::hint::black_box(None);
            empty.unwrap();
        })),
    ];
    for (name, f) in &cases {
        let r = panic::catch_unwind(panic::AssertUnwindSafe(|| f()));
        println!("  {name}: caught {}", r.is_err());
    }
}

fn main() {
    println!("phase 1: a single custom hook");
    panic::set_hook(Box::new(|info| {
        SEEN.fetch_add(1, Ordering::Relaxed);
        println!("  hook1: {}", describe(info));
    }));
    trigger_all();

    println!("phase 2: a second hook wrapping the first");
    let first = panic::take_hook();
    let log = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log2 = Arc::clone(&log);
    panic::set_hook(Box::new(move |info| {
        let line = info.location().map_or(0, |l| l.line());
        println!("  hook2 (before) line {line}");
        first(info);
        log2.lock().unwrap().push(line);
    }));
    trigger_all();
    println!("  lines logged by hook2: {:?}", log.lock().unwrap());

    println!("phase 3: the hook is replaced by one that says nothing");
    panic::set_hook(Box::new(|_| {
        SEEN.fetch_add(1, Ordering::Relaxed);
    }));
    trigger_all();
    println!("hooks counted {} panics", SEEN.load(Ordering::Relaxed));

    println!("phase 4: back to the default hook");
    let _ = panic::take_hook();
    let r = panic::catch_unwind(|| generic_check(3u8, 1u8));
    println!("  default hook, caught {}", r.is_err());
    let r = panic::catch_unwind(|| Meter { limit: 0 }.read(std::hint::black_box(1)));
    println!("  default hook again, caught {}", r.is_err());
}
