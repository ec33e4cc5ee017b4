//! What a benchmark run shows: the tables on the terminal, and the same numbers as
//! `docs/bench/results.json` and as the bars of `docs/bench/chart.svg`. The ratios are computed
//! here once, from the medians, for all three (those of the unwinding cost in `unwinding.rs`).

use std::fmt::Write;

use super::Results;
use super::builds::{Kind, Outputs, Passes, ProjectResult, Way};
use super::chart::{Bar, Section};
use crate::json::Json;
use super::runtime::ProgramResult;
use super::stats::{Spread, ratio};
use super::unwinding::{Cost, Strategy};

/// The bound on the cost of unwinding: backend CPU at most 10% above `panic="abort"`.
const UNWINDING_GOAL: f64 = 1.10;
/// How many of the crates unwinding costs most the table names.
const COSTLIEST_CRATES: usize = 3;

/// One project built one kind of way (cold or incremental), with its derived numbers.
struct BuildRow<'a> {
    result: &'a ProjectResult,
    kind: Kind,
}

impl BuildRow<'_> {
    fn spread(&self, way: Way, of: impl Fn(&super::measure::Sample) -> f64) -> Option<Spread> {
        Spread::of(self.result.series(self.kind, way).samples.iter().map(of))
    }

    fn wall(&self, way: Way) -> Option<Spread> {
        self.spread(way, |s| s.wall)
    }

    fn cpu(&self, way: Way) -> Option<Spread> {
        self.spread(way, |s| s.cpu)
    }

    fn rss(&self, way: Way) -> Option<Spread> {
        self.spread(way, |s| s.max_rss_mib)
    }

    fn median(spread: Option<Spread>) -> Option<f64> {
        spread.map(|s| s.median)
    }

    fn wall_ratio(&self) -> Option<f64> {
        ratio(Self::median(self.wall(Way::Egret)), Self::median(self.wall(Way::Llvm)))
    }

    fn cpu_ratio(&self) -> Option<f64> {
        ratio(Self::median(self.cpu(Way::Egret)), Self::median(self.cpu(Way::Llvm)))
    }

    fn rss_ratio(&self) -> Option<f64> {
        ratio(Self::median(self.rss(Way::Egret)), Self::median(self.rss(Way::Llvm)))
    }

    /// The backend's share of the build: its wall time less that of `cargo check`.
    fn share(&self, way: Way) -> Option<f64> {
        Some(self.wall(way)?.median - self.wall(Way::Check)?.median)
    }

    fn share_ratio(&self) -> Option<f64> {
        ratio(self.share(Way::Egret), self.share(Way::Llvm))
    }

    /// The same in CPU seconds, which other work on a shared machine disturbs much less than
    /// wall time (it waits for the cores but does not count the wait).
    fn cpu_share(&self, way: Way) -> Option<f64> {
        Some(self.cpu(way)?.median - self.cpu(Way::Check)?.median)
    }

    fn cpu_share_ratio(&self) -> Option<f64> {
        ratio(self.cpu_share(Way::Egret), self.cpu_share(Way::Llvm))
    }

    fn label(&self) -> String {
        format!("{}, {}", self.result.project.name, self.kind.label())
    }

    /// Why egret has no numbers here.
    fn egret_failure(&self) -> Option<&str> {
        let series = self.result.series(self.kind, Way::Egret);
        series.failure.as_deref().filter(|_| series.samples.is_empty())
    }
}

fn build_rows(results: &Results) -> Vec<BuildRow<'_>> {
    results.builds.iter().flat_map(|result| Kind::ALL.map(|kind| BuildRow { result, kind })).collect()
}

fn program_ratio(program: &ProgramResult) -> Option<f64> {
    if program.mismatch {
        return None;
    }
    let [llvm, egret] = &program.runs;
    ratio(Spread::of(egret.iter().map(|s| s.wall)).map(|s| s.median), Spread::of(llvm.iter().map(|s| s.wall)).map(|s| s.median))
}

/// The geometric mean of the run-time ratios, the fair average of ratios.
fn runtime_geomean(results: &Results) -> Option<f64> {
    let ratios: Vec<f64> = results.programs.iter().filter_map(program_ratio).collect();
    (!ratios.is_empty() && ratios.len() == results.programs.len()).then(|| (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp())
}

fn show(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "-".into(), |v| format!("{v:.decimals$}"))
}

fn show_spread(spread: Option<Spread>, decimals: usize) -> String {
    spread.map_or_else(|| "-".into(), |s| s.show(decimals))
}

