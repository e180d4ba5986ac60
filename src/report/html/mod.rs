//! The HTML report: one self-contained file (no fonts, scripts or styles from
//! elsewhere) with the same sections as the Markdown report, inline SVG figures,
//! real headings and table headers, and print CSS for A4.

mod circle;
mod roles;
mod svg;
pub(crate) mod trend;

use crate::model::assessment::Assessment;
use crate::model::session::Session;
use crate::report::document::{Document, KeyPoint, Opening};
use crate::text::{Lang, percent};
use std::fmt::Write;

pub(crate) const STYLE: &str = include_str!("style.css");

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Opens a table inside its own scroll box: on a narrow screen a wide table
/// scrolls there, never the page. The box takes focus, so it scrolls by keyboard.
pub const TABLE: &str = "<div class=\"wide\" tabindex=\"0\"><table>";
/// Closes what [`TABLE`] opens.
pub const TABLE_END: &str = "</table></div>\n";

/// An HTML table with column headers; the first cell of each row is its row header.
pub fn table<H: AsRef<str>, R: AsRef<[String]>>(headers: &[H], rows: &[R]) -> String {
    let mut out = format!("{TABLE}\n<thead><tr>");
    for h in headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", esc(h.as_ref())));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let mut cells = row.as_ref().iter();
        if let Some(first) = cells.next() {
            out.push_str(&format!("<tr><th scope=\"row\">{}</th>", esc(first)));
        }
        for c in cells {
            out.push_str(&format!("<td>{}</td>", esc(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n");
    out.push_str(TABLE_END);
    out
}

/// Keeps every date (2026-05-23) of the page's text on one line: each is put in
/// a `<span class="date">` that does not wrap. Only text between tags is
/// touched, never a tag's attributes, nor the head's title and style or an
/// SVG (whose text never wraps).
pub fn nowrap_dates(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let body = html.find("<body>").unwrap_or(0);
    out.push_str(&html[..body]);
    let mut rest = &html[body..];
    let mut in_svg = false;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            if tag.starts_with("<svg") {
                in_svg = true;
            } else if tag.starts_with("</svg") {
                in_svg = false;
            }
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        if in_svg {
            out.push_str(text);
        } else {
            wrap_dates(text, &mut out);
        }
        rest = &rest[end..];
    }
    out
}

/// `text` with every yyyy-mm-dd not inside a longer run of digits in a span.
fn wrap_dates(text: &str, out: &mut String) {
    let b = text.as_bytes();
    let shape = |i: usize| {
        i + 10 <= b.len()
            && b[i..i + 10].iter().enumerate().all(|(k, c)| {
                if k == 4 || k == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            })
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 10).is_none_or(|c| !c.is_ascii_digit())
    };
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        if shape(i) {
            out.push_str(&text[from..i]);
            out.push_str("<span class=\"date\">");
            out.push_str(&text[i..i + 10]);
            out.push_str("</span>");
            i += 10;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[from..]);
}

struct Html<'d> {
    d: &'d Document<'d>,
    lang: Lang,
}

/// Renders the whole report of `session` as HTML in the session's language.
pub fn render(session: &Session, model: &Assessment) -> String {
    document(&Document::build(session, model))
}

/// Renders a document as one HTML page.
pub fn document(d: &Document) -> String {
    let h = Html { d, lang: d.lang };
    let mut out = String::with_capacity(64 * 1024);
    let title = format!(
        "{}: {}",
        crate::tr!(h.lang, "report-self-assessment"),
        d.identity.organisation
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        h.lang.code(),
        esc(&title)
    );
    h.header(&mut out, &title);
    d.write_sections(&h, &mut out);
    out.push_str("</main>\n</body>\n</html>\n");
    nowrap_dates(&out)
}

impl Html<'_> {
    fn name(&self, id: &str) -> String {
        self.d.name(id)
    }

    /// A severity or strength with its bar and word, marked when its basis is
    /// uncertain.
    fn severity(&self, value: Option<f64>, uncertain: bool) -> String {
        match value {
            Some(v) => {
                let (class, word) = svg::level(v, self.lang);
                let number = crate::report::uncertain::severity(v, uncertain);
                format!(
                    "<span class=\"sev\"><span class=\"bar\" aria-hidden=\"true\"><span class=\"{class}\" style=\"width:{v:.0}%\"></span></span><span class=\"{class}\">{number} ({word})</span></span>"
                )
            }
            None => "–".to_owned(),
        }
    }

    /// A vet-ej share, flagged in words when it is a knowledge gap.
    fn unknown(&self, share: Option<f64>, gap: bool) -> String {
        match share {
            Some(u) if gap => format!(
                "{} <span class=\"flag\">⚠ {}</span>",
                percent(self.lang, u),
                crate::tr!(self.lang, "report-knowledge-gap")
            ),
            Some(u) => percent(self.lang, u),
            None => "–".to_owned(),
        }
    }

    fn header(&self, out: &mut String, title: &str) {
        let lang = self.lang;
        let who = &self.d.identity;
        let _ = write!(
            out,
            "<header>\n<h1>{}</h1>\n<dl class=\"facts\">\n",
            esc(title)
        );
        let facts = who.facts(self.d.model, lang, esc, esc);
        let participants = (
            crate::tr!(lang, "report-participants"),
            esc(&who.participants_line),
        );
        for (k, v) in facts.into_iter().chain([participants]) {
            let _ = writeln!(out, "<dt>{}</dt><dd>{v}</dd>", esc(&k));
        }
        out.push_str("</dl>\n");
        if !who.names.is_empty() {
            let names: Vec<String> = who
                .names
                .iter()
                .map(|n| format!("<li>{}</li>", esc(n)))
                .collect();
            let _ = writeln!(
                out,
                "<section id=\"deltagarlista\" class=\"first\"><h2>{}</h2><ul>{}</ul></section>",
                crate::tr!(lang, "report-participant-list"),
                names.join("")
            );
        }
        out.push_str("</header>\n");
    }
}

