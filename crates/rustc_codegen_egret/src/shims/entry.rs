//! The C `main` of an executable: it calls `std::rt::lang_start` with the user's `main`.

use cranelift_codegen::ir::{self, AbiParam, InstBuilder, Signature, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};
use rustc_hir::LangItem;
use rustc_middle::ty::{self, Instance, TyCtxt};
use rustc_session::config::EntryFnType;

use crate::cx::CguCx;

/// Defines `main` in the primary codegen unit when the crate has an entry function.
pub(crate) fn define_entry(cgu: &mut CguCx<'_>) {
    let tcx: TyCtxt<'_> = cgu.tcx;
    let Some((main_def_id, EntryFnType::Main { sigpipe })) = tcx.entry_fn(()) else { return };
    let main_instance = Instance::mono(tcx, main_def_id);
    if tcx.sess.target.main_needs_argc_argv == false {
        tcx.dcx().fatal("egret: targets whose `main` takes no arguments are not supported");
    }

    let ptr = cgu.module.target_config().pointer_type();
    let c_int = types::I32;
    let mut sig = Signature::new(cgu.module.target_config().default_call_conv);
    sig.params = vec![AbiParam::new(c_int), AbiParam::new(ptr)];
    sig.returns = vec![AbiParam::new(c_int)];
    let entry_name = tcx.sess.target.entry_name.as_ref();
    let main_id = cgu
        .module
        .declare_function(entry_name, Linkage::Export, &sig)
        .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: declaring `{entry_name}`: {e}")));

    // `lang_start::<T>(main, argc, argv, sigpipe)` where `T` is what the user's `main` returns.
    let main_ret = tcx.fn_sig(main_def_id).no_bound_vars().expect("generic main").skip_binder().output();
    let main_ret = tcx.normalize_erasing_regions(ty::TypingEnv::fully_monomorphized(), ty::Unnormalized::new(main_ret));
    let start_def_id = tcx.require_lang_item(LangItem::Start, rustc_span::DUMMY_SP);
    let start = Instance::expect_resolve(
        tcx,
        ty::TypingEnv::fully_monomorphized(),
        start_def_id,
        tcx.mk_args(&[main_ret.into()]),
        rustc_span::DUMMY_SP,
    );
    let start_id = cgu.symbols.function(tcx, &mut cgu.module, start);
    let user_main_id = cgu.symbols.function(tcx, &mut cgu.module, main_instance);

    let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, main_id.as_u32()), sig);
    let mut builder_cx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut builder_cx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    let argc = b.block_params(block)[0];
    let argv = b.block_params(block)[1];
    let start_ref = cgu.module.declare_func_in_func(start_id, b.func);
    let main_ref = cgu.module.declare_func_in_func(user_main_id, b.func);
    let main_addr = b.ins().func_addr(ptr, main_ref);
    let argc = b.ins().sextend(ptr, argc);
    let sigpipe = b.ins().iconst(types::I8, i64::from(sigpipe));
    let call = b.ins().call(start_ref, &[main_addr, argc, argv, sigpipe]);
    let result = b.inst_results(call)[0];
    let result = b.ins().ireduce(c_int, result);
    b.ins().return_(&[result]);
    b.seal_all_blocks();
    b.finalize(cgu.module.target_config());

    let mut ctx = cranelift_codegen::Context::for_function(func);
    cgu.module
        .define_function(main_id, &mut ctx)
        .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: compiling the entry point: {e}")));
}
