//! Inline assembly (`asm!`).
//!
//! A block whose template is only comments and whitespace, such as `asm!("/*{0}*/", inout(reg)
//! x)`, is the optimization-barrier idiom: executing it does nothing, so each `inout` operand's
//! output is its input, and no code is needed. Any other block becomes a call to a thunk that the
//! target writes as assembly text (`arch/x86_64/inline_asm.rs`): the inputs go into an operand
//! area on the stack, the thunk loads them into their registers, runs the template and stores the
//! outputs back, and the outputs are then read from the area into their places.

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, TrapCode};
use cranelift_module::{Linkage, Module};
use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_middle::mir::{self, InlineAsmOperand};
use rustc_target::asm::InlineAsmRegOrRegClass;

use crate::arch::x86_64::inline_asm::{OperandInfo, RegKind, TemplatePart, ThunkOperand, allocate, class_family, named_register};
use crate::cx::FnCx;
use crate::datum::Datum;

/// Every register operand gets a slot this large in the area: enough for a `ymm` register.
const SLOT: u32 = 32;

pub(crate) fn lower_inline_asm<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    options: InlineAsmOptions,
    targets: &[mir::BasicBlock],
) {
    if is_empty_template(template) {
        for operand in operands {
            if let InlineAsmOperand::InOut { in_value, out_place: Some(place), .. } = operand {
                let value = crate::lower::operand::lower_operand(fx, in_value);
                let dest = crate::lower::place::lower_place(fx, *place);
                dest.write(fx, value);
            }
            // `out` operands receive whatever the register held; keeping the place's old
            // value is one such value.
        }
    } else if fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64 {
        call_thunk(fx, template, operands, options);
    } else {
        fx.unsupported("inline assembly (`asm!`) on this target");
    }
    match targets.first() {
        Some(target) => {
            let block = fx.blocks[*target];
            fx.b.ins().jump(block, &[]);
        }
        // `options(noreturn)`: falling out of the block is undefined behaviour.
        None => {
            fx.b.ins().trap(TrapCode::user(1).unwrap());
        }
    }
}

