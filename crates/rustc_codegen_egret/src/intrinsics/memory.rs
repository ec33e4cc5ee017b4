//! Memory intrinsics: copies, fills, volatile and typed reads and writes, pointer arithmetic
//! and byte comparisons.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value, types};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;
use crate::slot::Slot;

/// `count * elem_size`, skipping the multiplication for bytes.
pub(crate) fn scaled(fx: &mut FnCx<'_, '_>, count: Value, elem_size: u64) -> Value {
    if elem_size == 1 { count } else { fx.b.ins().imul_imm_u(count, elem_size as i64) }
}

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let dest = call.dest;
    let args = &call.args;
    match call.name {
        "copy_nonoverlapping" | "copy" | "volatile_copy_nonoverlapping_memory" | "volatile_copy_memory" => {
            let elem = fx.layout_of(call.type_arg(0)).size.bytes();
            // `copy(src, dst, count)` but `volatile_copy_*(dst, src, count)`.
            let (src, dst) = if call.name.starts_with("volatile") { (args[1], args[0]) } else { (args[0], args[1]) };
            let src = src.load_scalar(fx);
            let dst = dst.load_scalar(fx);
            let count = args[2].load_scalar(fx);
            let bytes = scaled(fx, count, elem);
            if call.name.contains("nonoverlapping") {
                fx.memcpy_dynamic(dst, src, bytes);
            } else {
                fx.memmove_dynamic(dst, src, bytes);
            }
        }
        "write_bytes" | "volatile_set_memory" => {
            let elem = fx.layout_of(call.type_arg(0)).size.bytes();
            let dst = args[0].load_scalar(fx);
            let byte = args[1].load_scalar(fx);
            let count = args[2].load_scalar(fx);
            let bytes = scaled(fx, count, elem);
            fx.memset_dynamic(dst, byte, bytes);
        }
        "read_via_copy" | "volatile_load" | "unaligned_volatile_load" => {
            let ptr = args[0].load_scalar(fx);
            let value = Datum::in_memory(ptr, dest.layout).loaded(fx);
            dest.write(fx, value);
        }
        "write_via_move" | "volatile_store" | "unaligned_volatile_store" | "nontemporal_store" => {
            let ptr = args[0].load_scalar(fx);
            let layout = args[1].layout;
            Slot::in_memory(ptr, layout).write(fx, args[1]);
        }
        "transmute" | "transmute_unchecked" => {
            let value = args[0].transmute(fx, dest.layout);
            dest.write(fx, value);
        }
        "offset" | "arith_offset" => {
            let pointee = fx.layout_of(call.type_arg(0)).size.bytes();
            let pointee = if call.name == "offset" {
                // `offset<Ptr, Delta>`: the pointee of the pointer type.
                let ptr_ty = call.type_arg(0);
                fx.layout_of(ptr_ty.builtin_deref(true).expect("offset of a non-pointer")).size.bytes()
            } else {
                pointee
            };
            let base = args[0].load_scalar(fx);
            let count = args[1].load_scalar(fx);
            let bytes = scaled(fx, count, pointee);
            let v = fx.b.ins().iadd(base, bytes);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "ptr_offset_from" | "ptr_offset_from_unsigned" => {
            let size = fx.layout_of(call.type_arg(0)).size.bytes();
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let diff = fx.b.ins().isub(a, b);
            let v = if size <= 1 {
                diff
            } else if call.name == "ptr_offset_from" {
                fx.b.ins().sdiv_imm_s(diff, size as i64)
            } else {
                fx.b.ins().udiv_imm_u(diff, size as i64)
            };
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "ptr_guaranteed_cmp" => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let eq = fx.b.ins().icmp(IntCC::Equal, a, b);
            dest.write(fx, Datum::scalar(eq, dest.layout));
        }
        "ptr_mask" => {
            let ptr = args[0].load_scalar(fx);
            let mask = args[1].load_scalar(fx);
            let v = fx.b.ins().band(ptr, mask);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "raw_eq" => {
            let size = fx.layout_of(call.type_arg(0)).size.bytes();
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let len = fx.usize_const(size);
            let diff = memcmp(fx, a, b, len);
            let eq = fx.b.ins().icmp_imm_s(IntCC::Equal, diff, 0);
            dest.write(fx, Datum::scalar(eq, dest.layout));
        }
        "compare_bytes" => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let len = args[2].load_scalar(fx);
            let diff = memcmp(fx, a, b, len);
            dest.write(fx, Datum::scalar(diff, dest.layout));
        }
        _ => return false,
    }
    true
}

fn memcmp(fx: &mut FnCx<'_, '_>, a: Value, b: Value, len: Value) -> Value {
    let ptr = fx.ptr_ty;
    fx.call_builtin("memcmp", &[ptr, ptr, ptr], &[types::I32], &[a, b, len])[0]
}
