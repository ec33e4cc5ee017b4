//! Generic structs and enums: monomorphization over several types, PhantomData type-state and units, const generics, generic impls with bounds.
use std::fmt::Debug;
use std::hint::black_box;
use std::marker::PhantomData;

#[derive(Debug, Clone)]
struct Pair<A, B> {
    a: A,
    b: B,
}
impl<A: Clone, B: Clone> Pair<A, B> {
    fn swap(&self) -> Pair<B, A> {
        Pair { a: self.b.clone(), b: self.a.clone() }
    }
}
impl<T: PartialOrd + Copy> Pair<T, T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Length<U> {
    value: f64,
    _unit: PhantomData<U>,
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet;
impl<U> Length<U> {
    fn new(v: f64) -> Self {
        Length { value: v, _unit: PhantomData }
    }
    fn add(self, o: Self) -> Self {
        Length::new(self.value + o.value)
    }
}
impl Length<Feet> {
    fn to_meters(self) -> Length<Meters> {
        Length::new(self.value * 0.3048)
    }
}

struct Locked;
struct Unlocked;
struct Door<S> {
    opens: u32,
    _s: PhantomData<S>,
}
impl Door<Locked> {
    fn unlock(self) -> Door<Unlocked> {
        println!("unlocking");
        Door { opens: self.opens, _s: PhantomData }
    }
}
impl Door<Unlocked> {
    fn open(mut self) -> Self {
        self.opens += 1;
        println!("open #{}", self.opens);
        self
    }
    fn lock(self) -> Door<Locked> {
        println!("locking");
        Door { opens: self.opens, _s: PhantomData }
    }
}

#[derive(Debug)]
struct Matrix<const R: usize, const C: usize> {
    m: [[i32; C]; R],
}
impl<const R: usize, const C: usize> Matrix<R, C> {
    fn mul<const K: usize>(&self, o: &Matrix<C, K>) -> Matrix<R, K> {
        let mut m = [[0; K]; R];
        for i in 0..R {
            for j in 0..K {
                for k in 0..C {
                    m[i][j] += self.m[i][k] * o.m[k][j];
                }
            }
        }
        Matrix { m }
    }
}

#[derive(Debug)]
enum Tree<T> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}
impl<T: PartialOrd + Copy + Debug> Tree<T> {
    fn insert(self, v: T) -> Tree<T> {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x {
                    Tree::Node(Box::new(l.insert(v)), x, r)
                } else {
                    Tree::Node(l, x, Box::new(r.insert(v)))
                }
            }
        }
    }
    fn inorder(&self, out: &mut Vec<T>) {
        if let Tree::Node(l, x, r) = self {
            l.inorder(out);
            out.push(*x);
            r.inorder(out);
        }
    }
}

fn describe<T: Debug>(items: &[T]) -> String {
    format!("{} items, first={:?}, size_of_T={}", items.len(), items.first(), std::mem::size_of::<T>())
}

fn main() {
    let p = Pair { a: black_box(1u8), b: "one" };
    println!("{:?} swapped {:?}", p, p.swap());
    println!("larger: {} {} {}", Pair { a: black_box(3), b: 9 }.larger(), Pair { a: 2.5, b: -1.0 }.larger(), Pair { a: 'q', b: 'c' }.larger());
    let a: Length<Feet> = Length::new(black_box(10.0));
    let b = Length::<Feet>::new(2.5);
    let total = a.add(b);
    println!("feet {} -> meters {:.4}; sizes {} {}", total.value, total.to_meters().value, std::mem::size_of::<Length<Feet>>(), std::mem::size_of::<PhantomData<String>>());
    let d = Door::<Locked> { opens: 0, _s: PhantomData };
    let d = d.unlock().open().open();
    let d = d.lock();
    let d = d.unlock().open();
    println!("door opens {}", d.opens);
    let x = Matrix { m: black_box([[1, 2, 3], [4, 5, 6]]) };
    let y = Matrix { m: black_box([[7, 8], [9, 10], [11, 12]]) };
    let z = x.mul(&y);
    println!("{:?}", z);
    let mut t = Tree::Leaf;
    for v in black_box([50, 30, 70, 20, 40, 60, 80, 35]) {
        t = t.insert(v);
    }
    let mut out = Vec::new();
    t.inorder(&mut out);
    println!("inorder {:?}", out);
    let mut ts = Tree::Leaf;
    for w in black_box(["m", "c", "x", "a"]) {
        ts = ts.insert(w);
    }
    let mut outs = Vec::new();
    ts.inorder(&mut outs);
    println!("inorder strs {:?}", outs);
    println!("{}", describe(&[1u8, 2]));
    println!("{}", describe(&[(1u64, 2u8)]));
    println!("{}", describe::<String>(&[]));
    println!("{}", describe(&[Some(Box::new(5))]));
}
