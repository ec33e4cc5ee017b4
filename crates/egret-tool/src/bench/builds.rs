//! The build benchmark: each project is built three ways, LLVM (`cargo build`), egret
//! (`cargo egret build`) and `cargo check` (the frontend alone, the floor both backends stand
//! on), first cold into an emptied target folder and then incrementally after a one-line edit
//! of its leaf crate. Runs are interleaved (LLVM, egret, check, LLVM, ...) so that a change in
//! the machine's load spreads over all three instead of landing on one.
//!
//! The cold egret builds also report the backend's own CPU time (`EGRET_TIME=1`), and each run
//! adds one more cold egret build with `panic="abort"`, right after the unwinding one, for what
//! unwinding costs the backend (`unwinding.rs`).
//!
//! Everything happens in scratch copies under `build/bench/`, never in `bench/` or `demo/`
//! themselves: the edits need no undoing in the repository, and a copy of the large library
//! (a registry crate) can be patched in as a path dependency, which is what lets cargo see an
//! edit to it and rebuild it incrementally.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::Tools;
use super::measure::{Finished, Sample, measure};
use super::unwinding::{self, BackendCpu, Strategies};

/// A build is only cut off when something hangs.
const BUILD_LIMIT: Duration = Duration::from_secs(900);
const RUN_LIMIT: Duration = Duration::from_secs(60);

pub struct Project {
    /// The short name in tables and the scratch folder's name.
    pub name: &'static str,
    pub description: &'static str,
    /// The project's folder, relative to the repository root.
    source: &'static str,
    /// A registry dependency built from a copy of its source; it is the crate the project is
    /// about, and the one the incremental build edits.
    vendored: Option<&'static str>,
    edit: Edit,
    /// The binary whose LLVM and egret builds must print the same, if the project has one.
    binary: Option<&'static str>,
}

/// The one-line change before the incremental build. Paths are relative to the scratch folder
/// (`build/bench/src`), so the edit can be in the project or in the vendored crate.
enum Edit {
    Replace { file: &'static str, from: &'static str, to: &'static str },
    /// A new function at the end of a library: real code for the backend to compile.
    Append { file: &'static str, line: &'static str },
}

pub const APP: Project = Project {
    name: "app",
    description: "bench/app: a CLI over clap, rand, regex, serde and serde_json (45 crates)",
    source: "bench/app",
    vendored: None,
    edit: Edit::Replace { file: "app/src/main.rs", from: "const EDIT_MARKER: u32 = 0;", to: "const EDIT_MARKER: u32 = 1;" },
    binary: Some("egret-bench-app"),
};

pub const LEAF: Project = Project {
    name: "syn",
    description: "bench/leaf: syn with full, visit, visit-mut, fold and extra-traits, as the leaf",
    source: "bench/leaf",
    vendored: Some("syn"),
    edit: Edit::Append { file: "vendor/syn/src/lib.rs", line: "pub fn egret_bench_edit() -> u32 { 1 }" },
    binary: None,
};

pub const DEMO: Project = Project {
    name: "demo",
    description: "demo/: egret's bundled demo (fnv, itoa)",
    source: "demo",
    vendored: None,
    edit: Edit::Replace { file: "demo/src/main.rs", from: "fn main() {", to: "fn main() {\n    std::hint::black_box(1u32);" },
    binary: Some("egret-demo"),
};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Way {
    Llvm,
    Egret,
    Check,
}

impl Way {
    /// The interleaving order.
    pub const ALL: [Way; 3] = [Way::Llvm, Way::Egret, Way::Check];

    pub fn label(self) -> &'static str {
        match self {
            Way::Llvm => "LLVM",
            Way::Egret => "egret",
            Way::Check => "check",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Way::Llvm => "llvm",
            Way::Egret => "egret",
            Way::Check => "check",
        }
    }

    fn command(self, tools: &Tools) -> Command {
        let mut command = match self {
            Way::Llvm | Way::Check => crate::workspace::pinned("cargo"),
            Way::Egret => {
                let mut command = Command::new(&tools.cargo_egret);
                command.arg("egret");
                command
            }
        };
        command.arg(if self == Way::Check { "check" } else { "build" });
        // --frozen: the lock file is used as it is and nothing is downloaded while timing.
        command.args(["-q", "--frozen"]);
        without_caching(&mut command);
        command
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Cold,
    Incremental,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Cold, Kind::Incremental];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Cold => "cold",
            Kind::Incremental => "incremental",
        }
    }
}

