//! Hand-written sorting algorithms (quicksort, merge sort, heapsort, insertion, radix, counting) on ints, floats and strings, checked against slice::sort.
use std::hint::black_box;

fn insertion<T: PartialOrd + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

fn quicksort<T: PartialOrd + Copy>(v: &mut [T]) {
    if v.len() <= 8 {
        insertion(v);
        return;
    }
    let mid = v.len() / 2;
    let last = v.len() - 1;
    // median of three
    if v[mid] < v[0] {
        v.swap(mid, 0);
    }
    if v[last] < v[0] {
        v.swap(last, 0);
    }
    if v[last] < v[mid] {
        v.swap(last, mid);
    }
    let pivot = v[mid];
    let (mut i, mut j) = (0usize, last);
    loop {
        while v[i] < pivot {
            i += 1;
        }
        while v[j] > pivot {
            j -= 1;
        }
        if i >= j {
            break;
        }
        v.swap(i, j);
        i += 1;
        j -= 1;
    }
    let (l, r) = v.split_at_mut(j + 1);
    quicksort(l);
    quicksort(r);
}

fn merge_sort<T: PartialOrd + Clone>(v: &[T]) -> Vec<T> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let (a, b) = v.split_at(v.len() / 2);
    let (a, b) = (merge_sort(a), merge_sort(b));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] {
            out.push(b[j].clone());
            j += 1;
        } else {
            out.push(a[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn heapsort<T: PartialOrd>(v: &mut [T]) {
    fn sift<T: PartialOrd>(v: &mut [T], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                break;
            }
            if child + 1 < end && v[child] < v[child + 1] {
                child += 1;
            }
            if v[root] >= v[child] {
                break;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

fn radix_u32(v: &mut Vec<u32>) {
    let mut buf = vec![0u32; v.len()];
    for shift in (0..32).step_by(8) {
        let mut counts = [0usize; 257];
        for &x in v.iter() {
            counts[((x >> shift) & 0xff) as usize + 1] += 1;
        }
        for i in 0..256 {
            counts[i + 1] += counts[i];
        }
        for &x in v.iter() {
            let b = ((x >> shift) & 0xff) as usize;
            buf[counts[b]] = x;
            counts[b] += 1;
        }
        std::mem::swap(v, &mut buf);
    }
}

fn counting_sort_i8(v: &[i8]) -> Vec<i8> {
    let mut counts = [0u32; 256];
    for &x in v {
        counts[(x as i16 + 128) as usize] += 1;
    }
    let mut out = Vec::with_capacity(v.len());
    for (i, &c) in counts.iter().enumerate() {
        for _ in 0..c {
            out.push((i as i16 - 128) as i8);
        }
    }
    out
}

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

fn main() {
    let mut seed = black_box(42u64);
    let ints: Vec<i32> = (0..2000).map(|_| (lcg(&mut seed) % 20001) as i32 - 10000).collect();
    let mut expect = ints.clone();
    expect.sort();
    let mut q = ints.clone();
    quicksort(&mut q);
    let m = merge_sort(&ints);
    let mut h = ints.clone();
    heapsort(&mut h);
    let mut ins = ints[..300].to_vec();
    insertion(&mut ins);
    let mut ins_expect = ints[..300].to_vec();
    ins_expect.sort();
    println!("quick ok {} merge ok {} heap ok {} insertion ok {}", q == expect, m == expect, h == expect, ins == ins_expect);
    println!("min {} max {} median {} sum {}", expect[0], expect[1999], expect[1000], expect.iter().map(|&x| x as i64).sum::<i64>());
    let mut us: Vec<u32> = (0..3000).map(|_| lcg(&mut seed) as u32 ^ ((lcg(&mut seed) as u32) << 16)).collect();
    let mut us_expect = us.clone();
    us_expect.sort_unstable();
    radix_u32(&mut us);
    println!("radix ok {} first {:?} last {:?}", us == us_expect, &us[..3], &us[2997..]);
    let bytes: Vec<i8> = (0..500).map(|_| lcg(&mut seed) as i8).collect();
    let cs = counting_sort_i8(&bytes);
    let mut bexp = bytes.clone();
    bexp.sort();
    println!("counting ok {} ends {} {}", cs == bexp, cs[0], cs[499]);
    let floats: Vec<f64> = (0..1000).map(|_| (lcg(&mut seed) as f64 / 1e6).sin() * 1e3).collect();
    let mut fq = floats.clone();
    quicksort(&mut fq);
    let mut fh = floats.clone();
    heapsort(&mut fh);
    let mut fe = floats.clone();
    fe.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("float quick ok {} heap ok {} range [{:.6}, {:.6}]", fq == fe, fh == fe, fe[0], fe[999]);
    let words: Vec<String> = (0..400).map(|_| {
        let n = 1 + lcg(&mut seed) % 6;
        (0..n).map(|_| (b'a' + (lcg(&mut seed) % 26) as u8) as char).collect()
    }).collect();
    let ms = merge_sort(&words);
    let mut hs = words.clone();
    heapsort(&mut hs);
    let mut we = words.clone();
    we.sort();
    println!("string merge ok {} heap ok {} first {:?} last {:?}", ms == we, hs == we, &we[..3], &we[397..]);
    // stability check of merge sort on pairs keyed by first element only
    #[derive(Clone, Debug)]
    struct K(u8, u16);
    impl PartialEq for K {
        fn eq(&self, o: &Self) -> bool {
            self.0 == o.0
        }
    }
    impl PartialOrd for K {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            self.0.partial_cmp(&o.0)
        }
    }
    let ks: Vec<K> = (0..50u16).map(|i| K((lcg(&mut seed) % 5) as u8, i)).collect();
    let sorted = merge_sort(&ks);
    let stable = sorted.windows(2).all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
    println!("merge stable {} keys {:?}", stable, sorted.iter().map(|k| k.0).collect::<Vec<_>>());
}
