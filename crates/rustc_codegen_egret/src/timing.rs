//! `EGRET_TIME=1`: how much CPU time the backend's phases took, summed over its threads and
//! printed to stderr when the crate is done. Thread CPU time, unlike wall time, does not grow
//! when other processes share the machine, so two builds can be compared on a busy machine.

use std::sync::atomic::{AtomicU64, Ordering};

/// The backend's phases, in the order a codegen unit goes through them.
#[derive(Clone, Copy)]
pub(crate) enum Phase {
    /// MIR to CLIF on the main thread, including the rustc queries that lowering asks for.
    Lower,
    /// CLIF to machine code (Cranelift), on the workers.
    Compile,
    /// Unwind tables and the object file, on the workers.
    Write,
}

const PHASES: [(Phase, &str); 3] = [(Phase::Lower, "lower"), (Phase::Compile, "compile"), (Phase::Write, "write")];

static NANOS: [AtomicU64; 3] = [AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)];

/// Adds the CPU time of the current thread between its creation and its drop to a phase.
pub(crate) struct PhaseTimer {
    phase: Phase,
    start: Option<u64>,
}

impl PhaseTimer {
    pub(crate) fn start(phase: Phase) -> PhaseTimer {
        let start = crate::config::Config::get().time.then(thread_cpu_nanos);
        PhaseTimer { phase, start }
    }
}

impl Drop for PhaseTimer {
    fn drop(&mut self) {
        if let Some(start) = self.start {
            NANOS[self.phase as usize].fetch_add(thread_cpu_nanos().saturating_sub(start), Ordering::Relaxed);
        }
    }
}

/// Prints the totals, if `EGRET_TIME` asked for them.
pub(crate) fn report(crate_name: &str) {
    if !crate::config::Config::get().time {
        return;
    }
    let mut line = format!("egret time: {crate_name}:");
    let mut total = 0.0;
    for (phase, name) in PHASES {
        let seconds = NANOS[phase as usize].load(Ordering::Relaxed) as f64 / 1e9;
        total += seconds;
        line.push_str(&format!(" {name} {seconds:.3}s"));
    }
    line.push_str(&format!(" total {total:.3}s (CPU)"));
    eprintln!("{line}");
}

#[repr(C)]
struct Timespec {
    seconds: i64,
    nanoseconds: i64,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
}

/// Linux's `CLOCK_THREAD_CPUTIME_ID`.
const THREAD_CPU_CLOCK: i32 = 3;

fn thread_cpu_nanos() -> u64 {
    let mut time = Timespec { seconds: 0, nanoseconds: 0 };
    // SAFETY: `time` is a valid, writable timespec for the call's duration.
    if unsafe { clock_gettime(THREAD_CPU_CLOCK, &mut time) } != 0 {
        return 0;
    }
    time.seconds as u64 * 1_000_000_000 + time.nanoseconds as u64
}
