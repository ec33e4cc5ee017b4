//! The demo: builds the bundled `demo/` project cold with LLVM (`cargo build`) and with egret
//! (`cargo egret build`), runs both, checks they print the same, and shows the build times.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub fn run(_args: &[String]) -> Result<bool, String> {
    let root = crate::workspace::root();
    let profile_dir = crate::workspace::build_backend(true)?;
    let demo = root.join("demo");
    let targets = root.join("build/demo");
    let _ = std::fs::remove_dir_all(&targets);

    // Fetch the dependencies first so that neither timed build includes the download.
    let fetch = Command::new("cargo").current_dir(&demo).args(["fetch", "-q"]).status();
    if !fetch.is_ok_and(|s| s.success()) {
        return Err("cargo fetch failed in demo/".into());
    }
    let llvm_seconds = timed_build(&demo, Command::new("cargo"), &targets.join("llvm"))?;
    let egret_seconds = timed_build(&demo, Command::new(profile_dir.join("cargo-egret")), &targets.join("egret"))?;

    let binary = |dir: &Path| dir.join("debug/egret-demo");
    let llvm_out = Command::new(binary(&targets.join("llvm"))).output().map_err(|e| e.to_string())?;
    let egret_out = Command::new(binary(&targets.join("egret"))).output().map_err(|e| e.to_string())?;
    print!("{}", String::from_utf8_lossy(&egret_out.stdout));
    let same = llvm_out.stdout == egret_out.stdout && llvm_out.status.code() == egret_out.status.code();
    println!();
    println!("demo build (cold, debug, with dependencies)");
    println!("  LLVM   {llvm_seconds:7.2} s");
    println!("  egret  {egret_seconds:7.2} s   ({:.2}x LLVM)", egret_seconds / llvm_seconds);
    if same {
        println!("  output of the egret build is identical to the LLVM build");
    } else {
        println!("  OUTPUT DIFFERS from the LLVM build:\n{}", String::from_utf8_lossy(&llvm_out.stdout));
    }
    Ok(same)
}

fn timed_build(demo: &Path, mut cargo: Command, target_dir: &Path) -> Result<f64, String> {
    cargo.current_dir(demo).args(["build", "-q"]).env("CARGO_TARGET_DIR", target_dir);
    let start = Instant::now();
    let status = cargo.status().map_err(|e| format!("running {cargo:?}: {e}"))?;
    if !status.success() {
        return Err(format!("{cargo:?} failed"));
    }
    Ok(start.elapsed().as_secs_f64())
}
