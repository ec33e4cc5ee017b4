//! BTreeMap/BTreeSet: ordered iteration, range queries, first/last, entry API, split_off, set algebra, custom Ord keys.
use std::collections::{BTreeMap, BTreeSet};
use std::hint::black_box;
use std::ops::Bound::{Excluded, Included, Unbounded};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u16,
    minor: u16,
    patch: u16,
}

fn v(s: &str) -> Version {
    let p: Vec<u16> = s.split('.').map(|x| x.parse().unwrap()).collect();
    Version { major: p[0], minor: p[1], patch: p[2] }
}

fn main() {
    let mut m = BTreeMap::new();
    for (i, k) in black_box([50, 20, 80, 10, 30, 70, 90, 60, 40]).iter().enumerate() {
        m.insert(*k, format!("v{}", i));
    }
    println!("{:?}", m);
    println!("first {:?} last {:?}", m.first_key_value(), m.last_key_value());
    println!("range 25..=60: {:?}", m.range(25..=60).collect::<Vec<_>>());
    println!("range ..30: {:?}", m.range(..30).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("range (Excluded 40, Unbounded): {:?}", m.range((Excluded(40), Unbounded)).map(|(k, _)| k).collect::<Vec<_>>());
    println!("range (Included 85, Included 1000): {:?}", m.range((Included(85), Included(1000))).collect::<Vec<_>>());
    println!("floor of 55: {:?} ceil of 55: {:?}", m.range(..=55).next_back(), m.range(55..).next());
    println!("pop_first {:?} pop_last {:?}", m.pop_first(), m.pop_last());
    *m.entry(30).or_default() += "!";
    m.entry(35).or_insert_with(|| "new".into());
    println!("entry edits {:?}", m);
    let high = m.split_off(&50);
    println!("split low {:?}", m.keys().collect::<Vec<_>>());
    println!("split high {:?}", high.keys().collect::<Vec<_>>());
    println!("rev values {:?}", high.values().rev().collect::<Vec<_>>());
    m.retain(|k, _| k % 20 != 0);
    println!("retain {:?}", m);
    // custom key ordering
    let mut releases: BTreeMap<Version, &str> = BTreeMap::new();
    for (s, note) in black_box([("1.10.0", "big"), ("1.2.3", "fix"), ("0.9.9", "beta"), ("1.2.10", "fix2"), ("2.0.0", "major")]) {
        releases.insert(v(s), note);
    }
    for (ver, note) in &releases {
        println!("{}.{}.{} {}", ver.major, ver.minor, ver.patch, note);
    }
    let latest_1x = releases.range(..v("2.0.0")).next_back();
    println!("latest 1.x: {:?}", latest_1x);
    // BTreeSet
    let a: BTreeSet<char> = black_box("the quick brown fox").chars().filter(|c| c.is_alphabetic()).collect();
    let b: BTreeSet<char> = black_box("jumps over the lazy dog").chars().filter(|c| c.is_alphabetic()).collect();
    println!("a {:?}", a.iter().collect::<String>());
    println!("b {:?}", b.iter().collect::<String>());
    println!("union {:?}", a.union(&b).collect::<String>());
    println!("inter {:?}", a.intersection(&b).collect::<String>());
    println!("a-b {:?} b-a {:?}", a.difference(&b).collect::<String>(), b.difference(&a).collect::<String>());
    println!("pangram: {}", a.union(&b).count() == 26);
    let mut nums: BTreeSet<i64> = (0..20).map(|x| black_box(x) * 37 % 23 - 10).collect();
    println!("nums {:?}", nums);
    println!("first {:?} last {:?} range(-3..3) {:?}", nums.first(), nums.last(), nums.range(-3..3).collect::<Vec<_>>());
    println!("insert dup {} remove 0 {} contains 5 {}", nums.insert(5), nums.remove(&0), nums.contains(&5));
    let tail = nums.split_off(&6);
    println!("split {:?} | {:?}", nums, tail);
    // BTreeMap of vectors: inverted index
    let docs = black_box(["rust is fast", "cranelift is a code generator", "rust uses llvm or cranelift"]);
    let mut index: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        for w in d.split_whitespace() {
            index.entry(w).or_default().insert(i);
        }
    }
    for (w, ids) in &index {
        println!("{:>10}: {:?}", w, ids);
    }
}
