//! Equal constant data is one object within a codegen unit, as under LLVM: a promoted array and
//! a constant pointer to the same bytes compare equal, and a waker cloned from another still
//! "will wake" the same task (std compares the vtables' addresses).
use std::sync::Arc;
use std::task::{Wake, Waker};

struct Task(u32);

impl Wake for Task {
    fn wake(self: Arc<Self>) {
        println!("woke {}", self.0);
    }
}

fn main() {
    const BYTES: [u8; 3] = *b"abc";
    const REF: &[u8; 3] = &BYTES;
    const PTR: *const u8 = REF as *const u8;
    let promoted = &BYTES as *const u8;
    println!("same bytes, same address: {}", std::hint::black_box(promoted) == PTR);

    let waker = Waker::from(Arc::new(Task(7)));
    let clone = waker.clone();
    println!("clone will wake: {}", waker.will_wake(&clone));
    let other = Waker::from(Arc::new(Task(8)));
    println!("other will wake: {}", waker.will_wake(&other));
    clone.wake();
    waker.wake_by_ref();
}
