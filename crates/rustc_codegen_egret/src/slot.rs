//! [`Slot`]: a place a value can be written to and read from.
//!
//! A local whose address is never needed lives in Cranelift variables (one, or two for a scalar
//! pair); everything else is memory at an address, with metadata when the place is unsized.

use cranelift_codegen::ir::Value;
use cranelift_frontend::Variable;
use rustc_abi::{BackendRepr, VariantIdx};
use rustc_middle::ty::layout::TyAndLayout;

use crate::cx::FnCx;
use crate::datum::{Datum, DatumRepr};

#[derive(Clone, Copy, Debug)]
pub(crate) enum SlotRepr {
    Var(Variable),
    VarPair(Variable, Variable),
    Mem { addr: Value, meta: Option<Value> },
    /// A zero-sized place: reads produce nothing, writes are dropped.
    Zst,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Slot<'tcx> {
    pub(crate) repr: SlotRepr,
    pub(crate) layout: TyAndLayout<'tcx>,
}

impl<'tcx> Slot<'tcx> {
    pub(crate) fn in_memory(addr: Value, layout: TyAndLayout<'tcx>) -> Self {
        Slot { repr: SlotRepr::Mem { addr, meta: None }, layout }
    }

    pub(crate) fn unsized_in_memory(addr: Value, meta: Value, layout: TyAndLayout<'tcx>) -> Self {
        Slot { repr: SlotRepr::Mem { addr, meta: Some(meta) }, layout }
    }

    pub(crate) fn new_stack(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> Self {
        if layout.is_zst() {
            // Still give ZSTs an address: code may take a reference to them.
            let addr = fx.usize_const(layout.align.abi.bytes());
            return Slot::in_memory(addr, layout);
        }
        let addr = fx.stack_slot_for(layout);
        Slot::in_memory(addr, layout)
    }

    pub(crate) fn with_layout(self, layout: TyAndLayout<'tcx>) -> Self {
        Slot { repr: self.repr, layout }
    }

    /// The address of the place. Places in variables have none: the locals analysis guarantees
    /// that nobody asks for one.
    pub(crate) fn addr(self) -> Value {
        match self.repr {
            SlotRepr::Mem { addr, .. } => addr,
            _ => panic!("address of a register place of type {:?}", self.layout.ty),
        }
    }

    pub(crate) fn meta(self) -> Option<Value> {
        match self.repr {
            SlotRepr::Mem { meta, .. } => meta,
            _ => None,
        }
    }

    /// Reads the value. Scalars and pairs are loaded at once, so a later write to the same
    /// place cannot change a value already read.
    pub(crate) fn read(self, fx: &mut FnCx<'_, 'tcx>) -> Datum<'tcx> {
        match self.repr {
            SlotRepr::Var(v) => Datum::scalar(fx.b.use_var(v), self.layout),
            SlotRepr::VarPair(a, b) => {
                let (a, b) = (fx.b.use_var(a), fx.b.use_var(b));
                Datum::pair(a, b, self.layout)
            }
            SlotRepr::Zst => Datum::zst(self.layout),
            SlotRepr::Mem { addr, meta } => {
                Datum { repr: DatumRepr::Mem { addr, meta }, layout: self.layout }.loaded(fx)
            }
        }
    }

    /// Writes `value`, which must have the same representation as this place.
    pub(crate) fn write(self, fx: &mut FnCx<'_, 'tcx>, value: Datum<'tcx>) {
        if self.layout.is_zst() || value.layout.is_zst() {
            return;
        }
        match self.repr {
            SlotRepr::Zst => {}
            SlotRepr::Var(var) => {
                let v = value.load_scalar(fx);
                fx.b.def_var(var, v);
            }
            SlotRepr::VarPair(va, vb) => {
                let (a, b) = value.load_pair(fx);
                fx.b.def_var(va, a);
                fx.b.def_var(vb, b);
            }
            SlotRepr::Mem { addr, .. } => match value.repr {
                DatumRepr::Scalar(v) => fx.store(v, addr, 0),
                DatumRepr::Pair(a, b) => {
                    let offset = if matches!(self.layout.backend_repr, BackendRepr::ScalarPair(..)) {
                        fx.pair_second_offset(self.layout)
                    } else {
                        fx.pair_second_offset(value.layout)
                    };
                    fx.store(a, addr, 0);
                    fx.store(b, addr, offset.bytes() as i64);
                }
                DatumRepr::Mem { addr: src, meta } => {
                    if self.layout.is_unsized() {
                        let meta = meta.expect("unsized value without metadata");
                        let (size, _align) = crate::lower::place::size_and_align_of_unsized(fx, value.layout, meta);
                        fx.memcpy_dynamic(addr, src, size);
                    } else {
                        let size = self.layout.size.bytes();
                        let align = self.layout.align.abi.bytes().min(value.layout.align.abi.bytes());
                        fx.copy_bytes(addr, src, size, align);
                    }
                }
                DatumRepr::Zst => {}
            },
        }
    }

    /// Field `index` of the place, at its offset. Unsized tail fields of `dyn` type sit at an
    /// offset that depends on the dynamic alignment, which is read from the vtable.
    pub(crate) fn field(self, fx: &mut FnCx<'_, 'tcx>, index: usize) -> Slot<'tcx> {
        let field = self.layout.field(&fx.lcx, index);
        if field.is_zst() && !matches!(self.repr, SlotRepr::Mem { .. }) {
            return Slot { repr: SlotRepr::Zst, layout: field };
        }
        let (addr, meta) = match self.repr {
            SlotRepr::Mem { addr, meta } => (addr, meta),
            // Register places only ever have their fields read (see `analyze`): a field of a
            // scalar is the scalar itself, a field of a pair is one of its halves (or both).
            SlotRepr::Var(var) => return Slot { repr: SlotRepr::Var(var), layout: field },
            SlotRepr::VarPair(a, b) => {
                let repr = match field.backend_repr {
                    BackendRepr::ScalarPair(..) => SlotRepr::VarPair(a, b),
                    _ if self.layout.fields.offset(index).bytes() == 0 => SlotRepr::Var(a),
                    _ => SlotRepr::Var(b),
                };
                return Slot { repr, layout: field };
            }
            SlotRepr::Zst => return Slot { repr: SlotRepr::Zst, layout: field },
        };
        let offset = self.layout.fields.offset(index).bytes() as i64;
        if field.is_unsized() {
            let meta = meta.expect("unsized field without metadata");
            let addr = crate::lower::place::unsized_field_addr(fx, addr, offset, field, meta);
            return Slot::unsized_in_memory(addr, meta, field);
        }
        let addr = fx.offset_ptr(addr, offset);
        Slot::in_memory(addr, field)
    }

    pub(crate) fn downcast(self, fx: &FnCx<'_, 'tcx>, variant: VariantIdx) -> Slot<'tcx> {
        Slot { repr: self.repr, layout: self.layout.for_variant(&fx.lcx, variant) }
    }

    /// The address of this place as a value of a pointer type: thin, or with its metadata.
    pub(crate) fn address_datum(self, fx: &mut FnCx<'_, 'tcx>, ptr_layout: TyAndLayout<'tcx>) -> Datum<'tcx> {
        let addr = self.addr();
        match self.meta() {
            Some(meta) => Datum::pair(addr, meta, ptr_layout),
            None => {
                let _ = fx;
                Datum::scalar(addr, ptr_layout)
            }
        }
    }
}

impl Slot<'_> {
    pub(crate) fn addr_opt(self) -> Option<Value> {
        match self.repr {
            SlotRepr::Mem { addr, .. } => Some(addr),
            _ => None,
        }
    }
}
