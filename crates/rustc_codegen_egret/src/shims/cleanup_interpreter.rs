//! The cleanup interpreter: one small function per unit that runs the cleanup tables of its
//! functions (see `lower::cleanup_program` for the table format).
//!
//! `interpreter(frame, insn, exception)` starts at instruction `insn`, with `frame` the address
//! the landing pad took of its function's frame slot, and never returns: it ends by handing the
//! exception back to the unwinder, or by calling a function that aborts. It is local to the
//! unit's object, so every object that needs one has its own.
//!
//! Its drop calls unwind into termination the same way compiled cleanup code does: each is
//! marked with target number 0, and the function has an anchor (never executed) that returns
//! into a block calling `panic_in_cleanup` (see `lower::unwind`).
//!
//! Its machine code is compiled once per process (`compiled`, `remember`): every unit's copy
//! differs only in the ids of the functions it calls.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, AbiParam, BlockCall, ExceptionTableData, InstBuilder, JumpTableData, MemFlagsData, Signature, TrapCode,
    UserFuncName, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_module::{FuncId, Linkage, Module, ModuleReloc, ModuleRelocTarget};
use std::sync::Mutex;
use rustc_hir::LangItem;
use rustc_middle::ty::Instance;

use crate::cx::CguCx;
use crate::function::LoweredFunction;
use crate::lower::cleanup_program::{INSN_SIZE, op};

const NAME: &str = "egret.cleanup_interpreter";

fn signature(cgu: &CguCx<'_>) -> Signature {
    let ptr = cgu.module.target_config().pointer_type();
    let mut sig = cgu.module.make_signature();
    sig.params.extend([AbiParam::new(ptr), AbiParam::new(ptr), AbiParam::new(ptr)]);
    sig
}

/// The unit's interpreter, declared on first use; it is defined once the unit's functions are
/// lowered (`lower`).
pub(crate) fn declare(cgu: &mut CguCx<'_>) -> FuncId {
    if let Some(id) = cgu.cleanup_interpreter {
        return id;
    }
    let sig = signature(cgu);
    let id = cgu.module.declare_function(NAME, Linkage::Local, &sig).expect("declaring the cleanup interpreter");
    cgu.cleanup_interpreter = Some(id);
    id
}

