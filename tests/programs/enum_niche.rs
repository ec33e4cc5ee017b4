//! Niche-optimized enums: Option<&T>, Option<Box<T>>, Option<NonZeroU32>, Option<char>, Option<bool>, Result<u8,()>, sizes and values.
use std::hint::black_box;
use std::mem::size_of;
use std::num::{NonZeroI64, NonZeroU32, NonZeroU8, NonZeroUsize};

fn lookup<'a>(xs: &'a [i32], k: i32) -> Option<&'a i32> {
    xs.iter().find(|&&x| x == k)
}

fn maybe_box(n: u32) -> Option<Box<u32>> {
    if n % 2 == 0 { Some(Box::new(n * 10)) } else { None }
}

fn nz(n: u32) -> Option<NonZeroU32> {
    NonZeroU32::new(n)
}

fn digit_char(n: u32) -> Option<char> {
    char::from_digit(n, 10)
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "y" => Some(true),
        "n" => Some(false),
        _ => None,
    }
}

fn to_u8(x: i32) -> Result<u8, ()> {
    if (0..=255).contains(&x) { Ok(x as u8) } else { Err(()) }
}

fn main() {
    println!(
        "sizes: &i32={} Option<&i32>={} Box={} Option<Box>={} NonZeroU32={} Option<NonZeroU32>={} char={} Option<char>={} bool={} Option<bool>={} Result<u8,()>={} Option<u8>={} Option<Vec<u8>>={} Option<String>={} Option<fn()>={}",
        size_of::<&i32>(), size_of::<Option<&i32>>(), size_of::<Box<u32>>(), size_of::<Option<Box<u32>>>(),
        size_of::<NonZeroU32>(), size_of::<Option<NonZeroU32>>(), size_of::<char>(), size_of::<Option<char>>(),
        size_of::<bool>(), size_of::<Option<bool>>(), size_of::<Result<u8, ()>>(), size_of::<Option<u8>>(),
        size_of::<Option<Vec<u8>>>(), size_of::<Option<String>>(), size_of::<Option<fn()>>()
    );
    let xs = black_box([4, 8, 15, 16, 23, 42]);
    for k in [15, 99] {
        let r = lookup(&xs, black_box(k));
        println!("lookup {} -> {:?} is_some={} copied={:?}", k, r, r.is_some(), r.copied());
    }
    for n in 0..5 {
        let b = maybe_box(black_box(n));
        match &b {
            Some(v) => println!("box {} -> {}", n, v),
            None => println!("box {} -> none", n),
        }
        let taken: u32 = b.map(|bx| *bx + 1).unwrap_or(0);
        print!("[{}] ", taken);
    }
    println!();
    for n in black_box([0u32, 1, u32::MAX]) {
        let v = nz(n);
        println!("nz({}) = {:?} get={:?} or={}", n, v, v.map(|x| x.get()), v.map_or(0, |x| x.get() / 2));
    }
    println!("NonZeroU8 {:?} NonZeroI64 {:?} NonZeroUsize {:?}", NonZeroU8::new(black_box(0)), NonZeroI64::new(black_box(-9)), NonZeroUsize::new(black_box(3)).map(|x| x.leading_zeros()));
    for n in black_box([0u32, 7, 10, 200]) {
        println!("digit_char({}) = {:?}", n, digit_char(n));
    }
    for s in black_box(["y", "n", "maybe"]) {
        let b = parse_bool(s);
        println!("parse_bool({}) = {:?} unwrap_or_default={} as_u8={:?}", s, b, b.unwrap_or_default(), b.map(|v| v as u8));
    }
    for x in black_box([0, 255, 256, -1]) {
        let r = to_u8(x);
        println!("to_u8({}) = {:?} ok={:?} is_err={}", x, r, r.ok(), r.is_err());
    }
    // Option of niche-carrying values stored in arrays/vecs
    let opts: Vec<Option<char>> = "a1b2".chars().map(|c| if c.is_alphabetic() { Some(c.to_ascii_uppercase()) } else { None }).collect();
    println!("{:?} flatten={}", opts, opts.iter().flatten().collect::<String>());
    let refs: [Option<&str>; 3] = [Some("x"), None, Some(black_box("zz"))];
    println!("{:?} total len {}", refs, refs.iter().map(|o| o.map_or(0, |s| s.len())).sum::<usize>());
    // Option<Option<&T>>
    let deep: Option<Option<&i32>> = Some(lookup(&xs, black_box(7)));
    println!("deep {:?} flatten {:?}", deep, deep.flatten());
    // take/replace on niche options
    let mut slot: Option<Box<String>> = Some(Box::new("owned".to_string()));
    let prev = slot.take();
    println!("take: prev={:?} slot={:?}", prev, slot);
    let old = slot.replace(Box::new(String::from("new")));
    println!("replace: old={:?} slot={:?}", old, slot);
    let ins = slot.get_or_insert_with(|| Box::new(String::new()));
    ins.push('!');
    println!("after get_or_insert_with: {:?}", slot);
    // transmute to observe the null niche (None is represented as 0 for Option<&T>)
    let none_ref: Option<&u8> = black_box(None);
    let bits: usize = unsafe { std::mem::transmute(none_ref) };
    println!("None::<&u8> bits = {}", bits);
    let none_nz: Option<NonZeroU32> = black_box(None);
    let nzbits: u32 = unsafe { std::mem::transmute(none_nz) };
    println!("None::<NonZeroU32> bits = {}", nzbits);
}
