//! String building: push/push_str, format!, write!, insert/remove, truncate, drain, capacity-independent behaviour, concat/join.
use std::fmt::Write;
use std::hint::black_box;

fn main() {
    let mut s = String::new();
    for i in 0..black_box(10) {
        s.push(char::from(b'a' + i as u8));
        if i % 3 == 2 {
            s.push_str("-");
        }
    }
    println!("{} len={}", s, s.len());
    s.insert(0, '[');
    s.insert_str(1, ">>");
    s.push(']');
    println!("{}", s);
    let removed = s.remove(1);
    println!("removed {:?} -> {}", removed, s);
    s.truncate(6);
    println!("truncated {}", s);
    let popped = s.pop();
    println!("popped {:?} -> {}", popped, s);
    s.retain(|c| c != '-');
    println!("retain {}", s);
    let mut d = String::from(black_box("Hello, wonderful world"));
    let drained: String = d.drain(7..17).collect();
    println!("drained {:?} left {:?}", drained, d);
    d.replace_range(0..5, "Goodbye");
    println!("replace_range {}", d);
    let mut out = String::new();
    for (i, w) in black_box(["one", "two", "three"]).iter().enumerate() {
        write!(out, "{}={};", i, w).unwrap();
    }
    writeln!(out, " total={}", 3).unwrap();
    print!("{}", out);
    let parts = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    println!("join: {} concat: {}", parts.join(", "), parts.concat());
    let joined: String = (1..=5).map(|i| black_box(i).to_string()).collect::<Vec<_>>().join("+");
    println!("{} = {}", joined, (1..=5).sum::<i32>());
    let a = String::from("foo");
    let b = String::from("bar");
    let c = a + &b + "-" + &b;
    println!("concat via +: {}", c);
    let mut e = c.clone();
    e += "!";
    e.extend(['x', 'y']);
    e.extend(["zz", "w"]);
    println!("extend: {}", e);
    println!("split_off: {:?}", { let mut t = e.clone(); let tail = t.split_off(6); (t, tail) });
    // build a table with padding
    let rows = black_box([("apple", 3, 1.25f64), ("kiwi", 12, 0.5), ("watermelon", 1, 4.75)]);
    let mut table = String::new();
    for (name, qty, price) in rows {
        writeln!(table, "|{:<12}|{:>4}|{:>8.2}|", name, qty, price * qty as f64).unwrap();
    }
    print!("{}", table);
    // from utf8 bytes and chars
    let from_bytes = String::from_utf8(black_box(vec![82, 117, 115, 116])).unwrap();
    let from_chars: String = black_box(vec!['c', 'h', 'a', 'r', 's']).into_iter().collect();
    println!("{} {} {}", from_bytes, from_chars, String::from_utf16(&[0x48, 0x69, 0xd83d, 0xde00]).unwrap());
    // char-based manipulation
    let title: String = black_box("hello big wide world").split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
    // long string growth
    let mut long = String::new();
    for i in 0..black_box(500) {
        long.push_str(&i.to_string());
    }
    println!("long len={} tail={}", long.len(), &long[long.len() - 10..]);
    println!("is_empty {} {}", String::new().is_empty(), long.is_empty());
    let cow = String::from_utf8_lossy(b"plain");
    println!("cow: {}", cow);
    println!("chars().rev(): {}", "stressed".chars().rev().collect::<String>());
    println!("format width from var: [{:>w$}] [{:-^w$}]", "r", "c", w = black_box(7));
}
