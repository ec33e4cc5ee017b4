//! HashMap/HashSet: insert/get/remove/entry API, counting, set operations; output is sorted or lookup-only (iteration order is random).
use std::collections::{HashMap, HashSet};
use std::hint::black_box;

fn sorted_pairs<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn sorted_set<T: Ord + Clone>(s: &HashSet<T>) -> Vec<T> {
    let mut v: Vec<T> = s.iter().cloned().collect();
    v.sort();
    v
}

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    for (i, w) in black_box(["red", "green", "blue", "red", "cyan", "green", "red"]).iter().enumerate() {
        *m.entry(w.to_string()).or_insert(0) += i as i32;
    }
    println!("len {} pairs {:?}", m.len(), sorted_pairs(&m));
    println!("get red={:?} pink={:?} contains blue={}", m.get("red"), m.get("pink"), m.contains_key("blue"));
    println!("insert existing returns old: {:?}", m.insert("blue".into(), 99));
    println!("insert new returns: {:?}", m.insert("pink".into(), -1));
    println!("remove cyan: {:?} remove cyan again: {:?}", m.remove("cyan"), m.remove("cyan"));
    if let Some(v) = m.get_mut("green") {
        *v *= 10;
    }
    m.entry("green".into()).and_modify(|v| *v += 1).or_insert(0);
    m.entry("white".into()).and_modify(|v| *v += 1).or_insert(500);
    println!("after edits {:?}", sorted_pairs(&m));
    m.retain(|k, v| k.len() > 3 || *v > 50);
    println!("retain {:?}", sorted_pairs(&m));
    let total: i32 = m.values().sum();
    let max_key = m.iter().max_by_key(|(k, v)| (**v, (*k).clone())).map(|(k, _)| k.clone());
    println!("sum of values {} max key {:?}", total, max_key);
    // integer keys, many entries (forces rehashing)
    let mut sq: HashMap<u64, u64> = HashMap::new();
    for i in 0..black_box(2000u64) {
        sq.insert(i, i * i);
    }
    for i in (0..2000).step_by(3) {
        sq.remove(&i);
    }
    println!("squares len {} get(1999)={:?} get(999)={:?} sum={}", sq.len(), sq.get(&1999), sq.get(&999), sq.values().sum::<u64>());
    // tuple keys and struct values
    #[derive(Debug, Clone)]
    struct Cell {
        alive: bool,
        age: u8,
    }
    let mut grid: HashMap<(i32, i32), Cell> = HashMap::new();
    for x in -2..=2 {
        for y in -1..=1 {
            grid.insert((x, y), Cell { alive: (x + y) % 2 == 0, age: (x * x + y * y) as u8 });
        }
    }
    let alive = grid.values().filter(|c| c.alive).count();
    let total_age: u32 = grid.values().map(|c| c.age as u32).sum();
    println!("total age {}", total_age);
    println!("grid {} cells, {} alive, (2,1)={:?}, (3,3)={:?}", grid.len(), alive, grid.get(&(2, 1)), grid.get(&(3, 3)));
    // HashSet operations
    let a: HashSet<i32> = (1..10).collect();
    let b: HashSet<i32> = (5..15).step_by(2).collect();
    println!("a {:?}", sorted_set(&a));
    println!("b {:?}", sorted_set(&b));
    println!("union {:?}", sorted_set(&a.union(&b).cloned().collect()));
    println!("intersection {:?}", sorted_set(&a.intersection(&b).cloned().collect()));
    println!("a-b {:?}", sorted_set(&a.difference(&b).cloned().collect()));
    println!("sym diff {:?}", sorted_set(&a.symmetric_difference(&b).cloned().collect()));
    println!("subset {} disjoint {}", [1, 2].iter().cloned().collect::<HashSet<_>>().is_subset(&a), a.is_disjoint(&b));
    let mut seen = HashSet::new();
    let dups: Vec<char> = black_box("programming language").chars().filter(|c| !seen.insert(*c)).collect();
    println!("repeated chars in order of repetition: {:?}", dups);
    println!("distinct chars {}", seen.len());
    // HashMap from iterator and with &str keys
    let lookup: HashMap<&str, usize> = ["zero", "one", "two", "three"].iter().enumerate().map(|(i, s)| (*s, i)).collect();
    for k in black_box(["two", "four", "zero"]) {
        println!("lookup {} -> {:?}", k, lookup.get(k));
    }
    // grouping
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in black_box(["a", "bb", "cc", "ddd", "e", "fff", "gg"]) {
        groups.entry(w.len()).or_default().push(w);
    }
    let mut gk: Vec<_> = groups.into_iter().collect();
    gk.sort();
    println!("groups {:?}", gk);
}
