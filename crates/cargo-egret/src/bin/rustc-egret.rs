//! `rustc-egret`: rustc with the egret backend. Takes exactly rustc's arguments; the real rustc
//! is `rustc` on PATH (rustup's proxy, pinned to egret's toolchain) or `$EGRET_REAL_RUSTC`.

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
    cargo_egret::pin_toolchain(&mut command);
    match command.status() {
        Ok(status) => ExitCode::from(cargo_egret::exit_code(status)),
        Err(e) => {
            eprintln!("rustc-egret: running rustc: {e}");
            ExitCode::from(2)
        }
    }
}
