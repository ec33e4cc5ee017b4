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

/// A rustc wrapper for the build: rustc's own bootstrap compiles the `panic_abort` runtime with
/// `-Cpanic=abort` (whatever the rest of the library uses), and a program built with
/// `-Cpanic=abort` refuses a `panic_abort` that was not.
const WRAPPER: &str = "#!/bin/sh
# Written by egret-tool sysroot: panic_abort is compiled with -Cpanic=abort, as bootstrap does.
case \" $* \" in
    *\" --crate-name panic_abort \"*) exec \"$@\" -Cpanic=abort ;;
esac
exec \"$@\"
";

/// Builds the sysroot; returns it and the probe program linked against it.
pub fn build(root: &Path, backend: &Path) -> Result<(PathBuf, PathBuf), String> {
    let toolchain = Toolchain::query()?;
    let target = toolchain.host.clone();
    let project = root.join("build/sysroot-build");
    std::fs::create_dir_all(project.join("src")).map_err(|e| format!("creating {}: {e}", project.display()))?;
    write_if_changed(&project.join("Cargo.toml"), PROBE_MANIFEST)?;
    write_if_changed(&project.join("src/main.rs"), PROBE_MAIN)?;
    let wrapper = project.join("rustc-wrapper.sh");
    write_if_changed(&wrapper, WRAPPER)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).map_err(|e| format!("making {} executable: {e}", wrapper.display()))?;
    }
    // Source paths as the shipped library records them (`/rustc/<commit>/library/...`), so that
    // panic messages from inside the library print the same location under both builds.
    let remap = format!("--remap-path-prefix={}={}", toolchain.sysroot.join("lib/rustlib/src/rust").display(), toolchain.remapped_source);

    // Under a path that names the backend's build, so that cargo rebuilds everything after
    // the backend changes rather than reusing what an older one compiled.
    let backend = cargo_egret::stamped_backend(backend)?;
    let mut cargo = crate::workspace::pinned("cargo");
    cargo
        .current_dir(&project)
        .args(["build", "--release", "-q", "--message-format=json", &format!("-Zbuild-std={STD_CRATES}"), "--target", &target])
        .env("CARGO_TARGET_DIR", project.join("target"))
        .env("CARGO_ENCODED_RUSTFLAGS", format!("-Zcodegen-backend={}\x1f{remap}", backend.display()))
        .env("RUSTC_WRAPPER", &wrapper)
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
    // The sources, where rustc looks for them in a sysroot: a program built against this one
    // then prints the library's `/rustc/<commit>/...` paths as the local files, exactly as it
    // does with the toolchain's sysroot and its rust-src component.
    let sources = sysroot.join("lib/rustlib/src");
    std::fs::create_dir_all(&sources).map_err(|e| format!("creating {}: {e}", sources.display()))?;
    std::os::unix::fs::symlink(toolchain.sysroot.join("lib/rustlib/src/rust"), sources.join("rust"))
        .map_err(|e| format!("linking the sources into {}: {e}", sources.display()))?;
    // Only this build's libraries: `deps/` also keeps those that an older backend built (under
    // other hashes), and two candidates for `std` would make every program ambiguous.
    let libraries = rlibs(&outcome.stdout);
    if libraries.is_empty() {
        return Err("cargo reported no libraries for the standard library".into());
    }
    for path in libraries {
        let name = path.file_name().unwrap_or_default();
        std::fs::copy(&path, lib.join(name)).map_err(|e| format!("copying {}: {e}", path.display()))?;
    }
    Ok((sysroot, built.join("egret-sysroot-probe")))
}

/// The `.rlib` files among the `filenames` of cargo's `compiler-artifact` messages.
fn rlibs(messages: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for message in crate::json::compiler_artifacts(messages) {
        let files = message.get("filenames").and_then(crate::json::Json::as_array).unwrap_or_default();
        found.extend(files.iter().filter_map(|f| f.as_str()).filter(|name| name.ends_with(".rlib")).map(PathBuf::from));
    }
    found
}

/// What the build needs to know of the pinned toolchain.
struct Toolchain {
    host: String,
    sysroot: PathBuf,
    /// Where the shipped library's sources say they are: `/rustc/<commit hash>`.
    remapped_source: String,
}

impl Toolchain {
    fn query() -> Result<Toolchain, String> {
        let ask = |args: &[&str]| -> Result<String, String> {
            let mut rustc = crate::workspace::pinned("rustc");
            rustc.args(args);
            let outcome = run(rustc, RUN_LIMIT)?;
            if !outcome.status.success() {
                return Err(format!("rustc {} failed: {}", args.join(" "), outcome.stderr.trim()));
            }
            Ok(outcome.stdout)
        };
        let version = ask(&["-vV"])?;
        let field = |name: &str| version.lines().find_map(|line| line.strip_prefix(name)).map(str::to_string);
        let host = field("host: ").ok_or("rustc -vV did not name the host")?;
        let commit = field("commit-hash: ").ok_or("rustc -vV did not name its commit")?;
        let sysroot = PathBuf::from(ask(&["--print", "sysroot"])?.trim());
        Ok(Toolchain { host, sysroot, remapped_source: format!("/rustc/{commit}") })
    }
}

/// Writes the file unless it already holds `text`, so that cargo sees no change.
fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libraries_come_from_the_messages() {
        let messages = concat!(
            r#"{"reason":"compiler-artifact","target":{"name":"core"},"filenames":["/t/deps/libcore-1.rlib","/t/deps/libcore-1.rmeta"],"executable":null}"#,
            "\n",
            r#"{"reason":"compiler-artifact","target":{"name":"probe"},"filenames":["/t/probe"],"executable":"/t/probe"}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#,
        );
        assert_eq!(rlibs(messages), [PathBuf::from("/t/deps/libcore-1.rlib")]);
    }
}
