//! mem::size_of / align_of / size_of_val / align_of_val for primitives, structs (reordering), enums, slices, dyn, ZSTs, and offset_of!.
use std::hint::black_box;
use std::mem::{align_of, align_of_val, offset_of, size_of, size_of_val};

#[allow(dead_code)]
struct Reordered {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}
#[allow(dead_code)]
#[repr(C)]
struct CLayout {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}
#[allow(dead_code)]
enum E3 {
    A(u32),
    B(u8, u8),
    C,
}
struct Zst;
#[allow(dead_code)]
struct HasZst {
    z: Zst,
    v: u16,
    u: (),
}

trait T {
    fn f(&self) -> u8 {
        0
    }
}
impl T for u64 {}
impl T for [u8; 3] {}

fn main() {
    println!("prims: u8={} u16={} u32={} u64={} u128={} usize={} f32={} f64={} bool={} char={} ()={}", size_of::<u8>(), size_of::<u16>(), size_of::<u32>(), size_of::<u64>(), size_of::<u128>(), size_of::<usize>(), size_of::<f32>(), size_of::<f64>(), size_of::<bool>(), size_of::<char>(), size_of::<()>());
    println!("aligns: u8={} u16={} u32={} u64={} u128={} f64={} char={}", align_of::<u8>(), align_of::<u16>(), align_of::<u32>(), align_of::<u64>(), align_of::<u128>(), align_of::<f64>(), align_of::<char>());
    println!("Reordered size={} align={} | CLayout size={} align={}", size_of::<Reordered>(), align_of::<Reordered>(), size_of::<CLayout>(), align_of::<CLayout>());
    println!("CLayout offsets a={} b={} c={} d={}", offset_of!(CLayout, a), offset_of!(CLayout, b), offset_of!(CLayout, c), offset_of!(CLayout, d));
    println!("E3={} Option<E3>={} Zst={} HasZst={} [u32;0]={} [u16;7]={}", size_of::<E3>(), size_of::<Option<E3>>(), size_of::<Zst>(), size_of::<HasZst>(), size_of::<[u32; 0]>(), size_of::<[u16; 7]>());
    println!("refs: &u8={} &[u8]={} &str={} &dyn T={} Box<dyn T>={} *const [u64]={} fn()={}", size_of::<&u8>(), size_of::<&[u8]>(), size_of::<&str>(), size_of::<&dyn T>(), size_of::<Box<dyn T>>(), size_of::<*const [u64]>(), size_of::<fn()>());
    println!("std: String={} Vec<u8>={} Option<String>={} Rc<u8>={} Result<u64,u8>={} (u8,u32,u8)={}", size_of::<String>(), size_of::<Vec<u8>>(), size_of::<Option<String>>(), size_of::<std::rc::Rc<u8>>(), size_of::<Result<u64, u8>>(), size_of::<(u8, u32, u8)>());
    let v: Vec<u32> = (0..black_box(7)).collect();
    let s: &[u32] = &v;
    println!("size_of_val slice={} align={}", size_of_val(s), align_of_val(s));
    let st: &str = black_box("héllo");
    println!("size_of_val str={}", size_of_val(st));
    let d1: &dyn T = &5u64;
    let d2: &dyn T = &[1u8, 2, 3];
    println!("size_of_val dyn: {} {} align {} {} f={}", size_of_val(d1), size_of_val(d2), align_of_val(d1), align_of_val(d2), d1.f() + d2.f());
    let b: Box<[u64]> = vec![1, 2, 3].into_boxed_slice();
    println!("size_of_val boxed slice {}", size_of_val(&*b));
    let arr = [0u16; 13];
    println!("size_of_val array {} zst {}", size_of_val(&arr), size_of_val(&Zst));
    #[repr(C, align(32))]
    struct Aligned(u8);
    println!("Aligned size={} align={} [Aligned;3]={}", size_of::<Aligned>(), align_of::<Aligned>(), size_of::<[Aligned; 3]>());
    println!("needs_drop String={} u32={}", std::mem::needs_drop::<String>(), std::mem::needs_drop::<u32>());
}
