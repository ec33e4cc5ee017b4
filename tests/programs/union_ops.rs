//! unions: reading different fields (type punning), #[repr(C)] unions with structs, tagged unions by hand, ManuallyDrop fields, size/align.
use std::hint::black_box;
use std::mem::{size_of, ManuallyDrop};

#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
    bytes: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Halves {
    lo: u32,
    hi: u32,
}

#[repr(C)]
union Wide {
    whole: u64,
    halves: Halves,
    words: [u16; 4],
    d: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tag {
    Int,
    Float,
    Text,
}

union Payload {
    i: i64,
    f: f64,
    s: ManuallyDrop<String>,
}

struct Value {
    tag: Tag,
    p: Payload,
}

impl Value {
    fn int(i: i64) -> Self {
        Value { tag: Tag::Int, p: Payload { i } }
    }
    fn float(f: f64) -> Self {
        Value { tag: Tag::Float, p: Payload { f } }
    }
    fn text(s: &str) -> Self {
        Value { tag: Tag::Text, p: Payload { s: ManuallyDrop::new(s.to_string()) } }
    }
    fn show(&self) -> String {
        unsafe {
            match self.tag {
                Tag::Int => format!("Int({})", self.p.i),
                Tag::Float => format!("Float({})", self.p.f),
                Tag::Text => format!("Text({:?})", &*self.p.s),
            }
        }
    }
}
impl Drop for Value {
    fn drop(&mut self) {
        if self.tag == Tag::Text {
            println!("dropping text payload");
            unsafe { ManuallyDrop::drop(&mut self.p.s) };
        }
    }
}

fn main() {
    let mut u = IntOrFloat { f: black_box(1.0) };
    unsafe {
        println!("f=1.0 -> i={:#x} bytes={:?}", u.i, u.bytes);
        u.i = black_box(0xc0490fdb);
        println!("i=0xc0490fdb -> f={}", u.f);
        u.bytes[3] = 0x40;
        println!("after byte write f={} i={:#x}", u.f, u.i);
    }
    let mut w = Wide { whole: black_box(0x1122_3344_5566_7788) };
    unsafe {
        println!("halves lo={:#x} hi={:#x} words={:x?}", w.halves.lo, w.halves.hi, w.words);
        w.halves.hi = 0x3ff0_0000;
        w.halves.lo = 0;
        println!("as f64 {} whole {:#x}", w.d, w.whole);
        w.words[0] = 1;
        println!("after words[0]=1 whole {:#x}", w.whole);
    }
    println!("sizes IntOrFloat={} Wide={} Payload={} Value={}", size_of::<IntOrFloat>(), size_of::<Wide>(), size_of::<Payload>(), size_of::<Value>());
    let vals = vec![Value::int(black_box(-42)), Value::float(2.75), Value::text("hello union"), Value::int(i64::MAX)];
    for v in &vals {
        println!("{}", v.show());
    }
    let ints: i64 = vals.iter().filter(|v| v.tag == Tag::Int).map(|v| unsafe { v.p.i }).fold(0i64, |a, b| a.wrapping_add(b));
    println!("wrapping sum of ints {}", ints);
    drop(vals);
    println!("after drop");
    // union in a pattern match
    let x = IntOrFloat { i: black_box(0) };
    unsafe {
        match x {
            IntOrFloat { i: 0 } => println!("matched zero int"),
            IntOrFloat { f } => println!("float {}", f),
        }
    }
    // copy union
    #[derive(Clone, Copy)]
    union Small {
        a: u8,
        b: i8,
    }
    let s = Small { a: black_box(200) };
    let s2 = s;
    unsafe { println!("copy union a={} b={}", s2.a, s2.b) };
}
