//! Constants: MIR constant operands become CLIF values, and constant allocations (string
//! literals, promoted values, vtables, static initializers) become data objects with relocations.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value, types};
use cranelift_module::{DataDescription, DataId, Module};
use cranelift_object::ObjectModule;
use rustc_abi::BackendRepr;
use rustc_hir::def_id::DefId;
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::mir::interpret::{AllocId, ConstAllocation, GlobalAlloc, Scalar};
use rustc_middle::mir::{self, ConstValue};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, TyCtxt};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::symbols::Symbols;

pub(crate) fn lower_const<'tcx>(fx: &mut FnCx<'_, 'tcx>, constant: &mir::ConstOperand<'tcx>) -> Datum<'tcx> {
    let ty = fx.monomorphize(constant.ty());
    let layout = fx.layout_of(ty);
    match fx.monomorphize(constant.const_).eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span) {
        Ok(value) => const_value(fx, value, layout),
        Err(_) => {
            // rustc reports the evaluation error itself; leave a trap behind.
            fx.trap_and_continue(cranelift_codegen::ir::TrapCode::user(3).unwrap());
            Datum::in_memory(fx.usize_const(layout.align.abi.bytes()), layout)
        }
    }
}

/// The bytes of a constant operand known at compile time, when it holds plain data (no
/// pointers); `None` for anything else. Used where the value shapes the code, such as the
/// lane indices of a SIMD shuffle.
pub(crate) fn const_bytes<'tcx>(fx: &FnCx<'_, 'tcx>, operand: &mir::Operand<'tcx>) -> Option<Vec<u8>> {
    let mir::Operand::Constant(constant) = operand else { return None };
    let ty = fx.monomorphize(constant.ty());
    let size = fx.layout_of(ty).size;
    match fx.monomorphize(constant.const_).eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span).ok()? {
        ConstValue::Scalar(Scalar::Int(int)) => Some(int.to_bits_unchecked().to_le_bytes()[..int.size().bytes() as usize].to_vec()),
        ConstValue::Indirect { alloc_id, offset } => {
            let alloc = fx.tcx.global_alloc(alloc_id).unwrap_memory();
            let alloc = alloc.inner();
            let range = rustc_middle::mir::interpret::alloc_range(offset, size);
            if !alloc.provenance().range_empty(range, &fx.tcx) {
                return None;
            }
            alloc.get_bytes_strip_provenance(&fx.tcx, range).ok().map(<[u8]>::to_vec)
        }
        _ => None,
    }
}

pub(crate) fn const_value<'tcx>(fx: &mut FnCx<'_, 'tcx>, value: ConstValue, layout: TyAndLayout<'tcx>) -> Datum<'tcx> {
    if layout.is_zst() {
        return Datum::zst(layout);
    }
    match value {
        ConstValue::ZeroSized => Datum::zst(layout),
        ConstValue::Scalar(scalar) => match layout.backend_repr {
            BackendRepr::Scalar(s) => {
                let ty = fx.scalar_type(s);
                Datum::scalar(scalar_value(fx, scalar, ty), layout)
            }
            _ => {
                // A scalar constant of a type held in memory (a SIMD vector, say): store it.
                let ty = Type::int(scalar.size().bits() as u16).expect("scalar size");
                let v = scalar_value(fx, scalar, ty);
                let addr = fx.stack_slot_for(layout);
                fx.store(v, addr, 0);
                Datum::in_memory(addr, layout)
            }
        },
        ConstValue::Slice { alloc_id, meta } => {
            let ptr = alloc_addr(fx, alloc_id);
            let len = fx.usize_const(meta);
            Datum::pair(ptr, len, layout)
        }
        ConstValue::Indirect { alloc_id, offset } => {
            let base = alloc_addr(fx, alloc_id);
            let addr = fx.offset_ptr(base, offset.bytes() as i64);
            Datum::in_memory(addr, layout).loaded(fx)
        }
    }
}

/// A scalar constant as a CLIF value of type `ty`.
pub(crate) fn scalar_value(fx: &mut FnCx<'_, '_>, scalar: Scalar, ty: Type) -> Value {
    match scalar {
        Scalar::Int(int) => fx.const_from_bits(ty, int.to_bits_unchecked()),
        Scalar::Ptr(ptr, _) => {
            let (prov, offset) = ptr.prov_and_relative_offset();
            let alloc_id = prov.alloc_id();
            let value = match fx.tcx.global_alloc(alloc_id) {
                // A type id's bytes live in the offsets of pointers into this pseudo allocation.
                GlobalAlloc::TypeId { .. } => fx.usize_const(offset.bytes()),
                _ => {
                    let base = alloc_addr(fx, alloc_id);
                    fx.offset_ptr(base, offset.bytes() as i64)
                }
            };
            if ty == fx.ptr_ty {
                value
            } else if ty.bits() == fx.ptr_ty.bits() {
                fx.b.ins().bitcast(ty, MemFlagsData::new(), value)
            } else {
                panic!("pointer constant of type {ty}")
            }
        }
    }
}

