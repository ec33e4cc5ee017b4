//! egret's build benchmark app: generates a seeded batch of log records with `rand`, writes them
//! as JSON with `serde_json` and parses them back, picks fields out of the messages with
//! `regex`, and prints a summary. Its options come from `clap`. The work is real but small: the
//! benchmark is about building it; running it checks that both builds agree.

use std::collections::BTreeMap;

use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use regex::Regex;
use serde::{Deserialize, Serialize};

/// The one line the benchmark edits to time an incremental rebuild.
const EDIT_MARKER: u32 = 0;

#[derive(Parser, Debug)]
#[command(name = "egret-bench-app", about = "Summarizes a seeded batch of generated log records")]
struct Options {
    /// How many records to generate.
    #[arg(long, default_value_t = 20_000)]
    records: usize,
    /// The seed of the generator.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// How many of the busiest users to list.
    #[arg(long, default_value_t = 5)]
    top: usize,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Record {
    id: u64,
    level: Level,
    user: String,
    latency_ms: f64,
    message: String,
    tags: Vec<String>,
}

const USERS: &[&str] = &["ada", "brian", "grace", "ken", "linus", "margaret", "dennis", "barbara"];
const ACTIONS: &[&str] = &["GET", "PUT", "POST", "DELETE"];
const TAGS: &[&str] = &["cache", "db", "net", "auth", "disk"];

fn generate(options: &Options) -> Vec<Record> {
    let mut rng = StdRng::seed_from_u64(options.seed);
    (0..options.records as u64)
        .map(|id| {
            let level = match rng.random_range(0..100) {
                0..50 => Level::Debug,
                50..85 => Level::Info,
                85..97 => Level::Warn,
                _ => Level::Error,
            };
            let user = USERS[rng.random_range(0..USERS.len())].to_string();
            let action = ACTIONS[rng.random_range(0..ACTIONS.len())];
            let path: Vec<String> = (0..rng.random_range(1..4)).map(|_| format!("r{}", rng.random_range(0..50))).collect();
            let status = [200, 200, 200, 201, 404, 500][rng.random_range(0..6)];
            let message = format!("{action} /{} -> {status} in {}us", path.join("/"), rng.random_range(10..90_000));
            let tags = TAGS.iter().filter(|_| rng.random_bool(0.3)).map(|t| t.to_string()).collect();
            Record { id, level, user, latency_ms: rng.random_range(0.1..250.0), message, tags }
        })
        .collect()
}

fn main() {
    let options = Options::parse();
    let records = generate(&options);
    let json = serde_json::to_string(&records).expect("records serialize");
    let parsed: Vec<Record> = serde_json::from_str(&json).expect("records parse back");
    // Not assert_eq!: printing twenty thousand records helps nobody.
    assert!(parsed == records, "the JSON round trip changed the records");

    let line = Regex::new(r"^(?P<action>[A-Z]+) (?P<path>/\S*) -> (?P<status>\d{3}) in (?P<micros>\d+)us$").expect("valid regex");
    let mut by_status: BTreeMap<u32, usize> = BTreeMap::new();
    let mut by_action: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    let mut by_user: BTreeMap<&str, usize> = BTreeMap::new();
    let mut deepest = "";
    for record in &parsed {
        let captures = line.captures(&record.message).expect("every message matches");
        *by_status.entry(captures["status"].parse().unwrap()).or_default() += 1;
        let action = by_action.entry(captures["action"].to_string()).or_default();
        action.0 += 1;
        action.1 += captures["micros"].parse::<u64>().unwrap();
        if record.level == Level::Error || record.level == Level::Warn {
            *by_user.entry(&record.user).or_default() += 1;
        }
        let path = captures.name("path").unwrap().as_str();
        if path.len() > deepest.len() {
            deepest = path;
        }
    }

    println!("{} records, {} bytes of JSON, edit {EDIT_MARKER}", parsed.len(), json.len());
    for (status, count) in &by_status {
        println!("  status {status}: {count}");
    }
    for (action, (count, micros)) in &by_action {
        println!("  {action:<6} {count:>6} requests, mean {:.1}us", *micros as f64 / *count as f64);
    }
    let mut users: Vec<(&str, usize)> = by_user.into_iter().collect();
    users.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (user, count) in users.iter().take(options.top) {
        println!("  {user:<10} {count} warnings and errors");
    }
    let mean_latency = parsed.iter().map(|r| r.latency_ms).sum::<f64>() / parsed.len() as f64;
    let tagged = Regex::new(r"\b(db|disk)\b").unwrap();
    let storage = parsed.iter().filter(|r| r.tags.iter().any(|t| tagged.is_match(t))).count();
    println!("mean latency {mean_latency:.3} ms, {storage} storage-tagged, deepest path {deepest}");
}
