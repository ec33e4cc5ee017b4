//! `egret-tool crates [--ci] [--dev] [NAME...]`: real crates' own test suites under egret.
//!
//! Each crate of `tests/crates.toml` (name, pinned version, and how to test it) is fetched
//! through cargo from crates.io, copied out of cargo's registry into `build/crates/`, adjusted
//! where its package cannot run its tests as published, and tested twice: `cargo test` (LLVM)
//! and `cargo egret test` (egret). A crate passes when every test that passes under LLVM passes
//! under egret, and egret's counts of passed, failed and ignored tests equal LLVM's.
//! Crates still known to differ are listed in `tests/expected-failures.txt` as `crate:NAME`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::process::{run, run_merged};

/// Building and testing one crate may take a while on two cores (`time` has 7,000 tests).
const LIMIT: Duration = Duration::from_secs(1800);

/// One stanza of `tests/crates.toml`.
#[derive(Default, Debug)]
struct CrateSpec {
    name: String,
    version: String,
    /// Part of the subset the CI test command runs.
    ci: bool,
    /// Extra arguments for `cargo test` (before `--`).
    args: Vec<String>,
    /// Named adjustments, see [`adjust`].
    adjust: Vec<String>,
}

/// The results of one `cargo test`: test names by outcome.
#[derive(Default)]
pub(crate) struct TestRun {
    pub(crate) passed: BTreeSet<String>,
    pub(crate) failed: BTreeSet<String>,
    pub(crate) ignored: BTreeSet<String>,
    pub(crate) build_seconds: f64,
    pub(crate) run_seconds: f64,
    /// Set when the tests did not even build.
    pub(crate) build_error: Option<String>,
    /// Tests that failed in the full run and passed when run again on their own (see
    /// [`retry_failures`]); they are counted as passed.
    pub(crate) flaky: BTreeSet<String>,
}

impl TestRun {
    /// Files one line of libtest's output, `test NAME ... ok|FAILED|ignored`, under
    /// `BINARY::NAME`. Other lines, and a test that started but never finished (its line
    /// has no outcome), are left alone.
    pub(crate) fn record(&mut self, binary: &str, line: &str) {
        let Some((name, outcome)) = test_line(line) else { return };
        let key = format!("{binary}::{name}");
        match outcome {
            "ok" => self.passed.insert(key),
            "FAILED" => self.failed.insert(key),
            o if o.starts_with("ignored") => self.ignored.insert(key),
            _ => false,
        };
    }
}

/// Splits a libtest line `test NAME ... OUTCOME` into the test's name and its outcome (empty
/// while the test is still running). The ` - should panic` libtest adds is not part of the
/// name: filters and `--skip` match the name without it.
pub(crate) fn test_line(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("test ")?;
    let (name, outcome) = match rest.rsplit_once(" ... ") {
        Some(split) => split,
        None => (rest.trim_end().strip_suffix(" ...")?, ""),
    };
    Some((name.strip_suffix(" - should panic").unwrap_or(name), outcome.trim()))
}

pub fn run_crates(args: &[String]) -> Result<bool, String> {
    let ci = args.iter().any(|a| a == "--ci");
    let dev = args.iter().any(|a| a == "--dev");
    let names: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let root = crate::workspace::root();
    let specs = parse(&std::fs::read_to_string(root.join("tests/crates.toml")).map_err(|e| format!("reading tests/crates.toml: {e}"))?)?;
    let selected: Vec<&CrateSpec> = specs
        .iter()
        .filter(|s| (!ci || s.ci) && (names.is_empty() || names.iter().any(|n| **n == s.name)))
        .collect();
    if selected.is_empty() {
        return Err("no crate of tests/crates.toml matches".into());
    }
    let expected = crate::expected::load(&root.join("tests/expected-failures.txt"))?;
    let profile_dir = crate::workspace::build_backend(!dev)?;
    let cargo_egret = profile_dir.join("cargo-egret");

    let (mut passed, mut failed) = (0, Vec::new());
    for spec in selected {
        let label = format!("{} {}", spec.name, spec.version);
        println!("== {label}");
        let source = match prepare(&root, spec) {
            Ok(source) => source,
            Err(e) => {
                println!("   could not prepare the crate: {e}");
                failed.push(label);
                continue;
            }
        };
        let work = source.parent().unwrap().to_path_buf();
        let llvm = test_crate(&source, &work.join("target-llvm"), None, spec);
        let egret = test_crate(&source, &work.join("target-egret"), Some(&cargo_egret), spec);
        let verdict = compare(&llvm, &egret);
        let listed = expected.get(&format!("crate:{}", spec.name));
        match (&verdict, listed) {
            (Ok(()), None) => {
                println!("   PASS");
                passed += 1;
            }
            (Ok(()), Some(_)) => {
                println!("   UNEXPECTED PASS: remove crate:{} from tests/expected-failures.txt", spec.name);
                failed.push(label);
            }
            (Err(why), Some(reason)) => println!("   XFAIL ({reason}): {why}"),
            (Err(why), None) => {
                println!("   FAIL: {why}");
                failed.push(label);
            }
        }
    }
    println!();
    println!("{} passed, {} failed", passed, failed.len());
    for name in &failed {
        println!("  failed: {name}");
    }
    Ok(failed.is_empty())
}

