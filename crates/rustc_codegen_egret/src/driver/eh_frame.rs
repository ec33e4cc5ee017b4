//! The unwind tables of a unit: `.eh_frame` (one frame description per compiled function) and,
//! for functions with landing pads, `.gcc_except_table` (the LSDA that Rust's personality
//! routine reads to find them).
//!
//! Cranelift describes each function's frame and reports the landing pads of its `try_call`s;
//! this file lays both out. Addresses are written PC-relative (`DW_EH_PE_pcrel |
//! DW_EH_PE_sdata4`), because the objects go into position-independent executables and shared
//! libraries, where absolute addresses in read-only sections are not allowed. The personality
//! routine is reached through a pointer in writable data (`DW_EH_PE_indirect`), as C compilers do.

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_codegen::{CompiledCode, MachExceptionHandler};
use cranelift_module::{DataId, FuncId};
use cranelift_object::ObjectProduct;
use cranelift_object::object::write::{Relocation as ObjectRelocation, StandardSection, SymbolId};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};
use gimli::constants::{DW_EH_PE_indirect, DW_EH_PE_omit, DW_EH_PE_pcrel, DW_EH_PE_sdata4, DW_EH_PE_udata4, DW_EH_PE_uleb128};
use gimli::write::{Address, CieId, EhFrame, EndianVec, FrameTable, RelocateWriter, Relocation, RelocationTarget};
use gimli::{DwEhPe, RunTimeEndian};

/// A call in a compiled function, and where its exceptions land.
#[derive(Clone)]
pub(crate) struct CallSite {
    ret_addr: u32,
    /// The landing pad's offset in the function, and whether it catches (`catch_unwind`) rather
    /// than cleans up.
    landing: Option<(u32, bool)>,
    /// Left out of the call-site table, so that unwinding out of it terminates.
    unlisted: bool,
}

/// The call sites of a compiled function, in code order. A plain call marked with a target
/// number (see `lower::unwind`) lands at that target's landing stub, if the function has
/// stubs (`stubs`: their offsets by target number), or else where the anchor's handler for
/// that number does, or, for the one target without a handler, where the anchor returns to.
/// If the anchor did not survive compilation, the call gets no entry, and the personality
/// routine then aborts the unwinding itself rather than skip the cleanup.
pub(crate) fn call_sites(code: &CompiledCode, stubs: Option<&crate::arch::CleanupStubs>) -> Vec<CallSite> {
    use crate::lower::unwind::{Mark, TARGET_TAG_BASE, mark_of};
    let srclocs = code.buffer.get_srclocs_sorted();
    let mark_at = |offset: u32| {
        let i = srclocs.partition_point(|s| s.end <= offset);
        let s = srclocs.get(i).filter(|s| s.start <= offset && s.loc.is_abs())?;
        mark_of(s.loc.as_abs())
    };
    // The anchor's handlers, by target number, and its return address.
    let mut handlers: Vec<Option<u32>> = Vec::new();
    let mut anchor_return = None;
    let mut sites: Vec<(CallSite, Option<u32>)> = Vec::new();
    for site in code.buffer.call_sites() {
        // The unwinder looks up the byte before the return address, inside the call.
        let mark = mark_at(site.ret_addr - 1);
        if let Some(Mark::Anchor) = mark {
            anchor_return = Some(site.ret_addr);
            for handler in site.exception_handlers {
                if let MachExceptionHandler::Tag(tag, at) = handler
                    && at.is_offset()
                    && let Some(number) = (tag.as_u32()).checked_sub(TARGET_TAG_BASE)
                {
                    let number = number as usize;
                    if handlers.len() <= number {
                        handlers.resize(number + 1, None);
                    }
                    handlers[number] = Some(at.as_offset());
                }
            }
            continue;
        }
        // After finalization every handler is an offset into the function; only a
        // `catch_unwind` call has one.
        let landing = site.exception_handlers.iter().find_map(|handler| match handler {
            MachExceptionHandler::Tag(_, at) if at.is_offset() => Some((at.as_offset(), true)),
            _ => None,
        });
        let number = match mark {
            Some(Mark::Target(number)) => Some(number),
            _ => None,
        };
        sites.push((CallSite { ret_addr: site.ret_addr, landing, unlisted: false }, number));
    }
    // The stubs' call to the interpreter comes last, and lands nowhere.
    let stub_call = stubs.map(|stubs| (CallSite { ret_addr: stubs.call_return, landing: None, unlisted: false }, None));
    sites
        .into_iter()
        .chain(stub_call)
        .map(|(mut site, number)| {
            if let Some(number) = number {
                let handler = match stubs {
                    Some(stubs) => stubs.landings.get(number as usize).copied(),
                    None => handlers.get(number as usize).copied().flatten().or(anchor_return),
                };
                site.landing = handler.map(|at| (at, false));
                site.unlisted = handler.is_none();
            }
            site
        })
        .collect()
}

