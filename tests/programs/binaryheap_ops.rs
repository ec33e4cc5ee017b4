//! BinaryHeap: max-heap, Reverse for min-heap, peek/pop order, into_sorted_vec, custom Ord, Dijkstra shortest paths, top-k.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::hint::black_box;

#[derive(Debug, PartialEq, Eq)]
struct Task {
    pri: u8,
    seq: u32,
    name: &'static str,
}
impl Ord for Task {
    fn cmp(&self, o: &Self) -> Ordering {
        self.pri.cmp(&o.pri).then_with(|| o.seq.cmp(&self.seq))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

fn dijkstra(adj: &[Vec<(usize, u32)>], src: usize) -> Vec<Option<u32>> {
    let mut dist = vec![None; adj.len()];
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u32, src)));
    while let Some(Reverse((d, u))) = heap.pop() {
        if dist[u].is_some() {
            continue;
        }
        dist[u] = Some(d);
        for &(v, w) in &adj[u] {
            if dist[v].is_none() {
                heap.push(Reverse((d + w, v)));
            }
        }
    }
    dist
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in black_box([5, 1, 8, 3, 9, 2, 8, 7]) {
        h.push(x);
    }
    println!("len {} peek {:?}", h.len(), h.peek());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("pop order {:?}", out);
    let mut minh: BinaryHeap<Reverse<i64>> = black_box(vec![4i64, -2, 9, 0, -7]).into_iter().map(Reverse).collect();
    minh.push(Reverse(-100));
    print!("min order:");
    while let Some(Reverse(x)) = minh.pop() {
        print!(" {}", x);
    }
    println!();
    let fh: BinaryHeap<u16> = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("into_sorted_vec {:?}", fh.clone().into_sorted_vec());
    println!("into_vec len {} max {:?}", fh.clone().into_vec().len(), fh.peek());
    let mut tasks = BinaryHeap::new();
    let specs = black_box([(2, "write"), (5, "deploy"), (2, "review"), (9, "hotfix"), (5, "test"), (1, "lunch")]);
    for (i, (p, n)) in specs.iter().enumerate() {
        tasks.push(Task { pri: *p, seq: i as u32, name: n });
    }
    while let Some(t) = tasks.pop() {
        println!("task pri={} seq={} {}", t.pri, t.seq, t.name);
    }
    // top-k smallest via bounded max-heap
    let data: Vec<u32> = (0..100u32).map(|i| black_box(i).wrapping_mul(2654435761) % 1000).collect();
    let k = 5;
    let mut top: BinaryHeap<u32> = BinaryHeap::new();
    for &x in &data {
        top.push(x);
        if top.len() > k {
            top.pop();
        }
    }
    println!("5 smallest {:?}", top.into_sorted_vec());
    // dijkstra
    let mut adj: Vec<Vec<(usize, u32)>> = vec![Vec::new(); 7];
    let edges = black_box([(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)]);
    for (a, b, w) in edges {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    println!("dijkstra {:?}", dijkstra(&adj, 0));
    // heap of tuples with floats via ordered integer keys
    let mut fheap: BinaryHeap<(i64, &str)> = BinaryHeap::new();
    for (f, n) in black_box([(2.5f64, "b"), (-1.0, "a"), (7.25, "c")]) {
        fheap.push(((f * 1000.0) as i64, n));
    }
    println!("float-keyed max {:?}", fheap.peek());
    let mut merged = BinaryHeap::from(vec![1, 10]);
    let mut other = BinaryHeap::from(vec![5, 20]);
    merged.append(&mut other);
    println!("append -> {:?} other empty {}", merged.into_sorted_vec(), other.is_empty());
}
