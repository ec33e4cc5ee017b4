//! Floating-point intrinsics, lowered as LLVM lowers them on x86_64 so that results (NaN
//! payloads included) are the same:
//!
//! - `f32` and `f64`: Cranelift instructions where their semantics are exactly Rust's (square
//!   root, absolute value, floor, ceiling, truncation, round-to-even, copysign, fused
//!   multiply-add), and the C math library or compiler-builtins for the rest;
//! - `f16`: sign-bit operations on the bits; everything else widened to `f32`, computed as above
//!   and rounded back (fused multiply-add goes through `f64`, where it is exact);
//! - `f128`: sign-bit operations on the bits, the C library's `*f128` functions and
//!   compiler-builtins' routines.
//!
//! IEEE 754-2019 `minimum`/`maximum` use core's fallback bodies at every width, as LLVM does
//! (Cranelift's `fmin` propagates the other operand's payload when both are NaN).

use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::BinOp;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;
use crate::num::soft_float;

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let Some(first) = call.args.first() else { return false };
    let ty = match fx.scalar_layout_type(first.layout) {
        Some(ty) if ty.is_float() => ty,
        _ => return false,
    };
    let base = without_width(call.name);
    let args: Vec<Value> = call.args.iter().map(|a| a.load_scalar(fx)).collect();
    let result = if let ("float_to_int_unchecked", [x]) = (base, args.as_slice()) {
        // Out-of-range inputs are undefined behaviour; saturating keeps that from trapping.
        let to = fx.scalar_layout_type(call.dest.layout).expect("integer result");
        let signed = matches!(call.dest.layout.ty.kind(), rustc_middle::ty::Int(_));
        Some(crate::num::cast::float_to_int(fx, *x, to, signed))
    } else {
        compute(fx, base, ty, &args)
    };
    let Some(result) = result else { return false };
    call.dest.write(fx, Datum::scalar(result, call.dest.layout));
    true
}

/// The float intrinsic `base` (its name without the width) on operands of type `ty`; `None`
/// if it is not one of these. SIMD lanes are computed through here too.
pub(crate) fn compute(fx: &mut FnCx<'_, '_>, base: &str, ty: Type, args: &[Value]) -> Option<Value> {
    match ty {
        types::F16 => half(fx, base, args),
        types::F128 => quad(fx, base, args),
        _ => native(fx, base, ty, args),
    }
}

/// The name without its width suffix: `sqrtf64` -> `sqrt`, `round_ties_even_f16` ->
/// `round_ties_even`, `fabs` -> `fabs`.
fn without_width(name: &str) -> &str {
    ["f16", "f32", "f64", "f128"]
        .iter()
        .find_map(|width| name.strip_suffix(width))
        .map_or(name, |stem| stem.trim_end_matches('_'))
}

