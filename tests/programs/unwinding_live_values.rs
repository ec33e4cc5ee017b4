//! Values that stay live across calls that unwind: every frame keeps many integers, floats and
//! 128-bit values alive across a call that panics, and its cleanup reads them; the frame that
//! catches keeps its own values live across `catch_unwind` and prints them afterwards. Any
//! register or stack slot the unwinder restores wrongly shows up as a different number.
use std::hint::black_box;
use std::panic;

struct Report {
    level: u32,
    a: u64,
    b: i32,
    c: f64,
    d: u128,
}
impl Drop for Report {
    fn drop(&mut self) {
        println!("level {} cleanup: a={} b={} c={:.3} d={}", self.level, self.a, self.b, self.c, self.d);
    }
}

#[inline(never)]
fn mix(x: u64) -> u64 {
    x.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17) ^ 0xDEAD_BEEF
}

#[inline(never)]
fn layer(level: u32, seed: u64) -> u64 {
    let a = mix(seed);
    let b = (a % 1000) as i32 - 500;
    let c = (a % 977) as f64 / 7.0;
    let d = (a as u128) << 40 | level as u128;
    let e = mix(a);
    let f = mix(e) & 0xFFFF;
    let g = e.wrapping_add(f);
    let h = (c * 3.0) as u64;
    let _report = Report { level, a, b, c, d };
    let below = if level == 0 {
        panic!("bottom with seed {seed}")
    } else {
        layer(level - 1, g ^ h)
    };
    let sum = a ^ b as u64 ^ e ^ f ^ g ^ h ^ (d as u64) ^ (c as u64);
    println!("level {level} returned normally: {}", sum ^ below);
    sum ^ below
}

#[inline(never)]
fn catcher(base: u64, depth: u32) -> String {
    let k1 = mix(base);
    let k2 = mix(k1);
    let k3 = mix(k2);
    let k4 = mix(k3);
    let k5 = (k4 % 10_000) as f64 * 0.25;
    let k6 = (k1 as u128) * (k2 as u128);
    let k7 = k3 as i32;
    let k8 = k4 as u8;
    let r = panic::catch_unwind(|| layer(depth, base));
    let outcome = match r {
        Ok(v) => format!("ok {v}"),
        Err(p) => format!("caught {:?}", p.downcast_ref::<String>()),
    };
    format!("{outcome}; kept k1={k1} k2={k2} k3={k3} k4={k4} k5={k5} k6={k6} k7={k7} k8={k8}")
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let x = black_box(12345u64);
    let y = black_box(-77i64);
    let z = black_box(2.5f32);
    let w = black_box(u128::MAX - 99);
    println!("{}", catcher(black_box(1), 3));
    println!("{}", catcher(black_box(42), 0));
    let mut total = 0u64;
    for i in 0..200u64 {
        let r = panic::catch_unwind(|| {
            let v = mix(i);
            if v % 3 == 0 {
                panic!("iteration {i}");
            }
            v
        });
        total = total.wrapping_add(match r {
            Ok(v) => v,
            Err(_) => i,
        });
    }
    println!("loop total {total}");
    println!("main kept x={x} y={y} z={z} w={w}");
}