/// The address of a global allocation: a function, a static, a vtable or constant memory.
pub(crate) fn alloc_addr(fx: &mut FnCx<'_, '_>, alloc_id: AllocId) -> Value {
    match fx.tcx.global_alloc(alloc_id) {
        GlobalAlloc::Function { instance } => fx.instance_addr(instance),
        GlobalAlloc::TypeId { .. } => fx.usize_const(0),
        _ => {
            let id = data_of_alloc(fx.tcx, &mut fx.cgu.module, &mut fx.cgu.symbols, alloc_id)
                .expect("function allocation has no data object");
            fx.data_addr(id)
        }
    }
}

/// The data object of an allocation that is data (memory, vtable or static).
fn data_of_alloc<'tcx>(tcx: TyCtxt<'tcx>, module: &mut ObjectModule, symbols: &mut Symbols<'tcx>, alloc_id: AllocId) -> Option<DataId> {
    Some(match tcx.global_alloc(alloc_id) {
        GlobalAlloc::Memory(alloc) => symbols.alloc(module, alloc_id, alloc),
        GlobalAlloc::VTable(ty, dyn_ty) => {
            let vtable = tcx.vtable_allocation((ty, dyn_ty.principal().map(|p| tcx.instantiate_bound_regions_with_erased(p))));
            symbols.alloc(module, vtable, tcx.global_alloc(vtable).unwrap_memory())
        }
        GlobalAlloc::Static(def_id) => symbols.static_item(tcx, module, def_id),
        GlobalAlloc::Function { .. } | GlobalAlloc::TypeId { .. } => return None,
    })
}

/// Defines every allocation referenced so far, including those referenced by the ones being
/// defined, until none is left.
pub(crate) fn define_pending_allocs<'tcx>(tcx: TyCtxt<'tcx>, module: &mut ObjectModule, symbols: &mut Symbols<'tcx>) {
    while let Some((alloc_id, data_id)) = symbols.pending_allocs.pop() {
        let alloc = match tcx.global_alloc(alloc_id) {
            GlobalAlloc::Memory(alloc) => alloc,
            other => panic!("pending allocation is not memory: {other:?}"),
        };
        let desc = describe_alloc(tcx, module, symbols, alloc);
        module.define_data(data_id, &desc).unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: defining constant data: {e}")));
    }
}

/// Defines a static item of the unit.
pub(crate) fn define_static<'tcx>(tcx: TyCtxt<'tcx>, module: &mut ObjectModule, symbols: &mut Symbols<'tcx>, def_id: DefId, data_id: DataId) {
    let alloc = tcx
        .eval_static_initializer(def_id)
        .unwrap_or_else(|_| tcx.dcx().fatal("egret: the initializer of a static failed to evaluate"));
    let mut desc = describe_alloc(tcx, module, symbols, alloc);
    let attrs = tcx.codegen_fn_attrs(def_id);
    if let Some(section) = attrs.link_section {
        desc.set_custom_section(section.as_str());
    }
    if attrs.flags.intersects(CodegenFnAttrFlags::USED_COMPILER | CodegenFnAttrFlags::USED_LINKER) {
        desc.set_used(true);
    }
    module.define_data(data_id, &desc).unwrap_or_else(|e| tcx.dcx().fatal(format!("egret: defining a static: {e}")));
}

/// The bytes and relocations of a constant allocation.
fn describe_alloc<'tcx>(tcx: TyCtxt<'tcx>, module: &mut ObjectModule, symbols: &mut Symbols<'tcx>, alloc: ConstAllocation<'tcx>) -> DataDescription {
    let alloc = alloc.inner();
    let mut bytes = alloc.inspect_with_uninit_and_ptr_outside_interpreter(0..alloc.len()).to_vec();
    let mut desc = DataDescription::new();
    desc.set_align(alloc.align.bytes());
    let ptr_size = tcx.data_layout.pointer_size().bytes() as usize;
    for &(offset, prov) in alloc.provenance().ptrs().iter() {
        let at = offset.bytes() as usize;
        let field = &mut bytes[at..at + ptr_size];
        let addend = i64::from_le_bytes(field.try_into().expect("pointer-sized relocation"));
        let target = prov.alloc_id();
        match tcx.global_alloc(target) {
            GlobalAlloc::TypeId { .. } => {}
            GlobalAlloc::Function { instance } => {
                field.fill(0);
                let id = symbols.function(tcx, module, instance);
                let func = module.declare_func_in_data(id, &mut desc);
                desc.write_function_addr(offset.bytes() as u32, func);
                assert_eq!(addend, 0, "offset into a function");
            }
            _ => {
                field.fill(0);
                let id = data_of_alloc(tcx, module, symbols, target).unwrap();
                let gv = module.declare_data_in_data(id, &mut desc);
                desc.write_data_addr(offset.bytes() as u32, gv, addend);
            }
        }
    }
    desc.define(bytes.into_boxed_slice());
    desc
}

/// A boolean constant.
pub(crate) fn bool_const(fx: &mut FnCx<'_, '_>, value: bool) -> Value {
    fx.b.ins().iconst(types::I8, value as i64)
}
