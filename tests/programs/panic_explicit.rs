//! Panic: explicit panic! with a formatted message containing numbers, strings and Debug output.
use std::hint::black_box;
use std::io::Write;

fn say(s: &str) {
    let mut out = std::io::stdout();
    writeln!(out, "{}", s).unwrap();
    out.flush().unwrap();
}


#[derive(Debug)]
struct Job {
    id: u32,
    retries: u8,
}

fn run(job: &Job) -> u32 {
    if job.retries > 3 {
        panic!("job {} failed after {} retries: {:?} (ratio {:.2})", job.id, job.retries, job, job.retries as f64 / 7.0);
    }
    job.id * 2
}

fn main() {
    let jobs = black_box(vec![Job { id: 1, retries: 0 }, Job { id: 2, retries: 3 }, Job { id: 3, retries: 5 }]);
    for j in &jobs {
        say(&format!("running job {}", j.id));
        let r = run(j);
        say(&format!("job {} -> {}", j.id, r));
    }
}
