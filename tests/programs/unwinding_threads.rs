//! Panicking threads: `join` returns the payload, thread-local destructors run while the thread
//! unwinds, scoped threads, and a panic that escapes a scope.
use std::cell::RefCell;
use std::thread;

struct Farewell(&'static str);
impl Drop for Farewell {
    fn drop(&mut self) {
        println!("farewell {}", self.0);
    }
}

thread_local! {
    static LOCAL: RefCell<Option<Farewell>> = const { RefCell::new(None) };
}

fn main() {
    let handle = thread::spawn(|| {
        LOCAL.with(|l| *l.borrow_mut() = Some(Farewell("thread-local")));
        let _f = Farewell("stack");
        panic!("thread {}", std::hint::black_box(1));
    });
    let err = handle.join().unwrap_err();
    println!("joined: {:?}", err.downcast_ref::<String>());
    let named = thread::Builder::new().name("worker".into()).spawn(|| 5 + std::hint::black_box(6)).unwrap();
    println!("named: {:?}", named.join());
    let result = std::panic::catch_unwind(|| {
        // The scoped thread waits for the body's go-ahead, so the output order is fixed.
        let (go, wait) = std::sync::mpsc::channel::<()>();
        thread::scope(|s| {
            s.spawn(move || {
                wait.recv().unwrap();
                let _f = Farewell("scoped");
                panic!("scoped panic");
            });
            println!("scope body done");
            go.send(()).unwrap();
        });
    });
    println!("scope panicked: {}", result.is_err());
}
