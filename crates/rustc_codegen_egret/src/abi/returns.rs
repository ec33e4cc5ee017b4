//! Return values: what the callee's `Return` hands back, and how the caller stores it.

use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_middle::mir;
use rustc_middle::ty::Ty;
use rustc_target::callconv::{ArgAbi, PassMode};
use smallvec::SmallVec;

use crate::abi::signature::{cast_pieces, cast_size};
use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Emits the `return` of the current function from its return place.
pub(crate) fn emit_return(fx: &mut FnCx<'_, '_>) {
    let ret = &fx.fn_abi.ret;
    let place = fx.locals[mir::RETURN_PLACE];
    let values: SmallVec<[Value; 2]> = match &ret.mode {
        PassMode::Ignore | PassMode::Indirect { .. } => SmallVec::new(),
        PassMode::Direct(_) => smallvec::smallvec![place.read(fx).load_scalar(fx)],
        PassMode::Pair(..) => {
            let (a, b) = place.read(fx).load_pair(fx);
            smallvec::smallvec![a, b]
        }
        PassMode::Cast { cast, .. } => {
            let cast = cast.clone();
            let datum = place.read(fx);
            let addr = spill_for_cast(fx, datum, cast_size(fx.tcx, &cast));
            cast_pieces(fx.tcx, &cast).into_iter().map(|(offset, ty)| fx.load(ty, addr, offset.bytes() as i64)).collect()
        }
    };
    fx.b.ins().return_(&values);
}

/// Puts a value in memory that is at least `size` bytes long, so that a cast's register pieces
/// can be loaded without reading past its end.
pub(crate) fn spill_for_cast<'tcx>(fx: &mut FnCx<'_, 'tcx>, datum: Datum<'tcx>, size: u64) -> Value {
    if let crate::datum::DatumRepr::Mem { addr, .. } = datum.repr {
        if datum.layout.size.bytes() >= size {
            return addr;
        }
    }
    let addr = fx.stack_slot(size.max(datum.layout.size.bytes()), datum.layout.align.abi.bytes().max(8));
    Slot::in_memory(addr, datum.layout).write(fx, datum);
    addr
}

/// Where the caller wants an indirect return written: the destination itself when it is memory,
/// or a temporary that is copied afterwards.
pub(crate) fn indirect_return_addr<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>) -> (Value, bool) {
    match dest.addr_opt() {
        Some(addr) => (addr, false),
        None => (fx.stack_slot_for(dest.layout), true),
    }
}

/// Stores the results of a call into its destination.
pub(crate) fn store_results<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ret: &ArgAbi<'tcx, Ty<'tcx>>,
    results: &[Value],
    dest: Slot<'tcx>,
    indirect_temp: Option<Value>,
) {
    let layout = ret.layout;
    let datum = match &ret.mode {
        PassMode::Ignore => return,
        PassMode::Indirect { .. } => match indirect_temp {
            Some(addr) => Datum::in_memory(addr, layout).loaded(fx),
            None => return,
        },
        PassMode::Direct(_) => Datum::scalar(results[0], layout),
        PassMode::Pair(..) => Datum::pair(results[0], results[1], layout),
        PassMode::Cast { cast, .. } => {
            let size = cast_size(fx.tcx, cast).max(layout.size.bytes());
            let addr = fx.stack_slot(size, layout.align.abi.bytes().max(8));
            for ((offset, _), v) in cast_pieces(fx.tcx, cast).into_iter().zip(results) {
                fx.store(*v, addr, offset.bytes() as i64);
            }
            Datum::in_memory(addr, layout).loaded(fx)
        }
    };
    dest.write(fx, datum.with_layout(dest.layout));
}