/// The runs of one way and kind of build: the samples, or why there are none (or no more).
#[derive(Default)]
pub struct Series {
    pub samples: Vec<Sample>,
    pub failure: Option<String>,
}

/// Whether the LLVM and egret builds of a project's binary print the same.
pub enum Outputs {
    NoBinary,
    Identical,
    Differ(String),
    /// One of the builds failed, so there was nothing to compare.
    NotCompared,
}

pub struct ProjectResult {
    pub project: &'static Project,
    /// `series[kind][way]`, indexed like `Kind::ALL` and `Way::ALL`.
    pub series: [[Series; 3]; 2],
    pub outputs: Outputs,
    pub unwinding: unwinding::Cost,
}

impl ProjectResult {
    pub fn series(&self, kind: Kind, way: Way) -> &Series {
        &self.series[kind as usize][way as usize]
    }
}

/// Where the scratch copies and target folders live.
pub struct Scratch {
    sources: PathBuf,
    targets: PathBuf,
}

impl Scratch {
    pub fn new(root: &Path) -> Scratch {
        Scratch { sources: root.join("build/bench/src"), targets: root.join("build/bench/target") }
    }

    fn project_dir(&self, project: &Project) -> PathBuf {
        self.sources.join(project.name)
    }

    fn target_dir(&self, project: &Project, label: &str) -> PathBuf {
        self.targets.join(format!("{}-{label}", project.name))
    }
}

