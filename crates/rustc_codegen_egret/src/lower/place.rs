//! MIR places: a local followed by projections (deref, field, index, subslice, downcast).

use cranelift_codegen::ir::{InstBuilder, Value, condcodes::IntCC};
use rustc_middle::mir::{self, ProjectionElem};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};

use crate::cx::FnCx;
use crate::slot::{Slot, SlotRepr};

pub(crate) fn lower_place<'tcx>(fx: &mut FnCx<'_, 'tcx>, place: mir::Place<'tcx>) -> Slot<'tcx> {
    let mut slot = local_slot(fx, place.local);
    let mut place_ty = mir::PlaceTy::from_ty(fx.monomorphize(fx.mir.local_decls[place.local].ty));
    for elem in place.projection.iter() {
        let next_ty = place_ty.projection_ty(fx.tcx, fx.monomorphize(elem));
        slot = project(fx, slot, elem, next_ty.ty);
        place_ty = next_ty;
    }
    slot
}

/// The slot of a local. In a cleanup block its address is recomputed rather than taken from the
/// body (see `lower::unwind::isolated`).
fn local_slot<'tcx>(fx: &mut FnCx<'_, 'tcx>, local: mir::Local) -> Slot<'tcx> {
    let slot = fx.locals[local];
    if !fx.isolated {
        return slot;
    }
    match slot.repr {
        SlotRepr::Mem { addr, meta } => {
            let addr = crate::lower::unwind::isolated(fx, addr);
            let meta = meta.map(|meta| crate::lower::unwind::isolated(fx, meta));
            Slot { repr: SlotRepr::Mem { addr, meta }, layout: slot.layout }
        }
        SlotRepr::Zst => slot,
        SlotRepr::Var(_) | SlotRepr::VarPair(..) => panic!("egret: cleanup code uses register local {local:?}"),
    }
}

fn project<'tcx>(fx: &mut FnCx<'_, 'tcx>, slot: Slot<'tcx>, elem: mir::PlaceElem<'tcx>, result_ty: Ty<'tcx>) -> Slot<'tcx> {
    match elem {
        ProjectionElem::Deref => deref(fx, slot, result_ty),
        ProjectionElem::Field(field, _) => {
            let f = slot.field(fx, field.as_usize());
            // The projected type can be more precise than the layout's (opaque types).
            if f.layout.ty != result_ty && !f.layout.is_unsized() {
                let layout = fx.layout_of(result_ty);
                f.with_layout(layout)
            } else {
                f
            }
        }
        ProjectionElem::Index(local) => {
            let index = local_slot(fx, local).read(fx).load_scalar(fx);
            element(fx, slot, index, result_ty)
        }
        ProjectionElem::ConstantIndex { offset, min_length: _, from_end } => {
            let index = if from_end {
                let len = length(fx, slot);
                fx.b.ins().iadd_imm_s(len, -(offset as i64))
            } else {
                fx.usize_const(offset)
            };
            element(fx, slot, index, result_ty)
        }
        ProjectionElem::Subslice { from, to, from_end } => {
            let result = fx.layout_of(result_ty);
            let elem_size = element_size(fx, slot.layout);
            let addr = fx.offset_ptr(slot.addr(), (from * elem_size) as i64);
            match slot.layout.ty.kind() {
                ty::Array(..) => Slot::in_memory(addr, result),
                _ => {
                    assert!(from_end, "subslice of a slice must count from the end");
                    let len = slot.meta().expect("slice without length");
                    let new_len = fx.b.ins().iadd_imm_s(len, -((from + to) as i64));
                    Slot::unsized_in_memory(addr, new_len, result)
                }
            }
        }
        ProjectionElem::Downcast(_, variant) => slot.downcast(fx, variant),
        ProjectionElem::OpaqueCast(_) | ProjectionElem::UnwrapUnsafeBinder(_) => {
            let layout = fx.layout_of(result_ty);
            slot.with_layout(layout)
        }
    }
}

fn deref<'tcx>(fx: &mut FnCx<'_, 'tcx>, slot: Slot<'tcx>, pointee: Ty<'tcx>) -> Slot<'tcx> {
    let layout = fx.layout_of(pointee);
    let ptr = slot.read(fx);
    if layout.is_unsized() {
        let (addr, meta) = ptr.load_pair(fx);
        Slot::unsized_in_memory(addr, meta, layout)
    } else {
        let addr = ptr.load_scalar(fx);
        Slot::in_memory(addr, layout)
    }
}

fn element_size<'tcx>(fx: &FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> u64 {
    layout.field(&fx.lcx, 0).size.bytes()
}

