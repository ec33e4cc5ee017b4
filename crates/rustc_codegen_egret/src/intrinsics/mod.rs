//! Compiler intrinsics (`core::intrinsics`), lowered inline.
//!
//! [`lower_intrinsic`] evaluates the arguments, then offers the call to each family in turn
//! (memory, integer arithmetic and bits, floats, atomics). An intrinsic none of them knows falls
//! back to its Rust body when core provides one; otherwise it is reported as unsupported. It never
//! becomes a silent trap.

pub(crate) mod arith;
pub(crate) mod atomic;
pub(crate) mod float;
pub(crate) mod memory;
pub(crate) mod misc;
pub(crate) mod simd;
pub(crate) mod simd_vector;

use rustc_middle::mir::{self, BasicBlock};
use rustc_middle::ty::{self, GenericArgsRef, Instance};
use rustc_span::Span;
use rustc_span::Spanned;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// One call of an intrinsic, with its arguments evaluated.
pub(crate) struct IntrinsicCall<'tcx> {
    pub(crate) name: &'static str,
    pub(crate) instance: Instance<'tcx>,
    pub(crate) generic_args: GenericArgsRef<'tcx>,
    pub(crate) args: Vec<Datum<'tcx>>,
    pub(crate) dest: Slot<'tcx>,
    pub(crate) span: Span,
    /// `simd_shuffle`'s lane indices, when they are a constant (they always are in practice).
    pub(crate) shuffle_indices: Option<Vec<u32>>,
}

impl<'tcx> IntrinsicCall<'tcx> {
    /// The type of the `index`th generic argument.
    pub(crate) fn type_arg(&self, index: usize) -> ty::Ty<'tcx> {
        self.generic_args.type_at(index)
    }
}

/// Lowers a call to an intrinsic. Returns `false` when the caller should call the intrinsic's
/// fallback body instead.
pub(crate) fn lower_intrinsic<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    instance: Instance<'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
    dest: Slot<'tcx>,
    target: Option<BasicBlock>,
    span: Span,
) -> bool {
    let symbol = fx.tcx.item_name(instance.def_id());
    // Interned symbol strings live as long as the session.
    let name: &'static str = unsafe { std::mem::transmute::<&str, &'static str>(symbol.as_str()) };
    let shuffle_indices = (name == "simd_shuffle")
        .then(|| crate::consts::const_bytes(fx, &args[2].node))
        .flatten()
        .map(|bytes| bytes.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect());
    let args = args.iter().map(|a| crate::lower::operand::lower_operand(fx, &a.node)).collect();
    let call = IntrinsicCall { name, instance, generic_args: instance.args, args, dest, span, shuffle_indices };

    let handled = misc::lower(fx, &call)
        || memory::lower(fx, &call)
        || arith::lower(fx, &call)
        || float::lower(fx, &call)
        || atomic::lower(fx, &call)
        || simd::lower(fx, &call);
    if !handled {
        let has_fallback = fx.tcx.intrinsic(instance.def_id()).is_some_and(|i| !i.must_be_overridden);
        if has_fallback {
            return false;
        }
        fx.unsupported(format!("the intrinsic `{name}`"));
    }
    crate::abi::call::jump_or_trap(fx, target);
    true
}
