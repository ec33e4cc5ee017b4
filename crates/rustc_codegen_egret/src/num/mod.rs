//! Arithmetic: binary and unary operators ([`binop`]) and `as` casts ([`cast`]), for integers of
//! every width (128-bit division goes through compiler-builtins), floats and pointers.

pub(crate) mod binop;
pub(crate) mod cast;
