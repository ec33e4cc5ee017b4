//! What `cargo-egret` and `rustc-egret` share: the toolchain egret was built for and where the
//! backend dylib is.

use std::path::PathBuf;

/// The nightly the backend is built against. The dylib only loads into exactly this rustc,
/// so both wrappers pin it for the processes they start.
pub const TOOLCHAIN: &str = "nightly-2026-05-20";

/// The backend dylib: `$EGRET_BACKEND`, or `librustc_codegen_egret.so` next to this executable.
pub fn backend() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("EGRET_BACKEND") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate myself: {e}"))?;
    let path = exe.with_file_name("librustc_codegen_egret.so");
    if path.exists() {
        Ok(path)
    } else {
        Err(format!(
            "the egret backend is not at {} (build it with `./egret setup`, or set EGRET_BACKEND)",
            path.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn toolchain_matches_the_pin() {
        let pin = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../rust-toolchain.toml")).unwrap();
        assert!(pin.contains(&format!("channel = \"{}\"", super::TOOLCHAIN)), "rust-toolchain.toml and TOOLCHAIN disagree");
    }
}
