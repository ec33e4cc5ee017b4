//! `egret-tool test`: builds egret, runs the differential check over every program of
//! `tests/programs` on two workers, weighs the verdicts against the expected-failures list, and
//! ends with the `N passed, N failed` line that CI reads.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::differential::{Setup, Verdict};

/// The machines egret is developed and tested on have two cores.
const WORKERS: usize = 2;

const USAGE: &str = "usage: egret-tool test [--release] [--egret-sysroot] [FILTER]";

pub fn run(args: &[String]) -> Result<bool, String> {
    let mut release = false;
    let mut own_sysroot = false;
    let mut filter = None;
    for arg in args {
        match arg.as_str() {
            "--release" => release = true,
            "--egret-sysroot" => own_sysroot = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`\n{USAGE}")),
            name if filter.is_none() => filter = Some(name.to_string()),
            _ => return Err(format!("only one filter is allowed\n{USAGE}")),
        }
    }

    let root = crate::workspace::root();
    let profile_dir = crate::workspace::build_backend(release)?;
    let programs_dir = root.join("tests/programs");
    let expected = crate::expected::load(&root.join("tests/expected-failures.txt"))?;
    // `crate:NAME` entries belong to the real-crate harness (`egret-tool crates`), `std:...`
    // ones to the standard library's suites (`egret-tool std`).
    for name in expected.keys().filter(|n| !n.starts_with("crate:") && !n.starts_with("std:")) {
        if !programs_dir.join(format!("{name}.rs")).is_file() {
            return Err(format!("tests/expected-failures.txt lists `{name}`, but there is no tests/programs/{name}.rs"));
        }
    }
    let programs = programs(&programs_dir, filter.as_deref())?;
    if let Some(filter) = filter.as_deref().filter(|_| programs.is_empty()) {
        return Err(format!("no program in tests/programs has `{filter}` in its name"));
    }

    let backend = crate::workspace::backend_dylib(&profile_dir);
    // With `--egret-sysroot`, egret's side also compiles the standard library it links against,
    // and its binaries go to a folder of their own.
    let (egret_sysroot, out_dir) = if own_sysroot {
        let started = std::time::Instant::now();
        let (sysroot, _) = crate::sysroot::build(&root, &backend)?;
        println!("built the standard library with egret in {:.1} s", started.elapsed().as_secs_f64());
        (Some(sysroot), root.join("build/tests-egret-sysroot"))
    } else {
        (None, root.join("build/tests"))
    };
    let setup = Setup { backend, out_dir, egret_sysroot, root };
    for side in ["llvm", "egret"] {
        let dir = setup.out_dir.join(side);
        std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }

    let queue = Mutex::new(programs.iter());
    let results = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                // The block drops the queue's lock before the check runs, so both workers compile at once.
                while let Some(program) = { queue.lock().unwrap().next() } {
                    let name = stem(program);
                    let verdict = setup.check(program);
                    println!("{}", report(&name, &verdict, expected.get(&name)));
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
            (Verdict::Pass, true) => failed.push(format!("{name} (unexpectedly passed: remove it from tests/expected-failures.txt)")),
            (Verdict::Fail(_), true) => expected_failures += 1,
            (Verdict::Fail(_), false) => failed.push(name.clone()),
            (Verdict::HarnessError(_), _) => failed.push(format!("{name} (harness error: the LLVM build failed)")),
        }
    }
    println!();
    if expected_failures > 0 {
        println!("{expected_failures} expected failures (listed in tests/expected-failures.txt)");
    }
    println!("{passed} passed, {} failed", failed.len());
    for name in &failed {
        println!("  failed: {name}");
    }
    Ok(failed.is_empty())
}

/// The programs whose file stem contains `filter`, in name order.
fn programs(dir: &Path, filter: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter(|path| filter.is_none_or(|f| stem(path).contains(f)))
        .collect();
    programs.sort();
    Ok(programs)
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap_or_default().to_string_lossy().into_owned()
}

/// The line (and details) shown as soon as a program's verdict is known.
fn report(name: &str, verdict: &Verdict, expected_reason: Option<&String>) -> String {
    match (verdict, expected_reason) {
        (Verdict::Pass, None) => format!("PASS  {name}"),
        (Verdict::Pass, Some(_)) => format!("UNEXPECTED PASS  {name}: remove it from tests/expected-failures.txt"),
        (Verdict::Fail(_), Some(reason)) => format!("XFAIL {name}  # {reason}"),
        (Verdict::Fail(detail), None) => format!("FAIL  {name}\n{}", detail.trim_end()),
        (Verdict::HarnessError(detail), _) => format!("ERROR {name} (the LLVM oracle failed)\n{}", detail.trim_end()),
    }
}
