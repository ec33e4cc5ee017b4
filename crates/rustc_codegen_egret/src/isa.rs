//! Builds the Cranelift target description from rustc's session options.

use std::sync::Arc;

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use rustc_session::Session;

use crate::config::Config;

/// The Cranelift ISA for the session's target, with flags matching what rustc asked for.
pub(crate) fn target_isa(sess: &Session) -> Arc<dyn TargetIsa> {
    let triple: target_lexicon::Triple = sess
        .target
        .llvm_target
        .parse()
        .unwrap_or_else(|e| sess.dcx().fatal(format!("egret: unknown target triple: {e}")));

    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, name: &str, value: &str| {
        flags.set(name, value).unwrap_or_else(|e| panic!("cranelift flag {name}={value}: {e}"));
    };
    set(&mut flags, "is_pic", "true");
    set(&mut flags, "enable_verifier", if Config::get().verify { "true" } else { "false" });
    // LLVM passes i128 and some small aggregates in ways Cranelift only follows with these on.
    set(&mut flags, "enable_llvm_abi_extensions", "true");
    set(&mut flags, "tls_model", "elf_gd");
    set(&mut flags, "enable_probestack", "true");
    set(&mut flags, "probestack_strategy", "inline");
    let keep_frame_pointers = sess.target.options.frame_pointer
        != rustc_target::spec::FramePointer::MayOmit
        || sess.opts.cg.force_frame_pointers == rustc_target::spec::FramePointer::Always;
    set(&mut flags, "preserve_frame_pointers", if keep_frame_pointers { "true" } else { "false" });
    // Cranelift's optimizer costs little compile time and roughly halves the run time of the
    // code egret produces, so even debug builds use it: measured, that beats LLVM's -O0 code on
    // run time while the backend still stays well ahead of LLVM on compile time.
    // `EGRET_CLIF_OPT=none` turns it off.
    let opt = match std::env::var("EGRET_CLIF_OPT").as_deref() {
        Ok("none") => "none",
        _ => "speed",
    };
    set(&mut flags, "opt_level", opt);
    let regalloc = match &Config::get().regalloc {
        Some(choice) => choice.as_str(),
        None => "backtracking",
    };
    set(&mut flags, "regalloc_algorithm", regalloc);

    let mut builder = cranelift_codegen::isa::lookup(triple.clone())
        .unwrap_or_else(|e| sess.dcx().fatal(format!("egret cannot compile for {triple}: {e}")));
    if let Some(cpu) = sess.opts.cg.target_cpu.as_deref() {
        if cpu == "native" {
            builder = cranelift_native::builder_with_options(true)
                .unwrap_or_else(|e| sess.dcx().fatal(format!("egret: host CPU: {e}")));
        } else if builder.enable(cpu).is_err() {
            sess.dcx().warn(format!("egret does not know the CPU `{cpu}`; using the baseline"));
        }
    }
    builder
        .finish(settings::Flags::new(flags))
        .unwrap_or_else(|e| sess.dcx().fatal(format!("egret: building the target ISA: {e}")))
}
