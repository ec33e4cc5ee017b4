//! Realistic mix: an inventory/order simulation using HashMap, BTreeMap, int/float formatting, Vec sorting, Box<dyn Trait>, Rc/RefCell, closures, iterators, threads with Arc<Mutex<_>> and channels, atomics and thread_local!.
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

thread_local! {
    static OPS: Cell<u32> = const { Cell::new(0) };
    static TRACE: RefCell<Vec<String>> = RefCell::new(Vec::new());
}

fn note(s: String) {
    OPS.with(|c| c.set(c.get() + 1));
    TRACE.with_borrow_mut(|t| t.push(s));
}

trait Pricing {
    fn name(&self) -> String;
    fn price(&self, base_cents: u64, qty: u32) -> u64;
}

struct Flat;
struct Bulk {
    threshold: u32,
    percent_off: u64,
}
struct Tiered(Vec<(u32, u64)>);

impl Pricing for Flat {
    fn name(&self) -> String {
        "flat".into()
    }
    fn price(&self, base: u64, qty: u32) -> u64 {
        base * qty as u64
    }
}
impl Pricing for Bulk {
    fn name(&self) -> String {
        format!("bulk({}+ => -{}%)", self.threshold, self.percent_off)
    }
    fn price(&self, base: u64, qty: u32) -> u64 {
        let full = base * qty as u64;
        if qty >= self.threshold { full * (100 - self.percent_off) / 100 } else { full }
    }
}
impl Pricing for Tiered {
    fn name(&self) -> String {
        format!("tiered{:?}", self.0)
    }
    fn price(&self, base: u64, qty: u32) -> u64 {
        let per = self.0.iter().rev().find(|(min, _)| qty >= *min).map(|(_, p)| *p).unwrap_or(base);
        per * qty as u64
    }
}

#[derive(Debug, Clone)]
struct Item {
    sku: &'static str,
    cents: u64,
    weight_kg: f64,
    stock: u32,
}

