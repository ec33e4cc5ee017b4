//! The x86 LLVM intrinsics behind `std::arch::x86_64` (`llvm.x86.sse2.pause` and friends). Each
//! computes exactly what the instruction computes, so that code that detects a CPU feature at
//! run time gets the same answers under egret as under LLVM. Most of `std::arch` is written with
//! portable `simd_*` intrinsics nowadays (see `intrinsics/simd.rs`); what remains here are the
//! instructions with no portable equivalent.

use cranelift_codegen::ir::InstBuilder;

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::Slot;

/// Returns `false` for intrinsics this file does not know.
pub(crate) fn lower<'tcx>(fx: &mut FnCx<'_, 'tcx>, name: &str, args: &[Datum<'tcx>], dest: Slot<'tcx>) -> bool {
    match name {
        // A spin-loop hint: it changes timing, never results, so nothing is a faithful lowering.
        "llvm.x86.sse2.pause" => {}
        // Clears the upper halves of the AVX registers for speed; no value egret holds lives there.
        "llvm.x86.avx.vzeroupper" => {}
        "llvm.x86.ssse3.pshuf.b.128" | "llvm.x86.avx2.pshuf.b" => byte_shuffle(fx, args, dest),
        "llvm.x86.addcarry.32" | "llvm.x86.addcarry.64" => carry_chain(fx, args, dest, true),
        // Instructions Cranelift has no opcode for run in a small assembly helper.
        "llvm.x86.xgetbv" => {
            let xcr = args[0].load_scalar(fx);
            let value = instruction_helper(fx, "xgetbv", "\tmov ecx, edi\n\txgetbv", Some(xcr));
            dest.write(fx, Datum::scalar(value, dest.layout));
        }
        "llvm.x86.rdtsc" => {
            let value = instruction_helper(fx, "rdtsc", "\trdtsc", None);
            dest.write(fx, Datum::scalar(value, dest.layout));
        }
        "llvm.x86.subborrow.32" | "llvm.x86.subborrow.64" => carry_chain(fx, args, dest, false),
        // Cranelift's fence is a full barrier, which is at least as strong as each of these.
        "llvm.x86.sse.sfence" | "llvm.x86.sse2.lfence" | "llvm.x86.sse2.mfence" => {
            fx.b.ins().fence();
        }
        _ => return false,
    }
    true
}

/// `pshufb`: each result byte is the byte of `a` its index selects within the same 16-byte
/// lane, or zero when the index's top bit is set.
fn byte_shuffle<'tcx>(fx: &mut FnCx<'_, 'tcx>, args: &[Datum<'tcx>], dest: Slot<'tcx>) {
    use cranelift_codegen::ir::types;
    let size = dest.layout.size.bytes();
    let table = args[0].spill(fx);
    let indices = args[1].spill(fx);
    let out = match dest.addr_opt() {
        Some(addr) => addr,
        None => fx.stack_slot_for(dest.layout),
    };
    let native = fx.has_ssse3;
    if native {
        // The function enables SSSE3 (as the intrinsic's own wrapper in `std::arch` does), so
        // Cranelift has the instruction itself.
        for chunk in (0..size as i64).step_by(16) {
            let a = fx.load(types::I8X16, table, chunk);
            let m = fx.load(types::I8X16, indices, chunk);
            let r = fx.b.ins().x86_pshufb(a, m);
            fx.store(r, out, chunk);
        }
    }
    for i in (0..size).filter(|_| !native) {
        let lane_base = (i / 16) * 16;
        let index = fx.load(types::I8, indices, i as i64);
        let within = fx.b.ins().band_imm_u(index, 0x0f);
        let within = fx.b.ins().uextend(fx.ptr_ty, within);
        let addr = fx.b.ins().iadd(table, within);
        let byte = fx.load(types::I8, addr, lane_base as i64);
        let zero = fx.b.ins().iconst(types::I8, 0);
        let cleared = fx.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::SignedLessThan, index, 0);
        let value = fx.b.ins().select(cleared, zero, byte);
        fx.store(value, out, i as i64);
    }
    if dest.addr_opt() != Some(out) {
        dest.write(fx, Datum::in_memory(out, dest.layout));
    }
}

/// Calls a helper that runs `body`, which leaves a 64-bit result in `edx:eax`, with the
/// optional 32-bit argument in `edi`. Each helper is written once per unit.
fn instruction_helper(fx: &mut FnCx<'_, '_>, instruction: &'static str, body: &str, arg: Option<cranelift_codegen::ir::Value>) -> cranelift_codegen::ir::Value {
    use cranelift_codegen::ir::{AbiParam, Signature, types};
    use cranelift_module::{Linkage, Module};
    let name = format!("__egret_{instruction}_{}", fx.cgu.asm_prefix);
    if !fx.cgu.asm_helpers.contains(&instruction) {
        fx.cgu.asm_helpers.push(instruction);
        let text = &mut fx.cgu.asm_text;
        text.push_str(&format!("\t.p2align 4\n\t.globl {name}\n\t.hidden {name}\n\t.type {name},@function\n{name}:\n"));
        text.push_str(body);
        text.push_str(&format!("\n\tshl rdx, 32\n\tmov eax, eax\n\tor rax, rdx\n\tret\n\t.size {name}, .-{name}\n"));
    }
    let mut sig = Signature::new(fx.cgu.module.target_config().default_call_conv);
    if arg.is_some() {
        sig.params.push(AbiParam::new(types::I32));
    }
    sig.returns.push(AbiParam::new(types::I64));
    let id = fx.cgu.module.declare_function(&name, Linkage::Import, &sig).expect("declaring an instruction helper");
    let func = fx.func_ref(id);
    let args: Vec<_> = arg.into_iter().collect();
    let call = fx.b.ins().call(func, &args);
    fx.b.inst_results(call)[0]
}

/// `adc`/`sbb`: `(carry_in, a, b) -> (carry_out, a + b + carry_in)` (or the borrowing
/// subtraction), as multi-word arithmetic uses them.
fn carry_chain<'tcx>(fx: &mut FnCx<'_, 'tcx>, args: &[Datum<'tcx>], dest: Slot<'tcx>, add: bool) {
    use cranelift_codegen::ir::condcodes::IntCC;
    use cranelift_codegen::ir::types;
    let carry_in = args[0].load_scalar(fx);
    let a = args[1].load_scalar(fx);
    let b = args[2].load_scalar(fx);
    let ty = fx.b.func.dfg.value_type(a);
    let carry_set = fx.b.ins().icmp_imm_s(IntCC::NotEqual, carry_in, 0);
    let carry = fx.b.ins().uextend(ty, carry_set);
    let (result, first, second) = if add {
        let partial = fx.b.ins().iadd(a, b);
        let first = fx.b.ins().icmp(IntCC::UnsignedLessThan, partial, a);
        let result = fx.b.ins().iadd(partial, carry);
        let second = fx.b.ins().icmp(IntCC::UnsignedLessThan, result, partial);
        (result, first, second)
    } else {
        let partial = fx.b.ins().isub(a, b);
        let first = fx.b.ins().icmp(IntCC::UnsignedLessThan, a, b);
        let result = fx.b.ins().isub(partial, carry);
        let second = fx.b.ins().icmp(IntCC::UnsignedLessThan, partial, carry);
        (result, first, second)
    };
    let carry_out = fx.b.ins().bor(first, second);
    let carry_out = if fx.b.func.dfg.value_type(carry_out) == types::I8 { carry_out } else { fx.b.ins().ireduce(types::I8, carry_out) };
    dest.write(fx, Datum::pair(carry_out, result, dest.layout));
}
