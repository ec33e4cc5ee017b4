//! SIMD intrinsics (`simd_*`), used by `std::simd`, by `std::arch`, and by the standard
//! library's own generic code (hashbrown's group probing, string searching).
//!
//! Vectors live in memory (a `repr(simd)` layout is never a register local). The common
//! operations on vectors of 128-bit multiples go to `simd_vector.rs`, which uses Cranelift's
//! vector instructions. Everything else works lane by lane here: load each input lane, compute
//! the scalar result with the same code that lowers scalar MIR, store the lane. That is correct
//! for every element type and lane count by construction.
//! Gathers, scatters and masked memory operations test each lane's mask before touching memory.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::BinOp;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;
use crate::slot::Slot;

/// A vector value: where it is, how many lanes, and what a lane is.
#[derive(Clone, Copy)]
struct Vector<'tcx> {
    addr: Value,
    lanes: u64,
    lane: TyAndLayout<'tcx>,
    lane_ty: Type,
}

impl<'tcx> Vector<'tcx> {
    fn of(fx: &mut FnCx<'_, 'tcx>, datum: Datum<'tcx>) -> Vector<'tcx> {
        let (lanes, lane_ty) = datum.layout.ty.simd_size_and_type(fx.tcx);
        let lane = fx.layout_of(lane_ty);
        let addr = datum.spill(fx);
        Vector { addr, lanes, lane, lane_ty: fx.scalar_layout_type(lane).expect("scalar lane") }
    }

    /// The vector a destination place holds (a fresh stack slot if the place is not memory).
    fn output(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>) -> Vector<'tcx> {
        let (lanes, lane_ty) = dest.layout.ty.simd_size_and_type(fx.tcx);
        let lane = fx.layout_of(lane_ty);
        let addr = match dest.addr_opt() {
            Some(addr) => addr,
            None => fx.stack_slot_for(dest.layout),
        };
        Vector { addr, lanes, lane, lane_ty: fx.scalar_layout_type(lane).expect("scalar lane") }
    }

    fn offset(&self, index: u64) -> i64 {
        (index * self.lane.size.bytes()) as i64
    }

    fn get(&self, fx: &mut FnCx<'_, 'tcx>, index: u64) -> Value {
        fx.load(self.lane_ty, self.addr, self.offset(index))
    }

    fn set(&self, fx: &mut FnCx<'_, 'tcx>, index: u64, value: Value) {
        fx.store(value, self.addr, self.offset(index));
    }

    /// The address of a lane picked at run time.
    fn lane_addr(&self, fx: &mut FnCx<'_, 'tcx>, index: Value) -> Value {
        let index = crate::lower::discriminant::resize(fx, index, fx.ptr_ty, false);
        let bytes = fx.b.ins().imul_imm_u(index, self.lane.size.bytes() as i64);
        fx.b.ins().iadd(self.addr, bytes)
    }
}

pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> bool {
    let Some(operation) = call.name.strip_prefix("simd_") else { return false };
    use crate::intrinsics::simd_vector::{self, Outcome};
    let rejoin = match simd_vector::try_lower(fx, call, operation) {
        Outcome::Done => return true,
        Outcome::Declined => None,
        Outcome::LanesThen(block) => Some(block),
    };
    let handled = lower_lanes(fx, call, operation);
    if let Some(block) = rejoin {
        fx.b.ins().jump(block, &[]);
        fx.b.switch_to_block(block);
    }
    handled
}

