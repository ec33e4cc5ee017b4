//! Run-time benchmark, an interpreter: a tiny language (integer variables, arithmetic,
//! comparisons, `while` and `if`) is parsed from source into a tree, compiled to bytecode for
//! a stack machine, and run: enum matching, a dispatch loop, `Vec` stacks and boxed trees.

const PROGRAMS: &[(&str, &str)] = &[
    (
        "primes",
        "n = 2; count = 0; while n < 30000 { d = 2; prime = 1; while d * d <= n { if n % d == 0 { prime = 0; d = n; } d = d + 1; } count = count + prime; n = n + 1; } result = count;",
    ),
    ("fib", "a = 0; b = 1; i = 0; while i < 2000000 { t = (a + b) % 1000000007; a = b; b = t; i = i + 1; } result = a;"),
    (
        "collatz",
        "best = 0; arg = 0; s = 1; while s < 20000 { x = s; steps = 0; while x != 1 { if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; } steps = steps + 1; } if steps > best { best = steps; arg = s; } s = s + 1; } result = arg * 1000 + best;",
    ),
];

#[derive(Debug)]
enum Expr {
    Number(i64),
    Variable(usize),
    Binary(Op, Box<Expr>, Box<Expr>),
}

#[derive(Debug)]
enum Stmt {
    Assign(usize, Expr),
    While(Expr, Vec<Stmt>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Less,
    LessEq,
    Greater,
    Equal,
    NotEqual,
}

#[derive(Clone, Copy, Debug)]
enum Instr {
    Push(i64),
    Load(usize),
    Store(usize),
    Binary(Op),
    JumpIfZero(usize),
    Jump(usize),
}

struct Parser<'a> {
    tokens: Vec<&'a str>,
    at: usize,
    variables: Vec<&'a str>,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str) -> Self {
        let mut tokens = Vec::new();
        let mut start = None;
        for (i, c) in source.char_indices() {
            let word = c.is_alphanumeric() || c == '_';
            match (start, word) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    tokens.push(&source[s..i]);
                    start = None;
                }
                _ => {}
            }
            if !word && !c.is_whitespace() {
                // Two-character operators are joined to a one-character token before them.
                let joined = tokens.last().is_some_and(|t| matches!(*t, "<" | ">" | "=" | "!") && c == '=' && source[..i].ends_with(*t));
                if joined {
                    let last = tokens.pop().unwrap();
                    tokens.push(&source[i - last.len()..i + 1]);
                } else {
                    tokens.push(&source[i..i + c.len_utf8()]);
                }
            }
        }
        if let Some(s) = start {
            tokens.push(&source[s..]);
        }
        Parser { tokens, at: 0, variables: Vec::new() }
    }

    fn peek(&self) -> Option<&'a str> {
        self.tokens.get(self.at).copied()
    }

    fn next(&mut self) -> &'a str {
        self.at += 1;
        self.tokens[self.at - 1]
    }

    fn expect(&mut self, token: &str) {
        let found = self.next();
        assert_eq!(found, token, "parse error at token {}", self.at);
    }

    fn variable(&mut self, name: &'a str) -> usize {
        match self.variables.iter().position(|v| *v == name) {
            Some(slot) => slot,
            None => {
                self.variables.push(name);
                self.variables.len() - 1
            }
        }
    }

    fn block(&mut self) -> Vec<Stmt> {
        let mut statements = Vec::new();
        while !matches!(self.peek(), None | Some("}")) {
            statements.push(self.statement());
        }
        statements
    }

    fn braced(&mut self) -> Vec<Stmt> {
        self.expect("{");
        let body = self.block();
        self.expect("}");
        body
    }

    fn statement(&mut self) -> Stmt {
        match self.next() {
            "while" => {
                let condition = self.expression(0);
                Stmt::While(condition, self.braced())
            }
            "if" => {
                let condition = self.expression(0);
                let then = self.braced();
                let otherwise = if self.peek() == Some("else") {
                    self.next();
                    self.braced()
                } else {
                    Vec::new()
                };
                Stmt::If(condition, then, otherwise)
            }
            name => {
                let slot = self.variable(name);
                self.expect("=");
                let value = self.expression(0);
                self.expect(";");
                Stmt::Assign(slot, value)
            }
        }
    }

    /// Precedence climbing: comparisons bind loosest, then sums, then products.
    fn expression(&mut self, min_precedence: u8) -> Expr {
        let mut left = self.atom();
        loop {
            let Some((op, precedence)) = self.peek().and_then(binary_op) else { return left };
            if precedence < min_precedence {
                return left;
            }
            self.next();
            let right = self.expression(precedence + 1);
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
    }

    fn atom(&mut self) -> Expr {
        let token = self.next();
        if token == "(" {
            let inner = self.expression(0);
            self.expect(")");
            inner
        } else if let Ok(number) = token.parse() {
            Expr::Number(number)
        } else {
            Expr::Variable(self.variable(token))
        }
    }
}

