//! A fixed set of worker threads that compile lowered units while the main thread lowers the
//! next ones. One worker per core: the main thread mostly waits on rustc's queries and memory,
//! so it does not need a core of its own.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rustc_codegen_ssa::CompiledModule;
use rustc_data_structures::profiling::SelfProfilerRef;

use crate::driver::cgu::LoweredCgu;

struct Job {
    index: usize,
    name: String,
    unit: LoweredCgu,
    output: PathBuf,
}

/// The compiled units, by the index they were submitted with.
pub(crate) type Results = Vec<(usize, Result<CompiledModule, String>)>;

pub(crate) struct CompilePool {
    sender: Option<Sender<Job>>,
    workers: Vec<JoinHandle<Results>>,
}

impl CompilePool {
    pub(crate) fn new(prof: &SelfProfilerRef) -> Self {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
        let (sender, receiver) = channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let workers = (0..threads)
            .map(|i| {
                let receiver = Arc::clone(&receiver);
                let prof = prof.clone();
                std::thread::Builder::new()
                    .name(format!("egret codegen {i}"))
                    .spawn(move || work(&receiver, &prof))
                    .expect("spawning a codegen thread")
            })
            .collect();
        CompilePool { sender: Some(sender), workers }
    }

    pub(crate) fn submit(&self, index: usize, name: String, unit: LoweredCgu, output: PathBuf) {
        let sender = self.sender.as_ref().expect("pool already finished");
        sender.send(Job { index, name, unit, output }).expect("codegen workers are gone");
    }

    /// Waits for every submitted unit.
    pub(crate) fn finish(mut self) -> Results {
        drop(self.sender.take());
        let mut results = Vec::new();
        for worker in self.workers.drain(..) {
            match worker.join() {
                Ok(part) => results.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        results
    }
}

fn work(receiver: &Mutex<Receiver<Job>>, prof: &SelfProfilerRef) -> Results {
    let mut results = Vec::new();
    loop {
        let job = match receiver.lock().expect("codegen queue poisoned").recv() {
            Ok(job) => job,
            Err(_) => return results,
        };
        let _timer = prof.verbose_generic_activity_with_arg("egret_compile_cgu", job.name.clone());
        let result = crate::driver::object_file::compile_and_write(job.unit, job.name, job.output);
        results.push((job.index, result));
    }
}
