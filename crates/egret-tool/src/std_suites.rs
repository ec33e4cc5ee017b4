//! `egret-tool std [SUITE...]`: the standard library's own test suites, from the toolchain's
//! rust-src, under LLVM and under egret, compared test by test.
//!
//! `coretests` and `alloctests` are packages of rust-src's `library/` workspace. Its
//! `.cargo/config.toml` replaces crates.io with the vendored sources that ship beside it, so a
//! copy of `library/` (in `build/std/rust-src/`, with `vendor/` wherever rust-src keeps it)
//! resolves offline. The suites link against the toolchain's prebuilt standard library like
//! any crate does: no `-Zbuild-std`, and no `RUSTC_BOOTSTRAP`, since the pinned nightly already
//! accepts their `#![feature]`s. `portable-simd` is a workspace of its own whose
//! dev-dependencies (proptest and friends) are not vendored, so it is copied out of `library/`
//! and resolves from crates.io.
//!
//! Each suite is built with `cargo test --no-run` by LLVM, then by `cargo egret` (with a copy of
//! the backend taken when the command starts), cold, into separate target folders. Then every
//! test binary runs on its own with a time limit. A binary that dies or hangs is run again one
//! test at a time, skipping each test it died in, so that one crash does not hide the rest of
//! its results. Tests are compared by outcome (passed, failed, ignored, absent); every test
//! whose outcome differs is printed with egret's failure message. Differences listed in
//! `tests/expected-failures.txt` as `std:SUITE` (the whole suite) or `std:SUITE:TEST` are
//! expected; any other difference fails the command. Full logs go to `build/std/logs/`.
//!
//! `--egret-sysroot` first compiles the standard library itself with egret (see `sysroot.rs`)
//! and links egret's side of every suite against it, so that core's and alloc's own code, not
//! only the tests' instances of their generics, goes through egret. `--dev` tests the dev build
//! of the backend rather than the release build (what `./egret test` does, to share one build).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use crate::crates::{TestRun, copy_tree, print_counts, test_line};
use crate::json::Json;
use crate::process::{Status, run};

const USAGE: &str = "usage: egret-tool std [--dev] [--egret-sysroot] [SUITE...]   (suites: coretests, alloctests, portable-simd)";

/// Building a suite cold on two busy cores; portable-simd builds proptest at opt-level 2.
const BUILD_LIMIT: Duration = Duration::from_secs(3 * 3600);

/// One LLVM-built test binary's limit. egret's binaries get [`egret_limit`] instead.
const LLVM_RUN_LIMIT: Duration = Duration::from_secs(1800);

/// A binary that keeps dying is run again at most this many times, each time skipping the test
/// it died in.
const MAX_RERUNS: usize = 10;

/// The lines of a failed test's message shown in the report.
const MESSAGE_LINES: usize = 4;

/// One of the standard library's test suites.
struct Suite {
    name: &'static str,
    workspace: Workspace,
    /// Arguments of `cargo test`, before `--`.
    cargo_args: &'static [&'static str],
    /// Arguments of every test binary.
    test_args: &'static [&'static str],
}

/// Where a suite's cargo workspace comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Workspace {
    /// rust-src's `library/`, resolved offline from its vendored sources.
    Library,
    /// `library/portable-simd`, copied out of `library/` and resolved from crates.io.
    PortableSimd,
}

/// `--offline` makes resolving anything but the vendored sources an error rather than a
/// download. `--skip max_range` leaves out coretests' six `split_off*_max_range_*` tests, which
/// compare `usize::MAX` zero-sized elements and do not finish unoptimized (alloctests has none,
/// the filter is there in case they move).
const SUITES: [Suite; 3] = [
    Suite {
        name: "coretests",
        workspace: Workspace::Library,
        cargo_args: &["-p", "coretests", "--tests", "--offline"],
        test_args: &["--skip", "max_range"],
    },
    Suite {
        name: "alloctests",
        workspace: Workspace::Library,
        cargo_args: &["-p", "alloctests", "--tests", "--offline"],
        test_args: &["--skip", "max_range"],
    },
    Suite { name: "portable-simd", workspace: Workspace::PortableSimd, cargo_args: &["--tests"], test_args: &[] },
];

