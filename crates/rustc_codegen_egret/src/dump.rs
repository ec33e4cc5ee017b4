//! Dumps of a function's MIR and CLIF, for `EGRET_DUMP` and for reports of internal errors.

use cranelift_codegen::ir;
use rustc_middle::ty::{Instance, TyCtxt};

/// Prints the MIR of a function, before lowering starts (so that it is there even if lowering
/// fails).
pub(crate) fn dump_mir<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>, symbol: &str) {
    // Printing paths normally computes "trimmed" names, which rustc only allows while it reports
    // a diagnostic; a dump is not one.
    rustc_middle::ty::print::with_no_trimmed_paths!({
        let mir = tcx.instance_mir(instance.def);
        let mut text = Vec::new();
        let _ = rustc_middle::mir::pretty::MirWriter::new(tcx).write_mir_fn(mir, &mut text);
        eprintln!("==== egret: MIR of {instance} ({symbol})\n{}", String::from_utf8_lossy(&text));
    });
}

/// Prints the CLIF of a lowered function.
pub(crate) fn dump_clif(symbol: &str, func: &ir::Function) {
    eprintln!("==== egret: CLIF of {symbol}\n{}", func.display());
}
