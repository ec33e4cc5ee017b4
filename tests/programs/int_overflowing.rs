//! overflowing_* operations returning (value, overflowed) tuples for all integer widths.
use std::hint::black_box;

macro_rules! ov {
    ($t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        println!(
            "{} {} {}: add={:?} sub={:?} mul={:?} div={:?} neg={:?} shl={:?} shr={:?} pow={:?}",
            stringify!($t),
            a,
            b,
            a.overflowing_add(b),
            a.overflowing_sub(b),
            a.overflowing_mul(b),
            if b != 0 { Some(a.overflowing_div(b)) } else { None },
            a.overflowing_neg(),
            a.overflowing_shl(b as u32),
            a.overflowing_shr(b as u32),
            a.overflowing_pow(b as u32 & 15),
        );
    }};
}

fn main() {
    ov!(i8, 127, 1);
    ov!(i8, -128, -1);
    ov!(i8, -128, 9);
    ov!(u8, 255, 1);
    ov!(u8, 16, 16);
    ov!(i16, -30000, 5000);
    ov!(u16, 0, 1);
    ov!(i32, i32::MAX, i32::MAX);
    ov!(i32, 65536, 33);
    ov!(u32, 0x8000_0000, 2);
    ov!(i64, i64::MIN, -1);
    ov!(i64, 1 << 40, 1 << 30);
    ov!(u64, u64::MAX, u64::MAX);
    ov!(i128, i128::MAX, 2);
    ov!(u128, u128::MAX, 130);
    ov!(isize, isize::MIN, 1);
    ov!(usize, 12345, 70);

    // carrying-style multiword add using overflowing_add
    let a: [u32; 4] = black_box([0xffff_ffff, 0xffff_ffff, 0x1234_5678, 0]);
    let b: [u32; 4] = black_box([1, 0, 0xedcb_a988, 7]);
    let mut out = [0u32; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s1, c1) = a[i].overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(carry as u32);
        out[i] = s2;
        carry = c1 | c2;
    }
    println!("multiword: {:08x?} carry={}", out, carry);
    // 64x64 -> 128 via u128 and compare to manual
    let x: u64 = black_box(0xdead_beef_cafe_babe);
    let y: u64 = black_box(0x1234_5678_9abc_def0);
    let full = x as u128 * y as u128;
    let (lo, o) = x.overflowing_mul(y);
    println!("full={:#x} lo={:#x} overflow={} hi={:#x}", full, lo, o, (full >> 64) as u64);
}
