//! What unwinding costs the backend: each project's cold egret build runs with `EGRET_TIME=1`,
//! and so does one more cold egret build per run with `profile.dev.panic="abort"`. Every crate
//! egret compiles prints one line, `egret time: <crate>: lower ..s compile ..s write ..s total
//! ..s (CPU)`, the CPU seconds of the backend's own phases summed over its threads; this
//! module reads those lines and sums them, for the whole build and for the crates whose panic
//! strategy the setting changes.
//!
//! Cargo keeps proc-macros, build scripts and everything they depend on unwinding whatever the
//! profile says, so those crates compile the same in both builds and only dilute the ratio.
//! Which crates do change is read from cargo's unit graph of the aborting build
//! (`--unit-graph`, which lists every compilation with its profile's panic strategy).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::builds::Series;
use crate::json::Json;
use super::stats::{Spread, ratio};

/// The `--config` value of the aborting build.
pub const ABORT_CONFIG: &str = r#"profile.dev.panic="abort""#;

/// A project's measurements of what unwinding costs.
#[derive(Default)]
pub struct Cost {
    /// The backend CPU of the cold egret builds, one per run that succeeded: unwinding (the
    /// build the other tables show), and with `panic="abort"`.
    pub unwind: Vec<BackendCpu>,
    pub abort: Vec<BackendCpu>,
    /// The aborting builds' own wall and CPU time, or why one failed.
    pub abort_builds: Series,
    /// Which crates differ, or why cargo could not say (then only the whole build compares).
    pub strategies: Option<Strategies>,
    pub strategies_failure: Option<String>,
    /// Why the measurement stopped short, other than a failed build: a build without
    /// `egret time:` lines.
    pub failure: Option<String>,
}

impl Cost {
    /// Whether every run gave both builds' backend CPU, and cargo said which crates differ.
    pub fn measured(&self) -> bool {
        self.problem().is_none() && self.strategies.is_some() && !self.unwind.is_empty() && self.unwind.len() == self.abort.len()
    }
}

/// Where a crate stands in the comparison.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Strategy {
    Differs,
    UnwindsInBoth,
    Mixed,
    /// Not in the unit graph (or there is none).
    Unknown,
}

impl Strategy {
    pub fn label(self) -> &'static str {
        match self {
            Strategy::Differs => "differs",
            Strategy::UnwindsInBoth => "unwinds in both",
            Strategy::Mixed => "mixed",
            Strategy::Unknown => "unknown",
        }
    }
}

/// One crate's medians over the runs, unwinding and aborting.
pub struct CrateMedians {
    pub name: String,
    pub strategy: Strategy,
    pub unwind: Option<f64>,
    pub abort: Option<f64>,
}

impl CrateMedians {
    /// The seconds unwinding adds to this crate.
    pub fn added(&self) -> Option<f64> {
        Some(self.unwind? - self.abort?)
    }
}

impl Cost {
    fn spreads(&self, of: impl Fn(&BackendCpu) -> f64) -> [Option<Spread>; 2] {
        [Spread::of(self.unwind.iter().map(&of)), Spread::of(self.abort.iter().map(&of))]
    }

    /// The backend CPU of the whole build over the runs, unwinding then aborting.
    pub fn whole(&self) -> [Option<Spread>; 2] {
        self.spreads(BackendCpu::total)
    }

    /// The same over the crates whose strategy differs.
    pub fn differing(&self) -> [Option<Spread>; 2] {
        match &self.strategies {
            Some(strategies) => self.spreads(|cpu| cpu.total_of(&strategies.differing)),
            None => [None, None],
        }
    }

    /// Unwinding over aborting, of the medians.
    pub fn ratio([unwind, abort]: [Option<Spread>; 2]) -> Option<f64> {
        ratio(unwind.map(|s| s.median), abort.map(|s| s.median))
    }

    /// Every crate either build compiled, by name.
    pub fn crates(&self) -> Vec<CrateMedians> {
        let names: BTreeSet<&String> = self.unwind.iter().chain(&self.abort).flat_map(|cpu| cpu.crates.keys()).collect();
        let median = |runs: &[BackendCpu], name: &String| Spread::of(runs.iter().filter_map(|cpu| cpu.crates.get(name).copied())).map(|s| s.median);
        names
            .into_iter()
            .map(|name| {
                let strategy = match &self.strategies {
                    Some(s) if s.differing.contains(name) => Strategy::Differs,
                    Some(s) if s.unwinding_in_both.contains(name) => Strategy::UnwindsInBoth,
                    Some(s) if s.mixed.contains(name) => Strategy::Mixed,
                    _ => Strategy::Unknown,
                };
                CrateMedians { name: name.clone(), strategy, unwind: median(&self.unwind, name), abort: median(&self.abort, name) }
            })
            .collect()
    }

    /// Why the numbers are missing or stop short, if they do.
    pub fn problem(&self) -> Option<&str> {
        self.failure.as_deref().or(self.abort_builds.failure.as_deref()).or(self.strategies_failure.as_deref())
    }
}

/// One build's `egret time:` lines: the backend's CPU seconds per crate name. Crates of the same
/// name are summed (every build script is `build_script_build`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BackendCpu {
    pub crates: BTreeMap<String, f64>,
}

impl BackendCpu {
    /// The lines of a build's stderr; `None` if it has none (a backend without `EGRET_TIME`).
    pub fn parse(stderr: &str) -> Option<BackendCpu> {
        let mut crates = BTreeMap::new();
        for line in stderr.lines() {
            let Some((name, phases)) = line.trim().strip_prefix("egret time: ").and_then(|rest| rest.split_once(": ")) else { continue };
            let mut words = phases.split_whitespace();
            let total = words.by_ref().skip_while(|&w| w != "total").nth(1);
            if let Some(seconds) = total.and_then(|t| t.strip_suffix('s')).and_then(|t| t.parse::<f64>().ok()) {
                *crates.entry(name.to_string()).or_insert(0.0) += seconds;
            }
        }
        (!crates.is_empty()).then_some(BackendCpu { crates })
    }