/// Fetches the package, copies it into `build/crates/NAME-VERSION/src` afresh, and adjusts it.
fn prepare(root: &Path, spec: &CrateSpec) -> Result<PathBuf, String> {
    let dir = root.join("build/crates").join(format!("{}-{}", spec.name, spec.version));
    let fetch = dir.join("fetch");
    std::fs::create_dir_all(fetch.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(
        fetch.join("Cargo.toml"),
        format!(
            "[package]\nname = \"egret-fetch\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n\n[dependencies]\n{} = \"={}\"\n",
            spec.name, spec.version
        ),
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(fetch.join("src/lib.rs"), "").map_err(|e| e.to_string())?;
    let mut cargo = Command::new("cargo");
    cargo.current_dir(&fetch).args(["fetch", "-q"]);
    cargo_egret::pin_toolchain(&mut cargo);
    let outcome = run(cargo, LIMIT)?;
    if !outcome.status.success() {
        return Err(format!("cargo fetch failed: {}", outcome.stderr.trim()));
    }
    let package = registry_source(&spec.name, &spec.version)?;
    let source = dir.join("src");
    let _ = std::fs::remove_dir_all(&source);
    copy_tree(&package, &source).map_err(|e| format!("copying {}: {e}", package.display()))?;
    // Its own workspace, so cargo does not look for one further up (in egret's checkout).
    let manifest = source.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest).map_err(|e| e.to_string())?;
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        text.push_str("\n[workspace]\n");
        std::fs::write(&manifest, text).map_err(|e| e.to_string())?;
    }
    for adjustment in &spec.adjust {
        adjust(&source, adjustment)?;
    }
    Ok(source)
}

/// The adjustments a package may need before its tests build from the package alone. Each
/// exists because of something the published package lacks, not to hide a failure.
fn adjust(source: &Path, adjustment: &str) -> Result<(), String> {
    match adjustment {
        // regex's package leaves out `tests/fuzz`, which its test suite declares as a module.
        "fuzz-stub" => {
            std::fs::create_dir_all(source.join("tests/fuzz")).map_err(|e| e.to_string())?;
            std::fs::write(source.join("tests/fuzz/mod.rs"), "").map_err(|e| e.to_string())
        }
        // The shipped lock file pins versions that do not build with this nightly; let cargo
        // resolve afresh.
        "fresh-lock" => {
            let _ = std::fs::remove_file(source.join("Cargo.lock"));
            Ok(())
        }
        other => Err(format!("unknown adjustment `{other}` in tests/crates.toml")),
    }
}

/// Where cargo unpacked the package: `$CARGO_HOME/registry/src/<index>/NAME-VERSION`.
fn registry_source(name: &str, version: &str) -> Result<PathBuf, String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let src = home.join("registry/src");
    for index in std::fs::read_dir(&src).map_err(|e| format!("{}: {e}", src.display()))? {
        let candidate = index.map_err(|e| e.to_string())?.path().join(format!("{name}-{version}"));
        if candidate.join("Cargo.toml").exists() {
            return Ok(candidate);
        }
    }
    Err(format!("{name}-{version} is not unpacked under {}", src.display()))
}

