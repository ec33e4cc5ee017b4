//! A small line diff for reporting mismatches: the lines of the expected and actual texts that
//! differ, aligned by their longest common subsequence, with a line of context around them.

/// Lines of unchanged context shown around each change.
const CONTEXT: usize = 1;
/// Changed lines shown at most; after that the first differences have said what matters.
const MAX_CHANGES: usize = 60;
/// The alignment table's size limit (lines × lines of the differing middle parts).
const MAX_CELLS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Line<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Renders the difference as indented `-` lines (only in `expected`), `+` lines (only in
/// `actual`) and context lines, with `...` where unchanged lines are left out.
pub fn render(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let script = edit_script(&a, &b);
    let changes = script.iter().filter(|l| !matches!(l, Line::Same(_))).count();
    if changes == 0 {
        return "    (the texts differ only in line endings)\n".into();
    }
    let mut shown = vec![false; script.len()];
    for (i, line) in script.iter().enumerate() {
        if !matches!(line, Line::Same(_)) {
            shown[i.saturating_sub(CONTEXT)..(i + CONTEXT + 1).min(script.len())].fill(true);
        }
    }
    let mut out = String::new();
    let (mut shown_changes, mut skipped) = (0, false);
    for (line, shown) in script.iter().zip(shown) {
        if !shown {
            skipped = true;
            continue;
        }
        if std::mem::take(&mut skipped) {
            out.push_str("    ...\n");
        }
        if shown_changes == MAX_CHANGES {
            out.push_str(&format!("    ... ({} more changed lines)\n", changes - MAX_CHANGES));
            return out;
        }
        match line {
            Line::Same(text) => out.push_str(&format!("      {text}\n")),
            Line::Removed(text) => out.push_str(&format!("    - {text}\n")),
            Line::Added(text) => out.push_str(&format!("    + {text}\n")),
        }
        if !matches!(line, Line::Same(_)) {
            shown_changes += 1;
        }
    }
    if skipped {
        out.push_str("    ...\n");
    }
    out
}

/// Turns `a` into `b` line by line. The common start and end are matched directly, so that
/// long outputs with a small difference stay cheap; the middle is aligned by LCS.
fn edit_script<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Line<'a>> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (middle_a, middle_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut script: Vec<Line> = a[..prefix].iter().map(|l| Line::Same(l)).collect();
    if middle_a.len() * middle_b.len() > MAX_CELLS {
        // Too large to align: show the whole middle as replaced.
        script.extend(middle_a.iter().map(|l| Line::Removed(l)));
        script.extend(middle_b.iter().map(|l| Line::Added(l)));
    } else {
        script.extend(align(middle_a, middle_b));
    }
    script.extend(a[a.len() - suffix..].iter().map(|l| Line::Same(l)));
    script
}

fn align<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Line<'a>> {
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut script = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            script.push(Line::Same(a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // On a tie the removal goes first, so a changed line reads `-` old, then `+` new.
            script.push(Line::Removed(a[i]));
            i += 1;
        } else {
            script.push(Line::Added(b[j]));
            j += 1;
        }
    }
    script
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_line_shows_with_context() {
        let expected = "1\n2\n3\n4\n5\n6\n";
        let actual = "1\n2\n3\nfour\n5\n6\n";
        assert_eq!(render(expected, actual), "    ...\n      3\n    - 4\n    + four\n      5\n    ...\n");
    }

    #[test]
    fn insertions_and_deletions_align() {
        let script = edit_script(&["a", "b", "c"], &["a", "c", "d"]);
        assert_eq!(script, vec![Line::Same("a"), Line::Removed("b"), Line::Same("c"), Line::Added("d")]);
    }

    #[test]
    fn only_line_endings_differ() {
        assert_eq!(render("x\n", "x"), "    (the texts differ only in line endings)\n");
    }
}
