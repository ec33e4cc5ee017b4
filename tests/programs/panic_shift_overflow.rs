//! Panic: shift left by an amount >= bit width in debug builds (u32 << 32 with a runtime amount).
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn main() {
    let v: u32 = black_box(1);
    for s in [0u32, 8, 16, 31] {
        say(&format!("1 << {} = {}", s, v << black_box(s)));
    }
    say(&format!("wrapping_shl 32 = {}", v.wrapping_shl(black_box(32))));
    say("now shifting by 32");
    let r = v << black_box(32u32);
    say(&format!("unreachable {}", r));
}
