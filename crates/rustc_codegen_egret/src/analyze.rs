//! Decides which locals can live in Cranelift variables instead of stack memory.
//!
//! A local stays in registers when its layout is a scalar or a scalar pair and nothing needs its
//! address: it is never borrowed, never written piecewise, and never the base of a projection
//! other than a leading `Deref` of the pointer it holds, or a read of one field that is exactly
//! one of its scalars: the `(_5.1: bool)` of a checked addition, the `((_7 as Some).0: usize)` of
//! a `for` loop. Everything else gets a stack slot.
//!
//! With unwinding on, a local that a cleanup block mentions (mostly a drop flag) gets a stack
//! slot too: cleanup code is entered from any call site of the function and so may not use a
//! value the body holds in a register (see `lower::unwind`); it reads such locals from memory.

use rustc_abi::BackendRepr;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{PlaceContext, Visitor};
use rustc_middle::mir::{self, Local, Location};
use rustc_middle::ty::layout::TyAndLayout;

use crate::layout_cx::LayoutCx;

/// Returns the set of locals that need memory.
pub(crate) fn memory_locals<'tcx>(
    lcx: &LayoutCx<'tcx>,
    mir: &mir::Body<'tcx>,
    layouts: &IndexVec<Local, TyAndLayout<'tcx>>,
    unwinding: bool,
) -> DenseBitSet<Local> {
    let mut needs_memory = DenseBitSet::new_empty(mir.local_decls.len());
    for (local, layout) in layouts.iter_enumerated() {
        let register_shaped = matches!(layout.backend_repr, BackendRepr::Scalar(_) | BackendRepr::ScalarPair(..))
            && layout.is_sized();
        if !register_shaped {
            needs_memory.insert(local);
        }
    }
    // A "rust-call" function's tupled argument is assembled field by field.
    if let Some(spread) = mir.spread_arg {
        needs_memory.insert(spread);
    }
    let mut visitor = AddressTaken { lcx, layouts, needs_memory };
    visitor.visit_body(mir);
    let mut needs_memory = visitor.needs_memory;
    if unwinding {
        let mut cleanup = Mentioned(&mut needs_memory);
        for (bb, data) in mir.basic_blocks.iter_enumerated() {
            if data.is_cleanup {
                cleanup.visit_basic_block_data(bb, data);
            }
        }
    }
    needs_memory
}

/// Adds every local it visits to the set.
struct Mentioned<'a>(&'a mut DenseBitSet<Local>);

impl<'tcx> Visitor<'tcx> for Mentioned<'_> {
    fn visit_local(&mut self, local: Local, _: PlaceContext, _: Location) {
        self.0.insert(local);
    }
}

struct AddressTaken<'a, 'tcx> {
    lcx: &'a LayoutCx<'tcx>,
    layouts: &'a IndexVec<Local, TyAndLayout<'tcx>>,
    needs_memory: DenseBitSet<Local>,
}

impl<'tcx> AddressTaken<'_, 'tcx> {
    /// Whether reading `projection` out of a register local yields exactly one of its scalars
    /// (or both, for a field that is itself the pair).
    fn field_is_a_register(&self, local: Local, projection: &[mir::PlaceElem<'tcx>]) -> bool {
        let whole = self.layouts[local];
        if whole.ty.is_union() {
            // Union fields overlap and may be of any type: read them through memory.
            return false;
        }
        let (container, field) = match projection {
            [mir::ProjectionElem::Field(field, _)] => (whole, *field),
            [mir::ProjectionElem::Downcast(_, variant), mir::ProjectionElem::Field(field, _)] => {
                (whole.for_variant(self.lcx, *variant), *field)
            }
            _ => return false,
        };
        let field_layout = container.field(self.lcx, field.as_usize());
        let offset = container.fields.offset(field.as_usize());
        let dl = &self.lcx.tcx.data_layout;
        match (whole.backend_repr, field_layout.backend_repr) {
            (_, _) if field_layout.is_zst() => true,
            (BackendRepr::Scalar(a), BackendRepr::Scalar(f)) => offset.bytes() == 0 && same_register(a, f, dl),
            (BackendRepr::ScalarPair(a, b), BackendRepr::Scalar(f)) => {
                let second = a.size(dl).align_to(b.align(dl).abi);
                (offset.bytes() == 0 && same_register(a, f, dl)) || (offset == second && same_register(b, f, dl))
            }
            (BackendRepr::ScalarPair(a, b), BackendRepr::ScalarPair(fa, fb)) => {
                offset.bytes() == 0 && same_register(a, fa, dl) && same_register(b, fb, dl)
            }
            _ => false,
        }
    }
}

/// Whether two scalars are held in Cranelift values of the same type.
fn same_register(a: rustc_abi::Scalar, b: rustc_abi::Scalar, dl: &rustc_abi::TargetDataLayout) -> bool {
    use rustc_abi::Primitive::{Float, Int, Pointer};
    let kind = |p| match p {
        Int(..) | Pointer(_) => 0,
        Float(_) => 1,
    };
    a.size(dl) == b.size(dl) && kind(a.primitive()) == kind(b.primitive())
}

impl<'tcx> Visitor<'tcx> for AddressTaken<'_, 'tcx> {
    fn visit_place(&mut self, place: &mir::Place<'tcx>, context: PlaceContext, location: Location) {
        let needs_address = match place.projection.first() {
            None => matches!(
                context,
                PlaceContext::NonMutatingUse(
                    mir::visit::NonMutatingUseContext::SharedBorrow
                        | mir::visit::NonMutatingUseContext::FakeBorrow
                        | mir::visit::NonMutatingUseContext::RawBorrow
                ) | PlaceContext::MutatingUse(
                    mir::visit::MutatingUseContext::Borrow
                        | mir::visit::MutatingUseContext::RawBorrow
                        // Drop glue takes a pointer to the value.
                        | mir::visit::MutatingUseContext::Drop
                )
            ),
            // Dereferencing the pointer a local holds only reads the local.
            Some(mir::ProjectionElem::Deref) => false,
            // Reading a field that is one of the local's scalars reads one of its variables.
            Some(mir::ProjectionElem::Field(..) | mir::ProjectionElem::Downcast(..)) => {
                let read = matches!(
                    context,
                    PlaceContext::NonMutatingUse(
                        mir::visit::NonMutatingUseContext::Copy
                            | mir::visit::NonMutatingUseContext::Move
                            | mir::visit::NonMutatingUseContext::Inspect
                    )
                );
                !(read && self.field_is_a_register(place.local, place.projection))
            }
            Some(_) => true,
        };
        if needs_address {
            self.needs_memory.insert(place.local);
        }
        // Index projections read their index local; visit those too.
        self.super_place(place, context, location);
    }

    fn visit_statement(&mut self, statement: &mir::Statement<'tcx>, location: Location) {
        // SetDiscriminant and aggregates write a local piecewise, which needs memory.
        if let mir::StatementKind::SetDiscriminant { place, .. } = &statement.kind {
            self.needs_memory.insert(place.local);
        }
        self.super_statement(statement, location);
    }
}
