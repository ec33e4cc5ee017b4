//! ptr::read_unaligned / write_unaligned on byte buffers at odd offsets for u16..u128 and f64, parsing a packed binary record format.
use std::hint::black_box;
use std::ptr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Header {
    magic: u32,
    version: u16,
    flags: u8,
    length: u64,
    scale: f64,
}

fn encode(h: &Header, out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + 23, 0);
    unsafe {
        let p = out.as_mut_ptr().add(start);
        ptr::write_unaligned(p as *mut u32, h.magic.to_le());
        ptr::write_unaligned(p.add(4) as *mut u16, h.version.to_le());
        *p.add(6) = h.flags;
        ptr::write_unaligned(p.add(7) as *mut u64, h.length.to_le());
        ptr::write_unaligned(p.add(15) as *mut f64, h.scale);
    }
}

fn decode(buf: &[u8]) -> Header {
    assert!(buf.len() >= 23);
    unsafe {
        let p = buf.as_ptr();
        Header {
            magic: u32::from_le(ptr::read_unaligned(p as *const u32)),
            version: u16::from_le(ptr::read_unaligned(p.add(4) as *const u16)),
            flags: *p.add(6),
            length: u64::from_le(ptr::read_unaligned(p.add(7) as *const u64)),
            scale: ptr::read_unaligned(p.add(15) as *const f64),
        }
    }
}

fn main() {
    let mut buf = [0u8; 64];
    for (i, b) in buf.iter_mut().enumerate() {
        *b = black_box(i as u8).wrapping_mul(37);
    }
    unsafe {
        let p = buf.as_ptr();
        for off in [1usize, 3, 5, 7] {
            let off = black_box(off);
            let a: u16 = ptr::read_unaligned(p.add(off) as *const u16);
            let b: u32 = ptr::read_unaligned(p.add(off) as *const u32);
            let c: u64 = ptr::read_unaligned(p.add(off) as *const u64);
            let d: u128 = ptr::read_unaligned(p.add(off) as *const u128);
            println!("off {}: u16={:#06x} u32={:#010x} u64={:#018x} u128={:#x}", off, a, b, c, d);
        }
    }
    let mut w = [0u8; 40];
    unsafe {
        let p = w.as_mut_ptr();
        ptr::write_unaligned(p.add(1) as *mut u16, black_box(0xa1b2));
        ptr::write_unaligned(p.add(3) as *mut u32, black_box(0xc3d4_e5f6));
        ptr::write_unaligned(p.add(7) as *mut u64, black_box(0x0102_0304_0506_0708));
        ptr::write_unaligned(p.add(15) as *mut u128, black_box(u128::MAX - 1));
        ptr::write_unaligned(p.add(31) as *mut f64, black_box(-1.5));
    }
    println!("written {:02x?}", w);
    let f = unsafe { ptr::read_unaligned(w.as_ptr().add(31) as *const f64) };
    println!("read back f64 {}", f);
    // records back-to-back, every one misaligned
    let headers = [
        Header { magic: 0xCAFE_BABE, version: 1, flags: 0b101, length: 1 << 40, scale: 0.5 },
        Header { magic: black_box(0x1234_5678), version: 65535, flags: 0xff, length: u64::MAX, scale: -1e300 },
        Header { magic: 0, version: 7, flags: 0, length: 12345, scale: std::f64::consts::PI },
    ];
    let mut out = vec![0xeeu8];
    for h in &headers {
        encode(h, &mut out);
    }
    println!("encoded {} bytes", out.len());
    for i in 0..3 {
        let h = decode(&out[1 + i * 23..]);
        println!("{:?} roundtrip={}", h, h == headers[i]);
    }
    // read_unaligned of a struct from a byte buffer
    #[repr(C, packed)]
    #[derive(Clone, Copy)]
    struct Packed {
        a: u8,
        b: u32,
        c: u16,
    }
    let raw = black_box([9u8, 0x78, 0x56, 0x34, 0x12, 0xcd, 0xab]);
    let pk: Packed = unsafe { ptr::read_unaligned(raw.as_ptr() as *const Packed) };
    let (a, b, c) = (pk.a, pk.b, pk.c);
    println!("packed a={} b={:#x} c={:#x}", a, b, c);
}
