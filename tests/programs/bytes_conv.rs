//! Byte conversions: to/from_be/le/ne_bytes for all integer widths and floats, checksum over parsed fields, hex dump.
use std::hint::black_box;

macro_rules! rt {
    ($t:ty, $v:expr) => {{
        let v: $t = black_box($v);
        let be = v.to_be_bytes();
        let le = v.to_le_bytes();
        println!("{} {}: be={:02x?} le={:02x?} from_be={} from_le={} cross={}", stringify!($t), v, be, le, <$t>::from_be_bytes(be), <$t>::from_le_bytes(le), <$t>::from_be_bytes(le));
    }};
}

fn main() {
    rt!(u8, 0xab);
    rt!(i8, -2);
    rt!(u16, 0x1234);
    rt!(i16, -300);
    rt!(u32, 0xdead_beef);
    rt!(i32, -123_456_789);
    rt!(u64, 0x0102_0304_0506_0708);
    rt!(i64, i64::MIN + 1);
    rt!(u128, 0x0011_2233_4455_6677_8899_aabb_ccdd_eeff);
    rt!(i128, -2);
    rt!(usize, 0x1000);
    rt!(isize, -4096);
    println!("f32 be {:02x?} f64 le {:02x?}", black_box(-1.0f32).to_be_bytes(), black_box(0.1f64).to_le_bytes());
    println!("from_be f32 {} from_le f64 {}", f32::from_be_bytes(black_box([0x40, 0x49, 0x0f, 0xdb])), f64::from_le_bytes(black_box([0, 0, 0, 0, 0, 0, 0xf0, 0x3f])));
    // parse a big-endian binary message
    let msg: Vec<u8> = black_box(vec![0x00, 0x2a, 0xff, 0xff, 0xff, 0xfe, 0x41, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x07]);
    let id = u16::from_be_bytes(msg[0..2].try_into().unwrap());
    let delta = i32::from_be_bytes(msg[2..6].try_into().unwrap());
    let val = f32::from_be_bytes(msg[6..10].try_into().unwrap());
    let big = u64::from_be_bytes(msg[10..18].try_into().unwrap());
    let last = msg[18];
    println!("message id={} delta={} val={} big={} last={}", id, delta, val, big, last);
    // build a little-endian buffer
    let mut buf = Vec::new();
    buf.extend_from_slice(&black_box(0xcafeu16).to_le_bytes());
    buf.extend_from_slice(&black_box(-1i32).to_le_bytes());
    buf.extend_from_slice(&black_box(2.5f64).to_le_bytes());
    buf.extend_from_slice(&black_box(u128::MAX / 3).to_le_bytes());
    println!("buffer {} bytes", buf.len());
    for (i, chunk) in buf.chunks(8).enumerate() {
        let hex: Vec<String> = chunk.iter().map(|b| format!("{:02x}", b)).collect();
        let ascii: String = chunk.iter().map(|&b| if b.is_ascii_graphic() { b as char } else { '.' }).collect();
        println!("{:04x}: {:<24}|{}|", i * 8, hex.join(" "), ascii);
    }
    // adler32 over bytes
    let data = black_box(b"Wikipedia");
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data.iter() {
        a = (a + byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    println!("adler32 = {:#010x}", (b << 16) | a);
    println!("swap_bytes vs to_be on LE: {} {}", black_box(0x1122u16).swap_bytes() == 0x1122u16.to_be(), u32::from_be(black_box(0x0100_0000)));
}
