//! Unwinding through many frames: a deep direct recursion, a mutual recursion and a recursion
//! through boxed trait objects, each frame owning values with destructors. Drops are counted
//! and the first and last few are printed, so the order and the count must both match.
use std::cell::RefCell;
use std::panic;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

struct Level {
    depth: u32,
    kind: &'static str,
}
impl Drop for Level {
    fn drop(&mut self) {
        LOG.with(|l| l.borrow_mut().push(format!("{}@{}", self.kind, self.depth)));
    }
}

fn summarize(title: &str) {
    let log = LOG.with(|l| std::mem::take(&mut *l.borrow_mut()));
    let n = log.len();
    let head: Vec<_> = log.iter().take(4).cloned().collect();
    let tail: Vec<_> = log.iter().skip(n.saturating_sub(3)).cloned().collect();
    println!("{title}: {n} drops, first {head:?}, last {tail:?}");
}

#[inline(never)]
fn dive(depth: u32, limit: u32, acc: &mut Vec<u32>) -> u32 {
    let _l = Level { depth, kind: "dive" };
    let boxed = Box::new(Level { depth, kind: "dive-box" });
    acc.push(depth);
    if depth == limit {
        panic!("limit {limit} reached with {} entries", acc.len());
    }
    let below = dive(depth + 1, limit, acc);
    drop(boxed);
    below + 1
}

fn even(n: u32) -> bool {
    let _l = Level { depth: n, kind: "even" };
    if n == 0 {
        panic!("even reached zero");
    }
    odd(n - 1)
}

fn odd(n: u32) -> bool {
    let _l = Level { depth: n, kind: "odd" };
    let _pair = (Level { depth: n, kind: "odd-pair-a" }, Level { depth: n, kind: "odd-pair-b" });
    if n == 0 {
        panic!("odd reached zero");
    }
    even(n - 1)
}

trait Node {
    fn visit(&self, path: &mut String) -> u32;
}
struct Leaf;
impl Node for Leaf {
    fn visit(&self, path: &mut String) -> u32 {
        panic!("leaf reached via {path}");
    }
}
struct Branch {
    id: u32,
    child: Box<dyn Node>,
}
impl Node for Branch {
    fn visit(&self, path: &mut String) -> u32 {
        let _l = Level { depth: self.id, kind: "branch" };
        if self.id % 25 == 0 {
            path.push_str(&self.id.to_string());
            path.push('/');
        }
        self.child.visit(path) + 1
    }
}

fn text(p: &Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>().cloned().unwrap_or_else(|| p.downcast_ref::<&str>().unwrap_or(&"?").to_string())
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    let mut acc = Vec::new();
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| dive(0, 600, &mut acc)));
    println!("dive: {}", text(&r.unwrap_err()));
    println!("acc kept {} entries, last {:?}", acc.len(), acc.last());
    summarize("dive");

    let r = panic::catch_unwind(|| even(301));
    println!("mutual: {}", text(&r.unwrap_err()));
    summarize("mutual");

    let mut tree: Box<dyn Node> = Box::new(Leaf);
    for id in 1..=200 {
        tree = Box::new(Branch { id, child: tree });
    }
    let mut path = String::new();
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| tree.visit(&mut path)));
    println!("tree: {}", text(&r.unwrap_err()));
    summarize("tree visit");
}
