//! `egret-tool sysroot`: the standard library compiled by egret, from the toolchain's rust-src
//! with no patches, laid out as a sysroot that rustc takes with `--sysroot`.
//!
//! Cargo's `-Zbuild-std` builds core, alloc, std, panic_unwind, panic_abort, proc_macro and test,
//! with compiler-builtins and the rest of their dependencies, every crate through egret. It does
//! so for a small probe program, in the release profile, as the shipped library is built (no
//! debug assertions; egret compiles the same code at any opt-level). The rlibs then go to
//! `build/sysroot/lib/rustlib/<target>/lib/`, where rustc looks for a sysroot's libraries. The
//! probe runs as a first check, and `egret-tool test --egret-sysroot` runs every differential
//! program with egret's builds linked against this sysroot instead of the shipped one.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::process::run;

const BUILD_LIMIT: Duration = Duration::from_secs(3600);
const RUN_LIMIT: Duration = Duration::from_secs(60);
/// Everything a Rust program, a proc-macro or a test harness can link to.
const STD_CRATES: &str = "core,alloc,std,panic_unwind,panic_abort,proc_macro,test";

const PROBE_MANIFEST: &str = "[package]\nname = \"egret-sysroot-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[workspace]\n";
const PROBE_MAIN: &str = "\
fn main() {
    let words: Vec<String> = [\"standard\", \"library\", \"built\", \"by\", \"egret\"].iter().map(|w| w.to_string()).collect();
    let lengths: std::collections::HashMap<&str, usize> = words.iter().map(|w| (w.as_str(), w.len())).collect();
    let total: usize = lengths.values().sum();
    let caught = std::panic::catch_unwind(|| panic!(\"unwinding works\")).is_err();
    let joined = std::thread::spawn(move || total * 2).join().unwrap();
    println!(\"{} ({total} letters, thread says {joined}, caught a panic: {caught})\", words.join(\" \"));
}
";

/// Where the sysroot goes.
pub fn dir(root: &Path) -> PathBuf {
    root.join("build/sysroot")
}

pub fn run_sysroot(args: &[String]) -> Result<bool, String> {
    if !args.is_empty() {
        return Err(format!("unexpected arguments {args:?}\nusage: egret-tool sysroot"));
    }
    let root = crate::workspace::root();
    let profile_dir = crate::workspace::build_backend(true)?;
    let backend = crate::workspace::backend_dylib(&profile_dir);
    let started = Instant::now();
    let (sysroot, probe) = build(&root, &backend)?;
    println!("built the standard library with egret in {:.1} s: {}", started.elapsed().as_secs_f64(), sysroot.display());
    let outcome = run(std::process::Command::new(&probe), RUN_LIMIT)?;
    print!("probe program: {}", outcome.stdout);
    if !outcome.status.success() {
        println!("the probe program failed ({}):\n{}", outcome.status, outcome.stderr);
        return Ok(false);
    }
    Ok(true)
}

/// Builds the sysroot; returns it and the probe program linked against it.
pub fn build(root: &Path, backend: &Path) -> Result<(PathBuf, PathBuf), String> {
    let target = host_target()?;
    let project = root.join("build/sysroot-build");
    std::fs::create_dir_all(project.join("src")).map_err(|e| format!("creating {}: {e}", project.display()))?;
    write_if_changed(&project.join("Cargo.toml"), PROBE_MANIFEST)?;
    write_if_changed(&project.join("src/main.rs"), PROBE_MAIN)?;

    // Under a path that names the backend's build, so that cargo rebuilds everything after
    // the backend changes rather than reusing what an older one compiled.
    let backend = cargo_egret::stamped_backend(backend)?;
    let mut cargo = crate::workspace::pinned("cargo");
    cargo
        .current_dir(&project)
        .args(["build", "--release", "-q", &format!("-Zbuild-std={STD_CRATES}"), "--target", &target])
        .env("CARGO_TARGET_DIR", project.join("target"))
        .env("CARGO_ENCODED_RUSTFLAGS", format!("-Zcodegen-backend={}", backend.display()))
        .env_remove("RUSTFLAGS");
    let outcome = run(cargo, BUILD_LIMIT)?;
    if !outcome.status.success() {
        return Err(format!("building the standard library with egret failed ({}):\n{}", outcome.status, outcome.stderr));
    }

    let built = project.join("target").join(&target).join("release");
    let sysroot = dir(root);
    let lib = sysroot.join("lib/rustlib").join(&target).join("lib");
    if sysroot.exists() {
        std::fs::remove_dir_all(&sysroot).map_err(|e| format!("clearing {}: {e}", sysroot.display()))?;
    }
    std::fs::create_dir_all(&lib).map_err(|e| format!("creating {}: {e}", lib.display()))?;
    let deps = built.join("deps");
    let entries = std::fs::read_dir(&deps).map_err(|e| format!("reading {}: {e}", deps.display()))?;
    let mut copied = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "rlib") {
            std::fs::copy(&path, lib.join(entry.file_name())).map_err(|e| format!("copying {}: {e}", path.display()))?;
            copied += 1;
        }
    }
    if copied == 0 {
        return Err(format!("no libraries in {}", deps.display()));
    }
    Ok((sysroot, built.join("egret-sysroot-probe")))
}

/// The host's target triple, from the pinned rustc.
fn host_target() -> Result<String, String> {
    let mut rustc = crate::workspace::pinned("rustc");
    rustc.arg("-vV");
    let outcome = run(rustc, RUN_LIMIT)?;
    outcome
        .stdout
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(str::to_string)
        .ok_or_else(|| "rustc -vV did not name the host".to_string())
}

/// Writes the file unless it already holds `text`, so that cargo sees no change.
fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}
