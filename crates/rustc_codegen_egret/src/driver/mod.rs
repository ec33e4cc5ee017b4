//! The ahead-of-time driver: one object file per codegen unit.
//!
//! The main thread lowers each codegen unit to CLIF (that needs the `TyCtxt`); a worker thread
//! then compiles the unit's functions to machine code and writes the object file, while the main
//! thread goes on with the next unit. Units that incremental compilation can reuse are copied from
//! the cache instead. [`OngoingCrate::join`] collects the results for rustc's linker.

mod cgu;
mod eh_frame;
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
    /// Units copied from the incremental cache, by their position among the crate's units.
    reused: Vec<(usize, CompiledModule, WorkProductId, WorkProduct)>,
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
    for (index, (cgu, reuse)) in cgus.iter().zip(reuse).enumerate() {
        if reuse != CguReuse::No {
            let (module, id, product) = reuse_from_cache(tcx, cgu);
            reused.push((index, module, id, product));
            continue;
        }
        let dep_node = cgu.codegen_dep_node(tcx);
        let lowering = tcx.prof.verbose_generic_activity_with_arg("egret_lower_cgu", cgu.name().as_str());
        let (lowered, _) = tcx.dep_graph.with_task(dep_node, tcx, || cgu::lower_cgu(tcx, cgu.name()), None);
        drop(lowering);
        let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, cgu.name().as_str());
        pool.submit(index, cgu.name().to_string(), lowered, output);
    }

    let allocator = object_file::allocator_module(tcx);
    OngoingCrate { pool, reused, allocator }
}

fn reuse_from_cache(tcx: TyCtxt<'_>, cgu: &rustc_middle::mono::CodegenUnit<'_>) -> (CompiledModule, WorkProductId, WorkProduct) {
    let work_product = cgu.previous_work_product(tcx);
    let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, cgu.name().as_str());
    let saved = work_product.saved_files.get("o").expect("cached unit without an object file");
    let source: PathBuf = rustc_incremental::in_incr_comp_dir_sess(tcx.sess, saved);
    if let Err(e) = rustc_fs_util::link_or_copy(&source, &output) {
        tcx.dcx().fatal(format!("egret: reusing {}: {e}", source.display()));
    }
    let module = CompiledModule {
        name: cgu.name().to_string(),
        kind: ModuleKind::Regular,
        object: Some(output),
        dwarf_object: None,
        bytecode: None,
        assembly: None,
        llvm_ir: None,
        links_from_incr_cache: vec![source],
    };
    (module, cgu.work_product_id(), work_product)
}

impl OngoingCrate {
    pub(crate) fn join(self, sess: &Session, outputs: &OutputFilenames) -> (CompiledModules, FxIndexMap<WorkProductId, WorkProduct>) {
        let mut work_products = FxIndexMap::default();
        let mut modules: Vec<(usize, CompiledModule)> = Vec::new();
        for (index, module, id, product) in self.reused {
            work_products.insert(id, product);
            modules.push((index, module));
        }
        for (index, result) in self.pool.finish() {
            let module = result.unwrap_or_else(|message| sess.dcx().fatal(message));
            let object = module.object.clone().expect("compiled unit without object");
            if let Some((id, product)) =
                rustc_incremental::copy_cgu_workproduct_to_incr_comp_cache_dir(sess, &module.name, &[("o", object.as_path())], &[])
            {
                work_products.insert(id, product);
            }
            modules.push((index, module));
        }
        // Link in the order rustc partitioned the crate, whatever order the workers finished in.
        modules.sort_by_key(|(index, _)| *index);
        sess.dcx().abort_if_errors();
        let compiled = CompiledModules { modules: modules.into_iter().map(|(_, m)| m).collect(), allocator_module: self.allocator };
        produce_final_output_artifacts(sess, &compiled, outputs);
        (compiled, work_products)
    }
}
