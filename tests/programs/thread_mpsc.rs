//! mpsc channels: multiple producers, sync_channel with bound, sending owned data, iterating the receiver; results sorted before printing.
use std::hint::black_box;
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Msg {
    Data { worker: u32, value: u64 },
    Done(u32),
}

fn main() {
    let (tx, rx) = mpsc::channel::<Msg>();
    let mut hs = Vec::new();
    for w in 0..4u32 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for i in 0..5u64 {
                tx.send(Msg::Data { worker: w, value: black_box(i) * (w as u64 + 1) }).unwrap();
            }
            tx.send(Msg::Done(w)).unwrap();
        }));
    }
    drop(tx);
    let mut data = Vec::new();
    let mut done = Vec::new();
    for m in rx {
        match m {
            Msg::Data { worker, value } => data.push((worker, value)),
            Msg::Done(w) => done.push(w),
        }
    }
    for h in hs {
        h.join().unwrap();
    }
    data.sort();
    done.sort();
    println!("received {} data msgs; done {:?}", data.len(), done);
    println!("data {:?}", data);
    let per_worker: Vec<u64> = (0..4).map(|w| data.iter().filter(|d| d.0 == w).map(|d| d.1).sum()).collect();
    println!("sums per worker {:?}", per_worker);
    // per-worker ordering is preserved even though interleaving is not
    // (check it without printing the interleaving)
    // sync_channel with small bound acts as a pipeline
    let (tx1, rx1) = mpsc::sync_channel::<u32>(2);
    let (tx2, rx2) = mpsc::sync_channel::<String>(1);
    let producer = thread::spawn(move || {
        for i in 1..=10 {
            tx1.send(i).unwrap();
        }
    });
    let stage = thread::spawn(move || {
        for v in rx1 {
            tx2.send(format!("{}^2={}", v, v * v)).unwrap();
        }
    });
    let collected: Vec<String> = rx2.iter().collect();
    producer.join().unwrap();
    stage.join().unwrap();
    println!("pipeline {:?}", collected);
    // try_recv and recv after disconnect
    let (tx, rx) = mpsc::channel::<i32>();
    println!("try_recv empty: {:?}", rx.try_recv());
    tx.send(5).unwrap();
    println!("try_recv: {:?}", rx.try_recv());
    drop(tx);
    println!("recv after disconnect: {:?}", rx.recv());
    // sending boxed trait objects and vectors
    let (tx, rx) = mpsc::channel::<Box<dyn Fn(i32) -> i32 + Send>>();
    let h = thread::spawn(move || {
        let mut out = Vec::new();
        for f in rx {
            out.push(f(black_box(10)));
        }
        out
    });
    tx.send(Box::new(|x| x + 1)).unwrap();
    tx.send(Box::new(|x| x * x)).unwrap();
    let k = 3;
    tx.send(Box::new(move |x| x - k)).unwrap();
    drop(tx);
    println!("closures over channel {:?}", h.join().unwrap());
    // request/response: each worker replies on its own channel
    let mut replies = Vec::new();
    let mut hs = Vec::new();
    for id in 0..3u64 {
        let (req_tx, req_rx) = mpsc::channel::<u64>();
        let (resp_tx, resp_rx) = mpsc::channel::<(u64, u64)>();
        hs.push(thread::spawn(move || {
            for n in req_rx {
                resp_tx.send((id, (1..=n).product())).unwrap();
            }
        }));
        req_tx.send(id + 5).unwrap();
        req_tx.send(id + 10).unwrap();
        drop(req_tx);
        replies.push(resp_rx);
    }
    for (i, r) in replies.iter().enumerate() {
        println!("worker {} replies {:?}", i, r.iter().collect::<Vec<_>>());
    }
    for h in hs {
        h.join().unwrap();
    }
}
