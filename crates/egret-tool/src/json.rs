//! Just enough JSON for the tool: a value tree, a pretty printer for the benchmark's results
//! file, and a reader for what cargo prints as JSON (its unit graph, its build messages).
//! Numbers are written rounded to what a measurement can claim, and what is not a finite number
//! is written `null`.

use std::fmt::Write;

#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
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
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
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

impl Json {
    /// Reads one JSON document (RFC 8259), with nothing but white space after it.
    pub fn parse(text: &str) -> Result<Json, String> {
        let mut reader = Reader { text, at: 0 };
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.at != text.len() {
            return Err(reader.error("text after the JSON value"));
        }
        Ok(value)
    }

    /// The value of an object's field.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        if let Json::String(s) = self { Some(s) } else { None }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        if let Json::Array(items) = self { Some(items) } else { None }
    }
}

/// The `compiler-artifact` messages among cargo's `--message-format=json` output (one JSON
/// object per line; lines that are not such a message are passed over).
pub fn compiler_artifacts(messages: &str) -> Vec<Json> {
    messages
        .lines()
        .filter(|line| line.contains(r#""reason":"compiler-artifact""#))
        .filter_map(|line| Json::parse(line).ok())
        .filter(|message| message.get("reason").and_then(Json::as_str) == Some("compiler-artifact"))
        .collect()
}

/// Deeper nesting than this is not something cargo writes; the limit keeps the recursion bounded.
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary.
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, what: &str) -> String {
        format!("invalid JSON at byte {}: {what}", self.at)
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    /// Consumes `token` after optional white space, if it is next.
    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn expect(&mut self, token: &str) -> Result<(), String> {
        if self.eat(token) { Ok(()) } else { Err(self.error(&format!("expected `{token}`"))) }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        for (word, value) in [("null", Json::Null), ("true", Json::Bool(true)), ("false", Json::Bool(false))] {
            if self.eat(word) {
                return Ok(value);
            }
        }
        match self.rest().chars().next() {
            Some('"') => self.string().map(Json::String),
            Some('[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat("]") {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat("]") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                Ok(Json::Array(items))
            }
            Some('{') => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat("}") {
                    loop {
                        self.skip_space();
                        let key = self.string()?;
                        self.expect(":")?;
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat("}") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
                Ok(Json::Object(fields))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let length = self.rest().find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))).unwrap_or(self.rest().len());
                let number = self.rest()[..length].parse::<f64>().map_err(|_| self.error("a malformed number"))?;
                self.at += length;
                Ok(Json::Number(number))
            }
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the text ends where a value should be")),
        }
    }

    /// A string literal, the reader being at its opening quote.
    fn string(&mut self) -> Result<String, String> {
        if !self.rest().starts_with('"') {
            return Err(self.error("expected a string"));
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = self.rest();
            let plain = rest.find(['"', '\\']).ok_or_else(|| self.error("a string that never ends"))?;
            out.push_str(&rest[..plain]);
            self.at += plain + 1;
            if rest.as_bytes()[plain] == b'"' {
                return Ok(out);
            }
            let escape = self.rest().chars().next().ok_or_else(|| self.error("a string that never ends"))?;
            self.at += 1;
            match escape {
                '"' | '\\' | '/' => out.push(escape),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'u' => {
                    let unit = self.hex4()?;
                    // A UTF-16 surrogate pair is two escapes; a lone half becomes U+FFFD.
                    let c = if (0xd800..0xdc00).contains(&unit) && self.rest().starts_with("\\u") {
                        self.at += 2;
                        let low = self.hex4()?;
                        char::from_u32(0x10000 + ((unit - 0xd800) << 10) + low.wrapping_sub(0xdc00)).filter(|_| (0xdc00..0xe000).contains(&low))
                    } else {
                        char::from_u32(unit)
                    };
                    out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
                }
                _ => return Err(self.error("an unknown escape")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.rest().get(..4).filter(|d| d.chars().all(|c| c.is_ascii_hexdigit())).ok_or_else(|| self.error("a bad \\u escape"))?;
        let unit = u32::from_str_radix(digits, 16).map_err(|_| self.error("a bad \\u escape"))?;
        self.at += 4;
        Ok(unit)
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

    #[test]
    fn reads_what_it_writes_and_what_cargo_writes() {
        let text = r#" {"version":1,"units":[{"name":"a-b","ok":true,"no":false,"x":null,"n":-1.5e2,"deps":[]}],
            "s":"q\"\\\/\n\u00e9\ud83e\udd80\ud800","e":{}} "#;
        let value = Json::parse(text).unwrap();
        let unit = &value.get("units").unwrap().as_array().unwrap()[0];
        assert_eq!(unit.get("name").and_then(Json::as_str), Some("a-b"));
        assert_eq!(unit.get("ok"), Some(&Json::Bool(true)));
        assert_eq!(unit.get("n"), Some(&Json::Number(-150.0)));
        assert_eq!(unit.get("deps").and_then(Json::as_array).map(<[Json]>::len), Some(0));
        assert_eq!(value.get("s").and_then(Json::as_str), Some("q\"\\/\n\u{e9}\u{1f980}\u{fffd}"));
        assert_eq!(value.get("e"), Some(&Json::Object(Vec::new())));
        assert_eq!(value.get("absent"), None);
        assert_eq!(Json::parse(&value.render()).unwrap(), value);
        for bad in ["", "[1,]", "{\"a\" 1}", "\"open", "[1] 2", "01x", "\"\\q\"", "tru"] {
            assert!(Json::parse(bad).is_err(), "{bad:?}");
        }
    }
}