    pub fn total(&self) -> f64 {
        self.crates.values().sum()
    }

    /// The sum over the crates named in `names`.
    pub fn total_of(&self, names: &BTreeSet<String>) -> f64 {
        self.crates.iter().filter(|(name, _)| names.contains(*name)).map(|(_, seconds)| seconds).sum()
    }
}

/// The crates of a project by what `panic="abort"` does to them.
#[derive(Debug, Default, PartialEq)]
pub struct Strategies {
    /// Compiled with `-Cpanic=abort` by the aborting build: the crates whose code differs.
    pub differing: BTreeSet<String>,
    /// Compiled unwinding by both builds: proc-macros, build scripts and their dependencies.
    pub unwinding_in_both: BTreeSet<String>,
    /// Compiled both ways by the aborting build (a crate that a proc-macro or build script
    /// needs too): its lines there mix both strategies, so it counts in neither set.
    pub mixed: BTreeSet<String>,
}

impl Strategies {
    /// Asks cargo, without building, which crates the aborting build of `dir` compiles how.
    pub fn of_project(dir: &Path, target: &Path) -> Result<Strategies, String> {
        let mut cargo = crate::workspace::pinned("cargo");
        cargo.current_dir(dir).env("CARGO_TARGET_DIR", target);
        cargo.args(["build", "-q", "--frozen", "-Zunstable-options", "--unit-graph", "--config", ABORT_CONFIG]);
        let output = cargo.output().map_err(|e| format!("running cargo in {}: {e}", dir.display()))?;
        if !output.status.success() {
            return Err(format!("cargo's unit graph of {} failed:\n{}", dir.display(), String::from_utf8_lossy(&output.stderr)));
        }
        let graph = Json::parse(&String::from_utf8_lossy(&output.stdout)).map_err(|e| format!("cargo's unit graph of {}: {e}", dir.display()))?;
        Strategies::from_unit_graph(&graph)
    }

    fn from_unit_graph(graph: &Json) -> Result<Strategies, String> {
        let units = graph.get("units").and_then(Json::as_array).ok_or("a unit graph without `units`")?;
        let (mut aborting, mut unwinding) = (BTreeSet::new(), BTreeSet::new());
        for unit in units {
            // `run-custom-build` runs a build script: nothing is compiled.
            if unit.get("mode").and_then(Json::as_str) != Some("build") {
                continue;
            }
            let name = unit.get("target").and_then(|t| t.get("name")).and_then(Json::as_str).ok_or("a unit without a target name")?;
            let panic = unit.get("profile").and_then(|p| p.get("panic")).and_then(Json::as_str).ok_or("a unit without a panic strategy")?;
            // rustc's crate name: a target's name with dashes as underscores.
            let name = name.replace('-', "_");
            if panic == "abort" { &mut aborting } else { &mut unwinding }.insert(name);
        }
        let mixed: BTreeSet<String> = aborting.intersection(&unwinding).cloned().collect();
        Ok(Strategies {
            differing: aborting.difference(&mixed).cloned().collect(),
            unwinding_in_both: unwinding.difference(&mixed).cloned().collect(),
            mixed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_lines_are_summed_per_crate() {
        let stderr = "egret time: regex_syntax: lower 0.105s compile 0.275s write 0.018s total 0.398s (CPU)\n\
            warning: unused variable\n\
            egret time: build_script_build: lower 0.010s compile 0.020s write 0.000s total 0.030s (CPU)\n\
            egret time: build_script_build: lower 0.005s compile 0.010s write 0.000s total 0.015s (CPU)\n\
            egret time: broken: lower 0.1s\n";
        let cpu = BackendCpu::parse(stderr).unwrap();
        assert_eq!(cpu.crates.len(), 2);
        assert!((cpu.crates["build_script_build"] - 0.045).abs() < 1e-9);
        assert!((cpu.total() - 0.443).abs() < 1e-9);
        assert!((cpu.total_of(&["regex_syntax".to_string(), "absent".to_string()].into()) - 0.398).abs() < 1e-9);
        assert_eq!(BackendCpu::parse("   Compiling x\n"), None);
    }

    #[test]
    fn the_unit_graph_tells_which_crates_abort() {
        let unit = |name: &str, mode: &str, panic: &str| {
            format!(r#"{{"pkg_id":"p","target":{{"kind":["lib"],"name":"{name}"}},"profile":{{"name":"dev","panic":"{panic}"}},"mode":"{mode}","dependencies":[]}}"#)
        };
        let units = [
            unit("regex-syntax", "build", "abort"),
            unit("my-app", "build", "abort"),
            unit("syn", "build", "unwind"),
            unit("build-script-build", "build", "unwind"),
            unit("build-script-build", "run-custom-build", "unwind"),
            unit("memchr", "build", "abort"),
            unit("memchr", "build", "unwind"),
        ];
        let graph = Json::parse(&format!(r#"{{"version":1,"units":[{}],"roots":[1]}}"#, units.join(","))).unwrap();
        let strategies = Strategies::from_unit_graph(&graph).unwrap();
        let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(strategies.differing, set(&["my_app", "regex_syntax"]));
        assert_eq!(strategies.unwinding_in_both, set(&["build_script_build", "syn"]));
        assert_eq!(strategies.mixed, set(&["memchr"]));
        assert!(Strategies::from_unit_graph(&Json::parse(r#"{"units":[{"mode":"build"}]}"#).unwrap()).is_err());
    }
}
