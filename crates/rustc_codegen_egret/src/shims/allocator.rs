//! The allocator shim: `__rust_alloc` and its siblings forward to the default allocator
//! (`__rdl_*`) or to a `#[global_allocator]`, as rustc decided; plus the marker symbol that lets
//! std know a shim exists.

use cranelift_codegen::ir::{self, AbiParam, InstBuilder, Signature};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};
use cranelift_object::ObjectModule;
use rustc_ast::expand::allocator::{AllocatorTy, NO_ALLOC_SHIM_IS_UNSTABLE, default_fn_name, global_fn_name};
use rustc_codegen_ssa::base::{allocator_kind_for_codegen, allocator_shim_contents};
use rustc_middle::ty::TyCtxt;
use rustc_symbol_mangling::mangle_internal_symbol;

/// Fills `module` with the shim. Returns `false` when this crate needs none.
pub(crate) fn define_allocator_shim(tcx: TyCtxt<'_>, module: &mut ObjectModule) -> bool {
    let Some(kind) = allocator_kind_for_codegen(tcx) else { return false };
    let ptr = module.target_config().pointer_type();
    let call_conv = module.target_config().default_call_conv;
    for method in allocator_shim_contents(tcx, kind) {
        let mut sig = Signature::new(call_conv);
        for input in method.inputs {
            match input.ty {
                // A layout is passed as its size and alignment.
                AllocatorTy::Layout => sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr)]),
                AllocatorTy::Ptr | AllocatorTy::Usize => sig.params.push(AbiParam::new(ptr)),
                AllocatorTy::Never | AllocatorTy::ResultPtr | AllocatorTy::Unit => {
                    unreachable!("allocator input of an output type")
                }
            }
        }
        if let AllocatorTy::ResultPtr = method.output {
            sig.returns.push(AbiParam::new(ptr));
        }
        let from = mangle_internal_symbol(tcx, &global_fn_name(method.name));
        let to = mangle_internal_symbol(tcx, &default_fn_name(method.name));
        forwarder(tcx, module, &from, Some(&to), sig);
    }
    let empty = Signature::new(call_conv);
    forwarder(tcx, module, &mangle_internal_symbol(tcx, NO_ALLOC_SHIM_IS_UNSTABLE), None, empty);
    true
}

/// Defines `from` as a function that calls `to` with its own arguments (or does nothing).
fn forwarder(tcx: TyCtxt<'_>, module: &mut ObjectModule, from: &str, to: Option<&str>, sig: Signature) {
    let from_id = module
        .declare_function(from, Linkage::Export, &sig)
        .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: allocator shim `{from}`: {e}")));
    let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, from_id.as_u32()), sig.clone());
    let mut builder_cx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut builder_cx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    match to {
        Some(to) => {
            let to_id = module
                .declare_function(to, Linkage::Import, &sig)
                .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: allocator shim `{to}`: {e}")));
            let to_ref = module.declare_func_in_func(to_id, b.func);
            let args = b.block_params(block).to_vec();
            let call = b.ins().call(to_ref, &args);
            let results = b.inst_results(call).to_vec();
            b.ins().return_(&results);
        }
        None => {
            b.ins().return_(&[]);
        }
    }
    b.seal_all_blocks();
    b.finalize(module.target_config());
    let mut ctx = cranelift_codegen::Context::for_function(func);
    module
        .define_function(from_id, &mut ctx)
        .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: compiling the allocator shim: {e}")));
}
