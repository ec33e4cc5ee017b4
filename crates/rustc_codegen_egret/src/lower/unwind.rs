//! Unwinding: the landing pads behind MIR's unwind edges, and the `UnwindResume` and
//! `UnwindTerminate` terminators.
//!
//! A call that may unwind into a cleanup block (or into a termination) stays a plain `call`,
//! marked with a source location that numbers its *target*: the cleanup block, or the reason to
//! terminate. Where that target's landing pad is depends on how the cleanup is made:
//!
//! - **A cleanup table** (`lower::cleanup_program`, on targets with landing stubs): the
//!   function's cleanup blocks are data, and each target's landing pad is a stub written after
//!   the function's machine code that calls the unit's cleanup interpreter
//!   (`arch::cleanup_stubs`). The function itself gets nothing: no anchor, no pad blocks. The
//!   LSDA writer (`driver/eh_frame.rs`) points every marked call at its target's stub.
//! - **Compiled cleanup**: one `try_call` per function, the *anchor*, lists a handler for every
//!   target (exception tag `TARGET_TAG_BASE + number`), so Cranelift keeps the landing pads and
//!   reports where each one starts, and the LSDA writer points the marked calls there. A pad
//!   saves the exception object in the function's exception slot and goes on to the MIR
//!   cleanup block; `UnwindResume` hands the saved object back to the unwinder.
//!
//! The anchor sits behind a branch in the entry block that is never taken (the stack pointer is
//! never null). Since a pad is reached from any call site of the function, the code behind it
//! may not rely on anything the body holds in registers: the anchor dominates nothing but the
//! pads and the cleanup blocks (the parameters are bound after the branch, not before it), and
//! those are lowered *isolated*, recomputing every stack address they use (`isolated`) and
//! reloading the few entry values they need from slots saved in the entry
//! (`save_for_cleanup`). The locals analysis already keeps every local a cleanup block mentions
//! in memory.
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
    /// How the landing pads are made: stubs after the function's code, or the anchor's
    /// handlers (set by `place_anchor`).
    pads: Pads,
    /// What each target number stands for, with its handler block (none with stubs).
    targets: Vec<(PadAction, Option<ir::Block>)>,
    numbers: FxHashMap<PadAction, u32>,
    /// Cleanup blocks that are their own handlers (see `handler_for`).
    direct: FxHashSet<mir::BasicBlock>,
    /// Entry values (pointer parameters) that isolated code reloads from these slots.
    saved: FxHashMap<Value, ir::StackSlot>,
    /// Body values already recomputed in the block being lowered, and that block.
    recomputed: FxHashMap<Value, Value>,
    recomputed_in: Option<ir::Block>,
}

