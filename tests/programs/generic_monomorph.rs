//! Heavy monomorphization: the same generic code instantiated over many integer/float/struct types, generic traits with blanket impls, trait objects of generic types, and generic recursion.
use std::fmt::Debug;
use std::hint::black_box;
use std::ops::{Add, Mul, Sub};

trait Num: Copy + Debug + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    fn zero() -> Self;
    fn one() -> Self;
}
macro_rules! impl_num {
    ($($t:ty => $z:expr, $o:expr);*) => {$(
        impl Num for $t {
            fn zero() -> Self { $z }
            fn one() -> Self { $o }
        }
    )*};
}
impl_num!(i8 => 0, 1; u8 => 0, 1; i16 => 0, 1; u16 => 0, 1; i32 => 0, 1; u32 => 0, 1; i64 => 0, 1; u64 => 0, 1; i128 => 0, 1; u128 => 0, 1; f32 => 0.0, 1.0; f64 => 0.0, 1.0);

fn dot<T: Num>(a: &[T], b: &[T]) -> T {
    a.iter().zip(b).fold(T::zero(), |acc, (&x, &y)| acc + x * y)
}

fn poly<T: Num>(coeffs: &[T], x: T) -> T {
    coeffs.iter().rev().fold(T::zero(), |acc, &c| acc * x + c)
}

fn max_of<T: Num>(v: &[T]) -> T {
    v.iter().copied().fold(v[0], |m, x| if x > m { x } else { m })
}

fn power<T: Num>(b: T, e: u32) -> T {
    if e == 0 { T::one() } else if e % 2 == 0 { let h = power(b, e / 2); h * h } else { b * power(b, e - 1) }
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Complex<T> {
    re: T,
    im: T,
}
impl<T: Num> Add for Complex<T> {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Complex { re: self.re + o.re, im: self.im + o.im }
    }
}
impl<T: Num> Sub for Complex<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Complex { re: self.re - o.re, im: self.im - o.im }
    }
}
impl<T: Num> Mul for Complex<T> {
    type Output = Self;
    fn mul(self, o: Self) -> Self {
        Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
    }
}
impl<T: Num> Num for Complex<T> {
    fn zero() -> Self {
        Complex { re: T::zero(), im: T::zero() }
    }
    fn one() -> Self {
        Complex { re: T::one(), im: T::zero() }
    }
}

trait Describe {
    fn describe(&self) -> String;
}
impl<T: Debug> Describe for Vec<T> {
    fn describe(&self) -> String {
        format!("Vec<{}>{:?}", std::any::type_name::<T>().rsplit("::").next().unwrap(), self)
    }
}
impl<A: Debug, B: Debug> Describe for (A, B) {
    fn describe(&self) -> String {
        format!("pair({:?}, {:?})", self.0, self.1)
    }
}

struct Wrapper<T>(T);
impl<T: Num> Wrapper<T> {
    fn squared_sum(&self, n: u32) -> T {
        let mut acc = T::zero();
        let mut k = T::zero();
        for _ in 0..n {
            k = k + T::one();
            acc = acc + k * self.0;
        }
        acc
    }
}

fn wrap<T: Debug>(v: T, n: u32) -> (T, u32) {
    (v, n)
}

fn main() {
    println!("dot i8 {:?} u8 {:?} i16 {:?} u16 {:?}", dot(&black_box([1i8, -2, 3]), &[4, 5, -6]), dot(&black_box([1u8, 2, 3]), &[4, 5, 6]), dot(&black_box([100i16, -200]), &[3, 4]), dot(&black_box([300u16, 2]), &[200, 7]));
    println!("dot i32 {:?} u32 {:?} i64 {:?} u64 {:?}", dot(&black_box([1i32 << 20, 3]), &[1 << 10, -3]), dot(&black_box([70000u32]), &[60000]), dot(&black_box([-(1i64 << 40)]), &[1 << 20]), dot(&black_box([u64::MAX / 4]), &[3]));
    println!("dot i128 {:?} u128 {:?} f32 {:?} f64 {:?}", dot(&black_box([1i128 << 100]), &[-2]), dot(&black_box([1u128 << 64, 1]), &[1 << 60, 5]), dot(&black_box([0.5f32, 1.5]), &[2.0, -4.0]), dot(&black_box([0.1f64, 0.2, 0.3]), &[1.0, 2.0, 3.0]));
    println!("poly: {:?} {:?} {:?} {:?}", poly(&black_box([1i64, -3, 2]), 10), poly(&black_box([1u32, 1, 1, 1]), 2), poly(&black_box([0.5f64, 0.0, 2.0]), 1.5), poly(&black_box([1i128, 0, 0, 1]), 1 << 30));
    println!("max_of: {:?} {:?} {:?} {:?}", max_of(&black_box([3i8, -9, 100, 7])), max_of(&black_box([3u128, 1 << 100, 2])), max_of(&black_box([-1.5f32, -0.5, -2.0])), max_of(&black_box([u16::MAX, 0])));
    println!("power: {:?} {:?} {:?} {:?} {:?}", power(black_box(3i64), 20), power(black_box(2u128), 127), power(black_box(1.5f64), 10), power(black_box(-2i8), 7), power(black_box(7u16), 5));
    let z = Complex { re: black_box(1i64), im: 1 };
    println!("complex i64 (1+i)^10 = {:?}", power(z, 10));
    let zf = Complex { re: black_box(0.6f64), im: 0.8 };
    println!("complex f64 unit^7 = {:?}", power(zf, 7));
    let cz = Complex { re: Complex { re: black_box(1i32), im: 2 }, im: Complex { re: 3, im: 4 } };
    println!("nested complex^3 = {:?}", power(cz, 3));
    println!("dot complex {:?}", dot(&[z, z], &[Complex { re: 2, im: -1 }, Complex { re: 0, im: 3 }]));
    let items: Vec<Box<dyn Describe>> = vec![Box::new(vec![1u8, 2]), Box::new(vec!["a", "b"]), Box::new((1.5f32, 'c')), Box::new((vec![()], Some(3u64))), Box::new(vec![Complex { re: 1i8, im: -1 }])];
    for it in &items {
        println!("{}", it.describe());
    }
    println!("wrapper: {:?} {:?} {:?} {:?}", Wrapper(black_box(3u8)).squared_sum(6), Wrapper(black_box(-2i32)).squared_sum(100), Wrapper(black_box(0.5f32)).squared_sum(4), Wrapper(black_box(1u128 << 100)).squared_sum(3));
    println!("nested generic {:?}", wrap(wrap(wrap(wrap(black_box('x'), 4), 3), 2), 1));
}
