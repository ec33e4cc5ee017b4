//! Arithmetic: binary and unary operators ([`binop`]) and `as` casts ([`cast`]), for integers of
//! every width (128-bit division goes through compiler-builtins), floats and pointers.
//! [`soft_float`] computes with `f16` and `f128`, which Cranelift can only move and store.

pub(crate) mod binop;
pub(crate) mod cast;
pub(crate) mod soft_float;
