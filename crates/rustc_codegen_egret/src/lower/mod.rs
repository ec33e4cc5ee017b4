//! Lowering of MIR to CLIF, one file per kind of MIR construct: places and their projections,
//! operands, rvalues, statements, terminators, enum discriminants and unsizing coercions; and
//! unwinding's landing pads, with cleanup code either compiled or written as a table.

pub(crate) mod asm_items;
pub(crate) mod cleanup_program;
pub(crate) mod discriminant;
pub(crate) mod inline_asm;
pub(crate) mod operand;
pub(crate) mod place;
pub(crate) mod rvalue;
pub(crate) mod statement;
pub(crate) mod terminator;
pub(crate) mod unsize;
pub(crate) mod unwind;
