//! References: shared/mutable borrows, reborrows, references to references, passing &mut through functions, slices of structs.
use std::hint::black_box;

#[derive(Debug)]
struct Counter {
    name: &'static str,
    hits: u32,
}

fn bump(c: &mut Counter, by: u32) {
    c.hits += by;
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn max_ref<'a>(xs: &'a [i32]) -> &'a i32 {
    let mut best = &xs[0];
    for x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn split_first_mut(v: &mut [i32]) -> (&mut i32, &mut [i32]) {
    let (a, b) = v.split_at_mut(1);
    (&mut a[0], b)
}

fn main() {
    let mut c = Counter { name: "clicks", hits: black_box(0) };
    bump(&mut c, 3);
    {
        let r = &mut c;
        bump(r, 4);
        let rr = &mut *r;
        rr.hits *= 2;
    }
    println!("{:?}", c);
    let x = black_box(42i32);
    let r1 = &x;
    let r2 = &r1;
    let r3 = &r2;
    println!("deref chain: {} {} {} {}", x, *r1, **r2, ***r3);
    println!("auto-deref method: {}", r3.pow(2));
    println!("longest: {}", longest(black_box("apple"), black_box("kiwi")));
    let nums = black_box([3, 9, -2, 9, 4]);
    let m = max_ref(&nums);
    println!("max_ref = {} at index {}", m, nums.iter().position(|v| std::ptr::eq(v, m)).unwrap());
    let mut v = black_box(vec![1, 2, 3, 4]);
    {
        let (first, rest) = split_first_mut(&mut v);
        *first += 100;
        for r in rest.iter_mut() {
            *r *= *first;
        }
    }
    println!("{:?}", v);
    // mutable iteration over structs
    let mut counters = vec![
        Counter { name: "a", hits: 1 },
        Counter { name: "b", hits: 2 },
        Counter { name: "c", hits: 3 },
    ];
    for (i, ctr) in counters.iter_mut().enumerate() {
        bump(ctr, black_box(i as u32 * 10));
    }
    let total: u32 = counters.iter().map(|c| c.hits).sum();
    println!("total={} names={:?}", total, counters.iter().map(|c| c.name).collect::<Vec<_>>());
    // references to array elements and swapping through them
    let mut pair = black_box([String::from("x"), String::from("y")]);
    let [a, b] = &mut pair;
    std::mem::swap(a, b);
    println!("{:?}", pair);
    // ref patterns
    let tuple = (black_box(5), String::from("five"));
    let (ref n, ref s) = tuple;
    println!("ref pattern: {} {} (tuple still usable: {:?})", n, s, tuple);
    let mut opt = Some(black_box(10));
    if let Some(ref mut inner) = opt {
        *inner += 1;
    }
    println!("ref mut in option: {:?}", opt);
    if let Some(v) = opt.as_mut() {
        *v *= 3;
    }
    println!("as_mut: {:?}", opt);
    // comparing references compares values
    let s1 = String::from("same");
    let s2 = String::from("same");
    println!("ref eq: {} ptr eq: {}", &s1 == &s2, std::ptr::eq(&s1, &s2));
}
