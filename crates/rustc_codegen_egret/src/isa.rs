//! Builds the Cranelift target description from rustc's session options.

use std::sync::{Arc, Mutex};

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use rustc_middle::ty::{Instance, TyCtxt};
use rustc_session::Session;

use crate::config::Config;

/// The Cranelift ISA for the session's target, with flags matching what rustc asked for.
pub(crate) fn target_isa(sess: &Session) -> Arc<dyn TargetIsa> {
    build_isa(sess, &[])
}

/// The ISA for functions that enable target features with `#[target_feature]`, by the
/// Cranelift flags those features turn on. Built once per set of flags.
pub(crate) fn isa_with_features(sess: &Session, flags: &[&'static str]) -> Arc<dyn TargetIsa> {
    static CACHE: Mutex<Vec<(Vec<&'static str>, Arc<dyn TargetIsa>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, isa)) = cache.iter().find(|(key, _)| key == flags) {
        return Arc::clone(isa);
    }
    let isa = build_isa(sess, flags);
    cache.push((flags.to_vec(), Arc::clone(&isa)));
    isa
}

/// rustc's x86_64 target features and the Cranelift flags that stand for them. A feature
/// implies the ones before it in each chain, which `function_features` adds too.
const X86_FEATURES: &[(&str, &str)] = &[
    ("sse3", "has_sse3"),
    ("ssse3", "has_ssse3"),
    ("sse4.1", "has_sse41"),
    ("sse4.2", "has_sse42"),
    ("popcnt", "has_popcnt"),
    ("avx", "has_avx"),
    ("avx2", "has_avx2"),
    ("fma", "has_fma"),
    ("bmi1", "has_bmi1"),
    ("bmi2", "has_bmi2"),
    ("lzcnt", "has_lzcnt"),
    ("cmpxchg16b", "has_cmpxchg16b"),
    ("avx512f", "has_avx512f"),
    ("avx512vl", "has_avx512vl"),
    ("avx512dq", "has_avx512dq"),
    ("avx512bitalg", "has_avx512bitalg"),
    ("avx512vbmi", "has_avx512vbmi"),
];

/// The Cranelift flags for the target features `instance` enables itself, sorted; empty for
/// an ordinary function. rustc lists implied features too (`avx2` brings `avx`, `sse4.2`, ...).
pub(crate) fn function_features<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> Vec<&'static str> {
    if tcx.sess.target.arch != rustc_target::spec::Arch::X86_64 {
        return Vec::new();
    }
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let mut flags: Vec<&'static str> = attrs
        .target_features
        .iter()
        .filter_map(|feature| X86_FEATURES.iter().find(|(name, _)| feature.name.as_str() == *name).map(|(_, flag)| *flag))
        .collect();
    flags.sort_unstable();
    flags.dedup();
    flags
}

fn build_isa(sess: &Session, features: &[&'static str]) -> Arc<dyn TargetIsa> {
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
    for flag in features {
        builder.enable(flag).unwrap_or_else(|e| panic!("cranelift ISA flag {flag}: {e}"));
    }
    builder
        .finish(settings::Flags::new(flags))
        .unwrap_or_else(|e| sess.dcx().fatal(format!("egret: building the target ISA: {e}")))
}
