//! [`Datum`]: a value of some Rust type, as lowering holds it.
//!
//! A datum is either in SSA form (one scalar, or the two halves of a scalar pair), or lives in
//! memory at an address (aggregates, SIMD vectors, unsized values). Reading a scalar out of a
//! memory datum loads it; a memory datum never owns its memory, it only points at it.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use rustc_abi::BackendRepr;
use rustc_middle::ty::layout::TyAndLayout;

use crate::cx::FnCx;

#[derive(Clone, Copy, Debug)]
pub(crate) enum DatumRepr {
    Scalar(Value),
    Pair(Value, Value),
    /// The value is in memory at `addr`; `meta` is set for unsized values.
    Mem { addr: Value, meta: Option<Value> },
    /// A zero-sized value needs no representation at all.
    Zst,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Datum<'tcx> {
    pub(crate) repr: DatumRepr,
    pub(crate) layout: TyAndLayout<'tcx>,
}

impl<'tcx> Datum<'tcx> {
    pub(crate) fn scalar(value: Value, layout: TyAndLayout<'tcx>) -> Self {
        Datum { repr: DatumRepr::Scalar(value), layout }
    }

    pub(crate) fn pair(a: Value, b: Value, layout: TyAndLayout<'tcx>) -> Self {
        Datum { repr: DatumRepr::Pair(a, b), layout }
    }

    pub(crate) fn in_memory(addr: Value, layout: TyAndLayout<'tcx>) -> Self {
        Datum { repr: DatumRepr::Mem { addr, meta: None }, layout }
    }

    pub(crate) fn zst(layout: TyAndLayout<'tcx>) -> Self {
        Datum { repr: DatumRepr::Zst, layout }
    }

    /// The same bits seen as another type of the same representation.
    pub(crate) fn with_layout(self, layout: TyAndLayout<'tcx>) -> Self {
        Datum { repr: self.repr, layout }
    }

    /// The single scalar this value consists of.
    pub(crate) fn load_scalar(self, fx: &mut FnCx<'_, 'tcx>) -> Value {
        match self.repr {
            DatumRepr::Scalar(v) => v,
            DatumRepr::Mem { addr, .. } => {
                let ty = fx
                    .scalar_layout_type(self.layout)
                    .unwrap_or_else(|| panic!("load_scalar of non-scalar {:?}", self.layout.ty));
                fx.load(ty, addr, 0)
            }
            DatumRepr::Pair(..) | DatumRepr::Zst => {
                panic!("load_scalar of {:?} ({:?})", self.layout.ty, self.repr)
            }
        }
    }

    /// The two scalars of a scalar-pair value.
    pub(crate) fn load_pair(self, fx: &mut FnCx<'_, 'tcx>) -> (Value, Value) {
        match self.repr {
            DatumRepr::Pair(a, b) => (a, b),
            DatumRepr::Mem { addr, .. } => {
                let (ta, tb) = fx
                    .pair_types(self.layout)
                    .unwrap_or_else(|| panic!("load_pair of non-pair {:?}", self.layout.ty));
                let offset = fx.pair_second_offset(self.layout).bytes() as i64;
                let a = fx.load(ta, addr, 0);
                let b = fx.load(tb, addr, offset);
                (a, b)
            }
            DatumRepr::Scalar(_) | DatumRepr::Zst => {
                panic!("load_pair of {:?} ({:?})", self.layout.ty, self.repr)
            }
        }
    }

    /// The address of this value, copying it to a fresh stack slot unless it already is in
    /// memory.
    pub(crate) fn spill(self, fx: &mut FnCx<'_, 'tcx>) -> Value {
        match self.repr {
            DatumRepr::Mem { addr, .. } => addr,
            _ => {
                let addr = fx.stack_slot_for(self.layout);
                crate::slot::Slot::in_memory(addr, self.layout).write(fx, self);
                addr
            }
        }
    }