/// What stops the command before any suite is compared. A suite that fails to build or run
/// is not an error of the command: it is reported in that suite's verdict.
#[derive(Debug)]
pub(crate) enum StdError {
    /// An argument that names no suite or option.
    Usage(String),
    /// The standard library could not be built with egret.
    Sysroot(String),
    /// The pinned toolchain's sysroot, or the rust-src component in it, is not there.
    RustSrc(String),
    /// A file operation under `build/std/` failed.
    Io { what: String, error: std::io::Error },
    /// The backend or `cargo-egret` did not build.
    Egret(String),
    /// `tests/expected-failures.txt` cannot be read, or names a suite that does not exist.
    Expected(String),
}

impl fmt::Display for StdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StdError::Usage(arg) => write!(f, "unknown suite or option `{arg}`\n{USAGE}"),
            StdError::Sysroot(why) => write!(f, "{why}"),
            StdError::RustSrc(why) => write!(f, "no rust-src to test: {why}"),
            StdError::Io { what, error } => write!(f, "{what}: {error}"),
            StdError::Egret(why) => write!(f, "{why}"),
            StdError::Expected(why) => write!(f, "tests/expected-failures.txt: {why}"),
        }
    }
}

fn io_error(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> StdError {
    let what = what.into();
    move |error| StdError::Io { what, error }
}

pub fn run_std(args: &[String]) -> Result<bool, String> {
    run_suites(args).map_err(|e| e.to_string())
}

fn run_suites(args: &[String]) -> Result<bool, StdError> {
    let (options, names): (Vec<String>, Vec<String>) = args.iter().cloned().partition(|a| a.starts_with("--"));
    let (mut release, mut own_sysroot) = (true, false);
    for option in options {
        match option.as_str() {
            "--dev" => release = false,
            "--egret-sysroot" => own_sysroot = true,
            _ => return Err(StdError::Usage(option)),
        }
    }
    let selected = select(&names)?;
    let root = crate::workspace::root();
    let expected = expected_entries(&root)?;
    let scratch = root.join("build/std");
    let mut egret = Egret::snapshot(&scratch, release)?;
    if own_sysroot {
        let started = Instant::now();
        let (sysroot, _) = crate::sysroot::build(&root, &egret.backend).map_err(StdError::Sysroot)?;
        println!("built the standard library with egret in {:.1} s: {}", started.elapsed().as_secs_f64(), sysroot.display());
        egret.sysroot = Some(sysroot);
    }
    let rust_src = rust_src()?;
    let logs = scratch.join("logs");
    std::fs::create_dir_all(&logs).map_err(io_error(format!("creating {}", logs.display())))?;

    let mut workspaces: BTreeMap<&str, PathBuf> = BTreeMap::new();
    let (mut passed, mut failed) = (0, Vec::new());
    let mut summary = Vec::new();
    for suite in selected {
        println!("== {}", suite.name);
        let key = match suite.workspace {
            Workspace::Library => "library",
            Workspace::PortableSimd => "portable-simd",
        };
        if !workspaces.contains_key(key) {
            workspaces.insert(key, prepare(&rust_src, &scratch, suite.workspace)?);
        }
        let workspace = &workspaces[key];
        let targets = scratch.join("target").join(suite.name);
        let llvm = test_suite(suite, workspace, &targets.join("llvm"), None, &BTreeMap::new(), &logs);
        let egret_run = test_suite(suite, workspace, &targets.join("egret"), Some(&egret), &llvm.binary_seconds, &logs);
        let verdict = compare(suite, &llvm, &egret_run, &expected);
        println!("   {verdict}");
        println!("   logs: {}", logs.join(format!("{}.{{llvm,egret}}.log", suite.name)).display());
        summary.push((suite.name, llvm, egret_run));
        match verdict {
            Verdict::Pass | Verdict::ExpectedFailure => passed += 1,
            _ => failed.push(suite.name),
        }
    }
    println!();
    for (name, llvm, egret_run) in &summary {
        println!("{name}");
        print_counts("LLVM", &llvm.tests);
        print_counts("egret", &egret_run.tests);
    }
    println!("{} passed, {} failed", passed, failed.len());
    for name in &failed {
        println!("  failed: {name}");
    }
    Ok(failed.is_empty())
}

/// The suites the arguments name, in the order of [`SUITES`]; all of them when none is named.
fn select(args: &[String]) -> Result<Vec<&'static Suite>, StdError> {
    if let Some(unknown) = args.iter().find(|a| !SUITES.iter().any(|s| s.name == a.as_str())) {
        return Err(StdError::Usage(unknown.clone()));
    }
    Ok(SUITES.iter().filter(|s| args.is_empty() || args.iter().any(|a| a == s.name)).collect())
}