pub fn terminal(results: &Results) -> String {
    let mut out = String::new();
    let builds = results.build_runs;
    let _ = writeln!(out, "\nBuild times, debug profile: wall and CPU seconds, median [min–max] of {builds}; peak RSS of the largest process");
    let _ = writeln!(out, "{:<6} {:<11} {:<5} {:>24} {:>24} {:>9}", "", "build", "way", "wall s", "cpu s", "peak MiB");
    for row in build_rows(results) {
        for way in Way::ALL {
            let series = row.result.series(row.kind, way);
            let name = if way == Way::Llvm { row.result.project.name } else { "" };
            let kind = if way == Way::Llvm { row.kind.label() } else { "" };
            match (&series.failure, series.samples.is_empty()) {
                (Some(failure), true) => {
                    let _ = writeln!(out, "{name:<6} {kind:<11} {:<5} build failed: {failure}", way.label());
                }
                _ => {
                    let _ = writeln!(
                        out,
                        "{name:<6} {kind:<11} {:<5} {:>24} {:>24} {:>9}",
                        way.label(),
                        show_spread(row.wall(way), 2),
                        show_spread(row.cpu(way), 2),
                        show(row.rss(way).map(|s| s.median), 0)
                    );
                }
            }
        }
    }

    let _ = writeln!(out, "\negret / LLVM of the medians; the backend's share of a build is its time less that of cargo check");
    let _ = writeln!(out, "{:<19} {:>17}   {:>25}   {:>25}", "", "egret / LLVM", "share of wall s", "share of CPU s");
    let _ = writeln!(out, "{:<19} {:>5} {:>5} {:>5}   {:>7} {:>7} {:>9}   {:>7} {:>7} {:>9}", "", "wall", "cpu", "RSS", "LLVM", "egret", "ratio", "LLVM", "egret", "ratio");
    for row in build_rows(results) {
        if let Some(failure) = row.egret_failure() {
            let _ = writeln!(out, "{:<19} egret build failed: {failure}", row.label());
            continue;
        }
        let _ = writeln!(
            out,
            "{:<19} {:>5} {:>5} {:>5}   {:>7} {:>7} {:>9}   {:>7} {:>7} {:>9}",
            row.label(),
            show(row.wall_ratio(), 2),
            show(row.cpu_ratio(), 2),
            show(row.rss_ratio(), 2),
            show(row.share(Way::Llvm), 2),
            show(row.share(Way::Egret), 2),
            show(row.share_ratio(), 2),
            show(row.cpu_share(Way::Llvm), 2),
            show(row.cpu_share(Way::Egret), 2),
            show(row.cpu_share_ratio(), 2)
        );
    }
    for result in &results.builds {
        match &result.outputs {
            Outputs::Differ(why) => {
                let _ = writeln!(out, "MISMATCH: the egret build of {} prints something else than the LLVM build:\n{why}", result.project.name);
            }
            Outputs::Identical => {
                let _ = writeln!(out, "{}: the egret build's binary prints exactly what the LLVM build's prints", result.project.name);
            }
            Outputs::NoBinary | Outputs::NotCompared => {}
        }
    }

    unwinding_table(&mut out, results);

    if let Some((name, passes)) = &results.passes {
        let _ = writeln!(out, "\n{name} alone under -Ztime-passes, one cold build each (seconds; codegen includes monomorphization)");
        let _ = writeln!(out, "{:<6} {:>9} {:>9} {:>7} {:>7}", "", "frontend", "codegen", "link", "total");
        for (way, split) in [Way::Llvm, Way::Egret].iter().zip(passes) {
            match split {
                Ok(p) => {
                    let mut line = format!("{:<6} {:>9.2} {:>9.2} {:>7.2} {:>7.2}", way.label(), p.frontend, p.codegen, p.link, p.total);
                    if let (Some(lower), Some(compile)) = (p.egret_lower, p.egret_compile) {
                        let _ = write!(line, "   (MIR→CLIF {lower:.2} s, CLIF→machine code {compile:.2} s of CPU on the workers)");
                    }
                    let _ = writeln!(out, "{line}");
                }
                Err(failure) => {
                    let _ = writeln!(out, "{:<6} build failed: {failure}", way.label());
                }
            }
        }
    }

    let runs = results.program_runs;
    let _ = writeln!(out, "\nRun time of the programs compiled with -Copt-level=0: wall seconds, median [min–max] of {runs}");
    let _ = writeln!(out, "{:<12} {:>20} {:>20} {:>11}  {:<10} {:>14}", "program", "LLVM", "egret", "egret/LLVM", "output", "compile L / e");
    for program in &results.programs {
        let [llvm, egret] = &program.runs;
        let output = if program.mismatch {
            "DIFFERS"
        } else if program.failure.is_some() {
            "-"
        } else {
            "identical"
        };
        let compile = |side: usize| show(program.compile[side].map(|s| s.wall), 2);
        let _ = writeln!(
            out,
            "{:<12} {:>20} {:>20} {:>11}  {:<10} {:>14}",
            program.name,
            show_spread(Spread::of(llvm.iter().map(|s| s.wall)), 2),
            show_spread(Spread::of(egret.iter().map(|s| s.wall)), 2),
            show(program_ratio(program), 2),
            output,
            format!("{} / {}", compile(0), compile(1))
        );
        if let Some(failure) = program.failure.as_deref().filter(|_| !program.mismatch) {
            let _ = writeln!(out, "{:<12} {failure}", "");
        }
    }
    if let Some(mean) = runtime_geomean(results) {
        let _ = writeln!(out, "geometric mean egret/LLVM run time: {mean:.2}");
    }

    let load = |l: [f64; 3]| format!("{:.2} {:.2} {:.2}", l[0], l[1], l[2]);
    let _ = writeln!(out, "\n{} on {}", results.machine.date, results.machine.summary());
    let _ = writeln!(
        out,
        "load average {} at the start, {} at the end; the run took {:.1} minutes",
        load(results.load_start),
        load(results.load_end),
        results.minutes
    );
    out
}

