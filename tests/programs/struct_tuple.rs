//! Structs (named, tuple, unit), tuples of mixed types, nested structs, struct update syntax, derived traits.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Vec3 {
    x: f32,
    y: f32,
    z: f32,
}

impl Vec3 {
    fn new(x: f32, y: f32, z: f32) -> Self {
        Vec3 { x, y, z }
    }
    fn dot(self, o: Vec3) -> f32 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn cross(self, o: Vec3) -> Vec3 {
        Vec3::new(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    }
    fn scale(&mut self, k: f32) {
        self.x *= k;
        self.y *= k;
        self.z *= k;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Person {
    age: u8,
    name: String,
    tags: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Meters(u32);
#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: (u8, i128),
    e: bool,
}

fn swap_pair<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn min_max(xs: &[i32]) -> (i32, i32, usize) {
    let mut mn = i32::MAX;
    let mut mx = i32::MIN;
    for &x in xs {
        mn = mn.min(x);
        mx = mx.max(x);
    }
    (mn, mx, xs.len())
}

fn main() {
    let a = Vec3::new(black_box(1.0), 2.0, 3.0);
    let mut b = Vec3 { z: black_box(-1.0), ..Default::default() };
    b.y = 4.0;
    println!("a={:?} b={:?} dot={} cross={:?}", a, b, a.dot(b), a.cross(b));
    b.scale(0.5);
    println!("scaled b={:?} a<b={} a==a={}", b, a < b, a == a);
    let p1 = Person { age: black_box(30), name: "Ann".to_string(), tags: vec!["x", "y"] };
    let mut p2 = p1.clone();
    p2.name.push_str("ie");
    p2.tags.pop();
    println!("{:?}\n{:?}\neq={} cmp={:?}", p1, p2, p1 == p2, p1.cmp(&p2));
    let m = Meters(black_box(12));
    let Meters(inner) = m;
    println!("{:?} inner={} unit={:?} eq={}", m, inner, Unit, m == Meters(12));
    let mixed = Mixed { a: black_box(1), b: 2, c: 3, d: (4, -5), e: true };
    println!("{:?} size={}", mixed, std::mem::size_of::<Mixed>());
    println!("{:#?}", mixed);
    println!("fields: {} {} {} {:?} {}", mixed.a, mixed.b, mixed.c, mixed.d, mixed.e);
    // tuples
    let t: (i8, f64, char, &str, (u16, bool)) = black_box((-1, 2.5, 'q', "tup", (7, false)));
    println!("t.0={} t.1={} t.2={} t.3={} t.4.0={} t.4.1={}", t.0, t.1, t.2, t.3, (t.4).0, t.4.1);
    let (x, _, ch, ..) = t;
    println!("destructured x={} ch={}", x, ch);
    println!("swap_pair: {:?}", swap_pair((black_box(1u8), "one")));
    let (mn, mx, n) = min_max(&black_box([5, -7, 12, 0, 3]));
    println!("min={} max={} n={}", mn, mx, n);
    let mut tuples: Vec<(u32, &str)> = black_box(vec![(3, "c"), (1, "a"), (2, "b"), (1, "z")]);
    tuples.sort();
    println!("{:?}", tuples);
    let unit_tuple = ();
    println!("unit={:?} cmp tuples={}", unit_tuple, (1, 'a', 2.0) < (1, 'b', 0.0));
    // nested struct mutation through fields
    struct Outer {
        inner: Inner,
        list: [Inner; 2],
    }
    struct Inner {
        v: i32,
    }
    let mut o = Outer { inner: Inner { v: black_box(1) }, list: [Inner { v: 2 }, Inner { v: 3 }] };
    o.inner.v += 10;
    o.list[1].v *= o.inner.v;
    println!("nested: {} {} {}", o.inner.v, o.list[0].v, o.list[1].v);
    // large struct returned by value
    #[derive(Debug)]
    struct Big {
        data: [u64; 12],
        tag: u8,
    }
    fn make_big(seed: u64) -> Big {
        let mut data = [0u64; 12];
        for (i, d) in data.iter_mut().enumerate() {
            *d = seed.wrapping_mul(i as u64 + 1);
        }
        Big { data, tag: seed as u8 }
    }
    let big = make_big(black_box(0x1_0000_0001));
    println!("big last={} tag={} sum={}", big.data[11], big.tag, big.data.iter().fold(0u64, |a, b| a.wrapping_add(*b)));
}