/// Where a function's landing pads are.
#[derive(Clone, Copy, PartialEq)]
enum Pads {
    /// Not decided yet: the entry jumps (`jump`) to the block where the body starts (`body`).
    Undecided { jump: ir::Inst, body: ir::Block },
    /// Stubs written after the function's machine code, each calling the cleanup interpreter
    /// (`arch::cleanup_stubs`); the function itself has no anchor, and `body` goes back into
    /// the entry block once the function is built (`merge_body_into_entry`).
    Stubs { body: ir::Block },
    /// Handlers of the anchor (`block`), which the entry's never-taken branch (`branch`) leads
    /// to, with the entry's stack pointer (`sp`) as its callee.
    Anchor { block: ir::Block, branch: ir::Inst, body: ir::Block, sp: Value },
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

/// Starts the unwinding state if the function has calls that unwind into cleanup or
/// termination: the entry block jumps to a new block where the parameters are bound and the
/// body starts, which goes on using the entry's parameters. Nothing but the parameters may be
/// computed in the entry: code behind the anchor would see it (see `place_anchor`).
pub(crate) fn open_anchor(fx: &mut FnCx<'_, '_>) {
    let lands = fx.mir.basic_blocks.iter().any(|data| {
        matches!(data.terminator().unwind(), Some(UnwindAction::Cleanup(_) | UnwindAction::Terminate(_)))
    });
    if !fx.unwinding || !lands {
        return;
    }
    // Cranelift keeps source locations relative to the first one set (modulo 2^31, with one
    // value meaning "none"); starting from the lowest mark keeps every mark distinct.
    fx.b.func.params.ensure_base_srcloc(anchor_srcloc());
    let body = fx.b.create_block();
    let jump = fx.b.ins().jump(body, &[]);
    // The body has all its predecessors; the entry's jump is rewritten by `place_anchor`,
    // which sealing first makes safe.
    fx.b.seal_block(body);
    fx.b.switch_to_block(body);
    fx.anchor = Some(Anchor {
        pads: Pads::Undecided { jump, body },
        targets: Vec::new(),
        numbers: FxHashMap::default(),
        direct: FxHashSet::default(),
        saved: FxHashMap::default(),
        recomputed: FxHashMap::default(),
        recomputed_in: None,
    });
}

/// Decides how the landing pads are made, once the parameters are bound. With `stubs` (the
/// function's cleanup is a table, see `lower::cleanup_program`), they are written after the
/// function's code and the function needs nothing more. Otherwise the entry's jump becomes a
/// branch that goes (never) to the anchor and (always) to the body. The anchor's `try_call` is
/// emitted once the targets are known (`close_anchor`).
pub(crate) fn place_anchor(fx: &mut FnCx<'_, '_>, stubs: bool) {
    let Some(anchor) = &mut fx.anchor else { return };
    let Pads::Undecided { jump, body } = anchor.pads else { unreachable!("an anchor placed twice") };
    if stubs {
        anchor.pads = Pads::Stubs { body };
        return;
    }
    let block = fx.b.create_block();
    fx.b.set_cold_block(block);
    let mut pos = FuncCursor::new(&mut fx.b.func).at_inst(jump);
    pos.remove_inst();
    let sp = pos.ins().get_stack_pointer(fx.ptr_ty);
    let never = pos.ins().icmp_imm_u(IntCC::Equal, sp, 0);
    let branch = pos.ins().brif(never, block, &[], body, &[]);
    fx.b.seal_block(block);
    fx.anchor.as_mut().unwrap().pads = Pads::Anchor { block, branch, body, sp };
}

/// With landing stubs, the block where the body starts goes back into the entry block once the
/// function is built, which spares Cranelift a block.
pub(crate) fn merge_body_into_entry(func: &mut ir::Function, body: ir::Block) {
    let entry = func.layout.entry_block().expect("a function without an entry block");
    let jump = func.layout.last_inst(entry).expect("an empty entry block");
    debug_assert_eq!(func.dfg.insts[jump].opcode(), Opcode::Jump);
    func.layout.remove_inst(jump);
    while let Some(inst) = func.layout.first_inst(body) {
        func.layout.remove_inst(inst);
        func.layout.append_inst(inst, entry);
    }
    func.layout.remove_block(body);
}

/// Whether the function's landing pads are stubs after its code (see `place_anchor`).
pub(crate) fn has_landing_stubs(fx: &FnCx<'_, '_>) -> bool {
    fx.anchor.as_ref().is_some_and(|anchor| matches!(anchor.pads, Pads::Stubs { .. }))
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
    let handler = match anchor.pads {
        Pads::Stubs { .. } => None,
        Pads::Anchor { .. } => Some(handler_for(fx, action)),
        Pads::Undecided { .. } => unreachable!("a landing pad before the parameters are bound"),
    };
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

/// The cleanup blocks that the unwind edges of `reachable` body blocks lead to, directly or
/// through other cleanup blocks: a superset of `landed_cleanup`, known before the body is
/// lowered.
pub(crate) fn reachable_cleanup(fx: &FnCx<'_, '_>, reachable: &[mir::BasicBlock]) -> DenseBitSet<mir::BasicBlock> {
    let blocks = &fx.mir.basic_blocks;
    let mut cleanup = DenseBitSet::new_empty(blocks.len());
    let mut pending: Vec<mir::BasicBlock> = reachable
        .iter()
        .filter(|bb| !blocks[**bb].is_cleanup)
        .filter_map(|bb| match blocks[*bb].terminator().unwind() {
            Some(UnwindAction::Cleanup(target)) => Some(*target),
            _ => None,
        })
        .collect();
    while let Some(bb) = pending.pop() {
        if cleanup.insert(bb) {
            pending.extend(blocks[bb].terminator().successors());
        }
    }
    cleanup
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
            let slot = saved_slot(fx, value).expect("egret: cleanup code uses an entry value that was not saved");
            fx.b.ins().stack_load(fx.ptr_ty, ty, slot, 0)
        }
    }
}

