//! One panic travelling through every kind of call on its way up: generic functions (several
//! instantiations), trait-object methods, default trait methods, `Box<dyn FnOnce>` with moved
//! captures, `&mut dyn FnMut`, `impl Fn` returned from a function, and function pointers. Each
//! frame owns a guard, so the printed drops show that every frame was unwound in order.
use std::fmt::Debug;
use std::panic;

struct Frame(String);
impl Drop for Frame {
    fn drop(&mut self) {
        println!("  leave {}", self.0);
    }
}
fn enter(name: impl Into<String>) -> Frame {
    let name = name.into();
    println!("  enter {name}");
    Frame(name)
}

trait Stage {
    fn run(&self, x: i64) -> i64;
    fn run_twice(&self, x: i64) -> i64 {
        let _f = enter("Stage::run_twice (default method)");
        let once = self.run(x);
        self.run(once)
    }
}

struct Doubler;
impl Stage for Doubler {
    fn run(&self, x: i64) -> i64 {
        let _f = enter(format!("Doubler::run({x})"));
        if x > 40 {
            panic!("Doubler cannot take {x}");
        }
        x * 2
    }
}

struct Chain(Vec<Box<dyn Stage>>);
impl Stage for Chain {
    fn run(&self, x: i64) -> i64 {
        let _f = enter("Chain::run");
        self.0.iter().fold(x, |acc, s| s.run(acc))
    }
}

fn generic_apply<T: Debug + Copy, S: Stage + ?Sized>(stage: &S, input: T, conv: fn(T) -> i64) -> i64 {
    let _f = enter(format!("generic_apply({input:?})"));
    stage.run_twice(conv(input))
}

fn via_pointer(f: fn(i64) -> i64, x: i64) -> i64 {
    let _f = enter("via_pointer");
    f(x)
}

fn checked_half(x: i64) -> i64 {
    let _f = enter("checked_half");
    assert!(x % 2 == 0, "odd value {x} given to checked_half");
    x / 2
}

fn make_adder(n: i64) -> impl Fn(i64) -> i64 {
    let captured = enter(format!("adder captures {n}"));
    move |x| {
        let _f = enter(format!("adder body for {}", captured.0));
        x.checked_add(n).expect("adder overflowed")
    }
}

fn drive_mut(f: &mut dyn FnMut(i64) -> i64, inputs: &[i64]) -> i64 {
    let _f = enter("drive_mut");
    inputs.iter().map(|&i| f(i)).sum()
}

fn report<R: Debug>(title: &str, f: impl FnOnce() -> R) {
    println!("{title}");
    let r = panic::catch_unwind(panic::AssertUnwindSafe(f));
    match r {
        Ok(v) => println!("  => value {v:?}"),
        Err(p) => {
            let m = p.downcast_ref::<String>().cloned().unwrap_or_else(|| p.downcast_ref::<&str>().unwrap().to_string());
            println!("  => panic: {m}")
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    report("generic over i8 through dyn Chain", || {
        let chain: Box<dyn Stage> = Box::new(Chain(vec![Box::new(Doubler), Box::new(Doubler)]));
        generic_apply(&*chain, 3i8, |v| v as i64)
    });
    report("generic over u16 through dyn Chain (panics)", || {
        let chain = Chain(vec![Box::new(Doubler), Box::new(Doubler), Box::new(Doubler)]);
        generic_apply::<u16, dyn Stage>(&chain, 6u16, |v| v as i64)
    });
    report("boxed FnOnce with moved captures", || {
        let owned = vec![enter("captured vec item")];
        let job: Box<dyn FnOnce() -> usize> = Box::new(move || {
            let _f = enter("boxed FnOnce body");
            let n = owned.len();
            via_pointer(checked_half, 6 + n as i64) as usize
        });
        job()
    });
    report("&mut dyn FnMut", || {
        let mut seen = Vec::new();
        let mut recorder = |x: i64| {
            let _f = enter(format!("recorder({x})"));
            seen.push(x);
            if seen.len() == 3 {
                panic!("recorder full after {seen:?}");
            }
            x
        };
        drive_mut(&mut recorder, &[1, 2, 3, 4])
    });
    report("impl Fn returned from a function", || {
        let add = make_adder(i64::MAX - 1);
        let ok = add(1);
        println!("  first call gave {ok}");
        add(2)
    });
    report("function pointer table", || {
        let table: [(&str, fn(i64) -> i64); 3] = [("half", checked_half), ("neg", |x| -x), ("half again", checked_half)];
        let mut v = 10;
        for (name, f) in table {
            let _f = enter(format!("table entry {name}"));
            v = f(v);
        }
        v
    });
}
