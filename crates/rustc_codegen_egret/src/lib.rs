//! egret: a rustc code generation backend built on Cranelift.
//!
//! rustc loads this dylib through `-Zcodegen-backend` and calls [`__rustc_codegen_backend`]. The
//! backend walks the monomorphized MIR of every codegen unit, lowers each function to Cranelift IR
//! (see [`function`] for the whole pipeline of one function), compiles it, and writes one object
//! file per codegen unit. rustc's own linker path (in `rustc_codegen_ssa`) then links those objects
//! with the LLVM-built standard library that ships with the toolchain.
//!
//! ARCHITECTURE.md at the repository root is the map of this crate.

#![feature(rustc_private)]
#![warn(unused_lifetimes)]

// MIR, types and queries.
extern crate rustc_middle;
extern crate rustc_hir;
extern crate rustc_span;
extern crate rustc_index;
extern crate rustc_data_structures;
// Layouts and calling conventions.
extern crate rustc_abi;
extern crate rustc_target;
// The backend interface, sessions and diagnostics, linking and incremental reuse.
extern crate rustc_codegen_ssa;
extern crate rustc_session;
extern crate rustc_errors;
extern crate rustc_incremental;
extern crate rustc_fs_util;
// Names of the symbols egret generates itself (allocator shim).
extern crate rustc_ast;
extern crate rustc_symbol_mangling;

// Linking rustc_driver makes this dylib share rustc's own copies of the compiler crates instead of
// carrying duplicates of their statics.
#[allow(unused_extern_crates)]
extern crate rustc_driver;

mod abi;
mod analyze;
mod arch;
mod config;
mod consts;
mod cx;
mod datum;
mod driver;
mod dump;
mod errors;
mod function;
mod intrinsics;
mod isa;
mod layout_cx;
mod lower;
mod may_unwind;
mod num;
mod shims;
mod slot;
mod symbols;
mod timing;

use std::any::Any;

use rustc_codegen_ssa::traits::CodegenBackend;
use rustc_codegen_ssa::{CompiledModules, CrateInfo, TargetConfig};
use rustc_data_structures::fx::FxIndexMap;
use rustc_middle::dep_graph::{WorkProduct, WorkProductId};
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::OutputFilenames;
use rustc_span::{Symbol, sym};

/// The backend object rustc talks to. It holds no state of its own: everything a compilation
/// needs lives in the `TyCtxt` or in the driver's per-crate structures.
pub struct EgretBackend;

impl CodegenBackend for EgretBackend {
    fn name(&self) -> &'static str {
        "egret"
    }

    fn init(&self, sess: &Session) {
        use rustc_session::config::Lto;
        if matches!(sess.lto(), Lto::Thin | Lto::Fat) {
            sess.dcx().warn("egret does not perform LTO; the crate is compiled without it");
        }
        if sess.target.arch != rustc_target::spec::Arch::X86_64 {
            sess.dcx().fatal(format!(
                "egret does not support the target `{}` yet (only x86_64 is supported)",
                sess.target.llvm_target
            ));
        }
    }

    fn target_config(&self, sess: &Session) -> TargetConfig {
        use rustc_target::spec::{CfgAbi, Env, Os};
        // x86_64 guarantees SSE2, and rustc expects x87 to be reported as present.
        let features = vec![sym::fxsr, sym::sse, sym::sse2, Symbol::intern("x87")];
        // The `f16`/`f128` cfgs are what LLVM reports for the same x86_64 target: both types
        // work (num::soft_float) except under MinGW's ABI, `f16` math goes through `f32`, and
        // `f128` math is never reliable on x86_64 (its `long double` is not binary128).
        let target = &sess.target.options;
        let mingw = target.os == Os::Windows && target.env == Env::Gnu && target.cfg_abi != CfgAbi::Llvm;
        TargetConfig {
            target_features: features.clone(),
            unstable_target_features: features,
            has_reliable_f16: !mingw,
            has_reliable_f16_math: !mingw,
            has_reliable_f128: !mingw,
            has_reliable_f128_math: false,
        }
    }

    fn target_cpu(&self, sess: &Session) -> String {
        sess.opts.cg.target_cpu.clone().unwrap_or_else(|| sess.target.cpu.to_string())
    }

    fn print_version(&self) {
        println!("egret {} (Cranelift {})", env!("CARGO_PKG_VERSION"), cranelift_codegen::VERSION);
    }

    fn codegen_crate(&self, tcx: TyCtxt<'_>) -> Box<dyn Any> {
        Box::new(driver::compile_crate(tcx))
    }

    fn join_codegen(
        &self,
        ongoing: Box<dyn Any>,
        sess: &Session,
        outputs: &OutputFilenames,
        _crate_info: &CrateInfo,
    ) -> (CompiledModules, FxIndexMap<WorkProductId, WorkProduct>) {
        let ongoing = ongoing
            .downcast::<driver::OngoingCrate>()
            .unwrap_or_else(|_| sess.dcx().fatal("egret: join_codegen got another backend's work"));
        ongoing.join(sess, outputs)
    }
}

/// The entry point rustc looks up after loading the dylib.
#[unsafe(no_mangle)]
pub fn __rustc_codegen_backend() -> Box<dyn CodegenBackend> {
    Box::new(EgretBackend)
}
