//! Iterator adaptor chains: map/filter/fold/zip/enumerate/rev/skip/take/flat_map/chain/peekable/step_by/scan/take_while/sum/product.
use std::hint::black_box;

fn main() {
    let v: Vec<i32> = (1..=20).map(|x| black_box(x)).collect();
    let s: i32 = v.iter().filter(|&&x| x % 3 == 0).map(|x| x * x).sum();
    println!("sum sq of multiples of 3: {}", s);
    let prod: u64 = (1..=15u64).map(black_box).product();
    println!("15! = {}", prod);
    let folded = v.iter().fold(String::new(), |mut acc, x| {
        if !acc.is_empty() {
            acc.push('|');
        }
        acc += &x.to_string();
        acc
    });
    println!("fold: {}", folded);
    let zipped: Vec<(i32, char)> = v.iter().copied().zip("abcde".chars()).collect();
    println!("zip: {:?}", zipped);
    let en: Vec<(usize, &i32)> = v.iter().enumerate().filter(|(i, _)| i % 5 == 0).collect();
    println!("enumerate: {:?}", en);
    println!("rev skip take: {:?}", v.iter().rev().skip(3).take(4).collect::<Vec<_>>());
    println!("step_by: {:?}", (0..black_box(50)).step_by(7).collect::<Vec<_>>());
    println!("flat_map: {:?}", (1..4).flat_map(|x| (0..x).map(move |y| x * 10 + y)).collect::<Vec<_>>());
    println!("chain: {:?}", (1..3).chain(7..9).chain(std::iter::once(100)).collect::<Vec<_>>());
    println!("flatten: {:?}", vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect::<Vec<_>>());
    // peekable grouping of runs
    let data = black_box([1, 1, 2, 2, 2, 3, 1, 1, 4]);
    let mut it = data.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&&x) {
            it.next();
            n += 1;
        }
        runs.push((x, n));
    }
    println!("runs: {:?}", runs);
    let mut pk = (1..5).peekable();
    let mut out = vec![];
    while let Some(x) = pk.next_if(|&x| x < 3) {
        out.push(x);
    }
    println!("next_if: {:?} then peek {:?}", out, pk.peek());
    println!("scan running sum: {:?}", v.iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).take(8).collect::<Vec<_>>());
    println!("take_while/skip_while: {:?} {:?}", v.iter().take_while(|&&x| x < 5).collect::<Vec<_>>(), v.iter().skip_while(|&&x| x < 17).collect::<Vec<_>>());
    println!("map_while: {:?}", ["1", "2", "x", "4"].iter().map_while(|s| s.parse::<i32>().ok()).collect::<Vec<_>>());
    println!("any/all/find/position: {} {} {:?} {:?}", v.iter().any(|&x| x > 19), v.iter().all(|&x| x > 0), v.iter().find(|&&x| x * x > 50), v.iter().position(|&x| x == 13));
    println!("min/max by: {:?} {:?}", v.iter().min_by_key(|&&x| (x - 7).abs()), v.iter().max_by(|a, b| (*a % 7).cmp(&(*b % 7))));
    println!("count/last/nth: {} {:?} {:?}", v.iter().filter(|x| **x % 2 == 1).count(), v.iter().last(), v.iter().nth(3));
    let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("partition: {:?} {:?}", even, odd);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'x'), (2, 'y')].into_iter().unzip();
    println!("unzip: {:?} {:?}", a, b);
    println!("cycle: {:?}", [1, 2, 3].iter().cycle().take(7).collect::<Vec<_>>());
    println!("successors: {:?}", std::iter::successors(Some(1u32), |&x| if x < 200 { Some(x * 3) } else { None }).collect::<Vec<_>>());
    println!("from_fn: {:?}", { let mut n = 0; std::iter::from_fn(move || { n += 1; if n <= 4 { Some(n * n) } else { None } }).collect::<Vec<_>>() });
    println!("windows via zip: {:?}", v.iter().zip(v.iter().skip(1)).map(|(a, b)| b - a).take(3).collect::<Vec<_>>());
    println!("inspect: {}", (1..4).inspect(|x| print!("<{}>", x)).sum::<i32>());
    println!("float sum/product: {} {}", [0.5f64, 0.25, 0.125].iter().sum::<f64>(), [1.5f32, 2.0, -1.0].iter().product::<f32>());
    println!("rposition/rfind: {:?} {:?}", v.iter().rposition(|&x| x % 6 == 0), v.iter().rfind(|&&x| x % 4 == 1));
    println!("try_fold: {:?}", v.iter().try_fold(0i8, |acc, &x| acc.checked_add(x as i8)));
    println!("reduce: {:?}", v.iter().copied().reduce(|a, b| a.max(b) - 1));
    println!("cmp iters: {:?} eq {}", (1..4).cmp([1, 2, 4].iter().copied()), (0..3).eq([0, 1, 2]));
    println!("dedup via fold: {:?}", data.iter().fold(Vec::new(), |mut acc: Vec<i32>, &x| { if acc.last() != Some(&x) { acc.push(x); } acc }));
    println!("sum of empty: {} product of empty: {}", std::iter::empty::<i32>().sum::<i32>(), std::iter::empty::<u8>().product::<u8>());
    println!("rev chars enumerate: {:?}", "abc".chars().rev().enumerate().collect::<Vec<_>>());
    println!("double-ended: {:?}", { let mut it = 1..=6; (it.next(), it.next_back(), it.next(), it.next_back(), it.collect::<Vec<_>>()) });
}
