//! `asm!` used as an optimization barrier (a template that is only a comment), as crates such
//! as zmij do to hide a value from the optimizer.
use std::arch::asm;

fn hide(mut x: u64) -> u64 {
    unsafe { asm!("/* {0} */", inout(reg) x) };
    x
}

fn hide_pair(mut a: u32, mut b: f64) -> (u32, f64) {
    unsafe { asm!("/*{0:e}*/ /* {1} */", inout(reg) a, inout(xmm_reg) b) };
    (a, b)
}

fn main() {
    let mut total = 0u64;
    for i in 0..10 {
        total += hide(std::hint::black_box(i * i));
    }
    println!("{total}");
    println!("{:?}", hide_pair(7, 2.5));
}