/// The `std:` entries of the expected-failures list, each checked to name a suite.
fn expected_entries(root: &Path) -> Result<BTreeMap<String, String>, StdError> {
    let all = crate::expected::load(&root.join("tests/expected-failures.txt")).map_err(StdError::Expected)?;
    let mut entries = BTreeMap::new();
    for (name, reason) in all {
        let Some(rest) = name.strip_prefix("std:") else { continue };
        let suite = rest.split_once(':').map_or(rest, |(suite, _)| suite);
        if !SUITES.iter().any(|s| s.name == suite) {
            return Err(StdError::Expected(format!("`{name}` names no suite of egret-tool std")));
        }
        entries.insert(rest.to_string(), reason);
    }
    Ok(entries)
}

/// egret as the suites see it: the `cargo-egret` wrapper, and a copy of the backend taken when
/// the command starts, so that rebuilding the backend while the suites run (they take long)
/// does not switch compilers halfway. The release build is brought up to date first.
struct Egret {
    cargo_egret: PathBuf,
    backend: PathBuf,
    /// The standard library egret built, when the suites link against it.
    sysroot: Option<PathBuf>,
}

impl Egret {
    fn snapshot(scratch: &Path, release: bool) -> Result<Egret, StdError> {
        let profile_dir = crate::workspace::build_backend(release).map_err(StdError::Egret)?;
        let cargo_egret = profile_dir.join("cargo-egret");
        let built = crate::workspace::backend_dylib(&profile_dir);
        if !cargo_egret.is_file() {
            return Err(StdError::Egret(format!("{} is missing after the build", cargo_egret.display())));
        }
        let folder = scratch.join("backend");
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).map_err(io_error(format!("creating {}", folder.display())))?;
        let backend = folder.join(cargo_egret::BACKEND_FILE);
        std::fs::copy(&built, &backend).map_err(io_error(format!("copying {}", built.display())))?;
        let age = std::fs::metadata(&built).and_then(|m| m.modified()).ok().and_then(|t| SystemTime::now().duration_since(t).ok());
        match age {
            Some(age) => println!("egret: {} (built {} minutes ago)", built.display(), age.as_secs() / 60),
            None => println!("egret: {}", built.display()),
        }
        Ok(Egret { cargo_egret, backend, sysroot: None })
    }
}

/// The pinned toolchain's `lib/rustlib/src/rust`, which holds `library/`.
fn rust_src() -> Result<PathBuf, StdError> {
    let output = crate::workspace::pinned("rustc")
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| StdError::RustSrc(format!("running rustc: {e}")))?;
    if !output.status.success() {
        return Err(StdError::RustSrc(format!("rustc --print sysroot failed: {}", String::from_utf8_lossy(&output.stderr).trim())));
    }
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let rust_src = sysroot.join("lib/rustlib/src/rust");
    if !rust_src.join("library/Cargo.toml").is_file() {
        return Err(StdError::RustSrc(format!("{} has no library/ (install the rust-src component)", rust_src.display())));
    }
    Ok(rust_src)
}

/// Copies a suite's workspace out of rust-src, replacing an older copy, and returns the folder
/// to run cargo in. `library/` keeps its place next to `vendor/` when rust-src has the vendored
/// sources beside it rather than inside, so the path in `.cargo/config.toml` still holds.
fn prepare(rust_src: &Path, scratch: &Path, workspace: Workspace) -> Result<PathBuf, StdError> {
    let copy = |from: &Path, to: &Path| -> Result<(), StdError> {
        match std::fs::remove_dir_all(to) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io_error(format!("removing {}", to.display()))(e)),
            _ => {}
        }
        copy_tree(from, to).map_err(io_error(format!("copying {} to {}", from.display(), to.display())))
    };
    match workspace {
        Workspace::Library => {
            let mirror = scratch.join("rust-src");
            copy(&rust_src.join("library"), &mirror.join("library"))?;
            if rust_src.join("vendor").is_dir() {
                copy(&rust_src.join("vendor"), &mirror.join("vendor"))?;
            }
            Ok(mirror.join("library"))
        }
        Workspace::PortableSimd => {
            let to = scratch.join("portable-simd");
            copy(&rust_src.join("library/portable-simd"), &to)?;
            Ok(to)
        }
    }
}

