//! Cleanup that runs while a panic unwinds, in the shapes egret writes as cleanup tables: drop
//! glue whose first field's destructor panics (the rest of the fields, of a struct and of an
//! enum variant, are dropped behind the glue's pointer), fields of a partly moved local, values
//! behind drop flags, a zero-sized value, an argument owned through a pointer, boxes whose
//! contents were moved out (freed by a call to `Box::drop` in cleanup), an over-aligned value,
//! assignments whose old value's destructor panics (cleanup still makes the assignment, and
//! sets the drop flag of the new value), and one function with many different cleanup paths.
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

fn log(entry: String) {
    LOG.with(|log| log.borrow_mut().push(entry));
}

fn take_log() -> Vec<String> {
    LOG.with(|log| std::mem::take(&mut *log.borrow_mut()))
}

struct Loud {
    name: &'static str,
    explodes: bool,
}

impl Loud {
    fn new(name: &'static str) -> Loud {
        Loud { name, explodes: false }
    }
    fn bomb(name: &'static str) -> Loud {
        Loud { name, explodes: true }
    }
}

impl Drop for Loud {
    fn drop(&mut self) {
        log(format!("drop {}", self.name));
        if self.explodes {
            panic!("{} exploded", self.name);
        }
    }
}

struct Trio {
    first: Loud,
    second: Loud,
    rest: Vec<Loud>,
    count: u64,
}

enum Shape {
    Pair(Loud, Loud),
    Boxed { head: Loud, tail: Box<Loud>, weight: u32 },
    Empty,
}

struct Marker;

impl Drop for Marker {
    fn drop(&mut self) {
        log("drop marker".to_string());
    }
}

#[repr(align(64))]
struct Wide {
    inner: Loud,
    pad: [u8; 3],
}

struct Big {
    label: Loud,
    numbers: [u64; 6],
    extra: Loud,
}

fn consume(value: Loud) {
    log(format!("consume {}", value.name));
}

fn maybe_fail(step: u32, fail_at: u32) {
    if step == fail_at {
        panic!("step {} failed", step);
    }
}

fn partly_moved(fail_at: u32) {
    let pair = (Loud::new("pair.0"), Loud::new("pair.1"), Loud::new("pair.2"));
    maybe_fail(0, fail_at);
    consume(pair.1);
    maybe_fail(1, fail_at);
    consume(pair.0);
    maybe_fail(2, fail_at);
}

fn flagged(keep: bool, fail_at: u32) {
    let a = Loud::new("flag.a");
    let b = Loud::new("flag.b");
    if keep {
        consume(a);
    }
    maybe_fail(0, fail_at);
    if !keep {
        consume(b);
    }
    maybe_fail(1, fail_at);
}

fn zero_sized(fail_at: u32) {
    let _m = Marker;
    let _l = Loud::new("beside marker");
    maybe_fail(0, fail_at);
}

fn only_marker(fail_at: u32) {
    let _guard = Marker;
    maybe_fail(0, fail_at);
}

fn owned_argument(big: Big, fail_at: u32) {
    log(format!("numbers sum {}", big.numbers.iter().sum::<u64>()));
    maybe_fail(0, fail_at);
    consume(big.extra);
    maybe_fail(1, fail_at);
}

fn unboxed_one(boxed: Box<Loud>, fail_at: u32) {
    let inner = *boxed;
    maybe_fail(0, fail_at);
    consume(inner);
    maybe_fail(1, fail_at);
}

fn unboxed(boxed: Box<Loud>, other: Box<(Loud, u8)>, fail_at: u32) {
    let inner = *boxed;
    maybe_fail(0, fail_at);
    let (pair_loud, byte) = *other;
    log(format!("byte {byte}"));
    maybe_fail(1, fail_at);
    consume(inner);
    maybe_fail(2, fail_at);
    drop(pair_loud);
}

struct Holder {
    slot: Loud,
    other: Loud,
    list: Vec<Loud>,
}

fn replace_in_local(explode: bool) {
    let first = if explode { Loud::bomb("old slot") } else { Loud::new("old slot") };
    let mut holder = Holder { slot: first, other: Loud::new("other"), list: vec![Loud::new("listed")] };
    holder.slot = Loud::new("new slot");
    log(format!("holder now has {} and {}", holder.slot.name, holder.other.name));
}

fn replace_through_reference(holder: &mut Holder, explode: bool) {
    holder.list.push(Loud::new("pushed"));
    if explode {
        holder.other.explodes = true;
    }
    holder.other = Loud::new("replacement other");
    log(format!("list has {}", holder.list.len()));
}

fn replace_whole(target: &mut Loud, name: &'static str) {
    *target = Loud::new(name);
}

fn reassign(keep: bool, explode: bool) {
    let mut stash = Vec::new();
    let mut value = if explode { Loud::bomb("first value") } else { Loud::new("first value") };
    if !keep {
        value.explodes = false;
        stash.push(value);
    }
    value = Loud::new("second value");
    log(format!("value is {}, stash has {}", value.name, stash.len()));
}

