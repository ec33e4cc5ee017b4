//! Control flow: nested/labeled loops with break values, labeled blocks, while-let, early returns from nested matches, ? in Option chains, irreducible-ish state machines.
use std::hint::black_box;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn find_pair(xs: &[i32], target: i32) -> Option<(usize, usize)> {
    'outer: for i in 0..xs.len() {
        for j in i + 1..xs.len() {
            if xs[i] + xs[j] > target * 10 {
                continue 'outer;
            }
            if xs[i] + xs[j] == target {
                return Some((i, j));
            }
        }
    }
    None
}

fn classify(v: i32) -> &'static str {
    let r = 'blk: {
        if v < 0 {
            break 'blk "negative";
        }
        if v == 0 {
            break 'blk "zero";
        }
        if v % 2 == 0 { "even" } else { "odd" }
    };
    r
}

fn parse_triplet(s: &str) -> Option<(u8, u8, u8)> {
    let mut it = s.split(',');
    let a = it.next()?.trim().parse().ok()?;
    let b = it.next()?.trim().parse().ok()?;
    let c = it.next()?.trim().parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    Some((a, b, c))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Start,
    Ident,
    Number,
    Space,
    Error,
}

fn tokenize_kinds(s: &str) -> Vec<(State, String)> {
    let mut out = Vec::new();
    let mut state = State::Start;
    let mut cur = String::new();
    for c in s.chars().chain(std::iter::once('\0')) {
        let next = match (state, c) {
            (_, '\0') => State::Start,
            (State::Ident, c) if c.is_alphanumeric() => State::Ident,
            (State::Number, c) if c.is_ascii_digit() => State::Number,
            (State::Space, ' ') => State::Space,
            (_, c) if c.is_alphabetic() => State::Ident,
            (_, c) if c.is_ascii_digit() => State::Number,
            (_, ' ') => State::Space,
            _ => State::Error,
        };
        if next != state || next == State::Error {
            if state != State::Start && !cur.is_empty() {
                out.push((state, std::mem::take(&mut cur)));
            }
            cur.clear();
        }
        if c != '\0' {
            cur.push(c);
        }
        state = next;
    }
    out
}

fn main() {
    let best = (1..black_box(3000u64)).map(|n| (collatz_len(n), n)).max().unwrap();
    println!("longest collatz under 3000: n={} steps={}", best.1, best.0);
    let xs = black_box([3, 9, 14, 1, 7, 22, 5]);
    println!("find_pair 12 {:?} 36 {:?} 100 {:?}", find_pair(&xs, 12), find_pair(&xs, 36), find_pair(&xs, 100));
    println!("{:?}", black_box([-3, 0, 4, 7]).map(classify));
    for s in black_box(["1,2,3", "10, 20 ,30", "1,2", "1,2,3,4", "1,x,3", "255,0,256"]) {
        println!("parse_triplet({:?}) = {:?}", s, parse_triplet(s));
    }
    // loop with break value and counter
    let mut n = black_box(1u64);
    let mut iters = 0;
    let first_over = loop {
        n = n * 3 + iters;
        iters += 1;
        if n > 1_000_000 {
            break n;
        }
    };
    println!("first over 1e6: {} after {} iters", first_over, iters);
    // while let over a manual stack (DFS)
    let edges: [(usize, usize); 8] = black_box([(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (2, 6), (6, 5)]);
    let mut seen = [false; 7];
    let mut order = Vec::new();
    let mut stack = vec![0usize];
    while let Some(v) = stack.pop() {
        if seen[v] {
            continue;
        }
        seen[v] = true;
        order.push(v);
        for &(a, b) in edges.iter().rev() {
            if a == v && !seen[b] {
                stack.push(b);
            }
        }
    }
    println!("dfs order {:?}", order);
    println!("{:?}", tokenize_kinds(black_box("abc 123 x9  42!z")));
    // nested loops with continue/break at multiple levels
    let mut found = Vec::new();
    'a: for i in 1..20 {
        if i % 5 == 0 {
            continue 'a;
        }
        for j in 1..20 {
            if j > i {
                continue 'a;
            }
            if i * j > 150 {
                break 'a;
            }
            if (i * j) % 14 == 0 {
                found.push((i, j));
            }
        }
    }
    println!("found {:?}", found);
    // match with early return inside closure-like fn
    fn first_negative_index(v: &[i64]) -> Result<usize, String> {
        for (i, &x) in v.iter().enumerate() {
            match x {
                x if x < 0 => return Ok(i),
                0 => return Err(format!("zero at {}", i)),
                _ => {}
            }
        }
        Err("none".into())
    }
    println!("{:?} {:?} {:?}", first_negative_index(&black_box([3, 4, -1])), first_negative_index(&[1, 0, -1]), first_negative_index(&[1, 2]));
}
