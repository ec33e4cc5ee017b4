//! MaybeUninit: write/assume_init, arrays initialized element by element, as_mut_ptr writes, uninit buffers filled by ptr::write, zeroed().
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::MaybeUninit;

#[derive(Debug)]
struct Node {
    id: u32,
    label: String,
}

fn init_array<const N: usize>(f: impl Fn(usize) -> Node) -> [Node; N] {
    let mut arr: [MaybeUninit<Node>; N] = [const { MaybeUninit::uninit() }; N];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write(f(i));
    }
    // SAFETY: every element has been initialized
    unsafe { std::mem::transmute_copy::<[MaybeUninit<Node>; N], [Node; N]>(&std::mem::ManuallyDrop::new(arr)) }
}

fn main() {
    let mut x = MaybeUninit::<u64>::uninit();
    x.write(black_box(0xfeed));
    let v = unsafe { x.assume_init() };
    println!("simple {:#x}", v);
    let mut s = MaybeUninit::<String>::uninit();
    unsafe {
        s.as_mut_ptr().write(String::from("in place"));
    }
    let s = unsafe { s.assume_init() };
    println!("string {}", s);
    let nodes: [Node; 4] = init_array(|i| Node { id: i as u32 * 10, label: format!("n{}", i) });
    println!("{:?}", nodes);
    // buffer filled via raw pointer, then read as initialized slice
    let mut buf: [MaybeUninit<u16>; 8] = [MaybeUninit::uninit(); 8];
    let base = buf.as_mut_ptr() as *mut u16;
    for i in 0..8 {
        unsafe { base.add(i).write(black_box(i as u16).pow(3)) };
    }
    let init: &[u16] = unsafe { std::slice::from_raw_parts(base, 8) };
    println!("cubes {:?}", init);
    // zeroed MaybeUninit
    let z = MaybeUninit::<[i32; 5]>::zeroed();
    println!("zeroed {:?}", unsafe { z.assume_init() });
    // struct fields initialized separately via addr_of_mut
    #[derive(Debug)]
    struct Config {
        level: u8,
        ratio: f64,
        name: &'static str,
    }
    let mut c = MaybeUninit::<Config>::uninit();
    let p = c.as_mut_ptr();
    unsafe {
        std::ptr::addr_of_mut!((*p).level).write(black_box(3));
        std::ptr::addr_of_mut!((*p).ratio).write(0.75);
        std::ptr::addr_of_mut!((*p).name).write("cfg");
    }
    let c = unsafe { c.assume_init() };
    println!("{:?}", c);
    // assume_init_read / drop
    let mut m = MaybeUninit::new(vec![1, 2, 3]);
    unsafe {
        m.assume_init_mut().push(4);
        println!("ref {:?}", m.assume_init_ref());
        let copy_len = m.assume_init_ref().len();
        m.assume_init_drop();
        println!("dropped vec of len {}", copy_len);
    }
    let arr = MaybeUninit::new([1.5f32; 3]);
    println!("array {:?}", unsafe { arr.assume_init() });
    println!("size {} {}", std::mem::size_of::<MaybeUninit<u64>>(), std::mem::size_of::<MaybeUninit<Option<Box<u8>>>>());
}
