//! Float formatting with width/precision/alignment/sign combos like {:08.3}, {:+.2}, {:^12.1e}, plus custom Display impls honoring the formatter.
use std::fmt;
use std::hint::black_box;

struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, (self.0 % 100).abs());
        f.pad(&s)
    }
}

struct Celsius(f64);
impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "{:.*}°C", p, self.0),
            None => write!(f, "{}°C", self.0),
        }
    }
}

struct Hexy(u32);
impl fmt::LowerHex for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}
impl fmt::Binary for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "b:")?;
        fmt::Binary::fmt(&self.0, f)
    }
}

fn main() {
    let vals = black_box([3.14159265f64, -2.5, 0.0, 1234.5678, -0.000123, 1e10, 99.995]);
    for v in vals {
        println!("[{:08.3}] [{:+.2}] [{:^12.1e}] [{:<10.4}] [{:>+12.5}] [{:.0}] [{:10}] [{:e}]", v, v, v, v, v, v, v, v);
    }
    let fs = black_box([1.0f32 / 3.0, -7.125, 65504.0, 1e-8]);
    for v in fs {
        println!("f32 [{:08.3}] [{:+.4}] [{:>12e}] [{:.2E}] [{:?}] [{:12?}]", v, v, v, v, v, v);
    }
    println!("nan/inf padding: [{:>8}] [{:<8}] [{:08.2}] [{:+}] [{:08}]", f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY, f64::NAN);
    println!("neg zero: [{:+}] [{:08.2}] [{:.1}] [{:?}]", -0.0f64, -0.0f64, black_box(-0.04f64), -0.0f32);
    let w = black_box(14);
    let p = black_box(6);
    println!("dynamic [{:w$.p$}] [{:>w$.p$e}] [{:+0w$.p$}]", std::f64::consts::E, 6.02214076e23f64, -1.0f64 / 7.0, w = w, p = p);
    for m in black_box([12345i64, -5, 100, 7]) {
        println!("money [{}] [{:>12}] [{:<12}] [{:^12}] [{:*>12}]", Money(m), Money(m), Money(m), Money(m), Money(m));
    }
    let c = Celsius(black_box(21.456));
    println!("celsius {} {:.1} {:.0}", c, c, c);
    let h = Hexy(black_box(48879));
    println!("hexy {:x} {:#x} {:08x} {:b} {:#b}", h, h, h, h, h);
    // table of floats with aligned columns
    println!("{:<8}|{:>10}|{:>10}|{:>12}", "x", "sqrt", "ln", "exp");
    for i in 1..=5 {
        let x = black_box(i as f64 * 1.5);
        println!("{:<8.2}|{:>10.5}|{:>10.5}|{:>12.4e}", x, x.sqrt(), x.ln(), x.exp());
    }
    // format! into strings then compare lengths
    let s = format!("{:.17}", black_box(0.1f64));
    println!("{} len {}", s, s.len());
    let percent = black_box(0.8765f64);
    println!("percent {:.1}% {:>6.2}%", percent * 100.0, percent * 100.0);
    println!("debug struct floats {:?}", (black_box(1.0f64), 2.5f32, [0.1f64, 0.2]));
    println!("pretty {:#?}", (black_box(1.5f64), -3.0f32));
}
