//! Drop order while a panic unwinds: locals in reverse order, struct fields in declaration
//! order, vector elements front to back, values moved away are not dropped, nested scopes.
use std::panic;

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    _first: Loud,
    _second: Loud,
}

fn consume(_l: Loud) {}

fn work(depth: u32) {
    let _a = Loud("a");
    let moved = Loud("moved");
    consume(moved);
    let _pair = Pair { _first: Loud("pair.first"), _second: Loud("pair.second") };
    let _v = vec![Loud("v0"), Loud("v1"), Loud("v2")];
    {
        let _inner = Loud("inner");
        if std::hint::black_box(depth) > 0 {
            panic!("deep panic at {depth}");
        }
    }
    println!("not reached");
}

fn main() {
    let result = panic::catch_unwind(|| work(3));
    println!("caught: {}", result.is_err());
}