/// `f32` and `f64`.
fn native(fx: &mut FnCx<'_, '_>, base: &str, ty: Type, args: &[Value]) -> Option<Value> {
    let result = match (base, args) {
        ("sqrt", [x]) => fx.b.ins().sqrt(*x),
        ("fabs", [x]) => fx.b.ins().fabs(*x),
        ("floor", [x]) => fx.b.ins().floor(*x),
        ("ceil", [x]) => fx.b.ins().ceil(*x),
        ("trunc", [x]) => fx.b.ins().trunc(*x),
        ("round_ties_even", [x]) => fx.b.ins().nearest(*x),
        ("copysign", [x, y]) => fx.b.ins().fcopysign(*x, *y),
        ("fma", [a, b, c]) => fx.b.ins().fma(*a, *b, *c),
        // Without the FMA extension LLVM does not fuse `fmuladd`: it rounds the product.
        ("fmuladd", [a, b, c]) => {
            let product = fx.b.ins().fmul(*a, *b);
            fx.b.ins().fadd(product, *c)
        }
        ("minimum_number_nsz", [x, y]) => number_min_max(fx, *x, *y, FloatCC::LessThan),
        ("maximum_number_nsz", [x, y]) => number_min_max(fx, *x, *y, FloatCC::GreaterThan),
        ("fadd_fast" | "fadd_algebraic", [x, y]) => fx.b.ins().fadd(*x, *y),
        ("fsub_fast" | "fsub_algebraic", [x, y]) => fx.b.ins().fsub(*x, *y),
        ("fmul_fast" | "fmul_algebraic", [x, y]) => fx.b.ins().fmul(*x, *y),
        ("fdiv_fast" | "fdiv_algebraic", [x, y]) => fx.b.ins().fdiv(*x, *y),
        ("frem_fast" | "frem_algebraic", [x, y]) => libm(fx, "fmod", ty, &[*x, *y]),
        ("powi", [x, n]) => {
            let name = if ty == types::F32 { "__powisf2" } else { "__powidf2" };
            fx.call_builtin(name, &[ty, types::I32], &[ty], &[*x, *n])[0]
        }
        ("round", [x]) => libm(fx, "round", ty, &[*x]),
        ("pow", [x, y]) => libm(fx, "pow", ty, &[*x, *y]),
        ("sin" | "cos" | "tan" | "exp" | "exp2" | "log" | "log2" | "log10", [x]) => libm(fx, base, ty, &[*x]),
        _ => return None,
    };
    Some(result)
}

/// The `f16` intrinsics that are computed on operands widened to `f32`, with the result rounded
/// back to `f16` (the `f32` computation is exact or rounds finely enough not to matter).
const HALF_IN_SINGLE: &[&str] = &[
    "sqrt", "floor", "ceil", "trunc", "round", "round_ties_even", "powi", "pow", "sin", "cos", "exp", "exp2",
    "log", "log2", "log10", "minimum_number_nsz", "maximum_number_nsz", "fadd_fast", "fadd_algebraic",
    "fsub_fast", "fsub_algebraic", "fmul_fast", "fmul_algebraic", "fdiv_fast", "fdiv_algebraic", "frem_fast",
    "frem_algebraic",
];

/// `f16`.
fn half(fx: &mut FnCx<'_, '_>, base: &str, args: &[Value]) -> Option<Value> {
    let result = match (base, args) {
        ("fabs", [x]) => soft_float::abs(fx, *x),
        ("copysign", [x, y]) => soft_float::copysign(fx, *x, *y),
        // Three halves' product and sum are exact in f64, so one rounding remains.
        ("fma", [a, b, c]) => {
            let wide: Vec<Value> = [*a, *b, *c]
                .iter()
                .map(|v| {
                    let single = soft_float::widen_half(fx, *v);
                    fx.b.ins().fpromote(types::F64, single)
                })
                .collect();
            let fused = fx.b.ins().fma(wide[0], wide[1], wide[2]);
            soft_float::convert(fx, fused, types::F16)
        }
        // Unfused: the product is rounded to f16 before the addition.
        ("fmuladd", [a, b, c]) => {
            let product = soft_float::binop(fx, BinOp::Mul, *a, *b);
            soft_float::binop(fx, BinOp::Add, product, *c)
        }
        _ if HALF_IN_SINGLE.contains(&base) => {
            let widened: Vec<Value> = args
                .iter()
                .map(|v| if fx.b.func.dfg.value_type(*v) == types::F16 { soft_float::widen_half(fx, *v) } else { *v })
                .collect();
            let single = native(fx, base, types::F32, &widened)?;
            soft_float::narrow_to_half(fx, single)
        }
        _ => return None,
    };
    Some(result)
}