/// Per project: the backend CPU of the cold egret builds, unwinding and aborting, for the whole
/// build and for the crates whose strategy differs, and the crates unwinding costs most.
fn unwinding_table(out: &mut String, results: &Results) {
    let _ = writeln!(
        out,
        "\nUnwinding cost: egret's own CPU seconds (EGRET_TIME=1) in cold egret builds, panic=unwind vs\n\
         profile.dev.panic=\"abort\", median [min–max] of {}; the goal is unwind/abort at most {UNWINDING_GOAL:.2}",
        results.build_runs
    );
    let _ = writeln!(out, "{:<6} {:<16} {:>22} {:>22} {:>13}", "", "crates", "unwind s", "abort s", "unwind/abort");
    for result in &results.builds {
        let cost = &result.unwinding;
        let name = result.project.name;
        if cost.unwind.is_empty() || cost.abort.is_empty() {
            let why = cost.problem().or(result.series(Kind::Cold, Way::Egret).failure.as_deref()).unwrap_or("not measured");
            let _ = writeln!(out, "{name:<6} {why}");
            continue;
        }
        let differing = cost.strategies.as_ref().map_or_else(|| "? differing".to_string(), |s| format!("{} differing", s.differing.len()));
        for (label, spreads) in [("whole build".to_string(), cost.whole()), (differing, cost.differing())] {
            let shown = if label == "whole build" { name } else { "" };
            let _ = writeln!(
                out,
                "{shown:<6} {label:<16} {:>22} {:>22} {:>13}",
                show_spread(spreads[0], 3),
                show_spread(spreads[1], 3),
                show(Cost::ratio(spreads), 2)
            );
        }
        // Only what shows at the table's precision.
        let mut crates: Vec<_> = cost.crates().into_iter().filter(|c| c.strategy == Strategy::Differs && c.added().is_some_and(|a| a >= 0.0005)).collect();
        crates.sort_by(|a, b| b.added().unwrap_or(0.0).total_cmp(&a.added().unwrap_or(0.0)));
        let costliest: Vec<String> = crates.iter().take(COSTLIEST_CRATES).map(|c| format!("{} {:+.3} s", c.name, c.added().unwrap_or(0.0))).collect();
        if !costliest.is_empty() {
            let _ = writeln!(out, "{:<6} unwinding adds most to: {}", "", costliest.join(", "));
        }
        if let Some(problem) = cost.problem() {
            let _ = writeln!(out, "{:<6} incomplete: {problem}", "");
        }
    }
    let _ = writeln!(out, "differing: the crates the aborting build compiles with -Cpanic=abort; proc-macros, build scripts");
    let _ = writeln!(out, "and what they depend on unwind in both builds");
}

