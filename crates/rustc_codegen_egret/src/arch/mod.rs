//! Target-specific lowering. Each target folder repeats the same file names; today that is
//! `x86_64/llvm_intrinsics.rs`, the LLVM intrinsics that `std::arch` declares as
//! `extern "unadjusted" { #[link_name = "llvm.x86..."] fn ... }`.

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
