//! Panicking threads, one at a time: `join` returns `Err` with the payload (a `&str`, a
//! `String` or a user type from `panic_any`), the thread's locals are dropped before `join`
//! returns, and scoped threads report panics through their handles or through `scope` itself.
#![allow(dead_code)]
use std::panic;
use std::thread;

#[derive(Debug)]
struct JobFailed {
    job: u32,
    stage: &'static str,
}

struct Cleanup(String);
impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup {} on thread {:?}", self.0, thread::current().name());
    }
}

fn payload_text(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("&str {s:?}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String {s:?}")
    } else if let Some(j) = p.downcast_ref::<JobFailed>() {
        format!("{j:?}")
    } else {
        "unknown".into()
    }
}

fn worker(job: u32) -> u32 {
    let _c = Cleanup(format!("job {job}"));
    match job {
        1 => panic!("static failure"),
        2 => panic!("job {job} failed at runtime"),
        3 => panic::panic_any(JobFailed { job, stage: "verify" }),
        4 => {
            let v: Vec<u32> = Vec::new();
            v[job as usize]
        }
        _ => job * 100,
    }
}

fn main() {
    let mut results = Vec::new();
    for job in 0..6 {
        let handle = thread::Builder::new().name(format!("job-{job}")).spawn(move || worker(job)).unwrap();
        let r = handle.join();
        results.push((job, r.map_err(|p| payload_text(&p))));
    }
    for (job, r) in &results {
        println!("job {job}: {r:?}");
    }

    let mut data = vec![1, 2, 3];
    let outcome = thread::scope(|s| {
        let reader = thread::Builder::new()
            .name("scoped-reader".into())
            .spawn_scoped(s, || {
                let _c = Cleanup("scoped reader".into());
                let total: i32 = data.iter().sum();
                if total > 5 {
                    panic!("total {total} too large");
                }
                total
            })
            .unwrap();
        let r = reader.join();
        println!("scoped reader joined: {:?}", r.as_ref().map_err(payload_text));
        r.is_err()
    });
    data.push(4);
    println!("scope returned {outcome}, data now {data:?}");

    let escaped = panic::catch_unwind(|| {
        thread::scope(|s| {
            thread::Builder::new()
                .name("scoped-unjoined".into())
                .spawn_scoped(s, || {
                    let _c = Cleanup("unjoined scoped".into());
                    panic::panic_any(JobFailed { job: 9, stage: "scoped" });
                })
                .unwrap();
        });
        println!("not reached");
    });
    match escaped {
        Ok(()) => println!("scope did not panic"),
        Err(p) => println!("scope panicked with {}", payload_text(&p)),
    }

    let nested = thread::Builder::new()
        .name("outer-thread".into())
        .spawn(|| {
            let inner = thread::Builder::new().name("inner-thread".into()).spawn(|| worker(2)).unwrap();
            let r = inner.join();
            let _c = Cleanup("outer after inner".into());
            match r {
                Ok(v) => v,
                Err(p) => panic::resume_unwind(p),
            }
        })
        .unwrap()
        .join();
    println!("resumed across threads: {:?}", nested.map_err(|p| payload_text(&p)));
}
