//! Unwinding: the landing pads behind MIR's unwind edges, and the `UnwindResume` and
//! `UnwindTerminate` terminators.
//!
//! A call that may unwind into a cleanup block (or into a termination) stays a plain `call`,
//! marked with a source location that numbers its *target*: the cleanup block, or the reason to
//! terminate. One `try_call` per function, the *anchor*, lists a handler for every target
//! (exception tag `TARGET_TAG_BASE + number`), so Cranelift keeps the landing pads and reports
//! where each one starts; the LSDA writer (`driver/eh_frame.rs`) then points the call-site entry
//! of every marked call at the handler of its target. When the function's cleanup blocks are
//! written as a table (`lower::cleanup_program`), a cleanup pad just calls the unit's cleanup
//! interpreter. Otherwise it saves the exception object in the function's exception slot and
//! goes on to the compiled MIR cleanup block; `UnwindResume` hands the saved object back to the
//! unwinder.
//!
//! The anchor sits behind a branch in the entry block that is never taken (the stack pointer is
//! never null). Since a pad is reached from any call site of the function, the code behind it
//! may not rely on anything the body holds in registers: the anchor dominates nothing but the
//! pads and the cleanup blocks, and those are lowered *isolated*, recomputing every stack
//! address they use (`isolated`) and reloading the few entry values they need from slots saved
//! in the entry (`save_for_cleanup`). The locals analysis already keeps every local a cleanup
//! block mentions in memory.
//!
//! Compared with a `try_call` per call, this spares Cranelift an exceptional edge and usually a
//! split critical edge per call, and lets a call return to its block as under `-Cpanic=abort`.
//! A `catch_unwind` still gets a `try_call` of its own, whose pad catches. With
//! `-Cpanic=abort` nothing lands anywhere and cleanup blocks are never lowered.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag, InstBuilder, InstructionData,
    Opcode, SourceLoc, StackSlotData, StackSlotKind, TrapCode, Value, ValueDef,
};
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{self, UnwindAction, UnwindTerminateReason};

use crate::cx::FnCx;
use crate::lower::cleanup_program::CleanupTable;

/// Where an exception thrown by a call goes.
#[derive(Clone, Copy)]
pub(crate) enum LandingPad {
    /// The anchor's handler for this target number: the call stays a plain call, marked.
    Listed(u32),
    /// A `catch_unwind` pad: the call becomes a `try_call` whose exception lands here.
    Catch(ir::Block),
}

/// Where a listed target's handler leads.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum PadAction {
    Cleanup(mir::BasicBlock),
    Terminate(UnwindTerminateReason),
}

/// The function's anchor and its targets, while the function is lowered.
pub(crate) struct Anchor {
    /// The entry's never-taken branch to the anchor, made a plain jump if nothing lands.
    entry_branch: ir::Inst,
    /// Where the body starts.
    body: ir::Block,
    block: ir::Block,
    /// What each target number stands for, with its handler block.
    targets: Vec<(PadAction, ir::Block)>,
    numbers: FxHashMap<PadAction, u32>,
    /// Cleanup blocks that are their own handlers (see `handler_for`).
    direct: FxHashSet<mir::BasicBlock>,
    /// Entry values (pointer parameters) that isolated code reloads from these slots.
    saved: FxHashMap<Value, ir::StackSlot>,
    /// The entry's stack pointer, which the anchor "calls".
    sp: Value,
    /// Body values already recomputed in the block being lowered, and that block.
    recomputed: FxHashMap<Value, Value>,
    recomputed_in: Option<ir::Block>,
}

/// Source locations from here on mark calls by target number; the anchor has the base itself.
const MARK_BASE: u32 = 0x7e00_0000;
/// The anchor's exception tags start here, clear of `abi::call::CATCH_TAG`.
pub(crate) const TARGET_TAG_BASE: u32 = 0x100;

/// What a source location says about the call it covers.
pub(crate) enum Mark {
    Anchor,
    Target(u32),
}