/// One test binary that `cargo test --no-run` built.
struct Binary {
    /// The test target's name; a library's unit tests are `NAME(lib)`, since alloctests has a
    /// library and an integration test both named `alloctests`.
    label: String,
    path: PathBuf,
    /// The package's folder, where cargo would run the binary.
    package_dir: PathBuf,
}

/// One backend's results for one suite.
#[derive(Default)]
struct SuiteRun {
    tests: TestRun,
    /// The binaries that built, by label.
    binaries: BTreeSet<String>,
    /// Why a test failed, by test: the first lines of its message, or how its binary died.
    messages: BTreeMap<String, String>,
    /// Each binary's time running, by label: egret's limits follow LLVM's times.
    binary_seconds: BTreeMap<String, f64>,
    /// Binaries that ended in something other than libtest's exit status, even after reruns.
    broken: Vec<String>,
}

/// Builds a suite's test binaries with one backend (`egret` is `None` for LLVM) into
/// `target_dir`, afresh, then runs them. Everything cargo and the binaries printed goes to
/// `logs/SUITE.BACKEND.log`.
fn test_suite(suite: &Suite, workspace: &Path, target_dir: &Path, egret: Option<&Egret>, llvm_seconds: &BTreeMap<String, f64>, logs: &Path) -> SuiteRun {
    let backend = if egret.is_some() { "egret" } else { "llvm" };
    let mut result = SuiteRun::default();
    let mut log = String::new();
    let _ = std::fs::remove_dir_all(target_dir);

    let mut cargo = match egret {
        Some(egret) => {
            let mut command = Command::new(&egret.cargo_egret);
            command.arg("egret").env("EGRET_BACKEND", &egret.backend);
            if let Some(sysroot) = &egret.sysroot {
                command.env("EGRET_EXTRA_RUSTFLAGS", format!("--sysroot={}", sysroot.display()));
            }
            command
        }
        None => Command::new("cargo"),
    };
    cargo.current_dir(workspace).arg("test").args(suite.cargo_args);
    cargo.args(["--no-run", "--no-fail-fast", "--message-format=json-render-diagnostics"]);
    cargo.env("CARGO_TARGET_DIR", target_dir);
    cargo_egret::pin_toolchain(&mut cargo);
    let start = Instant::now();
    let built = run(cargo, BUILD_LIMIT);
    result.tests.build_seconds = start.elapsed().as_secs_f64();
    let binaries = match built {
        Ok(outcome) => {
            log.push_str(&outcome.stderr);
            if !outcome.status.success() {
                result.tests.build_error = Some(build_errors(&outcome.stderr, outcome.status));
            }
            test_binaries(&outcome.stdout)
        }
        Err(e) => {
            result.tests.build_error = Some(e);
            Vec::new()
        }
    };

    let start = Instant::now();
    for binary in &binaries {
        result.binaries.insert(binary.label.clone());
        let limit = match (egret, llvm_seconds.get(&binary.label)) {
            (Some(_), Some(&seconds)) => egret_limit(seconds),
            _ => LLVM_RUN_LIMIT,
        };
        let binary_start = Instant::now();
        run_binary(binary, suite.test_args, limit, &mut result, &mut log);
        result.binary_seconds.insert(binary.label.clone(), binary_start.elapsed().as_secs_f64());
    }
    result.tests.run_seconds = start.elapsed().as_secs_f64();
    let path = logs.join(format!("{}.{backend}.log", suite.name));
    if let Err(e) = std::fs::write(&path, log) {
        println!("   (could not write {}: {e})", path.display());
    }
    result
}

/// An egret-built binary may be slower than LLVM's, but not ten times: past that it hangs.
fn egret_limit(llvm_seconds: f64) -> Duration {
    Duration::from_secs_f64(llvm_seconds * 10.0 + 120.0)
}

