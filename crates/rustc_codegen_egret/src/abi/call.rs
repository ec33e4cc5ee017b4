//! The caller's side of a call: resolving the callee, passing each argument the way its
//! `PassMode` says, and storing the result.

use cranelift_codegen::ir::{self, InstBuilder, Value};
use rustc_abi::ExternAbi;
use rustc_middle::mir::{self, BasicBlock};
use rustc_middle::ty::{self, Instance, InstanceKind, Ty};
use rustc_span::Span;
use rustc_span::Spanned;
use rustc_target::callconv::{ArgAbi, PassMode};
use smallvec::SmallVec;

use crate::abi::returns::{indirect_return_addr, spill_for_cast, store_results};
use crate::abi::signature::{cast_pieces, cast_size, clif_signature};
use crate::cx::FnCx;
use crate::datum::{Datum, DatumRepr};
use crate::layout_cx::FnAbiRef;
use crate::lower::unwind::LandingPad;
use crate::slot::Slot;
use crate::symbols::FunctionSymbol;

/// One argument as evaluated by the caller.
#[derive(Clone, Copy)]
pub(crate) struct CallArg<'tcx> {
    pub(crate) datum: Datum<'tcx>,
    /// The argument is a `move` out of memory the callee may take over, so an indirectly passed
    /// argument needs no copy.
    pub(crate) movable: bool,
}

enum Callee<'tcx> {
    Instance(Instance<'tcx>),
    /// A function pointer value (or one loaded from a vtable).
    Pointer(Value),
}

/// Lowers a `Call` terminator.
pub(crate) fn lower_call<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    func: &mir::Operand<'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
    destination: mir::Place<'tcx>,
    target: Option<BasicBlock>,
    fn_span: Span,
    unwind: mir::UnwindAction,
) {
    let fn_ty = fx.monomorphize(func.ty(fx.mir, fx.tcx));
    let sig = fn_ty.fn_sig(fx.tcx);
    let sig = fx.tcx.normalize_erasing_late_bound_regions(ty::TypingEnv::fully_monomorphized(), sig);

    let mut callee = match *fn_ty.kind() {
        ty::FnDef(def_id, generic_args) => {
            let instance = Instance::expect_resolve(
                fx.tcx,
                ty::TypingEnv::fully_monomorphized(),
                def_id,
                generic_args,
                fn_span,
            );
            match instance.def {
                InstanceKind::Intrinsic(def_id) => {
                    let dest = crate::lower::place::lower_place(fx, destination);
                    if crate::intrinsics::lower_intrinsic(fx, instance, args, dest, target, fn_span) {
                        return;
                    }
                    // The intrinsic has a fallback body written in Rust: call that instead.
                    Callee::Instance(Instance::new_raw(def_id, instance.args))
                }
                InstanceKind::DropGlue(_, None) => {
                    // Dropping a type without drop glue does nothing.
                    jump_or_trap(fx, target);
                    return;
                }
                InstanceKind::Item(def_id) if fx.tcx.is_foreign_item(def_id) => {
                    let name = fx.tcx.symbol_name(instance).name;
                    if let Some(name) = name.strip_prefix("llvm.") {
                        let name = format!("llvm.{name}");
                        let values: Vec<_> = args.iter().map(|a| crate::lower::operand::lower_operand(fx, &a.node)).collect();
                        let dest = crate::lower::place::lower_place(fx, destination);
                        crate::arch::lower_llvm_intrinsic(fx, &name, &values, dest);
                        jump_or_trap(fx, target);
                        return;
                    }
                    Callee::Instance(instance)
                }
                _ => Callee::Instance(instance),
            }
        }
        ty::FnPtr(..) => {
            let ptr = crate::lower::operand::lower_operand(fx, func).load_scalar(fx);
            Callee::Pointer(ptr)
        }
        _ => {
            fx.unsupported(format!("calling a value of type `{fn_ty}`"));
            return;
        }
    };

    // Evaluate the arguments, spreading a "rust-call" tuple into its elements.
    let mut call_args: Vec<CallArg<'tcx>> = args.iter().map(|a| evaluate_arg(fx, &a.node)).collect();
    if sig.abi() == ExternAbi::RustCall && !call_args.is_empty() {
        let tuple = call_args.pop().unwrap();
        let ty::Tuple(elements) = tuple.datum.layout.ty.kind() else { panic!("rust-call without tuple") };
        for i in 0..elements.len() {
            let datum = tuple.datum.field(fx, i);
            call_args.push(CallArg { datum, movable: tuple.movable });
        }
    }
    let extra_args: Vec<Ty<'tcx>> = if sig.c_variadic() {
        args[sig.inputs().len()..].iter().map(|a| fx.monomorphize(a.node.ty(fx.mir, fx.tcx))).collect()
    } else {
        Vec::new()
    };

    let fn_abi = match callee {
        Callee::Instance(instance) => fx.fn_abi_of_instance(instance, &extra_args),
        Callee::Pointer(_) => fx.fn_abi_of_fn_ptr(fn_ty.fn_sig(fx.tcx), &extra_args),
    };

    if let Callee::Instance(instance) = callee {
        if let InstanceKind::Virtual(_, index) = instance.def {
            let (data, fn_ptr) = dynamic_dispatch(fx, args, &mut call_args, index);
            call_args[0] = CallArg { datum: Datum::scalar(data, fn_abi.args[0].layout), movable: false };
            callee = Callee::Pointer(fn_ptr);
        }
        if instance.def.requires_caller_location(fx.tcx) {
            let location = crate::lower::terminator::caller_location(fx, fn_span);
            call_args.push(CallArg { datum: location, movable: false });
        }
    }

    let dest = crate::lower::place::lower_place(fx, destination);
    let known = match callee {
        Callee::Instance(instance) => Some(instance),
        Callee::Pointer(_) => None,
    };
    let callee = callee_value(fx, callee, fn_abi);
    let pad = pad_for(fx, fn_abi, unwind, known);
    let after = match target {
        Some(_) => AfterCall::Fallthrough,
        None => AfterCall::Diverge,
    };
    emit_call(fx, callee, fn_abi, &call_args, dest, pad, after);
    if let Some(target) = target {
        crate::lower::terminator::jump(fx, target);
    }
}

