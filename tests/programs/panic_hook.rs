//! Panic: custom panic hook set with std::panic::set_hook prints a deterministic message (location file/line) before abort.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


use std::panic;

fn main() {
    panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "unknown".to_string()
        };
        let loc = info.location().map(|l| format!("line {}", l.line())).unwrap_or_default();
        eprintln!("custom hook: {} at {}", msg, loc);
        println!("hook also wrote to stdout");
    }));
    say("hook installed");
    let v = black_box(Some(3));
    say(&format!("value {}", v.unwrap()));
    let n = black_box(7);
    if n > 5 {
        panic!("n too large: {}", n);
    }
    say("unreachable");
}