/// The first errors of a failed build (rendered diagnostics on stderr), without cargo's
/// progress lines.
fn build_errors(stderr: &str, status: Status) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| !["Compiling", "Checking", "Fresh", "Downloaded", "Downloading"].iter().any(|p| l.trim_start().starts_with(p)))
        .take(40)
        .collect();
    format!("cargo {status}\n{}", lines.join("\n"))
}

/// The test executables in cargo's JSON messages: the `compiler-artifact` messages of targets
/// built in the test profile.
fn test_binaries(messages: &str) -> Vec<Binary> {
    let text = |value: Option<&Json>| value.and_then(Json::as_str).map(str::to_string);
    let mut binaries = Vec::new();
    for message in crate::json::compiler_artifacts(messages) {
        let target = message.get("target");
        let (Some(path), Some(name), Some(manifest)) =
            (text(message.get("executable")), text(target.and_then(|t| t.get("name"))), text(message.get("manifest_path")))
        else {
            continue;
        };
        if message.get("profile").and_then(|p| p.get("test")) != Some(&Json::Bool(true)) {
            continue;
        }
        let kinds = target.and_then(|t| t.get("kind")).and_then(Json::as_array).unwrap_or_default();
        let library = kinds.iter().any(|kind| kind.as_str() == Some("lib"));
        binaries.push(Binary {
            label: if library { format!("{name}(lib)") } else { name },
            path: PathBuf::from(path),
            package_dir: Path::new(&manifest).parent().map(Path::to_path_buf).unwrap_or_default(),
        });
    }
    binaries
}

/// Runs one test binary and files its tests' outcomes under its label. A binary that ends in
/// anything but libtest's own exit status (0, or 101 when tests failed) is run again with one
/// test thread, so that libtest names each test before running it: the test it then dies or
/// hangs in is recorded as failed, with how, and skipped on the next attempt. `--skip` matches
/// substrings, so a test whose name contains a culprit's is skipped with it (and is absent).
fn run_binary(binary: &Binary, test_args: &[&str], limit: Duration, result: &mut SuiteRun, log: &mut String) {
    let mut culprits: Vec<(String, String)> = Vec::new();
    let mut threads = 2;
    loop {
        let mut command = Command::new(&binary.path);
        command.current_dir(&binary.package_dir).args(test_args).arg(format!("--test-threads={threads}"));
        command.env("RUST_BACKTRACE", "0");
        for (name, _) in &culprits {
            command.args(["--skip", name]);
        }
        log.push_str(&format!("\n== {} --test-threads={threads}{}\n", binary.label, culprits.iter().map(|(n, _)| format!(" --skip {n}")).collect::<String>()));
        let outcome = match run(command, limit) {
            Ok(outcome) => outcome,
            Err(e) => {
                result.broken.push(format!("{}: {e}", binary.label));
                return;
            }
        };
        log.push_str(&outcome.stdout);
        log.push_str(&outcome.stderr);
        log.push_str(&format!("== {}: {}\n", binary.label, outcome.status));
        let finished = matches!(outcome.status, Status::Exit(0 | 101));
        let culprit = if finished || culprits.len() >= MAX_RERUNS {
            None
        } else if threads > 1 {
            threads = 1;
            continue;
        } else {
            last_started(&outcome.stdout)
        };
        match culprit {
            Some(name) => culprits.push((name.to_string(), outcome.status.to_string())),
            None => {
                file_outcomes(binary, &outcome.stdout, result);
                if !finished {
                    result.broken.push(format!("{}: {} outside any test", binary.label, outcome.status));
                }
                break;
            }
        }
    }
    for (name, how) in culprits {
        let key = format!("{}::{name}", binary.label);
        result.tests.failed.insert(key.clone());
        result.messages.insert(key, format!("the test binary {how} in this test"));
    }
}

/// The test libtest started last without printing its outcome: with one test thread, the one
/// running when the binary died.
fn last_started(stdout: &str) -> Option<&str> {
    let (name, outcome) = stdout.lines().rev().find_map(test_line)?;
    outcome.is_empty().then_some(name)
}

