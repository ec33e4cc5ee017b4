//! #[repr(packed)] / #[repr(C, packed(2))] structs: size_of, reading fields by copy and via read_unaligned, writing fields, arrays of packed structs.
use std::hint::black_box;
use std::mem::{align_of, size_of};
use std::ptr::{addr_of, addr_of_mut};

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct Packed {
    tag: u8,
    value: u64,
    small: u16,
    f: f32,
}

#[repr(C, packed(2))]
#[derive(Clone, Copy)]
struct Packed2 {
    a: u8,
    b: u32,
    c: u8,
    d: u64,
}

#[repr(packed)]
#[derive(Clone, Copy)]
struct RustPacked {
    x: u16,
    y: u128,
    z: i8,
}

fn show(p: &Packed) -> String {
    // copy fields out to locals; references to packed fields are not allowed
    let tag = p.tag;
    let value = p.value;
    let small = p.small;
    let f = p.f;
    format!("Packed{{tag:{} value:{:#x} small:{} f:{}}}", tag, value, small, f)
}

fn main() {
    println!("sizes: Packed={} align={} Packed2={} align={} RustPacked={} align={}", size_of::<Packed>(), align_of::<Packed>(), size_of::<Packed2>(), align_of::<Packed2>(), size_of::<RustPacked>(), align_of::<RustPacked>());
    let mut p = Packed { tag: black_box(7), value: black_box(0x1122_3344_5566_7788), small: 513, f: 2.5 };
    println!("{}", show(&p));
    p.value += 1;
    p.small = p.small.wrapping_mul(black_box(200));
    p.f *= -2.0;
    println!("{}", show(&p));
    let v = unsafe { addr_of!(p.value).read_unaligned() };
    let fv = unsafe { addr_of!(p.f).read_unaligned() };
    println!("read_unaligned value={:#x} f={}", v, fv);
    unsafe { addr_of_mut!(p.value).write_unaligned(black_box(42)) };
    println!("after write_unaligned {}", show(&p));
    let bytes: [u8; 15] = unsafe { std::mem::transmute(p) };
    println!("bytes {:02x?}", bytes);
    let mut arr = [Packed { tag: 0, value: 0, small: 0, f: 0.0 }; 4];
    for (i, e) in arr.iter_mut().enumerate() {
        e.tag = i as u8;
        e.value = (i as u64 + 1) << 40;
        e.small = i as u16 * 1000;
        e.f = i as f32 / 4.0;
    }
    println!("array size {}", size_of::<[Packed; 4]>());
    for e in &arr {
        println!(" {}", show(e));
    }
    let total: u64 = arr.iter().map(|e| e.value).sum();
    println!("sum of packed values {:#x}", total);
    let p2 = Packed2 { a: 1, b: black_box(0xdead_beef), c: 3, d: u64::MAX - 1 };
    let (a, b, c, d) = (p2.a, p2.b, p2.c, p2.d);
    println!("Packed2 a={} b={:#x} c={} d={} offsets b={} d={}", a, b, c, d, std::mem::offset_of!(Packed2, b), std::mem::offset_of!(Packed2, d));
    let rp = RustPacked { x: 65535, y: black_box(u128::MAX / 7), z: -1 };
    let (x, y, z) = (rp.x, rp.y, rp.z);
    println!("RustPacked x={} y={} z={}", x, y, z);
    let copy = rp;
    let y2 = copy.y;
    println!("copy y equal {}", y2 == y);
    // packed struct in a Vec, modified through a mutable iterator
    let mut v: Vec<Packed2> = (0..5).map(|i| Packed2 { a: i, b: i as u32 * 3, c: 0, d: i as u64 }).collect();
    for e in v.iter_mut() {
        e.d = e.d * 1000 + e.b as u64;
        e.c = e.a + 100;
    }
    let ds: Vec<u64> = v.iter().map(|e| e.d).collect();
    let cs: Vec<u8> = v.iter().map(|e| e.c).collect();
    println!("vec packed d={:?} c={:?}", ds, cs);
}
