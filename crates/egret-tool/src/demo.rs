//! `egret-tool demo`: builds the bundled `demo/` project cold with LLVM (`cargo build`) and with
//! egret (`cargo egret build`), runs both, checks they print the same, and shows the build times.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

pub fn run() -> Result<bool, String> {
    let root = crate::workspace::root();
    let profile_dir = crate::workspace::build_backend(true)?;
    let demo = root.join("demo");
    let targets = root.join("build/demo");

    // Download the dependencies first so that neither timed build includes the network.
    let mut fetch = crate::workspace::pinned("cargo");
    fetch.current_dir(&demo).args(["fetch", "-q"]);
    if !fetch.status().is_ok_and(|s| s.success()) {
        return Err("`cargo fetch` failed in demo/".into());
    }
    let llvm_dir = targets.join("llvm");
    let egret_dir = targets.join("egret");
    let llvm_seconds = cold_build("LLVM", &demo, crate::workspace::pinned("cargo"), &llvm_dir)?;
    let mut cargo_egret = Command::new(profile_dir.join("cargo-egret"));
    cargo_egret.arg("egret");
    let egret_seconds = cold_build("egret", &demo, cargo_egret, &egret_dir)?;

    let llvm = run_demo(&llvm_dir)?;
    let egret = run_demo(&egret_dir)?;
    if !llvm.status.success() {
        return Err(format!("the LLVM build of the demo failed when run ({}):\n{}", llvm.status, String::from_utf8_lossy(&llvm.stderr)));
    }
    print!("{}", String::from_utf8_lossy(&egret.stdout));
    eprint!("{}", String::from_utf8_lossy(&egret.stderr));
    let same = llvm.stdout == egret.stdout && llvm.stderr == egret.stderr && llvm.status.code() == egret.status.code();

    println!();
    println!("demo/ built cold (debug profile, dependencies included):");
    println!("  {:<8} {:>9}", "backend", "seconds");
    println!("  {:<8} {:>9.2}", "LLVM", llvm_seconds);
    println!("  {:<8} {:>9.2}", "egret", egret_seconds);
    println!("  egret / LLVM = {:.2}", egret_seconds / llvm_seconds);
    if same {
        println!("The egret build prints exactly what the LLVM build prints.");
    } else {
        println!("MISMATCH: the egret build ({}) differs from the LLVM build ({}), which printed:", egret.status, llvm.status);
        print!("{}", crate::diff::render(&String::from_utf8_lossy(&llvm.stdout), &String::from_utf8_lossy(&egret.stdout)));
    }
    Ok(same)
}

/// Builds the demo with `cargo` (plain cargo or cargo-egret) into an emptied `target_dir`, and
/// returns the wall-clock seconds it took.
fn cold_build(backend: &str, demo: &Path, mut cargo: Command, target_dir: &Path) -> Result<f64, String> {
    match std::fs::remove_dir_all(target_dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(format!("emptying {}: {e}", target_dir.display())),
        _ => {}
    }
    cargo.current_dir(demo).args(["build", "-q"]).env("CARGO_TARGET_DIR", target_dir);
    let start = Instant::now();
    let status = cargo.status().map_err(|e| format!("running {cargo:?}: {e}"))?;
    if !status.success() {
        return Err(format!("building the demo with {backend} failed ({status}): {cargo:?}"));
    }
    Ok(start.elapsed().as_secs_f64())
}

fn run_demo(target_dir: &Path) -> Result<Output, String> {
    let binary = target_dir.join("debug/egret-demo");
    Command::new(&binary).output().map_err(|e| format!("running {}: {e}", binary.display()))
}
