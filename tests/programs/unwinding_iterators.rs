//! Panics out of closures run by iterator adaptors, sorting comparators and `for` loops over a
//! custom iterator, with the collections in flight dropped properly.
use std::panic;

struct Tracked(u32);
impl Drop for Tracked {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Countdown {
    left: u32,
    _marker: Tracked,
}
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 2 {
            panic!("countdown hit two");
        }
        self.left = self.left.checked_sub(1)?;
        Some(self.left)
    }
}

fn main() {
    panic::set_hook(Box::new(|_| println!("panicked")));
    let r = panic::catch_unwind(|| {
        let v: Vec<Tracked> = (0..4).map(Tracked).collect();
        v.iter().map(|t| if t.0 == 2 { panic!("map") } else { t.0 * 2 }).sum::<u32>()
    });
    println!("map: {}", r.is_err());
    let r = panic::catch_unwind(|| {
        let mut v = vec![5, 3, 9, 1, 7];
        v.sort_by(|a, b| if *a == 9 && *b == 1 { panic!("cmp") } else { a.cmp(b) });
        v
    });
    println!("sort: {}", r.is_err());
    let r = panic::catch_unwind(|| {
        let mut total = 0;
        for x in (Countdown { left: 5, _marker: Tracked(100) }) {
            total += x;
        }
        total
    });
    println!("for: {}", r.is_err());
    let r = panic::catch_unwind(|| (1..10).try_fold(0u8, |acc, x| Some(acc.checked_add(x * 30).expect("overflow in fold"))));
    println!("fold: {}", r.is_err());
    let ok = panic::catch_unwind(|| (1..5).map(|x| x * x).collect::<Vec<_>>());
    println!("ok: {:?}", ok);
}
