//! What `cargo-egret`, `rustc-egret` and `egret-tool` share: the toolchain egret is built for,
//! how a child process is pinned to it, and where the backend dylib is.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The nightly the backend is built against. The dylib only loads into exactly this rustc.
/// A unit test keeps it equal to `rust-toolchain.toml`.
pub const TOOLCHAIN: &str = "nightly-2026-05-20";

/// The file name of the backend dylib in a cargo profile folder.
pub const BACKEND_FILE: &str = "librustc_codegen_egret.so";

/// Makes `command` (a rustup proxy such as `cargo` or `rustc`) run the pinned toolchain.
///
/// A toolchain the user chose on purpose (`RUSTUP_TOOLCHAIN=...` by hand, or `cargo +name`)
/// is kept. But rustup's proxies also export `RUSTUP_TOOLCHAIN` for whatever toolchain they
/// resolved from the default or a project's `rust-toolchain.toml`; inheriting that would load
/// the backend into a rustc it was not built for, so it is replaced.
pub fn pin_toolchain(command: &mut Command) {
    let chosen = std::env::var_os("RUSTUP_TOOLCHAIN").is_some()
        && matches!(std::env::var("RUSTUP_TOOLCHAIN_SOURCE").as_deref(), Err(_) | Ok("env" | "cli"));
    if !chosen {
        command.env("RUSTUP_TOOLCHAIN", TOOLCHAIN).env_remove("RUSTUP_TOOLCHAIN_SOURCE");
    }
}

/// The backend dylib: `$EGRET_BACKEND`, or the one next to this executable (both wrappers are
/// built into the same profile folder as the backend).
pub fn backend() -> Result<PathBuf, String> {
    let path = match std::env::var_os("EGRET_BACKEND") {
        Some(path) => PathBuf::from(path),
        None => std::env::current_exe().map_err(|e| format!("cannot locate myself: {e}"))?.with_file_name(BACKEND_FILE),
    };
    check_backend(&path)?;
    Ok(path)
}

/// The backend under a path that names its build: a copy in `egret-backends/<stamp>/` beside
/// it, where the stamp is the dylib's size and modification time. Cargo fingerprints a crate by
/// its flags, and `-Zcodegen-backend=<path>` with an unchanged path would let it reuse crates
/// that an older backend compiled; with the build in the path, a rebuilt backend rebuilds them.
/// Older copies are removed (a rustc still running with one keeps its mapping).
pub fn stamped_backend(path: &Path) -> Result<PathBuf, String> {
    let metadata = std::fs::metadata(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let modified = metadata.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
    let stamp = format!("{:x}-{:x}", metadata.len(), modified.as_nanos());
    let folder = path.with_file_name("egret-backends");
    let copy = folder.join(&stamp).join(BACKEND_FILE);
    if copy.is_file() {
        return Ok(copy);
    }
    if let Ok(entries) = std::fs::read_dir(&folder) {
        for entry in entries.flatten() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let dir = folder.join(&stamp);
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    // Copy, then rename: a concurrent cargo-egret never sees half a dylib.
    let partial = dir.join(format!("{BACKEND_FILE}.{}", std::process::id()));
    std::fs::copy(path, &partial).map_err(|e| format!("copying the backend to {}: {e}", partial.display()))?;
    std::fs::rename(&partial, &copy).map_err(|e| format!("renaming {}: {e}", partial.display()))?;
    Ok(copy)
}

/// An error that tells how to get the backend when `path` does not hold it.
pub fn check_backend(path: &Path) -> Result<(), String> {
    if path.is_file() {
        Ok(())
    } else {
        Err(format!(
            "the egret backend is not at {}\n  build it with `./egret setup` in the egret repository (or point EGRET_BACKEND at it)",
            path.display()
        ))
    }
}

/// The exit code to hand on for a child's status; a child killed by a signal reports it the
/// way a shell would (128 + signal).
pub fn exit_code(status: std::process::ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => code as u8,
        (None, Some(signal)) => 128u8.wrapping_add(signal as u8),
        (None, None) => 101,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn toolchain_matches_the_pin() {
        let pin = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../rust-toolchain.toml")).unwrap();
        let channel = pin.lines().find_map(|l| l.trim().strip_prefix("channel = ")).expect("a channel line");
        assert_eq!(channel.trim_matches('"'), super::TOOLCHAIN, "rust-toolchain.toml and TOOLCHAIN disagree");
    }
}
