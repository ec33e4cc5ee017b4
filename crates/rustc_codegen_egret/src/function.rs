//! The pipeline that turns one MIR function into CLIF, top to bottom:
//!
//! 1. fetch the instance's MIR and rustc's calling convention for it;
//! 2. create the CLIF function with the matching signature, and one block per MIR block;
//! 3. decide which locals need memory, bind the parameters to the argument locals, and, when
//!    calls unwind into cleanup, write the cleanup as a table if it fits one (its landing pads
//!    are then stubs after the code) or else open the anchor (see `lower::unwind`);
//! 4. lower every reachable block: its statements, then its terminator (and compiled cleanup
//!    blocks last);
//! 5. seal and finalize the builder, and dump the result if `EGRET_DUMP` asks for it.
//!
//! Compiling the CLIF to machine code happens later, off the main thread (see `driver`).

use cranelift_codegen::ir::{self, InstBuilder, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Module};
use rustc_data_structures::fx::FxHashMap;
use rustc_index::IndexVec;
use rustc_middle::mir;
use rustc_middle::ty::layout::{FnAbiOf, TyAndLayout};
use rustc_middle::ty::{self, Instance};

use crate::cx::{CguCx, FnCx};
use crate::layout_cx::LayoutCx;
use crate::slot::{Slot, SlotRepr};

/// A function lowered to CLIF, waiting to be compiled.
pub(crate) struct LoweredFunction {
    pub(crate) id: FuncId,
    pub(crate) symbol: String,
    pub(crate) func: ir::Function,
    /// The ISA of a function that enables target features (`#[target_feature]`); `None`
    /// compiles it with the module's.
    pub(crate) isa: Option<std::sync::Arc<dyn cranelift_codegen::isa::TargetIsa>>,
    /// Its cleanup table, defined once the function is compiled and its frame laid out.
    pub(crate) cleanup: Option<crate::lower::cleanup_program::CleanupTable>,
    /// For the unit's cleanup interpreter, what it calls (its code is compiled once per process).
    pub(crate) interpreter: Option<crate::shims::cleanup_interpreter::Imports>,
}

