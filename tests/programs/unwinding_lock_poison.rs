//! Lock poisoning after a panic: a `Mutex` or `RwLock` whose write guard is dropped by
//! unwinding is poisoned (in the same thread or in another one), a read guard is not, the data
//! stays reachable through `PoisonError`, `clear_poison` heals the lock, and a panicking
//! `Once` poisons it for later callers.
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex, Once, RwLock};
use std::thread;

struct Ledger {
    entries: Vec<i32>,
}
impl Drop for Ledger {
    fn drop(&mut self) {
        println!("ledger dropped with {:?}", self.entries);
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let name = thread::current().name().unwrap_or("?").to_string();
        let msg = info.payload().downcast_ref::<&str>().copied().unwrap_or("(formatted)");
        println!("[{name}] panic: {msg}");
    }));

    let m = Mutex::new(Ledger { entries: vec![1] });
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut g = m.lock().unwrap();
        g.entries.push(2);
        panic!("while holding the mutex");
    }));
    println!("caught: {}, poisoned: {}", r.is_err(), m.is_poisoned());
    match m.lock() {
        Ok(_) => println!("lock ok (unexpected)"),
        Err(poisoned) => {
            let mut g = poisoned.into_inner();
            g.entries.push(3);
            println!("recovered entries {:?}", g.entries);
        }
    }
    println!("still poisoned: {}", m.is_poisoned());
    m.clear_poison();
    println!("after clear_poison: {}, lock ok: {}", m.is_poisoned(), m.lock().is_ok());

    let fine = Mutex::new(0);
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        {
            let mut g = fine.lock().unwrap();
            *g += 1;
        }
        panic!("after releasing the mutex");
    }));
    println!("released before panic: caught {}, poisoned {}", r.is_err(), fine.is_poisoned());

    let shared = Arc::new(Mutex::new(vec![10, 20]));
    let s2 = Arc::clone(&shared);
    let joined = thread::Builder::new()
        .name("poisoner".into())
        .spawn(move || {
            let mut g = s2.lock().unwrap();
            g.push(30);
            panic!("poisoner gives up");
        })
        .unwrap()
        .join();
    println!("poisoner joined with error: {}", joined.is_err());
    let err = shared.lock().unwrap_err();
    println!("main sees poison, data {:?}", err.get_ref().as_slice());
    drop(err);

    let rw = RwLock::new(String::from("start"));
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let g = rw.read().unwrap();
        println!("reading {:?}", *g);
        panic!("while holding a read guard");
    }));
    println!("read guard: caught {}, poisoned {}", r.is_err(), rw.is_poisoned());
    let r = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut g = rw.write().unwrap();
        g.push_str(" + half-written");
        panic!("while holding the write guard");
    }));
    println!("write guard: caught {}, poisoned {}", r.is_err(), rw.is_poisoned());
    println!("read now: {:?}", rw.read().map(|g| g.clone()).map_err(|e| e.into_inner().clone()));
    println!("write now is_err: {}", rw.write().is_err());
    rw.clear_poison();
    *rw.write().unwrap() = String::from("healed");
    println!("final: {:?}", rw.into_inner());

    let into = Mutex::new(Ledger { entries: vec![7] });
    let _ = panic::catch_unwind(AssertUnwindSafe(|| {
        let _g = into.lock().unwrap();
        panic!("poison before into_inner");
    }));
    match into.into_inner() {
        Ok(l) => println!("into_inner ok {:?}", l.entries),
        Err(e) => println!("into_inner poisoned, entries {:?}", e.into_inner().entries),
    }

    static INIT: Once = Once::new();
    let r = panic::catch_unwind(|| INIT.call_once(|| panic!("initializer failed")));
    println!("first call_once: caught {}, completed {}", r.is_err(), INIT.is_completed());
    let r = panic::catch_unwind(|| INIT.call_once(|| println!("never runs")));
    println!("second call_once: caught {}", r.is_err());
    INIT.call_once_force(|state| println!("forced, was poisoned: {}", state.is_poisoned()));
    println!("completed: {}", INIT.is_completed());
    println!("end");
}
