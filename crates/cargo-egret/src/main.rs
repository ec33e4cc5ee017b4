//! `cargo egret <build|run|test|check|bench> [args]`: runs cargo with every crate of the build
//! compiled by egret. The backend is added to the rustflags (so cargo's fingerprints see it)
//! and the build goes to its own target directory (`target/egret` unless `CARGO_TARGET_DIR` is
//! set), so that switching between LLVM and egret builds does not rebuild everything.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // Cargo runs subcommands as `cargo-egret egret build ...`.
    if args.first().map(String::as_str) == Some("egret") {
        args.remove(0);
    }
    let Some(subcommand) = args.first().cloned() else {
        eprintln!("usage: cargo egret <build|run|test|check|bench|...> [cargo arguments]");
        return ExitCode::from(2);
    };
    let backend = match cargo_egret::backend() {
        Ok(path) => path,
        Err(message) => {
            eprintln!("cargo-egret: {message}");
            return ExitCode::from(2);
        }
    };

    let mut flags: Vec<String> = match std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        Ok(encoded) if !encoded.is_empty() => encoded.split('\x1f').map(str::to_string).collect(),
        _ => std::env::var("RUSTFLAGS").map(|f| f.split_whitespace().map(str::to_string).collect()).unwrap_or_default(),
    };
    flags.push(format!("-Zcodegen-backend={}", backend.display()));
    if let Ok(extra) = std::env::var("EGRET_EXTRA_RUSTFLAGS") {
        flags.extend(extra.split_whitespace().map(str::to_string));
    }

    // `cargo` through rustup, so that RUSTUP_TOOLCHAIN picks the pinned toolchain's cargo.
    let mut cargo = Command::new("cargo");
    cargo.arg(&subcommand).args(&args[1..]);
    cargo.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f")).env_remove("RUSTFLAGS");
    if std::env::var_os("RUSTUP_TOOLCHAIN").is_none() {
        cargo.env("RUSTUP_TOOLCHAIN", cargo_egret::TOOLCHAIN);
    }
    // Cargo sets these for subcommands; they point at the invoking toolchain, not the pinned one.
    cargo.env_remove("CARGO").env_remove("RUSTC");
    if std::env::var_os("CARGO_TARGET_DIR").is_none() {
        cargo.env("CARGO_TARGET_DIR", "target/egret");
    }
    match cargo.status() {
        Ok(status) => ExitCode::from(status.code().unwrap_or(101) as u8),
        Err(e) => {
            eprintln!("cargo-egret: running cargo: {e}");
            ExitCode::from(2)
        }
    }
}
