//! `as` casts and the other MIR cast kinds: integer resizing, int/float conversions with Rust's
//! saturating semantics, pointer casts, function pointers, unsizing and transmutes.

use cranelift_codegen::ir::{InstBuilder, InstructionData, Opcode, Type, Value, ValueDef, types};
use rustc_middle::mir::CastKind;
use rustc_middle::ty::adjustment::PointerCoercion;
use rustc_middle::ty::{self, Instance};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::lower::discriminant::resize;
use crate::num::soft_float;
use crate::slot::Slot;

pub(crate) fn lower_cast<'tcx>(fx: &mut FnCx<'_, 'tcx>, kind: CastKind, src: Datum<'tcx>, dest: Slot<'tcx>) {
    let to = dest.layout;
    let value = match kind {
        CastKind::PointerCoercion(PointerCoercion::Unsize, _) => {
            crate::lower::unsize::coerce_unsized(fx, src, dest);
            return;
        }
        CastKind::PointerCoercion(PointerCoercion::ReifyFnPointer(_), _) => {
            let ty::FnDef(def_id, args) = *src.layout.ty.kind() else { panic!("reify of non-fn-item") };
            let instance = Instance::resolve_for_fn_ptr(fx.tcx, ty::TypingEnv::fully_monomorphized(), def_id, args)
                .expect("function pointer to an unresolvable function");
            Datum::scalar(fx.instance_addr(instance), to)
        }
        CastKind::PointerCoercion(PointerCoercion::ClosureFnPointer(_), _) => {
            let ty::Closure(def_id, args) = *src.layout.ty.kind() else { panic!("closure cast of non-closure") };
            let instance = Instance::resolve_closure(fx.tcx, def_id, args, ty::ClosureKind::FnOnce);
            Datum::scalar(fx.instance_addr(instance), to)
        }
        CastKind::PointerCoercion(
            PointerCoercion::UnsafeFnPointer | PointerCoercion::MutToConstPointer | PointerCoercion::ArrayToPointer,
            _,
        )
        | CastKind::FnPtrToPtr
        | CastKind::Subtype => src.with_layout(to),
        CastKind::PtrToPtr => {
            if matches!(src.layout.backend_repr, rustc_abi::BackendRepr::ScalarPair(..)) && to.backend_repr.is_scalar() {
                // Wide to thin: keep the address, drop the metadata.
                let (addr, _) = src.load_pair(fx);
                Datum::scalar(addr, to)
            } else {
                src.with_layout(to)
            }
        }
        CastKind::PointerExposeProvenance | CastKind::PointerWithExposedProvenance | CastKind::IntToInt => {
            let v = src.load_scalar(fx);
            let to_ty = fx.scalar_layout_type(to).expect("integer cast to non-scalar");
            let signed = matches!(src.layout.ty.kind(), ty::Int(_));
            Datum::scalar(resize(fx, v, to_ty, signed), to)
        }
        CastKind::FloatToFloat => {
            let v = src.load_scalar(fx);
            let to_ty = fx.scalar_layout_type(to).unwrap();
            Datum::scalar(float_to_float(fx, v, to_ty), to)
        }
        CastKind::IntToFloat => {
            let v = src.load_scalar(fx);
            let to_ty = fx.scalar_layout_type(to).unwrap();
            let signed = matches!(src.layout.ty.kind(), ty::Int(_));
            Datum::scalar(int_to_float(fx, v, to_ty, signed), to)
        }
        CastKind::FloatToInt => {
            let v = src.load_scalar(fx);
            let to_ty = fx.scalar_layout_type(to).unwrap();
            let signed = matches!(to.ty.kind(), ty::Int(_));
            Datum::scalar(float_to_int(fx, v, to_ty, signed), to)
        }
        CastKind::Transmute => src.transmute(fx, to),
    };
    dest.write(fx, value);
}

