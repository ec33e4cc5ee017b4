//! Reference-counted owners during unwinding: `Rc` and `Arc` clones held by unwound frames
//! release their counts, the shared value is dropped only with its last owner, `Weak`
//! pointers notice, a `RefCell` borrow guard held across the panic is released, and
//! `Box<dyn Trait>` values kept in an `Rc<RefCell<Vec<_>>>` survive the frames that pushed them.
use std::cell::RefCell;
use std::panic;
use std::rc::{Rc, Weak};
use std::sync::Arc;

struct Shared(&'static str);
impl Drop for Shared {
    fn drop(&mut self) {
        println!("  shared {} freed", self.0);
    }
}

trait Job {
    fn label(&self) -> String;
}
struct Print(u32);
impl Job for Print {
    fn label(&self) -> String {
        format!("print {}", self.0)
    }
}
impl Drop for Print {
    fn drop(&mut self) {
        println!("  job print {} dropped", self.0);
    }
}

fn hold_clones(rc: &Rc<Shared>, depth: u32) {
    let _mine = Rc::clone(rc);
    println!("  depth {depth}: strong count {}", Rc::strong_count(rc));
    if depth == 3 {
        panic!("deep enough");
    }
    hold_clones(rc, depth + 1);
}

fn queue_jobs(queue: &Rc<RefCell<Vec<Box<dyn Job>>>>) {
    let local: Box<dyn Job> = Box::new(Print(100));
    for i in 1..=3 {
        queue.borrow_mut().push(Box::new(Print(i)));
    }
    let guard = queue.borrow();
    println!("  queued {} jobs, local is {}", guard.len(), local.label());
    panic!("queueing interrupted while borrowed");
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    println!("Rc clones across frames");
    let rc = Rc::new(Shared("rc value"));
    let weak: Weak<Shared> = Rc::downgrade(&rc);
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| hold_clones(&rc, 1)));
    println!("  caught {}, strong {}, weak {}", r.is_err(), Rc::strong_count(&rc), Rc::weak_count(&rc));
    drop(rc);
    println!("  weak upgrades: {}", weak.upgrade().is_some());

    println!("last owner moved into the panicking closure");
    let rc = Rc::new(Shared("moved rc"));
    let weak = Rc::downgrade(&rc);
    let r = panic::catch_unwind(panic::AssertUnwindSafe(move || {
        let again = Rc::clone(&rc);
        drop(rc);
        println!("  inside: strong {}", Rc::strong_count(&again));
        panic!("last owner unwinding");
    }));
    println!("  caught {}, weak upgrades: {}", r.is_err(), weak.upgrade().is_some());

    println!("Arc shared with a panicking thread");
    let arc = Arc::new(Shared("arc value"));
    let a2 = Arc::clone(&arc);
    let h = std::thread::Builder::new()
        .name("arc-holder".into())
        .spawn(move || {
            let _inner = Arc::clone(&a2);
            println!("  in thread: strong {}", Arc::strong_count(&a2));
            panic!("thread holding arc clones");
        })
        .unwrap();
    println!("  join is_err: {}", h.join().is_err());
    println!("  strong after join: {}", Arc::strong_count(&arc));
    drop(arc);

    println!("trait objects queued through Rc<RefCell<..>>");
    let queue: Rc<RefCell<Vec<Box<dyn Job>>>> = Rc::new(RefCell::new(Vec::new()));
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| queue_jobs(&queue)));
    println!("  caught {}, can borrow mutably: {}", r.is_err(), queue.try_borrow_mut().is_ok());
    let labels: Vec<String> = queue.borrow().iter().map(|j| j.label()).collect();
    println!("  queue holds {labels:?}");
    queue.borrow_mut().remove(1);
    println!("  dropping the queue");
    drop(queue);
    println!("end");
}
