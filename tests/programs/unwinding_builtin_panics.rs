//! Panics raised by the language and the standard library, each caught by `catch_unwind` and
//! its exact message printed from the payload: `RefCell` borrow conflicts, arithmetic overflow,
//! division and remainder by zero, out-of-bounds indexing and slicing, `unwrap`/`expect` on
//! `None` and `Err`, str boundaries, and the assertion and placeholder macros. The default hook
//! stays installed, so stderr carries each message with its location.
use std::cell::RefCell;
use std::hint::black_box;
use std::panic;

fn show(label: &str, f: impl FnOnce() -> String) {
    let r = panic::catch_unwind(panic::AssertUnwindSafe(f));
    match r {
        Ok(s) => println!("{label}: returned {s}"),
        Err(p) => {
            let (kind, text) = if let Some(s) = p.downcast_ref::<&str>() {
                ("&str", s.to_string())
            } else if let Some(s) = p.downcast_ref::<String>() {
                ("String", s.clone())
            } else {
                ("other", String::new())
            };
            println!("{label}: {kind} payload {text:?}");
        }
    }
}

#[derive(Debug)]
#[allow(dead_code)]
struct ParseFailure {
    at: usize,
}

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    show("borrow_mut while borrowed", || {
        let _r = cell.borrow();
        let w = cell.borrow_mut();
        format!("{:?}", *w)
    });
    show("borrow while mutably borrowed", || {
        let _w = cell.borrow_mut();
        let r = cell.borrow();
        format!("{:?}", *r)
    });
    show("cell usable afterwards", || {
        let writable = cell.try_borrow_mut().is_ok();
        format!("{writable} {:?}", cell.borrow())
    });

    show("u8 add", || (black_box(250u8) + black_box(10u8)).to_string());
    show("i32 sub", || (black_box(i32::MIN) - black_box(1)).to_string());
    show("u64 mul", || (black_box(u64::MAX / 2) * black_box(3u64)).to_string());
    show("i16 neg", || (-black_box(i16::MIN)).to_string());
    show("shl", || (black_box(1u32) << black_box(40u32)).to_string());
    show("i64 abs", || black_box(i64::MIN).abs().to_string());
    show("div by zero", || (black_box(10) / black_box(0)).to_string());
    show("rem by zero", || (black_box(10u16) % black_box(0u16)).to_string());
    show("div overflow", || (black_box(i32::MIN) / black_box(-1)).to_string());
    show("checked is fine", || format!("{:?}", black_box(250u8).checked_add(10)));

    let arr = [10, 20, 30];
    let v = vec![1u8; 4];
    show("array index", || arr[black_box(3)].to_string());
    show("vec index", || v[black_box(usize::MAX)].to_string());
    show("slice range end", || format!("{:?}", &v[1..black_box(9)]));
    show("slice range order", || format!("{:?}", &v[black_box(3)..black_box(2)]));
    show("str boundary", || {
        let s = String::from("héllo");
        s[..black_box(2)].to_string()
    });
    show("vec remove", || {
        let mut w = vec![1, 2];
        w.remove(black_box(5)).to_string()
    });
    show("split_at", || format!("{:?}", arr.split_at(black_box(4))));

    show("unwrap None", || black_box(None::<u8>).unwrap().to_string());
    show("expect None", || black_box(None::<u8>).expect("value must be present").to_string());
    show("unwrap Err", || black_box(Err::<u8, _>(ParseFailure { at: 7 })).unwrap().to_string());
    show("expect Err", || black_box(Err::<u8, &str>("bad digit")).expect("parsing the header").to_string());
    show("unwrap_err Ok", || format!("{:?}", black_box(Ok::<u32, ()>(5)).unwrap_err()));
    show("parse unwrap", || "12x".parse::<i32>().unwrap().to_string());

    show("assert", || {
        assert!(black_box(1) > 2);
        String::new()
    });
    show("assert with message", || {
        let n = black_box(3);
        assert!(n % 2 == 0, "n must be even, got {n}");
        String::new()
    });
    show("assert_eq", || {
        assert_eq!(black_box(2 + 2), 5);
        String::new()
    });
    show("assert_ne with message", || {
        assert_ne!(black_box("a"), "a", "inputs {} must differ", 2);
        String::new()
    });
    show("unreachable", || unreachable!("state {}", black_box(9)));
    show("todo", || todo!());
    show("unimplemented", || unimplemented!("feature {}", "x"));
    show("char::from_digit", || format!("{:?}", char::from_digit(3, black_box(40))));
}
