//! Static lookup tables: arrays of &str, nested slices `&[&[u8]]`, tables of structs with string fields, tables of fn pointers, byte strings.
use std::hint::black_box;

static DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
static TABLE: &[&[u8]] = &[b"one", b"", b"three", &[0, 1, 2, 255], b"x"];
static MATRIX: &[&[i32]] = &[&[1, 2, 3], &[4, 5], &[6], &[]];
static NESTED: &[(&str, &[&str])] = &[
    ("fruits", &["apple", "banana"]),
    ("empty", &[]),
    ("veg", &["kale", "leek", "okra"]),
];

#[derive(Debug)]
struct Element {
    symbol: &'static str,
    number: u8,
    mass: f64,
    tags: &'static [&'static str],
}

static ELEMENTS: [Element; 4] = [
    Element { symbol: "H", number: 1, mass: 1.008, tags: &["gas", "light"] },
    Element { symbol: "C", number: 6, mass: 12.011, tags: &["solid"] },
    Element { symbol: "Fe", number: 26, mass: 55.845, tags: &["metal", "magnetic", "solid"] },
    Element { symbol: "Hg", number: 80, mass: 200.59, tags: &["metal", "liquid"] },
];

fn inc(x: i32) -> i32 {
    x + 1
}
fn dec(x: i32) -> i32 {
    x - 1
}
fn sq(x: i32) -> i32 {
    x * x
}
static OPS: [(&str, fn(i32) -> i32); 3] = [("inc", inc), ("dec", dec), ("sq", sq)];

static CRC_TABLE: [u32; 256] = make_crc_table();

const fn make_crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xffff_ffffu32;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    c ^ 0xffff_ffff
}

static HELLO_BYTES: &[u8; 5] = b"hello";
static ESCAPES: &str = "tab:\t nl:\\n quote:\" unicode:\u{263a} raw";
static RAW: &str = r#"raw "string" with \n no escapes"#;
static MULTI: &str = "line one
line two
  indented";

fn main() {
    for i in black_box([0usize, 3, 6]) {
        print!("{} ", DAYS[i]);
    }
    println!();
    println!("days joined: {}", DAYS.join(","));
    for (i, row) in TABLE.iter().enumerate() {
        println!("TABLE[{}] len={} bytes={:?} utf8={:?}", i, row.len(), row, std::str::from_utf8(row).ok());
    }
    let total: i32 = MATRIX.iter().map(|r| r.iter().sum::<i32>()).sum();
    println!("MATRIX rows {} total {} lens {:?}", MATRIX.len(), total, MATRIX.iter().map(|r| r.len()).collect::<Vec<_>>());
    for (name, items) in NESTED {
        println!("{}: {} -> {:?}", name, items.len(), items);
    }
    for e in ELEMENTS.iter() {
        println!("{:>2} #{:<3} {:>8.3} {:?}", e.symbol, e.number, e.mass, e.tags);
    }
    let metals: Vec<&str> = ELEMENTS.iter().filter(|e| e.tags.contains(&"metal")).map(|e| e.symbol).collect();
    println!("metals {:?}", metals);
    let heaviest = ELEMENTS.iter().max_by(|a, b| a.mass.total_cmp(&b.mass)).unwrap();
    println!("heaviest {:?}", heaviest);
    for (name, f) in OPS.iter() {
        print!("{}(7)={} ", name, f(black_box(7)));
    }
    println!();
    println!("crc table[1]={:#010x} [255]={:#010x}", CRC_TABLE[1], CRC_TABLE[255]);
    println!("crc32(\"123456789\")={:#010x}", crc32(black_box(b"123456789")));
    println!("crc32(hello)={:#010x}", crc32(HELLO_BYTES));
    println!("{}", ESCAPES);
    println!("{}", RAW);
    println!("{}", MULTI);
    println!("lens {} {} {}", ESCAPES.len(), RAW.len(), MULTI.lines().count());
    // string literals in match and comparisons
    let key = black_box("Wed");
    let idx = DAYS.iter().position(|&d| d == key);
    println!("position of {} = {:?}", key, idx);
    let s: &'static str = if black_box(true) { "static-a" } else { "static-b" };
    println!("{} {}", s, s.len());
}
