//! Which callees can unwind, so that calls to the others need no landing pad.
//!
//! rustc's MIR gives a call an unwind edge whenever the callee's ABI allows unwinding, although
//! many callees cannot: accessors, conversions, `Vec<u8>`'s and `String`'s drop glue, which debug
//! builds call rather than inline. A landing pad costs a function with compiled cleanup a
//! target of its anchor and the cleanup code behind it, so egret asks the callee's own MIR
//! first (functions with landing stubs skip the question: see `abi::call::pad_for`). A body can let an unwind out only through a
//! terminator whose unwind action continues (`Continue`, `Cleanup`), through `UnwindResume`, or
//! through a tail call; such a terminator still cannot unwind when it calls or drops something
//! that, asked the same way, cannot. The question is answered for the monomorphic instance,
//! following calls and drops a few levels deep through small bodies; anything beyond those
//! bounds, without MIR here (foreign functions, upstream code that is neither generic nor inline),
//! virtual, through a pointer, or recursive counts as unwinding. Answers are kept per unit.

use rustc_middle::mir::{self, TerminatorKind, UnwindAction};
use rustc_middle::ty::{self, Instance, InstanceKind, Ty, TyCtxt};

use crate::cx::CguCx;

/// How many calls deep the question follows.
const MAX_DEPTH: u32 = 3;
/// Bodies with more blocks than this count as unwinding without a look: the answer would rarely
/// be "no", and reading them costs lowering time.
const MAX_BLOCKS: usize = 24;

/// Whether a call to `instance` may unwind.
pub(crate) fn instance_may_unwind<'tcx>(cgu: &mut CguCx<'tcx>, instance: Instance<'tcx>) -> bool {
    may_unwind(cgu, instance, 0)
}

fn may_unwind<'tcx>(cgu: &mut CguCx<'tcx>, instance: Instance<'tcx>, depth: u32) -> bool {
    if let Some(known) = cgu.may_unwind.get(&instance) {
        return *known;
    }
    if depth > MAX_DEPTH {
        return true;
    }
    // Until answered, a recursive path through this instance counts as unwinding. An answer
    // that met the depth bound further down is kept like any other: conservative, never wrong.
    cgu.may_unwind.insert(instance, true);
    let answer = match readable_body(cgu.tcx, instance) {
        Some(body) => body.basic_blocks.iter().any(|data| terminator_may_unwind(cgu, instance, body, data.terminator(), depth)),
        // Dropping a type without drop glue does nothing.
        None => !matches!(instance.def, InstanceKind::DropGlue(_, None)),
    };
    cgu.may_unwind.insert(instance, answer);
    answer
}

/// The MIR of `instance`, if egret can read it here and it is small enough to look at.
fn readable_body<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> Option<&'tcx mir::Body<'tcx>> {
    let readable = match instance.def {
        InstanceKind::Item(def_id) => !tcx.is_foreign_item(def_id) && tcx.is_mir_available(def_id),
        InstanceKind::DropGlue(_, Some(_))
        | InstanceKind::ClosureOnceShim { .. }
        | InstanceKind::ReifyShim(..)
        | InstanceKind::CloneShim(..) => true,
        _ => false,
    };
    let body = readable.then(|| tcx.instance_mir(instance.def))?;
    (body.basic_blocks.len() <= MAX_BLOCKS).then_some(body)
}

fn terminator_may_unwind<'tcx>(
    cgu: &mut CguCx<'tcx>,
    instance: Instance<'tcx>,
    body: &'tcx mir::Body<'tcx>,
    terminator: &mir::Terminator<'tcx>,
    depth: u32,
) -> bool {
    match &terminator.kind {
        TerminatorKind::UnwindResume | TerminatorKind::TailCall { .. } => return true,
        _ => {}
    }
    if !matches!(terminator.unwind(), Some(UnwindAction::Continue | UnwindAction::Cleanup(_))) {
        return false;
    }
    let tcx = cgu.tcx;
    let callee = match &terminator.kind {
        TerminatorKind::Call { func, .. } => match *monomorphic(tcx, instance, func.ty(body, tcx)).kind() {
            ty::FnDef(def_id, args) => {
                match Instance::try_resolve(tcx, ty::TypingEnv::fully_monomorphized(), def_id, args) {
                    Ok(Some(callee)) if !matches!(callee.def, InstanceKind::Intrinsic(_)) => callee,
                    _ => return true,
                }
            }
            _ => return true,
        },
        TerminatorKind::Drop { place, .. } => {
            let ty = monomorphic(tcx, instance, place.ty(body, tcx).ty);
            if ty.is_trait() {
                return true;
            }
            Instance::resolve_drop_glue(tcx, ty)
        }
        // Assertions panic; inline assembly that may unwind, and anything else with an unwind
        // edge, is taken at its word.
        _ => return true,
    };
    may_unwind(cgu, callee, depth + 1)
}

fn monomorphic<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>, ty: Ty<'tcx>) -> Ty<'tcx> {
    instance.instantiate_mir_and_normalize_erasing_regions(tcx, ty::TypingEnv::fully_monomorphized(), ty::EarlyBinder::bind(ty))
}
