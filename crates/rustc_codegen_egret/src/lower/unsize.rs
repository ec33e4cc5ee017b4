//! Unsizing coercions: `&[T; N]` to `&[T]`, `Box<T>` to `Box<dyn Trait>`, trait upcasting, and
//! the same through any smart pointer that implements `CoerceUnsized`.

use cranelift_codegen::ir::Value;
use rustc_middle::ty::{self, Ty};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Writes `src` coerced to the type of `dest` into `dest`.
pub(crate) fn coerce_unsized<'tcx>(fx: &mut FnCx<'_, 'tcx>, src: Datum<'tcx>, dest: Slot<'tcx>) {
    match (pointer_type(src.layout.ty).kind(), pointer_type(dest.layout.ty).kind()) {
        (ty::Ref(..) | ty::RawPtr(..), ty::Ref(..) | ty::RawPtr(..)) => {
            let src_pointee = pointer_type(src.layout.ty).builtin_deref(true).unwrap();
            let dst_pointee = pointer_type(dest.layout.ty).builtin_deref(true).unwrap();
            let (data, meta) = pointer_parts(fx, src);
            let meta = unsize_metadata(fx, meta, src_pointee, dst_pointee);
            dest.write(fx, Datum::pair(data, meta, dest.layout));
        }
        (ty::Adt(src_def, _), ty::Adt(dst_def, _)) => {
            assert_eq!(src_def, dst_def, "CoerceUnsized between different types");
            // Coerce field by field through memory; the one field whose type changes is the
            // pointer being unsized.
            let temp = match dest.addr_opt() {
                Some(_) => dest,
                None => Slot::new_stack(fx, dest.layout),
            };
            for i in 0..src.layout.fields.count() {
                let src_field = src.field(fx, i);
                let dst_field = temp.field(fx, i);
                if src_field.layout.ty == dst_field.layout.ty {
                    dst_field.write(fx, src_field);
                } else {
                    coerce_unsized(fx, src_field, dst_field);
                }
            }
            if temp.addr_opt() != dest.addr_opt() {
                let value = temp.read(fx);
                dest.write(fx, value);
            }
        }
        _ => fx.unsupported(format!("the unsizing coercion from `{}` to `{}`", src.layout.ty, dest.layout.ty)),
    }
}

/// Looks through a pattern type such as `*const T is !null` (the field of `NonNull`).
fn pointer_type(ty: Ty<'_>) -> Ty<'_> {
    match ty.kind() {
        ty::Pat(base, _) => *base,
        _ => ty,
    }
}

fn pointer_parts<'tcx>(fx: &mut FnCx<'_, 'tcx>, ptr: Datum<'tcx>) -> (Value, Option<Value>) {
    match ptr.layout.backend_repr {
        rustc_abi::BackendRepr::ScalarPair(..) => {
            let (a, b) = ptr.load_pair(fx);
            (a, Some(b))
        }
        _ => (ptr.load_scalar(fx), None),
    }
}

/// The metadata of the unsized pointer, from the old metadata (if the source was unsized too).
pub(crate) fn unsize_metadata<'tcx>(fx: &mut FnCx<'_, 'tcx>, old: Option<Value>, src: Ty<'tcx>, dst: Ty<'tcx>) -> Value {
    let (src, dst) = fx.tcx.struct_lockstep_tails_for_codegen(src, dst, ty::TypingEnv::fully_monomorphized());
    match (src.kind(), dst.kind()) {
        (ty::Array(_, len), ty::Slice(_)) => {
            let n = len.try_to_target_usize(fx.tcx).expect("array length");
            fx.usize_const(n)
        }
        (ty::Dynamic(src_preds, ..), ty::Dynamic(dst_preds, ..)) => {
            let old = old.expect("dyn pointer without vtable");
            if src_preds.principal_def_id() == dst_preds.principal_def_id() {
                return old;
            }
            // Trait upcasting: the supertrait's vtable pointer is stored in the subtrait's vtable,
            // unless the two share one.
            match fx.tcx.supertrait_vtable_slot((src, dst)) {
                Some(slot) => {
                    let offset = (slot as u64 * fx.tcx.data_layout.pointer_size().bytes()) as i64;
                    fx.load(fx.ptr_ty, old, offset)
                }
                None => old,
            }
        }
        (_, ty::Dynamic(preds, ..)) => vtable_addr(fx, src, preds.principal()),
        _ => {
            fx.unsupported(format!("unsizing `{src}` to `{dst}`"));
            fx.usize_const(0)
        }
    }
}

/// The address of the vtable of `ty` for the trait object type with this principal.
pub(crate) fn vtable_addr<'tcx>(fx: &mut FnCx<'_, 'tcx>, ty: Ty<'tcx>, principal: Option<ty::PolyExistentialTraitRef<'tcx>>) -> Value {
    let principal = principal.map(|p| fx.tcx.instantiate_bound_regions_with_erased(p));
    let alloc_id = fx.tcx.vtable_allocation((ty, principal));
    crate::consts::alloc_addr(fx, alloc_id)
}

