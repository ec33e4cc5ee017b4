//! The state that lowering carries: per codegen unit ([`CguCx`]) and per function ([`FnCx`]).
//!
//! `FnCx` also holds the small helpers every lowering file needs (types of scalars, stack
//! slots, constants, memory copies, references to functions and data), so that the files under
//! `lower/`, `num/`, `abi/` and `intrinsics/` read as MIR-to-CLIF translation and nothing else.

use cranelift_codegen::ir::{
    self, AbiParam, Block, FuncRef, GlobalValue, InstBuilder, MemFlagsData, StackSlotData,
    StackSlotKind, Type, Value, types,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{DataId, FuncId, Module};
use cranelift_object::ObjectModule;
use rustc_abi::{BackendRepr, Primitive, Scalar, Size};
use rustc_data_structures::fx::FxHashMap;
use rustc_index::IndexVec;
use rustc_middle::mir;
use rustc_middle::ty::layout::{FnAbiOf, HasTyCtxt, LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt, TypeFoldable};
use rustc_span::Span;

use crate::errors::Unsupported;
use crate::layout_cx::{FnAbiRef, LayoutCx};
use crate::slot::Slot;
use crate::symbols::Symbols;

/// Everything shared by the functions of one codegen unit: the object module being filled, and
/// the symbols and data objects declared in it so far.
pub(crate) struct CguCx<'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
    pub(crate) module: ObjectModule,
    pub(crate) symbols: Symbols<'tcx>,
    /// Constructs that could not be lowered; reported once the unit is done.
    pub(crate) unsupported: Vec<Unsupported>,
    /// `al`-setting trampolines of C variadic callees, by callee (see `abi::variadic`).
    pub(crate) variadic_trampolines: FxHashMap<FuncId, FuncId>,
    /// Assembly text of the unit's `asm!` thunks, assembled into an object of its own.
    pub(crate) asm_text: String,
    /// How many thunks there are, and the prefix that makes their names unique.
    pub(crate) asm_count: usize,
    pub(crate) asm_prefix: String,
    /// The instruction helpers already written into `asm_text` (see `arch::x86_64::llvm_intrinsics`).
    pub(crate) asm_helpers: Vec<&'static str>,
    /// Which callees may unwind (see `may_unwind`).
    pub(crate) may_unwind: FxHashMap<rustc_middle::ty::Instance<'tcx>, bool>,
    /// The unit's cleanup interpreter, once a function needs it (see `shims::cleanup_interpreter`).
    pub(crate) cleanup_interpreter: Option<FuncId>,
}

/// The lowering context of one function.
pub(crate) struct FnCx<'a, 'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
    pub(crate) lcx: LayoutCx<'tcx>,
    pub(crate) cgu: &'a mut CguCx<'tcx>,
    pub(crate) instance: Instance<'tcx>,
    pub(crate) mir: &'tcx mir::Body<'tcx>,
    pub(crate) fn_abi: FnAbiRef<'tcx>,
    pub(crate) b: FunctionBuilder<'a>,
    pub(crate) blocks: IndexVec<mir::BasicBlock, Block>,
    pub(crate) locals: IndexVec<mir::Local, Slot<'tcx>>,
    pub(crate) ptr_ty: Type,
    /// The span of the MIR statement or terminator being lowered, for diagnostics.
    pub(crate) span: Span,
    /// Its source scope, which tells inlined code apart for `#[track_caller]`.
    pub(crate) scope: mir::SourceScope,
    pub(crate) func_refs: FxHashMap<FuncId, FuncRef>,
    pub(crate) data_refs: FxHashMap<DataId, GlobalValue>,
    /// The hidden `&Location` argument of a `#[track_caller]` function.
    pub(crate) caller_location: Option<crate::datum::Datum<'tcx>>,
    /// Whether calls get landing pads (`-Cpanic=unwind`).
    pub(crate) unwinding: bool,
    /// Where a cleanup pad keeps the exception object for `UnwindResume`.
    pub(crate) exception_slot: Option<cranelift_codegen::ir::StackSlot>,
    /// The function's anchor, if calls unwind into cleanup (see `lower::unwind`).
    pub(crate) anchor: Option<crate::lower::unwind::Anchor>,
    /// Lowering a cleanup block: values the body computed are recomputed, not reused (see
    /// `lower::unwind::isolated`).
    pub(crate) isolated: bool,
    /// A MIR block to lower next into the current CLIF block instead of jumping to it (see
    /// `lower::terminator::jump`).
    pub(crate) continue_into: Option<mir::BasicBlock>,
    /// A block that only traps: where the calls that never return go back to (see
    /// `abi::call::AfterCall::Diverge`). Made on first use, filled in after the MIR blocks.
    pub(crate) unreachable_block: Option<ir::Block>,
    /// The function may use SSSE3 instructions (it has `#[target_feature(enable = "ssse3")]`
    /// or a feature implying it), so Cranelift can lower byte shuffles without a library call.
    pub(crate) has_ssse3: bool,
}

