//! Panic: u8 addition overflow in a debug build (black_box(255) + 1), after successful checked/wrapping ops.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn main() {
    let x: u8 = black_box(255);
    say(&format!("wrapping_add = {}", x.wrapping_add(1)));
    say(&format!("checked_add = {:?}", x.checked_add(1)));
    let y: u8 = black_box(254);
    say(&format!("254 + 1 = {}", y + 1));
    say("now computing 255 + 1");
    let z = x + black_box(1);
    say(&format!("unreachable {}", z));
}
