//! Panic: i32::MIN % -1 remainder overflow with runtime operands.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn main() {
    let a: i32 = black_box(i32::MIN);
    say(&format!("MIN % 3 = {}", a % black_box(3)));
    say(&format!("wrapping_rem(-1) = {}", a.wrapping_rem(black_box(-1))));
    say(&format!("checked_rem(-1) = {:?}", a.checked_rem(black_box(-1))));
    say("now computing MIN % -1");
    let r = a % black_box(-1);
    say(&format!("unreachable {}", r));
}
