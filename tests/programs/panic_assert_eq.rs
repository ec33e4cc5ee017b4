//! Panic: assert_eq! failure showing left/right values and a custom message.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


fn checksum(data: &[u8]) -> u32 {
    data.iter().fold(0u32, |a, &b| a.rotate_left(5) ^ b as u32)
}

fn main() {
    let a = checksum(black_box(b"hello"));
    assert_eq!(a, checksum(b"hello"));
    say(&format!("checksum(hello) = {:#x}", a));
    assert!(a != 0, "checksum should not be zero");
    say("assertions so far pass; now comparing against a wrong constant");
    let expected = black_box(12345u32);
    assert_eq!(a, expected, "checksum mismatch for input {:?}", "hello");
    say("unreachable");
}
