//! #[repr(u8)]/#[repr(i32)]/#[repr(C)] enums: sizes, discriminant casts, TryFrom conversions, data-carrying repr(u8) enums read through pointers, arrays of enums.
use std::hint::black_box;
use std::mem::size_of;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat = 10,
    Sun = 255,
}

impl TryFrom<u8> for Weekday {
    type Error = u8;
    fn try_from(v: u8) -> Result<Self, u8> {
        Ok(match v {
            1 => Weekday::Mon,
            2 => Weekday::Tue,
            3 => Weekday::Wed,
            4 => Weekday::Thu,
            5 => Weekday::Fri,
            10 => Weekday::Sat,
            255 => Weekday::Sun,
            other => return Err(other),
        })
    }
}

#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Error = -1,
    Ok = 0,
    Pending = 1000,
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
enum CEnum {
    A = 1,
    B = 2,
}

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Packet {
    Ping = 0,
    Data { len: u16, checksum: u8 } = 1,
    Value(u32) = 7,
    Pair(u8, u8) = 9,
}

#[repr(C, u8)]
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
enum CTagged {
    Int(i64),
    Float(f64),
    Nothing,
}

fn tag_of(p: &Packet) -> u8 {
    unsafe { *(p as *const Packet as *const u8) }
}

fn main() {
    println!("sizes: Weekday={} Option<Weekday>={} Status={} CEnum={} Packet={} CTagged={}", size_of::<Weekday>(), size_of::<Option<Weekday>>(), size_of::<Status>(), size_of::<CEnum>(), size_of::<Packet>(), size_of::<CTagged>());
    let days = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    for d in days {
        let d = black_box(d);
        println!("{:?} = {} (as i8 {}, as u32 {})", d, d as u8, d as i8, d as u32);
    }
    for raw in black_box([0u8, 3, 6, 10, 255]) {
        println!("try_from({}) = {:?}", raw, Weekday::try_from(raw));
    }
    let weekend: Vec<Weekday> = days.iter().copied().filter(|&d| d >= Weekday::Sat).collect();
    println!("weekend {:?} max {:?}", weekend, days.iter().max());
    let bytes: [u8; 7] = days.map(|d| d as u8);
    println!("as bytes {:?}", bytes);
    let back: Weekday = unsafe { std::mem::transmute::<u8, Weekday>(black_box(4)) };
    println!("transmuted {:?}", back);
    for s in black_box([Status::Error, Status::Ok, Status::Pending]) {
        println!("{:?} = {} as u32 {:#x} as i64 {}", s, s as i32, s as u32, s as i64);
    }
    println!("CEnum {} {}", CEnum::A as i32, black_box(CEnum::B) as u8);
    let packets = black_box([Packet::Ping, Packet::Data { len: 512, checksum: 0xab }, Packet::Value(0xdead_beef), Packet::Pair(1, 2)]);
    for p in &packets {
        let desc = match p {
            Packet::Ping => "ping".to_string(),
            Packet::Data { len, checksum } => format!("data len={} sum={:#x}", len, checksum),
            Packet::Value(v) => format!("value {:#x}", v),
            Packet::Pair(a, b) => format!("pair {}+{}={}", a, b, a + b),
        };
        println!("tag {} -> {}", tag_of(p), desc);
    }
    println!("packet eq {} {}", packets[0] == Packet::Ping, packets[2] == Packet::Value(1));
    let ct = [CTagged::Int(black_box(-5)), CTagged::Float(2.5), CTagged::Nothing];
    for c in &ct {
        let tag = unsafe { *(c as *const CTagged as *const u8) };
        println!("CTagged tag={} {:?}", tag, c);
    }
    let mut counts = [0u32; 256];
    for i in 0..100u32 {
        let d = days[(black_box(i) * 7 % 7 + i % 7) as usize % 7];
        counts[d as u8 as usize] += 1;
    }
    let nonzero: Vec<(usize, u32)> = counts.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, c)| (i, *c)).collect();
    println!("counts by discriminant {:?}", nonzero);
}
