//! Decides which locals can live in Cranelift variables instead of stack memory.
//!
//! A local stays in registers when its layout is a scalar or a scalar pair and nothing needs its
//! address: it is never borrowed, never the base of a projection (other than a leading `Deref` of
//! the pointer it holds), and never written piecewise. Everything else gets a stack slot.

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
    let mut visitor = AddressTaken { needs_memory };
    visitor.visit_body(mir);
    visitor.needs_memory
}

struct AddressTaken {
    needs_memory: DenseBitSet<Local>,
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
