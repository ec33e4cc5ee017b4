//! `_addcarry_u64` / `_subborrow_u64` (and the 32-bit forms) chained across words, as bignum
//! crates use them.
use std::arch::x86_64::{_addcarry_u32, _addcarry_u64, _subborrow_u32, _subborrow_u64};

fn add_words(a: &[u64], b: &[u64]) -> (Vec<u64>, u8) {
    let mut carry = 0u8;
    let mut out = vec![0u64; a.len()];
    for i in 0..a.len() {
        carry = unsafe { _addcarry_u64(carry, a[i], b[i], &mut out[i]) };
    }
    (out, carry)
}

fn sub_words(a: &[u64], b: &[u64]) -> (Vec<u64>, u8) {
    let mut borrow = 0u8;
    let mut out = vec![0u64; a.len()];
    for i in 0..a.len() {
        borrow = unsafe { _subborrow_u64(borrow, a[i], b[i], &mut out[i]) };
    }
    (out, borrow)
}

fn main() {
    let a = std::hint::black_box([u64::MAX, u64::MAX, 5, 0]);
    let b = std::hint::black_box([1, 0, u64::MAX, 0]);
    println!("{:?}", add_words(&a, &b));
    println!("{:?}", sub_words(&b, &a));
    println!("{:?}", sub_words(&a, &a));
    let mut lo = 0u32;
    let c = unsafe { _addcarry_u32(1, u32::MAX, 0, &mut lo) };
    let mut d = 0u32;
    let br = unsafe { _subborrow_u32(1, 0, 0, &mut d) };
    println!("{c} {lo} {br} {d}");
}
