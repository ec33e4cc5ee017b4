//! MIR operands: copies and moves out of places, constants, and runtime-check flags.

use rustc_middle::mir;

use crate::cx::FnCx;
use crate::datum::Datum;

pub(crate) fn lower_operand<'tcx>(fx: &mut FnCx<'_, 'tcx>, operand: &mir::Operand<'tcx>) -> Datum<'tcx> {
    match operand {
        mir::Operand::Copy(place) | mir::Operand::Move(place) => {
            crate::lower::place::lower_place(fx, *place).read(fx)
        }
        mir::Operand::Constant(constant) => crate::consts::lower_const(fx, constant),
        mir::Operand::RuntimeChecks(check) => {
            let enabled = check.value(fx.tcx.sess);
            let layout = fx.layout_of(fx.tcx.types.bool);
            Datum::scalar(crate::consts::bool_const(fx, enabled), layout)
        }
    }
}
