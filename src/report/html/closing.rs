//! The HTML report's closing sections: the action plan, the level, the notes and
//! the method appendix.

use super::{Html, esc};
use std::fmt::Write;

impl Html<'_> {
    pub(super) fn plan(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"handlingsplan\">\n<h2>{}</h2>",
            crate::tr!(self.lang, "report-action-plan")
        );
        if self.s.actions().is_empty() {
            let _ = writeln!(
                out,
                "<p>{}</p>\n</section>",
                crate::tr!(self.lang, "report-plan-none")
            );
            return;
        }
        let rows = crate::report::points::plan_rows(self.s, self.m, lang);
        out.push_str(&super::table(
            &crate::report::points::plan_headers(lang),
            &rows,
        ));
        out.push_str("</section>\n");
    }

    pub(super) fn level(&self, out: &mut String) {
        let Some(ladder) = &self.m.levels else {
            return;
        };
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"niva\">\n<h2>{}</h2>",
            esc(ladder.name.get(lang))
        );
        match self
            .s
            .level()
            .and_then(|l| ladder.steps.iter().position(|s| s.level == l))
        {
            None => {
                let _ = writeln!(out, "<p>{}</p>", crate::tr!(self.lang, "report-level-none"));
            }
            Some(i) => {
                let here = &ladder.steps[i];
                let _ = writeln!(
                    out,
                    "<p><strong>{} {}: {}.</strong> {} ({})</p>",
                    crate::tr!(self.lang, "report-now-level"),
                    here.level,
                    esc(here.name.get(lang)),
                    esc(here.description.get(lang)),
                    esc(&ladder.source)
                );
                match ladder.steps.get(i + 1) {
                    Some(next) => {
                        let _ = writeln!(
                            out,
                            "<p><strong>{} {}: {}.</strong> {} ({})</p>",
                            crate::tr!(self.lang, "report-next-step-level"),
                            next.level,
                            esc(next.name.get(lang)),
                            esc(next.description.get(lang)),
                            esc(&ladder.source)
                        );
                    }
                    None => {
                        let _ =
                            writeln!(out, "<p>{}</p>", crate::tr!(self.lang, "report-level-top"));
                    }
                }
            }
        }
        out.push_str("</section>\n");
    }

    pub(super) fn notes(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"anteckningar\">\n<h2>{}</h2>",
            crate::tr!(self.lang, "report-notes")
        );
        let mut any = false;
        for c in &self.m.challenges {
            if let Some(note) = self.s.notes().get(&c.id).filter(|n| !n.trim().is_empty()) {
                any = true;
                let paragraphs: Vec<String> = note.lines().map(esc).collect();
                let _ = writeln!(
                    out,
                    "<h3>{}</h3>\n<p>{}</p>",
                    esc(c.name.get(lang)),
                    paragraphs.join("<br>")
                );
            }
        }
        if !any {
            let _ = writeln!(out, "<p>{}</p>", crate::tr!(self.lang, "report-no-notes"));
        }
        out.push_str("</section>\n");
    }

    pub(super) fn method(&self, out: &mut String) {
        // The appendix is written once, in Markdown; its few constructs map directly.
        let mut md = String::new();
        crate::report::method::appendix(&mut md, self.m, self.lang, self.s);
        let _ = writeln!(out, "<section id=\"metod\">");
        let mut in_list = false;
        for line in md.lines() {
            if let Some(item) = line.strip_prefix("- ") {
                if !in_list {
                    out.push_str("<ul>\n");
                    in_list = true;
                }
                let _ = writeln!(out, "<li>{}</li>", inline(item));
                continue;
            }
            if in_list {
                out.push_str("</ul>\n");
                in_list = false;
            }
            if let Some(h) = line.strip_prefix("### ") {
                let _ = writeln!(out, "<h3>{}</h3>", esc(h));
            } else if let Some(h) = line.strip_prefix("## ") {
                let _ = writeln!(out, "<h2>{}</h2>", esc(h));
            } else if !line.trim().is_empty() {
                let _ = writeln!(out, "<p>{}</p>", inline(line));
            }
        }
        if in_list {
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
}

/// Escapes a line and turns Markdown's `**bold**` and `*emphasis*` into tags.
fn inline(line: &str) -> String {
    let mut out = String::new();
    let escaped = esc(line);
    let mut rest = escaped.as_str();
    let mut bold = false;
    while let Some(i) = rest.find("**") {
        out.push_str(&rest[..i]);
        out.push_str(if bold { "</strong>" } else { "<strong>" });
        bold = !bold;
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    if bold {
        out.push_str("</strong>");
    }
    let mut final_out = String::new();
    let mut em = false;
    for c in out.chars() {
        if c == '*' {
            final_out.push_str(if em { "</em>" } else { "<em>" });
            em = !em;
        } else {
            final_out.push(c);
        }
    }
    if em {
        final_out.push_str("</em>");
    }
    final_out
}
