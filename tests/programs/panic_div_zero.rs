//! Panic: integer division by zero with a runtime divisor.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn avg(total: i64, count: i64) -> i64 {
    total / count
}

fn main() {
    say(&format!("avg(10,3) = {}", avg(black_box(10), black_box(3))));
    say(&format!("checked_div by zero = {:?}", black_box(10i64).checked_div(black_box(0))));
    say("now dividing by zero");
    let r = avg(black_box(10), black_box(0));
    say(&format!("unreachable {}", r));
}
