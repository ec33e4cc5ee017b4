//! Atomics single-threaded semantics: fetch_add/sub/and/or/xor/nand/max/min, swap, compare_exchange (success/failure), fetch_update, for many widths and AtomicPtr/AtomicBool.
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicI16, AtomicI32, AtomicI64, AtomicI8, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering::*};

fn main() {
    let a = AtomicU8::new(black_box(250));
    println!("u8 fetch_add(10)={} now={} (wraps)", a.fetch_add(10, SeqCst), a.load(SeqCst));
    println!("u8 fetch_sub(5)={} now={}", a.fetch_sub(5, SeqCst), a.load(SeqCst));
    println!("u8 fetch_and(0xf0)={} fetch_or(0x0f)={} fetch_xor(0xff)={} now={}", a.fetch_and(0xf0, SeqCst), a.fetch_or(0x0f, SeqCst), a.fetch_xor(0xff, SeqCst), a.load(SeqCst));
    println!("u8 fetch_nand(0x3c)={} now={:#x}", a.fetch_nand(0x3c, SeqCst), a.load(SeqCst));
    println!("u8 fetch_max(200)={} fetch_min(7)={} now={}", a.fetch_max(200, SeqCst), a.fetch_min(7, SeqCst), a.load(SeqCst));
    let b = AtomicI8::new(black_box(-100));
    println!("i8 fetch_sub(100)={} now={} fetch_max(-5)={} fetch_min(-128)={} now={}", b.fetch_sub(100, SeqCst), b.load(SeqCst), b.fetch_max(-5, SeqCst), b.fetch_min(-128, SeqCst), b.load(SeqCst));
    let c = AtomicI16::new(black_box(1000));
    println!("i16 swap(-1)={} cas ok={:?} cas fail={:?}", c.swap(-1, SeqCst), c.compare_exchange(-1, 5, SeqCst, SeqCst), c.compare_exchange(-1, 6, SeqCst, Relaxed));
    let d = AtomicU16::new(black_box(65535));
    println!("u16 fetch_add(2)={} now={} fetch_max(9)={} now={}", d.fetch_add(2, AcqRel), d.load(Acquire), d.fetch_max(9, SeqCst), d.load(SeqCst));
    let e = AtomicI32::new(black_box(i32::MAX));
    println!("i32 fetch_add(1)={} now={}", e.fetch_add(1, SeqCst), e.load(SeqCst));
    println!("i32 fetch_update double: {:?} now={}", e.fetch_update(SeqCst, SeqCst, |v| v.checked_mul(2)), e.load(SeqCst));
    e.store(black_box(21), Release);
    println!("i32 fetch_update double: {:?} now={}", e.fetch_update(SeqCst, SeqCst, |v| v.checked_mul(2)), e.load(SeqCst));
    let f = AtomicU32::new(black_box(0xdead_beef));
    println!("u32 fetch_xor={:#x} now={:#x} fetch_min={:#x} now={:#x}", f.fetch_xor(0xffff_ffff, SeqCst), f.load(SeqCst), f.fetch_min(0x1000, SeqCst), f.load(SeqCst));
    let g = AtomicI64::new(black_box(-5));
    println!("i64 fetch_max(3)={} fetch_min(-9)={} now={} fetch_sub(i64::MAX)={} now={}", g.fetch_max(3, SeqCst), g.fetch_min(-9, SeqCst), g.load(SeqCst), g.fetch_sub(i64::MAX, SeqCst), g.load(SeqCst));
    let h = AtomicU64::new(black_box(u64::MAX - 1));
    println!("u64 fetch_add(3)={} now={} into_inner={}", h.fetch_add(3, SeqCst), h.load(SeqCst), h.into_inner());
    let i = AtomicUsize::new(black_box(10));
    let mut spins = 0;
    loop {
        let cur = i.load(Relaxed);
        match i.compare_exchange_weak(cur, cur * 3, SeqCst, Relaxed) {
            Ok(prev) => {
                println!("usize cas_weak loop prev={} now={} (spins counted, not printed)", prev, i.load(SeqCst));
                break;
            }
            Err(_) => spins += 1,
        }
    }
    let _ = black_box(spins);
    let j = AtomicIsize::new(black_box(-1));
    println!("isize fetch_and(-16)={} now={} fetch_or(3)={} now={}", j.fetch_and(-16, SeqCst), j.load(SeqCst), j.fetch_or(3, SeqCst), j.load(SeqCst));
    let flag = AtomicBool::new(black_box(false));
    println!("bool swap(true)={} fetch_and(false)={} fetch_or(true)={} fetch_xor(true)={} fetch_nand(true)={} now={}", flag.swap(true, SeqCst), flag.fetch_and(false, SeqCst), flag.fetch_or(true, SeqCst), flag.fetch_xor(true, SeqCst), flag.fetch_nand(true, SeqCst), flag.load(SeqCst));
    println!("bool cas {:?} {:?} fetch_not={} now={}", flag.compare_exchange(true, false, SeqCst, SeqCst), flag.compare_exchange(true, false, SeqCst, SeqCst), flag.fetch_not(SeqCst), flag.load(SeqCst));
    // AtomicPtr
    let mut x = 1i32;
    let mut y = 2i32;
    let p = AtomicPtr::new(&mut x as *mut i32);
    let old = p.swap(&mut y, SeqCst);
    unsafe {
        *old += 100;
        *p.load(SeqCst) += 200;
    }
    let res = p.compare_exchange(&mut x, std::ptr::null_mut(), SeqCst, SeqCst);
    println!("ptr cas with stale expected failed: {}", res.is_err());
    let res2 = p.compare_exchange(&mut y, std::ptr::null_mut(), SeqCst, SeqCst);
    println!("ptr cas ok: {} now null: {} x={} y={}", res2.is_ok(), p.load(SeqCst).is_null(), x, y);
    // get_mut on owned atomics
    let mut owned = AtomicU32::new(5);
    *owned.get_mut() += 1;
    println!("get_mut -> {}", owned.load(Relaxed));
    let arr = [AtomicU8::new(1), AtomicU8::new(2), AtomicU8::new(3)];
    for (k, a) in arr.iter().enumerate() {
        a.fetch_add(k as u8 * 10, Relaxed);
    }
    println!("array of atomics {:?}", arr.iter().map(|a| a.load(Relaxed)).collect::<Vec<_>>());
    std::sync::atomic::fence(SeqCst);
    println!("debug fmt {:?} {:?}", AtomicI64::new(-3), AtomicBool::new(true));
}
