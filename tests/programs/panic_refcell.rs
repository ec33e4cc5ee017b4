//! Panic: RefCell double mutable borrow (already borrowed) at runtime.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r = cell.borrow();
        say(&format!("shared borrow sees {:?}", *r));
    }
    cell.borrow_mut().push(black_box(4));
    say(&format!("after push {:?}", cell.borrow()));
    let first = cell.borrow_mut();
    say(&format!("holding mutable borrow of len {}", first.len()));
    say("now borrowing mutably again");
    let second = cell.borrow_mut();
    say(&format!("unreachable {}", second.len()));
}