fn spread_json(spread: Option<Spread>) -> Json {
    spread.map_or(Json::Null, |s| {
        Json::object([("median", Json::Number(s.median)), ("min", Json::Number(s.min)), ("max", Json::Number(s.max))])
    })
}

pub fn json(results: &Results) -> Json {
    let machine = &results.machine;
    let builds = build_rows(results)
        .iter()
        .map(|row| {
            let ways = Way::ALL.map(|way| {
                let series = row.result.series(row.kind, way);
                let measured = Json::object([
                    ("runs", Json::Number(series.samples.len() as f64)),
                    ("wall_seconds", spread_json(row.wall(way))),
                    ("cpu_seconds", spread_json(row.cpu(way))),
                    ("peak_rss_mib", spread_json(row.rss(way))),
                    ("failure", series.failure.as_ref().map_or(Json::Null, Json::string)),
                ]);
                (way.key().to_string(), measured)
            });
            Json::object([
                ("project", Json::string(row.result.project.name)),
                ("description", Json::string(row.result.project.description)),
                ("build", Json::string(row.kind.label())),
                ("ways", Json::Object(ways.into_iter().collect())),
                ("egret_over_llvm_wall", Json::number(row.wall_ratio())),
                ("egret_over_llvm_cpu", Json::number(row.cpu_ratio())),
                ("egret_over_llvm_peak_rss", Json::number(row.rss_ratio())),
                ("backend_share_llvm_seconds", Json::number(row.share(Way::Llvm))),
                ("backend_share_egret_seconds", Json::number(row.share(Way::Egret))),
                ("backend_share_egret_over_llvm", Json::number(row.share_ratio())),
                ("backend_share_cpu_llvm_seconds", Json::number(row.cpu_share(Way::Llvm))),
                ("backend_share_cpu_egret_seconds", Json::number(row.cpu_share(Way::Egret))),
                ("backend_share_cpu_egret_over_llvm", Json::number(row.cpu_share_ratio())),
            ])
        })
        .collect();
    let outputs = results
        .builds
        .iter()
        .filter_map(|r| {
            let verdict = match &r.outputs {
                Outputs::NoBinary => return None,
                Outputs::Identical => "identical",
                Outputs::Differ(_) => "differs",
                Outputs::NotCompared => "not compared",
            };
            Some((r.project.name.to_string(), Json::string(verdict)))
        })
        .collect();
    let unwinding = results.builds.iter().map(unwinding_json).collect();
    let passes = results.passes.as_ref().map_or(Json::Null, |(name, passes)| {
        let split = |p: &Result<Passes, String>| match p {
            Ok(p) => Json::object([
                ("frontend", Json::Number(p.frontend)),
                ("codegen", Json::Number(p.codegen)),
                ("link", Json::Number(p.link)),
                ("total", Json::Number(p.total)),
                ("egret_lower_cgu_sum", Json::number(p.egret_lower)),
                ("egret_compile_cgu_sum", Json::number(p.egret_compile)),
            ]),
            Err(failure) => Json::object([("failure", Json::string(failure.as_str()))]),
        };
        Json::object([("crate", Json::string(*name)), ("llvm", split(&passes[0])), ("egret", split(&passes[1]))])
    });
    let programs = results
        .programs
        .iter()
        .map(|p| {
            let side = |i: usize| {
                Json::object([
                    ("run_seconds", spread_json(Spread::of(p.runs[i].iter().map(|s| s.wall)))),
                    ("compile_seconds", Json::number(p.compile[i].map(|s| s.wall))),
                ])
            };
            Json::object([
                ("program", Json::string(p.name.as_str())),
                ("llvm", side(0)),
                ("egret", side(1)),
                ("egret_over_llvm", Json::number(program_ratio(p))),
                ("output", Json::string(if p.mismatch { "differs" } else if p.failure.is_some() { "not compared" } else { "identical" })),
                ("failure", p.failure.as_ref().map_or(Json::Null, Json::string)),
            ])
        })
        .collect();
    Json::object([
        ("date", Json::string(machine.date.as_str())),
        (
            "machine",
            Json::object([
                ("cores", Json::Number(machine.cores as f64)),
                ("cpu", Json::string(machine.cpu.as_str())),
                ("memory_gib", Json::Number(machine.memory_gib)),
                ("load_average_start", Json::Array(results.load_start.iter().map(|&l| Json::Number(l)).collect())),
                ("load_average_end", Json::Array(results.load_end.iter().map(|&l| Json::Number(l)).collect())),
            ]),
        ),
        ("rustc", Json::string(machine.rustc.as_str())),
        ("egret_commit", Json::string(machine.egret_commit.as_str())),
        ("build_runs", Json::Number(results.build_runs as f64)),
        ("program_runs", Json::Number(results.program_runs as f64)),
        ("minutes", Json::Number(results.minutes)),
        ("builds", Json::Array(builds)),
        ("binary_outputs", Json::Object(outputs)),
        ("unwinding_cost", Json::Array(unwinding)),
        ("time_passes", passes),
        ("runtime", Json::Array(programs)),
        ("runtime_geomean_egret_over_llvm", Json::number(runtime_geomean(results))),
    ])
}

