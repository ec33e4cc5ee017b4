//! The expected-failures list, `tests/expected-failures.txt`: one program per line with the
//! reason it fails, as `name  # reason`. The list only ever shrinks: a listed program that
//! passes is an error, so that fixing something also updates the list.

use std::collections::BTreeMap;
use std::path::Path;

pub fn load(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(_) => return Ok(BTreeMap::new()),
    };
    let mut entries = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, reason)) = line.split_once('#') else {
            return Err(format!("{}:{}: `{line}` has no `# reason`", path.display(), number + 1));
        };
        let (name, reason) = (name.trim(), reason.trim());
        if name.is_empty() || reason.is_empty() {
            return Err(format!("{}:{}: an entry needs a name and a reason", path.display(), number + 1));
        }
        entries.insert(name.to_string(), reason.to_string());
    }
    Ok(entries)
}
