//! Unwinding with values that were partly or conditionally moved: only the fields and locals
//! still owned are dropped (drop flags), in reverse declaration order, across nested scopes,
//! match arms and loops.
#![allow(dead_code)]
use std::panic;

struct Tag(String);
impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn tag(s: &str) -> Tag {
    Tag(s.to_string())
}

struct Triple {
    a: Tag,
    b: Tag,
    c: Tag,
}

fn sink(t: Tag) {
    println!("sink took {}", t.0);
}

fn maybe_panic(when: bool, what: &str) {
    if std::hint::black_box(when) {
        panic!("{what}");
    }
}

fn partial_struct(k: u32) {
    let t = Triple { a: tag("t.a"), b: tag("t.b"), c: tag("t.c") };
    let kept_b;
    if k == 1 {
        sink(t.a);
    } else {
        kept_b = t.b;
        println!("kept {}", kept_b.0);
    }
    maybe_panic(true, "after partial move of Triple");
}

fn partial_tuple() {
    let pair = (tag("pair.0"), tag("pair.1"), tag("pair.2"));
    let (x, _, _) = pair;
    drop(x);
    let _z = tag("later local");
    maybe_panic(true, "after moving pair.0 out");
}

fn conditional_moves(mask: u32) {
    let a = tag("cond a");
    let b = tag("cond b");
    let c = tag("cond c");
    if mask & 1 != 0 {
        sink(a);
    }
    if mask & 2 != 0 {
        sink(b);
    }
    if mask & 4 != 0 {
        sink(c);
    }
    maybe_panic(true, "after conditional moves");
}

fn nested_scopes() {
    let _outer = tag("scope 0");
    {
        let _mid = tag("scope 1");
        let moved = tag("scope 1 moved");
        {
            let _inner = tag("scope 2");
            let _taken = moved;
            {
                let _deepest = tag("scope 3");
                maybe_panic(true, "deep in nested scopes");
            }
        }
    }
}

fn loop_moves() {
    let mut slots = vec![Some(tag("slot 0")), Some(tag("slot 1")), Some(tag("slot 2")), Some(tag("slot 3"))];
    let mut held = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate() {
        let _iter_guard = Tag(format!("iteration {i}"));
        if i % 2 == 0 {
            held.push(slot.take().unwrap());
        }
        maybe_panic(i == 2, "in the loop body at 2");
    }
}

fn match_moves(choice: u32) {
    let value: Result<(Tag, Tag), Tag> = if choice == 0 { Ok((tag("ok.0"), tag("ok.1"))) } else { Err(tag("err")) };
    match value {
        Ok((first, _)) => {
            let _bound = first;
            maybe_panic(true, "in the Ok arm");
        }
        Err(e) => {
            let _guard = tag("err arm guard");
            drop(e);
            maybe_panic(true, "in the Err arm");
        }
    }
}

fn run(name: &str, f: impl FnOnce() + panic::UnwindSafe) {
    println!("== {name}");
    let r = panic::catch_unwind(f);
    match r {
        Ok(()) => println!("-- {name}: completed"),
        Err(p) => println!("-- {name}: caught {:?}", p.downcast_ref::<String>().map(|s| s.as_str()).or(p.downcast_ref::<&str>().copied())),
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    run("partial struct, a moved", || partial_struct(1));
    run("partial struct, b moved", || partial_struct(2));
    run("partial tuple", partial_tuple);
    for mask in [0, 5, 2, 7] {
        run(&format!("conditional mask {mask}"), move || conditional_moves(mask));
    }
    run("nested scopes", nested_scopes);
    run("loop moves", loop_moves);
    run("match Ok", || match_moves(0));
    run("match Err", || match_moves(1));
}
