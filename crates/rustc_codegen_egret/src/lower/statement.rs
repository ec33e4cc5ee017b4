//! MIR statements. Only assignments, discriminant writes and the two non-diverging intrinsics
//! do anything at run time; the rest are markers for borrowck and the optimizer.

use rustc_middle::mir::{self, NonDivergingIntrinsic, StatementKind};

use crate::cx::FnCx;
use crate::lower::operand::lower_operand;
use crate::lower::place::lower_place;

pub(crate) fn lower_statement<'tcx>(fx: &mut FnCx<'_, 'tcx>, statement: &mir::Statement<'tcx>) {
    fx.span = statement.source_info.span;
    fx.scope = statement.source_info.scope;
    match &statement.kind {
        StatementKind::Assign(assign) => {
            let (place, rvalue) = &**assign;
            let dest = lower_place(fx, *place);
            crate::lower::rvalue::lower_rvalue_into(fx, dest, rvalue);
        }
        StatementKind::SetDiscriminant { place, variant_index } => {
            let slot = lower_place(fx, **place);
            crate::lower::discriminant::write_discriminant(fx, slot, *variant_index);
        }
        StatementKind::Intrinsic(intrinsic) => match &**intrinsic {
            NonDivergingIntrinsic::Assume(_) => {}
            NonDivergingIntrinsic::CopyNonOverlapping(copy) => {
                let src = lower_operand(fx, &copy.src);
                let pointee = src.layout.ty.builtin_deref(true).expect("copy from a non-pointer");
                let elem_size = fx.layout_of(pointee).size.bytes();
                let src = src.load_scalar(fx);
                let dst = lower_operand(fx, &copy.dst).load_scalar(fx);
                let count = lower_operand(fx, &copy.count).load_scalar(fx);
                let bytes = crate::intrinsics::memory::scaled(fx, count, elem_size);
                fx.memcpy_dynamic(dst, src, bytes);
            }
        },
        StatementKind::FakeRead(..)
        | StatementKind::StorageLive(_)
        | StatementKind::StorageDead(_)
        | StatementKind::PlaceMention(_)
        | StatementKind::AscribeUserType(..)
        | StatementKind::Coverage(_)
        | StatementKind::ConstEvalCounter
        | StatementKind::Nop
        | StatementKind::BackwardIncompatibleDropHint { .. } => {}
    }
}
