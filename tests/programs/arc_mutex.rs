//! Arc<Mutex<T>> and Arc<RwLock<T>> shared across threads; results printed after join in deterministic order; Condvar handoff; into_inner.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for t in 0..4u64 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for i in 0..1000u64 {
                *counter.lock().unwrap() += black_box(i % 7 + t);
            }
            log.lock().unwrap().push(t * 100);
            t
        }));
    }
    let ids: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("joined ids {:?} counter {} log {:?}", ids, *counter.lock().unwrap(), entries);
    println!("arc strong count after join {}", Arc::strong_count(&counter));
    // RwLock: many readers then a writer
    let table = Arc::new(RwLock::new(BTreeMap::new()));
    {
        let mut w = table.write().unwrap();
        for i in 0..10 {
            w.insert(i, i * i);
        }
    }
    let readers: Vec<_> = (0..3)
        .map(|k| {
            let table = Arc::clone(&table);
            thread::spawn(move || {
                let r = table.read().unwrap();
                r.iter().filter(|(key, _)| **key % 3 == k).map(|(_, v)| *v).sum::<i32>()
            })
        })
        .collect();
    let sums: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("reader sums {:?}", sums);
    let writers: Vec<_> = (0..3)
        .map(|k| {
            let table = Arc::clone(&table);
            thread::spawn(move || {
                let mut w = table.write().unwrap();
                w.insert(100 + k, -k);
            })
        })
        .collect();
    for h in writers {
        h.join().unwrap();
    }
    println!("table after writers {:?}", table.read().unwrap());
    // Mutex protecting a struct, with try_lock
    #[derive(Debug, Default)]
    struct Stats {
        count: u32,
        max: i64,
        min: i64,
    }
    let stats = Arc::new(Mutex::new(Stats { count: 0, max: i64::MIN, min: i64::MAX }));
    let hs: Vec<_> = (0..5i64)
        .map(|t| {
            let stats = stats.clone();
            thread::spawn(move || {
                for i in 0..50 {
                    let v = (t * 37 + i * 11) % 101 - 50;
                    let mut s = stats.lock().unwrap();
                    s.count += 1;
                    s.max = s.max.max(v);
                    s.min = s.min.min(v);
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    {
        let guard = stats.lock().unwrap();
        println!("try_lock while held is_err: {}", stats.try_lock().is_err());
        println!("stats {:?}", *guard);
    }
    // Condvar ping-pong with a strict turn order
    let pair = Arc::new((Mutex::new((0u32, Vec::new())), Condvar::new()));
    let mut hs = Vec::new();
    for me in 0..3u32 {
        let pair = pair.clone();
        hs.push(thread::spawn(move || {
            let (lock, cv) = &*pair;
            for round in 0..3 {
                let mut st = lock.lock().unwrap();
                while st.0 % 3 != me {
                    st = cv.wait(st).unwrap();
                }
                st.1.push(format!("t{}r{}", me, round));
                st.0 += 1;
                cv.notify_all();
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    let (lock, _) = &*pair;
    println!("turn order {:?}", lock.lock().unwrap().1);
    let m = Arc::try_unwrap(counter).unwrap().into_inner().unwrap();
    println!("into_inner {}", m);
}