/// Emits the anchor once every block is lowered, and fills in the pads. With no target at all,
/// the entry jumps to the body directly. With landing stubs, it tells the cleanup table which
/// instruction each target starts at instead, and returns the block to merge back into the
/// entry (`merge_body_into_entry`).
pub(crate) fn close_anchor(fx: &mut FnCx<'_, '_>, table: Option<&mut CleanupTable>) -> Option<ir::Block> {
    let anchor = fx.anchor.take()?;
    let (block, branch, body, callee) = match anchor.pads {
        Pads::Anchor { block, branch, body, sp } => (block, branch, body, sp),
        Pads::Stubs { body } => {
            let table = table.expect("landing stubs without a cleanup table");
            let entries = anchor
                .targets
                .iter()
                .map(|(action, _)| match *action {
                    PadAction::Cleanup(bb) => table.start_of(bb),
                    PadAction::Terminate(reason) => table.terminate(fx, reason),
                })
                .collect();
            table.set_targets(entries);
            return Some(body);
        }
        Pads::Undecided { .. } => unreachable!("an anchor closed before the parameters were bound"),
    };
    fx.b.switch_to_block(block);
    if anchor.targets.is_empty() {
        fx.b.ins().trap(TrapCode::user(1).unwrap());
        let mut pos = FuncCursor::new(&mut fx.b.func).at_inst(branch);
        pos.remove_inst();
        pos.ins().jump(body, &[]);
        return None;
    }
    // The anchor is never executed: what it calls does not matter, only its handlers and where
    // it returns. A termination uses nothing, not even the exception, so the first one needs no
    // handler: it is where the anchor returns to, and its calls land at the anchor's return
    // address (`driver/eh_frame.rs`). That spares a block and an edge.
    let sig = ir::Signature::new(fx.b.func.signature.call_conv);
    let sig_ref = fx.b.import_signature(sig);
    let returning = anchor.targets.iter().position(|(action, _)| matches!(action, PadAction::Terminate(_)));
    let normal = match returning {
        Some(number) => anchor.targets[number].1.expect("an anchor target without a handler"),
        None => crate::abi::call::unreachable_block(fx),
    };
    let pool = &mut fx.b.func.dfg.value_lists;
    let normal_call = BlockCall::new(normal, [], pool);
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
            let handler = handler.expect("an anchor target without a handler");
            ExceptionTableItem::Tag(tag, BlockCall::new(handler, args.iter().copied(), pool))
        })
        .collect();
    let table = fx.b.func.dfg.exception_tables.push(ExceptionTableData::new(sig_ref, normal_call, items));
    fx.b.set_srcloc(anchor_srcloc());
    fx.b.ins().try_call_indirect(callee, &[], table);
    fx.b.set_srcloc(SourceLoc::default());

    for (action, handler) in anchor.targets {
        let handler = handler.expect("an anchor target without a handler");
        match action {
            PadAction::Cleanup(bb) if anchor.direct.contains(&bb) => {}
            PadAction::Cleanup(bb) => {
                fx.b.switch_to_block(handler);
                let exception = fx.b.block_params(handler)[0];
                save_exception(fx, exception);
                let target = fx.blocks[bb];
                fx.b.ins().jump(target, &[]);
            }
            PadAction::Terminate(reason) => {
                fx.b.switch_to_block(handler);
                terminate(fx, reason);
            }
        }
    }
    None
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