/// Fetches every project's dependencies (so no timed build downloads anything) and lays out
/// fresh scratch copies of the projects, with vendored crates patched in.
pub fn prepare(root: &Path, projects: &[&'static Project], scratch: &Scratch) -> Result<(), String> {
    remove_dir(&scratch.sources)?;
    for project in projects {
        let source = root.join(project.source);
        // --locked: the committed Cargo.lock is used, never rewritten.
        cargo_ok(crate::workspace::pinned("cargo").current_dir(&source).args(["fetch", "-q", "--locked"]), &source)?;
        let copy = scratch.project_dir(project);
        copy_tree(&source, &copy)?;
        if let Some(name) = project.vendored {
            let version = locked_version(&source.join("Cargo.lock"), name)?;
            let registry_copy = registry_source(name, &version)?;
            copy_tree(&registry_copy, &scratch.sources.join("vendor").join(name))?;
            // The vendored crate sits outside the project's folder so that it is not a member of
            // the project's workspace: members have their dev-dependencies resolved too.
            let manifest = copy.join("Cargo.toml");
            let mut text = read(&manifest)?;
            text.push_str(&format!("\n# Added by egret-tool bench: build {name} from a copy of its source.\n[patch.crates-io]\n{name} = {{ path = \"../vendor/{name}\" }}\n"));
            write(&manifest, &text)?;
            // The patch changes the lock file (the crate's source); that needs no network.
            cargo_ok(crate::workspace::pinned("cargo").current_dir(&copy).args(["fetch", "-q", "--offline"]), &copy)?;
        }
    }
    Ok(())
}

/// Builds every project `runs` times each way, cold and then incrementally, interleaved.
/// An egret build that fails is recorded (and not retried); an LLVM or check build that fails
/// means the project itself is broken, which is an error.
pub fn run(projects: &[&'static Project], runs: usize, scratch: &Scratch, tools: &Tools) -> Result<Vec<ProjectResult>, String> {
    let mut results: Vec<ProjectResult> =
        projects.iter().map(|&project| ProjectResult { project, series: Default::default(), outputs: Outputs::NotCompared, unwinding: Default::default() }).collect();
    for result in &mut results {
        let project = result.project;
        match Strategies::of_project(&scratch.project_dir(project), &scratch.target_dir(project, ABORT_TARGET)) {
            Ok(strategies) => result.unwinding.strategies = Some(strategies),
            Err(e) => result.unwinding.strategies_failure = Some(e),
        }
    }
    // The first run's program output of the LLVM and egret builds, compared at the end.
    let mut printed: Vec<[Option<Finished>; 2]> = projects.iter().map(|_| [None, None]).collect();
    for run in 0..runs {
        for (result, printed) in results.iter_mut().zip(&mut printed) {
            let project = result.project;
            let dir = scratch.project_dir(project);
            for way in Way::ALL {
                let target = scratch.target_dir(project, way.key());
                for kind in Kind::ALL {
                    if result.series[kind as usize][way as usize].failure.is_some() {
                        continue;
                    }
                    let finished = match kind {
                        Kind::Cold => {
                            remove_dir(&target)?;
                            let mut command = way.command(tools);
                            if way == Way::Egret {
                                command.env("EGRET_TIME", "1");
                            }
                            build(command, &dir, &target)?
                        }
                        Kind::Incremental => {
                            let edited = apply(&project.edit, &scratch.sources)?;
                            let finished = build(way.command(tools), &dir, &target);
                            write(&edited.path, &edited.original)?;
                            finished?
                        }
                    };
                    let series = &mut result.series[kind as usize][way as usize];
                    let outcome = if finished.success() {
                        series.samples.push(finished.sample);
                        let mut outcome = describe_sample(&finished.sample);
                        if (way, kind) == (Way::Egret, Kind::Cold) {
                            outcome.push_str(&record_backend_cpu(&finished, &mut result.unwinding, |cost| &mut cost.unwind));
                        }
                        outcome
                    } else if way == Way::Egret {
                        let failure = first_error(&finished, BUILD_LIMIT);
                        let line = format!("FAILED: {failure}");
                        series.failure = Some(failure);
                        // A cold build that failed leaves nothing to rebuild incrementally.
                        if kind == Kind::Cold {
                            result.series[Kind::Incremental as usize][way as usize].failure = Some("the cold build failed".into());
                        }
                        line
                    } else {
                        let stderr = String::from_utf8_lossy(&finished.stderr);
                        return Err(format!("the {} {} build of {} failed ({}):\n{stderr}", way.label(), kind.label(), project.name, finished.describe(BUILD_LIMIT)));
                    };
                    println!("  run {}/{runs}  {:<5} {:<5} {:<11} {outcome}", run + 1, project.name, way.label(), kind.label());

                    let slot = match way {
                        Way::Llvm => 0,
                        Way::Egret => 1,
                        Way::Check => continue,
                    };
                    if let (Kind::Cold, true, Some(binary)) = (kind, finished.success(), project.binary)
                        && printed[slot].is_none()
                    {
                        printed[slot] = Some(run_binary(&target.join("debug").join(binary))?);
                    }
                }
                if way == Way::Egret
                    && let Some(outcome) = abort_build(result, &dir, scratch, tools)?
                {
                    println!("  run {}/{runs}  {:<5} {:<5} {:<11} {outcome}", run + 1, project.name, way.label(), "cold, abort");
                }
            }
        }
    }
    for (result, [llvm, egret]) in results.iter_mut().zip(printed) {
        result.outputs = match (result.project.binary, llvm, egret) {
            (None, _, _) => Outputs::NoBinary,
            (Some(_), Some(llvm), Some(egret)) => compare(&llvm, &egret)?,
            (Some(_), _, _) => Outputs::NotCompared,
        };
    }
    Ok(results)
}

/// A compiler wrapper (sccache and the like) would time a cache, and `CARGO_INCREMENTAL` would
/// change what an incremental build is: the benchmark runs cargo's defaults. Other flags from the
/// environment (`RUSTFLAGS`) stay, since `cargo egret` passes them on and so both backends see them.
fn without_caching(command: &mut Command) {
    for variable in ["RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "CARGO_BUILD_RUSTC_WRAPPER", "CARGO_INCREMENTAL"] {
        command.env_remove(variable);
    }
}

fn build(mut command: Command, dir: &Path, target: &Path) -> Result<Finished, String> {
    command.current_dir(dir).env("CARGO_TARGET_DIR", target);
    measure(command, BUILD_LIMIT)
}

fn describe_sample(sample: &Sample) -> String {
    format!("{:7.2} s wall, {:7.2} s cpu, {:5.0} MiB", sample.wall, sample.cpu, sample.max_rss_mib)
}

/// The target folder of the aborting egret builds.
const ABORT_TARGET: &str = "egret-abort";

/// The cold egret build with `panic="abort"`, unless the unwinding one failed or the cost cannot
/// be measured anyway: how it went, for the progress line, or `None` if it did not run.
fn abort_build(result: &mut ProjectResult, dir: &Path, scratch: &Scratch, tools: &Tools) -> Result<Option<String>, String> {
    let cost = &mut result.unwinding;
    if result.series[Kind::Cold as usize][Way::Egret as usize].failure.is_some() || cost.failure.is_some() || cost.abort_builds.failure.is_some() {
        return Ok(None);
    }
    let target = scratch.target_dir(result.project, ABORT_TARGET);
    remove_dir(&target)?;
    let mut command = Way::Egret.command(tools);
    command.args(["--config", unwinding::ABORT_CONFIG]).env("EGRET_TIME", "1");
    let finished = build(command, dir, &target)?;
    if !finished.success() {
        let failure = first_error(&finished, BUILD_LIMIT);
        let line = format!("FAILED: {failure}");
        cost.abort_builds.failure = Some(failure);
        return Ok(Some(line));
    }
    cost.abort_builds.samples.push(finished.sample);
    Ok(Some(describe_sample(&finished.sample) + &record_backend_cpu(&finished, cost, |cost| &mut cost.abort)))
}

/// Keeps the `egret time:` lines of a cold egret build in `cost`, in the list `side` picks, and
/// says what they add up to (or that they are missing) for the progress line.
fn record_backend_cpu(finished: &Finished, cost: &mut unwinding::Cost, side: fn(&mut unwinding::Cost) -> &mut Vec<BackendCpu>) -> String {
    if cost.failure.is_some() {
        return String::new();
    }
    match BackendCpu::parse(&String::from_utf8_lossy(&finished.stderr)) {
        Some(cpu) => {
            let line = format!(", backend {:6.2} s cpu", cpu.total());
            side(cost).push(cpu);
            line
        }
        None => {
            cost.failure = Some("the egret build printed no `egret time:` lines (EGRET_TIME=1)".into());
            ", but no `egret time:` lines".into()
        }
    }
}

fn run_binary(binary: &Path) -> Result<Finished, String> {
    let mut command = Command::new(binary);
    command.env("RUST_BACKTRACE", "0");
    measure(command, RUN_LIMIT)
}

fn compare(llvm: &Finished, egret: &Finished) -> Result<Outputs, String> {
    if !llvm.success() {
        return Err(format!("the LLVM build's binary failed when run ({})", llvm.describe(RUN_LIMIT)));
    }
    if llvm.stdout == egret.stdout && llvm.status.code() == egret.status.code() {
        return Ok(Outputs::Identical);
    }
    let mut why = format!("LLVM {}, egret {}\n", llvm.describe(RUN_LIMIT), egret.describe(RUN_LIMIT));
    why.push_str(&crate::diff::render(&String::from_utf8_lossy(&llvm.stdout), &String::from_utf8_lossy(&egret.stdout)));
    why.push_str(&String::from_utf8_lossy(&egret.stderr));
    Ok(Outputs::Differ(why))
}

/// A file as it was before an edit, to put back afterwards.
struct Edited {
    path: PathBuf,
    original: String,
}

fn apply(edit: &Edit, sources: &Path) -> Result<Edited, String> {
    let (Edit::Replace { file, .. } | Edit::Append { file, .. }) = *edit;
    let path = sources.join(file);
    let original = read(&path)?;
    let text = match *edit {
        Edit::Replace { from, to, .. } if original.contains(from) => original.replacen(from, to, 1),
        Edit::Replace { from, .. } => return Err(format!("the benchmark's edit looks for `{from}` in {file}, which no longer has it")),
        Edit::Append { line, .. } => format!("{original}\n{line}\n"),
    };
    write(&path, &text)?;
    Ok(Edited { path, original })
}

/// The error a failed build reports first, and the crate it was compiling: what to fix first.
fn first_error(finished: &Finished, limit: Duration) -> String {
    let stderr = String::from_utf8_lossy(&finished.stderr);
    let error = stderr.lines().find(|l| l.starts_with("error")).map(str::trim);
    let krate = stderr.lines().find_map(|l| l.strip_prefix("error: could not compile `")).and_then(|rest| rest.split('`').next());
    match (error, krate) {
        (Some(error), Some(krate)) => format!("{error} (in {krate})"),
        (Some(error), None) => error.to_string(),
        (None, _) => format!("{} with no error message", finished.describe(limit)),
    }
}

/// The version of `name` in a Cargo.lock.
fn locked_version(lock: &Path, name: &str) -> Result<String, String> {
    let text = read(lock)?;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{name}\"")
            && let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    Err(format!("{} locks no `{name}`", lock.display()))
}

/// Where cargo unpacked a registry crate: `$CARGO_HOME/registry/src/<index>/<name>-<version>`.
fn registry_source(name: &str, version: &str) -> Result<PathBuf, String> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let registries = cargo_home.join("registry/src");
    let entries = std::fs::read_dir(&registries).map_err(|e| format!("reading {}: {e}", registries.display()))?;
    entries
        .filter_map(Result::ok)
        .map(|index| index.path().join(format!("{name}-{version}")))
        .find(|dir| dir.join("Cargo.toml").is_file())
        .ok_or_else(|| format!("`cargo fetch` left no source of {name} {version} under {}", registries.display()))
}

