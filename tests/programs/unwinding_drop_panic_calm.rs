//! A destructor that panics while nothing else is unwinding: the panic is caught by
//! `catch_unwind`, and every other value the drop glue was responsible for (sibling fields,
//! later `Vec` elements, earlier locals, the box allocation) is still dropped.
#![allow(dead_code, unused_assignments)]
use std::panic;

struct Item {
    name: &'static str,
    explode: bool,
}
impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop {} (unwinding: {})", self.name, std::thread::panicking());
        if self.explode {
            panic!("{} exploded in drop", self.name);
        }
    }
}
fn ok(name: &'static str) -> Item {
    Item { name, explode: false }
}
fn bad(name: &'static str) -> Item {
    Item { name, explode: true }
}

struct Holder {
    first: Item,
    second: Item,
    third: Item,
}

struct WithOwnDrop {
    inner: Item,
}
impl Drop for WithOwnDrop {
    fn drop(&mut self) {
        println!("  WithOwnDrop::drop panics before its field is dropped");
        panic!("WithOwnDrop refuses");
    }
}

trait Named {
    fn name(&self) -> &'static str;
}
impl Named for Item {
    fn name(&self) -> &'static str {
        self.name
    }
}

fn message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

fn case(title: &str, f: fn()) {
    println!("{title}");
    match panic::catch_unwind(f) {
        Ok(()) => println!("  -> no panic"),
        Err(p) => println!("  -> caught: {}", message(&*p)),
    }
}

fn main() {
    panic::set_hook(Box::new(|info| {
        println!("  [hook] line {}", info.location().map_or(0, |l| l.line()));
    }));
    case("locals", || {
        let _a = ok("local a");
        let _b = bad("local b");
        let _c = ok("local c");
    });
    case("struct fields", || {
        let _h = Holder { first: ok("field first"), second: bad("field second"), third: ok("field third") };
    });
    case("explicit drop() call", || {
        let x = bad("dropped explicitly");
        let _after = ok("declared after");
        drop(x);
        println!("  not reached");
    });
    case("vec elements", || {
        let _v = vec![ok("v[0]"), ok("v[1]"), bad("v[2]"), ok("v[3]"), ok("v[4]")];
    });
    case("array elements", || {
        let _arr = [ok("arr[0]"), bad("arr[1]"), ok("arr[2]")];
    });
    case("boxed trait object", || {
        let b: Box<dyn Named> = Box::new(bad("boxed"));
        println!("  made {}", b.name());
    });
    case("own Drop then fields", || {
        let _w = WithOwnDrop { inner: ok("inner of WithOwnDrop") };
    });
    case("overwrite by assignment", || {
        let mut slot = bad("old value");
        println!("  assigning");
        slot = ok("new value");
        println!("  not reached {}", slot.name);
    });
    case("Option::take and replace", || {
        let mut o = Some(ok("kept in option"));
        let _guard = ok("guard");
        let old = o.replace(bad("replacement"));
        drop(old);
        println!("  still running");
    });
    case("boxed struct", || {
        let _calm = ok("calm local");
        let _h = Box::new(Holder { first: bad("boxed first"), second: ok("boxed second"), third: ok("boxed third") });
    });
}
