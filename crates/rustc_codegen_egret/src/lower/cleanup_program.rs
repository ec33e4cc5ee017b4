//! Cleanup code as data: a function's cleanup blocks written as a small program that one
//! interpreter per unit runs (`shims::cleanup_interpreter`), instead of as machine code.
//!
//! Cleanup code only runs while a panic unwinds, and almost all of it is a few shapes: drop
//! this local (or a field of it, or what it points to), call `Drop::drop` on it, finish an
//! assignment, test or set a drop flag, go to another block, resume the unwinding. Compiled,
//! those blocks and the landing pads in front of them were most of what unwinding added to
//! the backend, for code that is rarely, if ever, run. When every cleanup block that the
//! body's unwind edges lead to has one of those shapes, the function's cleanup becomes a
//! read-only table, and each landing pad is a stub after the function's code that makes a
//! single call, `interpreter(frame, entry, exception)`, with `frame` the address of one of the
//! function's stack slots and `entry` the instruction where that pad's cleanup starts (see
//! `arch::cleanup_stubs`). Such a function has no anchor and no pad blocks at all. Anything
//! else (another call, an enum switch, a loop over an array, a place behind two pointers)
//! keeps the function on the compiled path (`lower::unwind`), as do targets without stubs.
//!
//! Places in the table are offsets from the `frame` slot. Cranelift lays out the stack only
//! when it compiles the function, so the offsets are filled in afterwards, on the worker thread
//! that compiled it (`define_table`), from the frame layout Cranelift reports.
//!
//! Each instruction is 24 bytes: `op: u32, a: i32, c: i32, _: u32, w: u64`.
//!
//! | op | name        | meaning                                                         |
//! |----|-------------|-----------------------------------------------------------------|
//! | 0  | `RESUME`    | continue unwinding with the exception (`_Unwind_Resume`)        |
//! | 1  | `CALL`      | call `w` (drop glue, say) with `frame + a`                      |
//! | 2  | `CALL_VIA`  | call `w` with the pointer at `frame + a`, plus `c`              |
//! | 3  | `CALL_AT`   | call `w` with the address `c` (of a zero-sized value)           |
//! | 4  | `IF_CLEAR`  | if the byte at `frame + a` is zero, go `w` bytes forward/back   |
//! | 5  | `GOTO`      | go `w` bytes forward or back                                    |
//! | 6  | `TERMINATE` | call the function `w`, which aborts                             |
//! | 7  | `COPY`      | copy `w` bytes from `frame + c` to `frame + a`                  |
//! | 8  | `COPY_VIA`  | copy `w & 0xffff_ffff` bytes from `frame + c` to the pointer at  |
//! |    |             | `frame + a`, plus `w >> 32` (signed)                            |
//! | 9  | `SET`       | store the byte `c` at `frame + a` (a drop flag)                 |
//!
//! A drop that panics terminates the process from inside the interpreter, exactly as the
//! `unwind terminate(cleanup)` edge of a cleanup drop asks.

use cranelift_codegen::ir::{InstructionData, Opcode, StackSlot, Value, ValueDef};
use cranelift_codegen::MachBufferFrameLayout;
use cranelift_module::{DataDescription, DataId, FuncId, Module};
use rustc_abi::FieldIdx;
use rustc_data_structures::fx::FxHashMap;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{self, Operand, ProjectionElem, Rvalue, StatementKind, TerminatorKind, UnwindAction};
use rustc_middle::ty::{self, Instance, InstanceKind, Ty};
use rustc_target::callconv::PassMode;

use crate::cx::FnCx;
use crate::slot::SlotRepr;

/// Bytes per instruction.
pub(crate) const INSN_SIZE: u32 = 24;

pub(crate) mod op {
    pub(crate) const RESUME: u32 = 0;
    pub(crate) const CALL: u32 = 1;
    pub(crate) const CALL_VIA: u32 = 2;
    pub(crate) const CALL_AT: u32 = 3;
    pub(crate) const IF_CLEAR: u32 = 4;
    pub(crate) const GOTO: u32 = 5;
    pub(crate) const TERMINATE: u32 = 6;
    pub(crate) const COPY: u32 = 7;
    pub(crate) const COPY_VIA: u32 = 8;
    pub(crate) const SET: u32 = 9;
    /// How many there are: the interpreter traps on anything else.
    pub(crate) const COUNT: u32 = 10;
}

