//! Derived Debug output for nested structs/enums/tuples/collections, {:#?} pretty printing, Display vs Debug for strings/chars with escapes.
#![allow(dead_code)]
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::hint::black_box;

#[derive(Debug)]
struct Unit;
#[derive(Debug)]
struct Wrapper(i32, &'static str);
#[derive(Debug)]
enum Kind {
    A,
    B(u8),
    C { x: f32, y: Option<Box<Kind>> },
}
#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
    ratio: f64,
    tags: Vec<&'static str>,
    kind: Kind,
    extra: Option<Wrapper>,
    map: BTreeMap<u8, char>,
    unit: Unit,
    tuple: (i8, bool, char),
}

fn main() {
    let cfg = Config {
        name: String::from("demo \"quoted\"\n"),
        retries: black_box(3),
        ratio: 0.25,
        tags: vec!["x", "y\tz"],
        kind: Kind::C { x: -1.5, y: Some(Box::new(Kind::B(7))) },
        extra: Some(Wrapper(-9, "w")),
        map: [(1u8, 'a'), (2, '\''), (3, '\u{0}')].into_iter().collect(),
        unit: Unit,
        tuple: (-1, true, '\\'),
    };
    println!("{:?}", cfg);
    println!("{:#?}", cfg);
    println!("{:?} {:?} {:?}", Kind::A, Kind::B(255), Wrapper(0, ""));
    let s = black_box("tab\there\u{7f} é \u{1F600} \r");
    println!("display: {}", s);
    println!("debug: {:?}", s);
    println!("chars debug: {:?}", s.chars().filter(|c| !c.is_alphanumeric()).collect::<Vec<_>>());
    let deque: VecDeque<i32> = (1..4).collect();
    let set: BTreeSet<&str> = ["b", "a"].into_iter().collect();
    println!("{:?} {:?} {:?}", deque, set, Some(Ok::<i32, String>(3)));
    println!("{:#?}", (black_box(1), "two", [3.0f32]));
    println!("empty: {:?} {:?} {:?} {:#?}", Vec::<u8>::new(), "", (), BTreeMap::<i32, i32>::new());
    println!("nested options: {:?} {:?}", Some(Some(None::<u8>)), None::<Option<u8>>);
    println!("result: {:?} {:?}", "12".parse::<u8>(), "300".parse::<u8>());
    println!("width on debug: [{:>12?}] [{:<8?}] [{:^10?}]", Some(1), "ab", 'c');
    let arr2d = [[1u8, 2], [3, 4]];
    println!("{:?} {:#?}", arr2d, arr2d[0]);
    println!("refs/boxes: {:?} {:?} {:?}", &&5, Box::new([1, 2]), std::rc::Rc::new("rc"));
    println!("cell: {:?} refcell: {:?}", std::cell::Cell::new(5), std::cell::RefCell::new(vec![1]));
    println!("string with width: [{:>10}] [{:.<10}] [{:.3}] [{:>8.2}]", "right", "dots", "truncate", "ab cd");
}