/// The lane-by-lane lowering of every SIMD intrinsic.
fn lower_lanes<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, operation: &str) -> bool {
    let dest = call.dest;
    let args = &call.args;
    let binop = match operation {
        "add" => Some(BinOp::Add),
        "sub" => Some(BinOp::Sub),
        "mul" => Some(BinOp::Mul),
        "div" => Some(BinOp::Div),
        "rem" => Some(BinOp::Rem),
        "and" => Some(BinOp::BitAnd),
        "or" => Some(BinOp::BitOr),
        "xor" => Some(BinOp::BitXor),
        "shl" => Some(BinOp::Shl),
        "shr" => Some(BinOp::Shr),
        _ => None,
    };
    if let Some(op) = binop {
        lanewise2(fx, call, |fx, lane, a, b| {
            crate::num::binop::lower_binop(fx, op, Datum::scalar(a, lane), Datum::scalar(b, lane), lane).load_scalar(fx)
        });
        return true;
    }
    let compare = match operation {
        "eq" => Some(BinOp::Eq),
        "ne" => Some(BinOp::Ne),
        "lt" => Some(BinOp::Lt),
        "le" => Some(BinOp::Le),
        "gt" => Some(BinOp::Gt),
        "ge" => Some(BinOp::Ge),
        _ => None,
    };
    if let Some(op) = compare {
        compare_lanes(fx, call, op);
        return true;
    }
    match operation {
        "splat" => {
            let out = Vector::output(fx, dest);
            let value = args[0].load_scalar(fx);
            for i in 0..out.lanes {
                out.set(fx, i, value);
            }
            finish(fx, dest, out);
        }
        "extract" | "extract_dyn" => {
            let v = Vector::of(fx, args[0]);
            let index = args[1].load_scalar(fx);
            let addr = v.lane_addr(fx, index);
            let value = fx.load(v.lane_ty, addr, 0);
            dest.write(fx, Datum::scalar(value, dest.layout));
        }
        "insert" | "insert_dyn" => {
            let out = Vector::output(fx, dest);
            let v = Vector::of(fx, args[0]);
            copy_vector(fx, v, out);
            let index = args[1].load_scalar(fx);
            let value = args[2].load_scalar(fx);
            let addr = out.lane_addr(fx, index);
            fx.store(value, addr, 0);
            finish(fx, dest, out);
        }
        "neg" => lanewise1(fx, call, |fx, lane, x| {
            if lane.ty.is_floating_point() { crate::num::binop::float_neg(fx, x) } else { fx.b.ins().ineg(x) }
        }),
        // Each float lane as the scalar intrinsic computes it, which also covers f16 and f128.
        "fabs" | "fsqrt" | "floor" | "ceil" | "trunc" | "round_ties_even" | "round" | "fsin" | "fcos" | "fexp"
        | "fexp2" | "flog" | "flog2" | "flog10" => {
            let scalar = match operation {
                "fsqrt" | "fsin" | "fcos" | "fexp" | "fexp2" | "flog" | "flog2" | "flog10" => &operation[1..],
                same => same,
            };
            lanewise1(fx, call, |fx, _, x| float_lane(fx, scalar, &[x]));
        }
        "fma" | "relaxed_fma" => {
            let out = Vector::output(fx, dest);
            let (a, b, c) = (Vector::of(fx, args[0]), Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            for i in 0..out.lanes {
                let (x, y, z) = (a.get(fx, i), b.get(fx, i), c.get(fx, i));
                let r = float_lane(fx, "fma", &[x, y, z]);
                out.set(fx, i, r);
            }
            finish(fx, dest, out);
        }
        "minimum_number_nsz" | "maximum_number_nsz" => {
            let op = if operation.starts_with("min") { FloatCC::LessThanOrEqual } else { FloatCC::GreaterThanOrEqual };
            lanewise2(fx, call, |fx, _, x, y| float_lanes_min_max(fx, op, x, y));
        }
        "saturating_add" | "saturating_sub" => {
            let add = operation == "saturating_add";
            lanewise2(fx, call, |fx, lane, a, b| crate::num::binop::saturating(fx, add, a, b, crate::num::binop::is_signed(lane.ty)));
        }
        "bswap" => lanewise1(fx, call, |fx, _, x| {
            if fx.b.func.dfg.value_type(x) == types::I8 { x } else { fx.b.ins().bswap(x) }
        }),
        "bitreverse" => lanewise1(fx, call, |fx, _, x| fx.b.ins().bitrev(x)),
        "ctlz" => lanewise1(fx, call, |fx, _, x| fx.b.ins().clz(x)),
        "cttz" => lanewise1(fx, call, |fx, _, x| fx.b.ins().ctz(x)),
        "ctpop" => lanewise1(fx, call, |fx, _, x| fx.b.ins().popcnt(x)),
        "cast" | "as" | "cast_ptr" | "expose_provenance" | "with_exposed_provenance" => cast_lanes(fx, call, operation == "as"),
        "arith_offset" => {
            let pointee = call.type_arg(0).simd_size_and_type(fx.tcx).1.builtin_deref(true).expect("vector of pointers");
            let size = fx.layout_of(pointee).size.bytes();
            lanewise2(fx, call, |fx, _, p, n| {
                let bytes = fx.b.ins().imul_imm_u(n, size as i64);
                fx.b.ins().iadd(p, bytes)
            });
        }
        "select" => {
            let out = Vector::output(fx, dest);
            let (mask, a, b) = (Vector::of(fx, args[0]), Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            for i in 0..out.lanes {
                let m = mask.get(fx, i);
                let (x, y) = (a.get(fx, i), b.get(fx, i));
                let r = fx.b.ins().select(m, x, y);
                out.set(fx, i, r);
            }
            finish(fx, dest, out);
        }
        "select_bitmask" => {
            let out = Vector::output(fx, dest);
            let (a, b) = (Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            let mask = args[0];
            for i in 0..out.lanes {
                let bit = mask_bit(fx, mask, i);
                let (x, y) = (a.get(fx, i), b.get(fx, i));
                let r = fx.b.ins().select(bit, x, y);
                out.set(fx, i, r);
            }
            finish(fx, dest, out);
        }
        "bitmask" => bitmask(fx, call),
        "shuffle" => shuffle(fx, call),
        "reduce_all" | "reduce_any" => {
            // Mask lanes are all ones or all zeros; test them as booleans.
            let v = Vector::of(fx, args[0]);
            let all = operation == "reduce_all";
            let mut acc = fx.b.ins().iconst(types::I8, all as i64);
            for i in 0..v.lanes {
                let lane = v.get(fx, i);
                let set = fx.b.ins().icmp_imm_s(IntCC::NotEqual, lane, 0);
                acc = if all { fx.b.ins().band(acc, set) } else { fx.b.ins().bor(acc, set) };
            }
            dest.write(fx, Datum::scalar(acc, dest.layout));
        }
        "reduce_add_ordered" | "reduce_add_unordered" | "reduce_mul_ordered" | "reduce_mul_unordered" | "reduce_and"
        | "reduce_or" | "reduce_xor" | "reduce_min" | "reduce_max" => reduce(fx, call, operation),
        "gather" => {
            // `simd_gather(default, pointers, mask)`: enabled lanes load through their pointer.
            let (default, pointers, mask) = (Vector::of(fx, args[0]), Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            let out = Vector::output(fx, dest);
            copy_vector(fx, default, out);
            for i in 0..out.lanes {
                let enabled = mask.get(fx, i);
                let pointer = pointers.get(fx, i);
                when_enabled(fx, enabled, |fx| {
                    let value = fx.load(out.lane_ty, pointer, 0);
                    out.set(fx, i, value);
                });
            }
            finish(fx, dest, out);
        }
        "scatter" => {
            // `simd_scatter(values, pointers, mask)`: enabled lanes store through their pointer,
            // in lane order (a later lane wins when two pointers are equal).
            let (values, pointers, mask) = (Vector::of(fx, args[0]), Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            for i in 0..values.lanes {
                let enabled = mask.get(fx, i);
                let pointer = pointers.get(fx, i);
                let value = values.get(fx, i);
                when_enabled(fx, enabled, |fx| fx.store(value, pointer, 0));
            }
        }
        "masked_load" => {
            // `simd_masked_load(mask, pointer, default)`: lane i of enabled lanes from
            // `pointer.add(i)`; disabled lanes are never read.
            let (mask, base, default) = (Vector::of(fx, args[0]), args[1].load_scalar(fx), Vector::of(fx, args[2]));
            let out = Vector::output(fx, dest);
            copy_vector(fx, default, out);
            for i in 0..out.lanes {
                let enabled = mask.get(fx, i);
                let offset = out.offset(i);
                when_enabled(fx, enabled, |fx| {
                    let value = fx.load(out.lane_ty, base, offset);
                    out.set(fx, i, value);
                });
            }
            finish(fx, dest, out);
        }
        "masked_store" => {
            let (mask, base, values) = (Vector::of(fx, args[0]), args[1].load_scalar(fx), Vector::of(fx, args[2]));
            for i in 0..values.lanes {
                let enabled = mask.get(fx, i);
                let value = values.get(fx, i);
                let offset = values.offset(i);
                when_enabled(fx, enabled, |fx| fx.store(value, base, offset));
            }
        }
        "funnel_shl" | "funnel_shr" => {
            // The lanes of `a` and `b` concatenated (a high), shifted by `shift` (less than the
            // lane width), and the high (shl) or low (shr) half kept.
            let left = operation == "funnel_shl";
            let out = Vector::output(fx, dest);
            let (a, b, shift) = (Vector::of(fx, args[0]), Vector::of(fx, args[1]), Vector::of(fx, args[2]));
            let bits = i64::from(out.lane_ty.bits());
            for i in 0..out.lanes {
                let (x, y, n) = (a.get(fx, i), b.get(fx, i), shift.get(fx, i));
                let other = fx.iconst(out.lane_ty, bits as i128);
                let other = fx.b.ins().isub(other, n);
                let r = if left {
                    let high = fx.b.ins().ishl(x, n);
                    let low = fx.b.ins().ushr(y, other);
                    fx.b.ins().bor(high, low)
                } else {
                    let low = fx.b.ins().ushr(y, n);
                    let high = fx.b.ins().ishl(x, other);
                    fx.b.ins().bor(high, low)
                };
                // A shift by zero keeps `a` (or `b`) whole; the other half's shift by the full
                // width would wrap around in Cranelift.
                let zero = fx.b.ins().icmp_imm_s(IntCC::Equal, n, 0);
                let r = fx.b.ins().select(zero, if left { x } else { y }, r);
                out.set(fx, i, r);
            }
            finish(fx, dest, out);
        }
        "carryless_mul" => {
            fx.unsupported(format!("the SIMD intrinsic `{}`", call.name));
        }
        _ => return false,
    }
    true
}

/// Emits `body` behind a test of a mask lane (all ones or all zeros): the lanes of gathers,
/// scatters and masked memory operations must not touch memory when disabled.
fn when_enabled<'a, 'tcx>(fx: &mut FnCx<'a, 'tcx>, enabled: Value, body: impl FnOnce(&mut FnCx<'a, 'tcx>)) {
    let (work, next) = (fx.b.create_block(), fx.b.create_block());
    fx.b.ins().brif(enabled, work, &[], next, &[]);
    fx.b.switch_to_block(work);
    body(fx);
    fx.b.ins().jump(next, &[]);
    fx.b.switch_to_block(next);
}

/// Writes a vector computed in a temporary to a destination that is not memory.
fn finish<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>, out: Vector<'tcx>) {
    if dest.addr_opt() != Some(out.addr) {
        dest.write(fx, Datum::in_memory(out.addr, dest.layout));
    }
}

fn copy_vector<'tcx>(fx: &mut FnCx<'_, 'tcx>, from: Vector<'tcx>, to: Vector<'tcx>) {
    for i in 0..to.lanes {
        let v = from.get(fx, i);
        to.set(fx, i, v);
    }
}

fn lanewise1<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, op: impl Fn(&mut FnCx<'_, 'tcx>, TyAndLayout<'tcx>, Value) -> Value) {
    let out = Vector::output(fx, call.dest);
    let a = Vector::of(fx, call.args[0]);
    for i in 0..out.lanes {
        let x = a.get(fx, i);
        let r = op(fx, a.lane, x);
        out.set(fx, i, r);
    }
    finish(fx, call.dest, out);
}

fn lanewise2<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    call: &IntrinsicCall<'tcx>,
    op: impl Fn(&mut FnCx<'_, 'tcx>, TyAndLayout<'tcx>, Value, Value) -> Value,
) {
    let out = Vector::output(fx, call.dest);
    let (a, b) = (Vector::of(fx, call.args[0]), Vector::of(fx, call.args[1]));
    for i in 0..out.lanes {
        let (x, y) = (a.get(fx, i), b.get(fx, i));
        let r = op(fx, a.lane, x, y);
        out.set(fx, i, r);
    }
    finish(fx, call.dest, out);
}

/// Lane comparisons produce all-ones or all-zeros lanes of the result's element type.
fn compare_lanes<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, op: BinOp) {
    let out = Vector::output(fx, call.dest);
    let (a, b) = (Vector::of(fx, call.args[0]), Vector::of(fx, call.args[1]));
    for i in 0..out.lanes {
        let (x, y) = (a.get(fx, i), b.get(fx, i));
        let truth = crate::num::binop::lower_binop(fx, op, Datum::scalar(x, a.lane), Datum::scalar(y, b.lane), fx.layout_of(fx.tcx.types.bool))
            .load_scalar(fx);
        let wide = crate::lower::discriminant::resize(fx, truth, out.lane_ty, false);
        let lane = fx.b.ins().ineg(wide);
        out.set(fx, i, lane);
    }
    finish(fx, call.dest, out);
}

/// One float lane of an operation that exists as a scalar float intrinsic named `scalar`.
fn float_lane(fx: &mut FnCx<'_, '_>, scalar: &str, args: &[Value]) -> Value {
    let ty = fx.b.func.dfg.value_type(args[0]);
    crate::intrinsics::float::compute(fx, scalar, ty, args).unwrap_or_else(|| unreachable!("float lane operation {scalar}"))
}

/// A lane of a vector `min`/`max` as LLVM expands it on x86: `y` when `x` is NaN or `y`
/// compares `op` to `x`, else `x`. `f16` lanes are compared widened to `f32` (exactly), and
/// `f128` lanes through compiler-builtins' comparison.
fn float_lanes_min_max(fx: &mut FnCx<'_, '_>, op: FloatCC, x: Value, y: Value) -> Value {
    let ty = fx.b.func.dfg.value_type(x);
    let take_y = if ty == types::F128 {
        let x_nan = crate::num::soft_float::quad_is_nan(fx, x);
        let compare = if op == FloatCC::LessThanOrEqual { BinOp::Le } else { BinOp::Ge };
        let y_wins = crate::num::soft_float::quad_compare(fx, compare, y, x);
        fx.b.ins().bor(x_nan, y_wins)
    } else {
        let (wx, wy) = if ty == types::F16 {
            (crate::num::soft_float::widen_half(fx, x), crate::num::soft_float::widen_half(fx, y))
        } else {
            (x, y)
        };
        let x_nan = fx.b.ins().fcmp(FloatCC::Unordered, wx, wx);
        let y_wins = fx.b.ins().fcmp(op, wy, wx);
        fx.b.ins().bor(x_nan, y_wins)
    };
    fx.b.ins().select(take_y, y, x)
}

/// Lane casts: integers resize, integers and floats convert (`simd_as` saturates like `as`),
/// pointers and addresses keep their bits.
fn cast_lanes<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, _saturating: bool) {
    let out = Vector::output(fx, call.dest);
    let a = Vector::of(fx, call.args[0]);
    let from_float = a.lane.ty.is_floating_point();
    let to_float = out.lane.ty.is_floating_point();
    let from_signed = matches!(a.lane.ty.kind(), ty::Int(_));
    let to_signed = matches!(out.lane.ty.kind(), ty::Int(_));
    for i in 0..out.lanes {
        let x = a.get(fx, i);
        let r = match (from_float, to_float) {
            (true, true) => crate::num::cast::float_to_float(fx, x, out.lane_ty),
            (false, true) => crate::num::cast::int_to_float(fx, x, out.lane_ty, from_signed),
            // `simd_cast` of an out-of-range float is undefined; saturating is a valid choice
            // that never traps, and is exactly what `simd_as` requires.
            (true, false) => crate::num::cast::float_to_int(fx, x, out.lane_ty, to_signed),
            (false, false) => crate::lower::discriminant::resize(fx, x, out.lane_ty, from_signed),
        };
        out.set(fx, i, r);
    }
    finish(fx, call.dest, out);
}

/// Bit `index` of a bitmask given as an unsigned integer or as an array of bytes (lane 0 is the
/// least significant bit, as on any little-endian target).
fn mask_bit<'tcx>(fx: &mut FnCx<'_, 'tcx>, mask: Datum<'tcx>, index: u64) -> Value {
    let byte = match mask.layout.ty.kind() {
        ty::Array(..) => {
            let addr = mask.spill(fx);
            fx.load(types::I8, addr, (index / 8) as i64)
        }
        _ => {
            let m = mask.load_scalar(fx);
            let shifted = fx.b.ins().ushr_imm_u(m, (index / 8 * 8) as i64);
            crate::lower::discriminant::resize(fx, shifted, types::I8, false)
        }
    };
    let bit = fx.b.ins().ushr_imm_u(byte, (index % 8) as i64);
    fx.b.ins().band_imm_u(bit, 1)
}

