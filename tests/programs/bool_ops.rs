//! bool logic: short-circuiting, bitwise ops, then/then_some, bool->int, bool in arrays and structs.
use std::hint::black_box;

fn noisy(name: &str, v: bool) -> bool {
    println!("  eval {} -> {}", name, v);
    v
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags {
    a: bool,
    b: bool,
    c: bool,
}

fn main() {
    let t = black_box(true);
    let f = black_box(false);
    println!("and short-circuit:");
    let r = noisy("f", f) && noisy("t", t);
    println!("=> {}", r);
    println!("or short-circuit:");
    let r = noisy("t", t) || noisy("f", f);
    println!("=> {}", r);
    println!("non-short-circuit &:");
    let r = noisy("f", f) & noisy("t", t);
    println!("=> {}", r);
    for a in [false, true] {
        for b in [false, true] {
            let (a, b) = (black_box(a), black_box(b));
            println!("{} {}: and={} or={} xor={} nand={} eq={} lt={} as_u8={} as_i32={}", a, b, a & b, a | b, a ^ b, !(a && b), a == b, a < b, (a as u8) + (b as u8), a as i32 - b as i32);
        }
    }
    println!("then: {:?} {:?}", t.then(|| 5), f.then(|| 5));
    println!("then_some: {:?} {:?}", t.then_some("yes"), f.then_some("no"));
    let bits = black_box([true, false, true, true, false, false, true, false]);
    let byte = bits.iter().fold(0u8, |acc, &b| (acc << 1) | b as u8);
    println!("packed: {:08b} = {}", byte, byte);
    let count = bits.iter().filter(|&&b| b).count();
    println!("count true = {} any={} all={}", count, bits.iter().any(|&b| b), bits.iter().all(|&b| b));
    let fl = Flags { a: black_box(true), b: false, c: true };
    let fl2 = Flags { b: !fl.b, ..fl };
    println!("{:?} {:?} eq={} size={}", fl, fl2, fl == fl2, std::mem::size_of::<Flags>());
    let x: i32 = black_box(17);
    let is_odd = x % 2 == 1;
    let in_range = (10..20).contains(&x);
    println!("odd={} in_range={} both={} choose={}", is_odd, in_range, is_odd && in_range, if is_odd { "odd" } else { "even" });
    println!("bool from str: {:?} {:?} {:?}", "true".parse::<bool>(), "false".parse::<bool>(), black_box("yes").parse::<bool>().is_err());
    println!("not of array: {:?}", bits.map(|b| !b));
    let mut toggle = black_box(false);
    for _ in 0..5 {
        toggle = !toggle;
        print!("{} ", toggle);
    }
    println!();
    println!("fmt: [{:>6}] [{:<6}] [{:^7}]", t, f, t);
}
