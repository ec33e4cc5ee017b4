//! FFI calls into libc: strlen, abs/labs/llabs, memcpy/memmove/memset/memcmp, strcmp/strncmp, atoi/strtol/strtod, toupper, strchr, div.
use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_void, CStr, CString};
use std::hint::black_box;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct DivT {
    quot: c_int,
    rem: c_int,
}

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn abs(x: c_int) -> c_int;
    fn labs(x: c_long) -> c_long;
    fn llabs(x: c_longlong) -> c_longlong;
    fn memcpy(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
    fn memmove(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void;
    fn memset(dst: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn strcmp(a: *const c_char, b: *const c_char) -> c_int;
    fn strncmp(a: *const c_char, b: *const c_char, n: usize) -> c_int;
    fn atoi(s: *const c_char) -> c_int;
    fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long;
    fn strtod(s: *const c_char, end: *mut *mut c_char) -> c_double;
    fn toupper(c: c_int) -> c_int;
    fn strchr(s: *const c_char, c: c_int) -> *mut c_char;
    fn div(a: c_int, b: c_int) -> DivT;
    fn malloc(n: usize) -> *mut c_void;
    fn free(p: *mut c_void);
    fn cos(x: c_double) -> c_double;
    fn frexp(x: c_double, exp: *mut c_int) -> c_double;
}

fn sign(x: c_int) -> i32 {
    x.signum()
}

fn main() {
    let s = CString::new(black_box("hello, ffi world")).unwrap();
    unsafe {
        println!("strlen = {}", strlen(s.as_ptr()));
        println!("strlen empty = {}", strlen(c"".as_ptr()));
        println!("abs: {} {} {}", abs(black_box(-42)), abs(black_box(7)), abs(black_box(i32::MIN + 1)));
        println!("labs: {} llabs: {}", labs(black_box(-1234567890123)), llabs(black_box(-9_000_000_000_000_000_000)));
        let src = black_box([1u32, 2, 3, 4, 5, 6]);
        let mut dst = [0u32; 6];
        let r = memcpy(dst.as_mut_ptr().cast(), src.as_ptr().cast(), 4 * 4);
        println!("memcpy {:?} returned dst: {}", dst, r as usize == dst.as_ptr() as usize);
        let mut buf = *b"0123456789";
        memmove(buf.as_mut_ptr().add(2).cast(), buf.as_ptr().cast(), 6);
        println!("memmove {}", std::str::from_utf8(&buf).unwrap());
        memset(buf.as_mut_ptr().cast(), b'z' as c_int, 3);
        println!("memset {}", std::str::from_utf8(&buf).unwrap());
        let a = black_box(*b"abcdef");
        let b = black_box(*b"abcxef");
        println!("memcmp sign {} {} {}", sign(memcmp(a.as_ptr().cast(), b.as_ptr().cast(), 6)), sign(memcmp(b.as_ptr().cast(), a.as_ptr().cast(), 6)), memcmp(a.as_ptr().cast(), b.as_ptr().cast(), 3));
        println!("strcmp sign {} {} {}", sign(strcmp(c"apple".as_ptr(), c"banana".as_ptr())), sign(strcmp(c"b".as_ptr(), c"a".as_ptr())), strcmp(s.as_ptr(), s.as_ptr()));
        println!("strncmp {}", strncmp(c"prefix-one".as_ptr(), c"prefix-two".as_ptr(), 7));
        for t in ["42", "-17", "  99xyz", "abc", "2147483647"] {
            let cs = CString::new(black_box(t)).unwrap();
            print!("atoi({:?})={} ", t, atoi(cs.as_ptr()));
        }
        println!();
        let num = CString::new(black_box("0x1fz rest")).unwrap();
        let mut end: *mut c_char = std::ptr::null_mut();
        let v = strtol(num.as_ptr(), &mut end, 16);
        println!("strtol = {} rest = {:?}", v, CStr::from_ptr(end).to_str().unwrap());
        let v = strtol(c"-777".as_ptr(), std::ptr::null_mut(), 8);
        println!("strtol octal = {}", v);
        let fl = CString::new(black_box("3.25e2 tail")).unwrap();
        let d = strtod(fl.as_ptr(), &mut end);
        println!("strtod = {} rest = {:?}", d, CStr::from_ptr(end).to_str().unwrap());
        let up: String = black_box("mixed Case 123").bytes().map(|b| toupper(b as c_int) as u8 as char).collect();
        println!("toupper {}", up);
        let p = strchr(s.as_ptr(), b'f' as c_int);
        println!("strchr offset {} tail {:?}", p.offset_from(s.as_ptr()), CStr::from_ptr(p).to_str().unwrap());
        let p2 = strchr(s.as_ptr(), b'Q' as c_int);
        println!("strchr missing null {}", p2.is_null());
        for (x, y) in black_box([(17, 5), (-17, 5), (17, -5), (-17, -5)]) {
            let q = div(x, y);
            println!("div({}, {}) = {:?}", x, y, q);
        }
        let m = malloc(64) as *mut u64;
        for i in 0..8 {
            *m.add(i) = (i as u64 + 1) * 1111;
        }
        let sum: u64 = (0..8).map(|i| *m.add(i)).sum();
        free(m.cast());
        println!("malloc sum {}", sum);
        println!("cos(0)={} cos(pi)={}", cos(black_box(0.0)), cos(black_box(std::f64::consts::PI)));
        let mut e: c_int = 0;
        let mant = frexp(black_box(48.0), &mut e);
        println!("frexp(48) = {} * 2^{}", mant, e);
    }
    let back = unsafe { CStr::from_ptr(s.as_ptr()) };
    println!("CStr roundtrip {:?} bytes {}", back, back.to_bytes().len());
}
