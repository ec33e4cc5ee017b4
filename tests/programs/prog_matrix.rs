//! Realistic numeric program with f64: matrix multiply, LU decomposition with partial pivoting, solve/inverse/determinant, power iteration, numerical integration.
use std::hint::black_box;
use std::ops::{Index, IndexMut, Mul};

#[derive(Clone, Debug, PartialEq)]
struct Matrix {
    n: usize,
    m: usize,
    d: Vec<f64>,
}

impl Matrix {
    fn zeros(n: usize, m: usize) -> Self {
        Matrix { n, m, d: vec![0.0; n * m] }
    }
    fn identity(n: usize) -> Self {
        let mut r = Self::zeros(n, n);
        for i in 0..n {
            r[(i, i)] = 1.0;
        }
        r
    }
    fn from_rows(rows: &[&[f64]]) -> Self {
        let n = rows.len();
        let m = rows[0].len();
        let mut r = Self::zeros(n, m);
        for i in 0..n {
            for j in 0..m {
                r[(i, j)] = rows[i][j];
            }
        }
        r
    }
    fn transpose(&self) -> Self {
        let mut r = Self::zeros(self.m, self.n);
        for i in 0..self.n {
            for j in 0..self.m {
                r[(j, i)] = self[(i, j)];
            }
        }
        r
    }
    fn print(&self, name: &str) {
        println!("{} ({}x{}):", name, self.n, self.m);
        for i in 0..self.n {
            let row: Vec<String> = (0..self.m).map(|j| format!("{:>10.4}", self[(i, j)])).collect();
            println!("  [{}]", row.join(" "));
        }
    }
    // returns (LU combined, permutation, sign)
    fn lu(&self) -> Option<(Matrix, Vec<usize>, f64)> {
        let n = self.n;
        let mut a = self.clone();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut sign = 1.0;
        for k in 0..n {
            let p = (k..n).max_by(|&i, &j| a[(i, k)].abs().total_cmp(&a[(j, k)].abs())).unwrap();
            if a[(p, k)].abs() < 1e-12 {
                return None;
            }
            if p != k {
                for j in 0..n {
                    let t = a[(k, j)];
                    a[(k, j)] = a[(p, j)];
                    a[(p, j)] = t;
                }
                perm.swap(k, p);
                sign = -sign;
            }
            for i in k + 1..n {
                a[(i, k)] /= a[(k, k)];
                for j in k + 1..n {
                    let f = a[(i, k)] * a[(k, j)];
                    a[(i, j)] -= f;
                }
            }
        }
        Some((a, perm, sign))
    }
    fn det(&self) -> f64 {
        match self.lu() {
            None => 0.0,
            Some((lu, _, s)) => (0..self.n).fold(s, |acc, i| acc * lu[(i, i)]),
        }
    }
    fn solve(&self, b: &[f64]) -> Option<Vec<f64>> {
        let (lu, perm, _) = self.lu()?;
        let n = self.n;
        let mut y = vec![0.0; n];
        for i in 0..n {
            let mut s = b[perm[i]];
            for j in 0..i {
                s -= lu[(i, j)] * y[j];
            }
            y[i] = s;
        }
        let mut x = vec![0.0; n];
        for i in (0..n).rev() {
            let mut s = y[i];
            for j in i + 1..n {
                s -= lu[(i, j)] * x[j];
            }
            x[i] = s / lu[(i, i)];
        }
        Some(x)
    }
    fn inverse(&self) -> Option<Matrix> {
        let mut inv = Matrix::zeros(self.n, self.n);
        for c in 0..self.n {
            let e: Vec<f64> = (0..self.n).map(|i| if i == c { 1.0 } else { 0.0 }).collect();
            let col = self.solve(&e)?;
            for r in 0..self.n {
                inv[(r, c)] = col[r];
            }
        }
        Some(inv)
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (i, j): (usize, usize)) -> &f64 {
        &self.d[i * self.m + j]
    }
}
impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (i, j): (usize, usize)) -> &mut f64 {
        &mut self.d[i * self.m + j]
    }
}
impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        assert_eq!(self.m, o.n);
        let mut r = Matrix::zeros(self.n, o.m);
        for i in 0..self.n {
            for k in 0..self.m {
                let a = self[(i, k)];
                for j in 0..o.m {
                    r[(i, j)] += a * o[(k, j)];
                }
            }
        }
        r
    }
}

