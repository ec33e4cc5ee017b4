//! The run-time benchmark: the CPU-bound programs of `bench/runtime/*.rs` are compiled by
//! rustc in debug mode (`-Copt-level=0`), once by LLVM and once by egret, and each binary runs
//! several times, interleaved with the other backend's. Both must print exactly the same and
//! exit the same way on every run: a difference is a miscompilation, reported as an error and
//! never as a speed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::Tools;
use super::measure::{Finished, Sample, measure};

const COMPILE_LIMIT: Duration = Duration::from_secs(300);
/// The programs take about a second under LLVM -O0; this only catches a hang.
const RUN_LIMIT: Duration = Duration::from_secs(120);
/// The flags of the comparison: what a debug build uses, for a single file.
const FLAGS: &[&str] = &["--edition=2024", "-Copt-level=0"];

pub struct ProgramResult {
    pub name: String,
    /// The compile of each backend, LLVM first.
    pub compile: [Option<Sample>; 2],
    /// The runs of each backend's binary, LLVM first.
    pub runs: [Vec<Sample>; 2],
    /// Why egret's side has no (or no more) runs: its compile failed, or its binary printed
    /// something else than LLVM's (then `mismatch` is set too).
    pub failure: Option<String>,
    pub mismatch: bool,
}

/// The programs of `bench/runtime`, or the one named `only`.
pub fn programs(root: &Path, only: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let dir = root.join("bench/runtime");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter(|path| only.is_none_or(|name| path.file_stem().is_some_and(|stem| stem == name)))
        .collect();
    programs.sort();
    if programs.is_empty() {
        return Err(format!("no programs to run in {}", dir.display()));
    }
    Ok(programs)
}

pub fn run(root: &Path, programs: &[PathBuf], runs: usize, tools: &Tools) -> Result<Vec<ProgramResult>, String> {
    let out_dir = root.join("build/bench/runtime");
    let mut results = Vec::new();
    let mut binaries = Vec::new();
    for program in programs {
        let name = program.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let mut result = ProgramResult { name: name.clone(), compile: [None, None], runs: [Vec::new(), Vec::new()], failure: None, mismatch: false };
        let mut paths = Vec::new();
        for (side, (label, backend)) in [("LLVM", None), ("egret", Some(&tools.backend))].into_iter().enumerate() {
            let dir = out_dir.join(label.to_lowercase());
            std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
            let binary = dir.join(&name);
            let finished = compile(root, program, &binary, backend)?;
            if finished.success() {
                result.compile[side] = Some(finished.sample);
                println!("  compile {name:<12} {label:<5} {:6.2} s", finished.sample.wall);
            } else if backend.is_some() {
                let stderr = String::from_utf8_lossy(&finished.stderr);
                let first = stderr.lines().find(|l| l.starts_with("error")).unwrap_or("no error message").trim().to_string();
                println!("  compile {name:<12} {label:<5} FAILED: {first}");
                result.failure = Some(format!("egret compile failed: {first}"));
            } else {
                return Err(format!("compiling {} with LLVM failed:\n{}", program.display(), String::from_utf8_lossy(&finished.stderr)));
            }
            paths.push(binary);
        }
        results.push(result);
        binaries.push(paths);
    }

    // The LLVM build's first run is the oracle for every run of both; every program exits 0.
    let mut oracles: Vec<Option<Vec<u8>>> = programs.iter().map(|_| None).collect();
    for run in 0..runs {
        for ((result, paths), oracle) in results.iter_mut().zip(&binaries).zip(&mut oracles) {
            for (side, label) in ["LLVM", "egret"].into_iter().enumerate() {
                if side == 1 && result.failure.is_some() {
                    continue;
                }
                let finished = execute(&paths[side], root)?;
                if side == 0 && !finished.success() {
                    return Err(format!("the LLVM build of {} failed ({}):\n{}", result.name, finished.describe(RUN_LIMIT), String::from_utf8_lossy(&finished.stderr)));
                }
                let oracle = oracle.get_or_insert_with(|| finished.stdout.clone());
                if finished.stdout != *oracle || !finished.success() {
                    let diff = crate::diff::render(&String::from_utf8_lossy(oracle), &String::from_utf8_lossy(&finished.stdout));
                    let stderr = String::from_utf8_lossy(&finished.stderr);
                    println!("  run {}/{runs}  {:<12} {label:<5} MISMATCH ({}), - LLVM's first run, + this run:\n{diff}{stderr}", run + 1, result.name, finished.describe(RUN_LIMIT));
                    if side == 0 {
                        return Err(format!("{} printed something else from one LLVM run to the next, so it cannot check egret", result.name));
                    }
                    result.failure = Some("output differs from LLVM's".into());
                    result.mismatch = true;
                    continue;
                }
                result.runs[side].push(finished.sample);
                println!("  run {}/{runs}  {:<12} {label:<5} {:6.2} s", run + 1, result.name, finished.sample.wall);
            }
        }
    }
    Ok(results)
}

fn compile(root: &Path, program: &Path, binary: &Path, backend: Option<&PathBuf>) -> Result<Finished, String> {
    let mut rustc = crate::workspace::pinned("rustc");
    // Relative paths, so both backends embed the same panic locations.
    let relative = program.strip_prefix(root).unwrap_or(program);
    rustc.current_dir(root).args(FLAGS).arg(relative).arg("-o").arg(binary).env("RUSTC_ICE", "0");
    if let Some(backend) = backend {
        rustc.arg(format!("-Zcodegen-backend={}", backend.display()));
    }
    measure(rustc, COMPILE_LIMIT)
}

fn execute(binary: &Path, root: &Path) -> Result<Finished, String> {
    let mut command = Command::new(binary);
    command.current_dir(root).env("RUST_BACKTRACE", "0");
    measure(command, RUN_LIMIT)
}
