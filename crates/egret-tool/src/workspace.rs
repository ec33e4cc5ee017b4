//! Where things are: the repository root, the pinned toolchain, and the built backend.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (this crate lives in `crates/egret-tool`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repository root")
}

/// Builds the backend dylib and the cargo wrapper, returning the target directory's profile
/// folder (`target/debug` or `target/release`).
pub fn build_backend(release: bool) -> Result<PathBuf, String> {
    let root = root();
    let mut cargo = Command::new("cargo");
    cargo.current_dir(&root).args(["build", "-q", "-p", "rustc_codegen_egret", "-p", "cargo-egret"]);
    if release {
        cargo.arg("--release");
    }
    let status = cargo.status().map_err(|e| format!("running cargo: {e}"))?;
    if !status.success() {
        return Err("building egret failed".into());
    }
    Ok(root.join("target").join(if release { "release" } else { "debug" }))
}

/// The backend dylib in a profile folder.
pub fn backend_dylib(profile_dir: &Path) -> PathBuf {
    profile_dir.join("librustc_codegen_egret.so")
}
