//! The fast path for SIMD intrinsics: Cranelift's own 128-bit vector types.
//!
//! A `repr(simd)` value lives in memory. When its lanes are integers or floats and its size is a
//! multiple of 16 bytes, an operation Cranelift has a vector instruction for is done on whole
//! 128-bit chunks: load each chunk as one CLIF vector (`i8x16`, `f32x4`, ...), apply the
//! instruction, store the chunk. A 256-bit AVX2 vector is two chunks, a 512-bit one four. Memory
//! also makes reinterpretation free: a mask can be loaded with the type of the vectors it selects
//! between. Only instructions that Cranelift lowers for the x86_64 baseline (SSE2) are used here,
//! because egret compiles `#[target_feature]` functions for the baseline too; everything else
//! takes the lane-by-lane path in `simd.rs`, which handles every shape.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, ConstantData, InstBuilder, Type, Value, types};
use rustc_middle::ty::{self, Ty};
use smallvec::SmallVec;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::intrinsics::IntrinsicCall;
use crate::slot::Slot;

/// The largest vector done in chunks (AVX-512's 64 bytes).
const MAX_BYTES: u64 = 64;
const CHUNK_BYTES: u64 = 16;

/// How a vector type splits into 128-bit chunks.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shape {
    chunks: u64,
    /// The CLIF type of one chunk.
    chunk: Type,
    kind: LaneKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LaneKind {
    Signed,
    Unsigned,
    Float,
}

type Chunks = SmallVec<[Value; 4]>;

fn shape<'tcx>(fx: &FnCx<'_, 'tcx>, vector: Ty<'tcx>) -> Option<Shape> {
    if !vector.is_simd() {
        return None;
    }
    let (lanes, element) = vector.simd_size_and_type(fx.tcx);
    let (lane, kind) = match element.kind() {
        ty::Int(int) => (int.bit_width().unwrap_or(64), LaneKind::Signed),
        ty::Uint(uint) => (uint.bit_width().unwrap_or(64), LaneKind::Unsigned),
        ty::Float(ty::FloatTy::F32) => (32, LaneKind::Float),
        ty::Float(ty::FloatTy::F64) => (64, LaneKind::Float),
        _ => return None,
    };
    let lane = match (lane, kind) {
        (8, LaneKind::Signed | LaneKind::Unsigned) => types::I8,
        (16, LaneKind::Signed | LaneKind::Unsigned) => types::I16,
        (32, LaneKind::Signed | LaneKind::Unsigned) => types::I32,
        (64, LaneKind::Signed | LaneKind::Unsigned) => types::I64,
        (32, LaneKind::Float) => types::F32,
        (64, LaneKind::Float) => types::F64,
        _ => return None,
    };
    let bytes = lanes * u64::from(lane.bytes());
    if bytes == 0 || bytes % CHUNK_BYTES != 0 || bytes > MAX_BYTES {
        return None;
    }
    let chunk = lane.by((CHUNK_BYTES / u64::from(lane.bytes())) as u32)?;
    Some(Shape { chunks: bytes / CHUNK_BYTES, chunk, kind })
}

fn load<'tcx>(fx: &mut FnCx<'_, 'tcx>, datum: Datum<'tcx>, shape: Shape, as_type: Type) -> Chunks {
    // `fx.load` makes no alignment claim: a vector in a packed struct is still a vector, and
    // Cranelift then never folds the load into an SSE instruction that would need alignment.
    let addr = datum.spill(fx);
    (0..shape.chunks).map(|i| fx.load(as_type, addr, (i * CHUNK_BYTES) as i64)).collect()
}

fn store<'tcx>(fx: &mut FnCx<'_, 'tcx>, dest: Slot<'tcx>, chunks: &[Value]) {
    let addr = match dest.addr_opt() {
        Some(addr) => addr,
        None => fx.stack_slot_for(dest.layout),
    };
    for (i, chunk) in chunks.iter().enumerate() {
        fx.store(*chunk, addr, (i as u64 * CHUNK_BYTES) as i64);
    }
    if dest.addr_opt() != Some(addr) {
        dest.write(fx, Datum::in_memory(addr, dest.layout));
    }
}

