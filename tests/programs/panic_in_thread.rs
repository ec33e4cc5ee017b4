//! Panic: a spawned (named) thread panics; with panic=abort the whole process aborts with the thread name in the message.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


use std::thread;

fn main() {
    let ok = thread::spawn(|| black_box(21) * 2).join().unwrap();
    say(&format!("first thread returned {}", ok));
    say("spawning a thread that will panic");
    let h = thread::Builder::new()
        .name("doomed-worker".into())
        .spawn(|| {
            let v: Vec<u32> = Vec::new();
            let m = v.iter().max().copied();
            m.expect("worker had no data")
        })
        .unwrap();
    let r = h.join();
    say(&format!("unreachable {:?}", r.is_ok()));
}
