//! Panics inside closures given to collection methods leave the collection valid: a panicking
//! `sort_by`/`sort_unstable_by` comparator keeps every element, `retain` and `dedup_by` keep a
//! consistent vector, `extend` keeps what was pushed, a panicking `Clone` during `clone`,
//! `extend_from_slice` or `vec![x; n]` drops the partial copies, and a panicking `HashMap` or
//! `BTreeMap` entry closure inserts nothing.
use std::collections::{BTreeMap, HashMap};
use std::panic::{self, AssertUnwindSafe};

struct Elem {
    id: u32,
    fragile: bool,
}
impl Clone for Elem {
    fn clone(&self) -> Self {
        if self.fragile {
            panic!("cannot clone elem {}", self.id);
        }
        println!("    clone elem {}", self.id);
        Elem { id: self.id + 1000, fragile: false }
    }
}
impl Drop for Elem {
    fn drop(&mut self) {
        println!("    drop elem {}", self.id);
    }
}
fn elem(id: u32) -> Elem {
    Elem { id, fragile: false }
}

fn ids(v: &[Elem]) -> Vec<u32> {
    v.iter().map(|e| e.id).collect()
}

fn step(title: &str, f: impl FnOnce()) {
    println!("{title}:");
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    if let Err(p) = r {
        let text = p.downcast_ref::<String>().map(|s| s.as_str()).or_else(|| p.downcast_ref::<&str>().copied());
        println!("  panicked: {}", text.unwrap_or("?"));
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));

    let mut seed = 12345u32;
    let mut nums: Vec<u32> = (0..90)
        .map(|_| {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            (seed >> 16) % 1000
        })
        .collect();
    let before_sum: u32 = nums.iter().sum();
    let mut calls = 0;
    step("sort_by with a comparator that panics", || {
        nums.sort_by(|a, b| {
            calls += 1;
            if calls == 350 {
                panic!("comparator gave up after {calls} calls");
            }
            a.cmp(b)
        })
    });
    println!("  after: {nums:?}");
    let mut check = nums.clone();
    check.sort();
    let after_sum: u32 = nums.iter().sum();
    println!("  {} elements, sums {before_sum} and {after_sum}, sorted: {check:?}", nums.len());

    let mut owned: Vec<Elem> = [9, 4, 7, 1, 8, 2, 6, 3, 5, 12, 10, 11, 0].into_iter().map(elem).collect();
    let mut compares = 0;
    step("sort_unstable_by over owned elements", || {
        owned.sort_unstable_by(|a, b| {
            compares += 1;
            if compares == 12 {
                panic!("will not compare {} and {}", a.id, b.id);
            }
            a.id.cmp(&b.id)
        })
    });
    let mut after = ids(&owned);
    println!("  after: {after:?}");
    after.sort();
    println!("  as a set: {after:?}");
    drop(owned);

    let mut v: Vec<Elem> = (1..=8).map(elem).collect();
    step("retain with a panicking predicate", || {
        v.retain(|e| {
            if e.id == 6 {
                panic!("retain hit {}", e.id);
            }
            e.id % 2 == 0
        })
    });
    println!("  after retain: {:?}", ids(&v));

    let mut d: Vec<Elem> = [1, 1, 2, 2, 3, 3, 4].into_iter().map(elem).collect();
    step("dedup_by with a panicking predicate", || {
        d.dedup_by(|a, b| {
            if a.id == 3 {
                panic!("dedup met {}", a.id);
            }
            a.id == b.id
        })
    });
    println!("  after dedup: {:?}", ids(&d));

    let mut grown = vec![elem(1)];
    step("extend from a panicking iterator", || {
        grown.extend((2..6).map(|i| {
            if i == 4 {
                panic!("no element {i}");
            }
            elem(i)
        }))
    });
    println!("  after extend: {:?}", ids(&grown));

    let source = vec![elem(1), elem(2), Elem { id: 3, fragile: true }, elem(4)];
    step("Vec::clone with a fragile element", || {
        let copy = source.clone();
        println!("  not reached {}", copy.len());
    });
    step("extend_from_slice with a fragile element", || {
        grown.extend_from_slice(&source);
    });
    println!("  after extend_from_slice: {:?}", ids(&grown));
    step("vec![fragile; 3]", || {
        let many = vec![Elem { id: 77, fragile: true }; 3];
        println!("  not reached {}", many.len());
    });
    drop(source);
    drop(grown);

    let mut scores: HashMap<&str, Vec<u32>> = HashMap::new();
    scores.insert("ann", vec![1]);
    step("HashMap entry or_insert_with panics", || {
        scores.entry("bob").or_insert_with(|| panic!("no default for bob"));
    });
    step("HashMap entry and_modify panics", || {
        scores.entry("ann").and_modify(|v| {
            v.push(2);
            panic!("modification of ann aborted after push");
        });
    });
    let mut keys: Vec<_> = scores.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
    keys.sort();
    println!("  map now {keys:?}");

    let mut tree: BTreeMap<u32, Elem> = BTreeMap::new();
    tree.insert(1, elem(10));
    step("BTreeMap entry or_insert_with panics", || {
        tree.entry(2).or_insert_with(|| panic!("no value for key 2"));
    });
    println!("  tree keys {:?}", tree.keys().collect::<Vec<_>>());
    drop(tree);
    println!("end");
}