/// What [`try_lower`] did.
pub(crate) enum Outcome {
    /// The operation is lowered.
    Done,
    /// Nothing was emitted: lower it lane by lane.
    Declined,
    /// A run-time test chose between the vector code and the lane-by-lane code: lower it lane
    /// by lane now, in the current block, then jump to this block, where the two paths meet.
    LanesThen(ir::Block),
}

/// Lowers `simd_<operation>` with whole vectors where Cranelift can.
pub(crate) fn try_lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, operation: &str) -> Outcome {
    if operation == "shl" || operation == "shr" {
        return shift(fx, call, operation == "shl");
    }
    if operation == "shuffle" {
        return shuffle(fx, call);
    }
    if lower_whole(fx, call, operation) { Outcome::Done } else { Outcome::Declined }
}

fn lower_whole<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, operation: &str) -> bool {
    let args = &call.args;
    let dest = call.dest;
    let Some(first) = args.first() else { return false };
    let input = shape(fx, first.layout.ty);
    let output = shape(fx, dest.layout.ty);
    match operation {
        "add" | "sub" | "mul" | "div" | "and" | "or" | "xor" | "saturating_add" | "saturating_sub" => {
            let Some(s) = input.filter(|s| Some(*s) == output) else { return false };
            if !binary_supported(operation, s) {
                return false;
            }
            let (a, b) = (load(fx, args[0], s, s.chunk), load(fx, args[1], s, s.chunk));
            let result: Chunks = a.iter().zip(&b).map(|(x, y)| binary(fx, operation, s, *x, *y)).collect();
            store(fx, dest, &result);
        }
        "neg" => {
            let Some(s) = input.filter(|s| Some(*s) == output) else { return false };
            let a = load(fx, args[0], s, s.chunk);
            let result: Chunks = a
                .iter()
                .map(|x| if s.kind == LaneKind::Float { fx.b.ins().fneg(*x) } else { fx.b.ins().ineg(*x) })
                .collect();
            store(fx, dest, &result);
        }
        "eq" | "ne" | "lt" | "le" | "gt" | "ge" => {
            let (Some(s), Some(out)) = (input, output) else { return false };
            // The result has a lane of the same width per input lane, all ones or all zeros.
            if out.kind == LaneKind::Float || out.chunks != s.chunks || out.chunk.lane_bits() != s.chunk.lane_bits() {
                return false;
            }
            let (a, b) = (load(fx, args[0], s, s.chunk), load(fx, args[1], s, s.chunk));
            let result: Chunks = a.iter().zip(&b).map(|(x, y)| compare(fx, operation, s, *x, *y)).collect();
            store(fx, dest, &result);
        }
        "splat" => {
            let Some(out) = output else { return false };
            let value = args[0].load_scalar(fx);
            let chunk = fx.b.ins().splat(out.chunk, value);
            let result: Chunks = (0..out.chunks).map(|_| chunk).collect();
            store(fx, dest, &result);
        }
        "select" => {
            // `simd_select(mask, a, b)`: mask lanes are all ones or all zeros, as wide as a's.
            let (Some(mask), Some(s)) = (input, shape(fx, args[1].layout.ty)) else { return false };
            if Some(s) != output || mask.chunks != s.chunks || mask.chunk.lane_bits() != s.chunk.lane_bits() {
                return false;
            }
            let m = load(fx, args[0], s, s.chunk);
            let (a, b) = (load(fx, args[1], s, s.chunk), load(fx, args[2], s, s.chunk));
            let result: Chunks = (0..m.len()).map(|i| fx.b.ins().bitselect(m[i], a[i], b[i])).collect();
            store(fx, dest, &result);
        }
        "bitmask" => {
            let Some(s) = input.filter(|s| s.kind != LaneKind::Float) else { return false };
            if !matches!(dest.layout.ty.kind(), ty::Uint(_) | ty::Int(_)) {
                return false;
            }
            let Some(ty) = fx.scalar_layout_type(dest.layout) else { return false };
            let chunks = load(fx, args[0], s, s.chunk);
            let lanes_per_chunk = i64::from(s.chunk.lane_count());
            let mut acc = fx.iconst(ty, 0);
            for (i, chunk) in chunks.iter().enumerate() {
                let bits = fx.b.ins().vhigh_bits(types::I64, *chunk);
                let bits = crate::lower::discriminant::resize(fx, bits, ty, false);
                let bits = fx.b.ins().ishl_imm_u(bits, i as i64 * lanes_per_chunk);
                acc = fx.b.ins().bor(acc, bits);
            }
            dest.write(fx, Datum::scalar(acc, dest.layout));
        }
        "reduce_any" | "reduce_all" => {
            // Mask lanes are all ones or all zeros, so each lane's top bit tells.
            let Some(s) = input.filter(|s| s.kind != LaneKind::Float) else { return false };
            let chunks = load(fx, args[0], s, s.chunk);
            let full = (1i64 << s.chunk.lane_count()) - 1;
            let all = operation == "reduce_all";
            let mut acc = fx.b.ins().iconst(types::I8, all as i64);
            for chunk in chunks {
                let bits = fx.b.ins().vhigh_bits(types::I64, chunk);
                let hit = if all {
                    fx.b.ins().icmp_imm_s(IntCC::Equal, bits, full)
                } else {
                    fx.b.ins().icmp_imm_s(IntCC::NotEqual, bits, 0)
                };
                acc = if all { fx.b.ins().band(acc, hit) } else { fx.b.ins().bor(acc, hit) };
            }
            dest.write(fx, Datum::scalar(acc, dest.layout));
        }
        _ => return false,
    }
    true
}

