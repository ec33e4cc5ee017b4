//! Arrays: indexing, iteration, nested 2D/3D arrays, [T; N] copies by value, map, array equality, large arrays.
use std::hint::black_box;

fn transpose<const N: usize>(m: [[i32; N]; N]) -> [[i32; N]; N] {
    let mut t = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn modify_copy(mut a: [u8; 4]) -> [u8; 4] {
    a[0] = 99;
    a
}

fn sum_generic<const N: usize>(a: &[u64; N]) -> u64 {
    a.iter().sum()
}

fn main() {
    let mut a = black_box([5i32, 3, 8, 1, 9, 2]);
    let i = black_box(4usize);
    a[i] += 100;
    a[0] = a[a.len() - 1];
    println!("{:?} first={} last={} len={}", a, a[0], a[5], a.len());
    let orig = black_box([1u8, 2, 3, 4]);
    let changed = modify_copy(orig);
    println!("copy semantics: orig={:?} changed={:?}", orig, changed);
    let mut copy = orig;
    copy[3] = 40;
    println!("after copy mutate: orig={:?} copy={:?} eq={}", orig, copy, orig == copy);
    let m = black_box([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    let t = transpose(m);
    println!("transpose {:?}", t);
    let mut grid = [[0u16; 5]; 4];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 10 + c) as u16 * black_box(1);
        }
    }
    println!("grid {:?}", grid);
    let diag: Vec<u16> = (0..4).map(|k| grid[k][k]).collect();
    println!("diag {:?} row2 {:?} col3 {:?}", diag, grid[2], grid.iter().map(|r| r[3]).collect::<Vec<_>>());
    let mut cube = [[[0i8; 3]; 3]; 3];
    for x in 0..3 {
        for y in 0..3 {
            for z in 0..3 {
                cube[x][y][z] = (x as i8 - y as i8) * black_box(z as i8 + 1);
            }
        }
    }
    println!("cube {:?}", cube);
    // array methods
    let sq = black_box([1, 2, 3, 4]).map(|x: i32| x * x);
    println!("map {:?} contains 9: {} rev {:?}", sq, sq.contains(&9), { let mut r = sq; r.reverse(); r });
    let strs = ["a", "bb", "ccc"].map(String::from);
    println!("strings {:?} concat {}", strs, strs.concat());
    let big = black_box([7u64; 300]);
    println!("big sum {} generic {}", big.iter().sum::<u64>(), sum_generic(&big));
    let zipped: [(u8, char); 3] = {
        let n = black_box([1u8, 2, 3]);
        let c = ['x', 'y', 'z'];
        [(n[0], c[0]), (n[1], c[1]), (n[2], c[2])]
    };
    println!("zipped {:?}", zipped);
    // arrays of arrays copy
    let rows = [black_box([1.5f64, 2.5]); 3];
    let mut rows2 = rows;
    rows2[1][0] = -1.0;
    println!("rows {:?} rows2 {:?}", rows, rows2);
    // iterate by value and by ref
    let words = black_box(["alpha", "beta", "gamma"]);
    for (i, w) in words.into_iter().enumerate() {
        print!("{}:{} ", i, w);
    }
    println!();
    let lens: [usize; 3] = std::array::from_fn(|i| words[i].len() * black_box(10));
    println!("from_fn {:?}", lens);
    // try_into from slice
    let v = black_box(vec![9u8, 8, 7, 6, 5]);
    let head: [u8; 3] = v[..3].try_into().unwrap();
    let bad: Result<[u8; 2], _> = v[..3].try_into();
    println!("head {:?} bad is_err {}", head, bad.is_err());
    // zero-length arrays and arrays of unit
    let empty: [i32; 0] = [];
    let units = [(); 5];
    println!("empty {:?} units {:?} len {}", empty, units, units.len());
    // equality/ordering of arrays
    println!("cmp {} {} {:?}", black_box([1, 2, 3]) == [1, 2, 3], [1, 2, 4] > [1, 2, 3], [0u8; 3].cmp(&[0, 0, 1]));
    // as_slice / windows on arrays
    let arr = black_box([2, 4, 8, 16, 32]);
    let ratios: Vec<i32> = arr.windows(2).map(|w| w[1] / w[0]).collect();
    println!("ratios {:?} split {:?}", ratios, arr.split_at(2));
}