#[derive(Debug)]
struct Order {
    id: u32,
    lines: Vec<(&'static str, u32)>,
}

fn money(c: u64) -> String {
    format!("${}.{:02}", c / 100, c % 100)
}

fn main() {
    let catalog = black_box(vec![
        Item { sku: "bolt", cents: 25, weight_kg: 0.01, stock: 1000 },
        Item { sku: "nut", cents: 10, weight_kg: 0.005, stock: 2000 },
        Item { sku: "gear", cents: 1250, weight_kg: 0.4, stock: 40 },
        Item { sku: "motor", cents: 8999, weight_kg: 2.75, stock: 5 },
        Item { sku: "belt", cents: 499, weight_kg: 0.2, stock: 60 },
    ]);
    let inventory: Rc<RefCell<HashMap<&'static str, Item>>> = Rc::new(RefCell::new(catalog.iter().map(|i| (i.sku, i.clone())).collect()));
    let pricing: BTreeMap<&str, Box<dyn Pricing>> = BTreeMap::from([
        ("bolt", Box::new(Bulk { threshold: 100, percent_off: 20 }) as Box<dyn Pricing>),
        ("nut", Box::new(Tiered(vec![(1, 10), (500, 8), (1000, 6)]))),
        ("gear", Box::new(Flat)),
        ("motor", Box::new(Flat)),
        ("belt", Box::new(Bulk { threshold: 10, percent_off: 5 })),
    ]);
    for (sku, p) in &pricing {
        println!("{:<6} {}", sku, p.name());
    }
    let orders: Vec<Order> = (1..=8u32)
        .map(|id| {
            let lines = catalog.iter().enumerate().filter(|(k, _)| (id as usize + k) % 3 != 0).map(|(k, it)| (it.sku, (id * 37 + k as u32 * 53) % 150 + 1)).collect();
            Order { id, lines }
        })
        .collect();
    // process orders single-threaded with Rc<RefCell> inventory and closures
    let inv = Rc::clone(&inventory);
    let mut totals: Vec<(u32, u64, f64, usize)> = Vec::new();
    let mut rejected = 0usize;
    let mut process = |o: &Order| {
        let mut inv = inv.borrow_mut();
        let mut cents = 0u64;
        let mut kg = 0.0f64;
        let mut filled = 0usize;
        for &(sku, qty) in &o.lines {
            let item = inv.get_mut(sku).unwrap();
            if item.stock >= qty {
                item.stock -= qty;
                cents += pricing[sku].price(item.cents, qty);
                kg += item.weight_kg * qty as f64;
                filled += 1;
                note(format!("o{} {}x{}", o.id, sku, qty));
            } else {
                rejected += 1;
                note(format!("o{} {} short by {}", o.id, sku, qty - item.stock));
            }
        }
        totals.push((o.id, cents, kg, filled));
    };
    for o in &orders {
        process(o);
    }
    println!("rejected lines: {}", rejected);
    totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (id, cents, kg, filled) in &totals {
        println!("order {:>2}: {:>10} {:>8.3}kg {} lines", id, money(*cents), kg, filled);
    }
    let grand: u64 = totals.iter().map(|t| t.1).sum();
    let heavy = totals.iter().filter(|t| t.2 > 5.0).count();
    println!("grand total {} ({:.3e} cents), heavy orders {}", money(grand), grand as f64, heavy);
    let mut stock: Vec<(&str, u32)> = inventory.borrow().iter().map(|(k, v)| (*k, v.stock)).collect();
    stock.sort();
    println!("remaining stock {:?}", stock);
    println!("rc strong {}", Rc::strong_count(&inventory));
    println!("trace ops {} first {:?} last {:?}", OPS.get(), TRACE.with_borrow(|t| t.first().cloned()), TRACE.with_borrow(|t| t.last().cloned()));

    // parallel part: workers compute per-sku revenue simulations
    let shared: Arc<Mutex<BTreeMap<String, u64>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let processed = Arc::new(AtomicUsize::new(0));
    let checksum = Arc::new(AtomicU64::new(0));
    let (tx, rx) = mpsc::channel::<(usize, String, u64)>();
    let skus: Vec<(String, u64)> = catalog.iter().map(|i| (i.sku.to_string(), i.cents)).collect();
    let mut handles = Vec::new();
    for (w, chunk) in skus.chunks(2).enumerate() {
        let chunk = chunk.to_vec();
        let shared = Arc::clone(&shared);
        let processed = Arc::clone(&processed);
        let checksum = Arc::clone(&checksum);
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for (sku, cents) in chunk {
                let mut rev = 0u64;
                for day in 1..=30u64 {
                    let qty = (day * 7 + cents) % 13;
                    rev += qty * cents;
                    OPS.with(|c| c.set(c.get() + 1));
                }
                shared.lock().unwrap().insert(sku.clone(), rev);
                processed.fetch_add(1, Ordering::SeqCst);
                checksum.fetch_xor(rev.rotate_left(w as u32 * 8), Ordering::SeqCst);
                tx.send((w, sku, rev)).unwrap();
            }
            OPS.get()
        }));
    }
    drop(tx);
    let mut msgs: Vec<(usize, String, u64)> = rx.iter().collect();
    let thread_ops: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    msgs.sort();
    for (w, sku, rev) in &msgs {
        println!("worker {} {:<6} 30-day revenue {:>12}", w, sku, money(*rev));
    }
    println!("thread-local ops per worker {:?}, main ops still {}", thread_ops, OPS.get());
    let map = shared.lock().unwrap();
    let best = map.iter().max_by_key(|(k, v)| (**v, std::cmp::Reverse((*k).clone()))).unwrap();
    println!("processed {} checksum {:#x} best {:?}", processed.load(Ordering::SeqCst), checksum.load(Ordering::SeqCst), best);
    let avg = map.values().sum::<u64>() as f64 / map.len() as f64;
    println!("average revenue {:>14.2} cents | {:+e}", avg, avg);
    let report: String = map.iter().map(|(k, v)| format!("{}={:x}", k, v)).collect::<Vec<_>>().join(";");
    println!("{}", report);
}
