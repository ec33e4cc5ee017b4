//! `cargo egret <build|run|test|check|bench> [args]`: runs cargo with every crate of the build
//! compiled by egret. The backend is added to the rustflags under a path that names its build
//! (so cargo's fingerprints see a rebuilt backend), and the build goes to its own target
//! directory (`target/egret` unless `CARGO_TARGET_DIR` is set), so that switching between LLVM
//! and egret builds does not rebuild everything.

use std::process::{Command, ExitCode};

const SUBCOMMANDS: &[&str] = &["build", "run", "test", "check", "bench"];

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // Cargo runs an external subcommand as `cargo-egret egret build ...`.
    if args.first().map(String::as_str) == Some("egret") {
        args.remove(0);
    }
    let Some(subcommand) = args.first().filter(|s| SUBCOMMANDS.contains(&s.as_str())) else {
        eprintln!("usage: cargo egret <{}> [cargo arguments]", SUBCOMMANDS.join("|"));
        return ExitCode::from(2);
    };
    let backend = match cargo_egret::backend().and_then(|path| cargo_egret::stamped_backend(&path)) {
        Ok(path) => path,
        Err(message) => {
            eprintln!("cargo-egret: {message}");
            return ExitCode::from(2);
        }
    };

    let mut flags = user_rustflags();
    flags.push(format!("-Zcodegen-backend={}", backend.display()));
    if let Ok(extra) = std::env::var("EGRET_EXTRA_RUSTFLAGS") {
        flags.extend(extra.split_whitespace().map(str::to_string));
    }

    // Plain `cargo` is rustup's proxy, which honours the RUSTUP_TOOLCHAIN pinned here.
    let mut cargo = Command::new("cargo");
    cargo.arg(subcommand).args(&args[1..]);
    cargo.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f")).env_remove("RUSTFLAGS");
    cargo_egret::pin_toolchain(&mut cargo);
    // Cargo points CARGO at the toolchain that ran this subcommand, not the pinned one.
    cargo.env_remove("CARGO");
    if std::env::var_os("CARGO_TARGET_DIR").is_none() {
        cargo.env("CARGO_TARGET_DIR", "target/egret");
    }
    match cargo.status() {
        Ok(status) => ExitCode::from(cargo_egret::exit_code(status)),
        Err(e) => {
            eprintln!("cargo-egret: running cargo: {e}");
            ExitCode::from(2)
        }
    }
}

/// The flags the user gave cargo through the environment, read with cargo's own precedence:
/// `CARGO_ENCODED_RUSTFLAGS` (even when empty) wins over `RUSTFLAGS`.
fn user_rustflags() -> Vec<String> {
    if let Some(encoded) = std::env::var_os("CARGO_ENCODED_RUSTFLAGS") {
        let encoded = encoded.to_string_lossy();
        return encoded.split('\x1f').filter(|f| !f.is_empty()).map(str::to_string).collect();
    }
    std::env::var("RUSTFLAGS").map(|f| f.split_whitespace().map(str::to_string).collect()).unwrap_or_default()
}
