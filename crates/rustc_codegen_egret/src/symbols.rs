//! The symbols of one codegen unit: which functions and data objects are declared in the object
//! module, under which names and linkage, and which constant allocations still need defining.

use cranelift_codegen::ir::Signature;
use cranelift_module::{DataDescription, DataId, FuncId, FuncOrDataId, Linkage, Module, ModuleError};
use cranelift_object::ObjectModule;
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::attrs::Linkage as RustLinkage;
use rustc_hir::def_id::DefId;
use rustc_middle::mir::interpret::{AllocId, ConstAllocation};
use rustc_middle::mono::Visibility;
use rustc_middle::ty::layout::FnAbiOf;
use rustc_middle::ty::{self, Instance, TyCtxt};

use crate::layout_cx::LayoutCx;

#[derive(Default)]
pub(crate) struct Symbols<'tcx> {
    functions: FxHashMap<Instance<'tcx>, FuncId>,
    /// Functions whose symbol was first declared with another signature (two `extern` blocks that
    /// disagree, for example). Calls to them go through their address with the caller's view of
    /// the signature, as a C compiler would do.
    mismatched: FxHashMap<Instance<'tcx>, FuncId>,
    statics: FxHashMap<DefId, DataId>,
    allocs: FxHashMap<AllocId, DataId>,
    /// Immutable allocations by contents: rustc interns allocations, so equal bytes and
    /// relocations are one `ConstAllocation`. Equal constants share one data object in a unit,
    /// as they do under LLVM, and code comparing their addresses (`Waker::will_wake` compares
    /// vtables) sees what it sees there.
    by_contents: FxHashMap<ConstAllocation<'tcx>, DataId>,
    /// Imports that must stay weak (`extern_weak`): the object writer marks them so, and a
    /// missing one resolves to address zero instead of failing the link.
    pub(crate) weak_imports: Vec<FuncOrDataId>,
    /// Allocations referenced but not defined yet; the unit's driver defines them at the end.
    pub(crate) pending_allocs: Vec<(AllocId, DataId)>,
}

/// How a call should reach a function symbol.
pub(crate) enum FunctionSymbol {
    /// Declared with exactly the signature the caller expects.
    Direct(FuncId),
    /// Declared with a different signature; call through the address.
    Indirect(FuncId),
}

impl<'tcx> Symbols<'tcx> {
    /// Declares a function instance, importing it unless the unit defines it. Returns the id
    /// whatever the signature; use [`Symbols::function_for_call`] when calling it.
    pub(crate) fn function(&mut self, tcx: TyCtxt<'tcx>, module: &mut ObjectModule, instance: Instance<'tcx>) -> FuncId {
        match self.function_for_call(tcx, module, instance) {
            FunctionSymbol::Direct(id) | FunctionSymbol::Indirect(id) => id,
        }
    }

    pub(crate) fn function_for_call(
        &mut self,
        tcx: TyCtxt<'tcx>,
        module: &mut ObjectModule,
        instance: Instance<'tcx>,
    ) -> FunctionSymbol {
        if let Some(id) = self.functions.get(&instance) {
            return FunctionSymbol::Direct(*id);
        }
        if let Some(id) = self.mismatched.get(&instance) {
            return FunctionSymbol::Indirect(*id);
        }
        let name = tcx.symbol_name(instance).name;
        let sig = instance_signature(tcx, module, instance);
        match module.declare_function(name, Linkage::Import, &sig) {
            Ok(id) => {
                self.functions.insert(instance, id);
                FunctionSymbol::Direct(id)
            }
            Err(ModuleError::IncompatibleDeclaration(_)) => {
                let Some(FuncOrDataId::Func(id)) = module.get_name(name) else {
                    tcx.dcx().fatal(format!("egret: `{name}` is declared both as data and as a function"))
                };
                self.mismatched.insert(instance, id);
                FunctionSymbol::Indirect(id)
            }
            Err(e) => tcx.dcx().fatal(format!("egret: declaring `{name}`: {e}")),
        }
    }

    /// Declares a function the unit defines, with the linkage rustc chose for it.
    pub(crate) fn define_function_symbol(
        &mut self,
        tcx: TyCtxt<'tcx>,
        module: &mut ObjectModule,
        instance: Instance<'tcx>,
        linkage: RustLinkage,
        visibility: Visibility,
    ) -> FuncId {
        let name = tcx.symbol_name(instance).name;
        let sig = instance_signature(tcx, module, instance);
        let id = module
            .declare_function(name, module_linkage(linkage, visibility), &sig)
            .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: declaring `{name}`: {e}")));
        self.functions.insert(instance, id);
        id
    }

    /// A runtime helper function imported by name (libm, compiler-builtins, libc). Returns
    /// `Err(id)` when the name is already declared with another signature.
    pub(crate) fn import_function(&mut self, module: &mut ObjectModule, name: &str, sig: &Signature) -> Result<FuncId, FuncId> {
        match module.declare_function(name, Linkage::Import, sig) {
            Ok(id) => Ok(id),
            Err(_) => match module.get_name(name) {
                Some(FuncOrDataId::Func(id)) => Err(id),
                _ => panic!("egret: runtime helper `{name}` clashes with a data symbol"),
            },
        }
    }