/// `f128`.
fn quad(fx: &mut FnCx<'_, '_>, base: &str, args: &[Value]) -> Option<Value> {
    let result = match (base, args) {
        ("fabs", [x]) => soft_float::abs(fx, *x),
        ("copysign", [x, y]) => soft_float::copysign(fx, *x, *y),
        ("fmuladd", [a, b, c]) => {
            let product = soft_float::binop(fx, BinOp::Mul, *a, *b);
            soft_float::binop(fx, BinOp::Add, product, *c)
        }
        ("minimum_number_nsz", [x, y]) => quad_number_min_max(fx, *x, *y, BinOp::Lt),
        ("maximum_number_nsz", [x, y]) => quad_number_min_max(fx, *x, *y, BinOp::Gt),
        ("fadd_fast" | "fadd_algebraic", [x, y]) => soft_float::binop(fx, BinOp::Add, *x, *y),
        ("fsub_fast" | "fsub_algebraic", [x, y]) => soft_float::binop(fx, BinOp::Sub, *x, *y),
        ("fmul_fast" | "fmul_algebraic", [x, y]) => soft_float::binop(fx, BinOp::Mul, *x, *y),
        ("fdiv_fast" | "fdiv_algebraic", [x, y]) => soft_float::binop(fx, BinOp::Div, *x, *y),
        ("frem_fast" | "frem_algebraic", [x, y]) => soft_float::binop(fx, BinOp::Rem, *x, *y),
        ("powi", [x, n]) => fx.call_builtin("__powitf2", &[types::F128, types::I32], &[types::F128], &[*x, *n])[0],
        // The C library's quad-precision functions, the ones LLVM calls.
        ("round_ties_even", [x]) => quad_libm(fx, "rint", &[*x]),
        (
            "sqrt" | "floor" | "ceil" | "trunc" | "round" | "sin" | "cos" | "exp" | "exp2" | "log" | "log2" | "log10",
            [x],
        ) => quad_libm(fx, base, &[*x]),
        ("pow", [x, y]) => quad_libm(fx, "pow", &[*x, *y]),
        ("fma", [a, b, c]) => quad_libm(fx, "fma", &[*a, *b, *c]),
        _ => return None,
    };
    Some(result)
}

/// Calls the C math library's `name` (`namef` for `f32`).
fn libm(fx: &mut FnCx<'_, '_>, name: &str, ty: Type, args: &[Value]) -> Value {
    let symbol = if ty == types::F32 { format!("{name}f") } else { name.to_string() };
    let params = vec![ty; args.len()];
    fx.call_builtin(&symbol, &params, &[ty], args)[0]
}

/// Calls the C library's `namef128`.
fn quad_libm(fx: &mut FnCx<'_, '_>, name: &str, args: &[Value]) -> Value {
    let params = vec![types::F128; args.len()];
    fx.call_builtin(&format!("{name}f128"), &params, &[types::F128], args)[0]
}

/// `f32::min`/`max` (a NaN loses to a number) as x86's `minss`/`maxss` compute it, which is
/// what LLVM emits: `x` if it compares below (above) `y`, else `y`; and `x` if `y` is NaN.
/// So equal operands give `y`, and two NaNs give `x`.
fn number_min_max(fx: &mut FnCx<'_, '_>, x: Value, y: Value, x_wins_if: FloatCC) -> Value {
    let x_wins = fx.b.ins().fcmp(x_wins_if, x, y);
    let picked = fx.b.ins().select(x_wins, x, y);
    let y_nan = fx.b.ins().fcmp(FloatCC::Unordered, y, y);
    fx.b.ins().select(y_nan, x, picked)
}

/// `f128::min`/`max`, as LLVM expands them: a NaN operand is replaced by the other one, then
/// the first wins only if it compares strictly below (above) the second. Two NaNs give `y`.
fn quad_number_min_max(fx: &mut FnCx<'_, '_>, x: Value, y: Value, x_wins_if: BinOp) -> Value {
    let x_nan = soft_float::quad_is_nan(fx, x);
    let y_nan = soft_float::quad_is_nan(fx, y);
    let first = fx.b.ins().select(x_nan, y, x);
    let second = fx.b.ins().select(y_nan, first, y);
    let first_wins = soft_float::quad_compare(fx, x_wins_if, first, second);
    fx.b.ins().select(first_wins, first, second)
}
