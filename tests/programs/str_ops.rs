//! str methods: split variants, chars/bytes/char_indices, find/replace, trim, parse, case, slicing at char boundaries.
use std::hint::black_box;

fn main() {
    let s = black_box("  The quick brown fox, jumps over the lazy dog.  ");
    println!("[{}] [{}] [{}]", s.trim(), s.trim_start(), s.trim_end());
    let t = s.trim();
    println!("words: {:?}", t.split_whitespace().collect::<Vec<_>>());
    println!("split(','): {:?}", t.split(',').collect::<Vec<_>>());
    println!("split(' ') count: {}", t.split(' ').count());
    println!("splitn(3): {:?}", t.splitn(3, ' ').collect::<Vec<_>>());
    println!("rsplit: {:?}", "a.b.c.d".rsplit('.').collect::<Vec<_>>());
    println!("split_terminator: {:?}", "x;y;z;".split_terminator(';').collect::<Vec<_>>());
    println!("split_once: {:?} {:?}", "key=value=x".split_once('='), "none".split_once('='));
    println!("rsplit_once: {:?}", "path/to/file.txt".rsplit_once('/'));
    println!("lines: {:?}", "l1\nl2\r\nl3\n".lines().collect::<Vec<_>>());
    println!("split by str: {:?}", "a--b----c".split("--").collect::<Vec<_>>());
    println!("split by closure: {:?}", "a1b22c333d".split(|c: char| c.is_ascii_digit()).filter(|p| !p.is_empty()).collect::<Vec<_>>());
    println!("find: {:?} {:?} {:?} rfind: {:?}", t.find("fox"), t.find('q'), t.find("cat"), t.rfind('o'));
    println!("matches: {:?}", t.matches("the").count());
    println!("match_indices: {:?}", "abcabcab".match_indices("ab").collect::<Vec<_>>());
    println!("replace: {}", t.replace("the", "THE"));
    println!("replacen: {}", "aaaa".replacen('a', "b", 2));
    println!("contains: {} {} starts: {} ends: {}", t.contains("brown"), t.contains('z'), t.starts_with("The"), t.ends_with('.'));
    println!("strip: {:?} {:?}", "prefix_body".strip_prefix("prefix_"), "body.rs".strip_suffix(".txt"));
    println!("upper: {} lower: {}", t.to_uppercase(), "MiXeD ÄÖÜ".to_lowercase());
    let u = black_box("naïve café 日本語 🎉");
    println!("len bytes={} chars={}", u.len(), u.chars().count());
    println!("chars rev: {}", u.chars().rev().collect::<String>());
    println!("char_indices: {:?}", u.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    println!("bytes first 8: {:?}", u.bytes().take(8).collect::<Vec<u8>>());
    println!("is_char_boundary(3)={} (4)={}", u.is_char_boundary(3), u.is_char_boundary(4));
    println!("slice [0..5]={} get(0..3)={:?} get(0..4)={:?}", &u[0..5], u.get(0..3), u.get(0..4));
    for v in black_box(["42", "-17", "+8", "abc", "", "99999999999", "3.5", " 7"]) {
        println!("parse {:?}: i32={:?} u8={:?} f64={:?}", v, v.parse::<i32>(), v.parse::<u8>().ok(), v.parse::<f64>().ok());
    }
    println!("i64 from_str_radix: {:?} {:?} {:?}", i64::from_str_radix("-ff", 16), u8::from_str_radix("101", 2), u32::from_str_radix("zz", 36));
    println!("cmp: {} {} {:?}", "apple" < "banana", "Zebra" < "apple", "abc".cmp("abd"));
    println!("eq_ignore_case: {}", "HeLLo".eq_ignore_ascii_case("hello"));
    println!("repeat: {}", "ab".repeat(black_box(4)));
    let csv = black_box("name,age\nalice,30\nbob,25\ncarol,41");
    let total_age: u32 = csv.lines().skip(1).filter_map(|l| l.split(',').nth(1)).map(|a| a.parse::<u32>().unwrap()).sum();
    println!("total age: {}", total_age);
    println!("char to str: {} escape: {}", 'x'.to_string() + "y", "tab\there \"q\"".escape_default());
    println!("trim_matches: {:?} {:?}", "xxhixx".trim_matches('x'), "123abc456".trim_start_matches(char::is_numeric));
    println!("from_utf8: {:?} {:?}", std::str::from_utf8(&[0x68, 0x69]), std::str::from_utf8(&black_box([0xffu8, 0x00])).is_err());
    println!("from_utf8_lossy: {}", String::from_utf8_lossy(&black_box([0x61u8, 0xff, 0x62])));
}
