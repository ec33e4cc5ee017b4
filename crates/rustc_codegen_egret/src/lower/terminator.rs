//! MIR terminators: control flow, calls, drops, assertions and returns.

use cranelift_codegen::ir::{InstBuilder, TrapCode};
use cranelift_frontend::Switch;
use rustc_hir::LangItem;
use rustc_middle::mir::{self, AssertKind, TerminatorKind};
use rustc_middle::ty::{self, Instance, InstanceKind, Ty};
use rustc_span::Span;

use crate::abi::call::AfterCall;
use crate::cx::FnCx;
use crate::datum::{Datum, DatumRepr};
use crate::lower::operand::lower_operand;
use crate::lower::place::lower_place;

pub(crate) fn lower_terminator<'tcx>(fx: &mut FnCx<'_, 'tcx>, terminator: &mir::Terminator<'tcx>) {
    fx.span = terminator.source_info.span;
    fx.scope = terminator.source_info.scope;
    match &terminator.kind {
        TerminatorKind::Goto { target } => jump(fx, *target),
        TerminatorKind::FalseEdge { real_target, .. } | TerminatorKind::FalseUnwind { real_target, .. } => {
            jump(fx, *real_target)
        }
        TerminatorKind::SwitchInt { discr, targets } => lower_switch(fx, discr, targets),
        TerminatorKind::Return => crate::abi::returns::emit_return(fx),
        TerminatorKind::Unreachable => {
            fx.b.ins().trap(TrapCode::user(1).unwrap());
        }
        TerminatorKind::UnwindResume => crate::lower::unwind::resume(fx),
        TerminatorKind::UnwindTerminate(reason) => crate::lower::unwind::terminate(fx, *reason),
        TerminatorKind::Drop { place, target, unwind, .. } => lower_drop(fx, *place, *unwind, *target),
        TerminatorKind::Call { func, args, destination, target, fn_span, unwind, .. } => {
            crate::abi::call::lower_call(fx, func, args, *destination, *target, *fn_span, *unwind);
        }
        TerminatorKind::TailCall { func, args, fn_span } => {
            // A call followed by a return: the semantics, without the guaranteed stack reuse.
            let return_block = fx.b.create_block();
            let target = fx.blocks.push(return_block);
            let unwind = mir::UnwindAction::Continue;
            crate::abi::call::lower_call(fx, func, args, mir::Place::return_place(), Some(target), *fn_span, unwind);
            fx.b.switch_to_block(return_block);
            crate::abi::returns::emit_return(fx);
        }
        TerminatorKind::Assert { cond, expected, msg, target, unwind } => {
            lower_assert(fx, cond, *expected, msg, *target, *unwind)
        }
        TerminatorKind::InlineAsm { template, operands, options, targets, .. } => {
            crate::lower::inline_asm::lower_inline_asm(fx, template, operands, *options, targets)
        }
        TerminatorKind::Yield { .. } | TerminatorKind::CoroutineDrop => {
            fx.unsupported("a coroutine suspension point that survived coroutine lowering")
        }
    }
}

/// Goes on to `target`, as the only edge of a terminator to it. A target that no other edge
/// leads to is lowered next into the same CLIF block (see `function.rs`), which spares Cranelift
/// a block and a jump: a call and the block it returns to, a drop and the next one, usually
/// share one.
pub(crate) fn jump(fx: &mut FnCx<'_, '_>, target: mir::BasicBlock) {
    let block = fx.blocks[target];
    let blocks = &fx.mir.basic_blocks;
    // A `TailCall` returns to a block of its own, past the MIR's.
    let only_edge = target.index() < blocks.len()
        && blocks.predecessors()[target].len() == 1
        && !fx.b.func.layout.is_block_inserted(block)
        && fx.b.block_params(block).is_empty();
    if only_edge && fx.continue_into.is_none() {
        fx.continue_into = Some(target);
        return;
    }
    fx.b.ins().jump(block, &[]);
}

fn lower_switch<'tcx>(fx: &mut FnCx<'_, 'tcx>, discr: &mir::Operand<'tcx>, targets: &mir::SwitchTargets) {
    let value = lower_operand(fx, discr).load_scalar(fx);
    let otherwise = fx.blocks[targets.otherwise()];
    let ty = fx.b.func.dfg.value_type(value);
    let entries: Vec<(u128, mir::BasicBlock)> = targets.iter().collect();
    if let [(0, zero_target)] = entries[..] {
        // The common `if`: a test against zero.
        let zero = fx.blocks[zero_target];
        fx.b.ins().brif(value, otherwise, &[], zero, &[]);
        return;
    }
    if ty.bits() > 64 {
        for (v, target) in entries {
            let next = fx.b.create_block();
            let constant = fx.iconst(ty, v as i128);
            let equal = fx.b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::Equal, value, constant);
            let block = fx.blocks[target];
            fx.b.ins().brif(equal, block, &[], next, &[]);
            fx.b.switch_to_block(next);
        }
        fx.b.ins().jump(otherwise, &[]);
        return;
    }
    let mut switch = Switch::new();
    for (v, target) in entries {
        switch.set_entry(v, fx.blocks[target]);
    }
    switch.emit(&mut fx.b, value, otherwise);
}

