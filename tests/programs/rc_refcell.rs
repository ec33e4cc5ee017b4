//! Rc<RefCell<T>> shared mutable state, Cell for Copy values, borrow/borrow_mut scoping, try_borrow, Rc::ptr_eq, get_mut, make_mut.
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
    history: Vec<i64>,
}

fn deposit(acc: &Rc<RefCell<Account>>, amt: i64) {
    let mut a = acc.borrow_mut();
    a.balance += amt;
    a.history.push(amt);
}

struct Counter {
    hits: Cell<u32>,
    last: Cell<Option<char>>,
}
impl Counter {
    fn hit(&self, c: char) {
        self.hits.set(self.hits.get() + 1);
        self.last.set(Some(c));
    }
}

fn main() {
    let acc = Rc::new(RefCell::new(Account { owner: "ann".into(), balance: 0, history: vec![] }));
    let alias1 = Rc::clone(&acc);
    let alias2 = acc.clone();
    deposit(&alias1, black_box(100));
    deposit(&alias2, black_box(-30));
    deposit(&acc, 5);
    println!("{:?} strong={}", acc.borrow(), Rc::strong_count(&acc));
    {
        let r1 = acc.borrow();
        let r2 = acc.borrow();
        println!("two shared borrows: {} {}", r1.balance, r2.history.len());
        println!("try_borrow_mut while shared: {}", acc.try_borrow_mut().is_err());
    }
    {
        let _w = acc.borrow_mut();
        println!("try_borrow while mut: {}", acc.try_borrow().is_err());
    }
    println!("try_borrow after: {}", acc.try_borrow().is_ok());
    acc.borrow_mut().owner.push_str("-updated");
    println!("owner {}", alias2.borrow().owner);
    println!("ptr_eq {} {}", Rc::ptr_eq(&acc, &alias1), Rc::ptr_eq(&acc, &Rc::new(RefCell::new(Account { owner: String::new(), balance: 0, history: vec![] }))));
    drop(alias1);
    drop(alias2);
    println!("strong after drops {}", Rc::strong_count(&acc));
    let inner = Rc::try_unwrap(acc).unwrap().into_inner();
    println!("unwrapped {:?}", inner);
    // Cell
    let c = Counter { hits: Cell::new(0), last: Cell::new(None) };
    for ch in black_box("hello").chars() {
        c.hit(ch);
    }
    println!("cell hits {} last {:?}", c.hits.get(), c.last.get());
    let cell = Cell::new(black_box(10));
    let old = cell.replace(20);
    let taken = cell.take();
    println!("cell replace old={} take={} now={}", old, taken, cell.get());
    cell.swap(&Cell::new(99));
    println!("after swap {}", cell.into_inner());
    // RefCell replace / replace_with / swap
    let rc = RefCell::new(vec![1, 2, 3]);
    let old = rc.replace(vec![9]);
    rc.replace_with(|v| v.iter().map(|x| x * 2).collect());
    println!("refcell old {:?} new {:?}", old, rc.borrow());
    let other = RefCell::new(vec![0]);
    rc.swap(&other);
    println!("swapped {:?} {:?}", rc.borrow(), other.borrow());
    // make_mut: clone-on-write
    let mut a = Rc::new(vec![1, 2]);
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).push(3);
    println!("make_mut a={:?} b={:?} ptr_eq={}", a, b, Rc::ptr_eq(&a, &b));
    let mut solo = Rc::new(String::from("solo"));
    Rc::get_mut(&mut solo).unwrap().push('!');
    println!("get_mut {} shared get_mut is_none={}", solo, Rc::get_mut(&mut a.clone()).is_none());
    // graph with shared nodes
    #[derive(Debug)]
    struct Node {
        val: i32,
        children: Vec<Rc<RefCell<Node>>>,
    }
    let leaf = Rc::new(RefCell::new(Node { val: 3, children: vec![] }));
    let mid = Rc::new(RefCell::new(Node { val: 2, children: vec![leaf.clone()] }));
    let root = Rc::new(RefCell::new(Node { val: 1, children: vec![mid.clone(), leaf.clone()] }));
    leaf.borrow_mut().val = black_box(30);
    fn sum(n: &Rc<RefCell<Node>>) -> i32 {
        let b = n.borrow();
        b.val + b.children.iter().map(sum).sum::<i32>()
    }
    println!("graph sum {} leaf strong {}", sum(&root), Rc::strong_count(&leaf));
    // RefMut map
    let data = RefCell::new((String::from("ab"), 5u8));
    {
        let mut s = std::cell::RefMut::map(data.borrow_mut(), |t| &mut t.0);
        s.push('c');
    }
    let n = std::cell::Ref::map(data.borrow(), |t| &t.1);
    println!("mapped refs {:?} {}", data.borrow().0, *n);
}