/// Registers, area slots and the thunk for one block, then the call.
fn call_thunk<'tcx>(fx: &mut FnCx<'_, 'tcx>, template: &[InlineAsmTemplatePiece], operands: &[InlineAsmOperand<'tcx>], options: InlineAsmOptions) {
    // Explicit registers first, so that class operands get registers nobody names.
    let mut taken: Vec<RegKind> = Vec::new();
    let mut chosen: Vec<Option<RegKind>> = vec![None; operands.len()];
    for (i, operand) in operands.iter().enumerate() {
        if let Some(InlineAsmRegOrRegClass::Reg(reg)) = operand_reg(operand) {
            match named_register(reg.name()) {
                Some(kind) => {
                    chosen[i] = Some(kind);
                    taken.push(kind);
                }
                // Clobbering a register egret never holds a value in (the upper AVX-512, mask
                // and x87 registers that `clobber_abi` lists) needs nothing: the thunk is called
                // like a function, and all of those are caller-saved.
                None if is_clobber(operand) => {}
                None => return fx.unsupported(format!("the register `{}` in `asm!`", reg.name())),
            }
        }
    }
    for (i, operand) in operands.iter().enumerate() {
        if let Some(InlineAsmRegOrRegClass::RegClass(class)) = operand_reg(operand) {
            let name = class.name().to_string();
            let Some(kind) = class_family(&name).and_then(|family| allocate(family, &taken)) else {
                return fx.unsupported(format!("the register class `{name}` in `asm!`"));
            };
            chosen[i] = Some(kind);
            taken.push(kind);
        }
    }

    let area = fx.stack_slot(u64::from(SLOT) * operands.len().max(1) as u64, 32);
    let mut infos = Vec::with_capacity(operands.len());
    let mut outputs: Vec<(u32, mir::Place<'tcx>)> = Vec::new();
    for (i, operand) in operands.iter().enumerate() {
        let offset = SLOT * i as u32;
        let class = operand_reg(operand).map(|r| r.reg_class().name().to_string()).unwrap_or_default();
        let info = match operand {
            InlineAsmOperand::In { value, .. } => {
                let size = store_input(fx, value, area, offset);
                OperandInfo::Register { op: ThunkOperand { reg: chosen[i].unwrap(), offset, size, input: true, output: false }, class }
            }
            InlineAsmOperand::Out { .. } if chosen[i].is_none() => OperandInfo::Clobber,
            InlineAsmOperand::Out { place, .. } => {
                let size = match place {
                    Some(place) => {
                        outputs.push((offset, *place));
                        place_size(fx, *place)
                    }
                    None => 8,
                };
                let output = place.is_some();
                OperandInfo::Register { op: ThunkOperand { reg: chosen[i].unwrap(), offset, size, input: false, output }, class }
            }
            InlineAsmOperand::InOut { in_value, out_place, .. } => {
                let size = store_input(fx, in_value, area, offset);
                if let Some(place) = out_place {
                    outputs.push((offset, *place));
                }
                let output = out_place.is_some();
                OperandInfo::Register { op: ThunkOperand { reg: chosen[i].unwrap(), offset, size, input: true, output }, class }
            }
            InlineAsmOperand::Const { value } => {
                let ty = fx.monomorphize(value.ty());
                let evaluated = fx.monomorphize(value.const_).eval(fx.tcx, rustc_middle::ty::TypingEnv::fully_monomorphized(), value.span);
                match evaluated.ok().and_then(|v| crate::lower::asm_items::integer_text(v, ty)) {
                    Some(text) => OperandInfo::Constant(text),
                    None => return fx.unsupported("a non-integer `const` operand in `asm!`"),
                }
            }
            InlineAsmOperand::SymFn { .. } | InlineAsmOperand::SymStatic { .. } => {
                return fx.unsupported("`sym` operands in `asm!`");
            }
            InlineAsmOperand::Label { .. } => return fx.unsupported("`label` operands in `asm!` (asm goto)"),
        };
        infos.push(info);
    }

    let parts: Vec<TemplatePart<'_>> = template
        .iter()
        .map(|piece| match piece {
            InlineAsmTemplatePiece::String(s) => TemplatePart::Text(s),
            InlineAsmTemplatePiece::Placeholder { operand_idx, modifier, .. } => {
                TemplatePart::Operand { index: *operand_idx, modifier: *modifier }
            }
        })
        .collect();
    let name = format!("__egret_asm_{}_{}", fx.cgu.asm_prefix, fx.cgu.asm_count);
    fx.cgu.asm_count += 1;
    crate::arch::x86_64::inline_asm::write_thunk(
        &mut fx.cgu.asm_text,
        &name,
        &infos,
        &parts,
        options.contains(InlineAsmOptions::ATT_SYNTAX),
    );

    let mut sig = Signature::new(fx.cgu.module.target_config().default_call_conv);
    sig.params.push(AbiParam::new(fx.ptr_ty));
    let id = match fx.cgu.module.declare_function(&name, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(e) => return fx.unsupported(format!("`asm!` (declaring its thunk failed: {e})")),
    };
    let func = fx.func_ref(id);
    fx.b.ins().call(func, &[area]);

    for (offset, place) in outputs {
        let dest = crate::lower::place::lower_place(fx, place);
        let addr = fx.offset_ptr(area, i64::from(offset));
        let value = Datum::in_memory(addr, dest.layout).loaded(fx);
        dest.write(fx, value);
    }
}

fn is_clobber(operand: &InlineAsmOperand<'_>) -> bool {
    matches!(operand, InlineAsmOperand::Out { place: None, .. })
}

fn operand_reg(operand: &InlineAsmOperand<'_>) -> Option<InlineAsmRegOrRegClass> {
    match operand {
        InlineAsmOperand::In { reg, .. } | InlineAsmOperand::Out { reg, .. } | InlineAsmOperand::InOut { reg, .. } => Some(*reg),
        _ => None,
    }
}

/// Stores an input operand into its area slot; returns its size.
fn store_input<'tcx>(fx: &mut FnCx<'_, 'tcx>, value: &mir::Operand<'tcx>, area: cranelift_codegen::ir::Value, offset: u32) -> u32 {
    let datum = crate::lower::operand::lower_operand(fx, value);
    let addr = fx.offset_ptr(area, i64::from(offset));
    crate::slot::Slot::in_memory(addr, datum.layout).write(fx, datum);
    datum.layout.size.bytes() as u32
}

fn place_size<'tcx>(fx: &mut FnCx<'_, 'tcx>, place: mir::Place<'tcx>) -> u32 {
    let ty = fx.monomorphize(place.ty(fx.mir, fx.tcx).ty);
    fx.layout_of(ty).size.bytes() as u32
}

/// Whether the template, with operands substituted, is nothing but `/* */` comments and
/// whitespace.
fn is_empty_template(template: &[InlineAsmTemplatePiece]) -> bool {
    let mut text = String::new();
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(s) => text.push_str(s),
            InlineAsmTemplatePiece::Placeholder { .. } => text.push('x'),
        }
    }
    let mut rest = text.as_str();
    loop {
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return true;
        }
        let Some(comment) = trimmed.strip_prefix("/*") else { return false };
        let Some(end) = comment.find("*/") else { return false };
        rest = &comment[end + 2..];
    }
}