/// A byte in the frame: a stack slot and an offset into it.
#[derive(Clone, Copy)]
struct FrameByte {
    slot: StackSlot,
    offset: i64,
}

/// Where a dropped place is.
#[derive(Clone, Copy)]
enum Location {
    /// In the frame.
    Frame(FrameByte),
    /// Behind the pointer stored in the frame, at an offset.
    Via(FrameByte, i64),
    /// At a constant address (zero-sized values live at their alignment).
    At(i64),
}

#[derive(Clone, Copy)]
enum Insn {
    Resume,
    /// Calls a function that takes one pointer to a place: its drop glue, or `Drop::drop`.
    Call(Location, FuncId),
    /// Copies `size` bytes (an assignment that cleanup code still makes).
    Copy { to: Location, from: FrameByte, size: u32 },
    /// Sets a drop flag.
    Set(FrameByte, u8),
    IfClear(FrameByte, mir::BasicBlock),
    Goto(mir::BasicBlock),
    Terminate(FuncId),
}

/// A function's cleanup program, waiting for its frame offsets.
pub(crate) struct CleanupTable {
    data: DataId,
    insns: Vec<Insn>,
    /// Where each MIR cleanup block starts.
    starts: FxHashMap<mir::BasicBlock, u32>,
    /// The slot whose address the landing pads pass as `frame`; `None` when no instruction
    /// reads the frame.
    frame: Option<StackSlot>,
    /// The `TERMINATE` instructions added for termination targets, by reason.
    terminates: Vec<(mir::UnwindTerminateReason, u32)>,
    /// The instruction each landing pad starts at, by target number (`lower::unwind`).
    targets: Vec<u32>,
    /// The unit's interpreter, which the landing pads call.
    interpreter: FuncId,
}

impl CleanupTable {
    /// The instruction where cleanup block `bb` starts.
    pub(crate) fn start_of(&self, bb: mir::BasicBlock) -> u32 {
        self.starts[&bb]
    }

    /// An instruction that terminates for `reason` (added on first use).
    pub(crate) fn terminate(&mut self, fx: &mut FnCx<'_, '_>, reason: mir::UnwindTerminateReason) -> u32 {
        if let Some(&(_, at)) = self.terminates.iter().find(|(r, _)| *r == reason) {
            return at;
        }
        let at = self.insns.len() as u32;
        self.insns.push(Insn::Terminate(lang_item_function(fx, reason)));
        self.terminates.push((reason, at));
        at
    }

    /// Records where each target's landing pad starts.
    pub(crate) fn set_targets(&mut self, targets: Vec<u32>) {
        self.targets = targets;
    }
}

/// What the landing stubs of a compiled function need (see `arch::cleanup_stubs`).
pub(crate) struct StubInputs {
    /// The table, and the byte offset in it where each target starts, by target number.
    pub(crate) table: DataId,
    pub(crate) entries: Vec<u32>,
    /// The frame slot's offset from the stack pointer, if the table reads the frame.
    pub(crate) frame_offset: Option<u32>,
    pub(crate) interpreter: FuncId,
}

fn lang_item_function(fx: &mut FnCx<'_, '_>, reason: mir::UnwindTerminateReason) -> FuncId {
    let def_id = fx.tcx.require_lang_item(reason.lang_item(), fx.mir.span);
    fx.cgu.symbols.function(fx.tcx, &mut fx.cgu.module, Instance::mono(fx.tcx, def_id))
}

