//! Rust-ABI calls with many mixed arguments: i128/u128, f32/f64, bool, char, &str, slices, tuples/scalar pairs, Option<u32>, small/large structs; by value and by reference; returning pairs and big structs.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq)]
struct P2 {
    x: f32,
    y: f32,
}

#[derive(Debug, Clone, PartialEq)]
struct Large {
    a: [u64; 6],
    s: String,
    f: f64,
}

#[inline(never)]
fn many_ints(a: u8, b: i8, c: u16, d: i16, e: u32, f: i32, g: u64, h: i64, i: usize, j: isize, k: u128, l: i128) -> i128 {
    a as i128 + b as i128 + c as i128 + d as i128 + e as i128 + f as i128 + g as i128 + h as i128 + i as i128 + j as i128 + k as i128 + l
}

#[inline(never)]
fn many_floats(a: f32, b: f64, c: f32, d: f64, e: f32, f: f64, g: f32, h: f64, i: f32, j: f64, k: f32) -> f64 {
    a as f64 - b + c as f64 * d - e as f64 / f + g as f64 + h * i as f64 + j - k as f64
}

#[inline(never)]
fn mixed(s: &str, n: u128, flag: bool, c: char, xs: &[i16], t: (u8, u64), o: Option<u32>, p: P2, f: f32) -> (usize, u128, String) {
    let sum: i64 = xs.iter().map(|&v| v as i64).sum();
    let text = format!("{}|{}|{}|{}|{}|{:?}|{:?}|{}", s, flag, c, sum, t.0 as u64 + t.1, o, p, f);
    (text.len(), n.wrapping_mul(3) ^ (sum as u128), text)
}

#[inline(never)]
fn make_large(seed: u64, name: &str) -> Large {
    let mut a = [0u64; 6];
    for (i, v) in a.iter_mut().enumerate() {
        *v = seed.rotate_left(i as u32 * 9) ^ i as u64;
    }
    Large { a, s: format!("{}-{}", name, seed), f: seed as f64 * 0.5 }
}

#[inline(never)]
fn consume_large(l: Large, extra: Large, k: u8) -> (u64, String) {
    let x = l.a.iter().chain(extra.a.iter()).fold(0u64, |acc, v| acc.wrapping_add(*v)) + k as u64;
    (x, format!("{}+{}:{}", l.s, extra.s, l.f + extra.f))
}

#[inline(never)]
fn by_ref(l: &Large, p: &mut P2, out: &mut Vec<u64>) -> f64 {
    p.x += 1.0;
    p.y *= -2.0;
    out.extend_from_slice(&l.a[..3]);
    l.f + p.x as f64
}

#[inline(never)]
fn ret_pair(a: u64, b: f64) -> (u64, f64) {
    (a.wrapping_mul(31), b * 31.0)
}

#[inline(never)]
fn ret_opt(v: i32) -> Option<(i32, u8)> {
    if v > 0 { Some((v * 2, (v % 256) as u8)) } else { None }
}

#[inline(never)]
fn ret_result(s: &str) -> Result<u128, String> {
    s.parse::<u128>().map_err(|e| format!("{}: {}", s, e))
}

#[inline(never)]
fn ret_p2(x: f32) -> P2 {
    P2 { x, y: -x }
}

#[inline(never)]
fn ret_i128_pair(a: i128) -> (i128, i128) {
    (a / 3, a % 3)
}

#[inline(never)]
fn nested_generic<T: Copy + std::fmt::Debug, U: Clone + std::fmt::Debug>(t: T, u: U, n: usize) -> Vec<(T, U)> {
    (0..n).map(|_| (t, u.clone())).collect()
}

#[inline(never)]
fn unit_and_never_returning_paths(x: u32) -> () {
    if x == 0 {
        return;
    }
    println!("unit fn got {}", x);
}

fn main() {
    println!("many_ints {}", many_ints(black_box(255), black_box(-128), 65535, -32768, u32::MAX, i32::MIN, u64::MAX, i64::MIN, usize::MAX, isize::MIN, black_box(u128::MAX >> 2), black_box(i128::MIN >> 2)));
    println!("many_floats {}", many_floats(black_box(1.5), 2.25, 3.0, 4.5, 5.0, 6.25, 7.5, 8.0, 9.5, 10.75, 11.0));
    let xs = black_box([1i16, -2, 300, -4000]);
    let (len, n, text) = mixed(black_box("abc"), black_box(1u128 << 100), true, 'λ', &xs, (7, u64::MAX - 7), Some(9), P2 { x: 0.5, y: -1.5 }, 2.5);
    println!("mixed len={} n={} text={}", len, n, text);
    let r2 = mixed("", 0, false, '\0', &[], (0, 0), None, P2 { x: 0.0, y: 0.0 }, -0.0);
    println!("mixed2 {:?}", r2);
    let l1 = make_large(black_box(0x1234_5678), "first");
    let l2 = make_large(black_box(99), "second");
    println!("large {:?}", l1);
    let mut p = P2 { x: black_box(1.0), y: 3.0 };
    let mut out = Vec::new();
    let f = by_ref(&l1, &mut p, &mut out);
    println!("by_ref f={} p={:?} out={:?}", f, p, out);
    let (x, s) = consume_large(l1.clone(), l2, black_box(5));
    println!("consume_large {} {}", x, s);
    println!("ret_pair {:?} ret_opt {:?} {:?} ret_p2 {:?}", ret_pair(black_box(u64::MAX), 1.5), ret_opt(black_box(300)), ret_opt(black_box(-1)), ret_p2(black_box(2.5)));
    println!("ret_result {:?} {:?}", ret_result(black_box("340282366920938463463374607431768211455")), ret_result(black_box("-1")));
    println!("ret_i128_pair {:?} {:?}", ret_i128_pair(black_box(i128::MIN)), ret_i128_pair(black_box(1i128 << 100)));
    println!("generic {:?}", nested_generic(black_box(1.5f32), String::from("s"), 2));
    println!("generic {:?}", nested_generic(black_box((1u8, -1i64)), Some('x'), 3));
    unit_and_never_returning_paths(black_box(0));
    unit_and_never_returning_paths(black_box(7));
    // recursion passing large structs by value
    fn rec(l: Large, depth: u32) -> u64 {
        if depth == 0 { l.a[5] } else {
            let mut n = l;
            n.a[5] = n.a[5].wrapping_mul(3).wrapping_add(depth as u64);
            rec(n, depth - 1)
        }
    }
    println!("rec {}", rec(l1, black_box(50)));
    // function pointer with Rust ABI and many args
    let fp: fn(u8, i8, u16, i16, u32, i32, u64, i64, usize, isize, u128, i128) -> i128 = many_ints;
    println!("via ptr {}", fp(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, black_box(-12)));
}