/// The landing pad of a call, if it needs one. A callee whose ABI says it cannot unwind (an
/// `extern "C"` function, a `#[rustc_nounwind]` one) gets no landing pad, whatever the MIR's
/// unwind edge says, as under LLVM; so does a known callee whose body cannot unwind (see
/// `may_unwind`).
fn pad_for<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    fn_abi: FnAbiRef<'tcx>,
    unwind: mir::UnwindAction,
    callee: Option<Instance<'tcx>>,
) -> Option<LandingPad> {
    let wants_pad = matches!(unwind, mir::UnwindAction::Cleanup(_) | mir::UnwindAction::Terminate(_));
    if !fx.unwinding || !wants_pad || !fn_abi.can_unwind {
        return None;
    }
    // A landing pad costs a function with landing stubs nothing but an LSDA entry, less than
    // reading the callee's MIR to prove it needless.
    let pads_are_free = crate::lower::unwind::has_landing_stubs(fx);
    if !pads_are_free && callee.is_some_and(|instance| !crate::may_unwind::instance_may_unwind(fx.cgu, instance)) {
        return None;
    }
    crate::lower::unwind::landing_pad(fx, unwind)
}

/// Where control goes once a call returns.
#[derive(Clone, Copy)]
pub(crate) enum AfterCall {
    /// Lowering goes on after the call, in the block it returns to.
    Fallthrough,
    /// To this MIR block.
    Jump(BasicBlock),
    /// Nowhere: the callee never returns.
    Diverge,
}

/// The function's shared trap block, made on first use.
pub(crate) fn unreachable_block(fx: &mut FnCx<'_, '_>) -> ir::Block {
    if let Some(block) = fx.unreachable_block {
        return block;
    }
    let block = fx.b.create_block();
    fx.b.set_cold_block(block);
    fx.unreachable_block = Some(block);
    block
}

/// Fills in the shared trap block, if some call returns to it.
pub(crate) fn emit_unreachable_block(fx: &mut FnCx<'_, '_>) {
    if let Some(block) = fx.unreachable_block {
        fx.b.switch_to_block(block);
        fx.b.ins().trap(cranelift_codegen::ir::TrapCode::user(1).unwrap());
    }
}

/// Continues at `target`, or marks the rest of the block unreachable after a diverging call.
pub(crate) fn jump_or_trap(fx: &mut FnCx<'_, '_>, target: Option<BasicBlock>) {
    match target {
        Some(t) => {
            let block = fx.blocks[t];
            fx.b.ins().jump(block, &[]);
        }
        None => {
            fx.b.ins().trap(cranelift_codegen::ir::TrapCode::user(1).unwrap());
        }
    }
}

