//! FnOnce closures: moving captured values out, move closures, Option::take in closures, consuming callbacks, drop of captures.
use std::hint::black_box;

struct Token(&'static str);
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.0);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    println!("about to call once");
    let r = f();
    println!("called once");
    r
}

fn maybe_call<F: FnOnce(i32) -> i32>(f: F, go: bool) -> Option<i32> {
    if go { Some(f(black_box(7))) } else { None }
}

fn main() {
    let s = String::from(black_box("owned"));
    let v = vec![1, 2, 3];
    let f = move || {
        let mut s = s;
        s.push_str(&format!("+{}", v.len()));
        s
    };
    println!("{}", consume(f));
    let t = Token("a");
    let g = move || {
        println!("closure using token {}", t.0);
        t
    };
    println!("before calling g");
    let back = g();
    println!("got token {} back", back.0);
    drop(back);
    let t2 = Token("b");
    let h = move |x: i32| {
        let _keep = &t2;
        x * 2
    };
    println!("maybe_call false: {:?}", maybe_call(h, black_box(false)));
    println!("after not calling");
    let t3 = Token("c");
    let k = move |x: i32| {
        let owned = t3;
        println!("consuming {}", owned.0);
        x + 1
    };
    println!("maybe_call true: {:?}", maybe_call(k, black_box(true)));
    // Option::take inside FnMut to emulate once
    let mut slot = Some(Token("d"));
    let mut once = || slot.take().map(|t| t.0.len());
    println!("take once: {:?} {:?}", once(), once());
    // Box<dyn FnOnce>
    let name = String::from("boxed");
    let bf: Box<dyn FnOnce(u8) -> String> = Box::new(move |n| format!("{} x{}", name, n));
    println!("{}", bf(black_box(3)));
    // vector of FnOnce callbacks run in order
    let mut callbacks: Vec<Box<dyn FnOnce() -> String>> = Vec::new();
    for i in 0..3 {
        let tag = format!("cb{}", i);
        callbacks.push(Box::new(move || tag.repeat(i + 1)));
    }
    for cb in callbacks.drain(..) {
        println!("{}", cb());
    }
    // unwrap_or_else and map_or_else take FnOnce
    let o: Option<String> = black_box(None);
    let fallback = String::from("fallback");
    println!("{}", o.unwrap_or_else(move || fallback));
    let r: Result<i32, String> = black_box(Err("boom".into()));
    println!("{}", r.map_or_else(|e| e.len() as i32 * 100, |v| v));
    println!("end of main");
}
