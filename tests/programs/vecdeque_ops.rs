//! VecDeque: push/pop at both ends, wrap-around growth, rotate, make_contiguous, indexing, iteration, as a BFS queue and sliding window.
use std::collections::VecDeque;
use std::hint::black_box;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    for i in 0..black_box(5) {
        if i % 2 == 0 {
            d.push_back(i);
        } else {
            d.push_front(-i);
        }
    }
    println!("{:?} front={:?} back={:?} len={}", d, d.front(), d.back(), d.len());
    println!("pop_front={:?} pop_back={:?} -> {:?}", d.pop_front(), d.pop_back(), d);
    // force wrap-around: pop from front, push at back repeatedly
    let mut ring: VecDeque<u32> = VecDeque::new();
    for i in 0..8 {
        ring.push_back(i);
    }
    for i in 8..30 {
        ring.pop_front();
        ring.push_back(black_box(i));
    }
    println!("ring {:?} [0]={} [7]={}", ring, ring[0], ring[7]);
    let (a, b) = ring.as_slices();
    println!("slices total {}", a.len() + b.len());
    ring.rotate_left(3);
    println!("rotate_left {:?}", ring);
    ring.rotate_right(5);
    println!("rotate_right {:?}", ring);
    let contiguous = ring.make_contiguous();
    contiguous.sort_by(|x, y| y.cmp(x));
    println!("sorted contiguous {:?}", ring);
    ring.retain(|&x| x % 3 != 0);
    println!("retain {:?}", ring);
    ring.insert(2, 1000);
    println!("insert {:?} remove(0)={:?}", ring, ring.clone().remove(0));
    ring.truncate(4);
    println!("truncate {:?} contains 1000: {}", ring, ring.contains(&1000));
    let drained: Vec<u32> = ring.drain(1..3).collect();
    println!("drained {:?} left {:?}", drained, ring);
    ring.extend([7, 8, 9]);
    ring.swap(0, 3);
    println!("extend+swap {:?} iter rev {:?}", ring, ring.iter().rev().collect::<Vec<_>>());
    for x in ring.iter_mut() {
        *x *= 2;
    }
    println!("doubled {:?}", ring);
    // BFS on a grid using VecDeque
    let grid = ["S..#....", ".#...##.", ".#.#....", "...#.#E.", "##...#.."];
    let h = grid.len();
    let w = grid[0].len();
    let cells: Vec<&[u8]> = grid.iter().map(|r| r.as_bytes()).collect();
    let mut dist = vec![vec![-1i32; w]; h];
    let mut q = VecDeque::new();
    q.push_back((0usize, 0usize));
    dist[0][0] = 0;
    let mut end = None;
    while let Some((r, c)) = q.pop_front() {
        if cells[r][c] == b'E' {
            end = Some((r, c, dist[r][c]));
            break;
        }
        let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 {
                continue;
            }
            let (nr, nc) = (nr as usize, nc as usize);
            if cells[nr][nc] != b'#' && dist[nr][nc] < 0 {
                dist[nr][nc] = dist[r][c] + 1;
                q.push_back((nr, nc));
            }
        }
    }
    println!("bfs end {:?}", end);
    // sliding window maximum with a monotonic deque
    let data = black_box([1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0]);
    let k = 3;
    let mut dq: VecDeque<usize> = VecDeque::new();
    let mut maxes = Vec::new();
    for i in 0..data.len() {
        while dq.front().is_some_and(|&j| j + k <= i) {
            dq.pop_front();
        }
        while dq.back().is_some_and(|&j| data[j] <= data[i]) {
            dq.pop_back();
        }
        dq.push_back(i);
        if i + 1 >= k {
            maxes.push(data[*dq.front().unwrap()]);
        }
    }
    println!("window max {:?}", maxes);
    let from_vec: VecDeque<_> = VecDeque::from(vec!['a', 'b', 'c']);
    let back_to_vec: Vec<char> = from_vec.into_iter().rev().collect();
    println!("roundtrip {:?}", back_to_vec);
    let mut strs: VecDeque<String> = VecDeque::new();
    strs.push_front("mid".into());
    strs.push_front("first".into());
    strs.push_back("last".into());
    println!("{}", strs.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" -> "));
}
