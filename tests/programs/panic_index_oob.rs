//! Panic: Vec index out of bounds (message with len/index on stderr, abort exit status).
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn get(v: &[i32], i: usize) -> i32 {
    v[i]
}

fn main() {
    let v: Vec<i32> = (1..=5).collect();
    let mut total = 0;
    for i in 0..5 {
        total += get(&v, black_box(i));
    }
    say(&format!("sum of in-bounds = {}", total));
    say("now indexing at 7");
    let x = get(&v, black_box(7));
    say(&format!("unreachable {}", x));
}