pub(crate) fn evaluate_arg<'tcx>(fx: &mut FnCx<'_, 'tcx>, operand: &mir::Operand<'tcx>) -> CallArg<'tcx> {
    match operand {
        mir::Operand::Move(place) => {
            let slot = crate::lower::place::lower_place(fx, *place);
            match slot.addr_opt() {
                Some(addr) => CallArg {
                    datum: Datum { repr: DatumRepr::Mem { addr, meta: slot.meta() }, layout: slot.layout },
                    movable: true,
                },
                None => CallArg { datum: slot.read(fx), movable: false },
            }
        }
        _ => CallArg { datum: crate::lower::operand::lower_operand(fx, operand), movable: false },
    }
}

/// Finds the data pointer and the method's address for a call through a vtable.
fn dynamic_dispatch<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
    call_args: &mut [CallArg<'tcx>],
    index: usize,
) -> (Value, Value) {
    let receiver = call_args[0].datum;
    let (data, vtable) = match receiver.repr {
        // A `self` of unsized type (`dyn FnOnce` called by value) arrives as a moved place.
        DatumRepr::Mem { addr, meta: Some(meta) } => (addr, meta),
        _ => {
            let _ = args;
            receiver_pair(fx, receiver)
        }
    };
    let offset = (index as u64 * fx.tcx.data_layout.pointer_size().bytes()) as i64;
    let fn_ptr = fx.load(fx.ptr_ty, vtable, offset);
    (data, fn_ptr)
}

/// Digs the (data, vtable) pair out of a receiver such as `&dyn T`, `Box<dyn T>` or
/// `Pin<&mut dyn T>`: all of them are represented as a scalar pair.
fn receiver_pair<'tcx>(fx: &mut FnCx<'_, 'tcx>, receiver: Datum<'tcx>) -> (Value, Value) {
    let mut datum = receiver;
    loop {
        match datum.layout.backend_repr {
            rustc_abi::BackendRepr::ScalarPair(..) => return datum.load_pair(fx),
            _ => {
                // Look through a wrapper with one non-ZST field.
                let fields = datum.layout.fields.count();
                let inner = (0..fields).find(|&i| !datum.layout.field(&fx.lcx, i).is_zst());
                match inner {
                    Some(i) => datum = datum.field(fx, i),
                    None => panic!("no vtable in receiver of type {:?}", receiver.layout.ty),
                }
            }
        }
    }
}


pub(crate) enum CalleeValue {
    Direct(cranelift_module::FuncId),
    Pointer(Value),
    /// A C variadic callee reached through a trampoline that sets `al` first.
    Variadic(Value),
}

fn callee_value<'tcx>(fx: &mut FnCx<'_, 'tcx>, callee: Callee<'tcx>, fn_abi: FnAbiRef<'tcx>) -> CalleeValue {
    match callee {
        Callee::Instance(instance) => {
            let symbol = fx.cgu.symbols.function_for_call(fx.tcx, &mut fx.cgu.module, instance);
            let id = match symbol {
                FunctionSymbol::Direct(id) | FunctionSymbol::Indirect(id) => id,
            };
            if fn_abi.c_variadic {
                let trampoline = crate::abi::variadic::trampoline(fx, id);
                let r = fx.func_ref(trampoline);
                return CalleeValue::Variadic(fx.b.ins().func_addr(fx.ptr_ty, r));
            }
            match symbol {
                FunctionSymbol::Direct(id) => CalleeValue::Direct(id),
                FunctionSymbol::Indirect(id) => {
                    let r = fx.func_ref(id);
                    CalleeValue::Pointer(fx.b.ins().func_addr(fx.ptr_ty, r))
                }
            }
        }
        Callee::Pointer(ptr) => {
            if fn_abi.c_variadic && fn_abi.args.iter().skip(fn_abi.fixed_count as usize).any(|a| a.layout.ty.is_floating_point()) {
                fx.unsupported("calling a C-variadic function pointer with floating-point variadic arguments");
            }
            CalleeValue::Pointer(ptr)
        }
    }
}