/// Whether Cranelift has the lane operation for this shape on the baseline.
fn binary_supported(operation: &str, s: Shape) -> bool {
    let lane_bits = s.chunk.lane_bits();
    match (operation, s.kind) {
        ("add" | "sub", _) => true,
        ("mul", LaneKind::Float) => true,
        // x86 has no byte multiply; Cranelift lowers the rest with SSE2 sequences.
        ("mul", _) => lane_bits >= 16,
        ("div", LaneKind::Float) => true,
        ("and" | "or" | "xor", LaneKind::Signed | LaneKind::Unsigned) => true,
        ("saturating_add" | "saturating_sub", LaneKind::Signed | LaneKind::Unsigned) => lane_bits <= 16,
        _ => false,
    }
}

fn binary(fx: &mut FnCx<'_, '_>, operation: &str, s: Shape, a: Value, b: Value) -> Value {
    let ins = fx.b.ins();
    match (operation, s.kind) {
        ("add", LaneKind::Float) => ins.fadd(a, b),
        ("add", _) => ins.iadd(a, b),
        ("sub", LaneKind::Float) => ins.fsub(a, b),
        ("sub", _) => ins.isub(a, b),
        ("mul", LaneKind::Float) => ins.fmul(a, b),
        ("mul", _) => ins.imul(a, b),
        ("div", _) => ins.fdiv(a, b),
        ("and", _) => ins.band(a, b),
        ("or", _) => ins.bor(a, b),
        ("xor", _) => ins.bxor(a, b),
        ("saturating_add", LaneKind::Signed) => ins.sadd_sat(a, b),
        ("saturating_add", _) => ins.uadd_sat(a, b),
        ("saturating_sub", LaneKind::Signed) => ins.ssub_sat(a, b),
        ("saturating_sub", _) => ins.usub_sat(a, b),
        _ => unreachable!("vector operation {operation}"),
    }
}

