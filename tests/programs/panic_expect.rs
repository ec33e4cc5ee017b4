//! Panic: Result::expect on Err with a custom message and the Debug of the error.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn parse_port(s: &str) -> Result<u16, std::num::ParseIntError> {
    s.trim().parse::<u16>()
}

fn main() {
    say(&format!("port {}", parse_port(black_box(" 8080 ")).expect("valid port")));
    say("now parsing 70000");
    let p = parse_port(black_box("70000")).expect("port number must fit in u16");
    say(&format!("unreachable {}", p));
}
