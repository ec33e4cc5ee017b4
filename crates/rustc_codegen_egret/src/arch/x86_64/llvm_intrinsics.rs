//! The x86 LLVM intrinsics behind `std::arch::x86_64` (`llvm.x86.sse2.pause` and friends). Each
//! computes exactly what the instruction computes, so that code that detects a CPU feature at
//! run time gets the same answers under egret as under LLVM. Most of `std::arch` is written with
//! portable `simd_*` intrinsics nowadays (see `intrinsics/simd.rs`); what remains here are the
//! instructions with no portable equivalent.

use cranelift_codegen::ir::InstBuilder;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Returns `false` for intrinsics this file does not know.
pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, args: &[Datum<'tcx>], dest: Slot<'tcx>) -> bool {
    let _ = (args, dest);
    match name {
        // A spin-loop hint: it changes timing, never results, so nothing is a faithful lowering.
        "llvm.x86.sse2.pause" => {}
        // Cranelift's fence is a full barrier, which is at least as strong as each of these.
        "llvm.x86.sse.sfence" | "llvm.x86.sse2.lfence" | "llvm.x86.sse2.mfence" => {
            fx.b.ins().fence();
        }
        _ => return false,
    }
    true
}
