//! Drops in loops, break/continue, early returns, `?` propagation, match arms, and closures owning droppers.
use std::hint::black_box;

struct Guard {
    name: String,
}
impl Drop for Guard {
    fn drop(&mut self) {
        println!("  drop {}", self.name);
    }
}
fn g(name: impl Into<String>) -> Guard {
    Guard { name: name.into() }
}

fn early(flag: u8) -> u32 {
    let _a = g("early.a");
    if flag == 0 {
        println!(" returning 0 early");
        return 0;
    }
    let _b = g("early.b");
    if flag == 1 {
        println!(" returning 1 early");
        return 1;
    }
    let _c = g("early.c");
    println!(" returning normally");
    2
}

fn parse_all(items: &[&str]) -> Result<i32, String> {
    let _guard = g("parse_all");
    let mut sum = 0;
    for s in items {
        let _item_guard = g(format!("item {}", s));
        let v: i32 = s.parse().map_err(|_| format!("bad {}", s))?;
        sum += v;
    }
    Ok(sum)
}

fn main() {
    println!("loop with per-iteration guard:");
    for i in 0..3 {
        let _it = g(format!("iter {}", i));
        println!(" body {}", i);
    }
    println!("continue and break:");
    let mut i = 0;
    loop {
        let _lg = g(format!("loop {}", i));
        i += 1;
        if i == 2 {
            println!(" continue");
            continue;
        }
        if i == 4 {
            println!(" break");
            break;
        }
        println!(" end of body");
    }
    println!("while with accumulating vec:");
    {
        let mut keep = Vec::new();
        let mut k = black_box(0);
        while k < 4 {
            let t = g(format!("w{}", k));
            if k % 2 == 0 {
                keep.push(t);
            }
            k += 1;
        }
        println!(" kept {}", keep.len());
    }
    println!("early returns:");
    for f in 0..3 {
        println!(" early({}) = {}", f, early(black_box(f)));
    }
    println!("? propagation:");
    println!(" result {:?}", parse_all(&black_box(["1", "2"])));
    println!(" result {:?}", parse_all(&black_box(["5", "x", "7"])));
    println!("match arms:");
    for v in 0..3 {
        let r = match black_box(v) {
            0 => {
                let _m = g("arm0");
                "zero"
            }
            1 => {
                let _m = g("arm1");
                let _m2 = g("arm1b");
                "one"
            }
            _ => "other",
        };
        println!(" -> {}", r);
    }
    println!("closure owning guard:");
    {
        let owned = g("captured");
        let c = move || owned.name.len();
        println!(" len {}", c());
        println!(" closure still alive");
    }
    println!("labeled break from nested loop:");
    'outer: for a in 0..3 {
        let _ga = g(format!("outer {}", a));
        for b in 0..3 {
            let _gb = g(format!("inner {}.{}", a, b));
            if a == 1 && b == 1 {
                println!(" breaking outer");
                break 'outer;
            }
        }
    }
    println!("loop returning value:");
    let mut n = 0;
    let found = loop {
        let _lg = g(format!("search {}", n));
        if n * n > black_box(5) {
            break n;
        }
        n += 1;
    };
    println!(" found {}", found);
    println!("end");
}
