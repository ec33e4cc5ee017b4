//! `egret-tool`: builds egret, runs its differential test harness, and builds the bundled demo
//! with LLVM and with egret to compare their build times. Invoked through `./egret` at the root.

mod bench;
mod crates;
mod demo;
mod diff;
mod differential;
mod expected;
mod json;
mod process;
mod std_suites;
mod suite;
mod sysroot;
mod workspace;

use std::process::ExitCode;

const USAGE: &str = "\
usage: egret-tool test [--release] [--egret-sysroot] [FILTER]
                                              build egret and run the differential programs
                                              (against a std that egret built, with the flag)
       egret-tool demo                        build the demo cold with LLVM and with egret
       egret-tool bench [--smoke]             measure build and run times against LLVM
       egret-tool crates [--ci] [--dev] [NAME...]  run real crates' test suites under egret
       egret-tool std [SUITE...]              run the standard library's own test suites under egret
       egret-tool sysroot                     build the standard library with egret and run a probe";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.split_first() {
        Some((command, rest)) if command == "test" => suite::run(rest),
        Some((command, [])) if command == "demo" => demo::run(),
        Some((command, rest)) if command == "bench" => bench::run(rest),
        Some((command, rest)) if command == "crates" => crates::run_crates(rest),
        Some((command, rest)) if command == "std" => std_suites::run_std(rest),
        Some((command, rest)) if command == "sysroot" => sysroot::run_sysroot(rest),
        _ => {
            eprintln!("{USAGE}");
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