impl Opening for Html<'_> {
    fn summary(&self, out: &mut String, points: &[KeyPoint]) {
        let _ = writeln!(
            out,
            "<section id=\"sammanfattning\" class=\"first\">\n<h2>{}</h2>\n<ul>",
            crate::tr!(self.lang, "report-summary")
        );
        for point in points {
            let flag = if point.warning {
                "<span class=\"flag\">⚠</span> "
            } else {
                ""
            };
            let _ = writeln!(out, "<li>{flag}{}.</li>", esc(&point.text));
        }
        out.push_str("</ul>\n</section>\n");
    }

    fn challenges(&self, out: &mut String) {
        let lang = self.lang;
        let h = crate::report::format::challenge_headings(self.lang, &self.d.words);
        let _ = writeln!(
            out,
            "<section id=\"utmaningarna\">\n<h2>{}</h2>\n<p>{}</p>\n{TABLE}\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            crate::tr!(self.lang, "report-challenges", words = &self.d.words),
            crate::tr!(self.lang, "html-challenges-intro", words = &self.d.words),
            h[0],
            h[1],
            h[2],
            h[3],
            h[4],
            h[5]
        );
        for c in self.d.challenges().map(|view| view.result) {
            let consensus = crate::report::format::consensus(lang, c.min_consensus);
            let unknown = self.unknown(c.unknown_share, c.knowledge_gap);
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{consensus}</td><td>{unknown}</td></tr>",
                esc(&self.name(&c.id)),
                crate::report::format::no_score(lang, self.d.model, &c.id)
                    .map_or_else(|| self.severity(c.severity(), c.uncertain), |t| esc(&t)),
                c.computed.map_or_else(
                    || "–".into(),
                    |v| crate::report::uncertain::severity(v, c.uncertain)
                ),
                c.agreed.map_or_else(|| "–".into(), |v| format!("{v:.0}"))
            );
        }
        out.push_str("</tbody>\n");
        out.push_str(TABLE_END);
        if self.d.any_uncertain() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                esc(&crate::report::uncertain::legend(lang))
            );
        }
        let agreed: Vec<String> = self
            .d
            .challenges()
            .filter_map(|view| {
                view.agreed.map(|a| {
                    format!(
                        "<li><strong>{}</strong> {} {}: {}</li>",
                        esc(view.challenge.name.get(lang)),
                        crate::tr!(self.lang, "report-agreed-score", words = &self.d.words),
                        crate::report::format::whole(a.severity),
                        esc(&a.rationale)
                    )
                })
            })
            .collect();
        if !agreed.is_empty() {
            let _ = writeln!(out, "<ul>{}</ul>", agreed.join(""));
        }
        out.push_str("</section>\n");
    }
}

mod closing;
mod phases;
mod prompts;
mod references;
mod rounds;
mod sections;

/// Opens a section with its id (the page's anchor) and its heading.
fn section(out: &mut String, id: &str, title: impl std::fmt::Display) {
    let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{title}</h2>");
}

/// A paragraph of HTML already escaped.
fn para(out: &mut String, html: impl std::fmt::Display) {
    let _ = writeln!(out, "<p>{html}</p>");
}

/// A subheading of HTML already escaped.
fn h3(out: &mut String, html: impl std::fmt::Display) {
    let _ = writeln!(out, "<h3>{html}</h3>");
}
