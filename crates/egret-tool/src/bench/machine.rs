//! What the numbers were measured on: the date, the machine (cores, CPU model, memory), its load,
//! the toolchain and egret's commit. Read from /proc and from the tools, std only.

use std::time::{SystemTime, UNIX_EPOCH};

pub struct Machine {
    /// `2026-05-21 14:03 UTC`.
    pub date: String,
    pub cores: usize,
    pub cpu: String,
    pub memory_gib: f64,
    pub rustc: String,
    pub egret_commit: String,
}

impl Machine {
    pub fn detect() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let cpu = cpuinfo
            .lines()
            .find_map(|l| l.strip_prefix("model name").and_then(|rest| rest.split_once(':')).map(|(_, name)| name.trim().to_string()))
            .unwrap_or_else(|| "unknown CPU".into());
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        let memory_kib: f64 = meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .unwrap_or(0.0);
        let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Machine {
            date: utc_date(seconds),
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
            cpu,
            memory_gib: memory_kib / (1024.0 * 1024.0),
            rustc: tool_output(crate::workspace::pinned("rustc").arg("-V")),
            egret_commit: egret_commit(),
        }
    }

    /// `2 cores, Intel(R) Xeon(R) Processor, 23.4 GiB`.
    pub fn summary(&self) -> String {
        format!("{} cores, {}, {:.1} GiB", self.cores, self.cpu, self.memory_gib)
    }
}

/// The 1, 5 and 15 minute load averages: how busy the machine was besides the benchmark.
pub fn load_average() -> [f64; 3] {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut fields = text.split_whitespace().map(|f| f.parse().unwrap_or(f64::NAN));
    [(); 3].map(|()| fields.next().unwrap_or(f64::NAN))
}

/// The commit the backend was built from, marked when the backend's sources differ from it
/// (the benchmark builds whatever is in the work tree).
fn egret_commit() -> String {
    let root = crate::workspace::root();
    let git = |args: &[&str]| {
        let mut command = std::process::Command::new("git");
        command.current_dir(&root).args(args);
        command
    };
    let commit = tool_output(&mut git(&["rev-parse", "--short=12", "HEAD"]));
    let clean = git(&["diff", "--quiet", "HEAD", "--", "crates/rustc_codegen_egret"]).status().is_ok_and(|s| s.success());
    if clean { commit } else { format!("{commit} with uncommitted changes") }
}

fn tool_output(command: &mut std::process::Command) -> String {
    match command.output() {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout).trim().to_string(),
        _ => "unknown".into(),
    }
}

/// Formats seconds since the epoch as a UTC date and minute, with the days-to-civil-date
/// conversion of Howard Hinnant's `civil_from_days` (std has no calendar).
fn utc_date(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let minute_of_day = (seconds % 86_400) / 60;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", minute_of_day / 60, minute_of_day % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(utc_date(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_date(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_date(1_779_323_400), "2026-05-21 00:30 UTC");
        assert_eq!(utc_date(1_767_225_599), "2025-12-31 23:59 UTC");
    }
}
