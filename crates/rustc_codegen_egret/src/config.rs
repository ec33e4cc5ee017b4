//! Knobs read from the environment: what to dump and whether to verify the generated IR.

use std::sync::OnceLock;

/// Settings that hold for a whole rustc invocation.
pub(crate) struct Config {
    /// `EGRET_DUMP`: `all`, or a substring of the symbol names whose MIR and CLIF are printed.
    pub(crate) dump: Option<String>,
    /// `EGRET_VERIFY=1` (or a debug build of egret) runs Cranelift's IR verifier on every function.
    pub(crate) verify: bool,
    /// `EGRET_REGALLOC=backtracking|single_pass` overrides the register allocator chosen from
    /// the optimization level.
    pub(crate) regalloc: Option<String>,
    /// `EGRET_TIME=1` prints the CPU time of the backend's phases for each crate (see `timing`).
    pub(crate) time: bool,
    /// `EGRET_COMPILED_CLEANUP=1` compiles every function's cleanup blocks instead of writing
    /// them as tables for the cleanup interpreter (see `lower::cleanup_program`).
    pub(crate) compiled_cleanup: bool,
}

impl Config {
    pub(crate) fn get() -> &'static Config {
        static CONFIG: OnceLock<Config> = OnceLock::new();
        CONFIG.get_or_init(|| Config {
            dump: std::env::var("EGRET_DUMP").ok().filter(|s| !s.is_empty()),
            verify: cfg!(debug_assertions) || std::env::var("EGRET_VERIFY").as_deref() == Ok("1"),
            regalloc: std::env::var("EGRET_REGALLOC").ok().filter(|s| !s.is_empty()),
            time: std::env::var("EGRET_TIME").as_deref() == Ok("1"),
            compiled_cleanup: std::env::var("EGRET_COMPILED_CLEANUP").as_deref() == Ok("1"),
        })
    }

    /// Whether the function with this symbol name should have its MIR and CLIF dumped.
    pub(crate) fn wants_dump(&self, symbol: &str) -> bool {
        match &self.dump {
            Some(pattern) => pattern == "all" || symbol.contains(pattern.as_str()),
            None => false,
        }
    }
}