/// Runs the drop glue of the place, then goes on to `target`.
fn lower_drop<'tcx>(fx: &mut FnCx<'_, 'tcx>, place: mir::Place<'tcx>, unwind: mir::UnwindAction, target: mir::BasicBlock) {
    let ty = fx.monomorphize(place.ty(fx.mir, fx.tcx).ty);
    let instance = Instance::resolve_drop_glue(fx.tcx, ty);
    if let InstanceKind::DropGlue(_, None) = instance.def {
        jump(fx, target);
        return;
    }
    let slot = lower_place(fx, place);
    if let ty::Dynamic(..) = ty.kind() {
        // `drop_in_place` of a trait object is the first vtable entry, called with the data pointer.
        let data = slot.addr();
        let vtable = slot.meta().expect("trait object without vtable");
        let drop_fn = fx.load(fx.ptr_ty, vtable, 0);
        // Types without drop glue have a null entry.
        let call_block = fx.b.create_block();
        let done = fx.blocks[target];
        fx.b.ins().brif(drop_fn, call_block, &[], done, &[]);
        fx.b.switch_to_block(call_block);
        let virtual_drop = Instance { def: InstanceKind::Virtual(instance.def_id(), 0), args: instance.args };
        let fn_abi = fx.fn_abi_of_instance(virtual_drop, &[]);
        let unit = crate::slot::Slot::new_stack(fx, fn_abi.ret.layout);
        let args = [Datum::scalar(data, fn_abi.args[0].layout)];
        crate::abi::call::call_pointer(fx, drop_fn, fn_abi, &args, unit, unwind, AfterCall::Jump(target));
        return;
    }
    let ptr_layout = fx.layout_of(Ty::new_mut_ptr(fx.tcx, ty));
    let arg = slot.address_datum(fx, ptr_layout);
    crate::abi::call::call_instance(fx, instance, &[arg], None, unwind, AfterCall::Fallthrough);
    jump(fx, target);
}

fn lower_assert<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    cond: &mir::Operand<'tcx>,
    expected: bool,
    msg: &AssertKind<mir::Operand<'tcx>>,
    target: mir::BasicBlock,
    unwind: mir::UnwindAction,
) {
    let cond = lower_operand(fx, cond).load_scalar(fx);
    let ok = fx.blocks[target];
    let failed = fx.b.create_block();
    if expected {
        fx.b.ins().brif(cond, ok, &[], failed, &[]);
    } else {
        fx.b.ins().brif(cond, failed, &[], ok, &[]);
    }
    fx.b.switch_to_block(failed);
    fx.b.set_cold_block(failed);

    let location = caller_location(fx, fx.span);
    let (lang_item, args) = match msg {
        AssertKind::BoundsCheck { len, index } => {
            let index = lower_operand(fx, index);
            let len = lower_operand(fx, len);
            (LangItem::PanicBoundsCheck, vec![index, len, location])
        }
        AssertKind::MisalignedPointerDereference { required, found } => {
            let required = lower_operand(fx, required);
            let found = lower_operand(fx, found);
            (LangItem::PanicMisalignedPointerDereference, vec![required, found, location])
        }
        AssertKind::NullPointerDereference => (LangItem::PanicNullPointerDereference, vec![location]),
        AssertKind::InvalidEnumConstruction(source) => {
            let source = lower_operand(fx, source);
            (LangItem::PanicInvalidEnumConstruction, vec![source, location])
        }
        _ => (msg.panic_function(), vec![location]),
    };
    call_lang_item_unwinding(fx, lang_item, &args, unwind, AfterCall::Diverge);
}

/// Calls an entry point of core known to rustc as a lang item, one that does not unwind.
pub(crate) fn call_lang_item<'tcx>(fx: &mut FnCx<'_, 'tcx>, item: LangItem, args: &[Datum<'tcx>]) {
    call_lang_item_unwinding(fx, item, args, mir::UnwindAction::Continue, AfterCall::Fallthrough);
}

/// Calls a lang item whose panic may unwind into `unwind`.
pub(crate) fn call_lang_item_unwinding<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    item: LangItem,
    args: &[Datum<'tcx>],
    unwind: mir::UnwindAction,
    after: AfterCall,
) {
    let def_id = fx.tcx.require_lang_item(item, fx.span);
    let instance = Instance::mono(fx.tcx, def_id);
    crate::abi::call::call_instance(fx, instance, args, None, unwind, after);
}

/// The `&'static Location` a `#[track_caller]` callee or a panic gets for a call at `span`:
/// inside a `#[track_caller]` function, the location of its own caller.
pub(crate) fn caller_location<'tcx>(fx: &mut FnCx<'_, 'tcx>, span: Span) -> Datum<'tcx> {
    let source_info = mir::SourceInfo { span, scope: fx.scope };
    let mut incoming = fx.caller_location;
    if let Some(Datum { repr: DatumRepr::Scalar(value), layout }) = incoming.filter(|_| fx.isolated) {
        incoming = Some(Datum::scalar(crate::lower::unwind::isolated(fx, value), layout));
    }
    let tcx = fx.tcx;
    let location_ty = tcx.caller_location_ty();
    let layout = fx.layout_of(location_ty);
    let mut from_span = None;
    let result = fx.mir.caller_location_span(source_info, incoming.map(Some), tcx, |span| {
        from_span = Some(span);
        None
    });
    match (result, from_span) {
        (Some(datum), _) => datum,
        (None, Some(span)) => {
            let value = tcx.span_as_caller_location(span);
            crate::consts::const_value(fx, value, layout)
        }
        (None, None) => unreachable!("caller_location_span returned nothing"),
    }
}
