//! x86_64 `asm!` thunks.
//!
//! Cranelift cannot embed foreign instructions in a function, so egret moves each `asm!` block
//! into a small function of its own, written as assembly text and assembled by the system
//! assembler (see `driver/assemble.rs`). The function body called from egret's code passes one
//! pointer: an "operand area" in its stack frame. The thunk
//!
//! 1. saves the callee-saved registers the block uses (egret's caller expects them intact),
//! 2. keeps the area pointer in its frame and loads every input operand into its register,
//! 3. runs the template, with each `{placeholder}` replaced by its register or constant,
//! 4. stores every output register back into the area, restores, and returns.
//!
//! Operands with an explicit register (`in("rdi") x`) use it; operands with a class
//! (`inout(reg) x`) get a free register of that class, caller-saved ones first.

use std::fmt::Write;

/// The registers a thunk can hand out, by the class rustc names them with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RegKind {
    /// A general-purpose register, by its number in the x86 encoding (rax = 0 ... r15 = 15).
    Gpr(u8),
    /// `ah`, `bh`, `ch` or `dh`: the high byte of gpr 0 to 3.
    HighByte(u8),
    /// An SSE or AVX register: xmm0..15 (ymm when the operand is 32 bytes).
    Vector(u8),
}

/// One operand of an `asm!` block, as the thunk sees it.
pub(crate) struct ThunkOperand {
    pub(crate) reg: RegKind,
    /// Where its value sits in the operand area.
    pub(crate) offset: u32,
    /// The value's size in bytes.
    pub(crate) size: u32,
    pub(crate) input: bool,
    pub(crate) output: bool,
}

/// A part of the template: text, or a reference to an operand with an optional modifier.
pub(crate) enum TemplatePart<'a> {
    Text(&'a str),
    Operand { index: usize, modifier: Option<char> },
}

const RAX: u8 = 0;
const RDI: u8 = 7;
const CALLEE_SAVED: [u8; 5] = [3, 12, 13, 14, 15];

/// Maps rustc's canonical register name (`"ax"`, `"r8"`, `"al"`, `"xmm3"`) to egret's view.
pub(crate) fn named_register(name: &str) -> Option<RegKind> {
    const GPR: [&str; 16] =
        ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];
    const LOW_BYTE: [&str; 16] =
        ["al", "cl", "dl", "bl", "", "", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"];
    if let Some(i) = GPR.iter().position(|r| *r == name) {
        return Some(RegKind::Gpr(i as u8));
    }
    if let Some(i) = LOW_BYTE.iter().position(|r| !r.is_empty() && *r == name) {
        return Some(RegKind::Gpr(i as u8));
    }
    if let Some(i) = ["ah", "ch", "dh", "bh"].iter().position(|r| *r == name) {
        return Some(RegKind::HighByte(i as u8));
    }
    for prefix in ["xmm", "ymm"] {
        if let Some(n) = name.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()) {
            return (n < 16).then_some(RegKind::Vector(n));
        }
    }
    None
}

/// Which register family a class draws from; `None` for classes egret cannot allocate
/// (mask, x87, MMX, tile registers).
pub(crate) fn class_family(class: &str) -> Option<Family> {
    match class {
        "reg" | "reg_byte" => Some(Family::Gpr),
        "reg_abcd" => Some(Family::GprAbcd),
        "xmm_reg" | "ymm_reg" => Some(Family::Vector),
        _ => None,
    }
}

#[derive(Clone, Copy)]
pub(crate) enum Family {
    Gpr,
    GprAbcd,
    Vector,
}

/// Hands out free registers of a family, avoiding every register already taken.
pub(crate) fn allocate(family: Family, taken: &[RegKind]) -> Option<RegKind> {
    let busy_gpr = |n: u8| taken.iter().any(|t| matches!(t, RegKind::Gpr(m) | RegKind::HighByte(m) if *m == n));
    match family {
        // Caller-saved first, so that most blocks need no saving and restoring.
        Family::Gpr => [0u8, 1, 2, 6, 7, 8, 9, 10, 11, 3, 12, 13, 14, 15].into_iter().find(|n| !busy_gpr(*n)).map(RegKind::Gpr),
        Family::GprAbcd => [0u8, 1, 2, 3].into_iter().find(|n| !busy_gpr(*n)).map(RegKind::Gpr),
        Family::Vector => (0u8..16).find(|n| !taken.contains(&RegKind::Vector(*n))).map(RegKind::Vector),
    }
}

fn gpr_name(n: u8, size: char) -> String {
    const BASE: [&str; 8] = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];
    if n >= 8 {
        return match size {
            'l' => format!("r{n}b"),
            'x' => format!("r{n}w"),
            'e' => format!("r{n}d"),
            _ => format!("r{n}"),
        };
    }
    let base = BASE[n as usize];
    match size {
        'l' if n < 4 => format!("{}l", &base[..1]),
        'l' => format!("{base}l"),
        'x' => base.to_string(),
        'e' => format!("e{base}"),
        _ => format!("r{base}"),
    }
}

/// The text a placeholder becomes.
fn register_text(reg: RegKind, size: u32, class: &str, modifier: Option<char>) -> String {
    match reg {
        RegKind::HighByte(n) => format!("{}h", ["a", "c", "d", "b"][n as usize]),
        RegKind::Gpr(n) => {
            let default = if class == "reg_byte" { 'l' } else { 'r' };
            gpr_name(n, modifier.unwrap_or(default))
        }
        RegKind::Vector(n) => {
            let wide = match modifier {
                Some('y') => true,
                Some(_) => false,
                None => class == "ymm_reg" || size == 32,
            };
            format!("{}mm{n}", if wide { "y" } else { "x" })
        }
    }
}

