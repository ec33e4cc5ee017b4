//! process::abort() after output on stdout and stderr: SIGABRT exit status, no unwinding or destructors.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


struct Guard;
impl Drop for Guard {
    fn drop(&mut self) {
        say("guard dropped (should not print on abort)");
    }
}

fn main() {
    let _g = Guard;
    let v: Vec<u64> = (1..=10).map(black_box).collect();
    say(&format!("sum {}", v.iter().sum::<u64>()));
    eprintln!("about to abort");
    if black_box(true) {
        std::process::abort();
    }
    say("unreachable");
}