/// The number of elements of an array or slice place.
pub(crate) fn length<'tcx>(fx: &mut FnCx<'_, 'tcx>, slot: Slot<'tcx>) -> Value {
    match slot.layout.ty.kind() {
        ty::Array(_, len) => {
            let n = len.try_to_target_usize(fx.tcx).expect("array length not known");
            fx.usize_const(n)
        }
        _ => slot.meta().expect("slice place without length"),
    }
}

fn element<'tcx>(fx: &mut FnCx<'_, 'tcx>, slot: Slot<'tcx>, index: Value, elem_ty: Ty<'tcx>) -> Slot<'tcx> {
    let layout = fx.layout_of(elem_ty);
    let size = layout.size.bytes();
    let offset = if size == 1 { index } else { fx.b.ins().imul_imm_u(index, size as i64) };
    let addr = fx.b.ins().iadd(slot.addr(), offset);
    Slot::in_memory(addr, layout)
}

/// The address of an unsized tail field. With a `dyn` tail, the field's offset is the static
/// offset rounded up to the dynamic alignment of the value, read from the vtable.
pub(crate) fn unsized_field_addr<'tcx>(fx: &mut FnCx<'_, 'tcx>, base: Value, offset: i64, field: TyAndLayout<'tcx>, meta: Value) -> Value {
    let tail = fx.tcx.struct_tail_for_codegen(field.ty, ty::TypingEnv::fully_monomorphized());
    match tail.kind() {
        ty::Dynamic(..) if offset != 0 => {
            let (_, align) = size_and_align_of_unsized(fx, field, meta);
            let mask = fx.b.ins().iadd_imm_s(align, -1);
            let unaligned = fx.b.ins().iadd_imm_s(base, offset);
            let bumped = fx.b.ins().iadd(unaligned, mask);
            let not_mask = fx.b.ins().bnot(mask);
            fx.b.ins().band(bumped, not_mask)
        }
        _ => fx.offset_ptr(base, offset),
    }
}

/// The size and alignment of an unsized value, from its metadata. Mirrors how rustc lays out
/// a struct whose last field is unsized: the sized prefix, then the tail at its alignment, then
/// padding to the overall alignment.
pub(crate) fn size_and_align_of_unsized<'tcx>(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>, meta: Value) -> (Value, Value) {
    let ptr_size = fx.tcx.data_layout.pointer_size().bytes() as i64;
    match layout.ty.kind() {
        ty::Dynamic(..) => {
            let size = fx.load(fx.ptr_ty, meta, ptr_size);
            let align = fx.load(fx.ptr_ty, meta, 2 * ptr_size);
            (size, align)
        }
        ty::Slice(_) | ty::Str => {
            let elem = layout.field(&fx.lcx, 0);
            let size = fx.b.ins().imul_imm_u(meta, elem.size.bytes() as i64);
            let align = fx.usize_const(elem.align.abi.bytes());
            (size, align)
        }
        _ => {
            // A struct (or tuple) with an unsized last field.
            let last = layout.fields.count() - 1;
            let prefix = layout.fields.offset(last).bytes() as i64;
            let tail = layout.field(&fx.lcx, last);
            let (tail_size, mut tail_align) = size_and_align_of_unsized(fx, tail, meta);
            if let ty::Adt(def, _) = layout.ty.kind()
                && let Some(pack) = def.repr().pack
            {
                // `repr(packed(N))` caps the alignment of every field, the tail's too.
                let cap = fx.usize_const(pack.bytes());
                tail_align = fx.b.ins().umin(tail_align, cap);
            }
            let static_align = fx.usize_const(layout.align.abi.bytes());
            let larger = fx.b.ins().icmp(IntCC::UnsignedGreaterThan, tail_align, static_align);
            let align = fx.b.ins().select(larger, tail_align, static_align);
            // offset of the tail = prefix rounded up to the tail's alignment
            let tail_mask = fx.b.ins().iadd_imm_s(tail_align, -1);
            let tail_offset = fx.b.ins().iadd_imm_s(tail_mask, prefix);
            let not_tail_mask = fx.b.ins().bnot(tail_mask);
            let tail_offset = fx.b.ins().band(tail_offset, not_tail_mask);
            let unpadded = fx.b.ins().iadd(tail_offset, tail_size);
            let mask = fx.b.ins().iadd_imm_s(align, -1);
            let padded = fx.b.ins().iadd(unpadded, mask);
            let not_mask = fx.b.ins().bnot(mask);
            let size = fx.b.ins().band(padded, not_mask);
            (size, align)
        }
    }
}
