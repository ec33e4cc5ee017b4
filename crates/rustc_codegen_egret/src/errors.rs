//! Typed errors of the backend and how they become rustc diagnostics.

use rustc_middle::ty::TyCtxt;
use rustc_span::Span;

/// Something egret met in MIR that it cannot lower (yet). Lowering reports it at the span of the
/// MIR statement it came from and carries on with a trap in its place, so that one run reports every
/// unsupported construct of a crate, and the compilation then fails with those errors.
#[derive(Debug)]
pub(crate) struct Unsupported {
    /// What the construct is, in words a Rust programmer recognises ("inline assembly", "the
    /// intrinsic `simd_gather`").
    pub(crate) construct: String,
    pub(crate) span: Span,
}

impl Unsupported {
    pub(crate) fn report(&self, tcx: TyCtxt<'_>) {
        tcx.dcx()
            .struct_span_err(self.span, format!("egret does not support {} yet", self.construct))
            .with_note("this construct was found while compiling with the egret codegen backend")
            .emit();
    }
}
