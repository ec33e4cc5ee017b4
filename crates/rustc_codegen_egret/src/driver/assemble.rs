//! Assembling a unit's `asm!` thunks (see `lower/inline_asm.rs`) into an object file of their
//! own with the system assembler, which rustc's linker then links like any other object.

use std::path::Path;
use std::process::Command;

/// Assembles `text` into `output`. The assembler is `$EGRET_ASSEMBLER`, or `cc`, the C compiler
/// driver rustc links with on this target.
pub(crate) fn assemble(text: &str, output: &Path) -> Result<(), String> {
    let source = output.with_extension("s");
    let mut full = String::from(".intel_syntax noprefix\n.text\n");
    for line in text.lines() {
        full.push_str(without_line_comment(line));
        full.push('\n');
    }
    // Thunks never need an executable stack; say so, or the linker warns and gives one.
    full.push_str("\n.section .note.GNU-stack,\"\",@progbits\n");
    std::fs::write(&source, full).map_err(|e| format!("egret: writing {}: {e}", source.display()))?;
    let assembler = std::env::var_os("EGRET_ASSEMBLER").unwrap_or_else(|| "cc".into());
    let result = Command::new(&assembler)
        .args(["-c", "-x", "assembler"])
        .arg(&source)
        .arg("-o")
        .arg(output)
        .output()
        .map_err(|e| format!("egret: running the assembler {assembler:?} for `asm!`: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "egret: assembling `asm!` blocks failed ({}):\n{}",
            source.display(),
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    Ok(())
}

/// A line without its `//` comment. Templates are written for LLVM's assembler, which takes
/// `//` comments on x86; the GNU assembler reads `//` as division. A `//` inside a string
/// literal stays.
fn without_line_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

