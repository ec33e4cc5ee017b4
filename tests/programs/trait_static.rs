//! Static dispatch: generic functions with trait bounds, where clauses, default methods, trait impls on primitives, operator overloading.
use std::fmt::Display;
use std::hint::black_box;
use std::ops::{Add, Mul, Neg, Index, AddAssign};

trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("<{}>", self.name())
    }
    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}

impl Describe for i32 {
    fn name(&self) -> String {
        format!("int {}", self)
    }
}
impl Describe for &str {
    fn name(&self) -> String {
        format!("str '{}'", self)
    }
    fn describe(&self) -> String {
        format!("[custom {}]", self.name())
    }
}
impl<T: Describe> Describe for Vec<T> {
    fn name(&self) -> String {
        let inner: Vec<String> = self.iter().map(|x| x.name()).collect();
        format!("vec of {}: {}", self.len(), inner.join(", "))
    }
}

fn show_all<T: Describe>(items: &[T]) {
    for it in items {
        println!("{} / {}", it.describe(), it.shout());
    }
}

fn largest<T>(xs: &[T]) -> &T
where
    T: PartialOrd,
{
    let mut m = &xs[0];
    for x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn sum_all<T: Copy + Add<Output = T> + Default>(xs: &[T]) -> T {
    xs.iter().fold(T::default(), |a, &b| a + b)
}

fn print_pair<A: Display, B: Display + Copy>(a: A, b: B) -> String {
    format!("({} & {})", a, b)
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 {
    x: i64,
    y: i64,
}
impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Mul<i64> for V2 {
    type Output = V2;
    fn mul(self, k: i64) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
struct Poly(Vec<i64>);
impl Index<usize> for Poly {
    type Output = i64;
    fn index(&self, i: usize) -> &i64 {
        self.0.get(i).unwrap_or(&0)
    }
}

trait Zero {
    fn zero() -> Self;
    fn is_zero(&self) -> bool;
}
impl Zero for u8 {
    fn zero() -> Self {
        0
    }
    fn is_zero(&self) -> bool {
        *self == 0
    }
}
impl Zero for f64 {
    fn zero() -> Self {
        0.0
    }
    fn is_zero(&self) -> bool {
        *self == 0.0
    }
}
fn count_zeros<T: Zero>(xs: &[T]) -> usize {
    xs.iter().filter(|x| x.is_zero()).count()
}

fn main() {
    show_all(&[black_box(5i32), -3]);
    show_all(&["hi", "there"]);
    show_all(&[vec![1i32, 2], vec![]]);
    println!("largest: {} {} {:?} {}", largest(&black_box([3, 9, 2])), largest(&[1.5, -2.0]), largest(&['x', 'b', 'z']), largest(&["pear", "apple"]));
    println!("sum_all: {} {} {:?}", sum_all(&black_box([1u8, 2, 3])), sum_all(&[0.5f32, 0.25]), sum_all(&[V2 { x: 1, y: 2 }, V2 { x: 10, y: 20 }]));
    println!("{}", print_pair(black_box("a"), 3.5));
    let mut v = V2 { x: black_box(3), y: -4 };
    let w = -(v + V2 { x: 1, y: 1 }) * 3;
    v += w;
    println!("ops: w={:?} v={:?}", w, v);
    let p = Poly(vec![5, 0, -2]);
    println!("poly idx: {} {} {}", p[0], p[2], p[black_box(10)]);
    println!("count_zeros: {} {} zero: {} {}", count_zeros(&black_box([0u8, 1, 0, 3])), count_zeros(&[0.0, -0.0, 1e-300]), u8::zero(), f64::zero());
    // turbofish and generic over integer widths
    fn bits_of<T: Into<u128> + Copy>(x: T) -> u32 {
        x.into().count_ones()
    }
    println!("bits_of: {} {} {}", bits_of(black_box(255u8)), bits_of::<u32>(black_box(u32::MAX)), bits_of(black_box(u64::MAX)));
}
