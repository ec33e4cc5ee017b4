//! Just enough JSON to write the results file: a value tree and a pretty printer. Numbers are
//! rounded to what a measurement can claim, and what is not a finite number is written `null`.

use std::fmt::Write;

pub enum Json {
    Null,
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Keys keep their insertion order, so the file reads in the order it was built.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
        Json::Object(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    pub fn string(text: impl Into<String>) -> Json {
        Json::String(text.into())
    }

    /// A number, or `null` when there is none.
    pub fn number(value: Option<f64>) -> Json {
        value.map_or(Json::Null, Json::Number)
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Number(n) if n.is_finite() => {
                // Four decimals is a tenth of a millisecond: finer than any timing here.
                let rounded = format!("{n:.4}");
                let trimmed = rounded.trim_end_matches('0').trim_end_matches('.');
                out.push_str(if trimmed == "-0" { "0" } else { trimmed });
            }
            Json::Number(_) => out.push_str("null"),
            Json::String(s) => write_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    indent(out, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

fn indent(out: &mut String, depth: usize) {
    out.extend(std::iter::repeat_n("  ", depth));
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_nested_values() {
        let value = Json::object([
            ("name", Json::string("a \"b\"\n\u{1}")),
            ("numbers", Json::Array(vec![Json::Number(1.0), Json::Number(0.123456), Json::Number(-0.00001), Json::Number(f64::NAN)])),
            ("none", Json::number(None)),
            ("empty", Json::Array(Vec::new())),
        ]);
        let expected = "{\n  \"name\": \"a \\\"b\\\"\\n\\u0001\",\n  \"numbers\": [\n    1,\n    0.1235,\n    0,\n    null\n  ],\n  \"none\": null,\n  \"empty\": []\n}\n";
        assert_eq!(value.render(), expected);
    }
}
