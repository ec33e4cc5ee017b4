//! Target-specific lowering. Each target folder repeats the same file names; today that is
//! `x86_64/llvm_intrinsics.rs`, the LLVM intrinsics that `std::arch` declares as
//! `extern "unadjusted" { #[link_name = "llvm.x86..."] fn ... }`, `x86_64/inline_asm.rs`, and
//! `x86_64/cleanup_stubs.rs`, the landing pads of functions whose cleanup is a table.

pub(crate) mod x86_64;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Lowers a call to an LLVM intrinsic by its link name. Unknown ones are reported as
/// unsupported: they have no body to fall back to, and calling the name would not link.
pub(crate) fn lower_llvm_intrinsic<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, args: &[Datum<'tcx>], dest: Slot<'tcx>) {
    let handled = match fx.tcx.sess.target.arch {
        rustc_target::spec::Arch::X86_64 => x86_64::llvm_intrinsics::lower(fx, name, args, dest),
        _ => false,
    };
    if !handled {
        fx.unsupported(format!("the LLVM intrinsic `{name}` (used by `std::arch`)"));
    }
}

/// Landing stubs written after a function's machine code: the bytes, their relocations,
/// where each target lands, and the return address of their call to the interpreter (offsets
/// in the function), which the function's LSDA must list like any other call.
pub(crate) struct CleanupStubs {
    pub(crate) bytes: Vec<u8>,
    pub(crate) relocs: Vec<cranelift_module::ModuleReloc>,
    pub(crate) landings: Vec<u32>,
    pub(crate) call_return: u32,
}

/// Whether the target has landing stubs; elsewhere, functions keep the anchor's handlers and
/// their cleanup blocks are compiled (`lower::unwind`).
pub(crate) fn has_cleanup_stubs(arch: &rustc_target::spec::Arch) -> bool {
    matches!(arch, rustc_target::spec::Arch::X86_64)
}

/// Writes the landing stubs of a function whose code is `at` bytes long.
pub(crate) fn cleanup_stubs(
    arch: target_lexicon::Architecture,
    inputs: &crate::lower::cleanup_program::StubInputs,
    at: u32,
) -> CleanupStubs {
    match arch {
        target_lexicon::Architecture::X86_64 => x86_64::cleanup_stubs::write(inputs, at),
        other => unreachable!("landing stubs for {other}"),
    }
}
