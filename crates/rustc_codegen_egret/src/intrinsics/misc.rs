//! Intrinsics about types, control flow and the caller: `size_of_val`, `type_id` and other
//! compile-time values, `abort`, `unreachable`, `black_box`, `caller_location`, validity checks.

use cranelift_codegen::ir::{InstBuilder, TrapCode};
use rustc_middle::ty::layout::ValidityRequirement;
use rustc_middle::ty::{self, Ty};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let dest = call.dest;
    match call.name {
        "abort" => {
            // LLVM lowers `abort` to a trap instruction; so does egret, for the same signal.
            fx.trap_and_continue(TrapCode::user(4).unwrap());
        }
        "unreachable" => fx.trap_and_continue(TrapCode::user(1).unwrap()),
        "breakpoint" => {
            fx.b.ins().debugtrap();
        }
        "assume" | "cold_path" | "forget" => {}
        "likely" | "unlikely" | "black_box" => dest.write(fx, call.args[0]),
        "is_val_statically_known" => {
            let v = crate::consts::bool_const(fx, false);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "ub_checks" | "contract_checks" | "overflow_checks" => {
            let enabled = match call.name {
                "ub_checks" => fx.tcx.sess.ub_checks(),
                "contract_checks" => fx.tcx.sess.contract_checks(),
                _ => fx.tcx.sess.overflow_checks(),
            };
            let v = crate::consts::bool_const(fx, enabled);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "caller_location" => {
            let location = crate::lower::terminator::caller_location(fx, call.span);
            dest.write(fx, location);
        }
        "assert_inhabited" | "assert_zero_valid" | "assert_mem_uninitialized_valid" => {
            let requirement = match call.name {
                "assert_inhabited" => ValidityRequirement::Inhabited,
                "assert_zero_valid" => ValidityRequirement::Zero,
                _ => ValidityRequirement::UninitMitigated0x01Fill,
            };
            let ty = call.type_arg(0);
            let valid = fx
                .tcx
                .check_validity_requirement((requirement, ty::TypingEnv::fully_monomorphized().as_query_input(ty)))
                .unwrap_or(true);
            if !valid {
                let message = match requirement {
                    ValidityRequirement::Inhabited => format!("attempted to instantiate uninhabited type `{ty}`"),
                    ValidityRequirement::Zero => format!("attempted to zero-initialize type `{ty}`, which is invalid"),
                    _ => format!("attempted to leave type `{ty}` uninitialized, which is invalid"),
                };
                panic_nounwind(fx, &message);
            }
        }
        "size_of_val" | "align_of_val" => {
            let ptr = call.args[0];
            let pointee = call.type_arg(0);
            let layout = fx.layout_of(pointee);
            let value = if layout.is_unsized() {
                let (_, meta) = ptr.load_pair(fx);
                let (size, align) = crate::lower::place::size_and_align_of_unsized(fx, layout, meta);
                if call.name == "size_of_val" { size } else { align }
            } else if call.name == "size_of_val" {
                fx.usize_const(layout.size.bytes())
            } else {
                fx.usize_const(layout.align.abi.bytes())
            };
            dest.write(fx, Datum::scalar(value, dest.layout));
        }
        "vtable_size" | "vtable_align" => {
            let vtable = call.args[0].load_scalar(fx);
            let entry = if call.name == "vtable_size" { ty::COMMON_VTABLE_ENTRIES_SIZE } else { ty::COMMON_VTABLE_ENTRIES_ALIGN };
            let offset = (entry as u64 * fx.tcx.data_layout.pointer_size().bytes()) as i64;
            let v = fx.load(fx.ptr_ty, vtable, offset);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "discriminant_value" => {
            let ptr = call.args[0].load_scalar(fx);
            let layout = fx.layout_of(call.type_arg(0));
            let value = Datum::in_memory(ptr, layout);
            let discr = crate::lower::discriminant::read_discriminant(fx, value, dest.layout);
            dest.write(fx, Datum::scalar(discr, dest.layout));
        }
        "select_unpredictable" => {
            let cond = call.args[0].load_scalar(fx);
            let (a, b) = (call.args[1], call.args[2]);
            match (a.layout.backend_repr, fx.scalar_layout_type(a.layout)) {
                (_, Some(_)) => {
                    let (a, b) = (a.load_scalar(fx), b.load_scalar(fx));
                    let v = fx.b.ins().select(cond, a, b);
                    dest.write(fx, Datum::scalar(v, dest.layout));
                }
                _ => {
                    let then_block = fx.b.create_block();
                    let else_block = fx.b.create_block();
                    let join = fx.b.create_block();
                    fx.b.ins().brif(cond, then_block, &[], else_block, &[]);
                    fx.b.switch_to_block(then_block);
                    dest.write(fx, a);
                    fx.b.ins().jump(join, &[]);
                    fx.b.switch_to_block(else_block);
                    dest.write(fx, b);
                    fx.b.ins().jump(join, &[]);
                    fx.b.switch_to_block(join);
                }
            }
        }
        "catch_unwind" => catch_unwind(fx, call),
        _ if call.args.is_empty() && !call.name.starts_with("atomic_") && call.name != "return_address" => {
            // Other nullary intrinsics (`size_of`, `type_id`, `type_name`, `needs_drop`, ...)
            // are values rustc can compute at compile time.
            match fx.tcx.const_eval_instance(ty::TypingEnv::fully_monomorphized(), call.instance, call.span) {
                Ok(value) => {
                    let datum = crate::consts::const_value(fx, value, dest.layout);
                    dest.write(fx, datum);
                }
                Err(_) => return false,
            }
        }
        _ => return false,
    }
    true
}

/// `catch_unwind(try_fn, data, catch_fn) -> i32`: calls `try_fn(data)`; if it unwinds, the
/// exception is caught, `catch_fn(data, exception)` runs, and the result is 1 instead of 0.
/// With panic=abort nothing unwinds, so the call always reports success.
fn catch_unwind<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) {
    use cranelift_codegen::ir::types;
    let dest = call.dest;
    let try_fn = call.args[0].load_scalar(fx);
    let data = call.args[1];
    let catch_fn = call.args[2].load_scalar(fx);
    let tcx = fx.tcx;
    let ptr_ty = data.layout.ty;
    let try_sig = tcx.mk_fn_sig_rust_abi([ptr_ty], tcx.types.unit, rustc_hir::Safety::Safe);
    let try_abi = fx.fn_abi_of_fn_ptr(ty::Binder::dummy(try_sig), &[]);
    let unit = crate::slot::Slot::new_stack(fx, try_abi.ret.layout);
    if !fx.unwinding {
        crate::abi::call::call_pointer(fx, try_fn, try_abi, &[data], unit, rustc_middle::mir::UnwindAction::Continue, crate::abi::call::AfterCall::Fallthrough);
        let zero = fx.b.ins().iconst(types::I32, 0);
        dest.write(fx, Datum::scalar(zero, dest.layout));
        return;
    }
    let catch_pad = fx.b.create_block();
    fx.b.append_block_param(catch_pad, fx.ptr_ty);
    fx.b.set_cold_block(catch_pad);
    let done = fx.b.create_block();
    fx.b.append_block_param(done, types::I32);
    let pad = crate::lower::unwind::LandingPad::Catch(catch_pad);
    crate::abi::call::call_pointer_with_pad(fx, try_fn, try_abi, &[data], unit, Some(pad), crate::abi::call::AfterCall::Fallthrough);
    let zero = fx.b.ins().iconst(types::I32, 0);
    fx.b.ins().jump(done, &[zero.into()]);

    fx.b.switch_to_block(catch_pad);
    let exception = fx.b.block_params(catch_pad)[0];
    let ptr_layout = fx.layout_of(Ty::new_mut_ptr(tcx, tcx.types.u8));
    let catch_sig = tcx.mk_fn_sig_rust_abi([ptr_ty, ptr_layout.ty], tcx.types.unit, rustc_hir::Safety::Safe);
    let catch_abi = fx.fn_abi_of_fn_ptr(ty::Binder::dummy(catch_sig), &[]);
    let args = [data, Datum::scalar(exception, ptr_layout)];
    crate::abi::call::call_pointer(fx, catch_fn, catch_abi, &args, unit, rustc_middle::mir::UnwindAction::Continue, crate::abi::call::AfterCall::Fallthrough);
    let one = fx.b.ins().iconst(types::I32, 1);
    fx.b.ins().jump(done, &[one.into()]);

    fx.b.switch_to_block(done);
    let result = fx.b.block_params(done)[0];
    dest.write(fx, Datum::scalar(result, dest.layout));
}

/// Calls core's `panic_nounwind` with a message; used by checks that must not unwind.
pub(crate) fn panic_nounwind<'tcx>(fx: &mut FnCx<'_, 'tcx>, message: &str) {
    let str_layout = fx.layout_of(ty::Ty::new_static_str(fx.tcx));
    let alloc = fx.tcx.allocate_bytes_dedup(message.as_bytes(), 0);
    let ptr = crate::consts::alloc_addr(fx, alloc);
    let len = fx.usize_const(message.len() as u64);
    let msg = Datum::pair(ptr, len, str_layout);
    crate::lower::terminator::call_lang_item(fx, rustc_hir::LangItem::PanicNounwind, &[msg]);
    fx.trap_and_continue(TrapCode::user(1).unwrap());
}
