//! Decides which locals can live in Cranelift variables instead of stack memory.
//!
//! A local stays in registers when its layout is a scalar or a scalar pair and nothing needs its
//! address: it is never borrowed, never written piecewise, and never the base of a projection
//! other than a leading `Deref` of the pointer it holds or a read of one field (the `(_5.1: bool)`
//! of a checked addition). Everything else gets a stack slot.

use rustc_abi::BackendRepr;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{PlaceContext, Visitor};
use rustc_middle::mir::{self, Local, Location};
use rustc_middle::ty::layout::TyAndLayout;

/// Returns the set of locals that need memory.
pub(crate) fn memory_locals<'tcx>(
    mir: &mir::Body<'tcx>,
    layouts: &IndexVec<Local, TyAndLayout<'tcx>>,
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
    let unions = layouts.iter().map(|l| l.ty.is_union()).collect();
    let mut visitor = AddressTaken { needs_memory, unions };
    visitor.visit_body(mir);
    visitor.needs_memory
}

struct AddressTaken {
    needs_memory: DenseBitSet<Local>,
    /// Union fields overlap, so they are always read through memory.
    unions: IndexVec<Local, bool>,
}

impl<'tcx> Visitor<'tcx> for AddressTaken {
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
            // Reading one field of a scalar pair reads one of its two variables.
            Some(mir::ProjectionElem::Field(..)) if place.projection.len() == 1 && !self.unions[place.local] => !matches!(
                context,
                PlaceContext::NonMutatingUse(
                    mir::visit::NonMutatingUseContext::Copy
                        | mir::visit::NonMutatingUseContext::Move
                        | mir::visit::NonMutatingUseContext::Inspect
                )
            ),
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
