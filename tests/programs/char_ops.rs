//! char operations: from_u32, to_digit/from_digit, classification, case conversion, UTF-8 lengths, escapes.
use std::hint::black_box;

fn main() {
    for code in black_box([0x41u32, 0x7a, 0x30, 0xe9, 0x3b1, 0x4e2d, 0x1f600, 0xd800, 0x110000, 0x10ffff, 0]) {
        match char::from_u32(code) {
            Some(c) => println!(
                "U+{:04X}: {:?} alpha={} num={} alnum={} ws={} upper={} lower={} ascii={} ctrl={} len8={} len16={}",
                code,
                c,
                c.is_alphabetic(),
                c.is_numeric(),
                c.is_alphanumeric(),
                c.is_whitespace(),
                c.is_uppercase(),
                c.is_lowercase(),
                c.is_ascii(),
                c.is_control(),
                c.len_utf8(),
                c.len_utf16()
            ),
            None => println!("U+{:04X}: invalid", code),
        }
    }
    for c in black_box(['0', '7', '9', 'a', 'f', 'F', 'z', 'Z', ' ', '٣']) {
        println!("{:?}: d10={:?} d16={:?} d36={:?}", c, c.to_digit(10), c.to_digit(16), c.to_digit(36));
    }
    for d in 0..=16u32 {
        print!("{:?} ", char::from_digit(black_box(d), 16));
    }
    println!();
    for c in black_box(['a', 'Z', 'ß', 'é', 'İ', 'ﬁ', 'σ', '1', 'ǅ']) {
        let up: String = c.to_uppercase().collect();
        let lo: String = c.to_lowercase().collect();
        println!("{:?}: upper={:?} ({} chars) lower={:?} ascii_up={:?}", c, up, c.to_uppercase().count(), lo, c.to_ascii_uppercase());
    }
    let s = black_box("Grüße, Jürgen! ½ → ∞ 😀");
    for c in s.chars().filter(|c| !c.is_ascii()) {
        let mut buf = [0u8; 4];
        let enc = c.encode_utf8(&mut buf);
        print!("{}={:02x?} ", c, enc.as_bytes());
    }
    println!();
    for c in black_box(['\n', '\t', '\'', '"', '\\', '\u{7f}', 'é', '\u{200b}']) {
        print!("[{} {} {:?}] ", c.escape_default(), c.escape_unicode(), c);
    }
    println!();
    // char arithmetic through u32
    let shifted: String = black_box("Hello, World").chars().map(|c| {
        if c.is_ascii_lowercase() {
            (((c as u8 - b'a' + 13) % 26) + b'a') as char
        } else if c.is_ascii_uppercase() {
            (((c as u8 - b'A' + 13) % 26) + b'A') as char
        } else {
            c
        }
    }).collect();
    println!("rot13: {}", shifted);
    let range: String = ('a'..='h').chain('W'..'Z').collect();
    println!("range: {} cmp={}", range, black_box('a') < black_box('b'));
    println!("max char {:?} as u32 {}", char::MAX, char::MAX as u32);
}
