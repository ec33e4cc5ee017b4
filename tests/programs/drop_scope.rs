//! Drop order: reverse declaration order in scopes, nested blocks, shadowing, temporaries in expressions, mem::drop and mem::forget.
use std::hint::black_box;

struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}
fn n(s: &str) -> Noisy {
    println!("  make {}", s);
    Noisy(s.to_string())
}

fn make_and_return() -> Noisy {
    let _a = n("local-a");
    let b = n("returned-b");
    let _c = n("local-c");
    b
}

fn main() {
    println!("scope start");
    {
        let _x = n("x");
        let _y = n("y");
        {
            let _inner = n("inner");
            println!(" inner scope end");
        }
        let _z = n("z");
        println!(" outer scope end");
    }
    println!("shadowing");
    {
        let s = n("first");
        let s = n(&format!("second (shadows {})", s.0));
        println!(" using {}", s.0);
    }
    println!("temporaries");
    {
        let len = n("temp").0.len();
        println!(" temp len {}", len);
        let _kept = &n("extended-temp");
        println!(" after extended temp");
    }
    println!("mem::drop");
    {
        let a = n("a");
        let b = n("b");
        drop(a);
        println!(" dropped a explicitly");
        let _ = b;
        println!(" `let _ = b` does not move");
    }
    println!("mem::forget");
    {
        let f = n("forgotten");
        std::mem::forget(f);
        let _g = n("not-forgotten");
    }
    println!("underscore pattern drops immediately");
    {
        let _ = n("underscore");
        let _named = n("named");
        println!(" end of block");
    }
    println!("returned value");
    {
        let r = make_and_return();
        println!(" got {}", r.0);
    }
    println!("reassignment drops old value");
    {
        let mut v = n("old");
        println!(" was {}", v.0);
        v = n("new");
        println!(" now {}", v.0);
    }
    println!("option take/replace");
    {
        let mut o = Some(n("opt1"));
        let taken = o.take();
        println!(" taken is_some={}", taken.is_some());
        o = Some(n("opt2"));
        let _ = o.replace(n("opt3"));
        println!(" replaced");
        drop(taken);
        println!(" o={}", o.as_ref().map(|x| x.0.as_str()).unwrap_or("-"));
    }
    println!("conditional move");
    for flag in [true, false] {
        let c = n(if black_box(flag) { "cond-moved" } else { "cond-kept" });
        if flag {
            drop(c);
            println!(" moved in branch");
        } else {
            println!(" not moved");
        }
    }
    println!("main end");
}