/// A lane comparison; the result lanes are all ones where it holds.
fn compare(fx: &mut FnCx<'_, '_>, operation: &str, s: Shape, a: Value, b: Value) -> Value {
    let result = if s.kind == LaneKind::Float {
        let cc = match operation {
            "eq" => FloatCC::Equal,
            "ne" => FloatCC::NotEqual,
            "lt" => FloatCC::LessThan,
            "le" => FloatCC::LessThanOrEqual,
            "gt" => FloatCC::GreaterThan,
            _ => FloatCC::GreaterThanOrEqual,
        };
        fx.b.ins().fcmp(cc, a, b)
    } else {
        let signed = s.kind == LaneKind::Signed;
        let cc = match (operation, signed) {
            ("eq", _) => IntCC::Equal,
            ("ne", _) => IntCC::NotEqual,
            ("lt", true) => IntCC::SignedLessThan,
            ("lt", false) => IntCC::UnsignedLessThan,
            ("le", true) => IntCC::SignedLessThanOrEqual,
            ("le", false) => IntCC::UnsignedLessThanOrEqual,
            ("gt", true) => IntCC::SignedGreaterThan,
            ("gt", false) => IntCC::UnsignedGreaterThan,
            ("ge", true) => IntCC::SignedGreaterThanOrEqual,
            _ => IntCC::UnsignedGreaterThanOrEqual,
        };
        fx.b.ins().icmp(cc, a, b)
    };
    result
}

/// `simd_shl`/`simd_shr`: Cranelift shifts all lanes by one amount, MIR gives one amount per
/// lane. When they are all equal at run time (as in `std::arch`'s shifts by an immediate), the
/// vector instruction does it; otherwise the lanes are shifted one by one.
fn shift<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>, left: bool) -> Outcome {
    let (args, dest) = (&call.args, call.dest);
    let Some(s) = shape(fx, args[0].layout.ty) else { return Outcome::Declined };
    if s.kind == LaneKind::Float || Some(s) != shape(fx, dest.layout.ty) || Some(s) != shape(fx, args[1].layout.ty) {
        return Outcome::Declined;
    }
    let amounts_addr = args[1].spill(fx);
    let amounts = load(fx, args[1], s, s.chunk);
    let first = fx.load(s.chunk.lane_type(), amounts_addr, 0);
    let all_first = fx.b.ins().splat(s.chunk, first);
    let full = (1i64 << s.chunk.lane_count()) - 1;
    let mut uniform = fx.b.ins().iconst(types::I8, 1);
    for chunk in amounts {
        let same = fx.b.ins().icmp(IntCC::Equal, chunk, all_first);
        let bits = fx.b.ins().vhigh_bits(types::I64, same);
        let all = fx.b.ins().icmp_imm_s(IntCC::Equal, bits, full);
        uniform = fx.b.ins().band(uniform, all);
    }
    let (vector_block, lanes_block, done) = (fx.b.create_block(), fx.b.create_block(), fx.b.create_block());
    fx.b.ins().brif(uniform, vector_block, &[], lanes_block, &[]);

    fx.b.switch_to_block(vector_block);
    let a = load(fx, args[0], s, s.chunk);
    let result: Chunks = a
        .iter()
        .map(|x| match (left, s.kind) {
            (true, _) => fx.b.ins().ishl(*x, first),
            (false, LaneKind::Signed) => fx.b.ins().sshr(*x, first),
            (false, _) => fx.b.ins().ushr(*x, first),
        })
        .collect();
    store(fx, dest, &result);
    fx.b.ins().jump(done, &[]);

    fx.b.switch_to_block(lanes_block);
    Outcome::LanesThen(done)
}

