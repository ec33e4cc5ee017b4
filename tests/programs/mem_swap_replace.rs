//! mem::swap / replace / take / drop / forget / zeroed / ManuallyDrop on various types including large arrays, strings and enums.
use std::hint::black_box;
use std::mem::{self, ManuallyDrop};

#[derive(Debug, Default, Clone, PartialEq)]
struct Big {
    data: [u64; 20],
    name: String,
}

#[derive(Debug)]
enum State {
    Idle,
    Running { pid: u32, args: Vec<String> },
    Done(i32),
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn advance(s: &mut State) -> String {
    match mem::replace(s, State::Idle) {
        State::Idle => {
            *s = State::Running { pid: 42, args: vec!["--fast".into()] };
            "idle -> running".into()
        }
        State::Running { pid, args } => {
            *s = State::Done(pid as i32 + args.len() as i32);
            format!("running({}, {:?}) -> done", pid, args)
        }
        State::Done(c) => format!("done({}) -> idle", c),
    }
}

fn main() {
    let mut a = black_box(1u8);
    let mut b = black_box(2u8);
    mem::swap(&mut a, &mut b);
    println!("swap u8 {} {}", a, b);
    let mut x = Big { data: [1; 20], name: "x".into() };
    let mut y = Big { data: [2; 20], name: "y".into() };
    x.data[19] = black_box(99);
    mem::swap(&mut x, &mut y);
    println!("swap Big: x.name={} x.data[19]={} y.name={} y.data[19]={}", x.name, x.data[19], y.name, y.data[19]);
    let old = mem::replace(&mut x.name, String::from("replaced"));
    println!("replace: old={} new={}", old, x.name);
    let taken = mem::take(&mut y);
    println!("take: taken.name={} y default={}", taken.name, y == Big::default());
    let mut v = vec![1, 2, 3];
    let tv = mem::take(&mut v);
    println!("take vec {:?} left {:?}", tv, v);
    let mut st = State::Idle;
    for _ in 0..4 {
        println!("{}", advance(&mut st));
    }
    println!("final state {:?}", st);
    // swap slices elements of a vec of strings
    let mut names = vec![String::from("a"), String::from("b"), String::from("c")];
    let (l, r) = names.split_at_mut(2);
    mem::swap(&mut l[0], &mut r[0]);
    println!("{:?}", names);
    // forget and ManuallyDrop
    mem::forget(Loud("forgotten"));
    let mut md = ManuallyDrop::new(Loud("manual"));
    println!("manual drop holds {}", md.0);
    unsafe { ManuallyDrop::drop(&mut md) };
    let md2 = ManuallyDrop::new(Loud("into_inner"));
    let inner = ManuallyDrop::into_inner(md2);
    println!("got {}", inner.0);
    drop(inner);
    // zeroed for plain data
    let z: [u32; 4] = unsafe { mem::zeroed() };
    let zt: (u8, f64, i64) = unsafe { mem::zeroed() };
    println!("zeroed {:?} {:?}", z, zt);
    // swap through Option
    let mut o1 = Some(Loud("o1"));
    let mut o2: Option<Loud> = None;
    mem::swap(&mut o1, &mut o2);
    println!("o1 none={} o2={}", o1.is_none(), o2.as_ref().unwrap().0);
    let prev = mem::replace(&mut o2, Some(Loud("o2-new")));
    println!("prev={}", prev.as_ref().unwrap().0);
    drop(prev);
    println!("discriminant sizes: {}", mem::size_of_val(&st));
    println!("end");
}