/// One bit per lane (its most significant bit), lane 0 lowest, as an integer or a byte array.
fn bitmask<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) {
    let v = Vector::of(fx, call.args[0]);
    let dest = call.dest;
    let bit_of = |fx: &mut FnCx<'_, 'tcx>, i: u64| -> Value {
        let lane = v.get(fx, i);
        fx.b.ins().icmp_imm_s(IntCC::SignedLessThan, lane, 0)
    };
    match dest.layout.ty.kind() {
        ty::Array(..) => {
            let addr = match dest.addr_opt() {
                Some(addr) => addr,
                None => fx.stack_slot_for(dest.layout),
            };
            for byte in 0..dest.layout.size.bytes() {
                let mut acc = fx.b.ins().iconst(types::I8, 0);
                for bit in 0..8 {
                    let lane = byte * 8 + bit;
                    if lane >= v.lanes {
                        break;
                    }
                    let b = bit_of(fx, lane);
                    let b = fx.b.ins().ishl_imm_u(b, bit as i64);
                    acc = fx.b.ins().bor(acc, b);
                }
                fx.store(acc, addr, byte as i64);
            }
            if dest.addr_opt() != Some(addr) {
                dest.write(fx, Datum::in_memory(addr, dest.layout));
            }
        }
        _ => {
            let ty = fx.scalar_layout_type(dest.layout).expect("integer bitmask");
            let mut acc = fx.iconst(ty, 0);
            for i in 0..v.lanes {
                let b = bit_of(fx, i);
                let b = crate::lower::discriminant::resize(fx, b, ty, false);
                let b = fx.b.ins().ishl_imm_u(b, i as i64);
                acc = fx.b.ins().bor(acc, b);
            }
            dest.write(fx, Datum::scalar(acc, dest.layout));
        }
    }
}

