//! Data-carrying enums: tuple/struct variants, mixed payload sizes, recursive via Box, methods and matching.
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
    Big([u64; 4]),
    Float(f64),
    Pair(i128, bool),
}

impl Msg {
    fn describe(&self) -> String {
        match self {
            Msg::Quit => "quit".to_string(),
            Msg::Move { x, y } if *x == 0 && *y == 0 => "stay".to_string(),
            Msg::Move { x, y } => format!("move({},{})", x, y),
            Msg::Write(s) => format!("write {} bytes: {}", s.len(), s),
            Msg::Color(r, g, b) => format!("#{:02x}{:02x}{:02x}", r, g, b),
            Msg::Big(a) => format!("big sum {}", a.iter().sum::<u64>()),
            Msg::Float(f) => format!("float {:.2}", f),
            Msg::Pair(v, flag) => format!("pair {} {}", v, flag),
        }
    }
    fn weight(&self) -> u32 {
        match *self {
            Msg::Quit => 0,
            Msg::Move { .. } => 1,
            Msg::Write(ref s) => s.len() as u32,
            Msg::Color(r, ..) => r as u32,
            Msg::Big(ref a) => a.len() as u32,
            Msg::Float(_) | Msg::Pair(..) => 9,
        }
    }
}

#[derive(Debug)]
enum Tree {
    Leaf(i64),
    Node(Box<Tree>, Box<Tree>),
}

fn depth(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(l).max(depth(r)),
    }
}

fn total(t: &Tree) -> i64 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => total(l) + total(r),
    }
}

fn build(lo: i64, hi: i64) -> Tree {
    if hi - lo <= 1 {
        Tree::Leaf(lo * lo)
    } else {
        let mid = (lo + hi) / 2;
        Tree::Node(Box::new(build(lo, mid)), Box::new(build(mid, hi)))
    }
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { r: f32 },
    Rect { w: f32, h: f32 },
    Tri(f32, f32, f32),
}

fn area(s: Shape) -> f32 {
    match s {
        Shape::Circle { r } => 3.14159 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Tri(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

fn main() {
    let msgs = black_box(vec![
        Msg::Quit,
        Msg::Move { x: 0, y: 0 },
        Msg::Move { x: -3, y: 7 },
        Msg::Write("hello".into()),
        Msg::Color(255, 128, 0),
        Msg::Big([1, 2, 3, u64::MAX - 10]),
        Msg::Float(-2.345),
        Msg::Pair(-(1i128 << 100), true),
    ]);
    for m in &msgs {
        println!("{:?} => {} (w={})", m, m.describe(), m.weight());
    }
    let cloned = msgs.clone();
    println!("clone eq: {} ; Quit==Quit {}, Move!=Move {}", cloned == msgs, Msg::Quit == msgs[0], msgs[1] != msgs[2]);
    println!("size_of Msg = {}", std::mem::size_of::<Msg>());
    let t = build(black_box(0), 13);
    println!("tree depth={} total={}", depth(&t), total(&t));
    if let Tree::Node(l, _) = &t {
        if let Tree::Node(ll, lr) = l.as_ref() {
            println!("left-left depth={} left-right total={}", depth(ll), total(lr));
        }
    }
    let shapes = black_box([Shape::Circle { r: 1.5 }, Shape::Rect { w: 2.0, h: 3.5 }, Shape::Tri(3.0, 4.0, 5.0)]);
    for s in shapes {
        println!("{:?} area={:.4}", s, area(s));
    }
    // enum moved into and out of a Vec, replaced in place
    let mut v = vec![Msg::Write(String::from("a")), Msg::Quit];
    let old = std::mem::replace(&mut v[0], Msg::Color(1, 2, 3));
    println!("replaced {:?} now {:?}", old, v);
    if let Msg::Color(ref mut r, _, ref mut b) = v[0] {
        *r = 100;
        *b += 50;
    }
    println!("mutated {:?}", v[0]);
    // Result-like custom enum with generic payload
    #[derive(Debug)]
    enum Either<L, R> {
        Left(L),
        Right(R),
    }
    let es: Vec<Either<i32, &str>> = vec![Either::Left(black_box(5)), Either::Right("five"), Either::Left(-1)];
    let lefts: i32 = es.iter().filter_map(|e| if let Either::Left(v) = e { Some(*v) } else { None }).sum();
    println!("{:?} lefts sum={}", es, lefts);
}
