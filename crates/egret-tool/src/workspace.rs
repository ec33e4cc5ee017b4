//! Where things are and how to run the pinned toolchain: the repository root, `cargo` and
//! `rustc` pinned to egret's nightly, and the backend built by cargo.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (this crate lives in `crates/egret-tool`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// `program` (a rustup proxy: `cargo` or `rustc`) pinned to egret's toolchain, whatever the
/// current directory's toolchain file says.
pub fn pinned(program: &str) -> Command {
    let mut command = Command::new(program);
    cargo_egret::pin_toolchain(&mut command);
    command
}

/// Builds the backend dylib and the cargo wrapper, returning the profile folder they are in
/// (`target/debug` or `target/release`).
pub fn build_backend(release: bool) -> Result<PathBuf, String> {
    let root = root();
    let mut cargo = pinned("cargo");
    cargo.current_dir(&root).args(["build", "-q", "-p", "rustc_codegen_egret", "-p", "cargo-egret"]);
    if release {
        cargo.arg("--release");
    }
    let status = cargo.status().map_err(|e| format!("running cargo: {e}"))?;
    if !status.success() {
        return Err("building egret failed".into());
    }
    let profile_dir = profile_dir(release);
    cargo_egret::check_backend(&backend_dylib(&profile_dir))?;
    Ok(profile_dir)
}

/// The profile folder (`target/debug` or `target/release`) that cargo builds egret into.
pub fn profile_dir(release: bool) -> PathBuf {
    let root = root();
    // Cargo builds where CARGO_TARGET_DIR says, relative to where it runs (the root).
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir));
    target.join(if release { "release" } else { "debug" })
}

/// The backend dylib in a profile folder.
pub fn backend_dylib(profile_dir: &Path) -> PathBuf {
    profile_dir.join(cargo_egret::BACKEND_FILE)
}
