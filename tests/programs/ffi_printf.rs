//! Variadic libc printf with ints, longs, long longs, doubles, chars, strings and pointers-free formats; fflush(NULL) keeps ordering with println!.
use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_uint, c_void};
use std::hint::black_box;

unsafe extern "C" {
    fn printf(fmt: *const c_char, ...) -> c_int;
    fn fflush(f: *mut c_void) -> c_int;
    fn puts(s: *const c_char) -> c_int;
}

fn flush() {
    unsafe {
        fflush(std::ptr::null_mut());
    }
}

fn main() {
    println!("rust line before printf");
    unsafe {
        let n = printf(c"int %d, neg %d, unsigned %u, hex %x, HEX %#X, octal %o\n".as_ptr(), black_box(42 as c_int), black_box(-17 as c_int), black_box(4000000000u32 as c_uint), black_box(255 as c_int), black_box(48879 as c_int), black_box(8 as c_int));
        flush();
        println!("printf returned {}", n);
        printf(c"long %ld, long long %lld, unsigned long long %llu\n".as_ptr(), black_box(-1234567890123 as c_long), black_box(i64::MIN as c_longlong), black_box(u64::MAX));
        printf(c"double %f, %.3f, %e, %g, %10.4f|, %-10.2f|\n".as_ptr(), black_box(3.14159 as c_double), black_box(2.0f64 / 3.0), black_box(123456.789f64), black_box(0.0001f64), black_box(-1.5f64), black_box(2.25f64));
        // f32 must be promoted to double for varargs
        let f: f32 = black_box(1.25);
        printf(c"float promoted %f\n".as_ptr(), f as c_double);
        printf(c"string %s and char %c and percent %%\n".as_ptr(), c"from-rust".as_ptr(), black_box(b'Z' as c_int));
        printf(c"width %5d|%-5d|%05d|%+d\n".as_ptr(), black_box(42 as c_int), black_box(42 as c_int), black_box(42 as c_int), black_box(42 as c_int));
        printf(c"star width %*d| precision %.*f\n".as_ptr(), black_box(8 as c_int), black_box(7 as c_int), black_box(2 as c_int), black_box(9.87654f64));
        printf(c"mixed %d %f %s %ld %f %d %lld %f %d\n".as_ptr(), 1 as c_int, 2.5f64, c"three".as_ptr(), 4 as c_long, 5.5f64, 6 as c_int, 7 as c_longlong, 8.25f64, 9 as c_int);
        // many doubles, exceeding the 8 vector registers
        printf(c"ten doubles %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n".as_ptr(), 1.0f64, 2.0f64, 3.0f64, 4.0f64, 5.0f64, 6.0f64, 7.0f64, 8.0f64, 9.0f64, 10.0f64);
        // many ints, exceeding the 6 integer registers
        printf(c"ten ints %d %d %d %d %d %d %d %d %d %d\n".as_ptr(), 1 as c_int, -2 as c_int, 3 as c_int, -4 as c_int, 5 as c_int, -6 as c_int, 7 as c_int, -8 as c_int, 9 as c_int, -10 as c_int);
        printf(c"size_t %zu ssize %zd\n".as_ptr(), black_box(usize::MAX), black_box(-5isize));
        printf(c"no args\n".as_ptr());
        flush();
    }
    println!("rust line between");
    for i in 0..3 {
        unsafe {
            printf(c"loop %d: %s\n".as_ptr(), black_box(i as c_int), if i % 2 == 0 { c"even".as_ptr() } else { c"odd".as_ptr() });
            flush();
        }
        println!("rust loop {}", i);
    }
    unsafe {
        puts(c"puts line".as_ptr());
        flush();
    }
    println!("rust line after");
}
