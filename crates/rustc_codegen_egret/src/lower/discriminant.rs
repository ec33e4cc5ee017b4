//! Enum discriminants: reading them out of a value and writing them into a place, for every
//! layout rustc chooses (a single variant, a direct tag, or a niche in another field).

use cranelift_codegen::ir::{InstBuilder, Type, Value, condcodes::IntCC};
use rustc_abi::{Primitive, TagEncoding, VariantIdx, Variants};
use rustc_middle::ty::layout::TyAndLayout;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// The discriminant of the enum `value`, as a value of `dest`'s integer type.
pub(crate) fn read_discriminant<'tcx>(fx: &mut FnCx<'_, 'tcx>, value: Datum<'tcx>, dest: TyAndLayout<'tcx>) -> Value {
    let dest_ty = fx.scalar_layout_type(dest).expect("discriminant of non-integer type");
    let layout = value.layout;
    match &layout.variants {
        Variants::Empty => {
            fx.trap_and_continue(cranelift_codegen::ir::TrapCode::user(1).unwrap());
            fx.iconst(dest_ty, 0)
        }
        Variants::Single { index } => {
            let discr = match layout.ty.discriminant_for_variant(fx.tcx, *index) {
                Some(d) => d.val,
                None => index.as_u32() as u128,
            };
            fx.iconst(dest_ty, discr as i128)
        }
        Variants::Multiple { tag, tag_encoding, tag_field, .. } => {
            let tag_value = value.field(fx, tag_field.as_usize()).load_scalar(fx);
            let tag_ty = fx.scalar_type(*tag);
            let tag_value = as_int(fx, tag_value, tag_ty);
            let tag_int_ty = fx.b.func.dfg.value_type(tag_value);
            match tag_encoding {
                TagEncoding::Direct => {
                    let signed = matches!(tag.primitive(), Primitive::Int(_, true));
                    resize(fx, tag_value, dest_ty, signed)
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    let first = niche_variants.start().as_u32() as i128;
                    let last = niche_variants.end().as_u32() as i128;
                    let start = fx.iconst(tag_int_ty, *niche_start as i128);
                    let relative = fx.b.ins().isub(tag_value, start);
                    let span = fx.iconst(tag_int_ty, last - first);
                    let is_niche = fx.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, relative, span);
                    let relative = resize(fx, relative, dest_ty, false);
                    let niche_discr = if first == 0 { relative } else {
                        let first_v = fx.iconst(dest_ty, first);
                        fx.b.ins().iadd(relative, first_v)
                    };
                    let untagged = fx.iconst(dest_ty, untagged_variant.as_u32() as i128);
                    fx.b.ins().select(is_niche, niche_discr, untagged)
                }
            }
        }
    }
}

/// Writes the tag (or niche value) that marks `variant` into the enum place `slot`.
pub(crate) fn write_discriminant<'tcx>(fx: &mut FnCx<'_, 'tcx>, slot: Slot<'tcx>, variant: VariantIdx) {
    let layout = slot.layout;
    match &layout.variants {
        Variants::Empty | Variants::Single { .. } => {}
        Variants::Multiple { tag, tag_encoding, tag_field, .. } => {
            let tag_ty = fx.scalar_type(*tag);
            let bits = tag.size(&fx.tcx).bits();
            let mask = if bits >= 128 { u128::MAX } else { (1u128 << bits) - 1 };
            let raw = match tag_encoding {
                TagEncoding::Direct => {
                    let discr = layout.ty.discriminant_for_variant(fx.tcx, variant).expect("discriminant").val;
                    discr & mask
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    if variant == *untagged_variant {
                        return;
                    }
                    let relative = (variant.as_u32() - niche_variants.start().as_u32()) as u128;
                    relative.wrapping_add(*niche_start) & mask
                }
            };
            let value = fx.const_from_bits(tag_ty, raw);
            let tag_slot = slot.field(fx, tag_field.as_usize());
            fx.store(value, tag_slot.addr(), 0);
        }
    }
}

/// Pointers used as niches are compared as integers of the same width.
fn as_int(fx: &mut FnCx<'_, '_>, v: Value, ty: Type) -> Value {
    if ty.is_int() { v } else { fx.b.ins().bitcast(Type::int(ty.bits() as u16).unwrap(), cranelift_codegen::ir::MemFlagsData::new(), v) }
}

/// Widens or narrows an integer.
pub(crate) fn resize(fx: &mut FnCx<'_, '_>, v: Value, to: Type, signed: bool) -> Value {
    let from = fx.b.func.dfg.value_type(v);
    if from == to {
        v
    } else if from.bits() > to.bits() {
        fx.b.ins().ireduce(to, v)
    } else if signed {
        fx.b.ins().sextend(to, v)
    } else {
        fx.b.ins().uextend(to, v)
    }
}
