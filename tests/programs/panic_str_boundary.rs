//! Panic: slicing a str at a byte index that is not a char boundary.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn main() {
    let s = String::from(black_box("héllo wörld"));
    say(&format!("len {} chars {}", s.len(), s.chars().count()));
    say(&format!("prefix {:?}", &s[..black_box(3)]));
    say(&format!("get(..2) = {:?}", s.get(..black_box(2))));
    say("now slicing at byte 2");
    let p = &s[..black_box(2)];
    say(&format!("unreachable {}", p));
}