impl<'a, 'tcx> FnCx<'a, 'tcx> {
    pub(crate) fn monomorphize<T: TypeFoldable<TyCtxt<'tcx>> + Copy>(&self, value: T) -> T {
        self.instance.instantiate_mir_and_normalize_erasing_regions(
            self.tcx,
            ty::TypingEnv::fully_monomorphized(),
            ty::EarlyBinder::bind(value),
        )
    }

    pub(crate) fn layout_of(&self, ty: Ty<'tcx>) -> TyAndLayout<'tcx> {
        self.lcx.layout_of(ty)
    }

    pub(crate) fn fn_abi_of_instance(&self, instance: Instance<'tcx>, extra: &[Ty<'tcx>]) -> FnAbiRef<'tcx> {
        self.lcx.fn_abi_of_instance(instance, self.tcx.mk_type_list(extra))
    }

    pub(crate) fn fn_abi_of_fn_ptr(&self, sig: ty::PolyFnSig<'tcx>, extra: &[Ty<'tcx>]) -> FnAbiRef<'tcx> {
        self.lcx.fn_abi_of_fn_ptr(sig, self.tcx.mk_type_list(extra))
    }

    /// Records an unsupported construct at the current span and leaves a trap in its place.
    /// Lowering continues in a fresh, unreachable block so the function stays well formed.
    pub(crate) fn unsupported(&mut self, construct: impl Into<String>) {
        self.cgu.unsupported.push(Unsupported { construct: construct.into(), span: self.span });
        self.trap_and_continue(ir::TrapCode::user(2).unwrap());
    }

    /// Ends the current block with a trap and switches to a new block that nothing jumps to.
    pub(crate) fn trap_and_continue(&mut self, code: ir::TrapCode) {
        self.b.ins().trap(code);
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    // ---- types ----

    pub(crate) fn scalar_type(&self, scalar: Scalar) -> Type {
        primitive_type(self.tcx, scalar.primitive())
    }

    /// The CLIF type of a layout whose representation is a single scalar.
    pub(crate) fn scalar_layout_type(&self, layout: TyAndLayout<'tcx>) -> Option<Type> {
        match layout.backend_repr {
            BackendRepr::Scalar(s) => Some(self.scalar_type(s)),
            _ => None,
        }
    }

    pub(crate) fn pair_types(&self, layout: TyAndLayout<'tcx>) -> Option<(Type, Type)> {
        match layout.backend_repr {
            BackendRepr::ScalarPair(a, b) => Some((self.scalar_type(a), self.scalar_type(b))),
            _ => None,
        }
    }

    /// The offset of the second half of a scalar-pair layout.
    pub(crate) fn pair_second_offset(&self, layout: TyAndLayout<'tcx>) -> Size {
        match layout.backend_repr {
            BackendRepr::ScalarPair(a, b) => a.size(&self.tcx).align_to(b.align(&self.tcx).abi),
            _ => unreachable!("not a scalar pair: {:?}", layout.ty),
        }
    }

    // ---- memory ----

    pub(crate) fn stack_slot(&mut self, size: u64, align: u64) -> Value {
        // Cranelift aligns slots to at most 16 bytes on its own; larger alignments go through an
        // oversized slot and a rounded address.
        let align_shift = align.max(1).trailing_zeros().min(4) as u8;
        if align <= 16 {
            let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size.try_into().expect("stack slot larger than 4 GiB"),
                align_shift,
            ));
            self.b.ins().stack_addr(self.ptr_ty, slot, 0)
        } else {
            let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                (size + align).try_into().expect("stack slot larger than 4 GiB"),
                4,
            ));
            let base = self.b.ins().stack_addr(self.ptr_ty, slot, 0);
            let bumped = self.b.ins().iadd_imm_s(base, (align - 1) as i64);
            self.b.ins().band_imm_s(bumped, -(align as i64))
        }
    }

    pub(crate) fn stack_slot_for(&mut self, layout: TyAndLayout<'tcx>) -> Value {
        self.stack_slot(layout.size.bytes(), layout.align.abi.bytes())
    }

    pub(crate) fn mem_flags() -> MemFlagsData {
        MemFlagsData::new().with_notrap()
    }

    pub(crate) fn load(&mut self, ty: Type, addr: Value, offset: i64) -> Value {
        let offset = i32::try_from(offset).expect("offset out of range");
        self.b.ins().load(ty, Self::mem_flags(), addr, offset)
    }

    pub(crate) fn store(&mut self, value: Value, addr: Value, offset: i64) {
        let offset = i32::try_from(offset).expect("offset out of range");
        self.b.ins().store(Self::mem_flags(), value, addr, offset);
    }

    pub(crate) fn offset_ptr(&mut self, addr: Value, offset: i64) -> Value {
        if offset == 0 { addr } else { self.b.ins().iadd_imm_s(addr, offset) }
    }

    /// Copies `size` bytes. Up to `INLINE_COPY_BYTES` the copy is integer loads and stores (8
    /// bytes at a time, then the tail in halving steps), all loads first, so that it is right
    /// even for a place copied onto itself; larger copies call `memcpy`. Struct copies of a few
    /// dozen bytes are everywhere in unoptimized code, and a call for each costs more than the
    /// copy. Vector-sized pieces measured slower: the next read of a field that was just stored
    /// as part of a wider piece misses store forwarding.
    pub(crate) fn copy_bytes(&mut self, dst: Value, src: Value, size: u64, align: u64) {
        const INLINE_COPY_BYTES: u64 = 64;
        if size == 0 {
            return;
        }
        if size > INLINE_COPY_BYTES {
            let config = self.cgu.module.target_config();
            let align = u8::try_from(align.min(128)).unwrap();
            self.b.emit_small_memory_copy(config, dst, src, size, align, align, true, Self::mem_flags());
            return;
        }
        let mut pieces: smallvec::SmallVec<[(Type, i64); 11]> = smallvec::SmallVec::new();
        let mut offset = 0u64;
        for (bytes, ty) in [(8, types::I64), (4, types::I32), (2, types::I16), (1, types::I8)] {
            while size - offset >= bytes {
                pieces.push((ty, offset as i64));
                offset += bytes;
            }
        }
        let values: smallvec::SmallVec<[Value; 11]> = pieces.iter().map(|&(ty, at)| self.load(ty, src, at)).collect();
        for (&(_, at), value) in pieces.iter().zip(values) {
            self.store(value, dst, at);
        }
    }

    pub(crate) fn memcpy_dynamic(&mut self, dst: Value, src: Value, len: Value) {
        let config = self.cgu.module.target_config();
        self.b.call_memcpy(config, dst, src, len);
    }

    pub(crate) fn memmove_dynamic(&mut self, dst: Value, src: Value, len: Value) {
        let config = self.cgu.module.target_config();
        self.b.call_memmove(config, dst, src, len);
    }

    pub(crate) fn memset_dynamic(&mut self, dst: Value, byte: Value, len: Value) {
        let config = self.cgu.module.target_config();
        self.b.call_memset(config, dst, byte, len);
    }

    // ---- constants ----

    pub(crate) fn iconst(&mut self, ty: Type, value: i128) -> Value {
        if ty == types::I128 {
            let lo = self.b.ins().iconst(types::I64, value as i64);
            let hi = self.b.ins().iconst(types::I64, (value >> 64) as i64);
            self.b.ins().iconcat(lo, hi)
        } else {
            self.b.ins().iconst(ty, value as i64)
        }
    }

    pub(crate) fn usize_const(&mut self, value: u64) -> Value {
        self.b.ins().iconst(self.ptr_ty, value as i64)
    }

    /// A constant of any scalar type from its raw bits.
    pub(crate) fn const_from_bits(&mut self, ty: Type, bits: u128) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(f32::from_bits(bits as u32)),
            types::F64 => self.b.ins().f64const(f64::from_bits(bits as u64)),
            types::F16 => {
                let raw = self.b.ins().iconst(types::I16, bits as u16 as i64);
                self.b.ins().bitcast(types::F16, MemFlagsData::new(), raw)
            }
            types::F128 => {
                let raw = self.iconst(types::I128, bits as i128);
                self.b.ins().bitcast(types::F128, MemFlagsData::new(), raw)
            }
            _ => self.iconst(ty, bits as i128),
        }
    }

    // ---- symbols ----

    pub(crate) fn func_ref(&mut self, id: FuncId) -> FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.cgu.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    pub(crate) fn data_global(&mut self, id: DataId) -> GlobalValue {
        if let Some(gv) = self.data_refs.get(&id) {
            return *gv;
        }
        let gv = self.cgu.module.declare_data_in_func(id, self.b.func);
        self.data_refs.insert(id, gv);
        gv
    }

    pub(crate) fn data_addr(&mut self, id: DataId) -> Value {
        let gv = self.data_global(id);
        self.b.ins().symbol_value(self.ptr_ty, gv)
    }

    /// The address of a function known to rustc as an instance.
    pub(crate) fn instance_addr(&mut self, instance: Instance<'tcx>) -> Value {
        let id = self.cgu.symbols.function(self.tcx, &mut self.cgu.module, instance);
        let r = self.func_ref(id);
        self.b.ins().func_addr(self.ptr_ty, r)
    }

    /// Calls a function of the Rust ABI by symbol, with all parameters passed directly.
    /// Only for runtime helpers whose signature egret knows (libm, compiler-builtins).
    pub(crate) fn call_builtin(&mut self, name: &str, params: &[Type], returns: &[Type], args: &[Value]) -> Vec<Value> {
        let mut sig = self.cgu.module.make_signature();
        sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
        sig.returns.extend(returns.iter().map(|t| AbiParam::new(*t)));
        let id = self.cgu.symbols.import_function(&mut self.cgu.module, name, &sig);
        match id {
            Ok(id) => {
                let r = self.func_ref(id);
                let call = self.b.ins().call(r, args);
                self.b.inst_results(call).to_vec()
            }
            Err(existing) => {
                let r = self.func_ref(existing);
                let addr = self.b.ins().func_addr(self.ptr_ty, r);
                let sig_ref = self.b.import_signature(sig);
                let call = self.b.ins().call_indirect(sig_ref, addr, args);
                self.b.inst_results(call).to_vec()
            }
        }
    }
}

/// The CLIF type of a rustc primitive.
pub(crate) fn primitive_type(tcx: TyCtxt<'_>, primitive: Primitive) -> Type {
    use rustc_abi::{Float, Integer};
    match primitive {
        Primitive::Int(Integer::I8, _) => types::I8,
        Primitive::Int(Integer::I16, _) => types::I16,
        Primitive::Int(Integer::I32, _) => types::I32,
        Primitive::Int(Integer::I64, _) => types::I64,
        Primitive::Int(Integer::I128, _) => types::I128,
        Primitive::Float(Float::F16) => types::F16,
        Primitive::Float(Float::F32) => types::F32,
        Primitive::Float(Float::F64) => types::F64,
        Primitive::Float(Float::F128) => types::F128,
        Primitive::Pointer(_) => Type::int(tcx.data_layout.pointer_size().bits() as u16).unwrap(),
    }
}

impl<'tcx> HasTyCtxt<'tcx> for FnCx<'_, 'tcx> {
    fn tcx(&self) -> TyCtxt<'tcx> {
        self.tcx
    }
}

impl rustc_abi::HasDataLayout for FnCx<'_, '_> {
    fn data_layout(&self) -> &rustc_abi::TargetDataLayout {
        &self.tcx.data_layout
    }
}
