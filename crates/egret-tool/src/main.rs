//! `egret-tool`: builds egret, runs its differential test harness, and builds the bundled demo
//! with LLVM and with egret to compare their build times. Invoked through `./egret` at the root.

mod demo;
mod diff;
mod differential;
mod expected;
mod process;
mod workspace;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("help", &[][..]),
    };
    let result = match command {
        "test" => differential::run_suite(rest),
        "demo" => demo::run(rest),
        _ => {
            eprintln!("usage: egret-tool test [--release] [FILTER]   run the differential tests");
            eprintln!("       egret-tool demo                        build the demo with LLVM and egret");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("egret-tool: {message}");
            ExitCode::FAILURE
        }
    }
}
