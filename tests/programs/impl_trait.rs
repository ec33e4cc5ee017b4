//! impl Trait in argument and return position: returning iterators and closures, nested impl Trait, and type erasure via Box when needed.
use std::fmt::Display;
use std::hint::black_box;

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn squares_of(it: impl Iterator<Item = u32>) -> impl Iterator<Item = u64> {
    it.map(|x| x as u64 * x as u64)
}

fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn show_all(items: impl IntoIterator<Item = impl Display>) -> String {
    items.into_iter().map(|x| format!("<{}>", x)).collect::<Vec<_>>().join("")
}

fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    s.split(' ').filter(|w| !w.is_empty())
}

fn pick_iter(flag: bool) -> Box<dyn Iterator<Item = i32>> {
    if flag { Box::new((1..4).rev()) } else { Box::new(std::iter::repeat(7).take(2)) }
}

fn make_greeting(name: &str) -> impl Display + '_ {
    struct G<'a>(&'a str);
    impl Display for G<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "Hello, {}!", self.0)
        }
    }
    G(name)
}

fn main() {
    let v: Vec<u32> = evens(black_box(11)).collect();
    println!("evens {:?}", v);
    println!("squares {:?}", squares_of(evens(black_box(9))).collect::<Vec<_>>());
    let add5 = adder(black_box(5));
    println!("add5: {} {}", add5(1), add5(-10));
    let mut c = counter();
    println!("counter: {} {} {}", c(), c(), c());
    let f = compose(|x: i32| x * 3, |y: i32| format!("[{}]", y));
    println!("compose {}", f(black_box(14)));
    let g = compose(adder(1), adder(100));
    println!("compose adders {}", g(black_box(0)));
    println!("show_all {}", show_all(black_box(vec![1, 2, 3])));
    println!("show_all {}", show_all(["a", "b"]));
    println!("show_all {}", show_all(evens(black_box(5))));
    println!("words {:?}", words(black_box("  a  quick   test ")).collect::<Vec<_>>());
    println!("pick {:?} {:?}", pick_iter(black_box(true)).collect::<Vec<_>>(), pick_iter(black_box(false)).collect::<Vec<_>>());
    println!("{}", make_greeting(black_box("world")));
    let nested = (0..black_box(4u32)).map(|i| squares_of(0..i).sum::<u64>()).collect::<Vec<_>>();
    println!("nested {:?}", nested);
}
