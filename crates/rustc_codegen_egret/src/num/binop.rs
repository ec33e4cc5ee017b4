//! MIR binary operators on integers, floats, bools, chars and pointers, including the
//! `*WithOverflow` forms that produce a `(result, overflowed)` pair.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Value, types};
use rustc_middle::mir::BinOp;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::num::soft_float;

/// Lowers `lhs op rhs`; the result has layout `dest`.
pub(crate) fn lower_binop<'tcx>(fx: &mut FnCx<'_, 'tcx>, op: BinOp, lhs: Datum<'tcx>, rhs: Datum<'tcx>, dest: TyAndLayout<'tcx>) -> Datum<'tcx> {
    let ty = lhs.layout.ty;
    match ty.kind() {
        ty::Float(_) => {
            let (a, b) = (lhs.load_scalar(fx), rhs.load_scalar(fx));
            Datum::scalar(float_binop(fx, op, a, b), dest)
        }
        ty::RawPtr(..) | ty::Ref(..) | ty::FnPtr(..) if matches!(lhs.layout.backend_repr, rustc_abi::BackendRepr::ScalarPair(..)) => {
            Datum::scalar(fat_pointer_compare(fx, op, lhs, rhs), dest)
        }
        ty::RawPtr(pointee, _) if op == BinOp::Offset => {
            let base = lhs.load_scalar(fx);
            let count = rhs.load_scalar(fx);
            let size = fx.layout_of(*pointee).size.bytes();
            let bytes = if size == 1 { count } else { fx.b.ins().imul_imm_u(count, size as i64) };
            Datum::scalar(fx.b.ins().iadd(base, bytes), dest)
        }
        _ => {
            let signed = is_signed(ty);
            let (a, b) = (lhs.load_scalar(fx), rhs.load_scalar(fx));
            match op {
                BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                    let (result, overflow) = overflowing(fx, op, a, b, signed);
                    Datum::pair(result, overflow, dest)
                }
                _ => Datum::scalar(int_binop(fx, op, a, b, signed), dest),
            }
        }
    }
}

pub(crate) fn is_signed(ty: Ty<'_>) -> bool {
    matches!(ty.kind(), ty::Int(_))
}

fn int_binop(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value, signed: bool) -> Value {
    let ty = fx.b.func.dfg.value_type(a);
    let ins = fx.b.ins();
    match op {
        BinOp::Add | BinOp::AddUnchecked => ins.iadd(a, b),
        BinOp::Sub | BinOp::SubUnchecked => ins.isub(a, b),
        BinOp::Mul | BinOp::MulUnchecked => ins.imul(a, b),
        BinOp::BitAnd => ins.band(a, b),
        BinOp::BitOr => ins.bor(a, b),
        BinOp::BitXor => ins.bxor(a, b),
        // Cranelift takes the shift amount modulo the width, which is MIR's semantics too.
        BinOp::Shl | BinOp::ShlUnchecked => ins.ishl(a, b),
        BinOp::Shr | BinOp::ShrUnchecked => {
            if signed { ins.sshr(a, b) } else { ins.ushr(a, b) }
        }
        BinOp::Div | BinOp::Rem if ty == types::I128 => {
            let name = match (op, signed) {
                (BinOp::Div, true) => "__divti3",
                (BinOp::Div, false) => "__udivti3",
                (_, true) => "__modti3",
                (_, false) => "__umodti3",
            };
            fx.call_builtin(name, &[types::I128, types::I128], &[types::I128], &[a, b])[0]
        }
        BinOp::Div => {
            if signed { ins.sdiv(a, b) } else { ins.udiv(a, b) }
        }
        BinOp::Rem => {
            if signed { ins.srem(a, b) } else { ins.urem(a, b) }
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let cc = int_cc(op, signed);
            ins.icmp(cc, a, b)
        }
        BinOp::Cmp => {
            let (lt, gt) = if signed {
                (IntCC::SignedLessThan, IntCC::SignedGreaterThan)
            } else {
                (IntCC::UnsignedLessThan, IntCC::UnsignedGreaterThan)
            };
            let is_gt = ins.icmp(gt, a, b);
            let is_lt = fx.b.ins().icmp(lt, a, b);
            fx.b.ins().isub(is_gt, is_lt)
        }
        BinOp::Offset | BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
            unreachable!("{op:?} handled by the caller")
        }
    }
}

pub(crate) fn int_cc(op: BinOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
        _ => unreachable!("{op:?} is not a comparison"),
    }
}

/// `(a op b, overflowed)` for the checked forms.
pub(crate) fn overflowing(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value, signed: bool) -> (Value, Value) {
    let ty = fx.b.func.dfg.value_type(a);
    if ty == types::I128 && op == BinOp::MulWithOverflow {
        return mul_overflow_i128(fx, a, b, signed);
    }
    if ty.bits() < 32 && op == BinOp::MulWithOverflow {
        // Multiply in a wider type and check that the result fits.
        let wide = types::I32;
        let (wa, wb) = if signed {
            (fx.b.ins().sextend(wide, a), fx.b.ins().sextend(wide, b))
        } else {
            (fx.b.ins().uextend(wide, a), fx.b.ins().uextend(wide, b))
        };
        let product = fx.b.ins().imul(wa, wb);
        let result = fx.b.ins().ireduce(ty, product);
        let back = if signed { fx.b.ins().sextend(wide, result) } else { fx.b.ins().uextend(wide, result) };
        let overflow = fx.b.ins().icmp(IntCC::NotEqual, back, product);
        return (result, overflow);
    }
    let ins = fx.b.ins();
    match (op, signed) {
        (BinOp::AddWithOverflow, true) => ins.sadd_overflow(a, b),
        (BinOp::AddWithOverflow, false) => ins.uadd_overflow(a, b),
        (BinOp::SubWithOverflow, true) => ins.ssub_overflow(a, b),
        (BinOp::SubWithOverflow, false) => ins.usub_overflow(a, b),
        (BinOp::MulWithOverflow, true) => ins.smul_overflow(a, b),
        (BinOp::MulWithOverflow, false) => ins.umul_overflow(a, b),
        _ => unreachable!(),
    }
}