fn cargo_ok(command: &mut Command, dir: &Path) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("running cargo in {}: {e}", dir.display()))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed in {}:\n{}", dir.display(), String::from_utf8_lossy(&output.stderr)))
    }
}

/// Copies a folder recursively, leaving out a top-level `target` (a build made in place).
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    fn copy(from: &Path, to: &Path, top: bool) -> std::io::Result<()> {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            let name = entry.file_name();
            if top && name == "target" {
                continue;
            }
            if entry.file_type()?.is_dir() {
                copy(&entry.path(), &to.join(&name), false)?;
            } else {
                std::fs::copy(entry.path(), to.join(&name))?;
            }
        }
        Ok(())
    }
    copy(from, to, true).map_err(|e| format!("copying {} to {}: {e}", from.display(), to.display()))
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("emptying {}: {e}", dir.display())),
        _ => Ok(()),
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// rustc's own account of one cold build of the leaf crate (`-Ztime-passes`), in seconds.
pub struct Passes {
    /// Everything before code generation: parsing, type and borrow checking, MIR.
    pub frontend: f64,
    /// `codegen_crate` (monomorphization and the backend) plus `finish_ongoing_codegen`.
    pub codegen: f64,
    pub link: f64,
    pub total: f64,
    /// egret's own phases summed over codegen units: MIR to CLIF on the main thread, and
    /// CLIF to machine code on the workers (CPU time across threads, not wall time).
    pub egret_lower: Option<f64>,
    pub egret_compile: Option<f64>,
}