/// Writes the cleanup blocks in `landed` as a table, if every one of them has a shape the
/// interpreter runs; `None` leaves them to be compiled.
pub(crate) fn build(fx: &mut FnCx<'_, '_>, landed: &DenseBitSet<mir::BasicBlock>) -> Option<CleanupTable> {
    if crate::config::Config::get().compiled_cleanup {
        return None;
    }
    let mut writer = Writer { insns: Vec::new(), starts: FxHashMap::default(), pending: Vec::new() };
    for bb in landed.iter() {
        writer.pending.push(bb);
        while let Some(bb) = writer.pending.pop() {
            writer.write_chain(fx, bb)?;
        }
    }
    let frame = writer.insns.iter().find_map(|insn| match *insn {
        Insn::Call(Location::Frame(at) | Location::Via(at, _), _)
        | Insn::IfClear(at, _)
        | Insn::Set(at, _)
        | Insn::Copy { from: at, .. } => Some(at.slot),
        _ => None,
    });
    let data = fx.cgu.module.declare_anonymous_data(false, false).expect("declaring a cleanup table");
    let interpreter = crate::shims::cleanup_interpreter::declare(fx.cgu);
    Some(CleanupTable {
        data,
        insns: writer.insns,
        starts: writer.starts,
        frame,
        terminates: Vec::new(),
        targets: Vec::new(),
        interpreter,
    })
}

struct Writer {
    insns: Vec<Insn>,
    starts: FxHashMap<mir::BasicBlock, u32>,
    /// Blocks a jump refers to that are not written yet.
    pending: Vec<mir::BasicBlock>,
}

impl Writer {
    /// Writes `bb` and the blocks it goes on to, as long as they are not written yet: a drop
    /// and the block after it follow each other in the table without a jump.
    fn write_chain<'tcx>(&mut self, fx: &mut FnCx<'_, 'tcx>, mut bb: mir::BasicBlock) -> Option<()> {
        loop {
            if self.starts.contains_key(&bb) {
                return Some(());
            }
            self.starts.insert(bb, self.insns.len() as u32);
            let data = &fx.mir.basic_blocks[bb];
            // Pointers the block takes for its call: only the call reads them (it moves them).
            let mut pointers: Vec<(mir::Local, Location)> = Vec::new();
            for statement in &data.statements {
                match &statement.kind {
                    StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Nop => {}
                    StatementKind::Assign(assign) => match &assign.1 {
                        Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place) if assign.0.projection.is_empty() => {
                            pointers.push((assign.0.local, place_location(fx, *place)?));
                        }
                        Rvalue::Use(Operand::Copy(source) | Operand::Move(source), _) => {
                            self.insns.extend(copy_insn(fx, assign.0, *source)?);
                        }
                        Rvalue::Use(Operand::Constant(constant), _) => {
                            let value = fx.monomorphize(constant.const_).try_to_bool()?;
                            self.insns.push(Insn::Set(flag_byte(fx, assign.0)?, value as u8));
                        }
                        _ => return None,
                    },
                    _ => return None,
                }
            }
            let next = match &data.terminator().kind {
                TerminatorKind::Goto { target } => *target,
                TerminatorKind::Drop { place, target, unwind, .. } => {
                    if !terminates_in_cleanup(*unwind) {
                        return None;
                    }
                    if let Some(insn) = drop_insn(fx, *place)? {
                        self.insns.push(insn);
                    }
                    *target
                }
                TerminatorKind::Call { func, args, destination, target: Some(target), unwind, .. } => {
                    if !terminates_in_cleanup(*unwind) {
                        return None;
                    }
                    let [arg] = &args[..] else { return None };
                    let Operand::Move(arg) = arg.node else { return None };
                    if !arg.projection.is_empty() {
                        return None;
                    }
                    let location = match pointers.iter().find(|(local, _)| *local == arg.local) {
                        Some((_, location)) => *location,
                        None => pointer_in_frame(fx, arg.local)?,
                    };
                    let callee = pointer_callee(fx, func, *destination)?;
                    self.insns.push(Insn::Call(location, callee));
                    *target
                }
                TerminatorKind::SwitchInt { discr: Operand::Copy(place) | Operand::Move(place), targets } => {
                    let [(0, if_clear)] = targets.iter().collect::<Vec<_>>()[..] else { return None };
                    let flag = flag_byte(fx, *place)?;
                    self.insns.push(Insn::IfClear(flag, if_clear));
                    self.pending.push(if_clear);
                    targets.otherwise()
                }
                TerminatorKind::UnwindResume => {
                    self.insns.push(Insn::Resume);
                    return Some(());
                }
                TerminatorKind::UnwindTerminate(reason) => {
                    let id = lang_item_function(fx, *reason);
                    self.insns.push(Insn::Terminate(id));
                    return Some(());
                }
                _ => return None,
            };
            if self.starts.contains_key(&next) {
                self.insns.push(Insn::Goto(next));
                return Some(());
            }
            bb = next;
        }
    }
}