/// The interpreter's CLIF, if a function of the unit declared it.
pub(crate) fn lower(cgu: &mut CguCx<'_>, builder_cx: &mut FunctionBuilderContext) -> Option<LoweredFunction> {
    let id = cgu.cleanup_interpreter?;
    let tcx = cgu.tcx;
    let ptr = cgu.module.target_config().pointer_type();
    let resume = {
        let mut sig = cgu.module.make_signature();
        sig.params.push(AbiParam::new(ptr));
        cgu.symbols.import_function(&mut cgu.module, "_Unwind_Resume", &sig).unwrap_or_else(|id| id)
    };
    let in_cleanup = tcx.require_lang_item(LangItem::PanicInCleanup, rustc_span::DUMMY_SP);
    let in_cleanup = cgu.symbols.function(tcx, &mut cgu.module, Instance::mono(tcx, in_cleanup));
    let imports = Imports { resume, in_cleanup };

    let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), signature(cgu));
    let mut b = FunctionBuilder::new(&mut func, builder_cx);
    let resume = cgu.module.declare_func_in_func(resume, b.func);
    let in_cleanup = cgu.module.declare_func_in_func(in_cleanup, b.func);
    let drop_sig = {
        let mut sig = cgu.module.make_signature();
        sig.params.push(AbiParam::new(ptr));
        b.import_signature(sig)
    };
    let nullary_sig = b.import_signature(cgu.module.make_signature());
    let flags = MemFlagsData::new().with_notrap();
    let config = cgu.module.target_config();

    let entry = b.create_block();
    let anchor = b.create_block();
    let terminate_block = b.create_block();
    let dispatch = b.create_block();
    let bad = b.create_block();
    let op_blocks: Vec<ir::Block> = (0..op::COUNT).map(|_| b.create_block()).collect();
    b.append_block_params_for_function_params(entry);
    b.append_block_param(dispatch, ptr);
    for cold in [anchor, terminate_block, bad] {
        b.set_cold_block(cold);
    }

    // Entry: go to the first instruction; the branch to the anchor is never taken.
    b.switch_to_block(entry);
    let [frame, first, exception] = b.block_params(entry)[..] else { unreachable!() };
    b.func.params.ensure_base_srcloc(crate::lower::unwind::anchor_srcloc());
    let sp = b.ins().get_stack_pointer(ptr);
    let never = b.ins().icmp_imm_u(IntCC::Equal, sp, 0);
    b.ins().brif(never, anchor, &[], dispatch, &[first.into()]);

    // The anchor returns into the termination that a drop's panic lands in.
    b.switch_to_block(anchor);
    let pool = &mut b.func.dfg.value_lists;
    let normal = BlockCall::new(terminate_block, [], pool);
    let table = b.func.dfg.exception_tables.push(ExceptionTableData::new(nullary_sig, normal, []));
    b.set_srcloc(crate::lower::unwind::anchor_srcloc());
    b.ins().try_call_indirect(sp, &[], table);
    b.set_srcloc(ir::SourceLoc::default());
    b.switch_to_block(terminate_block);
    b.ins().call(in_cleanup, &[]);
    b.ins().trap(TrapCode::user(1).unwrap());

    // Dispatch on the instruction's opcode.
    b.switch_to_block(dispatch);
    let insn = b.block_params(dispatch)[0];
    let code = b.ins().load(types::I32, flags, insn, 0);
    let pool = &mut b.func.dfg.value_lists;
    let targets: Vec<BlockCall> = op_blocks.iter().map(|&block| BlockCall::new(block, [], pool)).collect();
    let default = BlockCall::new(bad, [], pool);
    let jump_table = b.func.create_jump_table(JumpTableData::new(default, &targets));
    b.ins().br_table(code, jump_table);
    b.switch_to_block(bad);
    b.ins().trap(TrapCode::user(1).unwrap());

    // Operand helpers: `frame + a`, the signed `c`, the word `w`, and the next instruction.
    let frame_at = |b: &mut FunctionBuilder<'_>| {
        let a = b.ins().sload32(flags, insn, 4);
        b.ins().iadd(frame, a)
    };
    let word = |b: &mut FunctionBuilder<'_>| b.ins().load(ptr, flags, insn, 16);
    let next = |b: &mut FunctionBuilder<'_>| b.ins().iadd_imm_s(insn, i64::from(INSN_SIZE));

    for (code, &block) in op_blocks.iter().enumerate() {
        b.switch_to_block(block);
        match code as u32 {
            op::RESUME => {
                b.ins().call(resume, &[exception]);
                b.ins().trap(TrapCode::user(1).unwrap());
            }
            op::CALL | op::CALL_VIA | op::CALL_AT => {
                let place = match code as u32 {
                    op::CALL => frame_at(&mut b),
                    op::CALL_VIA => {
                        let at = frame_at(&mut b);
                        let pointer = b.ins().load(ptr, flags, at, 0);
                        let extra = b.ins().sload32(flags, insn, 8);
                        b.ins().iadd(pointer, extra)
                    }
                    _ => b.ins().sload32(flags, insn, 8),
                };
                let glue = word(&mut b);
                b.set_srcloc(crate::lower::unwind::target_srcloc(0));
                b.ins().call_indirect(drop_sig, glue, &[place]);
                b.set_srcloc(ir::SourceLoc::default());
                let next = next(&mut b);
                b.ins().jump(dispatch, &[next.into()]);
            }
            op::IF_CLEAR => {
                let at = frame_at(&mut b);
                let flag = b.ins().uload8(types::I32, flags, at, 0);
                let distance = word(&mut b);
                let target = b.ins().iadd(insn, distance);
                let next = next(&mut b);
                b.ins().brif(flag, dispatch, &[next.into()], dispatch, &[target.into()]);
            }
            op::GOTO => {
                let distance = word(&mut b);
                let target = b.ins().iadd(insn, distance);
                b.ins().jump(dispatch, &[target.into()]);
            }
            op::COPY | op::COPY_VIA => {
                let source = b.ins().sload32(flags, insn, 8);
                let source = b.ins().iadd(frame, source);
                let w = word(&mut b);
                let size = b.ins().band_imm_u(w, 0xffff_ffff);
                let dest = frame_at(&mut b);
                let dest = if code as u32 == op::COPY_VIA {
                    let pointer = b.ins().load(ptr, flags, dest, 0);
                    let extra = b.ins().sshr_imm_u(w, 32);
                    b.ins().iadd(pointer, extra)
                } else {
                    dest
                };
                b.call_memmove(config, dest, source, size);
                let next = next(&mut b);
                b.ins().jump(dispatch, &[next.into()]);
            }
            op::SET => {
                let at = frame_at(&mut b);
                let value = b.ins().load(types::I32, flags, insn, 8);
                b.ins().istore8(flags, value, at, 0);
                let next = next(&mut b);
                b.ins().jump(dispatch, &[next.into()]);
            }
            op::TERMINATE => {
                let function = word(&mut b);
                b.ins().call_indirect(nullary_sig, function, &[]);
                b.ins().trap(TrapCode::user(1).unwrap());
            }
            other => unreachable!("cleanup opcode {other} without a block"),
        }
    }
    b.seal_all_blocks();
    b.finalize(cgu.module.target_config());
    Some(LoweredFunction { id, symbol: NAME.to_string(), func, isa: None, cleanup: None, interpreter: Some(imports) })
}

