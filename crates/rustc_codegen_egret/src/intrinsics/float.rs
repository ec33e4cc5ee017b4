//! Floating-point intrinsics on `f32` and `f64`: Cranelift instructions where their semantics
//! are exactly Rust's (square root, absolute value, floor, ceiling, truncation, round-to-even,
//! copysign, fused multiply-add, IEEE minimum and maximum), and the C math library or
//! compiler-builtins for the rest, as LLVM's output does. `f16` and `f128` fall through to
//! core's fallback bodies or to an "unsupported" diagnostic.

use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let Some(first) = call.args.first() else { return false };
    let ty = match fx.scalar_layout_type(first.layout) {
        Some(ty @ (types::F32 | types::F64)) => ty,
        _ => return false,
    };
    // The name without its width suffix: `sqrtf64` -> `sqrt`, `round_ties_even_f32` -> `round_ties_even`.
    let base = call.name.trim_end_matches("f32").trim_end_matches("f64").trim_end_matches('_');
    let args: Vec<Value> = call.args.iter().map(|a| a.load_scalar(fx)).collect();
    let result = match (base, args.as_slice()) {
        ("sqrt", [x]) => fx.b.ins().sqrt(*x),
        ("fabs", [x]) => fx.b.ins().fabs(*x),
        ("floor", [x]) => fx.b.ins().floor(*x),
        ("ceil", [x]) => fx.b.ins().ceil(*x),
        ("trunc", [x]) => fx.b.ins().trunc(*x),
        ("round_ties_even", [x]) => fx.b.ins().nearest(*x),
        ("copysign", [x, y]) => fx.b.ins().fcopysign(*x, *y),
        ("fma" | "fmuladd", [a, b, c]) => fx.b.ins().fma(*a, *b, *c),
        // IEEE 754-2019 minimum/maximum: NaN wins, and -0.0 orders below +0.0.
        ("minimum", [x, y]) => fx.b.ins().fmin(*x, *y),
        ("maximum", [x, y]) => fx.b.ins().fmax(*x, *y),
        // `f64::min`/`max`: a NaN loses to a number. Computed as core's own fallback body does.
        ("minimum_number_nsz", [x, y]) => number_min_max(fx, *x, *y, FloatCC::LessThanOrEqual),
        ("maximum_number_nsz", [x, y]) => number_min_max(fx, *x, *y, FloatCC::GreaterThanOrEqual),
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
        ("float_to_int_unchecked", [x]) => {
            // Out-of-range inputs are undefined behaviour; saturating keeps that from trapping.
            let to = fx.scalar_layout_type(call.dest.layout).expect("integer result");
            let signed = matches!(call.dest.layout.ty.kind(), rustc_middle::ty::Int(_));
            crate::num::cast::float_to_int(fx, *x, to, signed)
        }
        _ => return false,
    };
    call.dest.write(fx, Datum::scalar(result, call.dest.layout));
    true
}

/// Calls the C math library's `name` (`namef` for `f32`).
fn libm(fx: &mut FnCx<'_, '_>, name: &str, ty: Type, args: &[Value]) -> Value {
    let symbol = if ty == types::F32 { format!("{name}f") } else { name.to_string() };
    let params = vec![ty; args.len()];
    fx.call_builtin(&symbol, &params, &[ty], args)[0]
}

/// `if x.is_nan() || y <op> x { y } else { x }`.
fn number_min_max(fx: &mut FnCx<'_, '_>, x: Value, y: Value, op: FloatCC) -> Value {
    let x_nan = fx.b.ins().fcmp(FloatCC::Unordered, x, x);
    let y_wins = fx.b.ins().fcmp(op, y, x);
    let take_y = fx.b.ins().bor(x_nan, y_wins);
    fx.b.ins().select(take_y, y, x)
}