/// Whether a cleanup call's unwind edge is the one the interpreter gives every call it makes:
/// a panic there terminates.
fn terminates_in_cleanup(unwind: UnwindAction) -> bool {
    matches!(unwind, UnwindAction::Terminate(mir::UnwindTerminateReason::InCleanup) | UnwindAction::Unreachable)
}

/// Where the thin pointer held by a local in the frame points.
fn pointer_in_frame(fx: &FnCx<'_, '_>, local: mir::Local) -> Option<Location> {
    let slot = fx.locals[local];
    let pointee = slot.layout.ty.builtin_deref(true)?;
    if !fx.layout_of(fx.monomorphize(pointee)).is_sized() {
        return None;
    }
    let SlotRepr::Mem { addr, meta: None } = slot.repr else { return None };
    match root(fx, addr)? {
        Location::Frame(at) => Some(Location::Via(at, 0)),
        _ => None,
    }
}

/// `dest = copy source` (or `move`): a copy of the bytes, when the source is in the frame and
/// the destination in the frame or behind a pointer in it; nothing for a zero-sized value.
fn copy_insn<'tcx>(fx: &FnCx<'_, 'tcx>, dest: mir::Place<'tcx>, source: mir::Place<'tcx>) -> Option<Option<Insn>> {
    let layout = fx.layout_of(fx.monomorphize(dest.ty(fx.mir, fx.tcx).ty));
    if !layout.is_sized() {
        return None;
    }
    if layout.is_zst() {
        return Some(None);
    }
    let Location::Frame(from) = place_location(fx, source)? else { return None };
    let to = place_location(fx, dest)?;
    if matches!(to, Location::At(_)) {
        return None;
    }
    let size = u32::try_from(layout.size.bytes()).ok()?;
    Some(Some(Insn::Copy { to, from, size }))
}

/// The function a cleanup call calls, if it is a plain function taking one pointer and
/// returning nothing (`<Box<T> as Drop>::drop`, say).
fn pointer_callee<'tcx>(fx: &mut FnCx<'_, 'tcx>, func: &Operand<'tcx>, destination: mir::Place<'tcx>) -> Option<FuncId> {
    let ty = fx.monomorphize(func.constant()?.ty());
    let ty::FnDef(def_id, args) = *ty.kind() else { return None };
    if !fx.layout_of(fx.monomorphize(destination.ty(fx.mir, fx.tcx).ty)).is_zst() {
        return None;
    }
    let instance = Instance::try_resolve(fx.tcx, ty::TypingEnv::fully_monomorphized(), def_id, args).ok()??;
    if !matches!(instance.def, InstanceKind::Item(_) | InstanceKind::DropGlue(..)) {
        return None;
    }
    takes_one_pointer(fx, instance).then(|| fx.cgu.symbols.function(fx.tcx, &mut fx.cgu.module, instance))
}

/// Whether a function's ABI is one pointer in, nothing out: what the interpreter calls.
fn takes_one_pointer<'tcx>(fx: &FnCx<'_, 'tcx>, instance: Instance<'tcx>) -> bool {
    let fn_abi = fx.fn_abi_of_instance(instance, &[]);
    let one_pointer = matches!(&fn_abi.args[..], [arg] if matches!(arg.mode, PassMode::Direct(_)));
    one_pointer && fn_abi.ret.is_ignore() && !fn_abi.c_variadic
}