/// `simd_shuffle` with constant lane indices, one 128-bit output chunk at a time. Each output
/// chunk may draw on at most two input chunks. Cranelift lowers a byte shuffle with `pshufb`,
/// which needs SSSE3; without it (the baseline), only whole 32-bit words are moved, with shuffles
/// of one input each (`pshufd`) merged by a constant mask.
fn shuffle<'tcx>(fx: &mut FnCx<'_, 'tcx>, call: &IntrinsicCall<'tcx>) -> Outcome {
    let (args, dest) = (&call.args, call.dest);
    let Some(indices) = &call.shuffle_indices else { return Outcome::Declined };
    let (Some(s), Some(out)) = (shape(fx, args[0].layout.ty), shape(fx, dest.layout.ty)) else { return Outcome::Declined };
    if s.chunk != out.chunk {
        return Outcome::Declined;
    }
    let lane_bytes = u64::from(s.chunk.lane_bits() / 8);
    let word = if fx.has_ssse3 { 1 } else { 4 };
    if lane_bytes % word != 0 {
        return Outcome::Declined;
    }
    let input_lanes = s.chunks * CHUNK_BYTES / lane_bytes;
    // For each output chunk: its sources (chunk numbers in x then y) and, per byte, which
    // source and which byte of it.
    let mut plans: Vec<(SmallVec<[u64; 2]>, [(usize, u8); 16])> = Vec::new();
    for c in 0..out.chunks {
        let mut sources: SmallVec<[u64; 2]> = SmallVec::new();
        let mut bytes = [(0usize, 0u8); 16];
        for b in 0..CHUNK_BYTES {
            let out_byte = c * CHUNK_BYTES + b;
            let Some(&index) = indices.get((out_byte / lane_bytes) as usize) else { return Outcome::Declined };
            if u64::from(index) >= 2 * input_lanes {
                return Outcome::Declined;
            }
            let source_byte = u64::from(index) * lane_bytes + out_byte % lane_bytes;
            let chunk = source_byte / CHUNK_BYTES;
            let which = match sources.iter().position(|&k| k == chunk) {
                Some(which) => which,
                None if sources.len() < 2 => {
                    sources.push(chunk);
                    sources.len() - 1
                }
                None => return Outcome::Declined,
            };
            bytes[b as usize] = (which, (source_byte % CHUNK_BYTES) as u8);
        }
        plans.push((sources, bytes));
    }

    let mut inputs = load(fx, args[0], s, types::I8X16);
    inputs.extend(load(fx, args[1], s, types::I8X16));
    let mut result = Chunks::new();
    for (sources, bytes) in plans {
        let first = inputs[sources[0] as usize];
        let second = sources.get(1).map(|&k| inputs[k as usize]);
        let chunk = match second {
            None => byte_shuffle(fx, first, first, bytes.map(|(_, byte)| byte)),
            Some(second) if fx.has_ssse3 => {
                byte_shuffle(fx, first, second, bytes.map(|(which, byte)| byte + 16 * which as u8))
            }
            Some(second) => {
                // Each source shuffled on its own (bytes from the other source keep their
                // place, so the masks stay whole words), then merged lane by lane.
                let from = |source: usize| std::array::from_fn::<u8, 16, _>(|b| if bytes[b].0 == source { bytes[b].1 } else { b as u8 });
                let a = byte_shuffle(fx, first, first, from(0));
                let b = byte_shuffle(fx, second, second, from(1));
                let select: Vec<u8> = bytes.iter().map(|&(which, _)| if which == 0 { 0xff } else { 0 }).collect();
                let select = fx.b.func.dfg.constants.insert(ConstantData::from(select));
                let select = fx.b.ins().vconst(types::I8X16, select);
                fx.b.ins().bitselect(select, a, b)
            }
        };
        result.push(chunk);
    }
    store(fx, dest, &result);
    Outcome::Done
}

fn byte_shuffle(fx: &mut FnCx<'_, '_>, a: Value, b: Value, mask: [u8; 16]) -> Value {
    let mask = fx.b.func.dfg.immediates.push(ConstantData::from(mask.to_vec()));
    fx.b.ins().shuffle(a, b, mask)
}