/// Emits the call instruction itself and stores the result in `dest`. A call whose landing pad
/// the anchor lists stays a plain call, marked; a `catch_unwind` call becomes a `try_call`, and
/// lowering continues in its normal-return block.
pub(crate) fn emit_call<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    callee: CalleeValue,
    fn_abi: FnAbiRef<'tcx>,
    args: &[CallArg<'tcx>],
    dest: Slot<'tcx>,
    pad: Option<LandingPad>,
    after: AfterCall,
) {
    let mut values: SmallVec<[Value; 8]> = SmallVec::new();
    let mut indirect_temp = None;
    if let PassMode::Indirect { .. } = fn_abi.ret.mode {
        let (addr, is_temp) = indirect_return_addr(fx, dest);
        if is_temp {
            indirect_temp = Some(addr);
        }
        values.push(addr);
    }
    assert_eq!(args.len(), fn_abi.args.len(), "argument count mismatch for {:?}", fx.instance);
    for (arg, abi) in args.iter().zip(fn_abi.args.iter()) {
        values.extend(pass_arg(fx, *arg, abi));
    }
    let results: SmallVec<[Value; 2]> = match pad {
        None | Some(LandingPad::Listed(_)) => {
            if let Some(LandingPad::Listed(number)) = pad {
                // The mark covers the call alone, not the argument moves before it (which may
                // call `memcpy`).
                crate::lower::unwind::mark_call(fx, number);
            }
            let call = match callee {
                CalleeValue::Direct(id) => {
                    let r = fx.func_ref(id);
                    fx.b.ins().call(r, &values)
                }
                CalleeValue::Pointer(ptr) | CalleeValue::Variadic(ptr) => {
                    let sig = clif_signature(fx.tcx, &fx.cgu.module, fn_abi);
                    let sig_ref = fx.b.import_signature(sig);
                    fx.b.ins().call_indirect(sig_ref, ptr, &values)
                }
            };
            fx.b.set_srcloc(cranelift_codegen::ir::SourceLoc::default());
            fx.b.inst_results(call).iter().copied().collect()
        }
        Some(LandingPad::Catch(catch)) => {
            let returned = emit_try_call(fx, callee, fn_abi, &values, catch);
            fx.b.block_params(returned).iter().copied().collect()
        }
    };
    store_results(fx, &fn_abi.ret, &results, dest, indirect_temp);
    match after {
        AfterCall::Fallthrough => {}
        AfterCall::Jump(bb) => {
            let block = fx.blocks[bb];
            fx.b.ins().jump(block, &[]);
        }
        AfterCall::Diverge => {
            fx.b.ins().trap(cranelift_codegen::ir::TrapCode::user(1).unwrap());
        }
    }
}

/// A call whose exceptions land in the `catch_unwind` pad `catch`. It returns into a new block,
/// whose parameters are the results; lowering continues there.
fn emit_try_call<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    callee: CalleeValue,
    fn_abi: FnAbiRef<'tcx>,
    values: &[Value],
    catch: ir::Block,
) -> ir::Block {
    use cranelift_codegen::ir::{BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag};
    let (func_ref, sig_ref) = match callee {
        CalleeValue::Direct(id) => {
            let r = fx.func_ref(id);
            (Some(r), fx.b.func.dfg.ext_funcs[r].signature)
        }
        CalleeValue::Pointer(_) | CalleeValue::Variadic(_) => {
            let sig = clif_signature(fx.tcx, &fx.cgu.module, fn_abi);
            (None, fx.b.import_signature(sig))
        }
    };
    let returns: SmallVec<[cranelift_codegen::ir::Type; 2]> =
        fx.b.func.dfg.signatures[sig_ref].returns.iter().map(|r| r.value_type).collect();
    let normal = fx.b.create_block();
    for ty in &returns {
        fx.b.append_block_param(normal, *ty);
    }
    let pool = &mut fx.b.func.dfg.value_lists;
    let normal_call = BlockCall::new(normal, (0..returns.len() as u32).map(BlockArg::TryCallRet), pool);
    let exceptional = BlockCall::new(catch, [BlockArg::TryCallExn(0)], pool);
    // A catch is told apart from the anchor's handlers by its tag; the LSDA writer reads it back.
    let item = ExceptionTableItem::Tag(ExceptionTag::with_number(CATCH_TAG).unwrap(), exceptional);
    let table = fx.b.func.dfg.exception_tables.push(ExceptionTableData::new(sig_ref, normal_call, [item]));
    match (func_ref, callee) {
        (Some(r), _) => fx.b.ins().try_call(r, values, table),
        (None, CalleeValue::Pointer(ptr) | CalleeValue::Variadic(ptr)) => fx.b.ins().try_call_indirect(ptr, values, table),
        (None, CalleeValue::Direct(_)) => unreachable!(),
    };
    fx.b.switch_to_block(normal);
    normal
}