    /// Reinterprets the bits as another type of the same size (`transmute`).
    pub(crate) fn transmute(self, fx: &mut FnCx<'_, 'tcx>, to: TyAndLayout<'tcx>) -> Datum<'tcx> {
        if to.is_zst() {
            return Datum::zst(to);
        }
        match (self.repr, self.layout.backend_repr, to.backend_repr) {
            (DatumRepr::Scalar(v), _, BackendRepr::Scalar(s)) => {
                let to_ty = fx.scalar_type(s);
                let from_ty = fx.b.func.dfg.value_type(v);
                if from_ty == to_ty {
                    Datum::scalar(v, to)
                } else if from_ty.bits() == to_ty.bits() {
                    Datum::scalar(fx.b.ins().bitcast(to_ty, MemFlagsData::new(), v), to)
                } else {
                    let addr = self.spill(fx);
                    Datum::in_memory(addr, to)
                }
            }
            (DatumRepr::Pair(a, b), BackendRepr::ScalarPair(..), BackendRepr::ScalarPair(sa, sb))
                if fx.pair_second_offset(self.layout) == fx.pair_second_offset(to) =>
            {
                let (ta, tb) = (fx.scalar_type(sa), fx.scalar_type(sb));
                let a = if fx.b.func.dfg.value_type(a) == ta { a } else { fx.b.ins().bitcast(ta, MemFlagsData::new(), a) };
                let b = if fx.b.func.dfg.value_type(b) == tb { b } else { fx.b.ins().bitcast(tb, MemFlagsData::new(), b) };
                Datum::pair(a, b, to)
            }
            _ => {
                // Go through memory. The slot is sized for the larger of the two so that a
                // transmute between types of different alignment padding stays in bounds.
                let size = self.layout.size.bytes().max(to.size.bytes());
                let align = self.layout.align.abi.bytes().max(to.align.abi.bytes());
                let addr = match self.repr {
                    DatumRepr::Mem { addr, .. } if self.layout.size >= to.size => addr,
                    _ => {
                        let addr = fx.stack_slot(size, align);
                        crate::slot::Slot::in_memory(addr, self.layout).write(fx, self);
                        addr
                    }
                };
                Datum::in_memory(addr, to).loaded(fx)
            }
        }
    }

    /// Loads a memory datum into SSA form when its type is a scalar or a pair; leaves it alone
    /// otherwise. Used wherever the memory could be overwritten before the value is used.
    pub(crate) fn loaded(self, fx: &mut FnCx<'_, 'tcx>) -> Datum<'tcx> {
        match (self.repr, self.layout.backend_repr) {
            (DatumRepr::Mem { meta: None, .. }, BackendRepr::Scalar(_)) if !self.layout.is_zst() => {
                Datum::scalar(self.load_scalar(fx), self.layout)
            }
            (DatumRepr::Mem { meta: None, .. }, BackendRepr::ScalarPair(..)) => {
                let (a, b) = self.load_pair(fx);
                Datum::pair(a, b, self.layout)
            }
            _ if self.layout.is_zst() => Datum::zst(self.layout),
            _ => self,
        }
    }

    /// Field `index` of a struct, tuple or closure value (or of an enum variant's layout).
    pub(crate) fn field(self, fx: &mut FnCx<'_, 'tcx>, index: usize) -> Datum<'tcx> {
        let field = self.layout.field(&fx.lcx, index);
        if field.is_zst() {
            return Datum::zst(field);
        }
        let offset = self.layout.fields.offset(index);
        match self.repr {
            DatumRepr::Mem { addr, meta } => {
                let addr = fx.offset_ptr(addr, offset.bytes() as i64);
                let meta = if field.is_unsized() { meta } else { None };
                Datum { repr: DatumRepr::Mem { addr, meta }, layout: field }
            }
            DatumRepr::Scalar(v) => {
                // A non-ZST field of a scalar-represented value is that scalar itself.
                Datum::scalar(v, field)
            }
            DatumRepr::Pair(a, b) => match field.backend_repr {
                BackendRepr::ScalarPair(..) => Datum::pair(a, b, field),
                _ if offset.bytes() == 0 => Datum::scalar(a, field),
                _ => Datum::scalar(b, field),
            },
            DatumRepr::Zst => Datum::zst(field),
        }
    }
}
