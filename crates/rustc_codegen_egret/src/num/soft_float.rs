//! `f16` and `f128`: Cranelift's x86_64 backend loads, stores, passes (in xmm registers, as
//! SysV wants `_Float16` and `__float128`) and bitcasts them, but has no arithmetic, comparison
//! or conversion instructions for them. This file supplies those, the way LLVM's output does on
//! a CPU without half-precision or quad-precision hardware, so that results agree bit for bit:
//!
//! - an `f16` operation widens its operands to `f32` (compiler-builtins' `__extendhfsf2`, which
//!   is exact), computes in `f32`, and rounds the result back with `__truncsfhf2`. An `f32`
//!   holds the exact sum, difference or product of two halves and rounds quotients and roots
//!   finely enough that the second rounding gives the correctly rounded half;
//! - an `f128` operation is a call to compiler-builtins' soft-float routines (`__addtf3`,
//!   `__lttf2`, `__fixtfdi`, ...), or to the C library's `fmodf128` for `%`;
//! - negation, absolute value and copysign only touch the sign bit, on the integer bits.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, InstructionData, MemFlagsData, Type, Value, ValueDef, types};
use cranelift_module::Module;
use rustc_middle::mir::BinOp;

use crate::cx::FnCx;

/// Whether values of this type need this file rather than Cranelift's float instructions.
pub(crate) fn is_soft(ty: Type) -> bool {
    ty == types::F16 || ty == types::F128
}

/// The integer type with the same bits as a float type.
fn bits_type(ty: Type) -> Type {
    Type::int(ty.bits() as u16).expect("float type without an integer twin")
}

fn to_bits(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(v);
    fx.b.ins().bitcast(bits_type(ty), MemFlagsData::new(), v)
}

fn from_bits(fx: &mut FnCx<'_, '_>, bits: Value, ty: Type) -> Value {
    fx.b.ins().bitcast(ty, MemFlagsData::new(), bits)
}

/// The sign bit of a float type, as a constant of its integer twin.
fn sign_mask(fx: &mut FnCx<'_, '_>, ty: Type) -> Value {
    let int = bits_type(ty);
    fx.iconst(int, 1i128 << (ty.bits() - 1))
}

/// Every bit but the sign bit.
fn magnitude_mask(fx: &mut FnCx<'_, '_>, ty: Type) -> Value {
    let int = bits_type(ty);
    fx.iconst(int, (u128::MAX >> (129 - ty.bits())) as i128)
}

/// `-v`: flips the sign bit and nothing else, NaN payloads included.
pub(crate) fn negate(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(v);
    let bits = to_bits(fx, v);
    let sign = sign_mask(fx, ty);
    let flipped = fx.b.ins().bxor(bits, sign);
    from_bits(fx, flipped, ty)
}

/// `|v|`: clears the sign bit.
pub(crate) fn abs(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(v);
    let bits = to_bits(fx, v);
    let keep = magnitude_mask(fx, ty);
    let cleared = fx.b.ins().band(bits, keep);
    from_bits(fx, cleared, ty)
}

/// The magnitude of `magnitude` with the sign bit of `sign`.
pub(crate) fn copysign(fx: &mut FnCx<'_, '_>, magnitude: Value, sign: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(magnitude);
    let keep = magnitude_mask(fx, ty);
    let mask = sign_mask(fx, ty);
    let m = to_bits(fx, magnitude);
    let s = to_bits(fx, sign);
    let m = fx.b.ins().band(m, keep);
    let s = fx.b.ins().band(s, mask);
    let joined = fx.b.ins().bor(m, s);
    from_bits(fx, joined, ty)
}

/// One-argument helper call: `name(v) -> to`.
fn call1(fx: &mut FnCx<'_, '_>, name: &str, v: Value, to: Type) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    fx.call_builtin(name, &[from], &[to], &[v])[0]
}

/// `f16` to `f32`, exactly.
pub(crate) fn widen_half(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    call1(fx, "__extendhfsf2", v, types::F32)
}

/// `f32` to `f16`, rounding to nearest, ties to even.
pub(crate) fn narrow_to_half(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    call1(fx, "__truncsfhf2", v, types::F16)
}

/// `f128` routines of compiler-builtins (and `fmodf128` of the C library) taking two quads.
fn quad_call2(fx: &mut FnCx<'_, '_>, name: &str, a: Value, b: Value, ret: Type) -> Value {
    fx.call_builtin(name, &[types::F128, types::F128], &[ret], &[a, b])[0]
}

/// Arithmetic and comparisons on `f16` or `f128` operands. Comparisons give an `i8` truth
/// value, like Cranelift's `fcmp`.
pub(crate) fn binop(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(a);
    if ty == types::F16 {
        let wa = widen_half(fx, a);
        let wb = widen_half(fx, b);
        let wide = crate::num::binop::float_binop(fx, op, wa, wb);
        return if fx.b.func.dfg.value_type(wide) == types::F32 { narrow_to_half(fx, wide) } else { wide };
    }
    let arith = match op {
        BinOp::Add => Some("__addtf3"),
        BinOp::Sub => Some("__subtf3"),
        BinOp::Mul => Some("__multf3"),
        BinOp::Div => Some("__divtf3"),
        BinOp::Rem => Some("fmodf128"),
        _ => None,
    };
    if let Some(name) = arith {
        return quad_call2(fx, name, a, b, types::F128);
    }
    match op {
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => quad_compare(fx, op, a, b),
        _ => {
            fx.unsupported(format!("the operator {op:?} on `f128`"));
            fx.b.ins().iconst(types::I8, 0)
        }
    }
}

