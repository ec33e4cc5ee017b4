//! The differential harness: every `tests/programs/*.rs` is compiled by LLVM and by egret with
//! the same rustc and flags, both binaries run, and their stdout, stderr and exit status must be
//! identical. LLVM is the oracle; no test carries a hand-written expectation.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use crate::process::{Outcome, run};

const RUN_LIMIT: Duration = Duration::from_secs(20);
const COMPILE_LIMIT: Duration = Duration::from_secs(300);

/// The flags every program is compiled with; a program adds its own on a
/// `//@ compile-flags: ...` line.
const BASE_FLAGS: &[&str] = &["--edition=2024", "-Copt-level=0", "-Cdebuginfo=0"];

enum Verdict {
    Pass,
    Fail(String),
    /// The LLVM build itself failed or is not deterministic: the oracle is broken.
    HarnessError(String),
}

pub fn run_suite(args: &[String]) -> Result<bool, String> {
    let release = args.iter().any(|a| a == "--release");
    let filter = args.iter().find(|a| !a.starts_with("--")).cloned();
    let root = crate::workspace::root();
    let profile_dir = crate::workspace::build_backend(release)?;
    let backend = crate::workspace::backend_dylib(&profile_dir);

    let expected = crate::expected::load(&root.join("tests/expected-failures.txt"))?;
    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/programs"))
        .map_err(|e| format!("reading tests/programs: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter(|path| filter.as_deref().is_none_or(|f| stem(path).contains(f)))
        .collect();
    programs.sort();
    for name in expected.keys() {
        if !root.join("tests/programs").join(format!("{name}.rs")).exists() {
            return Err(format!("tests/expected-failures.txt lists `{name}`, which is not a program"));
        }
    }

    let out_dir = root.join("build/tests");
    for side in ["llvm", "egret"] {
        std::fs::create_dir_all(out_dir.join(side)).map_err(|e| e.to_string())?;
    }

    // Two workers: the machines this runs on have two cores.
    let queue = Mutex::new(programs.iter());
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let Some(program) = queue.lock().unwrap().next() else { break };
                    let verdict = check(&root, program, &backend, &out_dir);
                    let name = stem(program);
                    report(&name, &verdict, expected.get(&name));
                    results.lock().unwrap().push((name, verdict));
                }
            });
        }
    });

    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut passed, mut failed, mut expected_failures) = (0, Vec::new(), 0);
    for (name, verdict) in &results {
        match (verdict, expected.contains_key(name)) {
            (Verdict::Pass, false) => passed += 1,
            (Verdict::Pass, true) => failed.push(format!("{name} (passes now: remove it from tests/expected-failures.txt)")),
            (Verdict::Fail(_), true) => expected_failures += 1,
            (Verdict::Fail(_), false) => failed.push(name.clone()),
            (Verdict::HarnessError(_), _) => failed.push(format!("{name} (harness error)")),
        }
    }
    println!();
    if expected_failures > 0 {
        println!("{expected_failures} expected failures (tests/expected-failures.txt)");
    }
    println!("{} passed, {} failed", passed, failed.len());
    for name in &failed {
        println!("  failed: {name}");
    }
    Ok(failed.is_empty())
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

fn report(name: &str, verdict: &Verdict, expected_reason: Option<&String>) {
    match (verdict, expected_reason) {
        (Verdict::Pass, None) => println!("PASS {name}"),
        (Verdict::Pass, Some(_)) => println!("UNEXPECTED PASS {name}"),
        (Verdict::Fail(_), Some(reason)) => println!("XFAIL {name} ({reason})"),
        (Verdict::Fail(detail), None) => println!("FAIL {name}\n{detail}"),
        (Verdict::HarnessError(detail), _) => println!("ERROR {name}\n{detail}"),
    }
}

/// The extra flags a program asks for on a `//@ compile-flags:` line.
fn program_flags(source: &str) -> Vec<String> {
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .filter_map(|l| l.strip_prefix("//@ compile-flags:"))
        .flat_map(|flags| flags.split_whitespace().map(str::to_string))
        .collect()
}