/// One project's unwinding cost: backend CPU seconds (`EGRET_TIME`) of the cold egret builds.
fn unwinding_json(result: &ProjectResult) -> Json {
    let cost = &result.unwinding;
    let compared = |spreads: [Option<Spread>; 2]| {
        [("unwind_cpu_seconds", spread_json(spreads[0])), ("abort_cpu_seconds", spread_json(spreads[1])), ("unwind_over_abort", Json::number(Cost::ratio(spreads)))]
    };
    let names = |pick: fn(&super::unwinding::Strategies) -> &std::collections::BTreeSet<String>| {
        cost.strategies.as_ref().map_or(Json::Null, |s| Json::Array(pick(s).iter().map(|n| Json::string(n.as_str())).collect()))
    };
    let mut differing = vec![("crates".to_string(), names(|s| &s.differing))];
    differing.extend(compared(cost.differing()).map(|(k, v)| (k.to_string(), v)));
    let crates = cost
        .crates()
        .into_iter()
        .map(|c| {
            Json::object([
                ("crate", Json::string(c.name)),
                ("strategy", Json::string(c.strategy.label())),
                ("unwind_cpu_seconds", Json::number(c.unwind)),
                ("abort_cpu_seconds", Json::number(c.abort)),
            ])
        })
        .collect();
    let abort_builds = &cost.abort_builds.samples;
    Json::object([
        ("project", Json::string(result.project.name)),
        ("runs_unwind", Json::Number(cost.unwind.len() as f64)),
        ("runs_abort", Json::Number(cost.abort.len() as f64)),
        ("failure", cost.problem().map_or(Json::Null, Json::string)),
        ("whole_build", Json::object(compared(cost.whole()))),
        ("differing_crates", Json::Object(differing)),
        ("unwinding_in_both", names(|s| &s.unwinding_in_both)),
        ("mixed", names(|s| &s.mixed)),
        (
            "abort_build",
            Json::object([
                ("wall_seconds", spread_json(Spread::of(abort_builds.iter().map(|s| s.wall)))),
                ("cpu_seconds", spread_json(Spread::of(abort_builds.iter().map(|s| s.cpu)))),
            ]),
        ),
        ("crates", Json::Array(crates)),
    ])
}

/// The chart's sections: build time and the backend's share of it (wall and CPU) and run time,
/// each as egret / LLVM, and the unwinding cost as egret unwinding / egret aborting.
pub fn chart(results: &Results) -> String {
    let rows = build_rows(results);
    let build_bar = |row: &BuildRow, ratio: Option<f64>| Bar {
        label: row.label(),
        ratio,
        missing: if row.egret_failure().is_some() { "egret build failed".into() } else { "not measured".into() },
    };
    let sections = [
        Section { title: "Build time, wall (cargo build, debug profile)".into(), bars: rows.iter().map(|r| build_bar(r, r.wall_ratio())).collect() },
        Section { title: "Build time, CPU (user + system of every process)".into(), bars: rows.iter().map(|r| build_bar(r, r.cpu_ratio())).collect() },
        Section { title: "Backend share of the build, wall (build − cargo check)".into(), bars: rows.iter().map(|r| build_bar(r, r.share_ratio())).collect() },
        Section { title: "Backend share of the build, CPU (build − cargo check)".into(), bars: rows.iter().map(|r| build_bar(r, r.cpu_share_ratio())).collect() },
        Section {
            title: "Unwinding cost: egret backend CPU, unwind ÷ abort".into(),
            bars: results
                .builds
                .iter()
                .flat_map(|result| {
                    let cost = &result.unwinding;
                    let missing = cost.problem().and_then(|p| p.lines().next()).unwrap_or("not measured").to_string();
                    [("whole build", Cost::ratio(cost.whole())), ("differing crates", Cost::ratio(cost.differing()))]
                        .map(|(part, ratio)| Bar { label: format!("{}, {part}", result.project.name), ratio, missing: missing.clone() })
                })
                .collect(),
        },
        Section {
            title: "Run time of the compiled code (-Copt-level=0)".into(),
            bars: results
                .programs
                .iter()
                .map(|p| Bar {
                    label: p.name.clone(),
                    ratio: program_ratio(p),
                    missing: if p.mismatch { "OUTPUT DIFFERS".into() } else { "egret compile failed".into() },
                })
                .collect(),
        },
    ];
    let machine = &results.machine;
    let subtitles = [
        format!("{}, {} (egret {}, {})", machine.date, machine.summary(), machine.egret_commit, machine.rustc),
        format!(
            "medians of {} interleaved builds and {} runs each; load average {:.2} at the start, {:.2} at the end",
            results.build_runs, results.program_runs, results.load_start[0], results.load_end[0]
        ),
    ];
    super::chart::render("egret / LLVM: build time and run time of debug builds", &subtitles, &sections)
}

