//! Whole-vector SIMD operations on 128-, 256- and 512-bit vectors of every integer and float
//! lane type: arithmetic with wrap-around, bit operations, comparisons into masks, bitmasks,
//! `any`/`all`, selects, saturating arithmetic, negation and splats, with edge values.
#![feature(portable_simd)]
use std::simd::prelude::*;

fn mix(seed: u64, i: usize) -> u64 {
    let mut x = seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 29;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

macro_rules! int_case {
    ($name:ident, $t:ty, $n:literal) => {
        fn $name() {
            let a = Simd::<$t, $n>::from_array(std::array::from_fn(|i| {
                let v = mix(1, i) as $t;
                if i % 5 == 0 { <$t>::MAX } else if i % 7 == 0 { <$t>::MIN } else { v }
            }));
            let b = Simd::<$t, $n>::from_array(std::array::from_fn(|i| if i % 3 == 0 { a[i] } else { mix(2, i) as $t }));
            let line = |label: &str, v: &[$t]| println!("{} {} {label}: {:?}", stringify!($t), $n, v);
            line("add", (a + b).as_array());
            line("sub", (a - b).as_array());
            line("mul", (a * b).as_array());
            line("and", (a & b).as_array());
            line("or", (a | b).as_array());
            line("xor", (a ^ b).as_array());
            line("sat_add", a.saturating_add(b).as_array());
            line("sat_sub", a.saturating_sub(b).as_array());
            line("splat", Simd::<$t, $n>::splat(a[1]).as_array());
            let masks = [a.simd_eq(b), a.simd_ne(b), a.simd_lt(b), a.simd_le(b), a.simd_gt(b), a.simd_ge(b)];
            for (k, m) in masks.iter().enumerate() {
                println!("  cmp{k} bits {:#x} any {} all {}", m.to_bitmask(), m.any(), m.all());
                line("select", m.select(a, b).as_array());
            }
            let all_eq = a.simd_eq(a);
            println!("  self-eq all {} bits {:#x}", all_eq.all(), all_eq.to_bitmask());
        }
    };
}

macro_rules! signed_neg {
    ($name:ident, $t:ty, $n:literal) => {
        fn $name() {
            let a = Simd::<$t, $n>::from_array(std::array::from_fn(|i| if i == 0 { <$t>::MIN } else { mix(3, i) as $t }));
            println!("{} {} neg: {:?}", stringify!($t), $n, (-a).as_array());
        }
    };
}

macro_rules! float_case {
    ($name:ident, $t:ty, $n:literal) => {
        fn $name() {
            let specials = [0.0, -0.0, <$t>::NAN, <$t>::INFINITY, <$t>::NEG_INFINITY, 1.5, -2.25, <$t>::MAX];
            let a = Simd::<$t, $n>::from_array(std::array::from_fn(|i| specials[i % specials.len()]));
            let b = Simd::<$t, $n>::from_array(std::array::from_fn(|i| if i % 3 == 0 { specials[(i + 2) % 8] } else { (mix(4, i) % 1000) as $t / 7.0 - 50.0 }));
            let show = |label: &str, v: &[$t]| {
                let bits: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
                println!("{} {} {label}: {}", stringify!($t), $n, bits.join(" "));
            };
            show("add", (a + b).as_array());
            show("sub", (a - b).as_array());
            show("mul", (a * b).as_array());
            show("div", (a / b).as_array());
            show("neg", (-a).as_array());
            show("splat", Simd::<$t, $n>::splat(b[1]).as_array());
            let masks = [a.simd_eq(b), a.simd_ne(b), a.simd_lt(b), a.simd_le(b), a.simd_gt(b), a.simd_ge(b), a.simd_eq(a)];
            for (k, m) in masks.iter().enumerate() {
                println!("  cmp{k} bits {:#x} any {} all {}", m.to_bitmask(), m.any(), m.all());
                show("select", m.select(a, b).as_array());
            }
        }
    };
}

int_case!(i8x16, i8, 16);
int_case!(i8x32, i8, 32);
int_case!(i8x64, i8, 64);
int_case!(u8x16, u8, 16);
int_case!(u8x32, u8, 32);
int_case!(i16x8, i16, 8);
int_case!(i16x16, i16, 16);
int_case!(u16x8, u16, 8);
int_case!(u16x32, u16, 32);
int_case!(i32x4, i32, 4);
int_case!(i32x8, i32, 8);
int_case!(u32x4, u32, 4);
int_case!(u32x16, u32, 16);
int_case!(i64x2, i64, 2);
int_case!(i64x4, i64, 4);
int_case!(u64x2, u64, 2);
int_case!(u64x8, u64, 8);
int_case!(i8x8, i8, 8);
int_case!(u16x4, u16, 4);
signed_neg!(neg_i8x16, i8, 16);
signed_neg!(neg_i16x16, i16, 16);
signed_neg!(neg_i32x4, i32, 4);
signed_neg!(neg_i64x4, i64, 4);
float_case!(f32x4, f32, 4);
float_case!(f32x8, f32, 8);
float_case!(f32x16, f32, 16);
float_case!(f64x2, f64, 2);
float_case!(f64x4, f64, 4);
float_case!(f32x2, f32, 2);

fn main() {
    i8x16(); i8x32(); i8x64(); u8x16(); u8x32();
    i16x8(); i16x16(); u16x8(); u16x32();
    i32x4(); i32x8(); u32x4(); u32x16();
    i64x2(); i64x4(); u64x2(); u64x8();
    i8x8(); u16x4();
    neg_i8x16(); neg_i16x16(); neg_i32x4(); neg_i64x4();
    f32x4(); f32x8(); f32x16(); f64x2(); f64x4(); f32x2();
}
