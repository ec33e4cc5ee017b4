//! Unwinding: the landing pads behind MIR's unwind edges, and the `UnwindResume` and
//! `UnwindTerminate` terminators.
//!
//! A call that may unwind into a cleanup block becomes a Cranelift `try_call` whose exceptional
//! edge goes to a landing pad. The pad saves the exception object (delivered in the first payload
//! register) in the function's exception slot and jumps to the MIR cleanup block; `UnwindResume`
//! hands the saved object back to the unwinder. The driver turns the call sites' handlers into the
//! LSDA that Rust's personality routine reads (see `driver/eh_frame.rs`). With `-Cpanic=abort` no
//! call gets a landing pad and cleanup blocks are never lowered.

use cranelift_codegen::ir::{self, InstBuilder, StackSlotData, StackSlotKind, TrapCode};
use rustc_middle::mir::{self, UnwindAction, UnwindTerminateReason};

use crate::cx::FnCx;

/// Where an exception thrown by a call goes.
#[derive(Clone, Copy)]
pub(crate) struct LandingPad {
    pub(crate) block: ir::Block,
    /// A catch (for `catch_unwind`) stops the unwinding; a cleanup pad runs and then resumes it.
    pub(crate) catches: bool,
}

/// What a landing pad does once reached.
#[derive(Clone, Copy)]
pub(crate) enum PadAction {
    Cleanup(mir::BasicBlock),
    Terminate(UnwindTerminateReason),
}

/// The landing pad for a MIR unwind action, or `None` when an exception just propagates.
pub(crate) fn landing_pad(fx: &mut FnCx<'_, '_>, action: UnwindAction) -> Option<LandingPad> {
    if !fx.unwinding {
        return None;
    }
    let pad_action = match action {
        UnwindAction::Continue | UnwindAction::Unreachable => return None,
        UnwindAction::Cleanup(bb) => PadAction::Cleanup(bb),
        UnwindAction::Terminate(reason) => PadAction::Terminate(reason),
    };
    let key = match pad_action {
        PadAction::Cleanup(bb) => bb.as_u32(),
        PadAction::Terminate(UnwindTerminateReason::Abi) => u32::MAX,
        PadAction::Terminate(UnwindTerminateReason::InCleanup) => u32::MAX - 1,
    };
    if let Some((block, _)) = fx.landing_pads.get(&key) {
        return Some(LandingPad { block: *block, catches: false });
    }
    let block = fx.b.create_block();
    fx.b.append_block_param(block, fx.ptr_ty);
    fx.b.set_cold_block(block);
    fx.landing_pads.insert(key, (block, pad_action));
    Some(LandingPad { block, catches: false })
}

/// Fills in every landing pad requested while lowering the function's blocks.
pub(crate) fn emit_landing_pads(fx: &mut FnCx<'_, '_>) {
    let mut pads: Vec<(ir::Block, PadAction)> = fx.landing_pads.values().copied().collect();
    pads.sort_by_key(|(block, _)| *block);
    for (block, action) in pads {
        fx.b.switch_to_block(block);
        let exception = fx.b.block_params(block)[0];
        match action {
            PadAction::Cleanup(bb) => {
                let slot = exception_slot(fx);
                fx.b.ins().stack_store(fx.ptr_ty, exception, slot, 0);
                let target = fx.blocks[bb];
                fx.b.ins().jump(target, &[]);
            }
            PadAction::Terminate(reason) => terminate(fx, reason),
        }
    }
}

/// `UnwindResume`: continue unwinding with the exception this function caught.
pub(crate) fn resume(fx: &mut FnCx<'_, '_>) {
    let slot = exception_slot(fx);
    let exception = fx.b.ins().stack_load(fx.ptr_ty, fx.ptr_ty, slot, 0);
    let ptr = fx.ptr_ty;
    fx.call_builtin("_Unwind_Resume", &[ptr], &[], &[exception]);
    fx.b.ins().trap(TrapCode::user(1).unwrap());
}

/// `UnwindTerminate` and terminate pads: a panic that must not unwind further aborts with the
/// message core prints for it.
pub(crate) fn terminate(fx: &mut FnCx<'_, '_>, reason: UnwindTerminateReason) {
    crate::lower::terminator::call_lang_item(fx, reason.lang_item(), &[]);
    fx.b.ins().trap(TrapCode::user(1).unwrap());
}

fn exception_slot(fx: &mut FnCx<'_, '_>) -> ir::StackSlot {
    if let Some(slot) = fx.exception_slot {
        return slot;
    }
    let slot = fx.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
    fx.exception_slot = Some(slot);
    slot
}

/// Whether a call to `instance` may unwind, judged by the callee's own MIR. A body none of whose
/// terminators lets an unwind continue out of it (each of its calls, drops and assertions cannot
/// unwind or aborts instead, or it has none) cannot unwind, so a call to it needs no landing pad
/// whatever the caller's MIR says: small helpers such as accessors and conversions, which debug
/// builds call instead of inlining. Anything without MIR here (foreign functions, upstream
/// functions that are not generic or inline, shims, virtual calls) may unwind.
pub(crate) fn callee_may_unwind<'tcx>(fx: &mut FnCx<'_, 'tcx>, instance: rustc_middle::ty::Instance<'tcx>) -> bool {
    let rustc_middle::ty::InstanceKind::Item(def_id) = instance.def else { return true };
    if let Some(known) = fx.cgu.may_unwind.get(&def_id) {
        return *known;
    }
    let tcx = fx.tcx;
    let may = tcx.is_foreign_item(def_id) || !tcx.is_mir_available(def_id) || body_may_unwind(tcx.instance_mir(instance.def));
    fx.cgu.may_unwind.insert(def_id, may);
    may
}

fn body_may_unwind(body: &mir::Body<'_>) -> bool {
    body.basic_blocks.iter().any(|data| {
        let terminator = data.terminator();
        // A tail call leaves the frame to the callee, whose unwinding then passes straight out.
        matches!(terminator.kind, mir::TerminatorKind::UnwindResume | mir::TerminatorKind::TailCall { .. })
            || matches!(terminator.unwind(), Some(UnwindAction::Continue | UnwindAction::Cleanup(_)))
    })
}