fn over_aligned(fail_at: u32) {
    let wide = Wide { inner: Loud::new("wide"), pad: [1, 2, 3] };
    log(format!("wide at 64-aligned address: {}", (&wide as *const Wide as usize) % 64 == 0));
    maybe_fail(wide.pad[0] as u32 - 1, fail_at);
}

fn many_paths(fail_at: u32) {
    let a = Loud::new("many.a");
    maybe_fail(0, fail_at);
    let b = Loud::new("many.b");
    maybe_fail(1, fail_at);
    let c = vec![Loud::new("many.c0"), Loud::new("many.c1")];
    maybe_fail(2, fail_at);
    let d = Some(Loud::new("many.d"));
    maybe_fail(3, fail_at);
    consume(b);
    maybe_fail(4, fail_at);
    let e = (Loud::new("many.e0"), Marker);
    maybe_fail(5, fail_at);
    drop(a);
    maybe_fail(6, fail_at);
    drop(c);
    maybe_fail(7, fail_at);
    let _keep = (d, e);
    maybe_fail(8, fail_at);
}

fn run(label: &str, body: impl FnOnce()) {
    let result = panic::catch_unwind(AssertUnwindSafe(body));
    let message = match &result {
        Ok(()) => "returned".to_string(),
        Err(payload) => match (payload.downcast_ref::<String>(), payload.downcast_ref::<&str>()) {
            (Some(text), _) => format!("panicked: {text}"),
            (_, Some(text)) => format!("panicked: {text}"),
            _ => "panicked".to_string(),
        },
    };
    println!("{label}: {message}");
    for entry in take_log() {
        println!("    {entry}");
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    run("trio", || {
        let trio = Trio {
            first: Loud::bomb("trio.first"),
            second: Loud::new("trio.second"),
            rest: vec![Loud::new("trio.rest0"), Loud::new("trio.rest1")],
            count: 3,
        };
        log(format!("trio count {}", trio.count));
        drop(trio);
    });
    run("shape pair", || drop(Shape::Pair(Loud::bomb("pair.left"), Loud::new("pair.right"))));
    run("shape boxed", || {
        drop(Shape::Boxed { head: Loud::bomb("boxed.head"), tail: Box::new(Loud::new("boxed.tail")), weight: 9 })
    });
    run("shape empty", || drop(Shape::Empty));
    run("shape weight", || {
        if let Shape::Boxed { weight, .. } = (Shape::Boxed { head: Loud::new("w.head"), tail: Box::new(Loud::new("w.tail")), weight: 4 }) {
            log(format!("weight {weight}"));
        }
    });
    for fail_at in 0..4 {
        run(&format!("partly moved, fail at {fail_at}"), || partly_moved(fail_at));
    }
    for keep in [false, true] {
        for fail_at in 0..3 {
            run(&format!("flagged keep={keep}, fail at {fail_at}"), || flagged(keep, fail_at));
        }
    }
    for fail_at in 0..2 {
        run(&format!("zero sized, fail at {fail_at}"), || zero_sized(fail_at));
        run(&format!("only a zero-sized guard, fail at {fail_at}"), || only_marker(fail_at));
    }
    for fail_at in 0..3 {
        run(&format!("owned argument, fail at {fail_at}"), || {
            let big = Big { label: Loud::new("big.label"), numbers: [1, 2, 3, 4, 5, 6], extra: Loud::new("big.extra") };
            owned_argument(big, fail_at)
        });
    }
    for fail_at in 0..3 {
        run(&format!("unboxed one, fail at {fail_at}"), || unboxed_one(Box::new(Loud::new("single box")), fail_at));
    }
    for fail_at in 0..4 {
        run(&format!("unboxed, fail at {fail_at}"), || {
            unboxed(Box::new(Loud::new("boxed")), Box::new((Loud::new("boxed pair"), 7)), fail_at)
        });
    }
    for explode in [false, true] {
        run(&format!("replace in local, explode={explode}"), || replace_in_local(explode));
        run(&format!("replace through reference, explode={explode}"), || {
            let mut holder = Holder { slot: Loud::new("ref slot"), other: Loud::new("ref other"), list: Vec::new() };
            replace_through_reference(&mut holder, explode);
        });
        run(&format!("replace whole, explode={explode}"), || {
            let mut target = if explode { Loud::bomb("whole old") } else { Loud::new("whole old") };
            replace_whole(&mut target, "whole new");
        });
        for keep in [false, true] {
            run(&format!("reassign keep={keep}, explode={explode}"), || reassign(keep, explode));
        }
    }
    for fail_at in 0..2 {
        run(&format!("over aligned, fail at {fail_at}"), || over_aligned(fail_at));
    }
    for fail_at in 0..10 {
        run(&format!("many paths, fail at {fail_at}"), || many_paths(fail_at));
    }
}