/// Reads a call's mark.
pub(crate) fn mark_of(loc: SourceLoc) -> Option<Mark> {
    match loc.bits().checked_sub(MARK_BASE)? {
        0 => Some(Mark::Anchor),
        n if n <= 0x00ff_ffff => Some(Mark::Target(n - 1)),
        _ => None,
    }
}

/// Opens the anchor if the function has calls that unwind into cleanup or termination: the
/// entry block branches (never) to the anchor and (always) to a new block where the body
/// starts, which goes on using the entry's parameters. Lowering continues in that block. The
/// anchor's `try_call` is emitted once the targets are known (`close_anchor`).
pub(crate) fn open_anchor(fx: &mut FnCx<'_, '_>) {
    let lands = fx.mir.basic_blocks.iter().any(|data| {
        matches!(data.terminator().unwind(), Some(UnwindAction::Cleanup(_) | UnwindAction::Terminate(_)))
    });
    if !fx.unwinding || !lands {
        return;
    }
    let body = fx.b.create_block();
    let block = fx.b.create_block();
    fx.b.set_cold_block(block);
    // Cranelift keeps source locations relative to the first one set (modulo 2^31, with one
    // value meaning "none"); starting from the lowest mark keeps every mark distinct.
    fx.b.func.params.ensure_base_srcloc(anchor_srcloc());
    let sp = fx.b.ins().get_stack_pointer(fx.ptr_ty);
    let never = fx.b.ins().icmp_imm_u(IntCC::Equal, sp, 0);
    let entry_branch = fx.b.ins().brif(never, block, &[], body, &[]);
    // Both blocks have all their predecessors; the entry's branch may still be rewritten
    // (`close_anchor`), which sealing first makes safe.
    fx.b.seal_block(body);
    fx.b.seal_block(block);
    fx.b.switch_to_block(body);
    fx.anchor = Some(Anchor {
        entry_branch,
        body,
        block,
        targets: Vec::new(),
        numbers: FxHashMap::default(),
        direct: FxHashSet::default(),
        saved: FxHashMap::default(),
        sp,
        recomputed: FxHashMap::default(),
        recomputed_in: None,
    });
}

/// Saves an entry value that cleanup code may need (a parameter the body keeps in a register)
/// in a slot of its own, if the function has an anchor.
pub(crate) fn save_for_cleanup(fx: &mut FnCx<'_, '_>, value: Value) {
    if fx.anchor.as_ref().is_none_or(|a| a.saved.contains_key(&value)) {
        return;
    }
    let size = fx.b.func.dfg.value_type(value).bytes();
    let slot = fx.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
    fx.b.ins().stack_store(fx.ptr_ty, value, slot, 0);
    fx.anchor.as_mut().unwrap().saved.insert(value, slot);
}

/// The landing pad for a MIR unwind action, or `None` when an exception just propagates. Only
/// for a function that unwinds and a callee that may (`abi::call::pad_for` asks both first).
pub(crate) fn landing_pad(fx: &mut FnCx<'_, '_>, action: UnwindAction) -> Option<LandingPad> {
    let action = match action {
        UnwindAction::Continue | UnwindAction::Unreachable => return None,
        UnwindAction::Cleanup(bb) => PadAction::Cleanup(bb),
        UnwindAction::Terminate(reason) => PadAction::Terminate(reason),
    };
    // The cleanup blocks worth lowering are known once the body is (`landed_cleanup`): MIR
    // never lets cleanup code unwind into more cleanup.
    assert!(!fx.isolated || matches!(action, PadAction::Terminate(_)), "cleanup code unwinds into cleanup");
    let anchor = fx.anchor.as_ref().expect("an unwind edge in a function without an anchor");
    if let Some(&number) = anchor.numbers.get(&action) {
        return Some(LandingPad::Listed(number));
    }
    let handler = handler_for(fx, action);
    let anchor = fx.anchor.as_mut().unwrap();
    let number = anchor.targets.len() as u32;
    anchor.targets.push((action, handler));
    anchor.numbers.insert(action, number);
    Some(LandingPad::Listed(number))
}

