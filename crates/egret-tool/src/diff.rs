//! A small line diff for reporting mismatches: the lines of the expected and actual texts that
//! differ, aligned by their longest common subsequence.

/// Renders `-` lines (only in `expected`) and `+` lines (only in `actual`), with a little context.
pub fn render(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence table, from the end. Outputs are short, so O(n*m) is fine;
    // very long outputs are cut to keep the report readable.
    const LIMIT: usize = 2000;
    let (a, b) = (&a[..a.len().min(LIMIT)], &b[..b.len().min(LIMIT)]);
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut out = String::new();
    let (mut i, mut j, mut shown) = (0, 0, 0);
    while (i < a.len() || j < b.len()) && shown < 60 {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("    + {}\n", b[j]));
            j += 1;
            shown += 1;
        } else {
            out.push_str(&format!("    - {}\n", a[i]));
            i += 1;
            shown += 1;
        }
    }
    if shown == 60 {
        out.push_str("    ... (more differences)\n");
    }
    out
}
