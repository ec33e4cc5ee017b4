//! Panics from closures passed to `Option` and `Result` combinators (`map`, `and_then`,
//! `unwrap_or_else`, `map_or_else`, `ok_or_else`, `filter`, `inspect`, `get_or_insert_with`,
//! `is_some_and`, `?` inside a closure). The value owned by the combinator, the closure's
//! captures and the caller's locals are each dropped once.
use std::panic;

#[derive(Debug)]
struct Res(&'static str);
impl Drop for Res {
    fn drop(&mut self) {
        println!("    drop Res({})", self.0);
    }
}

fn explain(p: Box<dyn std::any::Any + Send>) -> String {
    match p.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => p.downcast_ref::<&str>().map_or("?".to_string(), |s| s.to_string()),
    }
}

fn check<T: std::fmt::Debug>(name: &str, f: impl FnOnce() -> T) {
    println!("{name}");
    match panic::catch_unwind(panic::AssertUnwindSafe(f)) {
        Ok(v) => println!("  ok: {v:?}"),
        Err(p) => println!("  panic: {}", explain(p)),
    }
}

fn lookup(key: u32) -> Option<Res> {
    match key {
        1 => Some(Res("one")),
        2 => Some(Res("two")),
        _ => None,
    }
}

fn parse(s: &str) -> Result<u32, String> {
    s.parse::<u32>().map_err(|e| format!("{s:?}: {e}"))
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    check("Option::map panics with the value moved in", || {
        let _local = Res("local");
        lookup(1).map(|r| -> usize { panic!("map got {}", r.0) })
    });
    check("Option::and_then chain", || {
        lookup(2).and_then(|r| lookup(1).map(|inner| (r, inner))).map(|(a, b)| {
            if a.0.len() == b.0.len() {
                panic!("same length: {} and {}", a.0, b.0);
            }
            0
        })
    });
    check("Option::unwrap_or_else on None", || {
        let captured = Res("captured by unwrap_or_else");
        lookup(9).unwrap_or_else(move || panic!("no key 9, had {}", captured.0))
    });
    check("Option::unwrap_or_else on Some (closure dropped unused)", || {
        let captured = Res("unused capture");
        lookup(1).unwrap_or_else(move || {
            let _c = captured;
            Res("fallback")
        })
        .0
    });
    check("Option::filter", || lookup(2).filter(|r| panic!("filter inspected {}", r.0)));
    check("Option::get_or_insert_with", || {
        let mut slot: Option<Res> = None;
        slot.get_or_insert_with(|| panic!("cannot build the default"));
        slot
    });
    check("Option::is_some_and", || lookup(1).is_some_and(|r| r.0.starts_with('t') || panic!("predicate gave up on {}", r.0)));
    check("Option::map_or_else", || lookup(7).map_or_else(|| panic!("default branch"), |r| r.0.len()));
    check("Option::zip then map", || {
        lookup(1).zip(lookup(2)).map(|(a, b)| if a.0 < b.0 { panic!("{} sorts before {}", a.0, b.0) } else { 1 })
    });
    check("Option::ok_or_else then ?", || {
        let f = || -> Result<usize, String> {
            let r = lookup(3).ok_or_else(|| -> String { panic!("ok_or_else refused") })?;
            Ok(r.0.len())
        };
        f()
    });

    check("Result::map on Ok", || parse("41").map(|n| n.checked_add(u32::MAX).expect("addition overflowed")));
    check("Result::map_err on Err", || parse("x1").map_err(|e| -> u32 { panic!("map_err saw {e}") }));
    check("Result::and_then with inspect", || {
        parse("12").inspect(|n| println!("  inspect saw {n}")).and_then(|n| parse(&format!("{n}z")))
    });
    check("Result::unwrap_or_else", || {
        let _guard = Res("guard");
        parse("-3").unwrap_or_else(|e| panic!("fallback failed for {e}"))
    });
    check("Result::map_or_else", || parse("8").map_or_else(|_| 0, |n| 100 / (n - 8)));
    check("Result::is_ok_and", || parse("5").is_ok_and(|n| [1, 2, 3][n as usize] > 0));
    check("Result with owned Err", || {
        let r: Result<u8, Res> = Err(Res("error value"));
        r.or_else(|e| -> Result<u8, Res> { panic!("or_else with {}", e.0) })
    });
    check("Result::iter().map(..).sum()", || {
        let vals = vec![parse("1"), parse("2"), parse("oops")];
        vals.into_iter().map(|r| r.unwrap()).sum::<u32>()
    });
    check("collect Option then unwrap", || {
        let all: Option<Vec<Res>> = [1, 2, 3].into_iter().map(lookup).collect();
        all.expect("some key was missing").len()
    });
}