/// Builds the project's vendored crate once more with LLVM and with egret under
/// `-Ztime-passes` (into fresh target folders), and reads rustc's split of its time.
pub fn time_passes(project: &Project, scratch: &Scratch, tools: &Tools) -> Result<[Result<Passes, String>; 2], String> {
    let name = project.vendored.ok_or("time passes needs a vendored crate")?;
    let split = |way: Way| -> Result<Result<Passes, String>, String> {
        let target = scratch.target_dir(project, &format!("passes-{}", way.key()));
        remove_dir(&target)?;
        let mut cargo = crate::workspace::pinned("cargo");
        cargo.current_dir(scratch.project_dir(project)).env("CARGO_TARGET_DIR", &target);
        cargo.args(["rustc", "-q", "--frozen", "--lib", "-p", name, "--", "-Ztime-passes"]);
        cargo.env_remove("RUSTFLAGS");
        without_caching(&mut cargo);
        if way == Way::Egret {
            // What `cargo egret` does; its own subcommands do not include `rustc`.
            cargo.env("CARGO_ENCODED_RUSTFLAGS", format!("-Zcodegen-backend={}", tools.backend.display()));
        } else {
            cargo.env_remove("CARGO_ENCODED_RUSTFLAGS");
        }
        let finished = measure(cargo, BUILD_LIMIT)?;
        if !finished.success() {
            let failure = first_error(&finished, BUILD_LIMIT);
            return if way == Way::Egret { Ok(Err(failure)) } else { Err(format!("the LLVM -Ztime-passes build of {name} failed: {failure}")) };
        }
        let passes = parse_passes(&String::from_utf8_lossy(&finished.stderr)).ok_or_else(|| format!("no -Ztime-passes totals from the {} build of {name}", way.label()))?;
        println!("  {name} -Ztime-passes {:<5} total {:.2} s, codegen {:.2} s, link {:.2} s", way.label(), passes.total, passes.codegen, passes.link);
        Ok(Ok(passes))
    };
    Ok([split(Way::Llvm)?, split(Way::Egret)?])
}