#[cfg(test)]
mod tests {
    use super::super::builds::{DEMO, Series};
    use super::super::machine::Machine;
    use super::super::measure::Sample;
    use super::super::unwinding::{BackendCpu, Strategies};
    use super::*;

    fn cpu(crates: &[(&str, f64)]) -> BackendCpu {
        BackendCpu { crates: crates.iter().map(|&(name, seconds)| (name.to_string(), seconds)).collect() }
    }

    /// One project with two runs of each cold egret build and nothing else measured.
    fn results() -> Results {
        let sample = Sample { wall: 1.0, cpu: 1.5, max_rss_mib: 100.0 };
        let unwinding = Cost {
            unwind: vec![cpu(&[("app", 1.2), ("build_script_build", 0.5)]), cpu(&[("app", 1.4), ("build_script_build", 0.7)])],
            abort: vec![cpu(&[("app", 1.0), ("build_script_build", 0.6)]), cpu(&[("app", 1.0), ("build_script_build", 0.6)])],
            abort_builds: Series { samples: vec![sample, sample], failure: None },
            strategies: Some(Strategies { differing: ["app".to_string()].into(), unwinding_in_both: ["build_script_build".to_string()].into(), mixed: Default::default() }),
            strategies_failure: None,
            failure: None,
        };
        let machine = Machine { date: "today".into(), cores: 2, cpu: "cpu".into(), memory_gib: 1.0, rustc: "rustc".into(), egret_commit: "abc".into() };
        Results {
            machine,
            build_runs: 2,
            program_runs: 1,
            load_start: [0.0; 3],
            load_end: [0.0; 3],
            minutes: 1.0,
            builds: vec![ProjectResult { project: &DEMO, series: Default::default(), outputs: Outputs::NotCompared, unwinding }],
            passes: None,
            programs: Vec::new(),
        }
    }

    #[test]
    fn the_unwinding_cost_is_in_every_output() {
        let results = results();
        let text = terminal(&results);
        // Whole build: medians 1.9 and 1.6; the differing crate alone: 1.3 and 1.0.
        assert!(text.contains("demo   whole build         1.900 [1.700–2.100]                  1.600          1.19"), "{text}");
        assert!(text.contains("       1 differing         1.300 [1.200–1.400]                  1.000          1.30"), "{text}");
        assert!(text.contains("unwinding adds most to: app +0.300 s\n"), "{text}");

        let json = json(&results).render();
        assert!(json.contains("\"unwinding_cost\": ["), "{json}");
        assert!(json.contains("\"unwind_over_abort\": 1.1875"), "{json}");
        assert!(json.contains("\"unwind_over_abort\": 1.3"), "{json}");
        assert!(json.contains("\"strategy\": \"unwinds in both\""), "{json}");

        let svg = chart(&results);
        assert!(svg.contains("demo, whole build") && svg.contains("demo, differing crates") && svg.contains(">1.19</text>"), "{svg}");
    }

    #[test]
    fn a_missing_unwinding_cost_says_why() {
        let mut results = results();
        let cost = &mut results.builds[0].unwinding;
        cost.abort.clear();
        cost.failure = Some("the egret build printed no `egret time:` lines (EGRET_TIME=1)".into());
        let text = terminal(&results);
        assert!(text.contains("demo   the egret build printed no `egret time:` lines"), "{text}");
        assert!(json(&results).render().contains("\"unwind_over_abort\": null"));
    }
}
