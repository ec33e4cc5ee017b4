//! Weak references: parent/child trees, upgrade after drop, weak_count, breaking cycles, Drop order with Rc.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}
impl Drop for TreeNode {
    fn drop(&mut self) {
        println!("  drop node {}", self.name);
    }
}

fn node(name: &str) -> Rc<TreeNode> {
    Rc::new(TreeNode { name: name.into(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn add_child(parent: &Rc<TreeNode>, child: Rc<TreeNode>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(n: &Rc<TreeNode>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

struct Observer {
    id: u32,
}
impl Drop for Observer {
    fn drop(&mut self) {
        println!("  drop observer {}", self.id);
    }
}

fn main() {
    let leaf;
    {
        let root = node("root");
        let a = node("a");
        let b = node("b");
        leaf = node("leaf");
        add_child(&root, a.clone());
        add_child(&root, b.clone());
        add_child(&a, leaf.clone());
        println!("path {}", path(&leaf));
        println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
        println!("a strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));
        println!("children of root: {:?}", root.children.borrow().iter().map(|c| c.name.clone()).collect::<Vec<_>>());
        println!("leaving scope");
    }
    println!("after scope: leaf parent alive? {}", leaf.parent.borrow().upgrade().is_some());
    println!("leaf path {}", path(&leaf));
    // observers list of weak refs
    let o1 = Rc::new(Observer { id: 1 });
    let o2 = Rc::new(Observer { id: 2 });
    let o3 = Rc::new(Observer { id: 3 });
    let subs: Vec<Weak<Observer>> = vec![Rc::downgrade(&o1), Rc::downgrade(&o2), Rc::downgrade(&o3)];
    drop(o2);
    let alive: Vec<u32> = subs.iter().filter_map(|w| w.upgrade()).map(|o| o.id).collect();
    println!("alive observers {:?}", alive);
    println!("weak strong counts {:?}", subs.iter().map(|w| w.strong_count()).collect::<Vec<_>>());
    // Weak::new never upgrades
    let empty: Weak<i32> = Weak::new();
    println!("empty weak upgrade {:?} strong {}", empty.upgrade(), empty.strong_count());
    // cycle broken by weak: a <-> b
    struct Peer {
        name: &'static str,
        other: RefCell<Option<Weak<Peer>>>,
        strong_other: RefCell<Option<Rc<Peer>>>,
    }
    impl Drop for Peer {
        fn drop(&mut self) {
            println!("  drop peer {}", self.name);
        }
    }
    {
        let p = Rc::new(Peer { name: "p", other: RefCell::new(None), strong_other: RefCell::new(None) });
        let q = Rc::new(Peer { name: "q", other: RefCell::new(None), strong_other: RefCell::new(None) });
        *p.strong_other.borrow_mut() = Some(q.clone());
        *q.other.borrow_mut() = Some(Rc::downgrade(&p));
        let via = q.other.borrow().as_ref().unwrap().upgrade().map(|x| x.name);
        println!("q sees {:?}; p strong={} q strong={}", via, Rc::strong_count(&p), Rc::strong_count(&q));
    }
    println!("cycle scope ended");
    // Rc::new_cyclic
    struct SelfRef {
        me: Weak<SelfRef>,
        v: i32,
    }
    let s = Rc::new_cyclic(|w| SelfRef { me: w.clone(), v: black_box(77) });
    println!("new_cyclic self upgrade v={}", s.me.upgrade().map(|x| x.v).unwrap_or(-1));
    println!("end main");
}
