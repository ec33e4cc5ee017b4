//! One differential test: a `tests/programs/*.rs` program is compiled by LLVM and by egret with
//! the same rustc and flags, both binaries run, and their stdout, stderr and exit status must be
//! identical. LLVM is the oracle; no test carries a hand-written expectation.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{Outcome, run};

const RUN_LIMIT: Duration = Duration::from_secs(20);
/// Generous: a compile is only cut off when the backend hangs.
const COMPILE_LIMIT: Duration = Duration::from_secs(300);
/// How much of a failed compile's stderr a report shows; the first errors are the useful ones.
const STDERR_LINES: usize = 40;

/// The flags every program is compiled with. Panics unwind, as they do by default; a program
/// that wants `-Cpanic=abort` says so on a `//@ compile-flags: ...` line (a later flag wins).
const BASE_FLAGS: &[&str] = &["--edition=2024", "-Copt-level=0", "-Cdebuginfo=0"];

pub enum Verdict {
    Pass,
    Fail(String),
    /// The LLVM build or run itself failed: the oracle is broken, whatever egret did.
    HarnessError(String),
}

/// What every check needs: where the sources are, the backend, and where binaries go.
pub struct Setup {
    pub root: PathBuf,
    pub backend: PathBuf,
    pub out_dir: PathBuf,
    /// A standard library that egret built (`egret-tool sysroot`), for egret's builds to link
    /// against instead of the toolchain's LLVM-built one.
    pub egret_sysroot: Option<PathBuf>,
}

impl Setup {
    pub fn check(&self, program: &Path) -> Verdict {
        let name = program.file_stem().unwrap_or_default();
        let llvm_bin = self.out_dir.join("llvm").join(name);
        let egret_bin = self.out_dir.join("egret").join(name);
        let flags = match std::fs::read_to_string(program) {
            Ok(source) => program_flags(&source),
            Err(e) => return Verdict::HarnessError(format!("  reading {}: {e}\n", program.display())),
        };

        if let Err(e) = self.compile(program, &flags, &llvm_bin, None) {
            return Verdict::HarnessError(indent(&format!("compiling with LLVM failed: {e}")));
        }
        if let Err(e) = self.compile(program, &flags, &egret_bin, Some(&self.backend)) {
            return Verdict::Fail(indent(&format!("compiling with egret failed: {e}")));
        }
        let llvm = match self.execute(&llvm_bin) {
            Ok(outcome) if matches!(outcome.status, crate::process::Status::TimedOut(_)) => {
                return Verdict::HarnessError(format!("  the LLVM build {}\n", outcome.status));
            }
            Ok(outcome) => outcome,
            Err(e) => return Verdict::HarnessError(indent(&e)),
        };
        let egret = match self.execute(&egret_bin) {
            Ok(outcome) => outcome,
            Err(e) => return Verdict::Fail(indent(&e)),
        };
        compare(&llvm, &egret)
    }

    /// Compiles `program` to `binary`, with egret's backend when one is given.
    fn compile(&self, program: &Path, flags: &[String], binary: &Path, backend: Option<&Path>) -> Result<(), String> {
        // Both compilers see the same relative path, so panic locations print identically.
        let relative = program.strip_prefix(&self.root).unwrap_or(program);
        let mut rustc = crate::workspace::pinned("rustc");
        rustc.current_dir(&self.root).args(BASE_FLAGS).args(flags).arg(relative).arg("-o").arg(binary);
        // An internal compiler error should be reported here, not left as a file in the root.
        rustc.env("RUSTC_ICE", "0");
        if let Some(backend) = backend {
            rustc.arg(format!("-Zcodegen-backend={}", backend.display()));
            if let Some(sysroot) = &self.egret_sysroot {
                rustc.arg("--sysroot").arg(sysroot);
            }
        }
        let outcome = run(rustc, COMPILE_LIMIT)?;
        if outcome.status.success() {
            Ok(())
        } else {
            Err(format!("rustc {}\n{}", outcome.status, trim(&outcome.stderr, STDERR_LINES)))
        }
    }

