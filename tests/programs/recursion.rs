//! Recursion: factorial, fibonacci with memo, ackermann, mutual recursion, tree recursion, permutations, deep recursion with accumulators.
use std::hint::black_box;

fn fact(n: u128) -> u128 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn fib_memo(n: usize, memo: &mut Vec<Option<u64>>) -> u64 {
    if n < 2 {
        return n as u64;
    }
    if let Some(v) = memo[n] {
        return v;
    }
    let r = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
    memo[n] = Some(r);
    r
}

fn fib_naive(n: u32) -> u32 {
    if n < 2 { n } else { fib_naive(n - 1) + fib_naive(n - 2) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1),
        (m, n) => ackermann(m - 1, ackermann(m, n - 1)),
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}
fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn permutations(items: &mut Vec<char>, k: usize, out: &mut Vec<String>) {
    if k == items.len() {
        out.push(items.iter().collect());
        return;
    }
    for i in k..items.len() {
        items.swap(k, i);
        permutations(items, k + 1, out);
        items.swap(k, i);
    }
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut Vec<(u32, char, char)>) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.push((n, from, to));
    hanoi(n - 1, via, to, from, moves);
}

fn sum_digits(n: u64) -> u64 {
    if n < 10 { n } else { n % 10 + sum_digits(n / 10) }
}

fn power_set(xs: &[i32]) -> Vec<Vec<i32>> {
    match xs.split_first() {
        None => vec![vec![]],
        Some((first, rest)) => {
            let sub = power_set(rest);
            let mut out = sub.clone();
            for mut s in sub {
                s.insert(0, *first);
                out.push(s);
            }
            out
        }
    }
}

fn depth_sum(n: u64, acc: u64) -> u64 {
    if n == 0 { acc } else { depth_sum(n - 1, acc.wrapping_add(n * n)) }
}

fn flood(grid: &mut Vec<Vec<u8>>, r: usize, c: usize) -> usize {
    if grid[r][c] != b'.' {
        return 0;
    }
    grid[r][c] = b'#';
    let mut n = 1;
    if r > 0 {
        n += flood(grid, r - 1, c);
    }
    if r + 1 < grid.len() {
        n += flood(grid, r + 1, c);
    }
    if c > 0 {
        n += flood(grid, r, c - 1);
    }
    if c + 1 < grid[r].len() {
        n += flood(grid, r, c + 1);
    }
    n
}

fn main() {
    println!("fact(30) = {}", fact(black_box(30)));
    println!("fact(34) = {}", fact(black_box(34)));
    let mut memo = vec![None; 94];
    println!("fib(93) = {}", fib_memo(black_box(93), &mut memo));
    println!("fib_naive(24) = {}", fib_naive(black_box(24)));
    println!("ackermann(2,3)={} (3,3)={}", ackermann(black_box(2), 3), ackermann(black_box(3), 3));
    println!("even/odd: {} {} {}", is_even(black_box(100)), is_odd(black_box(77)), is_even(black_box(999)));
    let mut items = vec!['a', 'b', 'c', 'd'];
    let mut perms = Vec::new();
    permutations(&mut items, 0, &mut perms);
    println!("{} perms: {}", perms.len(), perms.join(","));
    let mut moves = Vec::new();
    hanoi(black_box(4), 'A', 'C', 'B', &mut moves);
    println!("hanoi(4) {} moves, first 5: {:?}", moves.len(), &moves[..5]);
    println!("sum_digits: {}", sum_digits(black_box(9_876_543_210_999)));
    let ps = power_set(&black_box([1, 2, 3]));
    println!("power_set: {:?}", ps);
    println!("depth_sum(20000) = {}", depth_sum(black_box(20000), 0));
    let mut grid: Vec<Vec<u8>> = ["..#.....", ".##.###.", "....#...", "###.#.##", "....#..."].iter().map(|r| r.as_bytes().to_vec()).collect();
    let filled = flood(&mut grid, 0, 0);
    println!("flood filled {}", filled);
    for row in &grid {
        println!("{}", std::str::from_utf8(row).unwrap());
    }
}
