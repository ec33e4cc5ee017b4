//! `size_of_val` and `align_of_val` of packed structs with unsized tails: `repr(packed)` caps the
//! alignment of slice tails too, for references and raw pointers alike.
#![feature(layout_for_ptr, ptr_metadata)]
use std::mem::{align_of_val, align_of_val_raw, size_of_val};
use std::ptr;

#[repr(C, packed)]
struct Packed1 {
    tag: u8,
    tail: [u32],
}

#[repr(C, packed(2))]
struct Packed2 {
    tag: u8,
    tail: [u64],
}

#[repr(C)]
struct Plain {
    tag: u8,
    tail: [u32],
}

#[repr(C, packed)]
struct PackedStr {
    tag: u16,
    text: str,
}

fn main() {
    let storage = [0u64; 8];
    for len in [0usize, 1, 3] {
        let p1: *const Packed1 = ptr::from_raw_parts(storage.as_ptr() as *const u8, len);
        let p2: *const Packed2 = ptr::from_raw_parts(storage.as_ptr() as *const u8, len);
        let plain: *const Plain = ptr::from_raw_parts(storage.as_ptr() as *const u8, len);
        unsafe {
            println!("packed1 len {len}: size {} align {} raw {}", size_of_val(&*p1), align_of_val(&*p1), align_of_val_raw(p1));
            println!("packed2 len {len}: size {} align {} raw {}", size_of_val(&*p2), align_of_val(&*p2), align_of_val_raw(p2));
            println!("plain   len {len}: size {} align {} raw {}", size_of_val(&*plain), align_of_val(&*plain), align_of_val_raw(plain));
        }
    }
    let bytes = [7u8, 0, b'h', b'e', b'y'];
    let text: *const PackedStr = ptr::from_raw_parts(bytes.as_ptr(), 3);
    unsafe {
        println!("packed str: size {} align {} text {}", size_of_val(&*text), align_of_val(&*text), &(*text).text);
        let tag = (*text).tag;
        println!("tag {tag}");
    }
}
