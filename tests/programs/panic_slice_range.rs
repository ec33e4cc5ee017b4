//! Panic: slice range end out of bounds (&v[2..n] with n > len).
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn window(v: &[u8], start: usize, end: usize) -> &[u8] {
    &v[start..end]
}

fn main() {
    let data = black_box(vec![10u8, 20, 30, 40, 50]);
    say(&format!("window 1..3 = {:?}", window(&data, 1, black_box(3))));
    say(&format!("get 2..9 = {:?}", data.get(2..black_box(9))));
    say("now slicing 2..9");
    let w = window(&data, 2, black_box(9));
    say(&format!("unreachable {:?}", w));
}
