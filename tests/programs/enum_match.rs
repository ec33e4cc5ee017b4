//! Pattern matching: guards, @ bindings, ranges, slice patterns, nested enums/tuples, or-patterns, let-else, matches!.
use std::hint::black_box;

#[derive(Debug, Clone)]
enum Token {
    Num(i64),
    Ident(String),
    Op(char),
    Paren(bool),
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn describe_slice(s: &[i32]) -> String {
    match s {
        [] => "empty".into(),
        [x] => format!("one({})", x),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, second, rest @ ..] => format!("first={} second={} rest_len={}", first, second, rest.len()),
    }
}

fn token_info(t: &Token) -> String {
    match t {
        Token::Num(n @ 0..=9) => format!("small num {}", n),
        Token::Num(n) if *n < 0 => format!("negative {}", n),
        Token::Num(n) => format!("num {}", n),
        Token::Ident(s) if s.starts_with('_') => format!("private ident {}", s),
        Token::Ident(s) => format!("ident {} ({} chars)", s, s.len()),
        Token::Op(c @ ('+' | '-')) => format!("additive {}", c),
        Token::Op(c) => format!("op {}", c),
        Token::Paren(open) => (if *open { "(" } else { ")" }).to_string(),
    }
}

fn parse_kv(s: &str) -> Option<(String, i32)> {
    let Some((k, v)) = s.split_once(':') else {
        return None;
    };
    let Ok(n) = v.trim().parse::<i32>() else {
        return None;
    };
    Some((k.trim().to_string(), n))
}

fn main() {
    for n in black_box([-5, 0, 7, 20, 44, 45, i32::MIN]) {
        println!("{} -> {}", n, classify(n));
    }
    let slices: [&[i32]; 5] = [&[], &[1], &[3, 9, 3], &[1, 2, 3, 4], &[5, 6]];
    for s in slices {
        println!("{:?} -> {}", s, describe_slice(black_box(s)));
    }
    let toks = black_box(vec![
        Token::Num(7),
        Token::Num(-12),
        Token::Num(1000),
        Token::Ident("_tmp".into()),
        Token::Ident("value".into()),
        Token::Op('+'),
        Token::Op('*'),
        Token::Paren(true),
        Token::Paren(false),
    ]);
    for t in &toks {
        println!("{:?}: {}", t, token_info(t));
    }
    let nums = toks.iter().filter(|t| matches!(t, Token::Num(n) if *n > 0)).count();
    println!("positive nums: {}", nums);
    // tuple matching
    for pair in black_box([(0, 0), (0, 5), (3, 0), (2, 2), (1, -1)]) {
        let d = match pair {
            (0, 0) => "origin".to_string(),
            (0, y) | (y, 0) => format!("axis at {}", y),
            (x, y) if x == y => format!("diagonal {}", x),
            (x, y) => format!("other {}", x + y),
        };
        println!("{:?} -> {}", pair, d);
    }
    // binding with @ on struct-like patterns
    #[derive(Debug)]
    struct P {
        x: i32,
        y: i32,
    }
    for p in black_box([P { x: 1, y: 50 }, P { x: 15, y: 2 }, P { x: -3, y: -3 }]) {
        match p {
            P { x: px @ 0..=9, y } => println!("small x {} y {}", px, y),
            P { x, y: 0..=5 } => println!("small y, x {}", x),
            ref whole @ P { .. } => println!("other {:?}", whole),
        }
    }
    for s in black_box(["a: 1", "b:22", "c", "d: x"]) {
        println!("parse_kv({:?}) = {:?}", s, parse_kv(s));
    }
    // char ranges and nested Option/Result
    let cs: String = black_box("aZ9_ é").chars().map(|c| match c {
        'a'..='z' => 'l',
        'A'..='Z' => 'U',
        '0'..='9' => 'D',
        ' ' => 's',
        c if c.is_alphabetic() => 'u',
        _ => '?',
    }).collect();
    println!("char classes: {}", cs);
    let nested: Vec<Result<Option<u8>, String>> = vec![Ok(Some(3)), Ok(None), Err("bad".into()), Ok(Some(200))];
    for n in &nested {
        let r = match n {
            Ok(Some(v @ 0..=9)) => format!("digit {}", v),
            Ok(Some(v)) => format!("value {}", v),
            Ok(None) => "nothing".into(),
            Err(e) => format!("error {}", e),
        };
        println!("{}", r);
    }
    // while let with pop
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    // if let chains in edition 2024
    let v: Option<i32> = black_box(Some(12));
    if let Some(x) = v && x > 10 {
        println!("let chain matched {}", x);
    }
    // box pattern via deref
    let boxed: Box<Option<i32>> = Box::new(Some(black_box(4)));
    match *boxed {
        Some(n) if n % 2 == 0 => println!("boxed even {}", n),
        Some(n) => println!("boxed odd {}", n),
        None => println!("boxed none"),
    }
}
