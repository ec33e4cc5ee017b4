//! Box: heap values, recursive types, Box<[T]>, Box<str>, Box<dyn Trait>, into_raw/from_raw, leaking into &'static.
use std::hint::black_box;

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn build(n: i32) -> List {
    let mut l = List::Nil;
    for i in (1..=n).rev() {
        l = List::Cons(i, Box::new(l));
    }
    l
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}
struct Sq(f64);
struct Circle(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square({})", self.0)
    }
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle({})", self.0)
    }
}

fn main() {
    let b = Box::new(black_box(41));
    let c = *b + 1;
    println!("box deref: {} {}", b, c);
    let mut bm = Box::new([0u8; 16]);
    bm[3] = 7;
    bm[15] = black_box(9);
    println!("boxed array sum={} size={}", bm.iter().map(|&x| x as u32).sum::<u32>(), std::mem::size_of_val(&*bm));
    let l = build(black_box(6));
    println!("list sum={} dbg={:?}", sum(&l), l);
    // Box<[T]>
    let bs: Box<[u32]> = (1..=5).map(|x| black_box(x) * x).collect::<Vec<_>>().into_boxed_slice();
    println!("boxed slice {:?} len={}", bs, bs.len());
    let v = bs.into_vec();
    println!("back to vec {:?}", v);
    let empty: Box<[String]> = Box::new([]);
    println!("empty boxed slice len={}", empty.len());
    // Box<str>
    let s: Box<str> = String::from(black_box("boxed string")).into_boxed_str();
    println!("box str: {} len={} upper={}", s, s.len(), s.to_uppercase());
    let s2: Box<str> = "literal".into();
    println!("{}", s2);
    // Box<dyn Trait>
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(black_box(2.0))), Box::new(Circle(1.5)), Box::new(Sq(0.5))];
    for sh in &shapes {
        println!("{} area={:.3}", sh.name(), sh.area());
    }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("total area={}", total);
    // into_raw / from_raw
    let raw = Box::into_raw(Box::new((black_box(3u64), 'z')));
    unsafe {
        (*raw).0 += 1;
        let back = Box::from_raw(raw);
        println!("from_raw: {:?}", back);
    }
    // leak
    let leaked: &'static mut Vec<i32> = Box::leak(Box::new(vec![1, 2]));
    leaked.push(black_box(3));
    println!("leaked {:?}", leaked);
    // nested boxes and moving out of a box
    let bb: Box<Box<Box<String>>> = Box::new(Box::new(Box::new(String::from("deep"))));
    let inner: String = ***bb;
    println!("moved out: {}", inner);
    // Box of zero-sized type
    let z = Box::new(());
    println!("zst box: {:?} size={}", z, std::mem::size_of_val(&*z));
    // Box<dyn Fn>
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * c)];
    println!("box fn: {:?}", fs.iter().map(|f| f(black_box(10))).collect::<Vec<_>>());
}
