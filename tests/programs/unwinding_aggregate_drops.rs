//! Drop order of aggregates while a panic unwinds past them: nested struct fields, tuples,
//! arrays, `Vec`s, enum payloads of every variant shape, and `Box<dyn Trait>` owners.
#![allow(dead_code)]
use std::panic;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Inner {
    left: Noisy,
    right: Noisy,
}

struct Outer {
    head: Noisy,
    inner: Inner,
    tail: (Noisy, Noisy),
}

enum Shape {
    Unit,
    Single(Noisy),
    Couple(Noisy, Noisy),
    Named { first: Noisy, second: Box<Noisy> },
}

trait Speaker {
    fn speak(&self) -> String;
}

struct Dog(Noisy);
impl Speaker for Dog {
    fn speak(&self) -> String {
        format!("woof from {}", (self.0).0)
    }
}

struct Cat {
    name: Noisy,
    toys: Vec<Noisy>,
}
impl Speaker for Cat {
    fn speak(&self) -> String {
        format!("meow from {} with {} toys", self.name.0, self.toys.len())
    }
}
impl Drop for Cat {
    fn drop(&mut self) {
        println!("  Cat::drop runs before its fields ({})", self.name.0);
    }
}

fn trip(stage: &str) {
    if std::hint::black_box(true) {
        panic!("tripped in {stage}");
    }
}

fn structs() {
    let _o = Outer {
        head: Noisy("outer.head"),
        inner: Inner { left: Noisy("inner.left"), right: Noisy("inner.right") },
        tail: (Noisy("tail.0"), Noisy("tail.1")),
    };
    let _t = (Noisy("tuple.0"), (Noisy("tuple.1.0"), Noisy("tuple.1.1")), Noisy("tuple.2"));
    trip("structs");
}

fn sequences() {
    let _arr = [Noisy("arr[0]"), Noisy("arr[1]"), Noisy("arr[2]")];
    let mut v = Vec::new();
    v.push(Noisy("vec[0]"));
    v.push(Noisy("vec[1]"));
    v.insert(0, Noisy("vec[new 0]"));
    let _nested = vec![vec![Noisy("vv[0][0]")], vec![], vec![Noisy("vv[2][0]"), Noisy("vv[2][1]")]];
    let _v = v;
    trip("sequences");
}

fn enums() {
    let _a = Shape::Unit;
    let _b = Shape::Single(Noisy("single"));
    let _c = Shape::Couple(Noisy("couple.0"), Noisy("couple.1"));
    let _d = Shape::Named { first: Noisy("named.first"), second: Box::new(Noisy("named.second")) };
    let _e: Option<Noisy> = Some(Noisy("some"));
    let _f: Result<Noisy, Noisy> = Err(Noisy("err"));
    let shapes = [Shape::Couple(Noisy("in array couple.0"), Noisy("in array couple.1")), Shape::Unit];
    let _shapes = shapes;
    trip("enums");
}

fn trait_objects() {
    let pets: Vec<Box<dyn Speaker>> = vec![
        Box::new(Dog(Noisy("rex"))),
        Box::new(Cat { name: Noisy("tom"), toys: vec![Noisy("ball"), Noisy("mouse")] }),
        Box::new(Dog(Noisy("fido"))),
    ];
    for p in &pets {
        println!("  {}", p.speak());
    }
    let _solo: Box<dyn Speaker> = Box::new(Cat { name: Noisy("solo"), toys: Vec::new() });
    trip("trait_objects");
}

fn main() {
    panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or("?");
        println!("  [hook] {msg}");
    }));
    let stages: [(&str, fn()); 4] =
        [("structs", structs), ("sequences", sequences), ("enums", enums), ("trait_objects", trait_objects)];
    for (name, f) in stages {
        println!("stage {name}");
        let r = panic::catch_unwind(f);
        println!("stage {name} caught: {}", r.is_err());
    }
}
