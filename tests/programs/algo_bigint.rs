//! Arbitrary-precision unsigned arithmetic on Vec<u32> limbs using u64 intermediates: add, mul, divmod by small, factorial, powers, fibonacci, decimal printing.
use std::cmp::Ordering;
use std::hint::black_box;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>); // little endian limbs, no trailing zeros

impl Big {
    fn from_u64(mut v: u64) -> Big {
        let mut l = Vec::new();
        while v > 0 {
            l.push(v as u32);
            v >>= 32;
        }
        Big(l)
    }
    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }
    fn trim(mut self) -> Big {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
        self
    }
    fn add(&self, o: &Big) -> Big {
        let mut out = Vec::with_capacity(self.0.len().max(o.0.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.0.len().max(o.0.len()) {
            let s = *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        Big(out)
    }
    fn sub(&self, o: &Big) -> Big {
        assert!(self.cmp_big(o) != Ordering::Less);
        let mut out = Vec::with_capacity(self.0.len());
        let mut borrow = 0i64;
        for i in 0..self.0.len() {
            let mut d = self.0[i] as i64 - *o.0.get(i).unwrap_or(&0) as i64 - borrow;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            } else {
                borrow = 0;
            }
            out.push(d as u32);
        }
        Big(out).trim()
    }
    fn mul(&self, o: &Big) -> Big {
        if self.is_zero() || o.is_zero() {
            return Big(vec![]);
        }
        let mut out = vec![0u32; self.0.len() + o.0.len()];
        for (i, &a) in self.0.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &b) in o.0.iter().enumerate() {
                let t = a as u64 * b as u64 + out[i + j] as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            let mut k = i + o.0.len();
            while carry > 0 {
                let t = out[k] as u64 + carry;
                out[k] = t as u32;
                carry = t >> 32;
                k += 1;
            }
        }
        Big(out).trim()
    }
    fn divmod_small(&self, d: u32) -> (Big, u32) {
        let mut out = vec![0u32; self.0.len()];
        let mut rem = 0u64;
        for i in (0..self.0.len()).rev() {
            let cur = (rem << 32) | self.0[i] as u64;
            out[i] = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        (Big(out).trim(), rem as u32)
    }
    fn cmp_big(&self, o: &Big) -> Ordering {
        self.0.len().cmp(&o.0.len()).then_with(|| self.0.iter().rev().cmp(o.0.iter().rev()))
    }
    fn to_decimal(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let mut parts = Vec::new();
        let mut cur = self.clone();
        while !cur.is_zero() {
            let (q, r) = cur.divmod_small(1_000_000_000);
            parts.push(r);
            cur = q;
        }
        let mut s = parts.last().unwrap().to_string();
        for p in parts.iter().rev().skip(1) {
            s.push_str(&format!("{:09}", p));
        }
        s
    }
    fn pow(&self, mut e: u32) -> Big {
        let mut base = self.clone();
        let mut acc = Big::from_u64(1);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            base = base.mul(&base);
            e >>= 1;
        }
        acc
    }
}

fn main() {
    let mut f = Big::from_u64(1);
    for i in 1..=black_box(100u64) {
        f = f.mul(&Big::from_u64(i));
    }
    let fs = f.to_decimal();
    println!("100! has {} digits, limbs {}", fs.len(), f.0.len());
    println!("100! = {}", fs);
    let digit_sum: u32 = fs.bytes().map(|b| (b - b'0') as u32).sum();
    println!("digit sum {}", digit_sum);
    let two = Big::from_u64(black_box(2));
    println!("2^256 = {}", two.pow(256).to_decimal());
    println!("3^200 = {}", Big::from_u64(3).pow(black_box(200)).to_decimal());
    let (mut a, mut b) = (Big::from_u64(0), Big::from_u64(1));
    for _ in 0..black_box(300) {
        let c = a.add(&b);
        a = b;
        b = c;
    }
    println!("fib(300) = {}", a.to_decimal());
    // cross check with u128 for small values
    let x = Big::from_u64(black_box(u64::MAX));
    let y = x.mul(&x);
    println!("u64max^2 big={} u128={}", y.to_decimal(), (u64::MAX as u128) * (u64::MAX as u128));
    let z = y.sub(&x).sub(&Big::from_u64(1));
    println!("minus = {} cmp {:?} {:?}", z.to_decimal(), z.cmp_big(&y), y.cmp_big(&z));
    let (q, r) = f.divmod_small(black_box(97));
    println!("100! mod 97 = {} ; quotient digits {}", r, q.to_decimal().len());
    let (q2, r2) = Big::from_u64(black_box(1_000_000_007)).divmod_small(10);
    println!("1e9+7 /10 = {} r {}", q2.to_decimal(), r2);
}
