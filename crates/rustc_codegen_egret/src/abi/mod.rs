//! Calling conventions: rustc decides how each argument is passed (`FnAbi`), and these files
//! turn that decision into CLIF signatures ([`signature`]), into the values a caller passes
//! ([`call`]), and back into locals in the callee ([`params`]). [`variadic`] covers C variadic
//! calls, which Cranelift has no notion of.

pub(crate) mod call;
pub(crate) mod params;
pub(crate) mod returns;
pub(crate) mod signature;
pub(crate) mod variadic;