/// `simd_shuffle(x, y, idx)`: lane `i` of the result is lane `idx[i]` of `x` followed by `y`.
/// The indices are a constant, but read at run time from where the constant is, which is
/// correct for any index vector.
fn shuffle<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) {
    let out = Vector::output(fx, call.dest);
    let (x, y) = (Vector::of(fx, call.args[0]), Vector::of(fx, call.args[1]));
    let lane_size = x.lane.size.bytes();
    // Concatenate x and y so that one index addresses both.
    let both = fx.stack_slot(2 * x.lanes * lane_size, x.lane.align.abi.bytes());
    for i in 0..x.lanes {
        let a = x.get(fx, i);
        fx.store(a, both, (i * lane_size) as i64);
        let b = y.get(fx, i);
        fx.store(b, both, ((x.lanes + i) * lane_size) as i64);
    }
    let indices = call.args[2].spill(fx);
    let concatenated = Vector { addr: both, lanes: 2 * x.lanes, ..x };
    for i in 0..out.lanes {
        let index = fx.load(types::I32, indices, (i * 4) as i64);
        let addr = concatenated.lane_addr(fx, index);
        let value = fx.load(x.lane_ty, addr, 0);
        out.set(fx, i, value);
    }
    finish(fx, call.dest, out);
}