/// The block a target's handler enters. A cleanup block that only unwind edges lead to (no
/// other cleanup block jumps there) is its own handler: it takes the exception as a parameter
/// and saves it first thing (see `enter_block`). Cleanup blocks are lowered after the body, so
/// it is still empty when the first call asks. Other cleanup blocks get a pad that saves the
/// exception and jumps there; a termination gets a block that aborts.
fn handler_for(fx: &mut FnCx<'_, '_>, action: PadAction) -> ir::Block {
    let PadAction::Cleanup(bb) = action else {
        let block = fx.b.create_block();
        fx.b.set_cold_block(block);
        return block;
    };
    let block = fx.blocks[bb];
    let blocks = &fx.mir.basic_blocks;
    let only_unwind_edges = blocks.predecessors()[bb].iter().all(|p| !blocks[*p].is_cleanup);
    if only_unwind_edges && !fx.b.func.layout.is_block_inserted(block) {
        fx.b.append_block_param(block, fx.ptr_ty);
        fx.anchor.as_mut().unwrap().direct.insert(bb);
        return block;
    }
    let pad = fx.b.create_block();
    fx.b.append_block_param(pad, fx.ptr_ty);
    fx.b.set_cold_block(pad);
    pad
}

/// The cleanup blocks that landing pads lead to, directly or through other cleanup blocks: the
/// ones worth lowering. Calls in cleanup code only ever terminate, so the set is complete once
/// the body is lowered.
pub(crate) fn landed_cleanup(fx: &FnCx<'_, '_>) -> DenseBitSet<mir::BasicBlock> {
    let blocks = &fx.mir.basic_blocks;
    let mut landed = DenseBitSet::new_empty(blocks.len());
    let Some(anchor) = &fx.anchor else { return landed };
    let mut pending: Vec<mir::BasicBlock> = anchor
        .targets
        .iter()
        .filter_map(|(action, _)| match action {
            PadAction::Cleanup(bb) => Some(*bb),
            PadAction::Terminate(_) => None,
        })
        .collect();
    while let Some(bb) = pending.pop() {
        if landed.insert(bb) {
            pending.extend(blocks[bb].terminator().successors());
        }
    }
    landed
}

/// Starts lowering a MIR block: a cleanup block that is its own handler saves the exception it
/// was given.
pub(crate) fn enter_block(fx: &mut FnCx<'_, '_>, bb: mir::BasicBlock) {
    if fx.anchor.as_ref().is_some_and(|a| a.direct.contains(&bb)) {
        let exception = fx.b.block_params(fx.blocks[bb])[0];
        save_exception(fx, exception);
    }
}

/// Keeps the exception a handler was given for `UnwindResume`.
fn save_exception(fx: &mut FnCx<'_, '_>, exception: Value) {
    let slot = exception_slot(fx);
    fx.b.ins().stack_store(fx.ptr_ty, exception, slot, 0);
}

/// Marks the call instruction about to be emitted as landing in target `number`.
pub(crate) fn mark_call(fx: &mut FnCx<'_, '_>, number: u32) {
    fx.b.set_srcloc(target_srcloc(number));
}

/// The source location that marks a call as landing in target `number`.
pub(crate) fn target_srcloc(number: u32) -> SourceLoc {
    SourceLoc::new(MARK_BASE + 1 + number)
}

/// The source location that marks the anchor; also the lowest mark, which a function with
/// marks must make its base (`ensure_base_srcloc`).
pub(crate) fn anchor_srcloc() -> SourceLoc {
    SourceLoc::new(MARK_BASE)
}

/// The slot where `save_for_cleanup` keeps an entry value, if it does.
pub(crate) fn saved_slot(fx: &FnCx<'_, '_>, value: Value) -> Option<ir::StackSlot> {
    fx.anchor.as_ref()?.saved.get(&value).copied()
}

