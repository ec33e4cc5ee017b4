//! Moves and drops: moving into functions, returning ownership, moving out of Vec via into_iter/drain, swap/replace/take, Rc drop counts.
use std::cell::Cell;
use std::hint::black_box;
use std::rc::Rc;

struct Tracked<'a> {
    id: u32,
    counter: &'a Cell<u32>,
}
impl Drop for Tracked<'_> {
    fn drop(&mut self) {
        self.counter.set(self.counter.get() + 1);
        println!("  drop #{} (total drops {})", self.id, self.counter.get());
    }
}

fn take_ownership(t: Tracked) -> u32 {
    println!(" took #{}", t.id);
    t.id * 10
}

fn pass_through(t: Tracked) -> Tracked {
    println!(" passing #{}", t.id);
    t
}

#[derive(Default)]
struct Slot(Option<String>);
impl Drop for Slot {
    fn drop(&mut self) {
        println!("  drop Slot({:?})", self.0);
    }
}

fn main() {
    let drops = Cell::new(0);
    let mk = |id: u32| Tracked { id, counter: &drops };
    println!("move into fn:");
    let a = mk(1);
    let r = take_ownership(a);
    println!(" returned {}", r);
    println!("pass through:");
    let b = pass_through(mk(2));
    let b = pass_through(b);
    println!(" still have #{}", b.id);
    println!("vec into_iter partially consumed:");
    {
        let v: Vec<Tracked> = (10..15).map(mk).collect();
        let mut it = v.into_iter();
        let first = it.next().unwrap();
        let second = it.next().unwrap();
        println!(" got #{} and #{}", first.id, second.id);
        drop(it);
        println!(" iterator dropped");
    }
    println!("drain middle:");
    {
        let mut v: Vec<Tracked> = (20..26).map(mk).collect();
        let drained: Vec<u32> = v.drain(2..4).map(|t| t.id).collect();
        println!(" drained ids {:?}, remaining {:?}", drained, v.iter().map(|t| t.id).collect::<Vec<_>>());
    }
    println!("swap / replace / take:");
    {
        let mut x = mk(30);
        let mut y = mk(31);
        std::mem::swap(&mut x, &mut y);
        println!(" x=#{} y=#{}", x.id, y.id);
        let old = std::mem::replace(&mut x, mk(32));
        println!(" replaced, old=#{}", old.id);
        let mut s = Slot(Some("payload".into()));
        let taken = std::mem::take(&mut s);
        println!(" taken slot has {:?}, original now {:?}", taken.0, s.0);
    }
    println!("Rc shared ownership:");
    {
        let rc = Rc::new(mk(40));
        let c1 = Rc::clone(&rc);
        let c2 = rc.clone();
        println!(" strong={}", Rc::strong_count(&rc));
        drop(c1);
        println!(" after drop c1 strong={}", Rc::strong_count(&rc));
        drop(rc);
        println!(" after drop rc strong={}", Rc::strong_count(&c2));
        match Rc::try_unwrap(c2) {
            Ok(t) => println!(" unwrapped #{}", t.id),
            Err(_) => println!(" still shared"),
        }
        println!(" after try_unwrap");
    }
    println!("move in loop via Option:");
    {
        let mut holder = Some(mk(50));
        for i in 0..3 {
            if let Some(t) = holder.take() {
                println!(" iteration {} took #{}", i, t.id);
            } else {
                println!(" iteration {} nothing", i);
            }
        }
    }
    println!("moved into Box then out:");
    {
        let bx = Box::new(mk(60));
        let inner = *bx;
        println!(" unboxed #{}", inner.id);
    }
    println!("sort moves elements, not drops:");
    {
        let mut v: Vec<Tracked> = black_box([73u32, 71, 72]).iter().map(|&i| mk(i)).collect();
        v.sort_by_key(|t| t.id);
        println!(" sorted {:?}", v.iter().map(|t| t.id).collect::<Vec<_>>());
    }
    println!("end main, drops so far {}", drops.get());
    drop(b);
    println!("final drops {}", drops.get());
}
