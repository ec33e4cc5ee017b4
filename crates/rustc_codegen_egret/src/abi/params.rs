//! The callee's side of a call: turning the entry block's parameters into MIR locals.

use cranelift_codegen::ir::{Block, Value};
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir;
use rustc_middle::ty::Ty;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_target::callconv::{ArgAbi, PassMode};

use crate::cx::FnCx;
use crate::datum::Datum;
use crate::slot::{Slot, SlotRepr};

/// What a caller handed over for one argument.
pub(crate) enum Incoming<'tcx> {
    /// A value in registers (or assembled in a fresh stack slot).
    Value(Datum<'tcx>),
    /// Memory the caller set aside for this argument; the callee owns it and may use it as the
    /// local's home directly.
    Owned { addr: Value, meta: Option<Value> },
}

/// Binds the parameters of the entry block to the argument locals (and the return place of an
/// indirect return), creating every local's slot on the way.
pub(crate) fn bind_params<'tcx>(fx: &mut FnCx<'_, 'tcx>, entry: Block, layouts: &[TyAndLayout<'tcx>], in_memory: &DenseBitSet<mir::Local>) {
    let params: Vec<Value> = fx.b.block_params(entry).to_vec();
    let mut params = params.into_iter();
    let fn_abi = fx.fn_abi;

    let ret_ptr = match fn_abi.ret.mode {
        PassMode::Indirect { .. } => Some(params.next().expect("sret parameter")),
        _ => None,
    };

    let mut abi_args = fn_abi.args.iter();
    let mut incoming: Vec<(mir::Local, Vec<Incoming<'tcx>>)> = Vec::new();
    for local in fx.mir.args_iter() {
        let layout = layouts[local.as_usize()];
        if Some(local) == fx.mir.spread_arg {
            // "rust-call" functions receive their tupled last argument one element at a time.
            let ty::Tuple(elements) = layout.ty.kind() else { panic!("spread argument is not a tuple") };
            let parts = elements
                .iter()
                .map(|_| receive(fx, abi_args.next().expect("missing spread argument"), &mut params))
                .collect();
            incoming.push((local, parts));
        } else {
            let arg = abi_args.next().expect("missing argument ABI");
            let part = receive(fx, arg, &mut params);
            incoming.push((local, vec![part]));
        }
    }
    // `#[track_caller]` functions get the caller's location as a hidden last argument.
    if let Some(arg) = abi_args.next() {
        if let Incoming::Value(d) = receive(fx, arg, &mut params) {
            if let crate::datum::DatumRepr::Scalar(value) = d.repr {
                crate::lower::unwind::save_for_cleanup(fx, value);
            }
            fx.caller_location = Some(d);
        }
    }

    // Create the slots of all locals, then fill in the arguments.
    for (index, layout) in layouts.iter().enumerate() {
        let local = mir::Local::from_usize(index);
        let slot = if local == mir::RETURN_PLACE && ret_ptr.is_some() {
            crate::lower::unwind::save_for_cleanup(fx, ret_ptr.unwrap());
            Slot::in_memory(ret_ptr.unwrap(), *layout)
        } else if in_memory.contains(local) {
            match incoming.iter().find(|(l, _)| *l == local) {
                Some((_, parts)) if parts.len() == 1 && matches!(parts[0], Incoming::Owned { .. }) => {
                    let Incoming::Owned { addr, meta } = parts[0] else { unreachable!() };
                    // A cleanup block may drop the argument in place (see `lower::unwind`).
                    crate::lower::unwind::save_for_cleanup(fx, addr);
                    if let Some(meta) = meta {
                        crate::lower::unwind::save_for_cleanup(fx, meta);
                    }
                    Slot { repr: SlotRepr::Mem { addr, meta }, layout: *layout }
                }
                _ if layout.is_unsized() => {
                    // Only arguments can be unsized locals, and those arrive as owned memory.
                    Slot::new_stack(fx, *layout)
                }
                _ => Slot::new_stack(fx, *layout),
            }
        } else {
            crate::function::register_slot(fx, *layout)
        };
        fx.locals.push(slot);
    }

    for (local, parts) in incoming {
        let slot = fx.locals[local];
        if parts.len() == 1 {
            match parts.into_iter().next().unwrap() {
                Incoming::Value(d) => slot.write(fx, d),
                Incoming::Owned { addr, meta } => {
                    if slot.addr_opt() != Some(addr) {
                        let d = Datum { repr: crate::datum::DatumRepr::Mem { addr, meta }, layout: slot.layout };
                        slot.write(fx, d);
                    }
                }
            }
        } else {
            for (i, part) in parts.into_iter().enumerate() {
                let field = slot.field(fx, i);
                let d = match part {
                    Incoming::Value(d) => d,
                    Incoming::Owned { addr, meta } => Datum { repr: crate::datum::DatumRepr::Mem { addr, meta }, layout: field.layout },
                };
                field.write(fx, d);
            }
        }
    }
}

use rustc_middle::ty;

/// Consumes the parameters of one argument.
fn receive<'tcx>(
    fx: &mut FnCx<'_, 'tcx>,
    arg: &ArgAbi<'tcx, Ty<'tcx>>,
    params: &mut impl Iterator<Item = Value>,
) -> Incoming<'tcx> {
    let layout = arg.layout;
    let mut next = || params.next().expect("too few block parameters");
    match &arg.mode {
        PassMode::Ignore => Incoming::Value(Datum::zst(layout)),
        PassMode::Direct(_) => Incoming::Value(Datum::scalar(next(), layout)),
        PassMode::Pair(..) => {
            let a = next();
            let b = next();
            Incoming::Value(Datum::pair(a, b, layout))
        }
        PassMode::Cast { pad_i32, cast } => {
            if *pad_i32 {
                next();
            }
            let pieces = crate::abi::signature::cast_pieces(fx.tcx, cast);
            let size = crate::abi::signature::cast_size(fx.tcx, cast).max(layout.size.bytes());
            let addr = fx.stack_slot(size, layout.align.abi.bytes().max(8));
            for (offset, _) in pieces {
                let v = next();
                fx.store(v, addr, offset.bytes() as i64);
            }
            Incoming::Value(Datum::in_memory(addr, layout).loaded(fx))
        }
        PassMode::Indirect { meta_attrs: None, .. } => Incoming::Owned { addr: next(), meta: None },
        PassMode::Indirect { meta_attrs: Some(_), .. } => {
            let addr = next();
            let meta = next();
            Incoming::Owned { addr, meta: Some(meta) }
        }
    }
}
