//! Function pointers: fn items as values, passing fn items where closures are expected, arrays of fn pointers, methods as fn pointers, higher-order fns.
use std::hint::black_box;

fn double(x: i64) -> i64 {
    x * 2
}
fn square(x: i64) -> i64 {
    x * x
}
fn negate(x: i64) -> i64 {
    -x
}
fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn apply_all(fs: &[fn(i64) -> i64], x: i64) -> Vec<i64> {
    fs.iter().map(|f| f(x)).collect()
}

fn twice(f: fn(i64) -> i64) -> impl Fn(i64) -> i64 {
    move |x| f(f(x))
}

fn choose(op: u8) -> fn(i64, i64) -> i64 {
    match op {
        b'+' => add,
        b'-' => |a, b| a - b,
        b'*' => |a, b| a * b,
        _ => i64::max,
    }
}

struct Point {
    x: i32,
    y: i32,
}
impl Point {
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

fn generic_id<T>(t: T) -> T {
    t
}

fn main() {
    let fs: [fn(i64) -> i64; 3] = [double, square, negate];
    println!("apply_all: {:?}", apply_all(&fs, black_box(7)));
    let v: Vec<i64> = black_box(vec![1, 2, 3, 4]).into_iter().map(square).collect();
    println!("map(square): {:?}", v);
    let total = v.iter().copied().fold(0, add);
    println!("fold(add): {}", total);
    println!("twice: {} {}", twice(double)(black_box(5)), twice(square)(black_box(3)));
    for op in black_box(*b"+-*?") {
        let f = choose(op);
        println!("{} -> {}", op as char, f(black_box(12), black_box(5)));
    }
    let method: fn(&Point) -> i32 = Point::manhattan;
    let ctor: fn() -> Point = Point::origin;
    let pts = [Point { x: 3, y: -4 }, ctor(), Point { x: -10, y: 1 }];
    println!("method ptrs: {:?}", pts.iter().map(method).collect::<Vec<_>>());
    let parsers: [fn(&str) -> Option<i64>; 2] = [|s| s.parse().ok(), |s| i64::from_str_radix(s, 16).ok()];
    for s in black_box(["10", "ff", "zz"]) {
        println!("{} -> {:?}", s, parsers.iter().map(|p| p(s)).collect::<Vec<_>>());
    }
    let id_u8: fn(u8) -> u8 = generic_id::<u8>;
    let id_str: fn(&'static str) -> &'static str = generic_id;
    println!("generic fn ptrs: {} {}", id_u8(black_box(200)), id_str("hi"));
    // std functions as pointers
    let to_upper: fn(&char) -> char = char::to_ascii_uppercase;
    println!("{}", black_box("mixed Case").chars().map(|c| to_upper(&c)).collect::<String>());
    let lens: Vec<usize> = ["a", "bcd", "ef"].iter().copied().map(str::len).collect();
    println!("str::len: {:?}", lens);
    let abs: fn(i32) -> i32 = i32::abs;
    println!("i32::abs: {:?}", black_box([-3, 4, -5]).map(abs));
    // fn pointer comparison and Option<fn>
    let maybe: Option<fn(i64) -> i64> = if black_box(true) { Some(negate) } else { None };
    println!("option fn: {:?}", maybe.map(|f| f(9)));
    // dispatch table indexed at runtime
    let table: [(&str, fn(f64) -> f64); 4] = [("sqrt", f64::sqrt), ("abs", f64::abs), ("floor", f64::floor), ("recip", f64::recip)];
    for (name, f) in table {
        print!("{}={} ", name, f(black_box(-6.25f64).abs() * if name == "abs" { -1.0 } else { 1.0 }));
    }
    println!();
    // calling through a fn pointer stored in a struct field
    struct Handler {
        name: &'static str,
        f: fn(&mut Vec<i32>),
    }
    let handlers = [
        Handler { name: "push", f: |v| v.push(v.len() as i32) },
        Handler { name: "rev", f: |v| v.reverse() },
        Handler { name: "dbl", f: |v| v.iter_mut().for_each(|x| *x *= 2) },
    ];
    let mut state = vec![1];
    for h in handlers.iter().cycle().take(7) {
        (h.f)(&mut state);
        println!("{}: {:?}", h.name, state);
    }
}