/// 128-bit multiplication with overflow, through compiler-builtins.
fn mul_overflow_i128(fx: &mut FnCx<'_, '_>, a: Value, b: Value, signed: bool) -> (Value, Value) {
    let flag = fx.stack_slot(4, 4);
    let name = if signed { "__rust_i128_mulo" } else { "__rust_u128_mulo" };
    let ptr = fx.ptr_ty;
    let result = fx.call_builtin(name, &[types::I128, types::I128, ptr], &[types::I128], &[a, b, flag])[0];
    let overflow = fx.load(types::I32, flag, 0);
    let overflow = fx.b.ins().icmp_imm_s(IntCC::NotEqual, overflow, 0);
    (result, overflow)
}

/// A float operator; `f16` and `f128` operands go through [`soft_float`].
pub(crate) fn float_binop(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(a);
    if soft_float::is_soft(ty) {
        return soft_float::binop(fx, op, a, b);
    }
    match op {
        BinOp::Add => fx.b.ins().fadd(a, b),
        BinOp::Sub => fx.b.ins().fsub(a, b),
        BinOp::Mul => fx.b.ins().fmul(a, b),
        BinOp::Div => fx.b.ins().fdiv(a, b),
        BinOp::Rem => {
            let name = if ty == types::F32 { "fmodf" } else { "fmod" };
            fx.call_builtin(name, &[ty, ty], &[ty], &[a, b])[0]
        }
        BinOp::Eq => fx.b.ins().fcmp(FloatCC::Equal, a, b),
        BinOp::Ne => fx.b.ins().fcmp(FloatCC::NotEqual, a, b),
        BinOp::Lt => fx.b.ins().fcmp(FloatCC::LessThan, a, b),
        BinOp::Le => fx.b.ins().fcmp(FloatCC::LessThanOrEqual, a, b),
        BinOp::Gt => fx.b.ins().fcmp(FloatCC::GreaterThan, a, b),
        BinOp::Ge => fx.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, b),
        _ => panic!("float operator {op:?}"),
    }
}

/// Unary minus on a float of any width: only the sign bit changes.
pub(crate) fn float_neg(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(v);
    if soft_float::is_soft(ty) { soft_float::negate(fx, v) } else { fx.b.ins().fneg(v) }
}

/// Comparison of wide pointers: the address first, then the metadata.
fn fat_pointer_compare<'tcx>(fx: &mut FnCx<'_, 'tcx>, op: BinOp, lhs: Datum<'tcx>, rhs: Datum<'tcx>) -> Value {
    let (a0, a1) = lhs.load_pair(fx);
    let (b0, b1) = rhs.load_pair(fx);
    match op {
        BinOp::Eq => {
            let e0 = fx.b.ins().icmp(IntCC::Equal, a0, b0);
            let e1 = fx.b.ins().icmp(IntCC::Equal, a1, b1);
            fx.b.ins().band(e0, e1)
        }
        BinOp::Ne => {
            let n0 = fx.b.ins().icmp(IntCC::NotEqual, a0, b0);
            let n1 = fx.b.ins().icmp(IntCC::NotEqual, a1, b1);
            fx.b.ins().bor(n0, n1)
        }
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            // (a0 < b0) || (a0 == b0 && a1 <= b1), and likewise for the others.
            let strict = match op {
                BinOp::Lt | BinOp::Le => IntCC::UnsignedLessThan,
                _ => IntCC::UnsignedGreaterThan,
            };
            let first = fx.b.ins().icmp(strict, a0, b0);
            let same = fx.b.ins().icmp(IntCC::Equal, a0, b0);
            let second = fx.b.ins().icmp(int_cc(op, false), a1, b1);
            let tie = fx.b.ins().band(same, second);
            fx.b.ins().bor(first, tie)
        }
        _ => {
            fx.unsupported(format!("the operator {op:?} on wide pointers"));
            fx.b.ins().iconst(types::I8, 0)
        }
    }
}

/// Saturating addition or subtraction: the wrapped result, or the bound it overflowed past.
pub(crate) fn saturating(fx: &mut FnCx<'_, '_>, add: bool, a: Value, b: Value, signed: bool) -> Value {
    let ty = fx.b.func.dfg.value_type(a);
    let op = if add { BinOp::AddWithOverflow } else { BinOp::SubWithOverflow };
    let (result, overflow) = overflowing(fx, op, a, b, signed);
    let bits = ty.bits();
    let saturated = if signed {
        // Overflow goes towards +inf when adding a positive (or subtracting a negative).
        let max = fx.iconst(ty, i128::MAX >> (128 - bits));
        let min = fx.iconst(ty, i128::MIN >> (128 - bits));
        let b_negative = fx.b.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0);
        if add { fx.b.ins().select(b_negative, min, max) } else { fx.b.ins().select(b_negative, max, min) }
    } else if add {
        fx.iconst(ty, -1)
    } else {
        fx.iconst(ty, 0)
    };
    fx.b.ins().select(overflow, saturated, result)
}
