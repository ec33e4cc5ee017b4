//! Functions rustc expects the backend to synthesize: the C `main` that enters Rust's runtime
//! ([`entry`]), and the allocator shim that routes `__rust_alloc` and friends ([`allocator`]);
//! and one egret needs itself: the interpreter of cleanup tables ([`cleanup_interpreter`]).

pub(crate) mod allocator;
pub(crate) mod cleanup_interpreter;
pub(crate) mod entry;
