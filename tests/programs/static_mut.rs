//! static mut globals accessed with unsafe (via raw pointers), plain statics, statics of structs/arrays, and interior-mutable statics.
use std::hint::black_box;
use std::ptr::addr_of_mut;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

static mut COUNTER: u64 = 0;
static mut LOG: [u8; 16] = [0; 16];
static mut LOG_LEN: usize = 0;
static mut STATE: State = State { x: -1, y: 2.5, name: "init" };
static GREETING: &str = "hello from a static";
static PRIMES: [u16; 8] = [2, 3, 5, 7, 11, 13, 17, 19];
static CALLS: AtomicU32 = AtomicU32::new(0);
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());
static mut BIG: [u64; 64] = [0; 64];

#[derive(Debug, Clone, Copy)]
struct State {
    x: i32,
    y: f64,
    name: &'static str,
}

fn bump(by: u64) -> u64 {
    CALLS.fetch_add(1, Ordering::Relaxed);
    unsafe {
        let c = addr_of_mut!(COUNTER);
        *c += by;
        *c
    }
}

fn log_byte(b: u8) {
    unsafe {
        let len = addr_of_mut!(LOG_LEN);
        let log = addr_of_mut!(LOG);
        if *len < 16 {
            (*log)[*len] = b;
            *len += 1;
        }
    }
}

fn main() {
    for i in 1..=5 {
        let v = bump(black_box(i));
        print!("{} ", v);
    }
    println!();
    for b in black_box(b"static mut log overflow test") {
        log_byte(*b);
    }
    unsafe {
        let log = &*addr_of_mut!(LOG);
        let len = *addr_of_mut!(LOG_LEN);
        println!("log: {:?}", std::str::from_utf8(&log[..len]).unwrap());
    }
    unsafe {
        let st = addr_of_mut!(STATE);
        println!("state before: {:?}", *st);
        (*st).x += black_box(43);
        (*st).y *= 4.0;
        (*st).name = "updated";
        let copy: State = *st;
        println!("state after: {:?}", copy);
    }
    println!("{} / len {}", GREETING, GREETING.len());
    let sum: u32 = PRIMES.iter().map(|&p| p as u32).sum();
    println!("primes sum {} idx5 {}", sum, PRIMES[black_box(5)]);
    unsafe {
        let big = &mut *addr_of_mut!(BIG);
        for (i, slot) in big.iter_mut().enumerate() {
            *slot = (i as u64).pow(3);
        }
        println!("big[63]={} sum={}", big[63], big.iter().sum::<u64>());
    }
    {
        let mut names = NAMES.lock().unwrap();
        names.push("alpha".into());
        names.push(format!("beta{}", black_box(2)));
    }
    println!("names {:?}", NAMES.lock().unwrap());
    println!("calls {}", CALLS.load(Ordering::Relaxed));
    unsafe {
        println!("final counter {}", *addr_of_mut!(COUNTER));
    }
    // statics have stable addresses
    let p1 = &PRIMES as *const _ as usize;
    let p2 = &PRIMES as *const _ as usize;
    println!("same address: {}", p1 == p2);
}
