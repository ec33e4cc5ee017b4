//! Landing stubs on x86-64: the code a cleanup landing pad runs, written as bytes after the
//! function's own machine code (see `arch::cleanup_stubs`).
//!
//! For each target: `lea rsi, [rip + table + entry]`, then a jump to the shared tail:
//! `lea rdi, [rsp + frame]` (or `xor edi, edi`), `mov rdx, rax` (the exception, where the
//! personality routine put it), `call interpreter`, `ud2`. The stack pointer at a landing pad
//! is the body's, so `rsp + frame` is the frame slot's address there as anywhere in the body.

use cranelift_codegen::binemit::Reloc;
use cranelift_module::{ModuleReloc, ModuleRelocTarget};

use crate::arch::CleanupStubs;
use crate::lower::cleanup_program::StubInputs;

pub(crate) fn write(inputs: &StubInputs, at: u32) -> CleanupStubs {
    let mut stubs = CleanupStubs { bytes: Vec::new(), relocs: Vec::new(), landings: Vec::new(), call_return: 0 };
    let offset = |stubs: &CleanupStubs| at + stubs.bytes.len() as u32;
    // One stub per distinct entry, in order of first use; each target lands on its entry's.
    let mut entries: Vec<u32> = Vec::new();
    for entry in &inputs.entries {
        if !entries.contains(entry) {
            entries.push(*entry);
        }
    }
    let mut stub_at = Vec::with_capacity(entries.len());
    let mut jumps = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        stub_at.push(offset(&stubs));
        stubs.bytes.extend([0x48, 0x8d, 0x35]);
        stubs.relocs.push(ModuleReloc {
            offset: offset(&stubs),
            kind: Reloc::X86PCRel4,
            name: ModuleRelocTarget::from(inputs.table),
            addend: i64::from(*entry) - 4,
        });
        stubs.bytes.extend([0; 4]);
        if i + 1 < entries.len() {
            stubs.bytes.push(0xe9);
            jumps.push(stubs.bytes.len());
            stubs.bytes.extend([0; 4]);
        }
    }
    let tail = stubs.bytes.len();
    for jump in jumps {
        let distance = (tail - (jump + 4)) as i32;
        stubs.bytes[jump..jump + 4].copy_from_slice(&distance.to_le_bytes());
    }
    match inputs.frame_offset {
        Some(frame) => {
            stubs.bytes.extend([0x48, 0x8d, 0xbc, 0x24]);
            stubs.bytes.extend(frame.to_le_bytes());
        }
        None => stubs.bytes.extend([0x31, 0xff]),
    }
    stubs.bytes.extend([0x48, 0x89, 0xc2, 0xe8]);
    stubs.relocs.push(ModuleReloc {
        offset: offset(&stubs),
        kind: Reloc::X86CallPLTRel4,
        name: ModuleRelocTarget::from(inputs.interpreter),
        addend: -4,
    });
    stubs.bytes.extend([0; 4]);
    stubs.call_return = offset(&stubs);
    stubs.bytes.extend([0x0f, 0x0b]);
    stubs.landings = inputs.entries.iter().map(|entry| stub_at[entries.iter().position(|e| e == entry).unwrap()]).collect();
    stubs
}
