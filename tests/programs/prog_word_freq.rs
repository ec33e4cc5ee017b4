//! Realistic: word-frequency counting with HashMap (printed sorted by count then word) and BTreeMap, bigrams, line statistics, text formatting.
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hint::black_box;

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only.";

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(|w| w.to_lowercase())
}

fn main() {
    let text = black_box(TEXT);
    let mut freq: HashMap<String, usize> = HashMap::new();
    for w in words(text) {
        *freq.entry(w).or_insert(0) += 1;
    }
    let total: usize = freq.values().sum();
    println!("total words {} distinct {}", total, freq.len());
    let mut by_count: Vec<(&String, &usize)> = freq.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    println!("top 12:");
    for (w, c) in by_count.iter().take(12) {
        let pct = **c as f64 * 100.0 / total as f64;
        println!("  {:<12} {:>3} {:>6.2}% {}", w, c, pct, "#".repeat(**c));
    }
    let singles = by_count.iter().filter(|(_, c)| **c == 1).count();
    println!("hapax legomena: {}", singles);
    // BTreeMap grouped by word length
    let mut by_len: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    for w in freq.keys() {
        by_len.entry(w.len()).or_default().insert(w.as_str());
    }
    for (len, ws) in &by_len {
        let list: Vec<&str> = ws.iter().copied().take(6).collect();
        println!("len {:>2}: {:>2} words, e.g. {}", len, ws.len(), list.join(" "));
    }
    // bigrams
    let ws: Vec<String> = words(text).collect();
    let mut bigrams: HashMap<(String, String), u32> = HashMap::new();
    for pair in ws.windows(2) {
        *bigrams.entry((pair[0].clone(), pair[1].clone())).or_default() += 1;
    }
    let mut top_bi: Vec<_> = bigrams.into_iter().filter(|(_, c)| *c > 2).collect();
    top_bi.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("frequent bigrams: {:?}", top_bi);
    // line stats
    for (i, line) in text.lines().enumerate() {
        let n = line.split_whitespace().count();
        let longest = line.split(|c: char| !c.is_alphabetic()).max_by_key(|w| (w.len(), std::cmp::Reverse(*w))).unwrap_or("");
        println!("line {}: {:>2} words, {:>3} chars, longest {:?}", i + 1, n, line.chars().count(), longest);
    }
    // letter histogram via array
    let mut letters = [0u32; 26];
    for c in text.chars().filter(|c| c.is_ascii_alphabetic()) {
        letters[(c.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
    }
    let mut lv: Vec<(char, u32)> = letters.iter().enumerate().map(|(i, &n)| ((b'a' + i as u8) as char, n)).collect();
    lv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("letters: {}", lv.iter().take(10).map(|(c, n)| format!("{}={}", c, n)).collect::<Vec<_>>().join(" "));
    // lookups only from the HashMap
    for q in black_box(["it", "was", "heaven", "dickens", "of"]) {
        println!("count({:?}) = {}", q, freq.get(q).copied().unwrap_or(0));
    }
    // wrap text to width 40
    let mut line = String::new();
    let mut wrapped = Vec::new();
    for w in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + w.len() > 40 {
            wrapped.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    if !line.is_empty() {
        wrapped.push(line);
    }
    for l in wrapped.iter().take(5) {
        println!("|{:<40}|", l);
    }
    println!("wrapped into {} lines", wrapped.len());
}
