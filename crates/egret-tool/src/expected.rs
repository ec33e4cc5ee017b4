//! The expected-failures list, `tests/expected-failures.txt`: one program per line with the
//! reason it fails, as `name  # reason`. The list only ever shrinks: a listed program that
//! passes is an error, so that fixing something also updates the list.

use std::collections::BTreeMap;
use std::path::Path;

/// The listed programs with their reasons. A missing file is an empty list.
pub fn load(path: &Path) -> Result<BTreeMap<String, String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text).map_err(|e| format!("{}:{e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(format!("reading {}: {e}", path.display())),
    }
}

fn parse(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut entries = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once('#').unwrap_or((line, ""));
        let (name, reason) = (name.trim(), reason.trim());
        if reason.is_empty() {
            return Err(format!("{number}: `{name}` needs a reason: `{name}  # why it fails`"));
        }
        if name.contains(char::is_whitespace) || name.ends_with(".rs") {
            return Err(format!("{number}: `{name}` is not a program name (the file stem, without `.rs`)"));
        }
        if entries.insert(name.to_string(), reason.to_string()).is_some() {
            return Err(format!("{number}: `{name}` is listed twice"));
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn entries_need_a_reason() {
        let list = parse("# header\n\nfoo  # miscompiles\n  bar # traps # in drop\n").unwrap();
        assert_eq!(list.get("foo").map(String::as_str), Some("miscompiles"));
        assert_eq!(list.get("bar").map(String::as_str), Some("traps # in drop"));
        assert!(parse("foo\n").is_err());
        assert!(parse("foo  #  \n").is_err());
        assert!(parse("foo.rs  # why\n").is_err());
        assert!(parse("a # x\na # y\n").is_err());
    }
}
