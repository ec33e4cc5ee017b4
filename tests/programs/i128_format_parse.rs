//! i128/u128 formatting (decimal/hex/octal/binary/width/sign/exp) and parsing (from_str, from_str_radix, errors), roundtrips.
use std::hint::black_box;

fn main() {
    let vals: [i128; 7] = black_box([0, 1, -1, i128::MAX, i128::MIN, 0x0123_4567_89ab_cdef_0011_2233_4455_6677, -1_000_000_000_000_000_000_000]);
    for v in vals {
        println!("{} | {:+} | {:>45} | {:<42}| {:x} | {:#X} | {:e}", v, v, v, v, v, v, v);
    }
    let uvals: [u128; 5] = black_box([0, u128::MAX, 1 << 64, (1 << 64) - 1, 10u128.pow(38)]);
    for v in uvals {
        println!("{} | {:#o} | {:#b} | {:040} | {:e}", v, v, v, v, v);
    }
    let inputs = black_box([
        "0",
        "-0",
        "170141183460469231731687303715884105727",
        "170141183460469231731687303715884105728",
        "-170141183460469231731687303715884105728",
        "+42",
        "340282366920938463463374607431768211455",
        "340282366920938463463374607431768211456",
        "12_3",
        "",
        "-",
        "99999999999999999999999",
    ]);
    for s in inputs {
        println!("{:?}: i128={:?} u128={:?}", s, s.parse::<i128>(), s.parse::<u128>());
    }
    println!("radix: {:?} {:?} {:?} {:?}", u128::from_str_radix("ffffffffffffffffffffffffffffffff", 16), i128::from_str_radix("-zzzzzzzzzzzzzzzzzzzzzzzz", 36), u128::from_str_radix("1".repeat(128).as_str(), 2), u128::from_str_radix("1".repeat(129).as_str(), 2).is_err());
    // roundtrips
    let mut ok = true;
    let mut v: u128 = black_box(1);
    for i in 0..200 {
        let s = v.to_string();
        let h = format!("{:x}", v);
        ok &= s.parse::<u128>().unwrap() == v && u128::from_str_radix(&h, 16).unwrap() == v;
        v = v.wrapping_mul(6364136223846793005).wrapping_add(i);
    }
    println!("roundtrips ok {}", ok);
    let mut sv: i128 = black_box(-3);
    let mut collected = Vec::new();
    for _ in 0..5 {
        sv = sv.wrapping_mul(-1_000_000_007).wrapping_sub(17);
        collected.push(sv.to_string());
    }
    println!("{}", collected.join(" "));
    println!("debug {:?} {:?}", black_box(Some(-5i128)), black_box([u128::MAX, 0]));
    println!("width from arg [{:>w$}] [{:^w$x}]", black_box(12345678901234567890123i128), black_box(255u128), w = 30);
}
