//! Vec operations: push/pop/insert/remove/swap_remove/retain/dedup/extend/drain/split_off/append/sort/sort_unstable/resize/truncate/chunks.
use std::hint::black_box;

fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..black_box(10) {
        v.push(i * i - 20);
    }
    println!("pushed {:?} len={}", v, v.len());
    println!("pop {:?} {:?}", v.pop(), v.pop());
    v.insert(0, 100);
    v.insert(3, -1);
    v.insert(v.len(), 77);
    println!("inserted {:?}", v);
    println!("remove(2)={} swap_remove(1)={}", v.remove(2), v.swap_remove(1));
    println!("now {:?}", v);
    v.retain(|&x| x % 2 == 0);
    println!("retain even {:?}", v);
    let mut d = black_box(vec![1, 1, 1, 2, 3, 3, 2, 2, 5, 5, 5, 5]);
    d.dedup();
    println!("dedup {:?}", d);
    let mut dk = black_box(vec!["a", "A", "b", "B", "b", "c"]);
    dk.dedup_by_key(|s| s.to_lowercase());
    println!("dedup_by_key {:?}", dk);
    let mut e = vec![1, 2];
    e.extend([3, 4, 5].iter());
    e.extend(vec![6, 7]);
    e.extend_from_slice(&[8, 9]);
    println!("extend {:?}", e);
    let drained: Vec<i32> = e.drain(2..5).collect();
    println!("drain {:?} left {:?}", drained, e);
    let tail = e.split_off(3);
    println!("split_off head {:?} tail {:?}", e, tail);
    let mut other = vec![100, 200];
    e.append(&mut other);
    println!("append {:?} other {:?}", e, other);
    let mut big: Vec<u64> = (0..black_box(1000u64)).map(|x| (x * 7919) % 1009).collect();
    big.sort();
    println!("sorted big first {:?} last {:?}", &big[..5], &big[995..]);
    big.sort_unstable_by(|a, b| b.cmp(a));
    println!("desc unstable first {:?}", &big[..5]);
    big.dedup();
    println!("dedup big len {}", big.len());
    let mut people = black_box(vec![("zoe", 31), ("adam", 25), ("mia", 31), ("bob", 25), ("eve", 40)]);
    people.sort_by_key(|p| p.1);
    println!("stable by age {:?}", people);
    people.sort_unstable_by_key(|p| p.0);
    println!("by name {:?}", people);
    people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!("age desc then name {:?}", people);
    let mut r = vec![1u8; 3];
    r.resize(6, 9);
    println!("resize up {:?}", r);
    r.resize(2, 0);
    println!("resize down {:?}", r);
    r.truncate(1);
    r.clear();
    println!("cleared {:?} empty={}", r, r.is_empty());
    let mut fl = black_box(vec![3.5f64, -1.0, 2.25, 0.0, -7.5]);
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("floats {:?}", fl);
    let nested = vec![vec![1, 2], vec![3], vec![]];
    let flat: Vec<i32> = nested.concat();
    println!("concat {:?} nested len {}", flat, nested.len());
    let mut strs: Vec<String> = black_box(vec!["delta".into(), "Alpha".into(), "charlie".into(), "Bravo".into()]);
    strs.sort();
    println!("strings {:?}", strs);
    strs.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive {:?}", strs);
    println!("contains {} binary_search {:?}", strs.contains(&"Bravo".to_string()), flat.binary_search(&3));
    let mut rot: Vec<char> = "abcdef".chars().collect();
    rot.rotate_left(2);
    println!("rotate {:?}", rot);
    println!("first/last mut:");
    if let Some(f) = rot.first_mut() {
        *f = 'Z';
    }
    if let Some(l) = rot.last_mut() {
        *l = 'Y';
    }
    println!("{}", rot.iter().collect::<String>());
    let vv = vec![black_box(0u8); 5000];
    println!("vec! repeat len {} sum {}", vv.len(), vv.iter().map(|&x| x as u32).sum::<u32>());
    let mut stack: Vec<Vec<i32>> = Vec::with_capacity(2);
    for i in 0..5 {
        stack.push((0..i).collect());
    }
    println!("vec of vecs {:?}", stack);
    let ex: Vec<i32> = stack.into_iter().flatten().collect();
    println!("flattened {:?}", ex);
    let mut w = vec![5, 1, 4];
    w.splice(1..2, [10, 11, 12]);
    println!("splice {:?}", w);
    let removed: Vec<i32> = w.extract_if(.., |x| *x > 10).collect();
    println!("extract_if removed {:?} kept {:?}", removed, w);
}
