//! std::thread::spawn + join: return values, moving data in, panics avoided, thread names, Builder with stack size, parallel chunked sum.
use std::hint::black_box;
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let data: Vec<u64> = (1..=10_000).map(black_box).collect();
    let chunk = data.len() / 4;
    let mut handles = Vec::new();
    for i in 0..4 {
        let part: Vec<u64> = data[i * chunk..(i + 1) * chunk].to_vec();
        handles.push(thread::spawn(move || {
            let s: u64 = part.iter().sum();
            let primes = part.iter().filter(|&&x| is_prime(x)).count();
            (i, s, primes)
        }));
    }
    let results: Vec<(usize, u64, usize)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for (i, s, p) in &results {
        println!("chunk {} sum {} primes {}", i, s, p);
    }
    let total: u64 = results.iter().map(|r| r.1).sum();
    let total_primes: usize = results.iter().map(|r| r.2).sum();
    println!("total {} (expected {}) primes {}", total, 10_000u64 * 10_001 / 2, total_primes);
    // named threads via Builder
    let hs: Vec<_> = (0..3)
        .map(|i| {
            thread::Builder::new()
                .name(format!("worker-{}", i))
                .stack_size(256 * 1024)
                .spawn(move || {
                    let name = thread::current().name().map(|s| s.to_string());
                    (name, i * i)
                })
                .unwrap()
        })
        .collect();
    for h in hs {
        let (name, v) = h.join().unwrap();
        println!("{:?} -> {}", name, v);
    }
    // threads returning owned strings and vectors
    let words = vec!["alpha", "beta", "gamma", "delta"];
    let hs: Vec<thread::JoinHandle<String>> = words.into_iter().map(|w| thread::spawn(move || w.chars().rev().collect())).collect();
    let rev: Vec<String> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("reversed {:?}", rev);
    // nested spawning
    let outer = thread::spawn(|| {
        let inner: Vec<_> = (0..3u32).map(|k| thread::spawn(move || 10u32.pow(k))).collect();
        inner.into_iter().map(|h| h.join().unwrap()).sum::<u32>()
    });
    println!("nested sum {}", outer.join().unwrap());
    // is_finished after join-less wait via join
    let h = thread::spawn(|| black_box(6) * 7);
    let v = h.join().unwrap();
    println!("answer {}", v);
    println!("main thread name {:?}", thread::current().name());
    println!("available_parallelism is_ok {}", thread::available_parallelism().is_ok());
}
