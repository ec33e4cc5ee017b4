//! Lowering one codegen unit: declare its items, lower its functions, define its statics, add
//! the entry point, and define the constant data everything referenced.

use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use rustc_data_structures::fx::FxHashMap;
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::mono::MonoItem;
use rustc_middle::ty::TyCtxt;
use rustc_span::Symbol;

use crate::cx::CguCx;
use crate::function::LoweredFunction;
use crate::symbols::Symbols;

/// A unit lowered to CLIF: the module holds its data and declarations; the functions still need
/// compiling.
pub(crate) struct LoweredCgu {
    pub(crate) module: ObjectModule,
    pub(crate) functions: Vec<LoweredFunction>,
    /// The data object holding the personality routine's address, when the unit can unwind.
    pub(crate) personality_ref: Option<DataId>,
    /// The object file of the unit's `asm!` thunks, when it has any.
    pub(crate) asm_object: Option<std::path::PathBuf>,
    /// Imported symbols the object must mark weak.
    pub(crate) weak_imports: Vec<cranelift_module::FuncOrDataId>,
}

pub(crate) fn new_module(tcx: TyCtxt<'_>, name: &str) -> ObjectModule {
    let isa = crate::isa::target_isa(tcx.sess);
    let mut builder = ObjectBuilder::new(isa, format!("{name}.o"), cranelift_module::default_libcall_names())
        .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: creating an object file: {e}")));
    builder.per_function_section(tcx.sess.opts.unstable_opts.function_sections.unwrap_or(tcx.sess.target.function_sections));
    ObjectModule::new(builder)
}

pub(crate) fn lower_cgu(tcx: TyCtxt<'_>, name: Symbol) -> LoweredCgu {
    let cgu_def = tcx.codegen_unit(name);
    let items = cgu_def.items_in_deterministic_order(tcx);
    let mut cgu = CguCx {
        tcx,
        module: new_module(tcx, name.as_str()),
        symbols: Symbols::default(),
        unsupported: Vec::new(),
        variadic_trampolines: FxHashMap::default(),
        asm_text: String::new(),
        asm_count: 0,
        asm_prefix: name.as_str().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect(),
        asm_helpers: Vec::new(),
        may_unwind: FxHashMap::default(),
        cleanup_interpreter: None,
    };

    // Declare everything first, so that calls within the unit bind to the definitions.
    let mut functions = Vec::new();
    let mut statics = Vec::new();
    for (item, data) in &items {
        match *item {
            MonoItem::Fn(instance) => {
                if tcx.codegen_instance_attrs(instance.def).flags.contains(CodegenFnAttrFlags::NAKED) {
                    crate::lower::asm_items::define_naked_function(&mut cgu, instance, data.linkage, data.visibility);
                    continue;
                }
                let id = cgu.symbols.define_function_symbol(tcx, &mut cgu.module, instance, data.linkage, data.visibility);
                functions.push((instance, id));
            }
            MonoItem::Static(def_id) => {
                let id = cgu.symbols.define_static_symbol(tcx, &mut cgu.module, def_id, data.linkage, data.visibility);
                statics.push((def_id, id));
            }
            MonoItem::GlobalAsm(item_id) => crate::lower::asm_items::define_global_asm(&mut cgu, item_id),
        }
    }

    let mut builder_cx = FunctionBuilderContext::new();
    let mut lowered = Vec::with_capacity(functions.len());
    for (instance, id) in functions {
        // A bug in egret that panics while lowering one function becomes an error naming that
        // function; the rest of the crate is still compiled, so every such function is reported.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::function::lower_function(&mut cgu, &mut builder_cx, instance, id)
        }));
        match result {
            Ok(function) => lowered.push(function),
            Err(payload) => {
                let message = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown panic");
                let symbol = tcx.symbol_name(instance).name;
                tcx.dcx()
                    .struct_span_err(tcx.def_span(instance.def_id()), format!("egret failed to compile `{instance}` (an egret bug): {message}"))
                    .with_note(format!("set EGRET_DUMP={symbol} to print this function's MIR"))
                    .emit();
                // The builder context may be half-used; start over with a fresh one.
                builder_cx = FunctionBuilderContext::new();
            }
        }
    }
    lowered.extend(crate::shims::cleanup_interpreter::lower(&mut cgu, &mut builder_cx));
    for (def_id, id) in statics {
        crate::consts::define_static(tcx, &mut cgu.module, &mut cgu.symbols, def_id, id);
    }
    if cgu_def.is_primary() {
        crate::shims::entry::define_entry(&mut cgu);
    }
    crate::consts::define_pending_allocs(tcx, &mut cgu.module, &mut cgu.symbols);

    for unsupported in &cgu.unsupported {
        unsupported.report(tcx);
    }
    let personality_ref = personality_ref(&mut cgu);
    let asm_object = if cgu.asm_text.is_empty() {
        None
    } else {
        let path = tcx.output_filenames(()).temp_path_for_cgu(rustc_session::config::OutputType::Object, &format!("{}.asm", name.as_str()));
        match crate::driver::assemble::assemble(&cgu.asm_text, &path) {
            Ok(()) => Some(path),
            Err(message) => {
                tcx.dcx().err(message);
                None
            }
        }
    };
    let weak_imports = std::mem::take(&mut cgu.symbols.weak_imports);
    LoweredCgu { module: cgu.module, functions: lowered, personality_ref, asm_object, weak_imports }
}

/// A local, writable pointer to the personality routine (`rust_eh_personality`), which the
/// unwind tables refer to indirectly. `None` with panic=abort.
fn personality_ref(cgu: &mut CguCx<'_>) -> Option<DataId> {
    let tcx = cgu.tcx;
    if tcx.sess.panic_strategy() != rustc_target::spec::PanicStrategy::Unwind {
        return None;
    }
    let def_id = tcx.lang_items().eh_personality()?;
    let instance = rustc_middle::ty::Instance::mono(tcx, def_id);
    let personality = cgu.symbols.function(tcx, &mut cgu.module, instance);
    let data = cgu.module.declare_anonymous_data(true, false).ok()?;
    let mut desc = DataDescription::new();
    desc.define_zeroinit(8);
    desc.set_align(8);
    let func = cgu.module.declare_func_in_data(personality, &mut desc);
    desc.write_function_addr(0, func);
    cgu.module.define_data(data, &desc).ok()?;
    Some(data)
}
