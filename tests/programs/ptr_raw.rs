//! Raw pointers: read/write, offset/add/sub, offset_from, ptr::swap, ptr::copy/copy_nonoverlapping, write_bytes, replace.
use std::hint::black_box;
use std::ptr;

#[derive(Debug, Clone, Copy)]
struct Pair {
    a: i32,
    b: u8,
}

fn main() {
    let mut arr: [i64; 8] = black_box([1, 2, 3, 4, 5, 6, 7, 8]);
    let p = arr.as_mut_ptr();
    unsafe {
        *p = 100;
        *p.add(1) += 50;
        p.offset(2).write(-3);
        let v = p.add(3).read();
        *p.add(7) = v * 10;
        let end = p.add(8);
        let mid = end.sub(4);
        println!("offset_from end-p={} mid-p={}", end.offset_from(p), mid.offset_from(p));
        println!("read via sub: {}", *end.sub(1));
        ptr::swap(p.add(4), p.add(5));
        let old = ptr::replace(p.add(6), 777);
        println!("replaced old={}", old);
    }
    println!("{:?}", arr);
    // copy (overlapping) and copy_nonoverlapping
    let mut buf: [u8; 10] = black_box(*b"abcdefghij");
    unsafe {
        let bp = buf.as_mut_ptr();
        ptr::copy(bp, bp.add(2), 6);
    }
    println!("copy overlap fwd: {}", std::str::from_utf8(&buf).unwrap());
    let mut buf2: [u8; 10] = black_box(*b"abcdefghij");
    unsafe {
        let bp = buf2.as_mut_ptr();
        ptr::copy(bp.add(3), bp, 7);
    }
    println!("copy overlap back: {}", std::str::from_utf8(&buf2).unwrap());
    let src = black_box([1.5f32, 2.5, 3.5]);
    let mut dst = [0.0f32; 5];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(1), 3);
    }
    println!("copy_nonoverlapping: {:?}", dst);
    let mut z = black_box([0xffu8; 6]);
    unsafe {
        ptr::write_bytes(z.as_mut_ptr().add(1), 0x5a, 3);
    }
    println!("write_bytes: {:02x?}", z);
    // struct through raw pointers
    let mut pair = Pair { a: black_box(5), b: 6 };
    let pp: *mut Pair = &mut pair;
    unsafe {
        (*pp).a *= 3;
        let bptr = ptr::addr_of_mut!((*pp).b);
        *bptr += 1;
        let copy = pp.read();
        println!("pair {:?} copy {:?}", *pp, copy);
    }
    // swap two variables via pointers
    let mut x = black_box(String::from("left"));
    let mut y = black_box(String::from("right"));
    unsafe { ptr::swap(&mut x, &mut y) };
    println!("swapped: {} {}", x, y);
    // swap_nonoverlapping ranges
    let mut big = black_box([1u16, 2, 3, 4, 5, 6]);
    unsafe {
        let bp = big.as_mut_ptr();
        ptr::swap_nonoverlapping(bp, bp.add(3), 3);
    }
    println!("swap_nonoverlapping: {:?}", big);
    // pointer equality and null checks
    let a = black_box(1u8);
    let pa: *const u8 = &a;
    let pb: *const u8 = &a;
    let nul: *const u8 = ptr::null();
    println!("eq={} null={} {} as_ref={:?} null as_ref={:?}", ptr::eq(pa, pb), pa.is_null(), nul.is_null(), unsafe { pa.as_ref() }, unsafe { nul.as_ref() });
    // walk a linked sequence with pointer arithmetic
    let data = black_box([3usize, 0, 4, 1, 2, 99]);
    let base = data.as_ptr();
    let mut i = 0usize;
    let mut order = Vec::new();
    for _ in 0..5 {
        order.push(i);
        i = unsafe { *base.add(i) };
    }
    println!("chain: {:?}", order);
    // wrapping_add/wrapping_sub on pointers
    let wp = base.wrapping_add(10).wrapping_sub(9);
    println!("wrapping ptr read: {}", unsafe { *wp });
}