/// An ordered comparison of quads. Each compiler-builtins routine returns a word whose sign
/// answers its own question, and leans the right way for unordered operands (`__lttf2` and
/// `__letf2` return 1, `__gttf2` and `__getf2` -1, `__eqtf2` and `__netf2` non-zero).
pub(crate) fn quad_compare(fx: &mut FnCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let (name, cc) = match op {
        BinOp::Eq => ("__eqtf2", IntCC::Equal),
        BinOp::Ne => ("__netf2", IntCC::NotEqual),
        BinOp::Lt => ("__lttf2", IntCC::SignedLessThan),
        BinOp::Le => ("__letf2", IntCC::SignedLessThanOrEqual),
        BinOp::Gt => ("__gttf2", IntCC::SignedGreaterThan),
        BinOp::Ge => ("__getf2", IntCC::SignedGreaterThanOrEqual),
        _ => unreachable!("{op:?} is not a comparison"),
    };
    // The result is word-sized (`isize`) on x86_64.
    let word = quad_call2(fx, name, a, b, types::I64);
    fx.b.ins().icmp_imm_s(cc, word, 0)
}

/// Whether a quad is NaN, as an `i8` truth value.
pub(crate) fn quad_is_nan(fx: &mut FnCx<'_, '_>, v: Value) -> Value {
    let word = quad_call2(fx, "__unordtf2", v, v, types::I64);
    fx.b.ins().icmp_imm_s(IntCC::NotEqual, word, 0)
}

/// A float-to-float `as` cast where either side is `f16` or `f128`.
pub(crate) fn convert(fx: &mut FnCx<'_, '_>, v: Value, to: Type) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    let name = match (from, to) {
        (types::F16, types::F32) => "__extendhfsf2",
        // Widening twice is exact both times, as LLVM does it.
        (types::F16, types::F64) => {
            let single = widen_half(fx, v);
            return fx.b.ins().fpromote(types::F64, single);
        }
        (types::F16, types::F128) => "__extendhftf2",
        (types::F32, types::F16) => "__truncsfhf2",
        // Straight from double: rounding through f32 first could round twice.
        (types::F64, types::F16) => "__truncdfhf2",
        (types::F128, types::F16) => "__trunctfhf2",
        (types::F32, types::F128) => "__extendsftf2",
        (types::F64, types::F128) => "__extenddftf2",
        (types::F128, types::F32) => "__trunctfsf2",
        (types::F128, types::F64) => "__trunctfdf2",
        _ if from == to => return v,
        _ => unreachable!("no soft conversion from {from} to {to}"),
    };
    call1(fx, name, v, to)
}

/// The routines that widen one float type to another without rounding.
const WIDENINGS: [&str; 4] = ["__extendhfsf2", "__extendhftf2", "__extendsftf2", "__extenddftf2"];

/// If `v` is the result of one of [`WIDENINGS`], its argument.
pub(crate) fn widened_source(fx: &FnCx<'_, '_>, v: Value) -> Option<Value> {
    let dfg = &fx.b.func.dfg;
    let ValueDef::Result(inst, 0) = dfg.value_def(v) else { return None };
    let InstructionData::Call { func_ref, .. } = dfg.insts[inst] else { return None };
    // `call_builtin` declares each routine once per function; find which one this is.
    let (&id, _) = fx.func_refs.iter().find(|(_, r)| **r == func_ref)?;
    let name = fx.cgu.module.declarations().get_function_decl(id).linkage_name(id);
    WIDENINGS.contains(&name.as_ref()).then(|| dfg.inst_args(inst)[0])
}

/// An integer-to-float `as` cast to `f16` or `f128`.
pub(crate) fn from_int(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    if to == types::F16 {
        if from == types::I128 {
            return call1(fx, if signed { "__floattihf" } else { "__floatuntihf" }, v, to);
        }
        // Integers below 2^24 convert to f32 exactly, and from 2^24 up both roads lead to
        // infinity, so going through f32 rounds once.
        let single = crate::num::cast::int_to_float(fx, v, types::F32, signed);
        return narrow_to_half(fx, single);
    }
    let (v, name) = match (from.bits(), signed) {
        (128, true) => (v, "__floattitf"),
        (128, false) => (v, "__floatuntitf"),
        (64, true) => (v, "__floatditf"),
        (64, false) => (v, "__floatunditf"),
        (_, true) => (crate::lower::discriminant::resize(fx, v, types::I32, true), "__floatsitf"),
        (_, false) => (crate::lower::discriminant::resize(fx, v, types::I32, false), "__floatunsitf"),
    };
    call1(fx, name, v, to)
}

/// A float-to-integer `as` cast from `f16` or `f128`: NaN gives 0, out-of-range values
/// saturate.
pub(crate) fn to_int(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    if from == types::F16 {
        let single = widen_half(fx, v);
        return crate::num::cast::float_to_int(fx, single, to, signed);
    }
    // compiler-builtins' conversions saturate and send NaN to 0, exactly `as`'s semantics.
    let (wide, name) = match (to.bits(), signed) {
        (128, true) => (types::I128, "__fixtfti"),
        (128, false) => (types::I128, "__fixunstfti"),
        (64, true) => (types::I64, "__fixtfdi"),
        (64, false) => (types::I64, "__fixunstfdi"),
        (_, true) => (types::I32, "__fixtfsi"),
        (_, false) => (types::I32, "__fixunstfsi"),
    };
    let converted = call1(fx, name, v, wide);
    if wide == to { converted } else { crate::num::cast::clamp_from_i32(fx, converted, to, signed) }
}
