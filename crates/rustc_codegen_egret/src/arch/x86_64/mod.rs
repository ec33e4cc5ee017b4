//! x86_64-specific lowering.

pub(crate) mod llvm_intrinsics;
