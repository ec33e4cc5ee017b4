//! Running one command and measuring it: its wall time, and from the kernel (the `rusage` that
//! `wait4` returns for the child) the CPU time of the command and every descendant it waited
//! for, and the peak resident memory of the largest of those processes. Cargo waits for each
//! rustc it starts, so for a build that is all the work of the build.
//!
//! std's `Child::wait` drops the `rusage`, hence the two libc calls declared here by hand.

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What one run cost.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    /// Wall-clock seconds from spawning to exit.
    pub wall: f64,
    /// User plus system CPU seconds of the process and its waited-for descendants.
    pub cpu: f64,
    /// The peak resident set of the largest single process among them, in MiB.
    pub max_rss_mib: f64,
}

/// A command that ran to its end (or was killed at its time limit).
pub struct Finished {
    pub sample: Sample,
    pub status: ExitStatus,
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Finished {
    pub fn success(&self) -> bool {
        !self.timed_out && self.status.success()
    }

    /// How it ended, for an error message.
    pub fn describe(&self, limit: Duration) -> String {
        if self.timed_out { format!("timed out after {}s", limit.as_secs()) } else { self.status.to_string() }
    }
}

/// `struct timeval` and `struct rusage` of 64-bit Linux.
#[repr(C)]
#[derive(Default)]
struct Timeval {
    seconds: i64,
    microseconds: i64,
}

#[repr(C)]
#[derive(Default)]
struct Rusage {
    user: Timeval,
    system: Timeval,
    /// Kibibytes on Linux.
    max_rss: i64,
    /// ixrss through nivcsw, which the benchmark does not read.
    rest: [i64; 13],
}

const _: () = assert!(size_of::<Rusage>() == 144, "struct rusage of 64-bit Linux");

/// `siginfo_t` is 128 bytes on Linux; the benchmark only needs `waitid` to return, not its contents.
#[repr(C, align(8))]
struct Siginfo([u8; 128]);

const P_PID: i32 = 1;
const WEXITED: i32 = 4;
const WNOWAIT: i32 = 0x0100_0000;
const SIGKILL: i32 = 9;

unsafe extern "C" {
    fn waitid(idtype: i32, id: u32, info: *mut Siginfo, options: i32) -> i32;
    fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    fn kill(pid: i32, signal: i32) -> i32;
}

/// Runs `command` with stdin from /dev/null and its output captured, killing it after `limit`.
pub fn measure(mut command: Command, limit: Duration) -> Result<Finished, String> {
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command.spawn().map_err(|e| format!("spawning {command:?}: {e}"))?;
    let pid = child.id();
    // Drain both pipes on threads so a chatty build cannot block on a full pipe.
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));

    // The child is waited for in two steps so the watchdog can never signal a recycled pid:
    // `waitid(WNOWAIT)` returns at the exit but leaves a zombie that keeps the pid taken; the
    // watchdog only kills while `exited` is false; only then does `wait4` reap it.
    let exited = Mutex::new(false);
    let timed_out = AtomicBool::new(false);
    let (stop_watchdog, stopped) = mpsc::channel::<()>();
    let (wall, raw_status, usage) = std::thread::scope(|scope| {
        let (exited, timed_out) = (&exited, &timed_out);
        scope.spawn(move || {
            if stopped.recv_timeout(limit) == Err(mpsc::RecvTimeoutError::Timeout) {
                let exited = exited.lock().unwrap();
                if !*exited {
                    timed_out.store(true, Ordering::Relaxed);
                    // Only the child itself: for a build that is cargo, whose running rustc
                    // processes then finish on their own. A limit is a safety net, not a plan.
                    // SAFETY: kill has no memory effects; the pid is not reaped yet (see above).
                    unsafe { kill(pid as i32, SIGKILL) };
                }
            }
        });
        let mut info = Siginfo([0; 128]);
        // SAFETY: `info` is a writable siginfo_t-sized buffer.
        retry_interrupted(|| unsafe { waitid(P_PID, pid, &mut info, WEXITED | WNOWAIT) })?;
        let wall = start.elapsed().as_secs_f64();
        *exited.lock().unwrap() = true;
        let _ = stop_watchdog.send(());
        let (mut status, mut usage) = (0, Rusage::default());
        // SAFETY: both pointers are to live, writable values of the types wait4 expects.
        retry_interrupted(|| unsafe { wait4(pid as i32, &mut status, 0, &mut usage) })?;
        Ok::<_, String>((wall, status, usage))
    })?;
    // `child` was reaped by wait4 above; std's handle holds nothing that needs it.
    drop(child);

    use std::os::unix::process::ExitStatusExt;
    let seconds = |t: &Timeval| t.seconds as f64 + t.microseconds as f64 / 1e6;
    let join = |reader: std::thread::JoinHandle<Vec<u8>>| reader.join().unwrap_or_default();
    Ok(Finished {
        sample: Sample { wall, cpu: seconds(&usage.user) + seconds(&usage.system), max_rss_mib: usage.max_rss as f64 / 1024.0 },
        status: ExitStatus::from_raw(raw_status),
        timed_out: timed_out.load(Ordering::Relaxed),
        stdout: join(stdout),
        stderr: join(stderr),
    })
}

fn retry_interrupted(mut call: impl FnMut() -> i32) -> Result<(), String> {
    loop {
        if call() != -1 {
            return Ok(());
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waiting for a child: {error}"));
        }
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_child_and_its_output() {
        let mut command = Command::new("sh");
        command.args(["-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo out; echo err >&2; exit 3"]);
        let finished = measure(command, Duration::from_secs(60)).unwrap();
        assert_eq!(finished.status.code(), Some(3));
        assert!(!finished.success());
        assert_eq!(finished.stdout, b"out\n");
        assert_eq!(finished.stderr, b"err\n");
        assert!(finished.sample.wall > 0.0 && finished.sample.cpu > 0.0, "{:?}", finished.sample);
        assert!(finished.sample.max_rss_mib > 0.1, "{:?}", finished.sample);
    }

    #[test]
    fn kills_at_the_limit() {
        let mut command = Command::new("sleep");
        command.arg("30");
        let finished = measure(command, Duration::from_millis(200)).unwrap();
        assert!(finished.timed_out);
        assert!(finished.sample.wall < 10.0);
        assert_eq!(finished.describe(Duration::from_secs(1)), "timed out after 1s");
    }
}
