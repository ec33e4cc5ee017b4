//! Temporaries and half-built values during unwinding: call arguments already evaluated,
//! struct, tuple and array literals under construction, method-chain temporaries, match
//! scrutinee temporaries, lifetime-extended temporaries, and temporaries in tail expressions
//! (edition 2024 drops those before the block's locals).
use std::panic;

struct T(&'static str);
impl Drop for T {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}
impl T {
    fn chain(&self, next: &'static str) -> T {
        T(next)
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn boom(msg: &'static str) -> T {
    if std::hint::black_box(true) {
        panic!("{msg}");
    }
    T("unreachable")
}

fn take3(_a: T, _b: T, _c: T) {
    println!("  take3 ran");
}

struct Three {
    _x: T,
    _y: T,
    _z: T,
}

fn tail_temporary() -> usize {
    let _local = T("tail-block local");
    T("tail temporary").chain("tail chained").len() + boom("in the tail expression").len()
}

fn scrutinee() {
    let _before = T("before match");
    match T("scrutinee temporary").chain("scrutinee chained").len() {
        0 => println!("  empty"),
        _ => {
            let _arm = T("match arm local");
            boom("inside the match arm");
        }
    }
}

fn extended() {
    let r = &T("lifetime-extended");
    let _other = T("declared after the extended one");
    println!("  extended has len {}", r.len());
    boom("with an extended temporary alive");
}

fn in_condition() {
    if T("if-condition temporary").len() > 3 && boom("inside the condition").len() > 0 {
        println!("  not reached");
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let text = info.payload().downcast_ref::<String>().map_or("?", |s| s.as_str());
        println!("  ! {text}");
    }));
    let cases: Vec<(&str, fn())> = vec![
        ("call arguments", || take3(T("arg a"), T("arg b"), boom("third argument"))),
        ("struct literal", || {
            let _s = Three { _x: T("field x"), _y: T("field y"), _z: boom("field z") };
        }),
        ("tuple literal", || {
            let _t = (T("tuple 0"), boom("tuple 1"), T("tuple 2"));
        }),
        ("array literal", || {
            let _a = [T("array 0"), T("array 1"), boom("array 2"), T("array 3")];
        }),
        ("vec! literal", || {
            let _v = vec![T("vec 0"), boom("vec 1")];
        }),
        ("method chain", || {
            let n = T("chain start").chain("chain middle").chain("chain end").len() + boom("after the chain").len();
            println!("  {n}");
        }),
        ("nested call temporaries", || {
            let _r = T("outer").chain(boom("argument of chain").0).len();
        }),
        ("tail expression", || {
            tail_temporary();
        }),
        ("match scrutinee", scrutinee),
        ("lifetime extension", extended),
        ("if condition", in_condition),
        ("format arguments", || {
            println!("  {} {}", T("format arg 0").0, boom("format arg 1").0);
        }),
    ];
    for (name, f) in cases {
        println!("{name}:");
        let r = panic::catch_unwind(f);
        println!("  caught: {}", r.is_err());
    }
}
