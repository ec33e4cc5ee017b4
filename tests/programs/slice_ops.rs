//! Slices: windows, chunks, split, binary_search, sort, sort_by_key, reverse, rotate, contains, iter adaptors.
use std::hint::black_box;

fn main() {
    let data: Vec<i32> = black_box(vec![9, -2, 7, 7, 0, 15, -8, 3, 3, 3, 12]);
    let s = &data[..];
    println!("len={} first={:?} last={:?} get(20)={:?}", s.len(), s.first(), s.last(), s.get(20));
    println!("windows(3) sums: {:?}", s.windows(3).map(|w| w.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("chunks(4): {:?}", s.chunks(4).collect::<Vec<_>>());
    println!("chunks_exact(3): {:?} rem {:?}", s.chunks_exact(3).collect::<Vec<_>>(), s.chunks_exact(3).remainder());
    println!("rchunks(4): {:?}", s.rchunks(4).collect::<Vec<_>>());
    println!("split on negative: {:?}", s.split(|x| *x < 0).collect::<Vec<_>>());
    println!("splitn: {:?}", s.splitn(2, |x| *x == 7).collect::<Vec<_>>());
    println!("split_at(4): {:?}", s.split_at(4));
    println!("contains 15: {} starts_with [9,-2]: {} ends_with [12]: {}", s.contains(&15), s.starts_with(&[9, -2]), s.ends_with(&[12]));
    println!("iter position 0: {:?} rposition 3: {:?}", s.iter().position(|&x| x == 0), s.iter().rposition(|&x| x == 3));
    let mut sorted = data.clone();
    sorted.sort();
    println!("sorted: {:?}", sorted);
    for target in black_box([7, 4, -100, 100, 3]) {
        println!("binary_search({}) = {:?}", target, sorted.binary_search(&target).map_err(|e| e).map(|i| sorted[i]));
    }
    println!("partition_point(<5) = {}", sorted.partition_point(|&x| x < 5));
    let mut desc = data.clone();
    desc.sort_by(|a, b| b.cmp(a));
    println!("desc: {:?}", desc);
    let mut by_abs = data.clone();
    by_abs.sort_by_key(|x| x.abs());
    println!("by abs (stable): {:?}", by_abs);
    let mut words = black_box(vec!["pear", "fig", "banana", "kiwi", "apple", "date"]);
    words.sort_by_key(|w| (w.len(), *w));
    println!("words by len: {:?}", words);
    words.sort_unstable();
    println!("words sorted: {:?}", words);
    let mut r = black_box([1, 2, 3, 4, 5, 6, 7]);
    r.reverse();
    println!("reversed: {:?}", r);
    r.rotate_left(2);
    println!("rotate_left(2): {:?}", r);
    r.rotate_right(3);
    println!("rotate_right(3): {:?}", r);
    r.swap(0, 6);
    println!("swap(0,6): {:?}", r);
    let (left, right) = r.split_at_mut(3);
    left[0] += right[0];
    right.fill(0);
    println!("split_at_mut/fill: {:?}", r);
    let mut dst = [0i32; 4];
    dst.copy_from_slice(&data[2..6]);
    println!("copy_from_slice: {:?}", dst);
    let mut m = black_box([10, 20, 30, 40, 50]);
    m.copy_within(0..3, 2);
    println!("copy_within: {:?}", m);
    println!("concat: {:?} join: {:?}", [[1, 2], [3, 4]].concat(), [vec![1], vec![2, 3]].join(&0));
    println!("iter max/min: {:?} {:?} max_by_key: {:?}", s.iter().max(), s.iter().min(), s.iter().max_by_key(|x| (**x % 5, **x)));
    let mut dd = black_box(vec![1, 1, 2, 3, 3, 3, 1, 4, 4]);
    dd.dedup();
    println!("dedup: {:?}", dd);
    println!("select_nth: {:?}", { let mut t = data.clone(); let (_, m, _) = t.select_nth_unstable(5); *m });
    println!("is_sorted: {} {}", sorted.is_sorted(), data.is_sorted());
    let empty: &[u8] = &[];
    println!("empty: {:?} {:?} {:?}", empty.first(), empty.iter().max(), empty.windows(2).count());
    println!("repeat: {:?}", [1u8, 2].repeat(3));
    // slice of slices
    let table: &[&[i32]] = &[&[1], &[2, 3], &[], &[4, 5, 6]];
    println!("ragged lens {:?} flat {:?}", table.iter().map(|r| r.len()).collect::<Vec<_>>(), table.concat());
    // byte slices
    let bytes = black_box(b"hello world");
    println!("bytes: {:?} upper {:?}", &bytes[..5], bytes.to_ascii_uppercase());
    println!("eq_ignore_ascii_case: {}", bytes.eq_ignore_ascii_case(b"HELLO WORLD"));
}
