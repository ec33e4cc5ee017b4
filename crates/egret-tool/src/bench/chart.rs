//! The results chart: an SVG, written by hand, of horizontal bars, one per ratio egret / LLVM
//! (for the unwinding cost, egret unwinding / egret aborting), grouped in sections, with a line
//! at 1.0 where the two are equal. A bar that stops short of the line means egret (or
//! unwinding) took less; a ratio that could not be measured is a grey note.

use std::fmt::Write;

pub struct Bar {
    pub label: String,
    pub ratio: Option<f64>,
    /// Shown instead of a bar when there is no ratio.
    pub missing: String,
}

pub struct Section {
    pub title: String,
    pub bars: Vec<Bar>,
}

const WIDTH: f64 = 860.0;
const LABEL_RIGHT: f64 = 250.0;
const BAR_LEFT: f64 = 260.0;
const BAR_RIGHT: f64 = 780.0;
const ROW: f64 = 22.0;
const BAR_HEIGHT: f64 = 14.0;
const SECTION_GAP: f64 = 30.0;
const FASTER: &str = "#2a9d8f";
const SLOWER: &str = "#e76f51";
/// A white outline under a text, so a value stays readable where it crosses the 1.0 line.
const HALO: &str = r#"stroke="white" stroke-width="3" paint-order="stroke""#;

pub fn render(title: &str, subtitles: &[String], sections: &[Section]) -> String {
    let largest = sections.iter().flat_map(|s| &s.bars).filter_map(|b| b.ratio).fold(0.0, f64::max);
    // The scale ends on a half past the largest bar, and at least at 2, so 1.0 is never at the edge.
    let scale_end = ((largest * 1.1 * 2.0).ceil() / 2.0).max(2.0);
    let tick_step = if scale_end > 4.0 { 1.0 } else { 0.5 };
    let x = |ratio: f64| BAR_LEFT + (BAR_RIGHT - BAR_LEFT) * ratio / scale_end;

    let top = 40.0 + 16.0 * subtitles.len() as f64 + 24.0;
    let rows: usize = sections.iter().map(|s| s.bars.len()).sum();
    let plot_bottom = top + sections.len() as f64 * SECTION_GAP + rows as f64 * ROW;
    let height = plot_bottom + 44.0;

    let mut svg = String::new();
    let _ = writeln!(svg, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif">"#);
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(svg, r#"<text x="20" y="28" font-size="17" font-weight="bold">{}</text>"#, escape(title));
    for (i, subtitle) in subtitles.iter().enumerate() {
        let _ = writeln!(svg, r##"<text x="20" y="{}" font-size="12" fill="#555">{}</text>"##, 48.0 + 16.0 * i as f64, escape(subtitle));
    }

    // Grid lines and their labels under everything else.
    let mut tick = 0.0;
    while tick <= scale_end + 1e-9 {
        let tx = x(tick);
        let _ = writeln!(svg, r##"<line x1="{tx:.1}" y1="{top:.1}" x2="{tx:.1}" y2="{plot_bottom:.1}" stroke="#e4e4e4"/>"##);
        let _ = writeln!(svg, r##"<text x="{tx:.1}" y="{:.1}" font-size="11" fill="#555" text-anchor="middle">{tick:.1}</text>"##, plot_bottom + 16.0);
        tick += tick_step;
    }
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#555" text-anchor="middle">egret ÷ LLVM, but unwinding ÷ aborting for the unwinding cost (shorter than the 1.0 line: takes less)</text>"##,
        (BAR_LEFT + BAR_RIGHT) / 2.0,
        plot_bottom + 34.0
    );

    // Value labels are drawn last, over the 1.0 line, so a label that crosses it stays readable.
    let mut values = String::new();
    let mut y = top;
    for section in sections {
        y += SECTION_GAP;
        let _ = writeln!(svg, r#"<text x="20" y="{:.1}" font-size="14" font-weight="bold">{}</text>"#, y - 10.0, escape(&section.title));
        for bar in &section.bars {
            let middle = y + ROW / 2.0;
            let _ = writeln!(svg, r#"<text x="{LABEL_RIGHT}" y="{:.1}" font-size="12" text-anchor="end">{}</text>"#, middle + 4.0, escape(&bar.label));
            match bar.ratio {
                Some(ratio) => {
                    let color = if ratio < 1.0 { FASTER } else { SLOWER };
                    let _ = writeln!(
                        svg,
                        r#"<rect x="{BAR_LEFT}" y="{:.1}" width="{:.1}" height="{BAR_HEIGHT}" fill="{color}"/>"#,
                        middle - BAR_HEIGHT / 2.0,
                        (x(ratio) - BAR_LEFT).max(1.0)
                    );
                    let _ = writeln!(values, r#"<text x="{:.1}" y="{:.1}" font-size="12" {HALO}>{ratio:.2}</text>"#, x(ratio) + 5.0, middle + 4.0);
                }
                None => {
                    let _ = writeln!(svg, r##"<text x="{:.1}" y="{:.1}" font-size="12" font-style="italic" fill="#888">{}</text>"##, BAR_LEFT + 4.0, middle + 4.0, escape(&bar.missing));
                }
            }
            y += ROW;
        }
    }

    // The line that matters most goes over the bars.
    let one = x(1.0);
    let _ = writeln!(svg, r##"<line x1="{one:.1}" y1="{:.1}" x2="{one:.1}" y2="{plot_bottom:.1}" stroke="#222" stroke-width="1.5"/>"##, top + 8.0);
    let _ = writeln!(svg, r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#222" {HALO}>1.0 = same as LLVM</text>"##, one + 4.0, top + 16.0);
    svg.push_str(&values);
    svg.push_str("</svg>\n");
    svg
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_notes_and_the_line() {
        let sections = [Section {
            title: "Build <time>".into(),
            bars: vec![
                Bar { label: "app, cold".into(), ratio: Some(0.5), missing: String::new() },
                Bar { label: "syn, cold".into(), ratio: None, missing: "egret build failed".into() },
            ],
        }];
        let svg = render("t & u", &["machine".into()], &sections);
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>\n"));
        assert!(svg.contains("t &amp; u") && svg.contains("Build &lt;time&gt;"));
        assert_eq!(svg.matches("<rect ").count(), 2, "the background and one bar");
        assert!(svg.contains(">0.50</text>") && svg.contains("egret build failed"));
        assert!(svg.contains("1.0 = same as LLVM"));
    }
}
