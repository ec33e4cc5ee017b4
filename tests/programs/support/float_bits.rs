// Helpers for the float16_* and float128_* programs, which `include!` this file: a hash that
// sums up thousands of results in one printed line, and a deterministic source of bit
// patterns. (Not a program itself: the harness only runs tests/programs/*.rs.)

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

    fn wide(&mut self) -> u128 {
        ((self.next() as u128) << 64) | self.next() as u128
    }

    /// An f128 whose exponent is `low..low + spread` above 1.0's (sign and significand random).
    fn quad_with_exponent(&mut self, low: i32, spread: u64) -> f128 {
        let exp = (0x3fff + low) as u128 + (self.next() % spread) as u128;
        f128::from_bits((self.wide() & !(0x7fffu128 << 112)) | (exp << 112))
    }
}