fn check(root: &Path, program: &Path, backend: &Path, out_dir: &Path) -> Verdict {
    let name = stem(program);
    let source = std::fs::read_to_string(program).unwrap_or_default();
    let flags = program_flags(&source);
    // Both compilers see the same relative path, so panic locations print identically.
    let relative = program.strip_prefix(root).unwrap_or(program);
    let llvm_bin = out_dir.join("llvm").join(&name);
    let egret_bin = out_dir.join("egret").join(&name);

    let compile = |binary: &Path, egret: bool| -> Result<(), String> {
        let mut rustc = Command::new("rustc");
        rustc.current_dir(root).args(BASE_FLAGS).args(&flags).arg(relative).arg("-o").arg(binary);
        if egret {
            rustc.arg(format!("-Zcodegen-backend={}", backend.display()));
        }
        let outcome = run(rustc, COMPILE_LIMIT)?;
        if outcome.status == "exit 0" {
            Ok(())
        } else {
            Err(format!("{} ({})\n{}", if egret { "egret" } else { "LLVM" }, outcome.status, trim(&outcome.stderr, 40)))
        }
    };
    if let Err(e) = compile(&llvm_bin, false) {
        return Verdict::HarnessError(indent(&format!("the LLVM build failed: {e}")));
    }
    if let Err(e) = compile(&egret_bin, true) {
        return Verdict::Fail(indent(&format!("compiling with egret failed: {e}")));
    }
    let execute = |binary: &Path| -> Result<Outcome, String> {
        let mut command = Command::new(binary);
        // Backtraces would differ (LLVM inlines differently), and the tests do not print them.
        command.current_dir(root).env("RUST_BACKTRACE", "0");
        let mut outcome = run(command, RUN_LIMIT)?;
        outcome.stderr = normalize(&outcome.stderr);
        Ok(outcome)
    };
    let (llvm, egret) = match (execute(&llvm_bin), execute(&egret_bin)) {
        (Ok(l), Ok(e)) => (l, e),
        (Err(e), _) | (_, Err(e)) => return Verdict::HarnessError(e),
    };
    let mut problems = String::new();
    if llvm.status != egret.status {
        problems.push_str(&format!("  exit status: LLVM {}, egret {}\n", llvm.status, egret.status));
    }
    if llvm.stdout != egret.stdout {
        problems.push_str("  stdout differs (- LLVM, + egret):\n");
        problems.push_str(&crate::diff::render(&llvm.stdout, &egret.stdout));
    }
    if llvm.stderr != egret.stderr {
        problems.push_str("  stderr differs (- LLVM, + egret):\n");
        problems.push_str(&crate::diff::render(&llvm.stderr, &egret.stderr));
    }
    if problems.is_empty() { Verdict::Pass } else { Verdict::Fail(problems) }
}

/// Panic messages carry the OS thread id (`thread 'main' (4242) panicked`), which differs
/// between any two runs; it is replaced by a fixed token.
fn normalize(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        out.push_str(&strip_thread_id(line));
    }
    out
}

fn strip_thread_id(line: &str) -> String {
    let Some(rest) = line.strip_prefix("thread '") else { return line.to_string() };
    let Some(name_end) = rest.find("' (") else { return line.to_string() };
    let after = &rest[name_end + 3..];
    let digits = after.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || !after[digits..].starts_with(')') {
        return line.to_string();
    }
    format!("thread '{}' (TID){}", &rest[..name_end], &after[digits + 1..])
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
        assert_eq!(strip_thread_id("thread 'main' (1234) panicked at x.rs:1:2:\n"), "thread 'main' (TID) panicked at x.rs:1:2:\n");
        assert_eq!(strip_thread_id("thread '<unnamed>' (9) panicked\n"), "thread '<unnamed>' (TID) panicked\n");
        assert_eq!(strip_thread_id("thread 'x' (abc) stays\n"), "thread 'x' (abc) stays\n");
    }

    #[test]
    fn flags_come_from_the_header() {
        let source = "//! doc\n//@ compile-flags: -Cpanic=abort -Zfoo\nfn main() {}\n//@ compile-flags: -Cignored";
        assert_eq!(program_flags(source), vec!["-Cpanic=abort", "-Zfoo"]);
    }
}