/// A value computed by the body, recomputed for isolated code (cleanup blocks): a stack address
/// (possibly rounded up for a large alignment), a constant, or an entry value reloaded from the
/// slot `save_for_cleanup` gave it. Anything else is a bug in what the body hands over.
pub(crate) fn isolated(fx: &mut FnCx<'_, '_>, value: Value) -> Value {
    let block = fx.b.current_block();
    let anchor = fx.anchor.as_mut().expect("isolated code in a function without an anchor");
    if anchor.recomputed_in != block {
        anchor.recomputed.clear();
        anchor.recomputed_in = block;
    }
    if let Some(&known) = anchor.recomputed.get(&value) {
        return known;
    }
    let recomputed = recompute(fx, value);
    fx.anchor.as_mut().unwrap().recomputed.insert(value, recomputed);
    recomputed
}

fn recompute(fx: &mut FnCx<'_, '_>, value: Value) -> Value {
    let dfg = &fx.b.func.dfg;
    let ty = dfg.value_type(value);
    match dfg.value_def(value) {
        ValueDef::Result(inst, 0) => match dfg.insts[inst] {
            InstructionData::StackAddr { opcode: Opcode::StackAddr, stack_slot, offset } => {
                fx.b.ins().stack_addr(ty, stack_slot, offset)
            }
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => fx.b.ins().iconst(ty, imm),
            InstructionData::Binary { opcode: opcode @ (Opcode::Iadd | Opcode::Band), args: [a, b] } => {
                let a = isolated(fx, a);
                let b = isolated(fx, b);
                if opcode == Opcode::Iadd { fx.b.ins().iadd(a, b) } else { fx.b.ins().band(a, b) }
            }
            ref other => panic!("egret: cleanup code uses a value the body computed ({:?})", other.opcode()),
        },
        _ => {
            let slot = fx.anchor.as_ref().and_then(|a| a.saved.get(&value).copied());
            let slot = slot.expect("egret: cleanup code uses an entry value that was not saved");
            fx.b.ins().stack_load(fx.ptr_ty, ty, slot, 0)
        }
    }
}