fn reduce<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, operation: &str) {
    let v = Vector::of(fx, call.args[0]);
    let float = v.lane.ty.is_floating_point();
    let signed = crate::num::binop::is_signed(v.lane.ty);
    let lane_layout = v.lane;
    let mut acc = v.get(fx, 0);
    let mut start = 1;
    if operation.ends_with("_ordered") {
        // The ordered forms start from an accumulator argument: acc op lane0 op lane1 ...
        acc = call.args[1].load_scalar(fx);
        start = 0;
    }
    for i in start..v.lanes {
        let lane = v.get(fx, i);
        acc = match operation {
            "reduce_add_ordered" | "reduce_add_unordered" => binop(fx, BinOp::Add, acc, lane, lane_layout),
            "reduce_mul_ordered" | "reduce_mul_unordered" => binop(fx, BinOp::Mul, acc, lane, lane_layout),
            "reduce_and" => fx.b.ins().band(acc, lane),
            "reduce_or" => fx.b.ins().bor(acc, lane),
            "reduce_xor" => fx.b.ins().bxor(acc, lane),
            "reduce_min" | "reduce_max" => {
                let min = operation == "reduce_min";
                if float {
                    // Like `f32::min`/`max`: a NaN loses to a number.
                    let op = if min { FloatCC::LessThanOrEqual } else { FloatCC::GreaterThanOrEqual };
                    float_lanes_min_max(fx, op, acc, lane)
                } else {
                    match (min, signed) {
                        (true, true) => fx.b.ins().smin(acc, lane),
                        (true, false) => fx.b.ins().umin(acc, lane),
                        (false, true) => fx.b.ins().smax(acc, lane),
                        (false, false) => fx.b.ins().umax(acc, lane),
                    }
                }
            }
            _ => unreachable!("reduction {operation}"),
        };
    }
    call.dest.write(fx, Datum::scalar(acc, call.dest.layout));
}

fn binop<'tcx>(fx: &mut FnCx<'_, 'tcx>, op: BinOp, a: Value, b: Value, lane: TyAndLayout<'tcx>) -> Value {
    crate::num::binop::lower_binop(fx, op, Datum::scalar(a, lane), Datum::scalar(b, lane), lane).load_scalar(fx)
}
