//! FnMut closures: mutating captured state, passing &mut closures, counters, accumulators, sorting with comparator call counts.
use std::hint::black_box;

fn call_n<F: FnMut() -> i32>(mut f: F, n: usize) -> Vec<i32> {
    (0..n).map(|_| f()).collect()
}

fn for_each_pair<F>(xs: &[i32], mut f: F)
where
    F: FnMut(i32, i32),
{
    for w in xs.windows(2) {
        f(w[0], w[1]);
    }
}

fn drive(f: &mut dyn FnMut(u8) -> bool) -> usize {
    let mut n = 0;
    for b in 0..=255u8 {
        if f(b) {
            n += 1;
        }
    }
    n
}

fn make_accumulator(start: i64) -> impl FnMut(i64) -> i64 {
    let mut total = start;
    move |x| {
        total += x;
        total
    }
}

fn main() {
    let mut count = black_box(0);
    let mut inc = || {
        count += 3;
        count
    };
    println!("inc: {} {} {}", inc(), inc(), inc());
    println!("count after = {}", count);
    let mut a = 0;
    let mut b = 1;
    let fib = call_n(
        || {
            let r = a;
            let t = a + b;
            a = b;
            b = t;
            r
        },
        black_box(12),
    );
    println!("fib via FnMut: {:?} (a={} b={})", fib, a, b);
    let mut diffs = Vec::new();
    let mut max_jump = 0;
    for_each_pair(&black_box([3, 8, 2, 9, 9, 15]), |x, y| {
        diffs.push(y - x);
        max_jump = max_jump.max((y - x).abs());
    });
    println!("diffs {:?} max_jump {}", diffs, max_jump);
    let mut seen_odd = 0u32;
    let mut hist = [0u32; 4];
    let n = drive(&mut |b: u8| {
        hist[(b >> 6) as usize] += 1;
        if b % 2 == 1 {
            seen_odd += 1;
        }
        b.count_ones() == 4
    });
    println!("drive: {} bytes with 4 ones, odd={}, hist={:?}", n, seen_odd, hist);
    let mut acc = make_accumulator(black_box(100));
    println!("accumulator: {} {} {}", acc(5), acc(-20), acc(1000));
    let mut acc2 = make_accumulator(0);
    println!("independent: {} {}", acc2(1), acc(0));
    // sorting with a counting comparator
    let mut comparisons = 0;
    let mut data = black_box(vec![9, 4, 7, 1, 8, 2, 6, 3, 5, 0]);
    data.sort_by(|x, y| {
        comparisons += 1;
        x.cmp(y)
    });
    println!("sorted {:?} comparisons>0: {}", data, comparisons > 0);
    // retain with mutable state
    let mut kept = 0;
    let mut v: Vec<i32> = (1..=20).collect();
    v.retain(|&x| {
        let keep = x % 3 != 0 && kept < 8;
        if keep {
            kept += 1;
        }
        keep
    });
    println!("retain stateful: {:?}", v);
    // iter_mut + for_each modifying captured string
    let mut log = String::new();
    let mut vals = black_box([1, 2, 3]);
    vals.iter_mut().for_each(|x| {
        *x *= 10;
        log.push_str(&format!("{};", x));
    });
    println!("vals {:?} log {}", vals, log);
    // boxed FnMut stored and called repeatedly
    let mut state = black_box(1u64);
    let mut step: Box<dyn FnMut() -> u64> = Box::new(move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    });
    let seq: Vec<u64> = (0..5).map(|_| step()).collect();
    println!("lcg: {:?}", seq);
    // FnMut passed by &mut to recursive fn
    fn visit(n: u32, f: &mut impl FnMut(u32)) {
        if n == 0 {
            return;
        }
        f(n);
        visit(n / 2, f);
        visit(n / 3, f);
    }
    let mut visited = Vec::new();
    visit(black_box(20), &mut |n| visited.push(n));
    println!("visited {:?}", visited);
}
