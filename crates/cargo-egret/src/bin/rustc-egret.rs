//! `rustc-egret`: rustc with the egret backend. Takes exactly rustc's arguments.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let backend = match cargo_egret::backend() {
        Ok(path) => path,
        Err(message) => {
            eprintln!("rustc-egret: {message}");
            return ExitCode::from(2);
        }
    };
    let rustc = std::env::var_os("EGRET_REAL_RUSTC").unwrap_or_else(|| "rustc".into());
    let mut command = Command::new(rustc);
    command.arg(format!("-Zcodegen-backend={}", backend.display())).args(std::env::args_os().skip(1));
    if std::env::var_os("RUSTUP_TOOLCHAIN").is_none() {
        command.env("RUSTUP_TOOLCHAIN", cargo_egret::TOOLCHAIN);
    }
    match command.status() {
        Ok(status) => ExitCode::from(status.code().unwrap_or(101) as u8),
        Err(e) => {
            eprintln!("rustc-egret: running rustc: {e}");
            ExitCode::from(2)
        }
    }
}
