//! thread_local! with Cell and RefCell: per-thread state in main and spawned threads, const initializers, with_borrow_mut, destructors of TLS values.
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::thread;

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
    static NAME: RefCell<String> = RefCell::new(String::from("unset"));
    static LOG: RefCell<Vec<u32>> = RefCell::new(Vec::new());
    static DEPTH: Cell<i64> = Cell::new(100);
}

struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        // runs at thread exit; print goes to stdout from the exiting thread,
        // which has already been joined-ordered by main.
        println!("tls destructor for thread {}", self.0);
    }
}
thread_local! {
    static GUARD: RefCell<Option<Noisy>> = const { RefCell::new(None) };
}

fn bump(n: u32) -> u32 {
    COUNTER.with(|c| {
        c.set(c.get() + n);
        c.get()
    })
}

fn record(v: u32) {
    LOG.with_borrow_mut(|l| l.push(v));
}

fn recurse(n: i64) -> i64 {
    DEPTH.with(|d| d.set(d.get() - 1));
    if n == 0 { DEPTH.get() } else { recurse(n - 1) }
}

fn main() {
    for i in 1..=4 {
        bump(black_box(i));
    }
    NAME.with_borrow_mut(|n| *n = "main".to_string());
    record(1);
    record(2);
    println!("main: counter={} name={} log={:?}", COUNTER.get(), NAME.with_borrow(|n| n.clone()), LOG.with_borrow(|l| l.clone()));
    let mut results = Vec::new();
    for t in 0..3u32 {
        let h = thread::spawn(move || {
            // fresh per-thread values
            let start = COUNTER.get();
            let start_name = NAME.with_borrow(|n| n.clone());
            for k in 0..=t {
                bump(10 + k);
                record(t * 100 + k);
            }
            NAME.set(format!("worker{}", t));
            GUARD.with_borrow_mut(|g| *g = Some(Noisy(t)));
            let depth = recurse(black_box(5 + t as i64));
            (t, start, start_name, COUNTER.get(), NAME.with_borrow(|n| n.clone()), LOG.take(), depth)
        });
        // join immediately so TLS destructor output is ordered deterministically
        results.push(h.join().unwrap());
    }
    for r in &results {
        println!("thread {}: start_counter={} start_name={} counter={} name={} log={:?} depth={}", r.0, r.1, r.2, r.3, r.4, r.5, r.6);
    }
    println!("main unchanged: counter={} name={} log={:?}", COUNTER.get(), NAME.with_borrow(|n| n.clone()), LOG.with_borrow(|l| l.clone()));
    // scoped threads with TLS
    let sums: Vec<u32> = thread::scope(|s| {
        let hs: Vec<_> = (0..3u32).map(|t| s.spawn(move || {
            for _ in 0..t + 1 {
                bump(t + 1);
            }
            COUNTER.get()
        })).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("scoped tls counters {:?}", sums);
    COUNTER.set(0);
    LOG.set(vec![9, 9]);
    println!("after set: counter={} log={:?} replace={:?}", COUNTER.get(), LOG.with_borrow(|l| l.clone()), LOG.replace(vec![]));
    println!("main depth {}", recurse(3));
}
