// Results of calls that may unwind, while values that need dropping are alive: a scalar, a
// float, a pair, a 128-bit integer, a small aggregate returned in registers, a large one returned
// through memory, a `Result` and an `Option<Box<_>>`. Each call either returns (and its result is
// used later, after more calls) or panics (and the live values are dropped on the way out).

use std::panic::{self, AssertUnwindSafe};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Clone, Copy)]
struct Small {
    a: u32,
    b: u16,
}

#[derive(Debug, Clone)]
struct Large {
    words: [u64; 6],
    tag: String,
}

#[inline(never)]
fn scalar(n: u64) -> u64 {
    if n == 13 {
        panic!("unlucky scalar");
    }
    n * 3 + 1
}

#[inline(never)]
fn float(x: f64) -> f64 {
    if x.is_nan() {
        panic!("nan float");
    }
    x * 0.5 + 0.25
}

#[inline(never)]
fn pair(n: u32) -> (u32, bool) {
    if n == 1010 {
        panic!("pair hit {}", n);
    }
    (n.rotate_left(3), n % 2 == 0)
}

#[inline(never)]
fn wide(n: u128) -> u128 {
    if n == 0 {
        panic!("wide zero");
    }
    n.wrapping_mul(0x1234_5678_9abc_def0_1122_3344_5566_7788)
}

#[inline(never)]
fn small(n: u32) -> Small {
    if n == 7 {
        panic!("small seven");
    }
    Small { a: n ^ 0xdead, b: (n as u16).wrapping_mul(31) }
}

#[inline(never)]
fn large(n: u64) -> Large {
    if n == 99 {
        panic!("large ninety-nine");
    }
    let mut words = [0u64; 6];
    for (i, w) in words.iter_mut().enumerate() {
        *w = n.wrapping_mul(i as u64 + 17);
    }
    Large { words, tag: format!("large-{n}") }
}

#[inline(never)]
fn fallible(n: i32) -> Result<i32, String> {
    if n == -1 {
        panic!("fallible minus one");
    }
    if n < 0 { Err(format!("negative {n}")) } else { Ok(n * 2) }
}

#[inline(never)]
fn boxed(n: usize) -> Option<Box<Vec<usize>>> {
    if n == 5 {
        panic!("boxed five");
    }
    if n == 0 { None } else { Some(Box::new((0..n).collect())) }
}

/// Every result stays alive across later calls that may unwind, next to values with drop glue.
#[inline(never)]
fn chain(seed: u64) -> String {
    let _first = Noisy("first");
    let s = scalar(seed);
    let _second = Noisy("second");
    let f = float(seed as f64 + if seed == 1234 { f64::NAN } else { 0.0 });
    let (p, even) = pair(seed as u32 * 10);
    let w = wide(if seed == 4321 { 0 } else { seed as u128 + 1 });
    let sm = small((seed % 100) as u32);
    let lg = large(seed);
    let _third = Noisy("third");
    let r = fallible(if seed == 31 { -1 } else if seed == 32 { -3 } else { seed as i32 });
    let b = boxed(seed as usize % 6);
    format!(
        "s={s} f={f} p={p} even={even} w={w:#x} small={}/{} large={:?}/{} r={r:?} b={:?}",
        sm.a, sm.b, lg.words, lg.tag, b
    )
}

fn run(seed: u64) {
    match panic::catch_unwind(AssertUnwindSafe(|| chain(seed))) {
        Ok(text) => println!("seed {seed}: {text}"),
        Err(_) => println!("seed {seed}: unwound"),
    }
}

fn main() {
    panic::set_hook(Box::new(|info| println!("panic: {}", info.payload_as_str().unwrap_or("?"))));
    for seed in [2, 13, 1234, 101, 4321, 7, 15, 99, 31, 32, 5, 12, 6] {
        run(seed);
    }
}
