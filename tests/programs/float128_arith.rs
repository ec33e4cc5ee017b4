//! f128 arithmetic (+ - * / %, negation) and comparisons, bit for bit: edge values (±0, ±inf,
//! NaNs with payloads, subnormals, the largest finite value, rounding ties), then every
//! operator over pseudo-random operands with nearby exponents, one hash per operator.
#![feature(f16, f128)]
use std::hint::black_box;

const EDGES: [u128; 20] = [
    0,
    1 << 127,                                    // -0
    0x3fff_0000_0000_0000_0000_0000_0000_0000,   // 1
    0xbfff_0000_0000_0000_0000_0000_0000_0000,   // -1
    0x3fff_0000_0000_0000_0000_0000_0000_0001,   // 1 + ulp
    0x3ffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,   // 1 - ulp/2
    1,                                           // smallest subnormal
    0x0000_ffff_ffff_ffff_ffff_ffff_ffff_ffff,   // largest subnormal
    0x0001_0000_0000_0000_0000_0000_0000_0000,   // smallest normal
    0x7ffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,   // MAX
    0xfffe_ffff_ffff_ffff_ffff_ffff_ffff_ffff,   // MIN
    0x7fff_0000_0000_0000_0000_0000_0000_0000,   // inf
    0xffff_0000_0000_0000_0000_0000_0000_0000,   // -inf
    0x7fff_8000_0000_0000_0000_0000_0000_0000,   // quiet NaN
    0xffff_8000_0000_0000_0000_0000_dead_beef,   // negative quiet NaN with payload
    0x7fff_0000_0000_0000_0000_0000_0000_0001,   // signalling NaN
    0x4000_921f_b544_42d1_8469_898c_c517_01b8,   // pi
    0x3ffd_5555_5555_5555_5555_5555_5555_5555,   // 1/3
    0x4070_0000_0000_0000_0000_0000_0000_0000,   // 2^113
    0xc00a_1234_5678_9abc_def0_1234_5678_9abc,
];

include!("support/float_bits.rs");
/// Exponents near 1.0 most of the time, so that operands interact; sometimes any bits.
fn quad(rng: &mut Rng) -> f128 {
    if rng.next() % 4 == 0 { f128::from_bits(rng.wide()) } else { rng.quad_with_exponent(-40, 80) }
}

fn h(x: f128) -> f128 {
    black_box(x)
}

fn ops(a: f128, b: f128) -> [u128; 5] {
    [(h(a) + h(b)).to_bits(), (h(a) - h(b)).to_bits(), (h(a) * h(b)).to_bits(), (h(a) / h(b)).to_bits(), (h(a) % h(b)).to_bits()]
}

fn cmps(a: f128, b: f128) -> [bool; 6] {
    let (a, b) = (h(a), h(b));
    [a == b, a != b, a < b, a <= b, a > b, a >= b]
}

fn main() {
    for (i, &x) in EDGES.iter().enumerate() {
        let a = f128::from_bits(x);
        println!("-{i} = {:032x}", (-h(a)).to_bits());
        for (j, &y) in EDGES.iter().enumerate() {
            let b = f128::from_bits(y);
            let [s, d, p, q, r] = ops(a, b);
            let c = cmps(a, b).map(|t| t as u8);
            println!("{i} {j}: {s:032x} {d:032x} {p:032x} {q:032x} {r:032x} {c:?}");
        }
    }
    let one = h(1.0f128);
    let ulp = h(f128::EPSILON);
    println!("1 + eps/2 = {:032x}, (1+eps) + eps/2 = {:032x}", (one + ulp / h(2.0)).to_bits(), ((one + ulp) + ulp / h(2.0)).to_bits());
    println!("1/3 = {:032x}, 2/3 = {:032x}", (one / h(3.0)).to_bits(), (h(2.0) / h(3.0)).to_bits());
    println!("0.1 + 0.2 = {:032x}, == 0.3: {}", (h(0.1) + h(0.2)).to_bits(), h(0.1) + h(0.2) == h(0.3));

    let mut acc = h(0.0f128);
    for i in 0..300u32 {
        acc += h(1.0) / (i as f128 + 1.0);
        acc *= h(1.0000001);
        acc -= h(0.001);
    }
    println!("acc = {:032x}", acc.to_bits());
    let mut m = h(10.0f128);
    m %= h(3.3);
    m /= h(-0.7);
    println!("m = {:032x}", m.to_bits());

    let mut rng = Rng(0x1234);
    let mut hashes: Vec<Fnv> = (0..7).map(|_| Fnv::new()).collect();
    for _ in 0..20000 {
        let (a, b) = (quad(&mut rng), quad(&mut rng));
        for (hash, r) in hashes.iter_mut().zip(ops(a, b)) {
            hash.add(r);
        }
        let c = cmps(a, b);
        hashes[5].add(c.iter().fold(0u128, |acc, &t| acc * 2 + t as u128));
        hashes[6].add((-h(a)).to_bits());
    }
    for (name, hash) in ["add", "sub", "mul", "div", "rem", "cmp", "neg"].iter().zip(&hashes) {
        println!("{name}: {:016x}", hash.0);
    }

    let mut v: Vec<f128> = (0..30).map(|_| quad(&mut rng)).filter(|x| !x.is_nan()).collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let sum: f128 = v.iter().sum();
    println!("sorted first {:032x} last {:032x} sum {:032x}", v[0].to_bits(), v[v.len() - 1].to_bits(), sum.to_bits());
}