/// Sums rustc's `time: 1.234; rss: ...\tpass_name` lines; `None` without a `total`.
fn parse_passes(stderr: &str) -> Option<Passes> {
    let (mut codegen, mut link, mut total, mut lower, mut compile) = (0.0, 0.0, None, None::<f64>, None::<f64>);
    for line in stderr.lines() {
        let Some(rest) = line.strip_prefix("time:") else { continue };
        let Some((seconds, _)) = rest.split_once(';') else { continue };
        let Ok(seconds) = seconds.trim().parse::<f64>() else { continue };
        let pass = line.rsplit('\t').next().unwrap_or("").trim();
        match pass {
            "codegen_crate" | "finish_ongoing_codegen" => codegen += seconds,
            "link" => link += seconds,
            "total" => total = Some(seconds),
            _ if pass.starts_with("egret_lower_cgu") => *lower.get_or_insert(0.0) += seconds,
            _ if pass.starts_with("egret_compile_cgu") => *compile.get_or_insert(0.0) += seconds,
            _ => {}
        }
    }
    let total = total?;
    Some(Passes { frontend: (total - codegen - link).max(0.0), codegen, link, total, egret_lower: lower, egret_compile: compile })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_passes_are_summed() {
        let stderr = "time:   0.010; rss:   1MB ->   2MB (   +1MB)\tparse_crate\n\
            time:   0.300; rss:  86MB ->  113MB (  +27MB)\tegret_lower_cgu(x-cgu.0)\n\
            time:   0.200; rss:  86MB ->  113MB (  +27MB)\tegret_lower_cgu(x-cgu.1)\n\
            time:   0.800; rss:  86MB ->  113MB (  +27MB)\tcodegen_crate\n\
            time:   0.100; rss:  77MB ->   77MB (   +0MB)\tfinish_ongoing_codegen\n\
            time:   0.040; rss:  78MB ->   78MB (   +0MB)\tlink_binary\n\
            time:   0.050; rss:  77MB ->   78MB (   +1MB)\tlink\n\
            warning: unrelated\n\
            time:   2.000; rss:  27MB ->   69MB (  +41MB)\ttotal\n";
        let passes = parse_passes(stderr).unwrap();
        assert!((passes.codegen - 0.9).abs() < 1e-9);
        assert!((passes.link - 0.05).abs() < 1e-9);
        assert!((passes.frontend - 1.05).abs() < 1e-9);
        assert_eq!(passes.egret_lower, Some(0.5));
        assert_eq!(passes.egret_compile, None);
        assert!(parse_passes("time: 1.0; rss: x\tcodegen_crate\n").is_none());
    }

    #[test]
    fn errors_name_the_crate() {
        use std::os::unix::process::ExitStatusExt;
        let stderr = b"   Compiling x\nerror: egret does not support `foo` yet\n  --> here\nerror: could not compile `aho-corasick` (lib) due to 2 previous errors\n";
        let finished = Finished {
            sample: Sample { wall: 1.0, cpu: 1.0, max_rss_mib: 1.0 },
            status: std::process::ExitStatus::from_raw(101 << 8),
            timed_out: false,
            stdout: Vec::new(),
            stderr: stderr.to_vec(),
        };
        assert_eq!(first_error(&finished, BUILD_LIMIT), "error: egret does not support `foo` yet (in aho-corasick)");
    }

    #[test]
    fn edits_apply_and_find_their_anchor() {
        let dir = std::env::temp_dir().join(format!("egret-bench-edit-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("p")).unwrap();
        std::fs::write(dir.join("p/main.rs"), "fn main() {\n}\n").unwrap();
        let edited = apply(&Edit::Replace { file: "p/main.rs", from: "fn main() {", to: "fn main() { f();" }, &dir).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("p/main.rs")).unwrap(), "fn main() { f();\n}\n");
        assert_eq!(edited.original, "fn main() {\n}\n");
        apply(&Edit::Append { file: "p/main.rs", line: "fn g() {}" }, &dir).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("p/main.rs")).unwrap(), "fn main() { f();\n}\n\nfn g() {}\n");
        assert!(apply(&Edit::Replace { file: "p/main.rs", from: "absent", to: "" }, &dir).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn versions_come_from_the_lock_file() {
        let lock = std::env::temp_dir().join(format!("egret-bench-lock-{}", std::process::id()));
        std::fs::write(&lock, "[[package]]\nname = \"quote\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"syn\"\nversion = \"2.0.119\"\n").unwrap();
        assert_eq!(locked_version(&lock, "syn").unwrap(), "2.0.119");
        assert!(locked_version(&lock, "serde").is_err());
        std::fs::remove_file(&lock).unwrap();
    }
}
