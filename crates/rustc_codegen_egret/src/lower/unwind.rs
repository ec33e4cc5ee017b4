//! Unwinding: the landing pads behind MIR's unwind edges, and the `UnwindResume` and
//! `UnwindTerminate` terminators.
//!
//! A call that may unwind into a cleanup block becomes a Cranelift `try_call` whose exceptional
//! edge goes to a landing pad. The pad saves the exception object (delivered in the first payload
//! register) in the function's exception slot and jumps to the MIR cleanup block; `UnwindResume`
//! hands the saved object back to the unwinder. The driver turns the call sites' handlers into the
//! LSDA that Rust's personality routine reads (see `driver/eh_frame.rs`). With `-Cpanic=abort` no
//! call gets a landing pad and cleanup blocks are never lowered.
//!
//! A terminate pad (a call in a cleanup block, or in a function whose ABI cannot unwind) does not
//! depend on anything the function holds in registers: it only calls the lang item that aborts.
//! So one pad per reason serves the whole function. The first such call that is reachable
//! becomes a `try_call` into the pad, which makes Cranelift keep the pad; every other one is a
//! plain call marked with a source location (`terminate_mark`), and the LSDA writer points its
//! call-site entry at the same pad. That spares Cranelift a `try_call`, an edge and a block per
//! drop in cleanup code.

use cranelift_codegen::ir::{self, InstBuilder, SourceLoc, StackSlotData, StackSlotKind, TrapCode};
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

/// The landing pad for a MIR unwind action, or `None` when an exception just propagates. Only
/// for a function that unwinds and a callee that may (`abi::call::pad_for` asks both first).
pub(crate) fn landing_pad(fx: &mut FnCx<'_, '_>, action: UnwindAction) -> Option<LandingPad> {
    let pad_action = match action {
        UnwindAction::Continue | UnwindAction::Unreachable => return None,
        UnwindAction::Cleanup(bb) => PadAction::Cleanup(bb),
        UnwindAction::Terminate(reason) => PadAction::Terminate(reason),
    };
    let key = match pad_action {
        PadAction::Cleanup(bb) => {
            fx.reachable_cleanup.insert(bb);
            if let Some(block) = direct_pad(fx, bb) {
                return Some(LandingPad { block, catches: false });
            }
            bb.as_u32()
        }
        PadAction::Terminate(UnwindTerminateReason::Abi) => u32::MAX,
        PadAction::Terminate(UnwindTerminateReason::InCleanup) => u32::MAX - 1,
    };
    if let PadAction::Terminate(reason) = pad_action {
        // The call is emitted with the mark, and made a plain call once the function has its
        // pad (or while lowering code no pad can reach, which Cranelift removes).
        fx.b.set_srcloc(terminate_mark(reason));
        if fx.landing_pads.contains_key(&key) || !fx.block_reachable {
            return None;
        }
    }
    if let Some((block, _)) = fx.landing_pads.get(&key) {
        return Some(LandingPad { block: *block, catches: false });
    }
    let block = fx.b.create_block();
    fx.b.append_block_param(block, fx.ptr_ty);
    fx.b.set_cold_block(block);
    fx.landing_pads.insert(key, (block, pad_action));
    Some(LandingPad { block, catches: false })
}

/// The source location that marks a call whose unwinding terminates for `reason`.
pub(crate) fn terminate_mark(reason: UnwindTerminateReason) -> SourceLoc {
    SourceLoc::new(TERMINATE_MARK_BASE + terminate_index(reason))
}

/// Which terminate pad a source location marks, as an index into `[Abi, InCleanup]`.
pub(crate) fn terminate_mark_index(loc: SourceLoc) -> Option<usize> {
    let index = loc.bits().checked_sub(TERMINATE_MARK_BASE)?;
    (index < 2).then_some(index as usize)
}

const TERMINATE_MARK_BASE: u32 = 0x7e00_0000;

fn terminate_index(reason: UnwindTerminateReason) -> u32 {
    match reason {
        UnwindTerminateReason::Abi => 0,
        UnwindTerminateReason::InCleanup => 1,
    }
}

/// A cleanup block that only unwind edges lead to (no other cleanup block jumps there) is its
/// own landing pad: it takes the exception as a parameter and saves it first thing (see
/// `enter_direct_pad`), which spares a block and a jump. Its predecessors come before it in the
/// lowering order, so it is still empty when the first of them asks.
fn direct_pad(fx: &mut FnCx<'_, '_>, bb: mir::BasicBlock) -> Option<ir::Block> {
    let block = fx.blocks[bb];
    if fx.direct_pads.contains(bb) {
        return Some(block);
    }
    let blocks = &fx.mir.basic_blocks;
    let only_unwind_edges = blocks.predecessors()[bb].iter().all(|p| !blocks[*p].is_cleanup);
    if !only_unwind_edges || fx.b.func.layout.is_block_inserted(block) {
        return None;
    }
    fx.b.append_block_param(block, fx.ptr_ty);
    fx.direct_pads.insert(bb);
    Some(block)
}

/// Starts a cleanup block that is its own landing pad by saving the exception it was given.
pub(crate) fn enter_direct_pad(fx: &mut FnCx<'_, '_>, block: ir::Block) {
    let exception = fx.b.block_params(block)[0];
    let slot = exception_slot(fx);
    fx.b.ins().stack_store(fx.ptr_ty, exception, slot, 0);
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
