//! Atomic intrinsics: loads, stores, read-modify-write operations, compare-exchange and fences,
//! on integers of 8 to 64 bits and on pointers.
//!
//! The memory ordering is a const generic argument of each intrinsic. Cranelift's atomic
//! instructions are sequentially consistent, which is a correct (if stronger) implementation of
//! every weaker ordering, so the ordering is not consulted. 128-bit atomics are reported as
//! unsupported rather than lowered to something that could tear.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AtomicRmwOp, InstBuilder, MemFlagsData, types};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let Some(operation) = call.name.strip_prefix("atomic_") else { return false };
    let dest = call.dest;
    let args = &call.args;
    let flags = MemFlagsData::trusted();
    if matches!(operation, "fence" | "singlethreadfence") {
        // A fence for the current thread only still may not be weaker than a compiler barrier;
        // a full fence is always correct.
        fx.b.ins().fence();
        return true;
    }
    // The type the operation works on: the pointee of the first argument.
    let value_layout = fx.layout_of(call.type_arg(0));
    let Some(ty) = fx.scalar_layout_type(value_layout) else {
        fx.unsupported(format!("the atomic intrinsic `{}` on `{}`", call.name, value_layout.ty));
        return true;
    };
    if ty == types::I128 {
        fx.unsupported(format!("the 128-bit atomic intrinsic `{}`", call.name));
        return true;
    }
    let ptr = args[0].load_scalar(fx);
    let rmw = |op| Some(op);
    let rmw_op = match operation {
        "load" => {
            let v = fx.b.ins().atomic_load(ty, flags, ptr);
            dest.write(fx, Datum::scalar(v, dest.layout));
            return true;
        }
        "store" => {
            let v = args[1].load_scalar(fx);
            fx.b.ins().atomic_store(flags, v, ptr);
            return true;
        }
        "cxchg" | "cxchgweak" => {
            // A strong exchange is a valid weak one: it just never fails spuriously.
            let expected = args[1].load_scalar(fx);
            let new = args[2].load_scalar(fx);
            let old = fx.b.ins().atomic_cas(flags, ptr, expected, new);
            let success = fx.b.ins().icmp(IntCC::Equal, old, expected);
            dest.write(fx, Datum::pair(old, success, dest.layout));
            return true;
        }
        "xchg" => rmw(AtomicRmwOp::Xchg),
        "xadd" => rmw(AtomicRmwOp::Add),
        "xsub" => rmw(AtomicRmwOp::Sub),
        "and" => rmw(AtomicRmwOp::And),
        "nand" => rmw(AtomicRmwOp::Nand),
        "or" => rmw(AtomicRmwOp::Or),
        "xor" => rmw(AtomicRmwOp::Xor),
        "max" => rmw(AtomicRmwOp::Smax),
        "min" => rmw(AtomicRmwOp::Smin),
        "umax" => rmw(AtomicRmwOp::Umax),
        "umin" => rmw(AtomicRmwOp::Umin),
        _ => None,
    };
    let Some(op) = rmw_op else { return false };
    // Pointer-typed atomics take a `usize` operand; both are held in the same integer type.
    let operand = args[1].load_scalar(fx);
    let old = fx.b.ins().atomic_rmw(ty, flags, op, ptr, operand);
    dest.write(fx, Datum::scalar(old, dest.layout));
    true
}