pub(crate) fn float_to_float(fx: &mut FnCx<'_, '_>, v: Value, to: Type) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    if from.bits() > to.bits()
        && let Some(original) = just_widened_from(fx, v, to)
    {
        return original;
    }
    if from != to && (soft_float::is_soft(from) || soft_float::is_soft(to)) {
        return soft_float::convert(fx, v, to);
    }
    match from.bits().cmp(&to.bits()) {
        std::cmp::Ordering::Less => fx.b.ins().fpromote(to, v),
        std::cmp::Ordering::Greater => fx.b.ins().fdemote(to, v),
        std::cmp::Ordering::Equal => v,
    }
}

/// LLVM folds `fptrunc (fpext x)` back into `x` (even at -O0), so a value widened from `to` and
/// narrowed straight back comes out untouched, a signalling NaN still signalling, where the two
/// conversions would have quieted it. This finds that `x`: `v` made from `to` by one widening
/// (`f16` to `f64` is one conversion for LLVM, two steps here).
fn just_widened_from(fx: &FnCx<'_, '_>, v: Value, to: Type) -> Option<Value> {
    let dfg = &fx.b.func.dfg;
    let promoted_from = |v: Value| match dfg.value_def(v) {
        ValueDef::Result(inst, 0) => match dfg.insts[inst] {
            InstructionData::Unary { opcode: Opcode::Fpromote, arg } => Some(arg),
            _ => None,
        },
        _ => None,
    };
    let source = match promoted_from(v) {
        Some(single) => soft_float::widened_source(fx, single).unwrap_or(single),
        None => soft_float::widened_source(fx, v)?,
    };
    (dfg.value_type(source) == to).then_some(source)
}

pub(crate) fn int_to_float(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    if soft_float::is_soft(to) {
        return soft_float::from_int(fx, v, to, signed);
    }
    let from = fx.b.func.dfg.value_type(v);
    if from == types::I128 {
        let name = match (signed, to) {
            (true, types::F32) => "__floattisf",
            (true, _) => "__floattidf",
            (false, types::F32) => "__floatuntisf",
            (false, _) => "__floatuntidf",
        };
        return fx.call_builtin(name, &[types::I128], &[to], &[v])[0];
    }
    // Cranelift converts from 32- and 64-bit integers; widen the narrow ones first.
    let v = if from.bits() < 32 { resize(fx, v, types::I32, signed) } else { v };
    if signed { fx.b.ins().fcvt_from_sint(to, v) } else { fx.b.ins().fcvt_from_uint(to, v) }
}

/// Float to integer with `as` semantics: NaN becomes 0, out-of-range values saturate.
pub(crate) fn float_to_int(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    if soft_float::is_soft(from) {
        return soft_float::to_int(fx, v, to, signed);
    }
    if to == types::I128 {
        let name = match (signed, from) {
            (true, types::F32) => "__fixsfti",
            (true, _) => "__fixdfti",
            (false, types::F32) => "__fixunssfti",
            (false, _) => "__fixunsdfti",
        };
        // compiler-builtins implements these with Rust's saturating semantics.
        return fx.call_builtin(name, &[from], &[types::I128], &[v])[0];
    }
    if to.bits() >= 32 {
        return if signed { fx.b.ins().fcvt_to_sint_sat(to, v) } else { fx.b.ins().fcvt_to_uint_sat(to, v) };
    }
    // Narrow targets: convert to i32 (saturating) and clamp to the target's range.
    let wide = if signed { fx.b.ins().fcvt_to_sint_sat(types::I32, v) } else { fx.b.ins().fcvt_to_uint_sat(types::I32, v) };
    clamp_from_i32(fx, wide, to, signed)
}

/// Saturates an `i32` (or, unsigned, a `u32`) to a narrower integer type.
pub(crate) fn clamp_from_i32(fx: &mut FnCx<'_, '_>, wide: Value, to: Type, signed: bool) -> Value {
    let bits = to.bits();
    let (min, max) = if signed {
        (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
    } else {
        (0, (1i64 << bits) - 1)
    };
    let min_v = fx.b.ins().iconst(types::I32, min);
    let max_v = fx.b.ins().iconst(types::I32, max);
    let clamped = if signed {
        let lo = fx.b.ins().smax(wide, min_v);
        fx.b.ins().smin(lo, max_v)
    } else {
        fx.b.ins().umin(wide, max_v)
    };
    fx.b.ins().ireduce(to, clamped)
}