/// Emits the anchor once every block is lowered, and fills in the pads: with a cleanup table,
/// each cleanup pad calls the interpreter (`call_interpreter`); without, it saves the exception
/// and jumps to its compiled cleanup block. With no target at all, the entry jumps to the body
/// directly.
pub(crate) fn close_anchor(fx: &mut FnCx<'_, '_>, table: Option<&CleanupTable>) {
    let Some(anchor) = fx.anchor.take() else { return };
    fx.b.switch_to_block(anchor.block);
    if anchor.targets.is_empty() {
        fx.b.ins().trap(TrapCode::user(1).unwrap());
        let mut pos = FuncCursor::new(&mut fx.b.func).at_inst(anchor.entry_branch);
        pos.remove_inst();
        pos.ins().jump(anchor.body, &[]);
        return;
    }
    // The anchor is never executed: what it calls does not matter, only its handlers and where
    // it returns. One target needs no handler: it is where the anchor returns to, and its
    // calls land at the anchor's return address (`driver/eh_frame.rs`), which spares a block
    // and an edge. A termination uses nothing, not even the exception, so it can be that
    // target. So can a pad that calls the interpreter: the anchor "returns" a pointer in the
    // register where the personality routine puts the exception.
    let returning = anchor.targets.iter().position(|(action, _)| matches!(action, PadAction::Terminate(_)));
    let returning = returning.or_else(|| table.map(|_| 0));
    let returns_exception = returning.is_some_and(|number| matches!(anchor.targets[number].0, PadAction::Cleanup(_)));
    let mut sig = ir::Signature::new(fx.b.func.signature.call_conv);
    if returns_exception {
        sig.returns.push(ir::AbiParam::new(fx.ptr_ty));
    }
    let sig_ref = fx.b.import_signature(sig);
    let normal = match returning {
        Some(number) => anchor.targets[number].1,
        None => crate::abi::call::unreachable_block(fx),
    };
    let callee = anchor.sp;
    let pool = &mut fx.b.func.dfg.value_lists;
    let normal_args: &[BlockArg] = if returns_exception { &[BlockArg::TryCallRet(0)] } else { &[] };
    let normal_call = BlockCall::new(normal, normal_args.iter().copied(), pool);
    let items: Vec<ExceptionTableItem> = anchor
        .targets
        .iter()
        .enumerate()
        .filter(|(number, _)| Some(*number) != returning)
        .map(|(number, (action, handler))| {
            let args: &[BlockArg] = match action {
                PadAction::Cleanup(_) => &[BlockArg::TryCallExn(0)],
                PadAction::Terminate(_) => &[],
            };
            let tag = ExceptionTag::with_number(TARGET_TAG_BASE + number as u32).unwrap();
            ExceptionTableItem::Tag(tag, BlockCall::new(*handler, args.iter().copied(), pool))
        })
        .collect();
    let exception_table = fx.b.func.dfg.exception_tables.push(ExceptionTableData::new(sig_ref, normal_call, items));
    fx.b.set_srcloc(anchor_srcloc());
    fx.b.ins().try_call_indirect(callee, &[], exception_table);
    fx.b.set_srcloc(SourceLoc::default());

    for (action, handler) in anchor.targets {
        match (action, table) {
            (PadAction::Cleanup(bb), Some(table)) => {
                fx.b.switch_to_block(handler);
                let exception = fx.b.block_params(handler)[0];
                call_interpreter(fx, table, bb, exception);
            }
            (PadAction::Cleanup(bb), None) if anchor.direct.contains(&bb) => {}
            (PadAction::Cleanup(bb), None) => {
                fx.b.switch_to_block(handler);
                let exception = fx.b.block_params(handler)[0];
                save_exception(fx, exception);
                let target = fx.blocks[bb];
                fx.b.ins().jump(target, &[]);
            }
            (PadAction::Terminate(reason), _) => {
                fx.b.switch_to_block(handler);
                terminate(fx, reason);
            }
        }
    }
}

/// A pad that runs the cleanup table from block `bb` on: the interpreter never returns.
fn call_interpreter(fx: &mut FnCx<'_, '_>, table: &CleanupTable, bb: mir::BasicBlock, exception: Value) {
    let frame = match table.frame_slot() {
        Some(slot) => fx.b.ins().stack_addr(fx.ptr_ty, slot, 0),
        None => fx.b.ins().iconst(fx.ptr_ty, 0),
    };
    let whole = fx.data_global(table.data());
    let ir::GlobalValueData::Symbol { name, colocated, tls, .. } = fx.b.func.global_values[whole].clone() else {
        unreachable!("a data object that is not a symbol")
    };
    let offset = ir::immediates::Imm64::new(table.entry(bb));
    let entry = fx.b.func.create_global_value(ir::GlobalValueData::Symbol { name, offset, colocated, tls });
    let entry = fx.b.ins().symbol_value(fx.ptr_ty, entry);
    let interpreter = crate::shims::cleanup_interpreter::declare(fx.cgu);
    let interpreter = fx.func_ref(interpreter);
    fx.b.ins().call(interpreter, &[frame, entry, exception]);
    fx.b.ins().trap(TrapCode::user(1).unwrap());
}

/// `UnwindResume`: continue unwinding with the exception this function caught.
pub(crate) fn resume(fx: &mut FnCx<'_, '_>) {
    let slot = exception_slot(fx);
    let exception = fx.b.ins().stack_load(fx.ptr_ty, fx.ptr_ty, slot, 0);
    let ptr = fx.ptr_ty;
    fx.call_builtin("_Unwind_Resume", &[ptr], &[], &[exception]);
    fx.b.ins().trap(TrapCode::user(1).unwrap());
}

/// `UnwindTerminate` and termination handlers: a panic that must not unwind further aborts with
/// the message core prints for it.
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
