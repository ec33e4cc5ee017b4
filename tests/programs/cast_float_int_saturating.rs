//! float -> int `as` casts saturate: out-of-range values clamp, NaN becomes 0, infinities clamp; all widths.
use std::hint::black_box;

macro_rules! f2i {
    ($f:expr) => {{
        let f = black_box($f);
        println!(
            "{:?}: i8={} u8={} i16={} u16={} i32={} u32={} i64={} u64={} i128={} u128={} isize={} usize={}",
            f, f as i8, f as u8, f as i16, f as u16, f as i32, f as u32, f as i64, f as u64, f as i128, f as u128, f as isize, f as usize
        );
    }};
}

fn main() {
    let vals64 = [
        0.0f64, -0.0, 0.9999, -0.9999, 1.5, -1.5, 127.9, 128.0, -128.5, -129.0, 255.5, 256.0, 32767.7, 65535.9, 65536.0,
        -32769.0, 2147483647.5, 2147483648.0, -2147483649.0, 4294967295.5, 4294967296.0, 9.2233720368547748e18, 9.2233720368547758e18,
        -9.2233720368547758e18, 1.8446744073709552e19, 1e30, -1e30, 1.7014118346046923e38, 3.402823669209385e38, 1e300,
        f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN, f64::MIN_POSITIVE, -1e-300,
    ];
    for v in vals64 {
        f2i!(v);
    }
    let vals32 = [0.0f32, -1.0, 127.5, 300.0, -300.0, 65535.5, 16777217.0, 2147483520.0, 2147483648.0, 4294967040.0, 4294967296.0, 9.223372e18, -9.223372e18, 1.7014117e38, 3.4028235e38, f32::INFINITY, f32::NEG_INFINITY, f32::NAN];
    for v in vals32 {
        f2i!(v);
    }
    // checked conversion via range test vs saturating cast
    for v in black_box([1e10f64, -5.0, 42.42, f64::NAN]) {
        let ok = v >= 0.0 && v < 4294967296.0;
        println!("{} fits u32: {} -> {}", v, ok, v as u32);
    }
    // rounding modes before cast
    for v in black_box([2.5f64, -2.5, 3.49, -3.51]) {
        println!("{}: as={} round={} floor={} ceil={}", v, v as i32, v.round() as i32, v.floor() as i32, v.ceil() as i32);
    }
}
