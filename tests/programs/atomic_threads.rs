//! Atomics under contention: counters with fetch_add from many threads, spinlock with compare_exchange, fetch_max/fetch_min, AtomicPtr publication, release/acquire flags.
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

struct SpinLock {
    locked: AtomicBool,
}
impl SpinLock {
    fn lock(&self) {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            std::hint::spin_loop();
        }
    }
    fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }
}

static GLOBAL_HITS: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let counter = Arc::new(AtomicUsize::new(0));
    let maxv = Arc::new(AtomicI64::new(i64::MIN));
    let minv = Arc::new(AtomicI64::new(i64::MAX));
    let sub = Arc::new(AtomicI64::new(0));
    let bits = Arc::new(AtomicU8::new(0));
    let hs: Vec<_> = (0..4)
        .map(|t| {
            let counter = counter.clone();
            let maxv = maxv.clone();
            let minv = minv.clone();
            let sub = sub.clone();
            let bits = bits.clone();
            thread::spawn(move || {
                for i in 0..2500i64 {
                    counter.fetch_add(1, Ordering::Relaxed);
                    let v = (i * 7919 + t * 104729) % 10007 - 5000;
                    maxv.fetch_max(v, Ordering::Relaxed);
                    minv.fetch_min(v, Ordering::Relaxed);
                    sub.fetch_sub(black_box(2), Ordering::Relaxed);
                    GLOBAL_HITS.fetch_add(1, Ordering::Relaxed);
                }
                bits.fetch_or(1 << t, Ordering::SeqCst);
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("counter {} max {} min {} sub {} bits {:#06b} global {}", counter.load(Ordering::SeqCst), maxv.load(Ordering::SeqCst), minv.load(Ordering::SeqCst), sub.load(Ordering::SeqCst), bits.load(Ordering::SeqCst), GLOBAL_HITS.load(Ordering::SeqCst));
    // spinlock protecting a non-atomic value (via UnsafeCell wrapper)
    struct Shared {
        lock: SpinLock,
        value: std::cell::UnsafeCell<u64>,
    }
    unsafe impl Sync for Shared {}
    let shared = Arc::new(Shared { lock: SpinLock { locked: AtomicBool::new(false) }, value: std::cell::UnsafeCell::new(0) });
    let hs: Vec<_> = (0..4u64)
        .map(|t| {
            let s = shared.clone();
            thread::spawn(move || {
                for i in 0..1000u64 {
                    s.lock.lock();
                    unsafe {
                        *s.value.get() += i ^ t;
                    }
                    s.lock.unlock();
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let expected: u64 = (0..4u64).map(|t| (0..1000u64).map(|i| i ^ t).sum::<u64>()).sum();
    println!("spinlock total {} expected {}", unsafe { *shared.value.get() }, expected);
    // publish data through AtomicPtr with release/acquire
    let slot: Arc<AtomicPtr<Vec<u32>>> = Arc::new(AtomicPtr::new(std::ptr::null_mut()));
    let ready = Arc::new(AtomicBool::new(false));
    let producer = {
        let slot = slot.clone();
        let ready = ready.clone();
        thread::spawn(move || {
            let data = Box::new((1..=10).map(|x| x * x).collect::<Vec<u32>>());
            slot.store(Box::into_raw(data), Ordering::Release);
            ready.store(true, Ordering::Release);
        })
    };
    let consumer = {
        let slot = slot.clone();
        let ready = ready.clone();
        thread::spawn(move || {
            while !ready.load(Ordering::Acquire) {
                std::hint::spin_loop();
            }
            let p = slot.swap(std::ptr::null_mut(), Ordering::Acquire);
            let b = unsafe { Box::from_raw(p) };
            b.iter().sum::<u32>()
        })
    };
    producer.join().unwrap();
    println!("consumer saw sum {}", consumer.join().unwrap());
    println!("slot now null {}", slot.load(Ordering::SeqCst).is_null());
    // ticket assignment: each thread grabs unique tickets
    let next = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..3)
        .map(|_| {
            let next = next.clone();
            thread::spawn(move || (0..50).map(|_| next.fetch_add(1, Ordering::SeqCst)).collect::<Vec<usize>>())
        })
        .collect();
    let mut all: Vec<usize> = hs.into_iter().flat_map(|h| h.join().unwrap()).collect();
    all.sort();
    all.dedup();
    println!("unique tickets {} max {:?}", all.len(), all.last());
}