    fn execute(&self, binary: &Path) -> Result<Outcome, String> {
        let mut command = Command::new(binary);
        // Backtraces would differ (LLVM inlines differently), and the tests do not print them.
        command.current_dir(&self.root).env("RUST_BACKTRACE", "0").env("RUST_LIB_BACKTRACE", "0");
        let mut outcome = run(command, RUN_LIMIT)?;
        outcome.stderr = normalize(&outcome.stderr);
        Ok(outcome)
    }
}

fn compare(llvm: &Outcome, egret: &Outcome) -> Verdict {
    let mut problems = String::new();
    if llvm.status != egret.status {
        problems.push_str(&format!("  exit status: LLVM {}, egret {}\n", llvm.status, egret.status));
    }
    for (stream, expected, actual) in [("stdout", &llvm.stdout, &egret.stdout), ("stderr", &llvm.stderr, &egret.stderr)] {
        if expected != actual {
            problems.push_str(&format!("  {stream} differs (- LLVM, + egret):\n"));
            problems.push_str(&crate::diff::render(expected, actual));
        }
    }
    if problems.is_empty() { Verdict::Pass } else { Verdict::Fail(problems) }
}

/// The extra flags a program asks for on `//@ compile-flags:` lines in its leading comments.
fn program_flags(source: &str) -> Vec<String> {
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .filter_map(|l| l.strip_prefix("//@ compile-flags:"))
        .flat_map(|flags| flags.split_whitespace().map(str::to_string))
        .collect()
}

/// Panic messages carry the OS thread id, `thread 'main' (4242) panicked at ...`, which
/// differs between any two runs; it becomes `(TID)`. The message may follow unterminated
/// output on the same line, so every occurrence is looked for, not just line starts.
fn normalize(stderr: &str) -> String {
    const OPEN: &str = "thread '";
    let mut out = String::with_capacity(stderr.len());
    let mut rest = stderr;
    while let Some(start) = rest.find(OPEN) {
        let after_open = start + OPEN.len();
        out.push_str(&rest[..after_open]);
        rest = &rest[after_open..];
        // A thread name has no newline; its end is the `' (` before the id.
        let Some(name_end) = rest.find("' (").filter(|&end| !rest[..end].contains('\n')) else { continue };
        let id = &rest[name_end + 3..];
        let digits = id.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && id[digits..].starts_with(')') {
            out.push_str(&rest[..name_end]);
            out.push_str("' (TID)");
            rest = &id[digits + 1..];
        }
    }
    out.push_str(rest);
    out
}

fn trim(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut shown = all[..all.len().min(lines)].join("\n");
    if all.len() > lines {
        shown.push_str(&format!("\n... ({} more lines)", all.len() - lines));
    }
    shown
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  {l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_ids_are_normalized() {
        assert_eq!(normalize("thread 'main' (1234) panicked at x.rs:1:2:\n"), "thread 'main' (TID) panicked at x.rs:1:2:\n");
        assert_eq!(normalize("a\nthread '<unnamed>' (9) panicked\nb"), "a\nthread '<unnamed>' (TID) panicked\nb");
        assert_eq!(normalize("partialthread 'w' (77) panicked"), "partialthread 'w' (TID) panicked");
        assert_eq!(normalize("thread 'x' (abc) stays\n"), "thread 'x' (abc) stays\n");
        assert_eq!(normalize("thread 'a\nthread 'b' (5) x"), "thread 'a\nthread 'b' (TID) x");
        assert_eq!(normalize("no thread here"), "no thread here");
    }

    #[test]
    fn flags_come_from_the_header() {
        let source = "//! doc\n//@ compile-flags: -Cpanic=unwind -Zfoo\nfn main() {}\n//@ compile-flags: -Cignored";
        assert_eq!(program_flags(source), vec!["-Cpanic=unwind", "-Zfoo"]);
    }

    #[test]
    fn long_stderr_is_trimmed() {
        assert_eq!(trim("a\nb\nc\n", 2), "a\nb\n... (1 more lines)");
        assert_eq!(trim("a\nb\n", 2), "a\nb");
    }
}
