//! Drop order of struct fields (declaration order), tuple elements, arrays, enums, Box/Vec of droppers, nested structs, and partial moves.
#![allow(dead_code)]
use std::hint::black_box;

struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Outer {
    first: D,
    second: D,
    inner: Inner,
    last: D,
}
struct Inner {
    a: D,
    b: D,
}
impl Drop for Outer {
    fn drop(&mut self) {
        println!("  drop Outer (before its fields)");
    }
}

struct Plain {
    x: D,
    y: D,
    z: D,
}

enum E {
    One(D),
    Two(D, D),
    Empty,
}

fn main() {
    println!("struct with Drop + fields:");
    {
        let _o = Outer { last: D("o.last"), inner: Inner { b: D("o.inner.b"), a: D("o.inner.a") }, second: D("o.second"), first: D("o.first") };
        println!(" constructed (in reverse literal order)");
    }
    println!("tuple:");
    {
        let _t = (D("t.0"), D("t.1"), (D("t.2.0"), D("t.2.1")));
    }
    println!("array:");
    {
        let _a = [D("a[0]"), D("a[1]"), D("a[2]")];
    }
    println!("vec:");
    {
        let mut v = vec![D("v0"), D("v1"), D("v2"), D("v3")];
        println!(" pop:");
        let p = v.pop();
        drop(p);
        println!(" remove(0):");
        v.remove(0);
        println!(" insert + truncate(1):");
        v.insert(1, D("v-ins"));
        v.truncate(1);
        println!(" end of vec scope");
    }
    println!("box:");
    {
        let _b = Box::new(Plain { x: D("box.x"), y: D("box.y"), z: D("box.z") });
    }
    println!("enum variants:");
    {
        let _e1 = E::Two(D("e1.a"), D("e1.b"));
        let _e2 = E::One(D("e2"));
        let _e3 = E::Empty;
    }
    println!("partial move from struct:");
    {
        let p = Plain { x: D("p.x"), y: D("p.y"), z: D("p.z") };
        let moved_y = p.y;
        println!(" moved y out ({}), dropping it now", moved_y.0);
        drop(moved_y);
        println!(" end of scope drops remaining fields");
    }
    println!("partial move from tuple:");
    {
        let t = (D("pt.0"), D("pt.1"), D("pt.2"));
        let (_, b, _) = t;
        println!(" bound middle {}", b.0);
    }
    println!("destructuring binds and drops in binding order:");
    {
        let Plain { z, x, .. } = Plain { x: D("ds.x"), y: D("ds.y"), z: D("ds.z") };
        println!(" bound {} and {}", x.0, z.0);
    }
    println!("vec of boxes of vecs:");
    {
        let _nested = vec![Box::new(vec![D("n0.0"), D("n0.1")]), Box::new(vec![D("n1.0")])];
    }
    println!("assign to field drops old field value:");
    {
        let mut p = Plain { x: D("f.x"), y: D("f.y-old"), z: D("f.z") };
        p.y = D("f.y-new");
        println!(" assigned");
    }
    println!("option/result payloads:");
    {
        let _o: Option<D> = Some(D("opt"));
        let _r: Result<D, D> = if black_box(true) { Err(D("err")) } else { Ok(D("ok")) };
    }
    println!("end");
}
