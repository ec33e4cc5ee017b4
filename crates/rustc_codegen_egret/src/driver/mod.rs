//! The ahead-of-time driver: one object file per codegen unit.
//!
//! The main thread lowers each codegen unit to CLIF (that needs the `TyCtxt`); a worker thread
//! then compiles the unit's functions to machine code and writes the object file, while the main
//! thread goes on with the next unit. Units that incremental compilation can reuse are copied from
//! the cache instead. [`OngoingCrate::join`] collects the results for rustc's linker.

mod cgu;
mod eh_frame;
mod object_file;

use std::path::PathBuf;
use std::thread::JoinHandle;

use rustc_codegen_ssa::assert_module_sources::CguReuse;
use rustc_codegen_ssa::back::write::produce_final_output_artifacts;
use rustc_codegen_ssa::base::determine_cgu_reuse;
use rustc_codegen_ssa::{CompiledModule, CompiledModules, ModuleKind};
use rustc_data_structures::fx::FxIndexMap;
use rustc_middle::dep_graph::{WorkProduct, WorkProductId};
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::{OutputFilenames, OutputType};

/// A unit's object file: being written, or already there.
enum UnitResult {
    Compiling(JoinHandle<Result<CompiledModule, String>>),
    Reused(CompiledModule, WorkProductId, WorkProduct),
}

/// What `codegen_crate` hands back to rustc until `join_codegen`.
pub(crate) struct OngoingCrate {
    units: Vec<UnitResult>,
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

    let parallelism = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let mut units = Vec::with_capacity(cgus.len());
    let mut in_flight: std::collections::VecDeque<usize> = Default::default();
    for (cgu, reuse) in cgus.iter().zip(reuse) {
        if reuse != CguReuse::No {
            units.push(reuse_from_cache(tcx, cgu));
            continue;
        }
        let dep_node = cgu.codegen_dep_node(tcx);
        let (lowered, _) = tcx.dep_graph.with_task(dep_node, tcx, || cgu::lower_cgu(tcx, cgu.name()), None);
        let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, cgu.name().as_str());
        // Keep at most one unit compiling per core; the main thread lowering counts as one.
        while in_flight.len() >= parallelism.saturating_sub(1).max(1) {
            let oldest = in_flight.pop_front().unwrap();
            if let UnitResult::Compiling(handle) = std::mem::replace(&mut units[oldest], UnitResult::Compiling(std::thread::spawn(|| Err(String::new())))) {
                let result = handle.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                units[oldest] = UnitResult::Compiling(std::thread::spawn(move || result));
            }
        }
        let name = cgu.name().to_string();
        let handle = std::thread::Builder::new()
            .name(format!("egret {name}"))
            .spawn(move || object_file::compile_and_write(lowered, name, output))
            .expect("spawning a codegen thread");
        in_flight.push_back(units.len());
        units.push(UnitResult::Compiling(handle));
    }

    let allocator = object_file::allocator_module(tcx);
    OngoingCrate { units, allocator }
}

fn reuse_from_cache(tcx: TyCtxt<'_>, cgu: &rustc_middle::mono::CodegenUnit<'_>) -> UnitResult {
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
    UnitResult::Reused(module, cgu.work_product_id(), work_product)
}

impl OngoingCrate {
    pub(crate) fn join(self, sess: &Session, outputs: &OutputFilenames) -> (CompiledModules, FxIndexMap<WorkProductId, WorkProduct>) {
        let mut modules = Vec::with_capacity(self.units.len());
        let mut work_products = FxIndexMap::default();
        for unit in self.units {
            match unit {
                UnitResult::Reused(module, id, product) => {
                    work_products.insert(id, product);
                    modules.push(module);
                }
                UnitResult::Compiling(handle) => {
                    let module = match handle.join() {
                        Ok(Ok(module)) => module,
                        Ok(Err(message)) => sess.dcx().fatal(message),
                        Err(panic) => std::panic::resume_unwind(panic),
                    };
                    let object = module.object.clone().expect("compiled unit without object");
                    if let Some((id, product)) = rustc_incremental::copy_cgu_workproduct_to_incr_comp_cache_dir(
                        sess,
                        &module.name,
                        &[("o", object.as_path())],
                        &[],
                    ) {
                        work_products.insert(id, product);
                    }
                    modules.push(module);
                }
            }
        }
        sess.dcx().abort_if_errors();
        let compiled = CompiledModules { modules, allocator_module: self.allocator };
        produce_final_output_artifacts(sess, &compiled, outputs);
        (compiled, work_products)
    }
}
