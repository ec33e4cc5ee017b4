//! A minimal context that answers layout and ABI queries for fully monomorphic types.
//!
//! Every layout egret asks for is of a monomorphized type, so a failure is a compiler bug or a
//! too-big type; both are reported as fatal diagnostics rather than panics.

use rustc_abi::{HasDataLayout, TargetDataLayout};
use rustc_middle::ty::layout::{
    FnAbiError, FnAbiOfHelpers, FnAbiRequest, HasTyCtxt, HasTypingEnv, LayoutError,
    LayoutOfHelpers,
};
use rustc_middle::ty::{self, Ty, TyCtxt};
use rustc_span::Span;
use rustc_target::callconv::FnAbi;

#[derive(Clone, Copy)]
pub(crate) struct LayoutCx<'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
}

impl<'tcx> HasTyCtxt<'tcx> for LayoutCx<'tcx> {
    fn tcx(&self) -> TyCtxt<'tcx> {
        self.tcx
    }
}

impl<'tcx> HasTypingEnv<'tcx> for LayoutCx<'tcx> {
    fn typing_env(&self) -> ty::TypingEnv<'tcx> {
        ty::TypingEnv::fully_monomorphized()
    }
}

impl HasDataLayout for LayoutCx<'_> {
    fn data_layout(&self) -> &TargetDataLayout {
        &self.tcx.data_layout
    }
}

impl<'tcx> LayoutOfHelpers<'tcx> for LayoutCx<'tcx> {
    fn handle_layout_err(&self, err: LayoutError<'tcx>, span: Span, ty: Ty<'tcx>) -> ! {
        self.tcx.dcx().span_fatal(span, format!("egret: no layout for `{ty}`: {err}"))
    }
}

impl<'tcx> FnAbiOfHelpers<'tcx> for LayoutCx<'tcx> {
    fn handle_fn_abi_err(
        &self,
        err: FnAbiError<'tcx>,
        span: Span,
        request: FnAbiRequest<'tcx>,
    ) -> ! {
        let what = match request {
            FnAbiRequest::OfFnPtr { sig, .. } => format!("the function pointer type `{sig}`"),
            FnAbiRequest::OfInstance { instance, .. } => format!("`{instance}`"),
        };
        self.tcx.dcx().span_fatal(span, format!("egret: no calling convention for {what}: {err:?}"))
    }
}

/// Shorthand for the ABI type rustc computes for a function.
pub(crate) type FnAbiRef<'tcx> = &'tcx FnAbi<'tcx, Ty<'tcx>>;
