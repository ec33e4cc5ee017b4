//! Compiling a lowered unit to machine code and writing its object file. Runs on a worker
//! thread, so it must not touch the `TyCtxt`; errors travel back as messages.

use std::path::PathBuf;

use cranelift_codegen::Context;
use cranelift_module::Module;
use rustc_codegen_ssa::{CompiledModule, ModuleKind};
use rustc_middle::ty::TyCtxt;
use rustc_session::config::OutputType;

use crate::driver::cgu::LoweredCgu;

pub(crate) fn compile_and_write(lowered: LoweredCgu, name: String, output: PathBuf) -> Result<CompiledModule, String> {
    let LoweredCgu { mut module, functions, personality_ref, asm_object: _, weak_imports } = lowered;
    let mut ctx = Context::new();
    let mut eh_frame = crate::driver::eh_frame::EhFrameBuilder::new(module.isa(), personality_ref);
    let compiling = crate::timing::PhaseTimer::start(crate::timing::Phase::Compile);
    for function in functions {
        if let Some(imports) = function.interpreter
            && let Some(machine) = crate::shims::cleanup_interpreter::compiled(module.isa(), imports)
        {
            module
                .define_function_bytes(function.id, machine.alignment, &machine.bytes, &machine.relocs)
                .map_err(|e| format!("egret: defining the cleanup interpreter: {e}"))?;
            eh_frame.add(function.id, machine.unwind, &machine.sites, None);
            continue;
        }
        ctx.clear();
        ctx.func = function.func;
        let isa = function.isa.as_deref().unwrap_or(module.isa());
        let mut control = cranelift_codegen::control::ControlPlane::default();
        if let Err(e) = ctx.compile(isa, &mut control) {
            let detail = cranelift_codegen::print_errors::pretty_error(&e.func, e.inner);
            return Err(format!(
                "egret failed to compile `{}` to machine code (an egret bug): {detail}\n\
                 set EGRET_DUMP={} to see its MIR and CLIF",
                function.symbol, function.symbol
            ));
        }
        let code = ctx.compiled_code().expect("compiled");
        let unwind = code.create_unwind_info(isa);
        let unwind = unwind.map_err(|e| format!("egret: unwind info of `{}`: {e}", function.symbol))?;
        let architecture = isa.triple().architecture;
        let mut bytes = code.buffer.data().to_vec();
        let mut relocs: Vec<cranelift_module::ModuleReloc> = code
            .buffer
            .relocs()
            .iter()
            .map(|reloc| cranelift_module::ModuleReloc::from_mach_reloc(reloc, &ctx.func, function.id))
            .collect();
        // A cleanup table's landing stubs go after the code (see `arch::cleanup_stubs`).
        let mut stubs = None;
        if let Some(table) = function.cleanup {
            let inputs = crate::lower::cleanup_program::define_table(&mut module, table, code.buffer.frame_layout())?;
            if !inputs.entries.is_empty() {
                let mut written = crate::arch::cleanup_stubs(architecture, &inputs, bytes.len() as u32);
                bytes.extend(&written.bytes);
                relocs.append(&mut written.relocs);
                stubs = Some(written);
            }
        }
        let sites = crate::driver::eh_frame::call_sites(code, stubs.as_ref());
        let length = stubs.as_ref().map(|_| bytes.len() as u32);
        let alignment = u64::from(code.buffer.min_alignment);
        if let Some(imports) = function.interpreter {
            let machine = crate::shims::cleanup_interpreter::Machine {
                bytes: bytes.clone(),
                alignment,
                relocs: relocs.clone(),
                unwind: unwind.clone(),
                sites: sites.clone(),
            };
            crate::shims::cleanup_interpreter::remember(module.isa(), imports, machine);
        }
        eh_frame.add(function.id, unwind, &sites, length);
        module
            .define_function_bytes(function.id, alignment, &bytes, &relocs)
            .map_err(|e| format!("egret: defining `{}`: {e}", function.symbol))?;
    }
    drop(compiling);
    let _writing = crate::timing::PhaseTimer::start(crate::timing::Phase::Write);
    write_object(module, name, output, ModuleKind::Regular, Some(eh_frame), &weak_imports)
}

fn write_object(
    module: cranelift_object::ObjectModule,
    name: String,
    output: PathBuf,
    kind: ModuleKind,
    eh_frame: Option<crate::driver::eh_frame::EhFrameBuilder>,
    weak_imports: &[cranelift_module::FuncOrDataId],
) -> Result<CompiledModule, String> {
    let mut product = module.finish();
    for import in weak_imports {
        let symbol = match *import {
            cranelift_module::FuncOrDataId::Func(id) => product.function_symbol(id),
            cranelift_module::FuncOrDataId::Data(id) => product.data_symbol(id),
        };
        product.object.symbol_mut(symbol).weak = true;
    }
    if let Some(eh_frame) = eh_frame {
        eh_frame.write_into(&mut product)?;
    }
    let bytes = product.object.write().map_err(|e| format!("egret: writing object for {name}: {e}"))?;
    std::fs::write(&output, bytes).map_err(|e| format!("egret: writing {}: {e}", output.display()))?;
    Ok(CompiledModule {
        name,
        kind,
        object: Some(output),
        dwarf_object: None,
        bytecode: None,
        assembly: None,
        llvm_ir: None,
        links_from_incr_cache: Vec::new(),
    })
}

pub(crate) fn allocator_module(tcx: TyCtxt<'_>) -> Option<CompiledModule> {
    let name = "allocator_shim".to_string();
    let mut module = crate::driver::cgu::new_module(tcx, &name);
    if !crate::shims::allocator::define_allocator_shim(tcx, &mut module) {
        return None;
    }
    let output = tcx.output_filenames(()).temp_path_for_cgu(OutputType::Object, &name);
    Some(write_object(module, name, output, ModuleKind::Allocator, None, &[]).unwrap_or_else(|e| tcx.dcx().fatal(e)))
}
