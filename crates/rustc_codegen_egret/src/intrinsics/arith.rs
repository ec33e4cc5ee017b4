//! Integer intrinsics: overflow-reporting, wrapping, unchecked and saturating arithmetic,
//! three-way comparison, and bit operations (population count, leading and trailing zeros, byte
//! swaps, bit reversal, rotations).

use cranelift_codegen::ir::{InstBuilder, types};
use rustc_middle::mir::BinOp;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;
use crate::lower::discriminant::resize;
use crate::num::binop::{is_signed, lower_binop};

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let dest = call.dest;
    let args = &call.args;
    let binop = match call.name {
        "add_with_overflow" => Some(BinOp::AddWithOverflow),
        "sub_with_overflow" => Some(BinOp::SubWithOverflow),
        "mul_with_overflow" => Some(BinOp::MulWithOverflow),
        "wrapping_add" | "unchecked_add" => Some(BinOp::Add),
        "wrapping_sub" | "unchecked_sub" => Some(BinOp::Sub),
        "wrapping_mul" | "unchecked_mul" => Some(BinOp::Mul),
        "unchecked_div" | "exact_div" => Some(BinOp::Div),
        "unchecked_rem" => Some(BinOp::Rem),
        "unchecked_shl" => Some(BinOp::Shl),
        "unchecked_shr" => Some(BinOp::Shr),
        "three_way_compare" => Some(BinOp::Cmp),
        "disjoint_bitor" => Some(BinOp::BitOr),
        _ => None,
    };
    if let Some(op) = binop {
        let value = lower_binop(fx, op, args[0], args[1], dest.layout);
        dest.write(fx, value);
        return true;
    }
    match call.name {
        "saturating_add" | "saturating_sub" => {
            let signed = is_signed(args[0].layout.ty);
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let v = crate::num::binop::saturating(fx, call.name == "saturating_add", a, b, signed);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" => {
            let a = args[0].load_scalar(fx);
            let v = match call.name {
                "ctpop" => fx.b.ins().popcnt(a),
                "ctlz" | "ctlz_nonzero" => fx.b.ins().clz(a),
                _ => fx.b.ins().ctz(a),
            };
            let to = fx.scalar_layout_type(dest.layout).unwrap();
            let v = resize(fx, v, to, false);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "bswap" => {
            let a = args[0].load_scalar(fx);
            let v = if fx.b.func.dfg.value_type(a) == types::I8 { a } else { fx.b.ins().bswap(a) };
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "bitreverse" => {
            let a = args[0].load_scalar(fx);
            let v = fx.b.ins().bitrev(a);
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        "rotate_left" | "rotate_right" => {
            let a = args[0].load_scalar(fx);
            let n = args[1].load_scalar(fx);
            let v = if call.name == "rotate_left" { fx.b.ins().rotl(a, n) } else { fx.b.ins().rotr(a, n) };
            dest.write(fx, Datum::scalar(v, dest.layout));
        }
        _ => return false,
    }
    true
}