/// What a placeholder of the template refers to.
pub(crate) enum OperandInfo {
    /// A `const` operand, already formatted.
    Constant(String),
    /// A register operand and the name of its class (`"reg"`, `"xmm_reg"`, ...).
    Register { op: ThunkOperand, class: String },
    /// A clobbered register the thunk need not know about.
    Clobber,
}

/// Writes the thunk `name` into `out`. `operands` is indexed like the block's operands.
pub(crate) fn write_thunk(out: &mut String, name: &str, operands: &[OperandInfo], template: &[TemplatePart<'_>], att_syntax: bool) {
    let registers: Vec<&ThunkOperand> = operands
        .iter()
        .filter_map(|o| match o {
            OperandInfo::Register { op, .. } => Some(op),
            OperandInfo::Constant(_) | OperandInfo::Clobber => None,
        })
        .collect();
    let saved: Vec<u8> = CALLEE_SAVED
        .into_iter()
        .filter(|n| registers.iter().any(|r| matches!(r.reg, RegKind::Gpr(m) | RegKind::HighByte(m) if m == *n)))
        .collect();
    let _ = writeln!(out, "\t.p2align 4\n\t.globl {name}\n\t.hidden {name}\n\t.type {name},@function\n{name}:");
    let _ = writeln!(out, "\tpush rbp\n\tmov rbp, rsp");
    for n in &saved {
        let _ = writeln!(out, "\tpush {}", gpr_name(*n, 'r'));
    }
    // The operand area pointer lives just below the saved registers.
    let area_slot = 8 * (saved.len() + 1);
    let _ = writeln!(out, "\tpush rdi");
    // Keep the stack 16-byte aligned for whatever the template does.
    if (saved.len() + 1) % 2 == 1 {
        let _ = writeln!(out, "\tsub rsp, 8");
    }
    // Inputs; an input in rdi itself is loaded last, since rdi holds the area pointer.
    let mut inputs: Vec<&&ThunkOperand> = registers.iter().filter(|o| o.input).collect();
    inputs.sort_by_key(|o| o.reg == RegKind::Gpr(RDI));
    for op in inputs {
        let _ = writeln!(out, "\t{}", load(op, "rdi"));
    }
    // The template itself.
    if att_syntax {
        let _ = writeln!(out, "\t.att_syntax prefix");
    }
    let mut text = String::new();
    for part in template {
        match part {
            TemplatePart::Text(s) => text.push_str(s),
            TemplatePart::Operand { index, modifier } => match &operands[*index] {
                OperandInfo::Constant(constant) => text.push_str(constant),
                OperandInfo::Clobber => {}
                OperandInfo::Register { op, class } => {
                    if att_syntax {
                        text.push('%');
                    }
                    text.push_str(&register_text(op.reg, op.size, class, *modifier));
                }
            },
        }
    }
    for line in text.lines() {
        let _ = writeln!(out, "\t{line}");
    }
    if att_syntax {
        let _ = writeln!(out, "\t.intel_syntax noprefix");
    }
    // Outputs, through rax as the area pointer: rax's own output goes through the stack.
    let _ = writeln!(out, "\tpush rax\n\tmov rax, qword ptr [rbp - {area_slot}]");
    let mut rax_output = None;
    for op in registers.iter().filter(|o| o.output) {
        if op.reg == RegKind::Gpr(RAX) {
            rax_output = Some(op.offset);
        } else {
            let _ = writeln!(out, "\t{}", store(op, "rax"));
        }
    }
    match rax_output {
        Some(offset) => {
            let _ = writeln!(out, "\tpop qword ptr [rax + {offset}]");
        }
        None => {
            let _ = writeln!(out, "\tadd rsp, 8");
        }
    }
    let _ = writeln!(out, "\tlea rsp, [rbp - {}]", 8 * saved.len());
    for n in saved.iter().rev() {
        let _ = writeln!(out, "\tpop {}", gpr_name(*n, 'r'));
    }
    let _ = writeln!(out, "\tpop rbp\n\tret\n\t.size {name}, .-{name}\n");
}

fn load(op: &ThunkOperand, base: &str) -> String {
    match op.reg {
        RegKind::Gpr(n) => format!("mov {}, qword ptr [{base} + {}]", gpr_name(n, 'r'), op.offset),
        RegKind::HighByte(n) => format!("mov {}h, byte ptr [{base} + {}]", ["a", "c", "d", "b"][n as usize], op.offset),
        RegKind::Vector(n) if op.size > 16 => format!("vmovdqu ymm{n}, ymmword ptr [{base} + {}]", op.offset),
        RegKind::Vector(n) => format!("movdqu xmm{n}, xmmword ptr [{base} + {}]", op.offset),
    }
}

fn store(op: &ThunkOperand, base: &str) -> String {
    match op.reg {
        RegKind::Gpr(n) => format!("mov qword ptr [{base} + {}], {}", op.offset, gpr_name(n, 'r')),
        RegKind::HighByte(n) => format!("mov byte ptr [{base} + {}], {}h", op.offset, ["a", "c", "d", "b"][n as usize]),
        RegKind::Vector(n) if op.size > 16 => format!("vmovdqu ymmword ptr [{base} + {}], ymm{n}", op.offset),
        RegKind::Vector(n) => format!("movdqu xmmword ptr [{base} + {}], xmm{n}", op.offset),
    }
}