/// What a relocation in the unwind tables points at.
enum Target {
    Function(FuncId),
    Data(DataId),
    /// An offset into this unit's `.gcc_except_table`.
    Lsda(u64),
}

/// Collects frame descriptions and LSDAs while a unit's functions are compiled.
pub(crate) struct EhFrameBuilder {
    table: FrameTable,
    plain_cie: Option<CieId>,
    /// The CIE naming the personality routine, for functions with landing pads.
    personality_cie: Option<CieId>,
    targets: Vec<Target>,
    lsda: Vec<u8>,
    /// Functions whose code goes on past what Cranelift compiled (landing stubs): their
    /// target index and whole length, which replaces the frame description's.
    lengths: rustc_data_structures::fx::FxHashMap<usize, u32>,
}

impl EhFrameBuilder {
    /// `personality_ref` is the data object holding the personality routine's address; without
    /// it (panic=abort) no function gets an LSDA.
    pub(crate) fn new(isa: &dyn TargetIsa, personality_ref: Option<DataId>) -> Self {
        let mut table = FrameTable::default();
        let mut targets = Vec::new();
        let pcrel = DwEhPe(DW_EH_PE_pcrel.0 | DW_EH_PE_sdata4.0);
        let plain_cie = isa.create_systemv_cie().map(|mut cie| {
            cie.fde_address_encoding = pcrel;
            table.add_cie(cie)
        });
        let personality_cie = personality_ref.and_then(|data| {
            let mut cie = isa.create_systemv_cie()?;
            cie.fde_address_encoding = pcrel;
            cie.lsda_encoding = Some(pcrel);
            let symbol = targets.len();
            targets.push(Target::Data(data));
            cie.personality = Some((DwEhPe(DW_EH_PE_indirect.0 | pcrel.0), Address::Symbol { symbol, addend: 0 }));
            Some(table.add_cie(cie))
        });
        EhFrameBuilder { table, plain_cie, personality_cie, targets, lsda: Vec::new(), lengths: Default::default() }
    }

    /// Records the frame (and landing pads) of a function Cranelift just compiled. With landing
    /// stubs after its code, `length` is the whole function's: Cranelift describes the frame
    /// only up to the end of its own code, and records no change to it after the prologue, so
    /// the stubs, which run in the body's frame, share the body's last row.
    pub(crate) fn add(&mut self, id: FuncId, info: Option<UnwindInfo>, sites: &[CallSite], length: Option<u32>) {
        let Some(UnwindInfo::SystemV(info)) = info else { return };
        if let Some(length) = length {
            self.lengths.insert(self.targets.len(), length);
        }
        let address = Address::Symbol { symbol: self.targets.len(), addend: 0 };
        self.targets.push(Target::Function(id));
        let mut fde = info.to_fde(address);
        // A function whose marked calls are unlisted needs the LSDA too: without one, an
        // unwind would pass through the frame instead of stopping.
        let has_pads = sites.iter().any(|s| s.landing.is_some() || s.unlisted);
        let cie = match (has_pads, self.personality_cie) {
            (true, Some(cie)) => {
                let offset = self.lsda.len() as u64;
                self.lsda.extend(encode_lsda(sites));
                // Keep each LSDA 4-aligned, as its type table is read as 4-byte words.
                while self.lsda.len() % 4 != 0 {
                    self.lsda.push(0);
                }
                fde.lsda = Some(Address::Symbol { symbol: self.targets.len(), addend: 0 });
                self.targets.push(Target::Lsda(offset));
                cie
            }
            _ => match self.plain_cie {
                Some(cie) => cie,
                None => return,
            },
        };
        self.table.add_fde(cie, fde);
    }

