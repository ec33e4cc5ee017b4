//! C variadic calls.
//!
//! The System V x86_64 convention passes variadic arguments like fixed ones, but the caller also
//! puts an upper bound on the number of vector registers used into `al`, and callees such as
//! `printf` skip saving their float arguments when `al` is zero. Cranelift cannot set `al`, so
//! each variadic callee gets a three-instruction trampoline, written as machine code, that sets
//! `al` to 8 (always a valid bound) and jumps to the real function.

use cranelift_codegen::binemit::Reloc;
use cranelift_module::{FuncId, Linkage, Module, ModuleReloc};

use crate::cx::FnCx;

/// `mov al, 8; jmp rel32` (the displacement is filled in by a relocation).
const TRAMPOLINE: [u8; 7] = [0xb0, 0x08, 0xe9, 0, 0, 0, 0];

/// The trampoline for `callee`, defined once per codegen unit.
pub(crate) fn trampoline(fx: &mut FnCx<'_, '_>, callee: FuncId) -> FuncId {
    if let Some(id) = fx.cgu.variadic_trampolines.get(&callee) {
        return *id;
    }
    let module = &mut fx.cgu.module;
    let name = format!("__egret_variadic_{}", module.declarations().get_function_decl(callee).linkage_name(callee));
    let sig = module.make_signature();
    let id = module.declare_function(&name, Linkage::Local, &sig).expect("trampoline declaration");
    let relocs = [ModuleReloc { offset: 3, kind: Reloc::X86CallPLTRel4, name: callee.into(), addend: -4 }];
    module.define_function_bytes(id, 16, &TRAMPOLINE, &relocs).expect("trampoline definition");
    fx.cgu.variadic_trampolines.insert(callee, id);
    id
}
