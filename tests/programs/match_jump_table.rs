//! Dense and sparse `match` on integers/chars/strings (jump tables vs compare chains), match on tuples of small ints, and large enums with many variants.
use std::hint::black_box;

fn dense(x: u8) -> u32 {
    match x {
        0 => 11,
        1 => 23,
        2 => 37,
        3 => 41,
        4 => 59,
        5 => 61,
        6 => 73,
        7 => 89,
        8 => 97,
        9 => 101,
        10 => 113,
        11 => 127,
        12 => 131,
        13 => 149,
        14 => 151,
        15 => 163,
        _ => 0,
    }
}

fn sparse(x: i64) -> &'static str {
    match x {
        -1_000_000 => "minus million",
        -1 => "minus one",
        0 => "zero",
        7 => "seven",
        42 => "answer",
        1000 => "thousand",
        65536 => "2^16",
        i64::MAX => "max",
        _ => "other",
    }
}

fn ranges(c: char) -> u8 {
    match c {
        '\0'..='\x1f' => 0,
        ' ' => 1,
        '!'..='/' => 2,
        '0'..='9' => 3,
        ':'..='@' => 4,
        'A'..='Z' => 5,
        '['..='`' => 6,
        'a'..='z' => 7,
        '{'..='~' => 8,
        '\x7f' => 9,
        _ => 10,
    }
}

fn keyword(s: &str) -> i32 {
    match s {
        "fn" => 1,
        "let" => 2,
        "match" => 3,
        "if" => 4,
        "else" => 5,
        "while" => 6,
        "loop" => 7,
        "return" => 8,
        "" => -1,
        _ => 0,
    }
}

fn pair(a: u8, b: u8) -> char {
    match (a % 3, b % 3) {
        (0, 0) => 'a',
        (0, 1) => 'b',
        (0, _) => 'c',
        (1, 0) | (2, 0) => 'd',
        (1, x) if x == 2 => 'e',
        (1, _) => 'f',
        (2, 1) => 'g',
        _ => 'h',
    }
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Nop,
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
    Over,
    Neg,
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

fn run(prog: &[Op]) -> Vec<i64> {
    let mut stack: Vec<i64> = Vec::new();
    let mut out = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < prog.len() && steps < 10_000 {
        steps += 1;
        let op = prog[pc];
        pc += 1;
        match op {
            Op::Nop => {}
            Op::Push(v) => stack.push(v),
            Op::Pop => {
                stack.pop();
            }
            Op::Add => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a + b);
            }
            Op::Sub => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a - b);
            }
            Op::Mul => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a.wrapping_mul(b));
            }
            Op::Div => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(if b == 0 { 0 } else { a / b });
            }
            Op::Dup => {
                let a = *stack.last().unwrap();
                stack.push(a);
            }
            Op::Swap => {
                let n = stack.len();
                stack.swap(n - 1, n - 2);
            }
            Op::Over => {
                let a = stack[stack.len() - 2];
                stack.push(a);
            }
            Op::Neg => {
                let a = stack.pop().unwrap();
                stack.push(-a);
            }
            Op::Jz(t) => {
                if stack.pop().unwrap() == 0 {
                    pc = t;
                }
            }
            Op::Jmp(t) => pc = t,
            Op::Print => out.push(*stack.last().unwrap()),
            Op::Halt => break,
        }
    }
    out
}

fn main() {
    let d: Vec<u32> = (0..20u8).map(|i| dense(black_box(i))).collect();
    println!("dense {:?}", d);
    for x in black_box([-1_000_000i64, -1, 0, 7, 8, 42, 1000, 65536, i64::MAX, i64::MIN]) {
        print!("{}:{} ", x, sparse(x));
    }
    println!();
    let classes: String = black_box("Hi! x=42; {ok} ~é\t").chars().map(|c| (b'0' + ranges(c)) as char).collect();
    println!("char classes {}", classes);
    for w in black_box(["fn", "let", "lets", "match", "", "return", "loop", "else", "whilst"]) {
        print!("{}={} ", w, keyword(w));
    }
    println!();
    let grid: Vec<String> = (0..4u8).map(|a| (0..6u8).map(|b| pair(black_box(a), black_box(b))).collect()).collect();
    println!("pairs {:?}", grid);
    // factorial of 10 and a countdown via the stack machine
    let prog = [
        Op::Push(1),
        Op::Push(10),
        // loop: [acc, n]
        Op::Dup,
        Op::Jz(11),
        Op::Dup,
        Op::Print,
        Op::Pop,
        Op::Swap,
        Op::Over,
        Op::Mul,
        Op::Swap, // [acc*n, n]
        // index 11 would be the exit; emulate decrement below instead
        Op::Push(1),
        Op::Sub,
        Op::Jmp(2),
    ];
    // fix the exit target to point past the program end after decrement sequence
    let mut prog = prog.to_vec();
    prog[3] = Op::Jz(prog.len());
    prog.push(Op::Nop);
    let out = run(&prog);
    println!("countdown {:?}", out);
    let prog2 = vec![Op::Push(100), Op::Push(7), Op::Div, Op::Print, Op::Neg, Op::Print, Op::Push(3), Op::Over, Op::Sub, Op::Print, Op::Push(5), Op::Add, Op::Print, Op::Halt, Op::Print];
    println!("arith {:?}", run(&black_box(prog2)));
}
