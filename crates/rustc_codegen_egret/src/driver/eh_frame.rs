//! The `.eh_frame` section of a unit: one frame description per compiled function, so that
//! panics can unwind through egret's frames and backtraces and debuggers can walk them.
//!
//! Cranelift describes each function's frame; this file lays the descriptions out with gimli.
//! Function addresses are written PC-relative (`DW_EH_PE_pcrel | DW_EH_PE_sdata4`), because the
//! objects go into position-independent executables and shared libraries, where absolute
//! addresses in a read-only section are not allowed.

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use cranelift_object::object::write::{Relocation as ObjectRelocation, StandardSection};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind};
use gimli::constants::{DW_EH_PE_pcrel, DW_EH_PE_sdata4};
use gimli::write::{Address, CieId, EhFrame, EndianVec, FrameTable, RelocateWriter, Relocation, RelocationTarget};
use gimli::{DwEhPe, RunTimeEndian};

/// Collects frame descriptions while a unit's functions are compiled.
pub(crate) struct EhFrameBuilder {
    table: FrameTable,
    cie: Option<CieId>,
    /// The functions in the order their descriptions were added; a description refers to its
    /// function by index into this list.
    functions: Vec<FuncId>,
}

impl EhFrameBuilder {
    pub(crate) fn new(isa: &dyn TargetIsa) -> Self {
        let mut table = FrameTable::default();
        let cie = isa.create_systemv_cie().map(|mut cie| {
            cie.fde_address_encoding = DwEhPe(DW_EH_PE_pcrel.0 | DW_EH_PE_sdata4.0);
            table.add_cie(cie)
        });
        EhFrameBuilder { table, cie, functions: Vec::new() }
    }

    /// Records the frame of a function Cranelift just compiled.
    pub(crate) fn add(&mut self, id: FuncId, info: Option<UnwindInfo>) {
        let (Some(cie), Some(UnwindInfo::SystemV(info))) = (self.cie, info) else { return };
        let address = Address::Symbol { symbol: self.functions.len(), addend: 0 };
        self.functions.push(id);
        self.table.add_fde(cie, info.to_fde(address));
    }

    /// Writes the section into the finished object.
    pub(crate) fn write_into(self, product: &mut ObjectProduct) -> Result<(), String> {
        if self.functions.is_empty() {
            return Ok(());
        }
        let mut eh_frame = EhFrame(SectionWriter { bytes: EndianVec::new(RunTimeEndian::Little), relocations: Vec::new() });
        self.table.write_eh_frame(&mut eh_frame).map_err(|e| format!("egret: writing .eh_frame: {e}"))?;
        let SectionWriter { bytes, relocations } = eh_frame.0;

        let object = &mut product.object;
        let section = object.section_id(StandardSection::EhFrame);
        let base = object.append_section_data(section, bytes.slice(), 8);
        for relocation in relocations {
            let RelocationTarget::Symbol(index) = relocation.target else {
                return Err("egret: .eh_frame relocation against a section".into());
            };
            let pc_relative = relocation.eh_pe.is_some_and(|pe| pe.application() == DW_EH_PE_pcrel);
            let kind = if pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            let symbol = product.function_symbol(self.functions[index]);
            product
                .object
                .add_relocation(
                    section,
                    ObjectRelocation {
                        offset: base + relocation.offset as u64,
                        symbol,
                        addend: relocation.addend,
                        flags: RelocationFlags::Generic {
                            kind,
                            encoding: RelocationEncoding::Generic,
                            size: relocation.size * 8,
                        },
                    },
                )
                .map_err(|e| format!("egret: .eh_frame relocation: {e}"))?;
        }
        Ok(())
    }
}

/// Section bytes plus the relocations gimli asks for.
struct SectionWriter {
    bytes: EndianVec<RunTimeEndian>,
    relocations: Vec<Relocation>,
}

impl RelocateWriter for SectionWriter {
    type Writer = EndianVec<RunTimeEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.bytes
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.bytes
    }

    fn relocate(&mut self, relocation: Relocation) {
        self.relocations.push(relocation);
    }
}

