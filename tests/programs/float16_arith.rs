//! f16 arithmetic (+ - * / %, negation) and comparisons, bit for bit: edge values (±0, ±inf,
//! NaNs with payloads, subnormals, the largest finite values, halfway cases that round to even),
//! then every operator over many pseudo-random pairs, summarized as one hash per operator.
#![feature(f16, f128)]
use std::hint::black_box;

const EDGES: [u16; 24] = [
    0x0000, 0x8000, // ±0
    0x3c00, 0xbc00, // ±1
    0x3c01, 0x3bff, // 1 + ulp, 1 - ulp/2
    0x0001, 0x8001, 0x03ff, 0x0400, // smallest subnormals, largest subnormal, smallest normal
    0x7bff, 0xfbff, // ±65504
    0x7c00, 0xfc00, // ±inf
    0x7e00, 0xfe00, 0x7c01, 0x7d55, 0xfe2a, // quiet and signalling NaNs with payloads
    0x4248, 0x5640, 0x1400, 0x6400, 0x4900,
];

include!("support/float_bits.rs");

fn h(x: f16) -> f16 {
    black_box(x)
}

fn ops(a: f16, b: f16) -> [u16; 5] {
    [(h(a) + h(b)).to_bits(), (h(a) - h(b)).to_bits(), (h(a) * h(b)).to_bits(), (h(a) / h(b)).to_bits(), (h(a) % h(b)).to_bits()]
}

fn cmps(a: f16, b: f16) -> [bool; 6] {
    let (a, b) = (h(a), h(b));
    [a == b, a != b, a < b, a <= b, a > b, a >= b]
}

fn main() {
    for &x in &EDGES {
        let a = f16::from_bits(x);
        println!("-{:04x} = {:04x}", x, (-h(a)).to_bits());
        for &y in &EDGES {
            let b = f16::from_bits(y);
            let [s, d, p, q, r] = ops(a, b);
            let c = cmps(a, b);
            println!("{x:04x} {y:04x}: + {s:04x} - {d:04x} * {p:04x} / {q:04x} % {r:04x} cmp {c:?}");
        }
    }

    // Rounding: products and quotients whose f32 value falls near a half-way point of f16.
    let one = h(1.0f16);
    let ulp = h(f16::EPSILON);
    println!("1 + eps/2 = {:04x}", (one + ulp / h(2.0)).to_bits());
    println!("1 + 3eps/4 = {:04x}", (one + ulp * h(0.75)).to_bits());
    println!("(1+eps) + eps/2 = {:04x}", ((one + ulp) + ulp / h(2.0)).to_bits());
    println!("1/3 = {:04x}, 2/3 = {:04x}, 65504*2 = {:04x}", (one / h(3.0)).to_bits(), (h(2.0) / h(3.0)).to_bits(), (h(f16::MAX) * h(2.0)).to_bits());
    println!("min subnormal / 2 = {:04x}, *3/4 {:04x}", (h(f16::from_bits(1)) / h(2.0)).to_bits(), (h(f16::from_bits(3)) * h(0.5)).to_bits());
    println!("65504 + 16 = {:04x}, 65504 + 15.99 = {:04x}", (h(f16::MAX) + h(16.0)).to_bits(), (h(f16::MAX) + h(15.99)).to_bits());
    println!("inf - inf = {:04x}, 0 * inf = {:04x}, 0/0 = {:04x}", (h(f16::INFINITY) - h(f16::INFINITY)).to_bits(), (h(0.0) * h(f16::INFINITY)).to_bits(), (h(0.0) / h(0.0)).to_bits());

    // Compound assignment and accumulation.
    let mut acc = h(0.0f16);
    for i in 0..200 {
        acc += h(0.1) * f16::from(i as u8);
        acc -= h(0.05);
    }
    println!("acc = {:04x} {}", acc.to_bits(), acc);
    let mut m = h(1.0f16);
    m *= h(1.5);
    m /= h(0.3);
    m %= h(1.7);
    println!("m = {:04x}", m.to_bits());

    // Every operator over pseudo-random operands (all bit patterns are fair game).
    let mut rng = Rng(0x5eed);
    let mut hashes: [Fnv; 7] = std::array::from_fn(|_| Fnv::new());
    for _ in 0..20000 {
        let a = rng.half();
        let b = rng.half();
        for (hash, r) in hashes.iter_mut().zip(ops(a, b)) {
            hash.add(r);
        }
        let c = cmps(a, b);
        hashes[5].add(c.iter().fold(0u64, |acc, &t| acc * 2 + t as u64));
        hashes[6].add((-h(a)).to_bits());
    }
    for (name, hash) in ["add", "sub", "mul", "div", "rem", "cmp", "neg"].iter().zip(&hashes) {
        println!("{name}: {:016x}", hash.0);
    }

    // f16 in arrays, tuples and structs, in memory and through references.
    let arr = h(1.25f16);
    let values = [arr, -arr, arr * h(4.0), h(f16::NAN)];
    let sum: f16 = values[..3].iter().copied().sum();
    let prod: f16 = values[..3].iter().product();
    println!("sum {:04x} prod {:04x} max-by-total {:04x}", sum.to_bits(), prod.to_bits(), values.iter().copied().max_by(|a, b| a.total_cmp(b)).unwrap().to_bits());
    let pair = (h(2.5f16), 7u8);
    let r = &pair;
    println!("pair {:04x} {}", (r.0 * h(2.0)).to_bits(), r.1);
    let sorted = {
        let mut v: Vec<f16> = (0..20).map(|i| f16::from(i as u8) * h(-0.37) + h(3.0)).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
    };
    println!("sorted {:x?}", sorted);
}
