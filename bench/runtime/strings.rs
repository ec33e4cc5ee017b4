//! Run-time benchmark, string work: builds a text with `format!`, splits it into lines and
//! words, normalizes case, sorts and deduplicates, searches and replaces, parses numbers back,
//! and formats a report. Only std's string operations (no regex in a single-file build).

use std::fmt::Write;

const ROUNDS: usize = 24;
const LINES: usize = 6_000;

const NAMES: [&str; 10] = ["Alpha", "bravo", "Charlie", "delta", "Echo", "foxtrot", "Golf", "hotel", "India", "juliet"];

fn make_text(seed: usize) -> String {
    let mut text = String::new();
    for i in 0..LINES {
        let name = NAMES[(i * 7 + seed) % NAMES.len()];
        let other = NAMES[(i * 3 + seed / 2) % NAMES.len()];
        writeln!(text, "{i:05}; {name} met {other} at {}:{:02}, paid {}.{:02} EUR", i % 24, (i * 13) % 60, (i * i + seed * 31) % 1000, (i + seed) % 100).unwrap();
    }
    text
}

fn analyze(text: &str) -> (usize, usize, String, u64, usize) {
    let mut words: Vec<String> = text.split(|c: char| c.is_whitespace() || c == ';' || c == ',').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let total_words = words.len();
    words.sort_unstable();
    words.dedup();
    let longest = words.iter().max_by(|a, b| a.len().cmp(&b.len()).then_with(|| b.cmp(a))).cloned().unwrap_or_default();

    let mut cents = 0u64;
    for line in text.lines() {
        if let Some((_, amount)) = line.split_once("paid ") {
            let amount = amount.trim_end_matches(" EUR");
            let (units, fraction) = amount.split_once('.').unwrap();
            cents += units.parse::<u64>().unwrap() * 100 + fraction.parse::<u64>().unwrap();
        }
    }
    let shouted = text.replace(" met ", " MEETS ").to_uppercase();
    let meetings = shouted.matches("MEETS").count();
    (total_words, words.len(), longest, cents, meetings)
}

fn report(lines: &[&str]) -> String {
    let mut sorted: Vec<&str> = lines.to_vec();
    sorted.sort_by_key(|line| line.rsplit(' ').nth(1).map(|amount| amount.len()).unwrap_or(0));
    sorted.sort_by(|a, b| a[7..].cmp(&b[7..]));
    let mut out = String::new();
    for line in sorted.iter().step_by(500) {
        let reversed: String = line.chars().rev().filter(|c| c.is_alphabetic()).collect();
        writeln!(out, "{:>40} | {}", reversed, line.len()).unwrap();
    }
    out
}

fn main() {
    let mut digest = 0u64;
    for round in 0..ROUNDS {
        let text = make_text(round);
        let (total, distinct, longest, cents, meetings) = analyze(&text);
        let lines: Vec<&str> = text.lines().collect();
        let report = report(&lines);
        digest = report.bytes().fold(digest, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x100000001b3));
        println!("round {round}: {total} words, {distinct} distinct, longest {longest:?}, {}.{:02} EUR, {meetings} meetings", cents / 100, cents % 100);
        if round == 0 {
            print!("{report}");
        }
    }
    println!("digest {digest:016x}");
}
