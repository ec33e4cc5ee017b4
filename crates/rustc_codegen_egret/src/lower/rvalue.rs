//! MIR rvalues, each lowered straight into the destination place of its assignment.

use cranelift_codegen::ir::{InstBuilder, types};
use rustc_middle::mir::{self, AggregateKind, Rvalue, UnOp};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::lower::operand::lower_operand;
use crate::lower::place::lower_place;
use crate::slot::Slot;

pub(crate) fn lower_rvalue_into<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>, rvalue: &Rvalue<'tcx>) {
    match rvalue {
        Rvalue::Use(operand, _) | Rvalue::WrapUnsafeBinder(operand, _) => {
            let value = lower_operand(fx, operand);
            dest.write(fx, value.with_layout(dest.layout));
        }
        Rvalue::CopyForDeref(place) => {
            let value = lower_place(fx, *place).read(fx);
            dest.write(fx, value);
        }
        Rvalue::Reborrow(_, _, place) => {
            let value = lower_place(fx, *place).read(fx);
            let value = value.transmute(fx, dest.layout);
            dest.write(fx, value);
        }
        Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place) => {
            let slot = lower_place(fx, *place);
            let value = slot.address_datum(fx, dest.layout);
            dest.write(fx, value);
        }
        Rvalue::ThreadLocalRef(def_id) => {
            let id = fx.cgu.symbols.static_item(fx.tcx, &mut fx.cgu.module, *def_id);
            let gv = fx.data_global(id);
            let addr = if fx.tcx.is_thread_local_static(*def_id) {
                fx.b.ins().tls_value(fx.ptr_ty, gv)
            } else {
                fx.b.ins().symbol_value(fx.ptr_ty, gv)
            };
            dest.write(fx, Datum::scalar(addr, dest.layout));
        }
        Rvalue::Cast(kind, operand, _) => {
            let value = lower_operand(fx, operand);
            crate::num::cast::lower_cast(fx, *kind, value, dest);
        }
        Rvalue::BinaryOp(op, operands) => {
            let lhs = lower_operand(fx, &operands.0);
            let rhs = lower_operand(fx, &operands.1);
            let value = crate::num::binop::lower_binop(fx, *op, lhs, rhs, dest.layout);
            dest.write(fx, value);
        }
        Rvalue::UnaryOp(op, operand) => {
            let value = lower_operand(fx, operand);
            lower_unop(fx, *op, value, dest);
        }
        Rvalue::Discriminant(place) => {
            let value = lower_place(fx, *place).read(fx);
            let discr = crate::lower::discriminant::read_discriminant(fx, value, dest.layout);
            dest.write(fx, Datum::scalar(discr, dest.layout));
        }
        Rvalue::Repeat(operand, count) => {
            let value = lower_operand(fx, operand);
            let count = fx.monomorphize(*count).try_to_target_usize(fx.tcx).expect("repeat count");
            lower_repeat(fx, dest, value, count);
        }
        Rvalue::Aggregate(kind, operands) => lower_aggregate(fx, dest, kind, operands),
    }
}

fn lower_unop<'tcx>(fx: &mut FnCx<'_, 'tcx>, op: UnOp, value: Datum<'tcx>, dest: Slot<'tcx>) {
    let result = match op {
        UnOp::PtrMetadata => {
            if dest.layout.is_zst() {
                return;
            }
            let (_, meta) = value.load_pair(fx);
            meta
        }
        UnOp::Not => {
            let v = value.load_scalar(fx);
            if value.layout.ty.is_bool() { fx.b.ins().bxor_imm_s(v, 1) } else { fx.b.ins().bnot(v) }
        }
        UnOp::Neg => {
            let v = value.load_scalar(fx);
            if value.layout.ty.is_floating_point() { crate::num::binop::float_neg(fx, v) } else { fx.b.ins().ineg(v) }
        }
    };
    dest.write(fx, Datum::scalar(result, dest.layout));
}

fn lower_repeat<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>, value: Datum<'tcx>, count: u64) {
    if count == 0 || value.layout.is_zst() {
        return;
    }
    let elem_size = value.layout.size.bytes();
    let base = dest.addr();
    if elem_size == 1 {
        // Bytes: one memset.
        let byte = value.load_scalar(fx);
        let byte = if fx.b.func.dfg.value_type(byte) == types::I8 { byte } else {
            fx.b.ins().bitcast(types::I8, cranelift_codegen::ir::MemFlagsData::new(), byte)
        };
        let len = fx.usize_const(count);
        fx.memset_dynamic(base, byte, len);
        return;
    }
    if count <= 8 {
        for i in 0..count {
            let addr = fx.offset_ptr(base, (i * elem_size) as i64);
            Slot::in_memory(addr, value.layout).write(fx, value);
        }
        return;
    }
    // A loop over the elements.
    let value = value.loaded(fx);
    let header = fx.b.create_block();
    let body = fx.b.create_block();
    let done = fx.b.create_block();
    let ptr_ty = fx.ptr_ty;
    fx.b.append_block_param(header, ptr_ty);
    let end = fx.b.ins().iadd_imm_s(base, (count * elem_size) as i64);
    fx.b.ins().jump(header, &[base.into()]);
    fx.b.switch_to_block(header);
    let cursor = fx.b.block_params(header)[0];
    let at_end = fx.b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::Equal, cursor, end);
    fx.b.ins().brif(at_end, done, &[], body, &[]);
    fx.b.switch_to_block(body);
    Slot::in_memory(cursor, value.layout).write(fx, value);
    let next = fx.b.ins().iadd_imm_s(cursor, elem_size as i64);
    fx.b.ins().jump(header, &[next.into()]);
    fx.b.switch_to_block(done);
}