    /// The data object of a static item, declared (as an import unless defined here) on first use.
    pub(crate) fn static_item(&mut self, tcx: TyCtxt<'tcx>, module: &mut ObjectModule, def_id: DefId) -> DataId {
        if let Some(id) = self.statics.get(&def_id) {
            return *id;
        }
        let import_linkage = if tcx.is_foreign_item(def_id) { tcx.codegen_fn_attrs(def_id).import_linkage } else { None };
        let id = match import_linkage {
            Some(linkage) => self.address_cell(tcx, module, def_id, linkage),
            None => declare_static(tcx, module, def_id, Linkage::Import),
        };
        self.statics.insert(def_id, id);
        id
    }

    /// A foreign static with `#[linkage]` (as in std's weak bindings to newer libc functions)
    /// is not the symbol itself: its value is the symbol's address, null when a weak symbol is
    /// absent at run time. The static becomes a pointer-sized cell initialized with that address.
    fn address_cell(&mut self, tcx: TyCtxt<'tcx>, module: &mut ObjectModule, def_id: DefId, linkage: RustLinkage) -> DataId {
        let name = tcx.symbol_name(Instance::mono(tcx, def_id)).name;
        let target = match module.get_name(name) {
            Some(existing) => existing,
            None => FuncOrDataId::Data(
                module
                    .declare_data(name, Linkage::Import, false, false)
                    .unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: declaring `{name}`: {e}"))),
            ),
        };
        if linkage == RustLinkage::ExternalWeak {
            self.weak_imports.push(target);
        }
        let cell = module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut desc = DataDescription::new();
        desc.define_zeroinit(tcx.data_layout.pointer_size().bytes() as usize);
        desc.set_align(tcx.data_layout.pointer_align().abi.bytes());
        match target {
            FuncOrDataId::Data(data) => {
                let global = module.declare_data_in_data(data, &mut desc);
                desc.write_data_addr(0, global, 0);
            }
            FuncOrDataId::Func(func) => {
                let func = module.declare_func_in_data(func, &mut desc);
                desc.write_function_addr(0, func);
            }
        }
        module.define_data(cell, &desc).unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: defining the cell of `{name}`: {e}")));
        cell
    }

    pub(crate) fn define_static_symbol(
        &mut self,
        tcx: TyCtxt<'tcx>,
        module: &mut ObjectModule,
        def_id: DefId,
        linkage: RustLinkage,
        visibility: Visibility,
    ) -> DataId {
        let id = declare_static(tcx, module, def_id, module_linkage(linkage, visibility));
        self.statics.insert(def_id, id);
        id
    }

    /// The anonymous, read-only data object holding a constant allocation.
    pub(crate) fn alloc(&mut self, module: &mut ObjectModule, alloc_id: AllocId, alloc: ConstAllocation<'tcx>) -> DataId {
        if let Some(id) = self.allocs.get(&alloc_id) {
            return *id;
        }
        let writable = alloc.inner().mutability.is_mut();
        if !writable && let Some(&id) = self.by_contents.get(&alloc) {
            self.allocs.insert(alloc_id, id);
            return id;
        }
        let id = module.declare_anonymous_data(writable, false).expect("anonymous data");
        self.allocs.insert(alloc_id, id);
        if !writable {
            self.by_contents.insert(alloc, id);
        }
        self.pending_allocs.push((alloc_id, id));
        id
    }
}

fn declare_static(tcx: TyCtxt<'_>, module: &mut ObjectModule, def_id: DefId, linkage: Linkage) -> DataId {
    let instance = Instance::mono(tcx, def_id);
    let name = tcx.symbol_name(instance).name;
    let is_tls = tcx.is_thread_local_static(def_id);
    // Whether the bytes may change at run time decides the section; a static with interior
    // mutability is writable even though it is not `static mut`.
    let ty = instance.ty(tcx, ty::TypingEnv::fully_monomorphized());
    let writable = tcx.is_mutable_static(def_id) || !ty.is_freeze(tcx, ty::TypingEnv::fully_monomorphized());
    match module.declare_data(name, linkage, writable, is_tls) {
        Ok(id) => id,
        Err(ModuleError::IncompatibleDeclaration(_)) => match module.get_name(name) {
            Some(FuncOrDataId::Data(id)) => id,
            _ => tcx.dcx().fatal(format!("egret: `{name}` is declared both as a function and as data")),
        },
        Err(e) => tcx.dcx().fatal(format!("egret: declaring static `{name}`: {e}")),
    }
}

/// The CLIF signature of a function instance.
pub(crate) fn instance_signature<'tcx>(tcx: TyCtxt<'tcx>, module: &ObjectModule, instance: Instance<'tcx>) -> Signature {
    let fn_abi = LayoutCx { tcx }.fn_abi_of_instance(instance, ty::List::empty());
    crate::abi::signature::clif_signature(tcx, module, fn_abi)
}

/// Maps rustc's linkage and visibility onto the object module's.
pub(crate) fn module_linkage(linkage: RustLinkage, visibility: Visibility) -> Linkage {
    match linkage {
        RustLinkage::Internal => Linkage::Local,
        RustLinkage::External => match visibility {
            Visibility::Default => Linkage::Export,
            Visibility::Hidden | Visibility::Protected => Linkage::Hidden,
        },
        RustLinkage::WeakAny | RustLinkage::WeakODR | RustLinkage::LinkOnceAny | RustLinkage::LinkOnceODR => {
            Linkage::Preemptible
        }
        RustLinkage::ExternalWeak => Linkage::Import,
        _ => Linkage::Export,
    }
}
