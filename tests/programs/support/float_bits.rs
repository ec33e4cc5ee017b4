// Helpers for the float16_* and float128_* programs, which `include!` this file: a hash that
// sums up thousands of results in one printed line, a deterministic source of bit patterns,
// and a float's `as` casts to every integer type. (Not a program itself: the harness only runs
// tests/programs/*.rs.)

/// FNV-1a over the little-endian bytes of every value added.
struct Fnv(u64);

#[allow(dead_code)]
impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf29ce484222325)
    }

    fn add(&mut self, x: impl Into<u128>) {
        for byte in x.into().to_le_bytes() {
            self.0 ^= byte as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// A 64-bit linear congruential generator with its high bits folded into the low ones.
struct Rng(u64);

#[allow(dead_code)]
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 ^ (self.0 >> 29)
    }

    /// Any f16 bit pattern.
    fn half_bits(&mut self) -> u16 {
        (self.next() >> 24) as u16
    }

    /// An f16 with any bits: NaNs, infinities and subnormals included.
    fn half(&mut self) -> f16 {
        f16::from_bits(self.half_bits())
    }

    fn wide(&mut self) -> u128 {
        ((self.next() as u128) << 64) | self.next() as u128
    }

    /// An f128 whose exponent is `low..low + spread` above 1.0's (sign and significand random).
    fn quad_with_exponent(&mut self, low: i32, spread: u64) -> f128 {
        let exp = (0x3fff + low) as u128 + (self.next() % spread) as u128;
        f128::from_bits((self.wide() & !(0x7fffu128 << 112)) | (exp << 112))
    }
}

/// `x as` every integer type, each widened to i128 (exactly: sign- or zero-extended by its own
/// type), with `x` hidden behind `black_box` so that no cast is folded at compile time.
#[allow(unused_macros)]
macro_rules! to_ints {
    ($x:expr) => {{
        let x = std::hint::black_box($x);
        [
            x as i8 as i128, x as u8 as i128, x as i16 as i128, x as u16 as i128, x as i32 as i128, x as u32 as i128,
            x as i64 as i128, x as u64 as i128, x as i128, x as u128 as i128, x as isize as i128, x as usize as i128,
        ]
    }};
}

/// Every integer type `as $float`: `$v` (a u64) cast to each type up to 64 bits wide and
/// `$w` (a u128) to the 128-bit ones, then each converted to the float.
#[allow(unused_macros)]
macro_rules! from_ints {
    ($v:expr, $w:expr => $float:ty) => {{
        let (v, w): (u64, u128) = ($v, $w);
        [
            v as i8 as $float, v as u8 as $float, v as i16 as $float, v as u16 as $float, v as i32 as $float,
            v as u32 as $float, v as i64 as $float, v as $float, w as i128 as $float, w as $float,
            v as isize as $float, v as usize as $float,
        ]
    }};
}
