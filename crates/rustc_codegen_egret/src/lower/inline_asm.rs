//! Inline assembly (`asm!`).
//!
//! egret has no assembler of its own yet. What it lowers today is the idiom of an `asm!` whose
//! template is only comments and whitespace, such as `asm!("/*{0}*/", inout(reg) x)`: crates use
//! it as an optimization barrier that hides a value from the compiler. Executing it does nothing,
//! so each `inout` operand's output is its input. Every other `asm!` is reported as unsupported.

use cranelift_codegen::ir::{InstBuilder, TrapCode};
use rustc_ast::InlineAsmTemplatePiece;
use rustc_middle::mir::{self, InlineAsmOperand};

use crate::cx::FnCx;

pub(crate) fn lower_inline_asm<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    template: &[InlineAsmTemplatePiece],
    operands: &[InlineAsmOperand<'tcx>],
    targets: &[mir::BasicBlock],
) {
    if !is_empty_template(template) {
        fx.unsupported("inline assembly (`asm!`) with instructions");
        return;
    }
    for operand in operands {
        if let InlineAsmOperand::InOut { in_value, out_place: Some(place), .. } = operand {
            let value = crate::lower::operand::lower_operand(fx, in_value);
            let dest = crate::lower::place::lower_place(fx, *place);
            dest.write(fx, value);
        }
        // `out` operands receive whatever the register held; keeping the place's old value is
        // one such value.
    }
    match targets.first() {
        Some(target) => {
            let block = fx.blocks[*target];
            fx.b.ins().jump(block, &[]);
        }
        // `options(noreturn)` with nothing in it would fall off the end: that is undefined.
        None => {
            fx.b.ins().trap(TrapCode::user(1).unwrap());
        }
    }
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