pub(crate) fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Builds the tests (timed), then runs them and collects every test's outcome.
fn test_crate(source: &Path, target_dir: &Path, cargo_egret: Option<&Path>, spec: &CrateSpec) -> TestRun {
    let mut result = TestRun::default();
    let command = |extra: &[&str]| {
        let mut cargo = match cargo_egret {
            Some(wrapper) => {
                let mut c = Command::new(wrapper);
                c.arg("egret");
                c
            }
            None => Command::new("cargo"),
        };
        cargo.current_dir(source).arg("test").args(&spec.args).args(extra).env("CARGO_TARGET_DIR", target_dir);
        cargo.env("RUST_BACKTRACE", "0");
        cargo_egret::pin_toolchain(&mut cargo);
        cargo
    };
    let start = Instant::now();
    match run(command(&["--no-run"]), LIMIT) {
        Ok(outcome) if outcome.status.success() => {}
        Ok(outcome) => {
            let errors: Vec<&str> = outcome.stderr.lines().filter(|l| !l.trim_start().starts_with("Compiling")).take(40).collect();
            result.build_error = Some(errors.join("\n"));
            return result;
        }
        Err(e) => {
            result.build_error = Some(e);
            return result;
        }
    }
    result.build_seconds = start.elapsed().as_secs_f64();
    let start = Instant::now();
    // One stream, so that cargo's `Running` lines (stderr) stay in order with the tests' (stdout).
    let outcome = match run_merged(command(&["--no-fail-fast", "--", "--test-threads=2"]), LIMIT) {
        Ok(outcome) => outcome,
        Err(e) => {
            result.build_error = Some(e);
            return result;
        }
    };
    // libtest prints `test NAME ... ok|FAILED|ignored` for every test of every test binary;
    // the binary is part of the name, since two binaries may have tests of the same name.
    let mut binary = String::new();
    let mut executables = std::collections::BTreeMap::new();
    for line in outcome.stdout.lines() {
        if let Some(rest) = line.trim_start().strip_prefix("Running ") {
            // `Running tests/golang.rs (target/debug/deps/golang-0123abcd)`
            let (target, executable) = rest.split_once(" (").unwrap_or((rest, ""));
            binary = target.trim().to_string();
            if let Some(path) = executable.strip_suffix(')') {
                executables.insert(binary.clone(), source.join(path));
            }
        } else if let Some(rest) = line.trim_start().strip_prefix("Doc-tests ") {
            binary = format!("doc {rest}");
        }
        result.record(&binary, line);
    }
    result.run_seconds = start.elapsed().as_secs_f64();
    retry_failures(&mut result, &executables, source);
    result
}

/// Each test that failed is run again on its own, at most [`RETRIES`] times, from its test
/// binary; if it passes, it is counted as passed and listed as flaky. Some suites have tests
/// that fail now and then under any backend: crossbeam-channel's `golang::select2::main`
/// counts every allocation of the process while other tests allocate on other threads, and
/// fails about one run in ten under LLVM too. Both backends' runs get the same treatment, and
/// the report names every test it saved.
fn retry_failures(result: &mut TestRun, executables: &std::collections::BTreeMap<String, PathBuf>, source: &Path) {
    const RETRIES: usize = 2;
    for key in result.failed.clone() {
        let Some((binary, name)) = key.split_once("::") else { continue };
        let Some(executable) = executables.get(binary) else { continue };
        for _ in 0..RETRIES {
            let mut command = Command::new(executable);
            command.current_dir(source).env("CARGO_MANIFEST_DIR", source).env("RUST_BACKTRACE", "0");
            command.args(["--exact", name, "--test-threads=1"]);
            let passed = run(command, LIMIT).is_ok_and(|o| o.status.success() && o.stdout.contains("test result: ok. 1 passed"));
            if passed {
                result.failed.remove(&key);
                result.passed.insert(key.clone());
                result.flaky.insert(key.clone());
                break;
            }
        }
    }
}