fn binary_op(token: &str) -> Option<(Op, u8)> {
    Some(match token {
        "<" => (Op::Less, 0),
        "<=" => (Op::LessEq, 0),
        ">" => (Op::Greater, 0),
        "==" => (Op::Equal, 0),
        "!=" => (Op::NotEqual, 0),
        "+" => (Op::Add, 1),
        "-" => (Op::Sub, 1),
        "*" => (Op::Mul, 2),
        "/" => (Op::Div, 2),
        "%" => (Op::Rem, 2),
        _ => return None,
    })
}

fn compile_expr(expr: &Expr, code: &mut Vec<Instr>) {
    match expr {
        Expr::Number(n) => code.push(Instr::Push(*n)),
        Expr::Variable(slot) => code.push(Instr::Load(*slot)),
        Expr::Binary(op, left, right) => {
            compile_expr(left, code);
            compile_expr(right, code);
            code.push(Instr::Binary(*op));
        }
    }
}

fn compile(statements: &[Stmt], code: &mut Vec<Instr>) {
    for statement in statements {
        match statement {
            Stmt::Assign(slot, value) => {
                compile_expr(value, code);
                code.push(Instr::Store(*slot));
            }
            Stmt::While(condition, body) => {
                let top = code.len();
                compile_expr(condition, code);
                let exit = code.len();
                code.push(Instr::JumpIfZero(0));
                compile(body, code);
                code.push(Instr::Jump(top));
                code[exit] = Instr::JumpIfZero(code.len());
            }
            Stmt::If(condition, then, otherwise) => {
                compile_expr(condition, code);
                let skip_then = code.len();
                code.push(Instr::JumpIfZero(0));
                compile(then, code);
                let skip_else = code.len();
                code.push(Instr::Jump(0));
                code[skip_then] = Instr::JumpIfZero(code.len());
                compile(otherwise, code);
                code[skip_else] = Instr::Jump(code.len());
            }
        }
    }
}

fn run(code: &[Instr], variables: usize) -> (Vec<i64>, u64) {
    let mut memory = vec![0i64; variables];
    let mut stack: Vec<i64> = Vec::with_capacity(16);
    let (mut pc, mut executed) = (0, 0u64);
    while pc < code.len() {
        executed += 1;
        pc += 1;
        match code[pc - 1] {
            Instr::Push(n) => stack.push(n),
            Instr::Load(slot) => stack.push(memory[slot]),
            Instr::Store(slot) => memory[slot] = stack.pop().unwrap(),
            Instr::Binary(op) => {
                let right = stack.pop().unwrap();
                let left = stack.pop().unwrap();
                stack.push(match op {
                    Op::Add => left.wrapping_add(right),
                    Op::Sub => left.wrapping_sub(right),
                    Op::Mul => left.wrapping_mul(right),
                    Op::Div => left / right,
                    Op::Rem => left % right,
                    Op::Less => (left < right) as i64,
                    Op::LessEq => (left <= right) as i64,
                    Op::Greater => (left > right) as i64,
                    Op::Equal => (left == right) as i64,
                    Op::NotEqual => (left != right) as i64,
                });
            }
            Instr::JumpIfZero(target) => {
                if stack.pop().unwrap() == 0 {
                    pc = target;
                }
            }
            Instr::Jump(target) => pc = target,
        }
    }
    (memory, executed)
}

fn main() {
    for (name, source) in PROGRAMS {
        let mut parser = Parser::new(source);
        let program = parser.block();
        let mut code = Vec::new();
        compile(&program, &mut code);
        let (memory, executed) = run(&code, parser.variables.len());
        let result = parser.variables.iter().position(|v| *v == "result").map(|slot| memory[slot]);
        println!("{name}: {} statements, {} instructions, executed {executed}, result {result:?}", program.len(), code.len());
    }
}
