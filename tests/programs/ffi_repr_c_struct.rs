//! #[repr(C)] structs passed by value to and returned from extern "C" fns defined in Rust and called through fn pointers: 8-byte, 16-byte int/float mixes, float-only, and large (>16 byte) structs.
use std::hint::black_box;

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Small {
    a: i32,
    b: i32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tiny {
    x: u8,
    y: i16,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct MixedIF {
    n: i64,
    f: f64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct MixedFI {
    f: f32,
    i: i32,
    d: f64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Floats2 {
    x: f64,
    y: f64,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Floats4 {
    a: f32,
    b: f32,
    c: f32,
    d: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Big {
    a: u64,
    b: u64,
    c: u64,
    d: f64,
    tag: u8,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct WithArray {
    vals: [i16; 5],
    scale: f32,
}

#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Nested {
    s: Small,
    m: MixedIF,
}

extern "C" fn small_swap(s: Small) -> Small {
    Small { a: s.b, b: s.a }
}
extern "C" fn small_add(p: Small, q: Small) -> Small {
    Small { a: p.a + q.a, b: p.b + q.b }
}
extern "C" fn tiny_bump(t: Tiny) -> Tiny {
    Tiny { x: t.x.wrapping_add(1), y: t.y - 1 }
}
extern "C" fn mixed_scale(m: MixedIF, k: i32) -> MixedIF {
    MixedIF { n: m.n * k as i64, f: m.f * k as f64 }
}
extern "C" fn mixed_fi(m: MixedFI) -> MixedFI {
    MixedFI { f: m.f * 2.0, i: m.i + 1, d: m.d - 0.5 }
}
extern "C" fn floats2_rot(v: Floats2) -> Floats2 {
    Floats2 { x: -v.y, y: v.x }
}
extern "C" fn floats4_sum(v: Floats4) -> f32 {
    v.a + v.b + v.c + v.d
}
extern "C" fn floats4_rev(v: Floats4) -> Floats4 {
    Floats4 { a: v.d, b: v.c, c: v.b, d: v.a }
}
extern "C" fn big_make(seed: u64) -> Big {
    Big { a: seed, b: seed * 2, c: seed.wrapping_mul(0x9e37_79b9_7f4a_7c15), d: seed as f64 / 3.0, tag: (seed % 251) as u8 }
}
extern "C" fn big_mix(x: Big, y: Big) -> Big {
    Big { a: x.a ^ y.a, b: x.b.wrapping_add(y.b), c: x.c.rotate_left(7) ^ y.c, d: x.d * y.d, tag: x.tag.wrapping_add(y.tag) }
}
extern "C" fn with_array(w: WithArray) -> WithArray {
    let mut v = w.vals;
    v.reverse();
    WithArray { vals: v, scale: w.scale * 10.0 }
}
extern "C" fn nested(n: Nested, extra: f64) -> Nested {
    Nested { s: small_swap(n.s), m: MixedIF { n: n.m.n + n.s.a as i64, f: n.m.f + extra } }
}
// many struct args so some go on the stack
extern "C" fn lots(a: Small, b: MixedIF, c: Floats2, d: Big, e: Small, f: MixedIF, g: Floats2, h: Small, i: i32, j: f64) -> f64 {
    (a.a + a.b + e.a + e.b + h.a + h.b + i) as f64 + b.n as f64 + b.f + c.x + c.y + d.a as f64 + d.d + f.n as f64 + f.f + g.x * g.y + j
}

fn main() {
    let s = Small { a: black_box(1), b: black_box(-2) };
    let f_swap: extern "C" fn(Small) -> Small = small_swap;
    let f_add: extern "C" fn(Small, Small) -> Small = small_add;
    println!("small swap {:?} add {:?}", f_swap(s), f_add(s, Small { a: 10, b: 20 }));
    let f_tiny: extern "C" fn(Tiny) -> Tiny = tiny_bump;
    println!("tiny {:?} size {}", f_tiny(Tiny { x: black_box(255), y: black_box(i16::MIN + 1) }), std::mem::size_of::<Tiny>());
    let f_mixed: extern "C" fn(MixedIF, i32) -> MixedIF = mixed_scale;
    println!("mixed_if {:?}", f_mixed(MixedIF { n: black_box(-7), f: 1.25 }, black_box(3)));
    let f_fi: extern "C" fn(MixedFI) -> MixedFI = mixed_fi;
    println!("mixed_fi {:?} size {}", f_fi(MixedFI { f: black_box(1.5), i: 41, d: 10.0 }), std::mem::size_of::<MixedFI>());
    let f_rot: extern "C" fn(Floats2) -> Floats2 = floats2_rot;
    println!("floats2 {:?}", f_rot(f_rot(Floats2 { x: black_box(3.0), y: 4.0 })));
    let f_sum: extern "C" fn(Floats4) -> f32 = floats4_sum;
    let f_rev: extern "C" fn(Floats4) -> Floats4 = floats4_rev;
    let v4 = Floats4 { a: black_box(0.5), b: 1.5, c: -2.0, d: 8.0 };
    println!("floats4 sum {} rev {:?}", f_sum(v4), f_rev(v4));
    let f_big: extern "C" fn(u64) -> Big = big_make;
    let f_mix: extern "C" fn(Big, Big) -> Big = big_mix;
    let b1 = f_big(black_box(12345));
    let b2 = f_big(black_box(u64::MAX / 5));
    println!("big1 {:?}", b1);
    println!("big2 {:?}", b2);
    println!("mix {:?} size {}", f_mix(b1, b2), std::mem::size_of::<Big>());
    let f_arr: extern "C" fn(WithArray) -> WithArray = with_array;
    println!("with_array {:?} size {}", f_arr(WithArray { vals: black_box([1, -2, 3, -4, 5]), scale: 0.5 }), std::mem::size_of::<WithArray>());
    let f_nested: extern "C" fn(Nested, f64) -> Nested = nested;
    println!("nested {:?}", f_nested(Nested { s: Small { a: 5, b: 6 }, m: MixedIF { n: black_box(100), f: 0.125 } }, 2.0));
    let f_lots: extern "C" fn(Small, MixedIF, Floats2, Big, Small, MixedIF, Floats2, Small, i32, f64) -> f64 = lots;
    let r = f_lots(
        Small { a: 1, b: 2 },
        MixedIF { n: 3, f: 0.5 },
        Floats2 { x: 4.0, y: 5.0 },
        b1,
        Small { a: 6, b: 7 },
        MixedIF { n: black_box(8), f: 0.25 },
        Floats2 { x: 9.0, y: 10.0 },
        Small { a: 11, b: 12 },
        13,
        0.125,
    );
    println!("lots {}", r);
    // direct calls too (not through pointers)
    println!("direct {:?} {:?}", small_swap(s), big_mix(b2, b1).tag);
    // array of fn pointers returning structs
    let makers: [extern "C" fn(u64) -> Big; 1] = [big_make];
    let total: u64 = (0..5u64).map(|i| makers[0](black_box(i)).c).fold(0, |a, c| a ^ c);
    println!("xor of c fields {:#x}", total);
}
