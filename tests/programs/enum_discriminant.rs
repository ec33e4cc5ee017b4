//! std::mem::discriminant comparisons, discriminant of data-carrying and C-like enums, Hash of discriminants, counting variants.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::mem::discriminant;

#[derive(Debug, Clone)]
enum Event {
    Key(char),
    Click { x: u16, y: u16 },
    Scroll(f32),
    Resize(u32, u32),
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
enum Level {
    Trace = 1,
    Debug = 2,
    Info = 4,
    Warn = 8,
    Error = 16,
}

#[derive(Debug)]
#[repr(u8)]
enum Tagged {
    A(u32) = 3,
    B { v: u16 } = 7,
    C = 200,
}

impl Tagged {
    fn tag(&self) -> u8 {
        // Safe for repr(u8) enums: the tag is the first byte.
        unsafe { *(self as *const Self as *const u8) }
    }
}

fn variant_name(e: &Event) -> &'static str {
    match e {
        Event::Key(_) => "Key",
        Event::Click { .. } => "Click",
        Event::Scroll(_) => "Scroll",
        Event::Resize(..) => "Resize",
        Event::Close => "Close",
    }
}

fn main() {
    let events = black_box(vec![
        Event::Key('a'),
        Event::Click { x: 1, y: 2 },
        Event::Key('b'),
        Event::Scroll(-1.5),
        Event::Close,
        Event::Resize(800, 600),
        Event::Click { x: 9, y: 9 },
        Event::Key('c'),
        Event::Scroll(2.0),
    ]);
    for w in events.windows(2) {
        println!("{} vs {}: same variant = {}", variant_name(&w[0]), variant_name(&w[1]), discriminant(&w[0]) == discriminant(&w[1]));
    }
    let key_d = discriminant(&Event::Key('z'));
    let keys = events.iter().filter(|e| discriminant(*e) == key_d).count();
    println!("key events: {}", keys);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &events {
        *counts.entry(variant_name(e)).or_default() += 1;
    }
    println!("counts: {:?}", counts);
    // discriminant values for C-like enum via `as`
    let levels = black_box([Level::Warn, Level::Trace, Level::Error, Level::Info, Level::Debug]);
    let mask = levels.iter().fold(0u8, |m, l| m | *l as u8);
    println!("mask={:#010b}", mask);
    let mut sorted = levels;
    sorted.sort();
    println!("sorted: {:?}", sorted);
    println!("discriminant eq: {} {}", discriminant(&levels[0]) == discriminant(&Level::Warn), discriminant(&levels[1]) == discriminant(&Level::Warn));
    // explicit discriminants on data-carrying repr(u8) enum
    let ts = black_box([Tagged::A(5), Tagged::B { v: 6 }, Tagged::C]);
    for t in &ts {
        println!("{:?} tag={}", t, t.tag());
    }
    if let Tagged::B { v } = &ts[1] {
        println!("B.v = {}", v);
    }
    if let Tagged::A(n) = ts[0] {
        println!("A.0 = {}", n);
    }
    // discriminant of Option / Result
    let a: Option<u32> = black_box(Some(1));
    let b: Option<u32> = black_box(Some(2));
    let c: Option<u32> = black_box(None);
    println!("Option: some/some {} some/none {}", discriminant(&a) == discriminant(&b), discriminant(&a) == discriminant(&c));
    let r1: Result<i8, String> = Ok(1);
    let r2: Result<i8, String> = Err("e".into());
    println!("Result: {}", discriminant(&r1) == discriminant(&r2));
    // hashing discriminants in a HashSet (only print len)
    let set: std::collections::HashSet<_> = events.iter().map(discriminant).collect();
    println!("distinct variants via HashSet: {}", set.len());
    // unchecked use of payloads after discriminant checks
    let total_area: u64 = events.iter().map(|e| match e {
        Event::Resize(w, h) => *w as u64 * *h as u64,
        Event::Click { x, y } => *x as u64 + *y as u64,
        Event::Scroll(f) => f.abs() as u64,
        Event::Key(c) => *c as u64,
        Event::Close => 0,
    }).sum();
    println!("payload sum: {}", total_area);
}