/// Files every outcome in a binary's output, and the message of each failure: the first lines
/// of libtest's `---- NAME stdout ----` section.
fn file_outcomes(binary: &Binary, stdout: &str, result: &mut SuiteRun) {
    for line in stdout.lines() {
        result.tests.record(&binary.label, line);
    }
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in stdout.lines().chain(["failures:"]) {
        let section = line.strip_prefix("---- ").and_then(|l| l.strip_suffix(" stdout ----"));
        if section.is_some() || line == "failures:" {
            if let Some((key, lines)) = current.take() {
                result.messages.insert(key, lines.join("\n"));
            }
            current = section.map(|name| (format!("{}::{name}", binary.label), Vec::new()));
        } else if let Some((_, lines)) = current.as_mut() {
            let noise = line.trim().is_empty() || line.starts_with("note: run with `RUST_BACKTRACE");
            if !noise && lines.len() < MESSAGE_LINES {
                lines.push(line);
            }
        }
    }
}

/// A test's outcome under one backend.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TestOutcome {
    Passed,
    Failed,
    Ignored,
    /// Not in the run at all: compiled out, in a binary that did not build, or skipped.
    Absent,
}

impl TestOutcome {
    fn of(run: &TestRun, key: &str) -> TestOutcome {
        if run.passed.contains(key) {
            TestOutcome::Passed
        } else if run.failed.contains(key) {
            TestOutcome::Failed
        } else if run.ignored.contains(key) {
            TestOutcome::Ignored
        } else {
            TestOutcome::Absent
        }
    }
}

impl fmt::Display for TestOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TestOutcome::Passed => "passed",
            TestOutcome::Failed => "failed",
            TestOutcome::Ignored => "ignored",
            TestOutcome::Absent => "absent",
        })
    }
}

/// A suite's verdict.
enum Verdict {
    Pass,
    /// Every difference is listed in the expected failures.
    ExpectedFailure,
    Fail { unexpected: usize, stale: Vec<String> },
    /// The LLVM build failed: there is nothing to compare against.
    OracleBroken,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Pass => write!(f, "PASS"),
            Verdict::ExpectedFailure => write!(f, "XFAIL (every difference is in tests/expected-failures.txt)"),
            Verdict::Fail { unexpected, stale } => {
                write!(f, "FAIL: {unexpected} unexpected differences")?;
                for entry in stale {
                    write!(f, "\n   UNEXPECTED PASS: remove std:{entry} from tests/expected-failures.txt")?;
                }
                Ok(())
            }
            Verdict::OracleBroken => write!(f, "ERROR: the LLVM build failed (the oracle is broken)"),
        }
    }
}

/// Prints both backends' counts and every test whose outcome differs, and weighs the
/// differences against the suite's expected-failure entries.
fn compare(suite: &Suite, llvm: &SuiteRun, egret: &SuiteRun, expected: &BTreeMap<String, String>) -> Verdict {
    print_counts("LLVM", &llvm.tests);
    print_counts("egret", &egret.tests);
    for (backend, run) in [("LLVM", llvm), ("egret", egret)] {
        if let Some(error) = &run.tests.build_error {
            println!("   the {backend} build failed:\n{}", indent(error, 6));
        }
        for broken in &run.broken {
            println!("   {backend}: {broken}");
        }
    }
    if llvm.tests.build_error.is_some() && llvm.binaries.is_empty() {
        return Verdict::OracleBroken;
    }

    let keys: BTreeSet<&String> = [llvm, egret].iter().flat_map(|r| [&r.tests.passed, &r.tests.failed, &r.tests.ignored]).flatten().collect();
    let suite_listed = expected.contains_key(suite.name);
    let mut listed_seen = BTreeSet::new();
    let mut unexpected = 0;
    let mut differing = 0;
    // Binaries egret did not build are summarized, not listed test by test.
    let mut unbuilt: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lines = Vec::new();
    for key in keys {
        let (before, after) = (TestOutcome::of(&llvm.tests, key), TestOutcome::of(&egret.tests, key));
        if before == after {
            continue;
        }
        differing += 1;
        let entry = format!("{}:{key}", suite.name);
        let reason = expected.get(&entry);
        if reason.is_some() {
            listed_seen.insert(entry);
        } else if !suite_listed {
            unexpected += 1;
        }
        let binary = key.split_once("::").map_or(key.as_str(), |(binary, _)| binary);
        if after == TestOutcome::Absent && !egret.binaries.contains(binary) {
            *unbuilt.entry(binary).or_default() += 1;
            continue;
        }
        let mut line = format!("     {key}: LLVM {before}, egret {after}");
        if let Some(reason) = reason {
            line.push_str(&format!("  (XFAIL: {reason})"));
        }
        if let Some(message) = egret.messages.get(key.as_str()).filter(|_| after == TestOutcome::Failed) {
            line.push('\n');
            line.push_str(&indent(message, 9));
        }
        lines.push(line);
    }
    if differing > 0 {
        println!("   {differing} tests differ:");
    }
    for (binary, count) in unbuilt {
        println!("     {binary}: egret did not build it ({count} tests absent)");
    }
    for line in lines {
        println!("{line}");
    }

    // A listed test that no longer differs, or a listed suite without differences, must leave
    // the list.
    let prefix = format!("{}:", suite.name);
    let mut stale: Vec<String> = expected.keys().filter(|e| e.starts_with(&prefix) && !listed_seen.contains(*e)).cloned().collect();
    if suite_listed && differing == 0 {
        stale.push(suite.name.to_string());
    }
    if unexpected > 0 || !stale.is_empty() {
        Verdict::Fail { unexpected, stale }
    } else if differing > 0 {
        Verdict::ExpectedFailure
    } else {
        Verdict::Pass
    }
}

