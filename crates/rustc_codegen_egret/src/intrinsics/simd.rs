//! SIMD intrinsics (`simd_*`).

use crate::cx::FnCx;
use crate::intrinsics::IntrinsicCall;

pub(crate) fn lower<'tcx>(_fx: &mut FnCx<'_, 'tcx>, _call: &IntrinsicCall<'tcx>) -> bool {
    false
}
