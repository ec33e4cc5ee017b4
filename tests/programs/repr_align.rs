//! #[repr(align(N))] types: size/align, alignment of stack/heap/Vec/Box placements, aligned fields inside structs and enums, over-aligned arrays.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::{align_of, size_of};

#[repr(align(16))]
#[derive(Debug, Clone, Copy, Default)]
struct A16 {
    v: u32,
}

#[repr(align(64))]
#[derive(Debug, Clone, Copy)]
struct CacheLine {
    counter: u64,
    id: u8,
}

#[repr(C, align(8))]
#[derive(Debug, Clone, Copy)]
struct Header {
    kind: u8,
    len: u16,
}

#[derive(Debug)]
#[allow(dead_code)]
struct Holder {
    small: u8,
    aligned: A16,
    tail: u8,
}

#[derive(Debug)]
#[allow(dead_code)]
enum Msg {
    Empty,
    Line(CacheLine),
    Byte(u8),
}

#[repr(align(4096))]
struct Page([u8; 100]);

fn aligned_to(p: *const u8, n: usize) -> bool {
    p as usize % n == 0
}

fn main() {
    println!("A16 size={} align={}", size_of::<A16>(), align_of::<A16>());
    println!("CacheLine size={} align={}", size_of::<CacheLine>(), align_of::<CacheLine>());
    println!("Header size={} align={}", size_of::<Header>(), align_of::<Header>());
    println!("Holder size={} align={} Msg size={} align={}", size_of::<Holder>(), align_of::<Holder>(), size_of::<Msg>(), align_of::<Msg>());
    println!("Page size={} align={}", size_of::<Page>(), align_of::<Page>());
    let a = A16 { v: black_box(5) };
    let b = black_box(1u8);
    let c = CacheLine { counter: 9, id: b };
    println!("stack aligned: {} {}", aligned_to(&a as *const _ as *const u8, 16), aligned_to(&c as *const _ as *const u8, 64));
    let bx = Box::new(CacheLine { counter: black_box(1), id: 2 });
    println!("box aligned: {}", aligned_to(&*bx as *const _ as *const u8, 64));
    let v: Vec<A16> = (0..10).map(|i| A16 { v: black_box(i) }).collect();
    let all = v.iter().all(|e| aligned_to(e as *const _ as *const u8, 16));
    println!("vec elements aligned: {} stride={}", all, (&v[1] as *const A16 as usize) - (&v[0] as *const A16 as usize));
    let h = Holder { small: 1, aligned: A16 { v: 77 }, tail: 2 };
    println!("field aligned: {} value {}", aligned_to(&h.aligned as *const _ as *const u8, 16), h.aligned.v);
    let msgs = [Msg::Empty, Msg::Line(CacheLine { counter: black_box(123), id: 4 }), Msg::Byte(9)];
    for m in &msgs {
        if let Msg::Line(cl) = m {
            println!("enum payload aligned: {} {:?}", aligned_to(cl as *const _ as *const u8, 64), cl);
        } else {
            println!("{:?}", m);
        }
    }
    let page = Box::new(Page([black_box(3u8); 100]));
    println!("page aligned: {} sum {}", aligned_to(page.0.as_ptr(), 4096), page.0.iter().map(|&x| x as u32).sum::<u32>());
    let arr = [A16::default(); 3];
    println!("array of A16 size {} aligned {}", size_of::<[A16; 3]>(), aligned_to(arr.as_ptr() as *const u8, 16));
    // copy an aligned struct by value through a function
    fn bump(mut c: CacheLine) -> CacheLine {
        c.counter += 1;
        c
    }
    let c2 = bump(bump(c));
    println!("by-value aligned {:?}", c2);
    let hd = Header { kind: black_box(2), len: 300 };
    println!("{:?}", hd);
}