fn simpson(f: impl Fn(f64) -> f64, a: f64, b: f64, n: usize) -> f64 {
    let h = (b - a) / n as f64;
    let mut s = f(a) + f(b);
    for i in 1..n {
        let x = a + i as f64 * h;
        s += if i % 2 == 1 { 4.0 } else { 2.0 } * f(x);
    }
    s * h / 3.0
}

fn main() {
    let a = Matrix::from_rows(&[&[4.0, -2.0, 1.0], &[-2.0, 4.0, -2.0], &[1.0, -2.0, 4.0]]);
    let b = Matrix::from_rows(&[&[1.0, 2.0], &[0.5, -1.0], &[3.0, 0.25]]);
    a.print("A");
    (&a * &b).print("A*B");
    (&b.transpose() * &b).print("Bt*B");
    println!("det(A) = {:.6}", a.det());
    let rhs = black_box([11.0, -16.0, 17.0]);
    let x = a.solve(&rhs).unwrap();
    println!("solve A x = {:?} -> x = [{}]", rhs, x.iter().map(|v| format!("{:.6}", v)).collect::<Vec<_>>().join(", "));
    let inv = a.inverse().unwrap();
    inv.print("inv(A)");
    let check = &a * &inv;
    let err: f64 = check.d.iter().zip(Matrix::identity(3).d.iter()).map(|(p, q)| (p - q).abs()).fold(0.0, f64::max);
    println!("max |A*inv(A) - I| < 1e-12: {}", err < 1e-12);
    let singular = Matrix::from_rows(&[&[1.0, 2.0], &[2.0, 4.0]]);
    println!("singular det = {} solve = {:?}", singular.det(), singular.solve(&[1.0, 2.0]));
    // Hilbert matrix determinant (ill-conditioned)
    let n = black_box(5);
    let mut h = Matrix::zeros(n, n);
    for i in 0..n {
        for j in 0..n {
            h[(i, j)] = 1.0 / (i + j + 1) as f64;
        }
    }
    println!("det(Hilbert5) = {:.6e}", h.det());
    // power iteration for dominant eigenvalue of A
    let mut v = vec![1.0, 1.0, 1.0];
    let mut lambda = 0.0;
    for _ in 0..200 {
        let w: Vec<f64> = (0..3).map(|i| (0..3).map(|j| a[(i, j)] * v[j]).sum()).collect();
        let norm = w.iter().map(|x| x * x).sum::<f64>().sqrt();
        lambda = w.iter().zip(v.iter()).map(|(p, q)| p * q).sum::<f64>() / v.iter().map(|x| x * x).sum::<f64>();
        v = w.iter().map(|x| x / norm).collect();
    }
    println!("dominant eigenvalue ~ {:.8} vector [{:.6}, {:.6}, {:.6}]", lambda, v[0], v[1], v[2]);
    // numerical integration
    println!("int_0^pi sin = {:.10}", simpson(f64::sin, 0.0, std::f64::consts::PI, black_box(100)));
    println!("int_0^1 4/(1+x^2) = {:.12}", simpson(|x| 4.0 / (1.0 + x * x), 0.0, 1.0, black_box(1000)));
    println!("int_1^e 1/x = {:.12}", simpson(|x| 1.0 / x, 1.0, std::f64::consts::E, black_box(200)));
    // matrix power via repeated squaring: fibonacci
    let mut fib = Matrix::from_rows(&[&[1.0, 1.0], &[1.0, 0.0]]);
    let mut acc = Matrix::identity(2);
    let mut e = black_box(40u32);
    while e > 0 {
        if e & 1 == 1 {
            acc = &acc * &fib;
        }
        fib = &fib * &fib;
        e >>= 1;
    }
    println!("fib(40) via matrix = {}", acc[(0, 1)]);
    // statistics
    let samples: Vec<f64> = (0..1000).map(|i| ((black_box(i) as f64) * 0.37).sin() * 10.0 + 5.0).collect();
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    let var = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (samples.len() - 1) as f64;
    let mut sorted = samples.clone();
    sorted.sort_by(f64::total_cmp);
    println!("mean {:.6} std {:.6} median {:.6} min {:.6} max {:.6}", mean, var.sqrt(), (sorted[499] + sorted[500]) / 2.0, sorted[0], sorted[999]);
}