fn lower_aggregate<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>, kind: &AggregateKind<'tcx>, operands: &rustc_index::IndexVec<rustc_abi::FieldIdx, mir::Operand<'tcx>>) {
    if let AggregateKind::RawPtr(..) = kind {
        // A pointer built from an address and metadata.
        let data = lower_operand(fx, &operands[rustc_abi::FieldIdx::from_u32(0)]).load_scalar(fx);
        let meta = lower_operand(fx, &operands[rustc_abi::FieldIdx::from_u32(1)]);
        let value = if meta.layout.is_zst() {
            Datum::scalar(data, dest.layout)
        } else {
            let meta = meta.load_scalar(fx);
            Datum::pair(data, meta, dest.layout)
        };
        dest.write(fx, value);
        return;
    }
    if dest.addr_opt().is_none() && build_in_registers(fx, dest, kind, operands) {
        return;
    }
    // Aggregates are built in memory, field by field; a register destination gets a temporary.
    let target = if dest.addr_opt().is_some() { dest } else { Slot::new_stack(fx, dest.layout) };
    let (variant_slot, active_field, variant) = match kind {
        AggregateKind::Adt(def_id, variant, _, _, active_field) => {
            let adt = fx.tcx.adt_def(*def_id);
            if adt.is_enum() {
                (target.downcast(fx, *variant), *active_field, Some(*variant))
            } else {
                (target, *active_field, None)
            }
        }
        _ => (target, None, None),
    };
    for (index, operand) in operands.iter_enumerated() {
        let field_index = active_field.unwrap_or(index);
        let value = lower_operand(fx, operand);
        if value.layout.is_zst() {
            continue;
        }
        let field = variant_slot.field(fx, field_index.as_usize());
        field.write(fx, value);
    }
    // Enums get the variant's tag; a new coroutine starts in its first ("unresumed") state,
    // with its upvars in the prefix shared by all states.
    if let Some(variant) = variant {
        crate::lower::discriminant::write_discriminant(fx, target, variant);
    } else if let rustc_abi::Variants::Multiple { .. } = target.layout.variants {
        crate::lower::discriminant::write_discriminant(fx, target, rustc_abi::FIRST_VARIANT);
    }
    if target.addr_opt() != dest.addr_opt() {
        let value = target.read(fx);
        dest.write(fx, value);
    }
}

/// Builds a struct, tuple or closure whose layout is one scalar or a scalar pair directly from
/// its fields' values, with no trip through memory. Returns `false` (doing nothing) for anything
/// else: enums need a tag, unions overlap.
fn build_in_registers<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    dest: Slot<'tcx>,
    kind: &AggregateKind<'tcx>,
    operands: &rustc_index::IndexVec<rustc_abi::FieldIdx, mir::Operand<'tcx>>,
) -> bool {
    match kind {
        AggregateKind::Tuple | AggregateKind::Closure(..) => {}
        AggregateKind::Adt(def_id, ..) if fx.tcx.adt_def(*def_id).is_struct() => {}
        _ => return false,
    }
    let layout = dest.layout;
    let (first, second) = match layout.backend_repr {
        rustc_abi::BackendRepr::Scalar(_) => (0, None),
        rustc_abi::BackendRepr::ScalarPair(..) => (0, Some(fx.pair_second_offset(layout).bytes())),
        _ => return false,
    };
    let mut halves: [Option<cranelift_codegen::ir::Value>; 2] = [None, None];
    for (index, operand) in operands.iter_enumerated() {
        let value = lower_operand(fx, operand);
        if value.layout.is_zst() {
            continue;
        }
        let offset = layout.fields.offset(index.as_usize()).bytes();
        match value.layout.backend_repr {
            rustc_abi::BackendRepr::ScalarPair(..) if offset == first && second.is_some() => {
                let (a, b) = value.load_pair(fx);
                halves = [Some(a), Some(b)];
            }
            rustc_abi::BackendRepr::Scalar(_) if offset == first => halves[0] = Some(value.load_scalar(fx)),
            rustc_abi::BackendRepr::Scalar(_) if Some(offset) == second => halves[1] = Some(value.load_scalar(fx)),
            _ => return false,
        }
    }
    let datum = match (halves, second) {
        ([Some(a), None], None) => Datum::scalar(a, layout),
        ([Some(a), Some(b)], Some(_)) => Datum::pair(a, b, layout),
        _ => return false,
    };
    // The field types must be the registers' types (a `u8` field in an `i32` half is not).
    let fits = match (datum.repr, layout.backend_repr) {
        (crate::datum::DatumRepr::Scalar(a), rustc_abi::BackendRepr::Scalar(s)) => fx.b.func.dfg.value_type(a) == fx.scalar_type(s),
        (crate::datum::DatumRepr::Pair(a, b), rustc_abi::BackendRepr::ScalarPair(sa, sb)) => {
            fx.b.func.dfg.value_type(a) == fx.scalar_type(sa) && fx.b.func.dfg.value_type(b) == fx.scalar_type(sb)
        }
        _ => false,
    };
    if !fits {
        return false;
    }
    dest.write(fx, datum);
    true
}
