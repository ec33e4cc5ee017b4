//! Panic: Option::unwrap on None after a search misses.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn find(v: &[&str], key: &str) -> Option<usize> {
    v.iter().position(|s| *s == key)
}

fn main() {
    let names = black_box(vec!["ann", "bob", "cy"]);
    say(&format!("bob at {}", find(&names, "bob").unwrap()));
    say("now looking for dave");
    let i = find(&names, black_box("dave")).unwrap();
    say(&format!("unreachable {}", i));
}
