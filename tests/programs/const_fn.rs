//! consts and const fn: const structs, const arrays computed at compile time, const generics, associated consts, consts used in patterns.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl Rgb {
    const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
    const WHITE: Rgb = Rgb::gray(255);
    const fn gray(v: u8) -> Rgb {
        Rgb { r: v, g: v, b: v }
    }
    const fn to_u32(self) -> u32 {
        (self.r as u32) << 16 | (self.g as u32) << 8 | self.b as u32
    }
    const fn mix(self, o: Rgb) -> Rgb {
        Rgb { r: ((self.r as u16 + o.r as u16) / 2) as u8, g: ((self.g as u16 + o.g as u16) / 2) as u8, b: ((self.b as u16 + o.b as u16) / 2) as u8 }
    }
}

const ORANGE: Rgb = Rgb { r: 255, g: 165, b: 0 };
const MIXED: Rgb = ORANGE.mix(Rgb::WHITE);
const PACKED: u32 = MIXED.to_u32();

const fn fib(n: u32) -> u64 {
    let mut a = 0u64;
    let mut b = 1u64;
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

const fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

const fn primes<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut count = 0;
    let mut n = 2;
    while count < N {
        if is_prime(n) {
            out[count] = n;
            count += 1;
        }
        n += 1;
    }
    out
}

const FIB_50: u64 = fib(50);
const FIRST_PRIMES: [u32; 12] = primes::<12>();
const SQUARES: [u16; 10] = {
    let mut a = [0u16; 10];
    let mut i = 0;
    while i < 10 {
        a[i] = (i * i) as u16;
        i += 1;
    }
    a
};
const MAX_ITEMS: usize = 4;
const LIMIT: i32 = -10;
const NAME: &str = "const-name";
const BYTES: &[u8] = NAME.as_bytes();
const SHIFTED: u128 = 1u128 << 100;
const NEG_F: f64 = -1.5e-3;

struct Ring<const N: usize> {
    data: [i32; N],
    pos: usize,
}
impl<const N: usize> Ring<N> {
    const CAP: usize = N;
    fn push(&mut self, v: i32) {
        self.data[self.pos % N] = v;
        self.pos += 1;
    }
}

fn classify(x: i32) -> &'static str {
    const ZERO: i32 = 0;
    match x {
        LIMIT => "at limit",
        ZERO => "zero",
        i32::MIN..LIMIT => "below limit",
        _ => "other",
    }
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", Rgb::BLACK, Rgb::WHITE, ORANGE, MIXED);
    println!("packed {:#08x} runtime {:#08x}", PACKED, black_box(MIXED).to_u32());
    println!("fib(50) const={} runtime={}", FIB_50, fib(black_box(50)));
    println!("primes {:?}", FIRST_PRIMES);
    println!("runtime primes {:?}", primes::<5>());
    println!("squares {:?}", SQUARES);
    println!("is_prime runtime: {:?}", (90..100).filter(|&n| is_prime(black_box(n))).collect::<Vec<_>>());
    let arr = [0u8; MAX_ITEMS];
    println!("arr len {} name {} bytes {:?} shifted {} neg {}", arr.len(), NAME, &BYTES[..5], SHIFTED, NEG_F);
    let mut r = Ring::<3> { data: [0; 3], pos: 0 };
    for v in 1..=7 {
        r.push(black_box(v));
    }
    println!("ring cap {} data {:?} pos {}", Ring::<3>::CAP, r.data, r.pos);
    for x in black_box([-10, 0, -50, 7]) {
        println!("classify({}) = {}", x, classify(x));
    }
    // const in array length and repeat expressions
    const N: usize = 3 + 2;
    let grid = [[1u8; N]; N - 2];
    println!("grid {}x{} sum {}", grid.len(), grid[0].len(), grid.iter().flatten().map(|&x| x as u32).sum::<u32>());
    // inline const block
    let v = const { fib(10) * 2 };
    println!("inline const {}", v);
    // consts are copied at each use site
    let mut c = ORANGE;
    c.r = 1;
    println!("modified copy {:?} original {:?}", c, ORANGE);
}
