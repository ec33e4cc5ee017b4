//! Nested niches: Option<Option<bool>>, Option<Option<char>>, enums with niches inside struct-variant fields, Option<Ordering>.
use std::cmp::Ordering;
use std::hint::black_box;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Inner {
    A,
    B,
    C,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Outer {
    First { flag: bool, tag: u8 },
    Second { inner: Inner, n: u32 },
    Third(char),
    Fourth,
}

#[derive(Debug, Clone, PartialEq)]
enum WithRef<'a> {
    Named { name: &'a str, id: u16 },
    Anon,
    Count(usize),
}

#[derive(Debug)]
struct Holder {
    a: Option<Inner>,
    b: Option<Option<Inner>>,
    c: Option<bool>,
}

fn make_oob(i: u8) -> Option<Option<bool>> {
    match i % 4 {
        0 => None,
        1 => Some(None),
        2 => Some(Some(false)),
        _ => Some(Some(true)),
    }
}

fn make_outer(i: u32) -> Outer {
    match i % 5 {
        0 => Outer::First { flag: i % 2 == 0, tag: i as u8 },
        1 => Outer::Second { inner: Inner::B, n: i * 100 },
        2 => Outer::Second { inner: Inner::C, n: i },
        3 => Outer::Third(char::from_u32(0x41 + i).unwrap()),
        _ => Outer::Fourth,
    }
}

fn main() {
    println!(
        "sizes: Option<Option<bool>>={} Option<Option<Option<bool>>>={} Option<Option<char>>={} Outer={} Option<Outer>={} WithRef={} Option<WithRef>={} Holder={} Option<Ordering>={} Option<Option<Ordering>>={}",
        size_of::<Option<Option<bool>>>(), size_of::<Option<Option<Option<bool>>>>(), size_of::<Option<Option<char>>>(), size_of::<Outer>(), size_of::<Option<Outer>>(),
        size_of::<WithRef>(), size_of::<Option<WithRef>>(), size_of::<Holder>(), size_of::<Option<Ordering>>(), size_of::<Option<Option<Ordering>>>()
    );
    for i in 0..8 {
        let v = make_oob(black_box(i));
        let desc = match v {
            None => "outer none",
            Some(None) => "inner none",
            Some(Some(true)) => "true",
            Some(Some(false)) => "false",
        };
        println!("{} {:?} {} flatten={:?}", i, v, desc, v.flatten());
    }
    let occ: Vec<Option<Option<char>>> = vec![None, Some(None), Some(Some(black_box('ζ'))), Some(Some('\u{10ffff}'))];
    for o in &occ {
        println!("ooc {:?} -> {:?}", o, o.and_then(|x| x).map(|c| c as u32));
    }
    for i in 0..10 {
        let o = make_outer(black_box(i));
        let wrapped: Option<Outer> = if i % 3 == 0 { None } else { Some(o) };
        let s = match wrapped {
            Some(Outer::First { flag: true, tag }) => format!("first+ {}", tag),
            Some(Outer::First { flag: false, tag }) => format!("first- {}", tag),
            Some(Outer::Second { inner: Inner::B, n }) => format!("second B {}", n),
            Some(Outer::Second { inner, n }) => format!("second {:?} {}", inner, n),
            Some(Outer::Third(c)) => format!("third {}", c),
            Some(Outer::Fourth) => "fourth".to_string(),
            None => "none".to_string(),
        };
        println!("{} {:?} => {}", i, o, s);
    }
    let names = black_box(["alpha", "beta"]);
    let items = vec![WithRef::Named { name: names[0], id: 1 }, WithRef::Anon, WithRef::Count(77), WithRef::Named { name: names[1], id: 65535 }];
    for it in &items {
        let o = Some(it.clone());
        println!("{:?} is_some={}", o, o.is_some());
    }
    let h = Holder { a: Some(Inner::A), b: Some(None), c: black_box(None) };
    println!("{:?}", h);
    let h2 = Holder { a: None, b: Some(Some(Inner::C)), c: Some(black_box(true)) };
    println!("{:?} eq a {} eq b {} eq c {}", h2, h.a == h2.a, h.b == h2.b, h.c == h2.c);
    let cmps: Vec<Option<Ordering>> = black_box([1.0f64, f64::NAN, 3.0]).iter().map(|x| x.partial_cmp(&2.0)).collect();
    println!("{:?}", cmps);
    // Result with niche-bearing payloads
    let rs: Vec<Result<bool, Inner>> = vec![Ok(true), Err(Inner::B), Ok(false), Err(Inner::C)];
    println!("{:?} size={}", rs, size_of::<Result<bool, Inner>>());
    let rr: Result<Option<bool>, ()> = black_box(Ok(None));
    println!("{:?} transpose={:?}", rr, rr.transpose());
}