/// The functions the interpreter calls by name, in the unit being compiled.
#[derive(Clone, Copy)]
pub(crate) struct Imports {
    resume: FuncId,
    in_cleanup: FuncId,
}

/// The interpreter's machine code, compiled once per process and reused by every unit: it is
/// the same for all of them but for the ids of what it calls. Compiling it per unit cost
/// incremental builds (with up to 256 units per crate) more than its tables saved.
pub(crate) struct Machine {
    pub(crate) bytes: Vec<u8>,
    pub(crate) alignment: u64,
    pub(crate) relocs: Vec<ModuleReloc>,
    pub(crate) unwind: Option<UnwindInfo>,
    pub(crate) sites: Vec<crate::driver::eh_frame::CallSite>,
}

/// The compiled interpreter and the ISA it was compiled for (`isa_key`).
static COMPILED: Mutex<Option<(String, Machine)>> = Mutex::new(None);

fn isa_key(isa: &dyn cranelift_codegen::isa::TargetIsa) -> String {
    let isa_flags: Vec<String> = isa.isa_flags().iter().map(|flag| flag.to_string()).collect();
    format!("{} {} {}", isa.triple(), isa.flags(), isa_flags.join(","))
}

/// Maps the relocations of one unit's interpreter to another's imports.
fn remap(relocs: &[ModuleReloc], from: Imports, to: Imports) -> Vec<ModuleReloc> {
    let id = |target: &ModuleRelocTarget| match *target {
        ModuleRelocTarget::User { namespace: 0, index } if index == from.resume.as_u32() => to.resume.into(),
        ModuleRelocTarget::User { namespace: 0, index } if index == from.in_cleanup.as_u32() => to.in_cleanup.into(),
        ref other => other.clone(),
    };
    relocs.iter().map(|r| ModuleReloc { offset: r.offset, kind: r.kind, name: id(&r.name), addend: r.addend }).collect()
}

/// The interpreter already compiled for this ISA, with relocations for this unit's imports.
pub(crate) fn compiled(isa: &dyn cranelift_codegen::isa::TargetIsa, imports: Imports) -> Option<Machine> {
    let cache = COMPILED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (key, machine) = cache.as_ref()?;
    if *key != isa_key(isa) {
        return None;
    }
    Some(Machine {
        bytes: machine.bytes.clone(),
        alignment: machine.alignment,
        relocs: remap(&machine.relocs, canonical(), imports),
        unwind: machine.unwind.clone(),
        sites: machine.sites.clone(),
    })
}

/// Imports that stand for "the unit's own" in the cached relocations.
fn canonical() -> Imports {
    Imports { resume: FuncId::from_u32(u32::MAX - 2), in_cleanup: FuncId::from_u32(u32::MAX - 1) }
}

/// Keeps a freshly compiled interpreter for the next units.
pub(crate) fn remember(isa: &dyn cranelift_codegen::isa::TargetIsa, imports: Imports, machine: Machine) {
    let mut cache = COMPILED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if cache.is_none() {
        let relocs = remap(&machine.relocs, imports, canonical());
        *cache = Some((isa_key(isa), Machine { relocs, ..machine }));
    }
}
