//! Panic: i32 multiplication overflow and i64 negation paths in debug builds (the mul panics).
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn fact(n: i32) -> i32 {
    if n <= 1 { 1 } else { n * fact(n - 1) }
}

fn main() {
    for n in 1..=12 {
        say(&format!("{}! = {}", n, fact(black_box(n))));
    }
    say(&format!("neg of -5 = {}", -black_box(-5i64)));
    say("now computing 13!");
    let f = fact(black_box(13));
    say(&format!("unreachable {}", f));
}