fn compare(llvm: &TestRun, egret: &TestRun) -> Result<(), String> {
    if let Some(error) = &llvm.build_error {
        return Err(format!("the LLVM build failed (the oracle is broken):\n{error}"));
    }
    print_counts("LLVM", llvm);
    if let Some(error) = &egret.build_error {
        return Err(format!("egret could not build the tests:\n{error}"));
    }
    print_counts("egret", egret);
    let lost: Vec<&String> = llvm.passed.difference(&egret.passed).collect();
    let counts_equal = (llvm.passed.len(), llvm.failed.len(), llvm.ignored.len()) == (egret.passed.len(), egret.failed.len(), egret.ignored.len());
    if lost.is_empty() && counts_equal {
        return Ok(());
    }
    let mut why = format!("{} tests pass under LLVM but not under egret", lost.len());
    for name in lost.iter().take(20) {
        why.push_str(&format!("\n     {name}"));
    }
    if !counts_equal {
        why.push_str("\n     (the counts differ)");
    }
    Err(why)
}

/// Prints one backend's line of a report: its counts of passed, failed and ignored tests, and
/// how long building and running them took.
pub(crate) fn print_counts(backend: &str, run: &TestRun) {
    println!(
        "   {backend:<5} {:5} passed {:4} failed {:4} ignored   build {:6.1}s  run {:6.1}s",
        run.passed.len(),
        run.failed.len(),
        run.ignored.len(),
        run.build_seconds,
        run.run_seconds
    );
    for key in &run.flaky {
        println!("   {backend:<5} flaky: {key} failed in the full run and passed on its own");
    }
}

/// Parses the small TOML subset `tests/crates.toml` uses: `[[crate]]` stanzas of
/// `key = "string"`, `key = true|false` and `key = ["a", "b"]`.
fn parse(text: &str) -> Result<Vec<CrateSpec>, String> {
    let mut specs: Vec<CrateSpec> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.split(" #").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let error = |what: &str| format!("tests/crates.toml:{}: {what}", index + 1);
        if line == "[[crate]]" {
            specs.push(CrateSpec::default());
            continue;
        }
        let spec = specs.last_mut().ok_or_else(|| error("a key before the first [[crate]]"))?;
        let (key, value) = line.split_once('=').ok_or_else(|| error("expected `key = value`"))?;
        let value = value.trim();
        let string = || value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).map(str::to_string).ok_or_else(|| error("expected a string"));
        let list = || -> Result<Vec<String>, String> {
            let inner = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')).ok_or_else(|| error("expected a list"))?;
            Ok(inner.split(',').map(|s| s.trim().trim_matches('"').to_string()).filter(|s| !s.is_empty()).collect())
        };
        match key.trim() {
            "name" => spec.name = string()?,
            "version" => spec.version = string()?,
            "ci" => spec.ci = value == "true",
            "args" => spec.args = list()?,
            "adjust" => spec.adjust = list()?,
            other => return Err(error(&format!("unknown key `{other}`"))),
        }
    }
    for spec in &specs {
        if spec.name.is_empty() || spec.version.is_empty() {
            return Err("tests/crates.toml: every [[crate]] needs a name and a version".into());
        }
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::{parse, test_line};

    #[test]
    fn libtest_lines_split() {
        assert_eq!(test_line("test a::b ... ok"), Some(("a::b", "ok")));
        assert_eq!(test_line("test a::c - should panic ... FAILED"), Some(("a::c", "FAILED")));
        assert_eq!(test_line("test a::d ... ignored, slow"), Some(("a::d", "ignored, slow")));
        assert_eq!(test_line("test a::e ... "), Some(("a::e", "")));
        assert_eq!(test_line("test result: ok. 3 passed; 0 failed"), None);
    }

    #[test]
    fn stanzas_parse() {
        let specs = parse(
            "# list\n[[crate]]\nname = \"regex\"\nversion = \"1.2.3\"  # pinned\nci = true\nargs = [\"--lib\", \"--all-features\"]\nadjust = [\"fuzz-stub\"]\n\n[[crate]]\nname = \"itoa\"\nversion = \"1.0.0\"\n",
        )
        .unwrap();
        assert_eq!(specs.len(), 2);
        assert_eq!(specs[0].args, vec!["--lib", "--all-features"]);
        assert!(specs[0].ci && !specs[1].ci);
        assert_eq!(specs[0].adjust, vec!["fuzz-stub"]);
        assert!(parse("name = \"x\"\n").is_err());
        assert!(parse("[[crate]]\nname = \"x\"\n").is_err());
    }
}
