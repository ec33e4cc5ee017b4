//! Realistic: tokenizer + recursive-descent parser + evaluator for arithmetic with variables, functions and let-bindings, using enums and Box.
use std::collections::BTreeMap;
use std::fmt;
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
    Comma,
    Let,
    Eq,
    In,
}

#[derive(Debug, Clone)]
enum Expr {
    Num(f64),
    Var(String),
    Neg(Box<Expr>),
    Bin(char, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
    Let(String, Box<Expr>, Box<Expr>),
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Var(v) => write!(f, "{}", v),
            Expr::Neg(e) => write!(f, "(-{})", e),
            Expr::Bin(op, a, b) => write!(f, "({} {} {})", a, op, b),
            Expr::Call(name, args) => {
                write!(f, "{}(", name)?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", a)?;
                }
                write!(f, ")")
            }
            Expr::Let(n, v, body) => write!(f, "let {} = {} in {}", n, v, body),
        }
    }
}

fn tokenize(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            out.push(Tok::Num(s.parse().map_err(|_| format!("bad number {:?}", s))?));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            out.push(match s.as_str() {
                "let" => Tok::Let,
                "in" => Tok::In,
                _ => Tok::Ident(s),
            });
        } else {
            out.push(match c {
                '+' | '-' | '*' | '/' | '^' | '%' => Tok::Op(c),
                '(' => Tok::LParen,
                ')' => Tok::RParen,
                ',' => Tok::Comma,
                '=' => Tok::Eq,
                _ => return Err(format!("unexpected char {:?} at {}", c, i)),
            });
            i += 1;
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }
    fn expect(&mut self, t: Tok) -> Result<(), String> {
        match self.next() {
            Some(ref x) if *x == t => Ok(()),
            other => Err(format!("expected {:?}, got {:?}", t, other)),
        }
    }
    fn expr(&mut self) -> Result<Expr, String> {
        if self.peek() == Some(&Tok::Let) {
            self.next();
            let name = match self.next() {
                Some(Tok::Ident(n)) => n,
                other => return Err(format!("expected name, got {:?}", other)),
            };
            self.expect(Tok::Eq)?;
            let v = self.expr()?;
            self.expect(Tok::In)?;
            let body = self.expr()?;
            return Ok(Expr::Let(name, Box::new(v), Box::new(body)));
        }
        self.additive()
    }
    fn additive(&mut self) -> Result<Expr, String> {
        let mut lhs = self.term()?;
        while let Some(Tok::Op(op @ ('+' | '-'))) = self.peek().cloned() {
            self.next();
            let rhs = self.term()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
    fn term(&mut self) -> Result<Expr, String> {
        let mut lhs = self.power()?;
        while let Some(Tok::Op(op @ ('*' | '/' | '%'))) = self.peek().cloned() {
            self.next();
            let rhs = self.power()?;
            lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }
    fn power(&mut self) -> Result<Expr, String> {
        let base = self.unary()?;
        if let Some(Tok::Op('^')) = self.peek() {
            self.next();
            let exp = self.power()?; // right associative
            return Ok(Expr::Bin('^', Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<Expr, String> {
        if let Some(Tok::Op('-')) = self.peek() {
            self.next();
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        self.atom()
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.next() {
            Some(Tok::Num(n)) => Ok(Expr::Num(n)),
            Some(Tok::Ident(name)) => {
                if self.peek() == Some(&Tok::LParen) {
                    self.next();
                    let mut args = Vec::new();
                    if self.peek() != Some(&Tok::RParen) {
                        loop {
                            args.push(self.expr()?);
                            if self.peek() == Some(&Tok::Comma) {
                                self.next();
                            } else {
                                break;
                            }
                        }
                    }
                    self.expect(Tok::RParen)?;
                    Ok(Expr::Call(name, args))
                } else {
                    Ok(Expr::Var(name))
                }
            }
            Some(Tok::LParen) => {
                let e = self.expr()?;
                self.expect(Tok::RParen)?;
                Ok(e)
            }
            other => Err(format!("unexpected token {:?}", other)),
        }
    }
}

fn eval(e: &Expr, env: &mut Vec<(String, f64)>) -> Result<f64, String> {
    Ok(match e {
        Expr::Num(n) => *n,
        Expr::Var(v) => env.iter().rev().find(|(n, _)| n == v).map(|(_, x)| *x).ok_or_else(|| format!("unbound {}", v))?,
        Expr::Neg(a) => -eval(a, env)?,
        Expr::Bin(op, a, b) => {
            let (x, y) = (eval(a, env)?, eval(b, env)?);
            match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                '/' => {
                    if y == 0.0 {
                        return Err("division by zero".into());
                    }
                    x / y
                }
                '%' => x % y,
                '^' => x.powf(y),
                _ => unreachable!(),
            }
        }
        Expr::Call(name, args) => {
            let vals: Result<Vec<f64>, String> = args.iter().map(|a| eval(a, env)).collect();
            let vals = vals?;
            match (name.as_str(), vals.as_slice()) {
                ("sqrt", [x]) => x.sqrt(),
                ("abs", [x]) => x.abs(),
                ("max", [first, rest @ ..]) => rest.iter().fold(*first, |m, v| m.max(*v)),
                ("min", [first, rest @ ..]) => rest.iter().fold(*first, |m, v| m.min(*v)),
                ("hyp", [a, b]) => (a * a + b * b).sqrt(),
                _ => return Err(format!("bad call {}/{}", name, vals.len())),
            }
        }
        Expr::Let(name, v, body) => {
            let val = eval(v, env)?;
            env.push((name.clone(), val));
            let r = eval(body, env);
            env.pop();
            r?
        }
    })
}

fn count_nodes(e: &Expr) -> usize {
    match e {
        Expr::Num(_) | Expr::Var(_) => 1,
        Expr::Neg(a) => 1 + count_nodes(a),
        Expr::Bin(_, a, b) => 1 + count_nodes(a) + count_nodes(b),
        Expr::Call(_, args) => 1 + args.iter().map(count_nodes).sum::<usize>(),
        Expr::Let(_, v, b) => 1 + count_nodes(v) + count_nodes(b),
    }
}

fn main() {
    let programs = black_box([
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "10 / 4 - 7 % 3",
        "let x = 5 in x * x + 1",
        "let a = 3 in let b = 4 in hyp(a, b)",
        "max(1, 7.5, -3, 2) + min(4, 2)",
        "sqrt(2) * sqrt(2)",
        "let r = 2 in 3.14159 * r ^ 2",
        "abs(-12.25) / 0.5",
        "1 / (3 - 3)",
        "y + 1",
        "foo(1)",
        "2 * (3 + 4",
        "3 $ 4",
        "let x = 1 in let x = x + 10 in x * 2",
    ]);
    let mut results: BTreeMap<usize, String> = BTreeMap::new();
    for (i, src) in programs.iter().enumerate() {
        let line = match tokenize(src) {
            Err(e) => format!("lex error: {}", e),
            Ok(toks) => {
                let ntok = toks.len();
                let mut p = Parser { toks, pos: 0 };
                match p.expr() {
                    Err(e) => format!("parse error: {}", e),
                    Ok(_) if p.pos < ntok => format!("parse error: trailing tokens at {}", p.pos),
                    Ok(ast) => {
                        let mut env = Vec::new();
                        match eval(&ast, &mut env) {
                            Ok(v) => format!("{} => {} [{} nodes]", ast, v, count_nodes(&ast)),
                            Err(e) => format!("{} => eval error: {}", ast, e),
                        }
                    }
                }
            }
        };
        results.insert(i, line);
    }
    for (i, line) in &results {
        println!("{:2}: {:<40} | {}", i, programs[*i], line);
    }
}
