//! process::exit(3) after printing: no destructors run, exit status 3.
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
        say("guard dropped (should not print on exit)");
    }
}

fn main() {
    let _g = Guard;
    let code = black_box(3);
    say(&format!("exiting with {}", code));
    eprintln!("stderr line before exit");
    std::process::exit(code);
}
