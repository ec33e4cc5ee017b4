//! The ahead-of-time driver: one object file per codegen unit.
//!
//! The main thread lowers each codegen unit to CLIF (that needs the `TyCtxt`); a worker thread
//! then compiles the unit's functions to machine code and writes the object file, while the main
//! thread goes on with the next unit. Units that incremental compilation can reuse are copied from
//! the cache instead. [`OngoingCrate::join`] collects the results for rustc's linker.

mod assemble;
mod cgu;
pub(crate) mod eh_frame;
mod pool;
mod object_file;

use std::path::PathBuf;

use rustc_codegen_ssa::assert_module_sources::CguReuse;
use rustc_codegen_ssa::back::write::produce_final_output_artifacts;
use rustc_codegen_ssa::base::determine_cgu_reuse;
use rustc_codegen_ssa::{CompiledModule, CompiledModules, ModuleKind};
use rustc_data_structures::fx::FxIndexMap;
use rustc_middle::dep_graph::{WorkProduct, WorkProductId};
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::{OutputFilenames, OutputType};

/// What `codegen_crate` hands back to rustc until `join_codegen`.
pub(crate) struct OngoingCrate {
    pool: pool::CompilePool,
    /// Units copied from the incremental cache, by their position among the crate's units,
    /// with the object of their `asm!` thunks if they have one.
    reused: Vec<(usize, Vec<CompiledModule>, WorkProductId, WorkProduct)>,
    /// The `asm!` thunk objects of the units being compiled, by position.
    asm_objects: Vec<(usize, PathBuf)>,
    allocator: Option<CompiledModule>,
}

pub(crate) fn compile_crate(tcx: TyCtxt<'_>) -> OngoingCrate {
    let cgus = tcx.collect_and_partition_mono_items(()).codegen_units;
    if tcx.dep_graph.is_fully_enabled() {
        for cgu in cgus {
            tcx.ensure_ok().codegen_unit(cgu.name());
        }
    }
    let reuse: Vec<CguReuse> = cgus.iter().map(|cgu| determine_cgu_reuse(tcx, cgu)).collect();
    rustc_codegen_ssa::assert_module_sources::assert_module_sources(tcx, &|tracker| {
        for (cgu, reuse) in cgus.iter().zip(&reuse) {
            tracker.set_actual_reuse(cgu.name().as_str(), *reuse);
        }
    });

    let pool = pool::CompilePool::new(&tcx.prof);
    let mut reused = Vec::new();
    let mut asm_objects = Vec::new();
    for (index, (cgu, reuse)) in cgus.iter().zip(reuse).enumerate() {
        if reuse != CguReuse::No {
            let (modules, id, product) = reuse_from_cache(tcx, cgu);
            reused.push((index, modules, id, product));
            continue;
        }
        let dep_node = cgu.codegen_dep_node(tcx);
        let lowering = tcx.prof.verbose_generic_activity_with_arg("egret_lower_cgu", cgu.name().as_str());
        let cpu = crate::timing::PhaseTimer::start(crate::timing::Phase::Lower);
        let (lowered, _) = tcx.dep_graph.with_task(dep_node, tcx, || cgu::lower_cgu(tcx, cgu.name()), None);
        drop(cpu);
        drop(lowering);
        let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, cgu.name().as_str());
        if let Some(asm) = lowered.asm_object.clone() {
            asm_objects.push((index, asm));
        }
        pool.submit(index, cgu.name().to_string(), lowered, output);
    }

    let allocator = object_file::allocator_module(tcx);
    OngoingCrate { pool, reused, asm_objects, allocator }
}

fn reuse_from_cache(tcx: TyCtxt<'_>, cgu: &rustc_middle::mono::CodegenUnit<'_>) -> (Vec<CompiledModule>, WorkProductId, WorkProduct) {
    let work_product = cgu.previous_work_product(tcx);
    let mut modules = Vec::new();
    for (key, name) in [("o", cgu.name().to_string()), ("asm.o", format!("{}.asm", cgu.name()))] {
        let Some(saved) = work_product.saved_files.get(key) else { continue };
        let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, &name);
        let source: PathBuf = rustc_incremental::in_incr_comp_dir_sess(tcx.sess, saved);
        if let Err(e) = rustc_fs_util::link_or_copy(&source, &output) {
            tcx.dcx().fatal(format!("egret: reusing {}: {e}", source.display()));
        }
        modules.push(object_module(name, output, vec![source]));
    }
    (modules, cgu.work_product_id(), work_product)
}

/// A compiled module that is just an object file.
fn object_module(name: String, object: PathBuf, links_from_incr_cache: Vec<PathBuf>) -> CompiledModule {
    CompiledModule {
        name,
        kind: ModuleKind::Regular,
        object: Some(object),
        dwarf_object: None,
        bytecode: None,
        assembly: None,
        llvm_ir: None,
        links_from_incr_cache,
    }
}

impl OngoingCrate {
    pub(crate) fn join(self, sess: &Session, outputs: &OutputFilenames) -> (CompiledModules, FxIndexMap<WorkProductId, WorkProduct>) {
        let mut work_products = FxIndexMap::default();
        let mut modules: Vec<(usize, CompiledModule)> = Vec::new();
        for (index, reused, id, product) in self.reused {
            work_products.insert(id, product);
            modules.extend(reused.into_iter().map(|m| (index, m)));
        }
        for (index, result) in self.pool.finish() {
            let module = result.unwrap_or_else(|message| sess.dcx().fatal(message));
            let object = module.object.clone().expect("compiled unit without object");
            let asm = self.asm_objects.iter().find(|(i, _)| *i == index).map(|(_, path)| path.clone());
            let mut files = vec![("o", object.as_path())];
            if let Some(asm) = &asm {
                files.push(("asm.o", asm.as_path()));
            }
            if let Some((id, product)) = rustc_incremental::copy_cgu_workproduct_to_incr_comp_cache_dir(sess, &module.name, &files, &[]) {
                work_products.insert(id, product);
            }
            let asm_module = asm.map(|path| object_module(format!("{}.asm", module.name), path, Vec::new()));
            modules.push((index, module));
            modules.extend(asm_module.map(|m| (index, m)));
        }
        // Link in the order rustc partitioned the crate, whatever order the workers finished in.
        modules.sort_by_key(|(index, _)| *index);
        sess.dcx().abort_if_errors();
        crate::timing::report(sess.opts.crate_name.as_deref().unwrap_or("crate"));
        let compiled = CompiledModules { modules: modules.into_iter().map(|(_, m)| m).collect(), allocator_module: self.allocator };
        produce_final_output_artifacts(sess, &compiled, outputs);
        (compiled, work_products)
    }
}