/// The exception tag that marks a `catch_unwind` landing pad.
pub(crate) const CATCH_TAG: u32 = 1;


/// Calls an instance directly with already evaluated arguments (drop glue, panics, shims).
pub(crate) fn call_instance<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    instance: Instance<'tcx>,
    args: &[Datum<'tcx>],
    dest: Option<Slot<'tcx>>,
    unwind: mir::UnwindAction,
    after: AfterCall,
) {
    let fn_abi = fx.fn_abi_of_instance(instance, &[]);
    let args: Vec<CallArg<'tcx>> = args.iter().map(|d| CallArg { datum: *d, movable: false }).collect();
    let callee = callee_value(fx, Callee::Instance(instance), fn_abi);
    // Nobody reads the result: a unit (drop glue, panics) needs no place at all.
    let dest = dest.unwrap_or_else(|| {
        let layout = fn_abi.ret.layout;
        if layout.is_zst() { crate::function::register_slot(fx, layout) } else { Slot::new_stack(fx, layout) }
    });
    let pad = pad_for(fx, fn_abi, unwind, Some(instance));
    emit_call(fx, callee, fn_abi, &args, dest, pad, after);
}

/// Calls a function pointer with already evaluated arguments.
pub(crate) fn call_pointer<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ptr: Value,
    fn_abi: FnAbiRef<'tcx>,
    args: &[Datum<'tcx>],
    dest: Slot<'tcx>,
    unwind: mir::UnwindAction,
    after: AfterCall,
) {
    let pad = pad_for(fx, fn_abi, unwind, None);
    call_pointer_with_pad(fx, ptr, fn_abi, args, dest, pad, after);
}

/// Calls a function pointer whose exceptions land in a pad the caller made.
pub(crate) fn call_pointer_with_pad<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    ptr: Value,
    fn_abi: FnAbiRef<'tcx>,
    args: &[Datum<'tcx>],
    dest: Slot<'tcx>,
    pad: Option<LandingPad>,
    after: AfterCall,
) {
    let args: Vec<CallArg<'tcx>> = args.iter().map(|d| CallArg { datum: *d, movable: false }).collect();
    emit_call(fx, CalleeValue::Pointer(ptr), fn_abi, &args, dest, pad, after);
}

/// The CLIF values that pass one argument.
fn pass_arg<'tcx>(fx: &mut FnCx<'_, 'tcx>, arg: CallArg<'tcx>, abi: &ArgAbi<'tcx, Ty<'tcx>>) -> SmallVec<[Value; 2]> {
    let datum = arg.datum.with_layout(abi.layout);
    match &abi.mode {
        PassMode::Ignore => SmallVec::new(),
        PassMode::Direct(_) => smallvec::smallvec![datum.load_scalar(fx)],
        PassMode::Pair(..) => {
            let (a, b) = datum.load_pair(fx);
            smallvec::smallvec![a, b]
        }
        PassMode::Cast { pad_i32, cast } => {
            let cast = cast.clone();
            let addr = spill_for_cast(fx, datum, cast_size(fx.tcx, &cast));
            let mut values = SmallVec::new();
            if *pad_i32 {
                values.push(fx.b.ins().iconst(cranelift_codegen::ir::types::I32, 0));
            }
            for (offset, ty) in cast_pieces(fx.tcx, &cast) {
                values.push(fx.load(ty, addr, offset.bytes() as i64));
            }
            values
        }
        PassMode::Indirect { meta_attrs, .. } => {
            let (addr, meta) = match datum.repr {
                DatumRepr::Mem { addr, meta } if arg.movable || meta.is_some() => (addr, meta),
                _ => {
                    // The callee may write to its argument, so it gets a copy of its own.
                    let copy = fx.stack_slot_for(abi.layout);
                    Slot::in_memory(copy, abi.layout).write(fx, datum);
                    (copy, None)
                }
            };
            match meta_attrs {
                Some(_) => smallvec::smallvec![addr, meta.expect("unsized argument without metadata")],
                None => smallvec::smallvec![addr],
            }
        }
    }
}
