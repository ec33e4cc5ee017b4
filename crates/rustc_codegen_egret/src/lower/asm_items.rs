//! Assembly that is a whole item rather than a part of a function: `global_asm!` blocks and naked
//! functions (`#[unsafe(naked)]`, whose body is a single `naked_asm!`).
//!
//! Both become text in the unit's assembly file, the one that `asm!` thunks go to (see
//! `driver/assemble.rs`), which is assembled into an object beside the unit's. A naked function
//! is not defined in the Cranelift module: callers in the unit import its symbol, and the
//! assembly defines it, as a global symbol (hidden unless rustc exports it) so that the unit's
//! object can reach it.

use std::fmt::Write;

use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_hir::attrs::Linkage as RustLinkage;
use rustc_middle::mir::interpret::Scalar;
use rustc_middle::mir::{self, ConstValue};
use rustc_middle::mono::Visibility;
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};
use rustc_span::Span;

use crate::cx::CguCx;
use crate::errors::Unsupported;

/// A `global_asm!` item: its template with the operands written in.
pub(crate) fn define_global_asm(cgu: &mut CguCx<'_>, item_id: rustc_hir::ItemId) {
    let tcx = cgu.tcx;
    let item = tcx.hir_item(item_id);
    let rustc_hir::ItemKind::GlobalAsm { asm, .. } = item.kind else {
        cgu.unsupported.push(Unsupported { construct: "a `global_asm!` item of an unknown shape".into(), span: item.span });
        return;
    };
    let mut texts = Vec::with_capacity(asm.operands.len());
    for (operand, span) in asm.operands {
        let text = match *operand {
            rustc_hir::InlineAsmOperand::Const { ref anon_const } => {
                let ty = tcx.typeck_body(anon_const.body).node_type(anon_const.hir_id);
                tcx.const_eval_poly(anon_const.def_id.to_def_id()).ok().and_then(|value| integer_text(value, ty))
            }
            rustc_hir::InlineAsmOperand::SymFn { expr } => match *tcx.typeck(item_id.owner_id).expr_ty(expr).kind() {
                ty::FnDef(def_id, args) => {
                    let instance = Instance::expect_resolve(tcx, ty::TypingEnv::fully_monomorphized(), def_id, args, expr.span);
                    Some(tcx.symbol_name(instance).name.to_string())
                }
                _ => None,
            },
            rustc_hir::InlineAsmOperand::SymStatic { def_id, .. } => Some(static_symbol(tcx, def_id)),
            _ => None,
        };
        match text {
            Some(text) => texts.push(text),
            None => {
                cgu.unsupported.push(Unsupported { construct: "this operand of `global_asm!`".into(), span: *span });
                return;
            }
        }
    }
    let body = render(asm.template, &texts);
    let out = &mut cgu.asm_text;
    write_with_syntax(out, &body, asm.options);
    out.push_str("\t.text\n");
}

/// A naked function: a symbol at the start of its own section, then the `naked_asm!` template.
pub(crate) fn define_naked_function<'tcx>(cgu: &mut CguCx<'tcx>, instance: Instance<'tcx>, linkage: RustLinkage, visibility: Visibility) {
    let tcx = cgu.tcx;
    let span = tcx.def_span(instance.def_id());
    let mir = tcx.instance_mir(instance.def);
    let asm = mir.basic_blocks.iter().find_map(|block| match &block.terminator().kind {
        mir::TerminatorKind::InlineAsm { template, operands, options, .. } => Some((*template, operands, *options)),
        _ => None,
    });
    let Some((template, operands, options)) = asm else {
        cgu.unsupported.push(Unsupported { construct: "a naked function without `naked_asm!`".into(), span });
        return;
    };
    let mut texts = Vec::with_capacity(operands.len());
    for operand in operands.iter() {
        match operand_text(tcx, instance, operand, span) {
            Ok(text) => texts.push(text),
            Err(unsupported) => {
                cgu.unsupported.push(unsupported);
                return;
            }
        }
    }
    let name = tcx.symbol_name(instance).name.to_string();
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let align = attrs.alignment.map_or(16, |a| a.bytes()).max(1);
    let out = &mut cgu.asm_text;
    let _ = writeln!(out, "\t.pushsection .text.{name},\"ax\",@progbits");
    let _ = writeln!(out, "\t.balign {align}");
    match linkage {
        RustLinkage::WeakAny | RustLinkage::WeakODR | RustLinkage::LinkOnceAny | RustLinkage::LinkOnceODR => {
            let _ = writeln!(out, "\t.weak {name}");
        }
        _ => {
            let _ = writeln!(out, "\t.globl {name}");
        }
    }
    // Internal symbols are global only so that the unit's own object can call them.
    if visibility != Visibility::Default || linkage == RustLinkage::Internal {
        let _ = writeln!(out, "\t.hidden {name}");
    }
    let _ = writeln!(out, "\t.type {name},@function\n{name}:");
    let body = render(template, &texts);
    write_with_syntax(out, &body, options);
    let _ = writeln!(out, "\t.size {name}, .-{name}\n\t.popsection");
}