/// A drop flag: a one-byte local in the frame, read or written whole.
fn flag_byte(fx: &FnCx<'_, '_>, place: mir::Place<'_>) -> Option<FrameByte> {
    let slot = fx.locals[place.local];
    if !place.projection.is_empty() || slot.layout.size.bytes() != 1 {
        return None;
    }
    match slot.repr {
        SlotRepr::Mem { addr, meta: None } => match root(fx, addr)? {
            Location::Frame(at) => Some(at),
            _ => None,
        },
        _ => None,
    }
}

/// The instruction that drops `place`; `Some(None)` when its type has no drop glue.
fn drop_insn<'tcx>(fx: &mut FnCx<'_, 'tcx>, place: mir::Place<'tcx>) -> Option<Option<Insn>> {
    let ty = fx.monomorphize(place.ty(fx.mir, fx.tcx).ty);
    let instance = Instance::resolve_drop_glue(fx.tcx, ty);
    if let InstanceKind::DropGlue(_, None) = instance.def {
        return Some(None);
    }
    if matches!(ty.kind(), ty::Dynamic(..)) || !fx.layout_of(ty).is_sized() {
        return None;
    }
    if !takes_one_pointer(fx, instance) {
        return None;
    }
    let location = place_location(fx, place)?;
    let glue = fx.cgu.symbols.function(fx.tcx, &mut fx.cgu.module, instance);
    Some(Some(Insn::Call(location, glue)))
}

/// Where a place is, if it is a local (or what a local in the frame points to) with fields and
/// variants taken at constant offsets.
fn place_location<'tcx>(fx: &FnCx<'_, 'tcx>, place: mir::Place<'tcx>) -> Option<Location> {
    let slot = fx.locals[place.local];
    let SlotRepr::Mem { addr, meta: None } = slot.repr else {
        return match slot.repr {
            SlotRepr::Zst if place.projection.is_empty() => Some(Location::At(slot.layout.align.abi.bytes() as i64)),
            _ => None,
        };
    };
    let mut location = root(fx, addr)?;
    let mut layout = slot.layout;
    let mut place_ty = mir::PlaceTy::from_ty(layout.ty);
    for (i, elem) in place.projection.iter().enumerate() {
        let elem = fx.monomorphize(elem);
        let next_ty = place_ty.projection_ty(fx.tcx, elem);
        match elem {
            ProjectionElem::Deref if i == 0 => {
                let Location::Frame(at) = location else { return None };
                let pointee: Ty<'_> = next_ty.ty;
                if !fx.layout_of(pointee).is_sized() {
                    return None;
                }
                location = Location::Via(at, 0);
                layout = fx.layout_of(pointee);
            }
            ProjectionElem::Field(field, _) => {
                let offset = layout.fields.offset(FieldIdx::as_usize(field)).bytes() as i64;
                location = match location {
                    Location::Frame(at) => Location::Frame(FrameByte { slot: at.slot, offset: at.offset + offset }),
                    Location::Via(at, extra) => Location::Via(at, extra + offset),
                    Location::At(_) => return None,
                };
                layout = fx.layout_of(next_ty.ty);
            }
            ProjectionElem::Downcast(_, variant) => layout = layout.for_variant(&fx.lcx, variant),
            _ => return None,
        }
        place_ty = next_ty;
    }
    Some(location)
}

/// Where the memory at `addr` (a local's address as the body computed it) is: a stack slot, a
/// constant, or an entry pointer that `lower::unwind::save_for_cleanup` kept in the frame.
fn root(fx: &FnCx<'_, '_>, addr: Value) -> Option<Location> {
    let dfg = &fx.b.func.dfg;
    match dfg.value_def(addr) {
        ValueDef::Result(inst, 0) => match dfg.insts[inst] {
            InstructionData::StackAddr { opcode: Opcode::StackAddr, stack_slot, offset } => {
                Some(Location::Frame(FrameByte { slot: stack_slot, offset: i64::from(i32::from(offset)) }))
            }
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => Some(Location::At(imm.bits())),
            _ => None,
        },
        _ => {
            let saved = crate::lower::unwind::saved_slot(fx, addr)?;
            Some(Location::Via(FrameByte { slot: saved, offset: 0 }, 0))
        }
    }
}

