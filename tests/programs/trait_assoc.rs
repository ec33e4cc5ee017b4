//! Associated types and consts, generic traits, trait static methods, blanket impls, and trait objects avoided (pure static).
use std::hint::black_box;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str;
    type Unit;
    fn area(&self) -> f64;
    fn unit(&self) -> Self::Unit;
    fn summary(&self) -> String {
        format!("{} with {} sides, area {:.2}", Self::NAME, Self::SIDES, self.area())
    }
}

struct Square(f64);
struct Tri(f64, f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    type Unit = &'static str;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn unit(&self) -> &'static str {
        "m2"
    }
}
impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
    type Unit = char;
    fn area(&self) -> f64 {
        0.5 * self.0 * self.1
    }
    fn unit(&self) -> char {
        'u'
    }
}

fn total_sides<A: Shape, B: Shape>() -> u32 {
    A::SIDES + B::SIDES
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}
impl<T> Container for Stack<T> {
    type Item = T;
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn last_item<C: Container>(c: &C) -> Option<&C::Item> {
    if c.size() == 0 { None } else { c.get(c.size() - 1) }
}

trait Convert<T> {
    fn convert(&self) -> T;
}
struct Celsius(f64);
impl Convert<f64> for Celsius {
    fn convert(&self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0
    }
}
impl Convert<String> for Celsius {
    fn convert(&self) -> String {
        format!("{:.1}C", self.0)
    }
}

trait Double {
    fn double(&self) -> Self;
}
impl<T: Clone + std::ops::Add<Output = T>> Double for T {
    fn double(&self) -> T {
        self.clone() + self.clone()
    }
}

struct Fib {
    a: u64,
    b: u64,
}
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = self.b.checked_add(r)?;
        Some(r)
    }
}

trait HasId {
    const ID: u16;
    fn id_plus(x: u16) -> u16 {
        Self::ID + x
    }
}
struct X;
struct Y;
impl HasId for X {
    const ID: u16 = 100;
}
impl HasId for Y {
    const ID: u16 = 200;
    fn id_plus(x: u16) -> u16 {
        Self::ID * x
    }
}

struct Buffer<const N: usize>;
impl<const N: usize> Buffer<N> {
    const BYTES: usize = N * 8;
}

fn main() {
    let s = Square(black_box(3.0));
    let t = Tri(black_box(4.0), 5.0);
    println!("{} unit {}", s.summary(), s.unit());
    println!("{} unit {}", t.summary(), t.unit());
    println!("total sides {} {}", total_sides::<Square, Tri>(), total_sides::<Tri, Tri>());
    let st = Stack { items: black_box(vec!["x", "y", "z"]) };
    println!("first {:?} last {:?} size {}", st.first(), last_item(&st), st.size());
    let empty: Stack<u8> = Stack { items: vec![] };
    println!("empty last {:?}", last_item(&empty));
    let c = Celsius(black_box(36.6));
    let f: f64 = c.convert();
    let txt: String = c.convert();
    println!("convert: {:.2} {}", f, txt);
    println!("double: {} {} {}", black_box(21).double(), black_box(1.25f32).double(), String::from("ab").double_str());
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.skip(85).collect();
    println!("fib tail (stops on overflow): {:?}", fibs);
    println!("fib count: {}", Fib { a: 0, b: 1 }.count());
    println!("ids: {} {} {} {}", X::ID, Y::ID, X::id_plus(black_box(5)), Y::id_plus(black_box(3)));
    println!("const generic assoc: {} {}", Buffer::<4>::BYTES, Buffer::<100>::BYTES);
}

trait DoubleStr {
    fn double_str(&self) -> String;
}
impl DoubleStr for String {
    fn double_str(&self) -> String {
        format!("{}{}", self, self)
    }
}
