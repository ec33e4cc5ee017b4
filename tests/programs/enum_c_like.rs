//! C-like enums with explicit discriminants (negative, sparse, u64-sized, i8-sized), `as` casts and round-trips.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Color {
    Red,
    Green = 10,
    Blue,
    Black = -5,
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(i8)]
enum Small {
    Min = -128,
    Neg = -1,
    Zero = 0,
    Max = 127,
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u64)]
enum Huge {
    A = 1,
    B = 0x1_0000_0000,
    C = 0xffff_ffff_ffff_fff0,
}

#[derive(Debug, Clone, Copy)]
#[repr(i64)]
enum Signed64 {
    Low = i64::MIN,
    High = i64::MAX,
    Mid = 0,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store = 0x11,
    Jump = 0x200,
    Halt = 0xffff,
}

impl Opcode {
    fn from_u16(v: u16) -> Option<Opcode> {
        match v {
            0x00 => Some(Opcode::Nop),
            0x10 => Some(Opcode::Load),
            0x11 => Some(Opcode::Store),
            0x200 => Some(Opcode::Jump),
            0xffff => Some(Opcode::Halt),
            _ => None,
        }
    }
}

fn pick(i: usize) -> Color {
    [Color::Red, Color::Green, Color::Blue, Color::Black][i % 4]
}

fn main() {
    for i in 0..4 {
        let c = pick(black_box(i));
        println!("{:?} as i32={} as u8={} as i64={} as u64={}", c, c as i32, c as u8, c as i64, c as u64);
    }
    let mut cs: Vec<Color> = (0..8).map(|i| pick(black_box(i * 3))).collect();
    cs.sort();
    println!("sorted by discriminant: {:?}", cs);
    println!("Blue > Green: {} Black < Red: {}", pick(black_box(2)) > Color::Green, pick(black_box(3)) < Color::Red);
    for s in black_box([Small::Min, Small::Neg, Small::Zero, Small::Max]) {
        println!("{:?}: i8={} u8={} i32={} u32={}", s, s as i8, s as u8, s as i32, s as u32);
    }
    println!("size Small={} Color={} Huge={} Signed64={} Opcode={}", std::mem::size_of::<Small>(), std::mem::size_of::<Color>(), std::mem::size_of::<Huge>(), std::mem::size_of::<Signed64>(), std::mem::size_of::<Opcode>());
    for h in black_box([Huge::A, Huge::B, Huge::C]) {
        println!("{:?}: u64={:#x} i64={} u32={:#x} u8={}", h, h as u64, h as i64, h as u32, h as u8);
    }
    for s in black_box([Signed64::Low, Signed64::Mid, Signed64::High]) {
        println!("{:?}: {} as i128 {} as u16 {}", s, s as i64, s as i128, s as u16);
    }
    let program: Vec<u16> = black_box(vec![0x10, 0x11, 0x00, 0x7, 0x200, 0xffff]);
    for word in program {
        match Opcode::from_u16(word) {
            Some(op) => println!("{:#06x} -> {:?} (back {:#x}, eq {})", word, op, op as u16, op as u16 == word),
            None => println!("{:#06x} -> invalid", word),
        }
    }
    // match on C-like enum in a hot loop
    let mut counts = [0u32; 4];
    for i in 0..100 {
        let c = pick(black_box(i * 7 + i / 3));
        let idx = match c {
            Color::Red => 0,
            Color::Green => 1,
            Color::Blue => 2,
            Color::Black => 3,
        };
        counts[idx] += 1;
    }
    println!("counts {:?}", counts);
    // transmute from discriminant (valid values only)
    let raw: i8 = black_box(-1);
    let s: Small = unsafe { std::mem::transmute(raw) };
    println!("transmuted {:?} eq {}", s, s == Small::Neg);
    // enum in Option keeps small size thanks to niche
    println!("Option<Small> size {} Option<Opcode> size {}", std::mem::size_of::<Option<Small>>(), std::mem::size_of::<Option<Opcode>>());
}