/// Defines the table of a compiled function, now that Cranelift has placed its stack slots.
pub(crate) fn define_table(
    module: &mut cranelift_object::ObjectModule,
    table: CleanupTable,
    layout: Option<&MachBufferFrameLayout>,
) -> Result<StubInputs, String> {
    let frame_offset = |at: FrameByte| -> Result<i32, String> {
        let layout = layout.ok_or("egret: Cranelift reported no frame layout for a cleanup table")?;
        let base = layout.stackslots[table.frame.expect("a frame byte without a frame slot")].offset;
        let offset = i64::from(layout.stackslots[at.slot].offset) - i64::from(base) + at.offset;
        i32::try_from(offset).map_err(|_| "egret: a cleanup table offset out of range".to_string())
    };
    let mut bytes = Vec::with_capacity(table.insns.len() * INSN_SIZE as usize);
    let mut calls: Vec<(u32, FuncId)> = Vec::new();
    for (index, insn) in table.insns.iter().enumerate() {
        let jump = |target: &mir::BasicBlock| {
            (i64::from(table.starts[target]) - index as i64) * i64::from(INSN_SIZE)
        };
        let (code, a, c, w) = match insn {
            Insn::Resume => (op::RESUME, 0, 0, 0),
            Insn::Call(location, glue) => {
                calls.push((index as u32, *glue));
                match *location {
                    Location::Frame(at) => (op::CALL, frame_offset(at)?, 0, 0),
                    Location::Via(at, extra) => {
                        let extra = i32::try_from(extra).map_err(|_| "egret: a cleanup field offset out of range")?;
                        (op::CALL_VIA, frame_offset(at)?, extra, 0)
                    }
                    Location::At(address) => {
                        let address = i32::try_from(address).map_err(|_| "egret: a constant address out of range")?;
                        (op::CALL_AT, 0, address, 0)
                    }
                }
            }
            Insn::Copy { to, from, size } => match to {
                Location::Frame(at) => (op::COPY, frame_offset(*at)?, frame_offset(*from)?, i64::from(*size)),
                Location::Via(at, extra) => {
                    let extra = i32::try_from(*extra).map_err(|_| "egret: a cleanup field offset out of range")?;
                    let word = (i64::from(extra) << 32) | i64::from(*size);
                    (op::COPY_VIA, frame_offset(*at)?, frame_offset(*from)?, word)
                }
                Location::At(_) => unreachable!("a copy to a constant address"),
            },
            Insn::Set(flag, value) => (op::SET, frame_offset(*flag)?, i32::from(*value), 0),
            Insn::IfClear(flag, target) => (op::IF_CLEAR, frame_offset(*flag)?, 0, jump(target)),
            Insn::Goto(target) => (op::GOTO, 0, 0, jump(target)),
            Insn::Terminate(function) => {
                calls.push((index as u32, *function));
                (op::TERMINATE, 0, 0, 0)
            }
        };
        bytes.extend(code.to_le_bytes());
        bytes.extend(a.to_le_bytes());
        bytes.extend(c.to_le_bytes());
        bytes.extend(0u32.to_le_bytes());
        bytes.extend(w.to_le_bytes());
    }
    let mut desc = DataDescription::new();
    desc.define(bytes.into_boxed_slice());
    desc.set_align(8);
    for (index, function) in calls {
        let reference = module.declare_func_in_data(function, &mut desc);
        desc.write_function_addr(index * INSN_SIZE + 16, reference);
    }
    module.define_data(table.data, &desc).map_err(|e| format!("egret: defining a cleanup table: {e}"))?;
    let frame_offset = match table.frame {
        Some(slot) => Some(layout.ok_or("egret: Cranelift reported no frame layout for a cleanup table")?.stackslots[slot].offset),
        None => None,
    };
    Ok(StubInputs {
        table: table.data,
        entries: table.targets.iter().map(|at| at * INSN_SIZE).collect(),
        frame_offset,
        interpreter: table.interpreter,
    })
}
