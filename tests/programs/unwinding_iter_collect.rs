//! Panics out of closures driven by iterator adaptors (`map`, `filter`, `fold`, `for_each`,
//! `flat_map`, `scan`, `zip`, `chain`): what was already collected into a `Vec`, `String` or
//! `BTreeMap` is dropped, the source collection is dropped with the iterator, and elements not
//! yet reached are dropped exactly once.
use std::collections::BTreeMap;
use std::panic;

struct Token(u32);
impl Drop for Token {
    fn drop(&mut self) {
        println!("    drop token {}", self.0);
    }
}

fn tokens(n: u32) -> Vec<Token> {
    (0..n).map(Token).collect()
}

fn attempt<R: std::fmt::Debug>(title: &str, f: impl FnOnce() -> R + panic::UnwindSafe) {
    println!("{title}:");
    match panic::catch_unwind(f) {
        Ok(v) => println!("  ok {v:?}"),
        Err(p) => println!("  panicked: {}", p.downcast_ref::<String>().map_or("<str>", |s| s.as_str())),
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    attempt("collect of map over owned tokens", || {
        tokens(5)
            .into_iter()
            .map(|t| {
                if t.0 == 3 {
                    panic!("map refused token {}", t.0);
                }
                Token(t.0 + 100)
            })
            .collect::<Vec<Token>>()
            .len()
    });

    attempt("filter over borrowed tokens", || {
        let owned = tokens(4);
        owned.iter().filter(|t| if t.0 == 2 { panic!("filter saw {}", t.0) } else { t.0 % 2 == 0 }).count()
    });

    attempt("fold building a vector", || {
        (0..6u32).fold(Vec::new(), |mut acc, i| {
            if i == 4 {
                panic!("fold stopped with {} tokens", acc.len());
            }
            acc.push(Token(200 + i));
            acc
        })
        .len()
    });

    attempt("for_each with a side table", || {
        let mut table = Vec::new();
        tokens(3).into_iter().chain(tokens(2)).for_each(|t| {
            if table.len() == 4 {
                panic!("table full at token {}", t.0);
            }
            table.push(t);
        });
        table.len()
    });

    attempt("flat_map with inner vectors", || {
        (1..4u32)
            .flat_map(|i| {
                if i == 3 {
                    panic!("no inner vector for {i}");
                }
                (0..i).map(move |j| Token(300 + 10 * i + j)).collect::<Vec<_>>()
            })
            .collect::<Vec<Token>>()
            .len()
    });

    attempt("scan and zip", || {
        let left = tokens(4);
        let right = vec![Token(400), Token(401), Token(402)];
        left.into_iter()
            .zip(right)
            .scan(0u32, |sum, (a, b)| {
                *sum += a.0 + b.0;
                if *sum > 800 {
                    panic!("running sum {sum} too big");
                }
                Some(Token(*sum))
            })
            .collect::<Vec<_>>()
            .len()
    });

    attempt("collect into a String", || {
        ["alpha", "beta", "gamma", "delta"]
            .iter()
            .map(|w| if w.starts_with('g') { panic!("no words with g: {w}") } else { w.to_uppercase() })
            .collect::<String>()
    });

    attempt("collect into a BTreeMap", || {
        (0..5u32)
            .map(|k| {
                if k == 3 {
                    panic!("key {k} is cursed");
                }
                (k, Token(500 + k))
            })
            .collect::<BTreeMap<_, _>>()
            .len()
    });

    attempt("collect into Result stops early without panic", || {
        let r: Result<Vec<Token>, String> =
            (0..5u32).map(|i| if i == 2 { Err(format!("stop at {i}")) } else { Ok(Token(600 + i)) }).collect();
        r.map(|v| v.len())
    });

    attempt("sum over map that does not panic", || tokens(3).iter().map(|t| t.0).sum::<u32>());
}
