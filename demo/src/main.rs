//! egret's demo program: counts the words of a bundled text with an FNV-hashed map, formats
//! numbers with `itoa`, and runs a little arithmetic, so that a miscompiled build prints
//! something different.

use fnv::FnvHashMap;

const TEXT: &str = include_str!("text.txt");

fn word_counts(text: &str) -> Vec<(String, usize)> {
    let mut counts: FnvHashMap<String, usize> = FnvHashMap::default();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

fn primes_below(limit: usize) -> Vec<usize> {
    let mut sieve = vec![true; limit];
    let mut primes = Vec::new();
    for n in 2..limit {
        if sieve[n] {
            primes.push(n);
            let mut multiple = n * n;
            while multiple < limit {
                sieve[multiple] = false;
                multiple += n;
            }
        }
    }
    primes
}

/// A 64-bit FNV-1a checksum of the report, computed by hand so it does not depend on `fnv`.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

fn main() {
    let mut report = String::new();
    let counts = word_counts(TEXT);
    report.push_str(&format!("{} words, {} distinct\n", TEXT.split_whitespace().count(), counts.len()));
    report.push_str("top ten:\n");
    let mut buffer = itoa::Buffer::new();
    for (word, count) in counts.iter().take(10) {
        report.push_str(&format!("  {:<12} {:>4}\n", word, buffer.format(*count)));
    }
    let primes = primes_below(100_000);
    let sum: u64 = primes.iter().map(|&p| p as u64).sum();
    report.push_str(&format!("{} primes below 100000, summing to {}\n", primes.len(), buffer.format(sum)));
    let longest = counts.iter().map(|(w, _)| w.as_str()).max_by_key(|w| (w.len(), std::cmp::Reverse(*w))).unwrap_or("");
    report.push_str(&format!("longest word: {longest}\n"));
    let average = TEXT.split_whitespace().map(|w| w.len() as f64).sum::<f64>() / TEXT.split_whitespace().count() as f64;
    report.push_str(&format!("average word length: {average:.3}\n"));
    print!("{report}");
    println!("checksum: {:016x}", checksum(report.as_bytes()));
}
