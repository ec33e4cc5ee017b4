//! x86_64-specific lowering.

pub(crate) mod cleanup_stubs;
pub(crate) mod inline_asm;
pub(crate) mod llvm_intrinsics;
