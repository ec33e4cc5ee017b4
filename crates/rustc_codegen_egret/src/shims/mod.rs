//! Functions rustc expects the backend to synthesize: the C `main` that enters Rust's runtime
//! ([`entry`]), and the allocator shim that routes `__rust_alloc` and friends ([`allocator`]).

pub(crate) mod allocator;
pub(crate) mod entry;
