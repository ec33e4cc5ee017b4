//! Integer comparisons (signed vs unsigned semantics), min/max/clamp, Ord::cmp, sorting mixed values.
use std::cmp::Ordering;
use std::hint::black_box;

macro_rules! cmps {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!(
            "{} {} vs {}: lt={} le={} gt={} ge={} eq={} ne={} cmp={:?} min={} max={} clamp={}",
            stringify!($t), a, b, a < b, a <= b, a > b, a >= b, a == b, a != b, a.cmp(&b), a.min(b), a.max(b), a.clamp(b.min(a), b.max(a))
        );
    }};
}

fn main() {
    cmps!(i8, -1, 1);
    cmps!(u8, 255, 1);
    cmps!(i8, -128, 127);
    cmps!(i16, -300, -300);
    cmps!(u16, 0x8000, 0x7fff);
    cmps!(i32, i32::MIN, 0);
    cmps!(u32, 0x8000_0000, 1);
    cmps!(i64, -1, i64::MAX);
    cmps!(u64, u64::MAX, 0);
    cmps!(i128, -1, 1);
    cmps!(i128, i128::MIN, i128::MAX);
    cmps!(u128, 1 << 127, (1 << 127) - 1);
    cmps!(u128, 1 << 64, u64::MAX as u128);
    cmps!(i128, 1 << 64, -(1 << 64));
    cmps!(isize, -5, 5);
    cmps!(usize, usize::MAX, 5);

    // comparisons used for branching
    let vals: [i32; 7] = black_box([5, -3, 0, 100, -100, 7, 7]);
    let mut classes = Vec::new();
    for v in vals {
        let c = if v < 0 { "neg" } else if v == 0 { "zero" } else if v <= 7 { "small" } else { "big" };
        classes.push(c);
    }
    println!("{:?}", classes);
    let ord = black_box(3u8).cmp(&black_box(7u8));
    match ord {
        Ordering::Less => println!("less"),
        Ordering::Equal => println!("equal"),
        Ordering::Greater => println!("greater"),
    }
    println!("ordering ops: {:?} {:?} {}", ord.reverse(), ord.then(Ordering::Greater), ord.is_lt());
    // clamp
    for v in black_box([-50i64, 0, 50, 500]) {
        print!("{} ", v.clamp(-10, 100));
    }
    println!();
    // sorting mixed signed values, and comparing via tuples
    let mut v: Vec<(i16, u8)> = black_box(vec![(3, 1), (-2, 9), (3, 0), (-2, 1), (i16::MIN, 255), (i16::MAX, 0)]);
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", v);
    println!("max_by_key: {:?}", v.iter().max_by_key(|p| p.0 as i32 * p.1 as i32));
    // bool comparisons
    println!("bools: {} {} {:?}", black_box(true) > black_box(false), black_box(false) == black_box(false), true.cmp(&false));
    // partial_cmp across arrays / slices (lexicographic)
    let a: [u8; 3] = black_box([1, 2, 3]);
    let b: [u8; 3] = black_box([1, 3, 0]);
    println!("arrays: {} {:?} slices: {:?}", a < b, a.cmp(&b), a[..2].cmp(&b[..1]));
}
