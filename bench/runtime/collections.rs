//! Run-time benchmark, hashing and collections: a word index in a `HashMap` (std's SipHash),
//! an ordered event log in a `BTreeMap` with range queries and removals, and a `HashSet` of
//! pairs. Nothing is printed in hash order, so the output is the same on every run.

use std::collections::{BTreeMap, HashMap, HashSet};

const ROUNDS: u64 = 14;
const KEYS: u64 = 40_000;

/// A small deterministic generator (xorshift), so the program needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn word(n: u64) -> String {
    const SYLLABLES: [&str; 8] = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo"];
    let mut word = String::new();
    let mut n = n;
    loop {
        word.push_str(SYLLABLES[(n % 8) as usize]);
        n /= 8;
        if n == 0 {
            return word;
        }
    }
}

fn hash_maps(rng: &mut Rng) -> (usize, u64) {
    let mut index: HashMap<String, Vec<u64>> = HashMap::new();
    for i in 0..KEYS {
        index.entry(word(rng.next() % (KEYS / 4))).or_default().push(i);
    }
    let mut hits = 0u64;
    for _ in 0..KEYS {
        if let Some(positions) = index.get(&word(rng.next() % (KEYS / 2))) {
            hits += positions.len() as u64;
        }
    }
    index.retain(|_, positions| positions.len() > 2);
    (index.len(), hits)
}

fn btree_maps(rng: &mut Rng) -> (usize, u64, u64) {
    let mut log: BTreeMap<u64, u64> = BTreeMap::new();
    for _ in 0..KEYS {
        let at = rng.next() % 1_000_000;
        *log.entry(at).or_insert(0) += at % 97;
    }
    let mut window_sum = 0u64;
    for start in (0..1_000_000).step_by(10_000) {
        window_sum += log.range(start..start + 2_500).map(|(_, v)| *v).sum::<u64>();
    }
    let doomed: Vec<u64> = log.keys().copied().filter(|k| k % 3 == 0).collect();
    for key in doomed {
        log.remove(&key);
    }
    let first_last = log.first_key_value().map_or(0, |(k, _)| *k) + log.last_key_value().map_or(0, |(k, _)| *k);
    (log.len(), window_sum, first_last)
}

fn hash_sets(rng: &mut Rng) -> usize {
    let pairs: HashSet<(u32, u32)> = (0..KEYS).map(|_| ((rng.next() % 300) as u32, (rng.next() % 300) as u32)).collect();
    let mirrored = pairs.iter().filter(|(a, b)| pairs.contains(&(*b, *a))).count();
    pairs.len() + mirrored
}

fn main() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let mut checksum = 0u64;
    for round in 0..ROUNDS {
        let (words, hits) = hash_maps(&mut rng);
        let (events, window_sum, first_last) = btree_maps(&mut rng);
        let pairs = hash_sets(&mut rng);
        println!("round {round}: {words} words, {hits} hits; {events} events, window sum {window_sum}, ends {first_last}; {pairs} pairs");
        checksum = checksum.wrapping_mul(31).wrapping_add(hits ^ window_sum ^ pairs as u64);
    }
    println!("checksum {checksum:016x}");
}