pub(crate) fn lower_function<'tcx>(
    cgu: &mut CguCx<'tcx>,
    builder_cx: &mut FunctionBuilderContext,
    instance: Instance<'tcx>,
    id: FuncId,
) -> LoweredFunction {
    let tcx = cgu.tcx;
    let lcx = LayoutCx { tcx };
    let symbol = tcx.symbol_name(instance).name.to_string();
    let dump = crate::config::Config::get().wants_dump(&symbol);
    if dump {
        crate::dump::dump_mir(tcx, instance, &symbol);
    }

    // 1. MIR, calling convention and target features.
    let mir = tcx.instance_mir(instance.def);
    let fn_abi = lcx.fn_abi_of_instance(instance, ty::List::empty());
    let features = crate::isa::function_features(tcx, instance);

    // 2. The CLIF function and its blocks.
    let sig = crate::abi::signature::clif_signature(tcx, &cgu.module, fn_abi);
    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let frontend_config = cgu.module.target_config();
    let ptr_ty = frontend_config.pointer_type();
    let mut b = FunctionBuilder::new(&mut func, builder_cx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let blocks: IndexVec<mir::BasicBlock, ir::Block> = mir.basic_blocks.indices().map(|_| b.create_block()).collect();

    let mut fx = FnCx {
        tcx,
        lcx,
        cgu,
        instance,
        mir,
        fn_abi,
        b,
        blocks,
        locals: IndexVec::with_capacity(mir.local_decls.len()),
        ptr_ty,
        span: mir.span,
        scope: mir::OUTERMOST_SOURCE_SCOPE,
        func_refs: FxHashMap::default(),
        data_refs: FxHashMap::default(),
        caller_location: None,
        unwinding: tcx.sess.panic_strategy() == rustc_target::spec::PanicStrategy::Unwind,
        exception_slot: None,
        anchor: None,
        isolated: false,
        continue_into: None,
        unreachable_block: None,
        has_ssse3: features.contains(&"has_ssse3"),
    };

    // 3. Locals and parameters.
    let layouts: IndexVec<mir::Local, TyAndLayout<'tcx>> =
        mir.local_decls.iter().map(|decl| fx.layout_of(fx.monomorphize(decl.ty))).collect();
    let in_memory = crate::analyze::memory_locals(&lcx, mir, &layouts, fx.unwinding);
    let reachable = rustc_middle::mir::traversal::mono_reachable_reverse_postorder(mir, tcx, instance);
    crate::lower::unwind::open_anchor(&mut fx);
    crate::abi::params::bind_params(&mut fx, entry, &layouts.raw, &in_memory);
    // Cleanup written as a table needs no anchor: its landing pads are stubs after the code.
    let mut table = None;
    if fx.anchor.is_some() && crate::arch::has_cleanup_stubs(&tcx.sess.target.arch) {
        let cleanup = crate::lower::unwind::reachable_cleanup(&fx, &reachable);
        table = crate::lower::cleanup_program::build(&mut fx, &cleanup);
    }
    crate::lower::unwind::place_anchor(&mut fx, table.is_some());
    if mir.basic_blocks.predecessors()[mir::START_BLOCK].is_empty() {
        // Nothing jumps back to the first MIR block: it goes on in the same CLIF block.
        fx.blocks[mir::START_BLOCK] = fx.b.current_block().expect("parameters bound outside a block");
    } else {
        let start = fx.blocks[mir::START_BLOCK];
        fx.b.ins().jump(start, &[]);
    }

    // 4. Every block reachable in this instance. Blocks behind a branch on a constant (such as
    // `ub_checks()`) that this instance never takes are left out, exactly as rustc's item
    // collector left out what they call; any jump to them lands on a trap. The body comes
    // first; then, unless they are a cleanup table (`lower::cleanup_program`), the cleanup
    // blocks that a landing pad leads to (none with panic=abort), isolated from the body's
    // values (see `lower::unwind`).
    let mut lowered_blocks = rustc_index::bit_set::DenseBitSet::new_empty(mir.basic_blocks.len());
    for &bb in reachable.iter().filter(|bb| !mir.basic_blocks[**bb].is_cleanup) {
        lower_block(&mut fx, bb, &mut lowered_blocks);
    }
    let compiled_cleanup = match table {
        Some(_) => rustc_index::bit_set::DenseBitSet::new_empty(mir.basic_blocks.len()),
        None => crate::lower::unwind::landed_cleanup(&fx),
    };
    fx.isolated = true;
    for &bb in reachable.iter().filter(|bb| compiled_cleanup.contains(**bb)) {
        lower_block(&mut fx, bb, &mut lowered_blocks);
    }
    fx.isolated = false;

    let merged_body = crate::lower::unwind::close_anchor(&mut fx, table.as_mut());
    crate::abi::call::emit_unreachable_block(&mut fx);
    for bb in mir.basic_blocks.indices() {
        // Nothing leads to a cleanup block no landing pad reaches, nor to one in a table.
        let referenced = !mir.basic_blocks[bb].is_cleanup || compiled_cleanup.contains(bb);
        if referenced && !lowered_blocks.contains(bb) {
            let block = fx.blocks[bb];
            fx.b.switch_to_block(block);
            fx.b.ins().trap(ir::TrapCode::user(1).unwrap());
        }
    }

    // 5. Finish.
    fx.b.seal_all_blocks();
    fx.b.finalize(frontend_config);
    if let Some(body) = merged_body {
        crate::lower::unwind::merge_body_into_entry(&mut func, body);
    }
    if dump {
        crate::dump::dump_clif(&symbol, &func);
    }
    let isa = (!features.is_empty()).then(|| crate::isa::isa_with_features(tcx.sess, &features));
    LoweredFunction { id, symbol, func, isa, cleanup: table, interpreter: None }
}

/// Lowers one MIR block (unless it already went into its predecessor's CLIF block), and the
/// blocks that continue it (see `lower::terminator::jump`).
fn lower_block(fx: &mut FnCx<'_, '_>, bb: mir::BasicBlock, lowered: &mut rustc_index::bit_set::DenseBitSet<mir::BasicBlock>) {
    if lowered.contains(bb) {
        return;
    }
    let block = fx.blocks[bb];
    if fx.b.current_block() != Some(block) {
        fx.b.switch_to_block(block);
    }
    crate::lower::unwind::enter_block(fx, bb);
    let mut next = Some(bb);
    while let Some(bb) = next {
        lowered.insert(bb);
        let data = &fx.mir.basic_blocks[bb];
        for statement in &data.statements {
            crate::lower::statement::lower_statement(fx, statement);
        }
        crate::lower::terminator::lower_terminator(fx, data.terminator());
        next = fx.continue_into.take();
    }
}

/// The register home of a local that needs no memory.
pub(crate) fn register_slot<'tcx>(fx: &mut FnCx<'_, 'tcx>, layout: TyAndLayout<'tcx>) -> Slot<'tcx> {
    if layout.is_zst() {
        return Slot { repr: SlotRepr::Zst, layout };
    }
    let repr = match (fx.scalar_layout_type(layout), fx.pair_types(layout)) {
        (Some(ty), _) => SlotRepr::Var(fx.b.declare_var(ty)),
        (_, Some((a, b))) => SlotRepr::VarPair(fx.b.declare_var(a), fx.b.declare_var(b)),
        _ => unreachable!("register slot for {:?}", layout.ty),
    };
    Slot { repr, layout }
}