/// The text an operand of `naked_asm!` stands for.
fn operand_text<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>, operand: &mir::InlineAsmOperand<'tcx>, span: Span) -> Result<String, Unsupported> {
    let monomorphize = |value: mir::Const<'tcx>| {
        instance.instantiate_mir_and_normalize_erasing_regions(tcx, ty::TypingEnv::fully_monomorphized(), ty::EarlyBinder::bind(value))
    };
    let text = match operand {
        mir::InlineAsmOperand::Const { value } => {
            let constant = monomorphize(value.const_);
            constant
                .eval(tcx, ty::TypingEnv::fully_monomorphized(), value.span)
                .ok()
                .and_then(|v| integer_text(v, constant.ty()))
        }
        mir::InlineAsmOperand::SymFn { value } => match *monomorphize(value.const_).ty().kind() {
            ty::FnDef(def_id, args) => {
                let callee = Instance::expect_resolve(tcx, ty::TypingEnv::fully_monomorphized(), def_id, args, value.span);
                Some(tcx.symbol_name(callee).name.to_string())
            }
            _ => None,
        },
        mir::InlineAsmOperand::SymStatic { def_id } => Some(static_symbol(tcx, *def_id)),
        _ => None,
    };
    text.ok_or_else(|| Unsupported { construct: "this operand of `naked_asm!`".into(), span })
}

fn static_symbol(tcx: TyCtxt<'_>, def_id: rustc_hir::def_id::DefId) -> String {
    tcx.symbol_name(Instance::mono(tcx, def_id)).name.to_string()
}

/// An integer constant as assembly text, negative values with a minus sign.
pub(crate) fn integer_text(value: ConstValue, ty: Ty<'_>) -> Option<String> {
    let ConstValue::Scalar(Scalar::Int(int)) = value else { return None };
    let bits = int.to_bits_unchecked();
    let size = int.size().bits();
    let negative = matches!(ty.kind(), ty::Int(_)) && size < 128 && (bits >> (size - 1)) & 1 == 1;
    Some(if negative { format!("{}", (bits as i128) - (1i128 << size)) } else { format!("{bits}") })
}

/// The template with every placeholder replaced by its operand's text. Modifiers only apply to
/// register operands, which these items cannot have.
fn render(template: &[InlineAsmTemplatePiece], operands: &[String]) -> String {
    let mut text = String::new();
    for piece in template {
        match piece {
            InlineAsmTemplatePiece::String(s) => text.push_str(s),
            InlineAsmTemplatePiece::Placeholder { operand_idx, .. } => text.push_str(&operands[*operand_idx]),
        }
    }
    text
}

/// The unit's assembly file is in Intel syntax; a template that asked for AT&T syntax switches
/// to it and back.
fn write_with_syntax(out: &mut String, body: &str, options: InlineAsmOptions) {
    let att = options.contains(InlineAsmOptions::ATT_SYNTAX);
    if att {
        out.push_str("\t.att_syntax prefix\n");
    }
    for line in body.lines() {
        let _ = writeln!(out, "\t{line}");
    }
    if att {
        out.push_str("\t.intel_syntax noprefix\n");
    }
}
