//! Variadic snprintf into a Rust buffer with ints/longs/doubles/strings, truncation and return values, compared against Rust formatting.
use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_uint, CStr};
use std::hint::black_box;

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn buf_str(buf: &[u8]) -> &str {
    CStr::from_bytes_until_nul(buf).unwrap().to_str().unwrap()
}

fn main() {
    let mut buf = [0u8; 128];
    unsafe {
        let n = snprintf(buf.as_mut_ptr().cast(), buf.len(), c"%d|%i|%u|%x|%o".as_ptr(), black_box(-123 as c_int), black_box(456 as c_int), black_box(u32::MAX as c_uint), black_box(0xabc as c_int), black_box(64 as c_int));
        println!("[{}] n={}", buf_str(&buf), n);
        let n = snprintf(buf.as_mut_ptr().cast(), buf.len(), c"%ld %lld %lu".as_ptr(), black_box(i64::MAX as c_long), black_box(-42 as c_longlong), black_box(123456789012u64));
        println!("[{}] n={}", buf_str(&buf), n);
        for v in black_box([0.0f64, -1.5, 3.141592653589793, 1e-10, 6.02e23, 100.0]) {
            snprintf(buf.as_mut_ptr().cast(), buf.len(), c"%f %.2f %e %.3g %g".as_ptr(), v as c_double, v, v, v, v);
            println!("C: [{}]  Rust {:.6} {:.2} {:e}", buf_str(&buf), v, v, v);
        }
        let name = c"cranelift";
        let n = snprintf(buf.as_mut_ptr().cast(), buf.len(), c"[%s] [%12s] [%-12s] [%.4s]".as_ptr(), name.as_ptr(), name.as_ptr(), name.as_ptr(), name.as_ptr());
        println!("{} n={}", buf_str(&buf), n);
        // truncation: return value is the full length
        let mut small = [0u8; 8];
        let n = snprintf(small.as_mut_ptr().cast(), small.len(), c"%s-%d".as_ptr(), c"truncated".as_ptr(), black_box(12345 as c_int));
        println!("small [{}] would-be length {}", buf_str(&small), n);
        let n = snprintf(std::ptr::null_mut(), 0, c"%d%d%d".as_ptr(), 100 as c_int, 200 as c_int, 300 as c_int);
        println!("length query {}", n);
        // mixed args in different registers and on the stack
        let n = snprintf(
            buf.as_mut_ptr().cast(),
            buf.len(),
            c"%d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f".as_ptr(),
            1 as c_int, 0.5f64, 2 as c_int, 1.5f64, 3 as c_int, 2.5f64, 4 as c_int, 3.5f64, 5 as c_int, 4.5f64,
            6 as c_int, 5.5f64, 7 as c_int, 6.5f64, 8 as c_int, 7.5f64, 9 as c_int, 8.5f64,
        );
        println!("[{}] n={}", buf_str(&buf), n);
        // char and small ints are promoted to int
        let ch: u8 = black_box(b'Q');
        let sh: i16 = black_box(-300);
        let by: i8 = black_box(-5);
        snprintf(buf.as_mut_ptr().cast(), buf.len(), c"%c %hd %hhd %d".as_ptr(), ch as c_int, sh as c_int, by as c_int, black_box(true) as c_int);
        println!("[{}]", buf_str(&buf));
        // build a table in a loop and compare with Rust's format!
        for (i, w) in black_box(["alpha", "be", "gamma-long"]).iter().enumerate() {
            let cw = std::ffi::CString::new(*w).unwrap();
            snprintf(buf.as_mut_ptr().cast(), buf.len(), c"%03d:%-8s:%6.2f".as_ptr(), i as c_int, cw.as_ptr(), (i as f64 + 1.0) * 1.125);
            let rust = format!("{:03}:{:<8}:{:6.2}", i, w, (i as f64 + 1.0) * 1.125);
            println!("[{}] [{}] same={}", buf_str(&buf), rust, buf_str(&buf) == rust);
        }
    }
}
