//! Fn closures: capture by shared reference, passing closures to generic functions, closures stored in structs, capturing many values of different sizes.
use std::hint::black_box;

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn apply_n<F>(f: F, n: usize, x: f64) -> f64
where
    F: Fn(f64) -> f64,
{
    (0..n).fold(x, |acc, _| f(acc))
}

struct Validator<F: Fn(&str) -> bool> {
    name: &'static str,
    check: F,
}

impl<F: Fn(&str) -> bool> Validator<F> {
    fn run(&self, s: &str) -> String {
        format!("{}({:?})={}", self.name, s, (self.check)(s))
    }
}

fn main() {
    let offset = black_box(10);
    let scale = black_box(3);
    let f = |x| x * scale + offset;
    println!("apply: {} {}", apply(f, 1), apply(&f, 5));
    println!("apply_twice: {}", apply_twice(&f, 2));
    println!("still usable: offset={} scale={} f(0)={}", offset, scale, f(0));
    let damping = black_box(0.5);
    println!("apply_n: {}", apply_n(|v| v * damping + 1.0, 10, 0.0));
    // capturing a mixture of types including large arrays and strings
    let big = black_box([1u64, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    let label = String::from("total");
    let flag = black_box(true);
    let small = black_box(7u8);
    let summary = || {
        let s: u64 = big.iter().sum();
        format!("{}={} flag={} small={}", label, if flag { s } else { 0 }, flag, small)
    };
    println!("{}", summary());
    println!("{}", summary());
    // closures with explicit types and returning tuples
    let split = |n: u32| -> (u32, u32) { (n / 100, n % 100) };
    println!("split: {:?} {:?}", split(black_box(1234)), split(black_box(7)));
    // closures in a struct with generics
    let min_len = black_box(3);
    let v1 = Validator { name: "long", check: |s: &str| s.len() >= min_len };
    let v2 = Validator { name: "digits", check: |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) };
    for s in black_box(["ab", "abcd", "123", ""]) {
        println!("{} {}", v1.run(s), v2.run(s));
    }
    // sort_by with capturing closure
    let pivot = black_box(50);
    let mut xs = black_box(vec![10, 90, 45, 55, 50, 0, 100]);
    xs.sort_by_key(|&x| ((x - pivot) as i32).abs());
    println!("sorted by distance from {}: {:?}", pivot, xs);
    // Vec of &dyn Fn
    let a = black_box(2);
    let pow_a = |x: i32, _: i32| x.pow(a);
    let ops: Vec<(&str, &dyn Fn(i32, i32) -> i32)> = vec![
        ("add", &|x, y| x + y),
        ("mul", &|x, y| x * y),
        ("pow_a", &pow_a),
        ("max", &|x: i32, y| x.max(y)),
    ];
    for (name, op) in &ops {
        print!("{}={} ", name, op(black_box(6), black_box(-4)));
    }
    println!();
    // closure capturing a reference to a closure
    let inner = |x: i32| x + 1;
    let outer = |x: i32| inner(inner(x)) * 2;
    println!("nested closures: {}", outer(black_box(5)));
    // size of closures depends on captures
    let c0 = || 1;
    let c1 = || offset;
    let c2 = || (offset, scale, flag);
    println!("closure sizes: {} {} {}", std::mem::size_of_val(&c0), std::mem::size_of_val(&c1), std::mem::size_of_val(&c2));
    println!("calls: {} {} {:?}", c0(), c1(), c2());
}