fn indent(text: &str, width: usize) -> String {
    text.lines().map(|l| format!("{:width$}{l}", "")).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binary(label: &str) -> Binary {
        Binary { label: label.to_string(), path: PathBuf::new(), package_dir: PathBuf::new() }
    }

    #[test]
    fn cargo_messages_name_test_binaries() {
        let messages = concat!(
            r#"{"reason":"compiler-artifact","package_id":"path+file:///l/alloctests#0.0.0","manifest_path":"/l/alloctests/Cargo.toml","target":{"kind":["lib"],"crate_types":["lib"],"name":"alloctests","src_path":"/l/alloctests/lib.rs"},"profile":{"opt_level":"0","test":true},"executable":"/t/debug/deps/alloctests-1"}"#,
            "\n",
            r#"{"reason":"compiler-artifact","manifest_path":"/l/alloctests/Cargo.toml","target":{"kind":["test"],"name":"alloctests"},"profile":{"test":true},"executable":"/t/debug/deps/alloctests-2"}"#,
            "\n",
            r#"{"reason":"compiler-artifact","manifest_path":"/v/rand/Cargo.toml","target":{"kind":["lib"],"name":"rand"},"profile":{"test":false},"executable":null}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#,
        );
        let found = test_binaries(messages);
        let labels: Vec<&str> = found.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["alloctests(lib)", "alloctests"]);
        assert_eq!(found[1].path, Path::new("/t/debug/deps/alloctests-2"));
        assert_eq!(found[0].package_dir, Path::new("/l/alloctests"));
    }

    #[test]
    fn outcomes_and_messages_are_filed() {
        let stdout = "running 3 tests\ntest a::ok ... ok\ntest a::bad ... FAILED\ntest a::panics - should panic ... ok\n\nfailures:\n\n---- a::bad stdout ----\n\nthread 'a::bad' panicked at x.rs:1:1:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\nfailures:\n    a::bad\n";
        let mut result = SuiteRun::default();
        file_outcomes(&binary("core"), stdout, &mut result);
        assert!(result.tests.passed.contains("core::a::panics"));
        assert!(result.tests.failed.contains("core::a::bad"));
        assert_eq!(result.messages["core::a::bad"], "thread 'a::bad' panicked at x.rs:1:1:\nboom");
    }

    #[test]
    fn the_running_test_is_the_culprit() {
        assert_eq!(last_started("test a ... ok\ntest b ... "), Some("b"));
        assert_eq!(last_started("test a ... ok\n"), None);
    }

    #[test]
    fn suites_are_selected_by_name() {
        assert_eq!(select(&[]).unwrap().len(), SUITES.len());
        assert_eq!(select(&["alloctests".to_string()]).unwrap()[0].name, "alloctests");
        assert!(select(&["std".to_string()]).is_err());
    }
}