    /// Writes the sections into the finished object.
    pub(crate) fn write_into(self, product: &mut ObjectProduct) -> Result<(), String> {
        if !self.targets.iter().any(|t| matches!(t, Target::Function(_))) {
            return Ok(());
        }
        let mut eh_frame = EhFrame(SectionWriter { bytes: EndianVec::new(RunTimeEndian::Little), relocations: Vec::new() });
        self.table.write_eh_frame(&mut eh_frame).map_err(|e| format!("egret: writing .eh_frame: {e}"))?;
        let SectionWriter { bytes, relocations } = eh_frame.0;
        let mut bytes = bytes.into_vec();
        for relocation in &relocations {
            // A frame description's length follows its address, in the same 4-byte encoding.
            if let RelocationTarget::Symbol(index) = relocation.target
                && let Some(&length) = self.lengths.get(&index)
            {
                let at = relocation.offset + relocation.size as usize;
                bytes[at..at + 4].copy_from_slice(&length.to_le_bytes());
            }
        }

        let lsda_base = if self.lsda.is_empty() {
            None
        } else {
            let object = &mut product.object;
            let section = object.add_section(Vec::new(), b".gcc_except_table".to_vec(), SectionKind::ReadOnlyData);
            let base = object.append_section_data(section, &self.lsda, 4);
            Some((object.section_symbol(section), base))
        };

        let section = product.object.section_id(StandardSection::EhFrame);
        let base = product.object.append_section_data(section, &bytes, 8);
        for relocation in relocations {
            let RelocationTarget::Symbol(index) = relocation.target else {
                return Err("egret: .eh_frame relocation against a section".into());
            };
            let (symbol, extra): (SymbolId, i64) = match self.targets[index] {
                Target::Function(id) => (product.function_symbol(id), 0),
                Target::Data(id) => (product.data_symbol(id), 0),
                Target::Lsda(offset) => {
                    let (symbol, lsda_base) = lsda_base.expect("LSDA without a section");
                    (symbol, (lsda_base + offset) as i64)
                }
            };
            let pc_relative = relocation.eh_pe.is_some_and(|pe| pe.application() == DW_EH_PE_pcrel);
            let kind = if pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            product
                .object
                .add_relocation(
                    section,
                    ObjectRelocation {
                        offset: base + relocation.offset as u64,
                        symbol,
                        addend: relocation.addend + extra,
                        flags: RelocationFlags::Generic { kind, encoding: RelocationEncoding::Generic, size: relocation.size * 8 },
                    },
                )
                .map_err(|e| format!("egret: .eh_frame relocation: {e}"))?;
        }
        Ok(())
    }
}

/// The LSDA of one function, in the layout GCC's and Rust's personality routines read: a
/// header, the call-site table (every call, so that calls without a landing pad keep
/// unwinding instead of terminating), one catch-all action, and a type table whose only entry
/// is null, meaning "catch anything" for `catch_unwind`.
fn encode_lsda(sites: &[CallSite]) -> Vec<u8> {
    let catches = sites.iter().any(|s| matches!(s.landing, Some((_, true))));
    let mut table = Vec::new();
    for site in sites.iter().filter(|s| !s.unlisted) {
        // The unwinder looks up the byte before the return address.
        uleb128(&mut table, u64::from(site.ret_addr) - 1);
        uleb128(&mut table, 1);
        match site.landing {
            Some((pad, catch)) => {
                uleb128(&mut table, u64::from(pad));
                uleb128(&mut table, if catch { 1 } else { 0 });
            }
            None => {
                uleb128(&mut table, 0);
                uleb128(&mut table, 0);
            }
        }
    }

    // Everything after the type-table offset field, up to the end of the type table.
    let mut rest = vec![DW_EH_PE_uleb128.0];
    uleb128(&mut rest, table.len() as u64);
    rest.extend(table);
    if catches {
        // Action 1: type filter 1 (the null entry), no next action.
        rest.extend([1, 0]);
        rest.extend([0u8; 4]);
    }

    let mut lsda = vec![DW_EH_PE_omit.0];
    if catches {
        lsda.push(DW_EH_PE_udata4.0);
        uleb128(&mut lsda, rest.len() as u64);
    } else {
        lsda.push(DW_EH_PE_omit.0);
    }
    lsda.extend(rest);
    lsda
}

fn uleb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
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
