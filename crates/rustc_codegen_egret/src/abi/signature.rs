//! CLIF signatures from rustc's `FnAbi`, and the register pieces of `PassMode::Cast` arguments.

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, Signature, Type, types};
use cranelift_module::Module;
use cranelift_object::ObjectModule;
use rustc_abi::{BackendRepr, HasDataLayout, Reg, RegKind, Size};
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{ArgAbi, ArgAttributes, ArgExtension, CastTarget, PassMode};
use smallvec::SmallVec;

use crate::cx::primitive_type;
use crate::layout_cx::FnAbiRef;

pub(crate) fn clif_signature<'tcx>(tcx: TyCtxt<'tcx>, module: &ObjectModule, fn_abi: FnAbiRef<'tcx>) -> Signature {
    // Cranelift has no cold convention; rust-cold functions use the default one, which is
    // what LLVM's `coldcc` falls back to on x86_64 as well.
    let call_conv = module.target_config().default_call_conv;
    let mut sig = Signature::new(call_conv);
    let ptr = module.target_config().pointer_type();
    match &fn_abi.ret.mode {
        PassMode::Indirect { .. } => sig.params.push(AbiParam::special(ptr, ArgumentPurpose::StructReturn)),
        _ => sig.returns.extend(arg_params(tcx, ptr, &fn_abi.ret)),
    }
    for arg in fn_abi.args.iter() {
        sig.params.extend(arg_params(tcx, ptr, arg));
    }
    sig
}

/// The CLIF parameters (or return values) one Rust argument occupies.
pub(crate) fn arg_params<'tcx>(tcx: TyCtxt<'tcx>, ptr: Type, arg: &ArgAbi<'tcx, Ty<'tcx>>) -> SmallVec<[AbiParam; 2]> {
    let scalar_param = |index: usize, attrs: &ArgAttributes| {
        let ty = match arg.layout.backend_repr {
            BackendRepr::Scalar(s) => primitive_type(tcx, s.primitive()),
            BackendRepr::ScalarPair(a, b) => primitive_type(tcx, if index == 0 { a } else { b }.primitive()),
            BackendRepr::SimdVector { element, count } => {
                primitive_type(tcx, element.primitive()).by(count as u32).expect("vector type")
            }
            _ => panic!("direct argument of non-scalar type {:?}", arg.layout.ty),
        };
        extended(AbiParam::new(ty), attrs)
    };
    match &arg.mode {
        PassMode::Ignore => SmallVec::new(),
        PassMode::Direct(attrs) => smallvec::smallvec![scalar_param(0, attrs)],
        PassMode::Pair(a, b) => smallvec::smallvec![scalar_param(0, a), scalar_param(1, b)],
        PassMode::Cast { pad_i32, cast } => {
            let mut params: SmallVec<[AbiParam; 2]> = SmallVec::new();
            if *pad_i32 {
                params.push(AbiParam::new(types::I32));
            }
            params.extend(cast_pieces(tcx, cast).into_iter().map(|(_, ty)| extended(AbiParam::new(ty), &cast.attrs)));
            params
        }
        PassMode::Indirect { on_stack: true, .. } => {
            let size = u32::try_from(arg.layout.size.bytes()).expect("by-value argument too large");
            smallvec::smallvec![AbiParam::special(ptr, ArgumentPurpose::StructArgument(size))]
        }
        PassMode::Indirect { meta_attrs: None, .. } => smallvec::smallvec![AbiParam::new(ptr)],
        PassMode::Indirect { meta_attrs: Some(_), .. } => smallvec::smallvec![AbiParam::new(ptr), AbiParam::new(ptr)],
    }
}

fn extended(param: AbiParam, attrs: &ArgAttributes) -> AbiParam {
    match attrs.arg_ext {
        ArgExtension::None => param,
        ArgExtension::Zext => param.uext(),
        ArgExtension::Sext => param.sext(),
    }
}

/// The registers a `PassMode::Cast` value is split into, each with its offset in the value.
/// The prefix registers are laid out as a C struct would lay them out, then the `rest` units.
pub(crate) fn cast_pieces(tcx: TyCtxt<'_>, cast: &CastTarget) -> SmallVec<[(Size, Type); 4]> {
    let dl = tcx.data_layout();
    let mut pieces = SmallVec::new();
    let mut offset = Size::ZERO;
    for reg in cast.prefix.iter().flatten() {
        offset = offset.align_to(reg.align(dl));
        pieces.push((offset, reg_type(*reg)));
        offset += reg.size;
    }
    let unit = cast.rest.unit;
    let mut rest_offset = cast.rest_offset.unwrap_or_else(|| offset.align_to(unit.align(dl)));
    let total = cast.rest.total.bytes();
    if total > 0 {
        let whole_units = total / unit.size.bytes();
        for _ in 0..whole_units {
            pieces.push((rest_offset, reg_type(unit)));
            rest_offset += unit.size;
        }
        let remainder = total % unit.size.bytes();
        if remainder != 0 {
            assert_eq!(unit.kind, RegKind::Integer, "partial non-integer cast unit");
            pieces.push((rest_offset, int_type_for_bytes(remainder)));
        }
    }
    pieces
}

/// The number of bytes a cast value needs in memory (at least the size of its pieces).
pub(crate) fn cast_size(tcx: TyCtxt<'_>, cast: &CastTarget) -> u64 {
    cast_pieces(tcx, cast).iter().map(|(o, t)| o.bytes() + u64::from(t.bytes())).max().unwrap_or(0)
}

fn reg_type(reg: Reg) -> Type {
    match reg.kind {
        RegKind::Integer => int_type_for_bytes(reg.size.bytes()),
        RegKind::Float => match reg.size.bytes() {
            2 => types::F16,
            4 => types::F32,
            8 => types::F64,
            16 => types::F128,
            n => panic!("float register of {n} bytes"),
        },
        RegKind::Vector { .. } => types::I8.by(reg.size.bytes() as u32).expect("vector register type"),
    }
}

fn int_type_for_bytes(bytes: u64) -> Type {
    match bytes {
        1 => types::I8,
        2 => types::I16,
        3..=4 => types::I32,
        5..=8 => types::I64,
        9..=16 => types::I128,
        n => panic!("integer register of {n} bytes"),
    }
}
