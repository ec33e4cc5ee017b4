//! Collecting iterators into Vec, String, BTreeMap, BTreeSet, HashMap (sorted before printing), VecDeque, Option/Result, Box<[T]>.
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque, HashSet};
use std::hint::black_box;

fn main() {
    let words = black_box(vec!["apple", "bob", "cat", "apple", "dog", "cat", "apple", "eel"]);
    let v: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("Vec: {:?}", v);
    let s: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("String from chars: {}", s);
    let s2: String = words.iter().copied().collect();
    println!("String from strs: {}", s2);
    let s3: String = words.iter().map(|w| w.to_uppercase()).collect::<Vec<String>>().concat();
    println!("String from Strings: {}", s3);
    let mut bm: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *bm.entry(w).or_insert(0) += 1;
    }
    println!("BTreeMap counts: {:?}", bm);
    let bm2: BTreeMap<usize, Vec<&str>> = words.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    println!("BTreeMap by len: {:?}", bm2);
    let inverted: BTreeMap<usize, &str> = bm.iter().map(|(k, v)| (*v, *k)).collect();
    println!("collect into BTreeMap (later wins): {:?}", inverted);
    let set: BTreeSet<&str> = words.iter().copied().collect();
    println!("BTreeSet: {:?}", set);
    let hm: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    let mut keys: Vec<_> = hm.keys().copied().collect();
    keys.sort();
    println!("HashMap len={} sorted keys={:?} apple={:?} zzz={:?}", hm.len(), keys, hm.get("apple"), hm.get("zzz"));
    let hs: HashSet<usize> = v.iter().copied().collect();
    let mut hv: Vec<_> = hs.into_iter().collect();
    hv.sort_unstable();
    println!("HashSet sorted: {:?}", hv);
    let dq: VecDeque<i32> = (1..=5).map(|x| x * black_box(-1)).collect();
    println!("VecDeque: {:?}", dq);
    let boxed: Box<[u16]> = (0..4).map(|x| black_box(x) * 1000).collect();
    println!("Box<[u16]>: {:?}", boxed);
    let ok: Result<Vec<i32>, std::num::ParseIntError> = black_box(["1", "2", "3"]).iter().map(|s| s.parse::<i32>()).collect();
    println!("Result ok: {:?}", ok);
    let bad: Result<Vec<i32>, String> = black_box(["1", "x", "3"]).iter().map(|s| s.parse::<i32>().map_err(|e| format!("{}: {}", s, e))).collect();
    println!("Result err: {:?}", bad);
    let opt: Option<Vec<u32>> = black_box(['1', '7', '9']).iter().map(|c| c.to_digit(10)).collect();
    let opt_none: Option<Vec<u32>> = black_box(['1', 'z']).iter().map(|c| c.to_digit(10)).collect();
    println!("Option: {:?} {:?}", opt, opt_none);
    let sum_opt: Option<u32> = [Some(1u32), Some(2), Some(3)].into_iter().sum();
    println!("sum of options: {:?}", sum_opt);
    let mut ext = vec![0];
    ext.extend((1..4).map(|x| x * 11));
    println!("extend: {:?}", ext);
    let (small, big): (Vec<_>, Vec<_>) = (1..10).partition(|&x| x < black_box(4));
    println!("partition: {:?} {:?}", small, big);
    let chunks: Vec<Vec<i32>> = (1..=7).collect::<Vec<_>>().chunks(3).map(|c| c.to_vec()).collect();
    println!("chunks collected: {:?}", chunks);
    let pairs: Vec<(char, u32)> = "hello".char_indices().map(|(i, c)| (c, i as u32)).collect();
    let lookup: BTreeMap<char, u32> = pairs.into_iter().collect();
    println!("char index map: {:?}", lookup);
    let nested: Vec<String> = (1..=3).map(|i| (0..i).map(|j| j.to_string()).collect::<Vec<_>>().join("-")).collect();
    println!("nested: {:?}", nested);
    let total_chars: usize = words.iter().map(|w| w.len()).sum();
    let avg = total_chars as f64 / words.len() as f64;
    println!("avg len {:.3}", avg);
}
