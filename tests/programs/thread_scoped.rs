//! Scoped threads borrowing local data (shared and mutable chunks), returning values from scoped handles, nested scopes.
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

fn main() {
    let data: Vec<u32> = (0..1000).map(|x| black_box(x) * 3 % 17).collect();
    let total = AtomicU64::new(0);
    let mut partials = vec![0u64; 4];
    thread::scope(|s| {
        for (i, (chunk, out)) in data.chunks(250).zip(partials.iter_mut()).enumerate() {
            let total = &total;
            s.spawn(move || {
                let sum: u64 = chunk.iter().map(|&x| x as u64).sum();
                *out = sum + i as u64 * 1_000_000;
                total.fetch_add(sum, Ordering::Relaxed);
            });
        }
    });
    println!("partials {:?}", partials);
    println!("total {} check {}", total.load(Ordering::Relaxed), data.iter().map(|&x| x as u64).sum::<u64>());
    // mutate disjoint chunks in place
    let mut grid = vec![0i32; 40];
    thread::scope(|s| {
        for (row, chunk) in grid.chunks_mut(10).enumerate() {
            s.spawn(move || {
                for (c, cell) in chunk.iter_mut().enumerate() {
                    *cell = (row as i32 + 1) * (c as i32 - 4);
                }
            });
        }
    });
    for row in grid.chunks(10) {
        println!("{:?}", row);
    }
    // returning values from scoped handles, borrowing a String
    let text = String::from(black_box("the rain in spain falls mainly on the plain"));
    let (vowels, words, longest) = thread::scope(|s| {
        let h1 = s.spawn(|| text.chars().filter(|c| "aeiou".contains(*c)).count());
        let h2 = s.spawn(|| text.split_whitespace().count());
        let h3 = s.spawn(|| text.split_whitespace().max_by_key(|w| (w.len(), *w)).unwrap().to_string());
        (h1.join().unwrap(), h2.join().unwrap(), h3.join().unwrap())
    });
    println!("vowels {} words {} longest {}", vowels, words, longest);
    // nested scopes with a parallel merge sort
    fn par_sort(v: &mut [i64], depth: u32) {
        if v.len() <= 16 || depth == 0 {
            v.sort();
            return;
        }
        let mid = v.len() / 2;
        {
            let (a, b) = v.split_at_mut(mid);
            thread::scope(|s| {
                s.spawn(|| par_sort(a, depth - 1));
                par_sort(b, depth - 1);
            });
        }
        let mut merged = Vec::with_capacity(v.len());
        let (a, b) = v.split_at(mid);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            if a[i] <= b[j] {
                merged.push(a[i]);
                i += 1;
            } else {
                merged.push(b[j]);
                j += 1;
            }
        }
        merged.extend_from_slice(&a[i..]);
        merged.extend_from_slice(&b[j..]);
        v.copy_from_slice(&merged);
    }
    let mut nums: Vec<i64> = (0..500i64).map(|i| black_box((i * 7919) % 503 - 250)).collect();
    par_sort(&mut nums, 3);
    println!("sorted ok {} first {:?} last {:?}", nums.windows(2).all(|w| w[0] <= w[1]), &nums[..5], &nums[495..]);
    // scoped thread reading while main waits
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| {
            for _ in 0..100 {
                counter += 1;
            }
        });
    });
    println!("counter after scope {}", counter);
}
