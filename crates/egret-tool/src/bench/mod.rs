//! `egret-tool bench [--smoke]`: measures what egret is for, on this machine, in one run.
//!
//! 1. Build time (`builds.rs`): real projects built cold and incrementally by LLVM, by egret
//!    and by `cargo check`, for wall and CPU time, peak memory and the backend's share; and
//!    what unwinding costs egret's backend, in its own CPU seconds (`EGRET_TIME`), against
//!    one more cold egret build with `panic="abort"` (`unwinding.rs`).
//! 2. Run time (`runtime.rs`): CPU-bound programs compiled at -O0 by both, timed, and their
//!    outputs checked identical.
//! 3. The tables on the terminal and, for a full run, `docs/bench/results.json` and
//!    `docs/bench/chart.svg` (`report.rs`, `chart.rs`).
//!
//! `--smoke` runs the same code on the smallest inputs (the demo, one run each, one program)
//! with the debug backend the test suite builds anyway, and writes no files: it is the part of
//! `./egret test` that keeps this command from rotting.

mod builds;
mod chart;
mod machine;
mod measure;
mod report;
mod runtime;
mod stats;
mod unwinding;

use std::path::PathBuf;
use std::time::Instant;

use builds::{Passes, ProjectResult, Way};
use machine::Machine;
use runtime::ProgramResult;

/// Interleaved runs of every build. Five give a median that two disturbed runs cannot move
/// (the machines are shared), and the full run takes about twelve minutes on two cores (the
/// aborting egret build, cold only, adds about a quarter to the build benchmark).
const BUILD_RUNS: usize = 5;
/// Runs of every compiled program; they are short, so more of them are cheap.
const PROGRAM_RUNS: usize = 5;
/// The run-time program of the smoke test: integers, enums and `Vec` only.
const SMOKE_PROGRAM: &str = "interp";

const USAGE: &str = "usage: egret-tool bench [--smoke]";

/// What the benchmark runs need of egret.
pub struct Tools {
    pub backend: PathBuf,
    pub cargo_egret: PathBuf,
}

/// Everything one run measured, for the report.
pub struct Results {
    machine: Machine,
    build_runs: usize,
    program_runs: usize,
    load_start: [f64; 3],
    load_end: [f64; 3],
    minutes: f64,
    builds: Vec<ProjectResult>,
    /// The leaf crate's name and rustc's split of its build, LLVM then egret.
    passes: Option<(&'static str, [Result<Passes, String>; 2])>,
    programs: Vec<ProgramResult>,
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let smoke = match args {
        [] => false,
        [flag] if flag == "--smoke" => true,
        _ => return Err(format!("unexpected arguments {args:?}\n{USAGE}")),
    };
    let started = Instant::now();
    let load_start = machine::load_average();
    let root = crate::workspace::root();
    // The full run measures the release backend, which is what users run; the smoke test only
    // needs a working one, and `./egret test` builds the debug one anyway.
    let profile_dir = crate::workspace::build_backend(!smoke)?;
    let tools = Tools { backend: crate::workspace::backend_dylib(&profile_dir), cargo_egret: profile_dir.join("cargo-egret") };
    let machine = Machine::detect();
    let (projects, build_runs, program_runs, only): (&[&'static builds::Project], _, _, _) = if smoke {
        (&[&builds::DEMO], 1, 1, Some(SMOKE_PROGRAM))
    } else {
        (&[&builds::APP, &builds::LEAF, &builds::DEMO], BUILD_RUNS, PROGRAM_RUNS, None)
    };
    println!("egret bench{}: {} on {}", if smoke { " --smoke" } else { "" }, machine.date, machine.summary());
    println!("load average at the start: {:.2} {:.2} {:.2}", load_start[0], load_start[1], load_start[2]);

    let scratch = builds::Scratch::new(&root);
    builds::prepare(&root, projects, &scratch)?;
    println!("Building {} project(s) {build_runs} time(s) each way, interleaved:", projects.len());
    let built = builds::run(projects, build_runs, &scratch, &tools)?;
    let passes = if smoke { None } else { Some((builds::LEAF.name, builds::time_passes(&builds::LEAF, &scratch, &tools)?)) };
    let programs = runtime::programs(&root, only)?;
    println!("Compiling {} program(s) with each backend and running each {program_runs} time(s), interleaved:", programs.len());
    let ran = runtime::run(&root, &programs, program_runs, &tools)?;

    let results = Results {
        machine,
        build_runs,
        program_runs,
        load_start,
        load_end: machine::load_average(),
        minutes: started.elapsed().as_secs_f64() / 60.0,
        builds: built,
        passes,
        programs: ran,
    };
    print!("{}", report::terminal(&results));

    let mismatches = results.programs.iter().any(|p| p.mismatch) || results.builds.iter().any(|b| matches!(b.outputs, builds::Outputs::Differ(_)));
    if mismatches {
        println!("FAILED: egret's code printed something else than LLVM's (see above): that is a miscompilation.");
    }
    if smoke {
        // The smoke test fails on anything egret could not do, since the demo and the smoke
        // program are known to work; the full run reports such failures in its tables instead.
        let egret_failed = results.builds.iter().any(|b| [builds::Kind::Cold, builds::Kind::Incremental].iter().any(|&k| b.series(k, Way::Egret).failure.is_some()))
            || results.programs.iter().any(|p| p.failure.is_some())
            || results.builds.iter().any(|b| !b.unwinding.measured());
        if egret_failed {
            println!("FAILED: egret could not build or run part of the smoke benchmark (see above).");
        }
        return Ok(!mismatches && !egret_failed);
    }

    let docs = root.join("docs/bench");
    std::fs::create_dir_all(&docs).map_err(|e| format!("creating {}: {e}", docs.display()))?;
    for (file, text) in [("results.json", report::json(&results).render()), ("chart.svg", report::chart(&results))] {
        let path = docs.join(file);
        std::fs::write(&path, text).map_err(|e| format!("writing {}: {e}", path.display()))?;
        println!("wrote {}", path.strip_prefix(&root).unwrap_or(&path).display());
    }
    Ok(!mismatches)
}
