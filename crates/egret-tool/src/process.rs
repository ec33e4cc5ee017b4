//! Running a program with a time limit and capturing what it did.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How a program ended and what it printed.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: Status,
}

/// How a program ended, comparable between two runs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    TimedOut(Duration),
}

impl Status {
    pub fn success(self) -> bool {
        self == Status::Exit(0)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Status::Exit(code) => write!(f, "exit {code}"),
            Status::Signal(signal) => match signal_name(signal) {
                Some(name) => write!(f, "signal {signal} ({name})"),
                None => write!(f, "signal {signal}"),
            },
            Status::TimedOut(limit) => write!(f, "timed out after {}s", limit.as_secs()),
        }
    }
}

/// The signals a miscompiled program tends to die of.
fn signal_name(signal: i32) -> Option<&'static str> {
    Some(match signal {
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => return None,
    })
}

/// Runs `command` with stdin from /dev/null, killing it after `limit`.
pub fn run(mut command: Command, limit: Duration) -> Result<Outcome, String> {
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| format!("spawning {command:?}: {e}"))?;
    // Drain both pipes on threads so a chatty program cannot block on a full pipe.
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let status = wait(&mut child, limit)?;
    let text = |reader: std::thread::JoinHandle<Vec<u8>>| String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    Ok(Outcome { stdout: text(stdout), stderr: text(stderr), status })
}

/// Like [`run`], but the program's stdout and stderr go through one pipe, in the order it wrote
/// them, all into `stdout` (`stderr` stays empty).
pub fn run_merged(mut command: Command, limit: Duration) -> Result<Outcome, String> {
    let (reader, writer) = std::io::pipe().map_err(|e| format!("making a pipe: {e}"))?;
    let writer_too = writer.try_clone().map_err(|e| format!("cloning a pipe: {e}"))?;
    command.stdin(Stdio::null()).stdout(writer).stderr(writer_too);
    let mut child = command.spawn().map_err(|e| format!("spawning {command:?}: {e}"))?;
    // The command holds the parent's copies of the write end; the output ends when they close.
    drop(command);
    let output = drain(reader);
    let status = wait(&mut child, limit)?;
    let stdout = String::from_utf8_lossy(&output.join().unwrap_or_default()).into_owned();
    Ok(Outcome { stdout, stderr: String::new(), status })
}

fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}

fn wait(child: &mut Child, limit: Duration) -> Result<Status, String> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("waiting for a child: {e}"))? {
            return Ok(describe(status));
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(Status::TimedOut(limit));
        }
        // Polling keeps this std-only; 5ms is noise next to a compile or a program run.
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn describe(status: ExitStatus) -> Status {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Status::Exit(code),
        (None, Some(signal)) => Status::Signal(signal),
        // Neither a code nor a signal does not happen for a waited-for child on Unix.
        (None, None) => Status::Exit(-1),
    }
}
