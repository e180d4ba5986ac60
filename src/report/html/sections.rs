//! The HTML report's later sections: statements, roles, the circle,
//! recommendations, the plan, the level, notes and the method appendix.

use super::{Html, TABLE, TABLE_END, esc, svg};
use crate::text::decimal;
use std::fmt::Write;

impl Html<'_> {
    pub(super) fn statements(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"pastaendena\">\n<h2>{}</h2>",
            crate::tr!(self.lang, "report-statements")
        );
        for (i, (c, r)) in self.m.challenges.iter().zip(&self.a.challenges).enumerate() {
            let _ = writeln!(
                out,
                "<h3>{}: {}</h3>",
                esc(c.name.get(lang)),
                esc(c.heading.get(lang))
            );
            let _ = writeln!(
                out,
                "<figure>{}<figcaption>{}</figcaption></figure>",
                svg::distribution(self.m, self.a, i, lang),
                crate::tr!(self.lang, "html-statements-intro")
            );
            let _ = writeln!(
                out,
                "{TABLE}\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" class=\"num\">IQR</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                crate::tr!(self.lang, "report-statement"),
                crate::tr!(self.lang, "report-median"),
                crate::tr!(self.lang, "report-mean"),
                crate::tr!(self.lang, "report-consensus"),
                crate::tr!(self.lang, "report-dont-know")
            );
            let opt = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, 1));
            for (k, (s, st)) in c.statements.iter().zip(&r.statements).enumerate() {
                if st.withheld {
                    let _ = writeln!(
                        out,
                        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">–</td><td colspan=\"5\">{}</td></tr>",
                        k + 1,
                        esc(&format!("{} ({})", s.text.get(lang), s.source)),
                        esc(&crate::tr!(
                            lang,
                            "report-withheld",
                            count = self.a.threshold
                        ))
                    );
                    continue;
                }
                let consensus = crate::report::format::consensus(lang, st.consensus);
                let unknown = self.unknown(st.unknown_share, st.knowledge_gap());
                let _ = writeln!(
                    out,
                    "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{consensus}</td><td>{unknown}</td></tr>",
                    k + 1,
                    esc(&format!("{} ({})", s.text.get(lang), s.source)),
                    st.n,
                    opt(st.median),
                    opt(st.mean),
                    opt(st.iqr)
                );
            }
            out.push_str("</tbody>\n");
            out.push_str(TABLE_END);
            if r.waiting > 0 {
                let _ = writeln!(
                    out,
                    "<p>{}</p>",
                    esc(&crate::tr!(lang, "report-waiting", count = r.waiting))
                );
            }
        }
        out.push_str("</section>\n");
    }

    pub(super) fn roles(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"roller\">\n<h2>{}</h2>",
            crate::tr!(self.lang, "report-differences-between-roles")
        );
        let _ = writeln!(
            out,
            "<p>{}</p>",
            esc(&crate::report::privacy_note(
                lang,
                self.s.privacy().min_group()
            ))
        );
        if self.a.challenges.iter().all(|c| c.role_means.is_empty()) {
            let _ = writeln!(
                out,
                "<p>{}</p>\n</section>",
                crate::tr!(self.lang, "report-roles-none")
            );
            return;
        }
        let _ = writeln!(
            out,
            "<figure>{}<figcaption>{}</figcaption></figure>",
            svg::roles(self.m, self.a, lang),
            crate::tr!(self.lang, "report-roles-intro")
        );
        for note in crate::report::points::role_comparison_notes(self.s, self.m, self.a, lang) {
            let _ = writeln!(out, "<p>{}</p>", esc(&note));
        }
        if !self.a.divergences.is_empty() {
            let rows = crate::report::points::divergence_rows(self.m, self.a, lang);
            out.push_str(&super::table(
                &crate::report::points::divergence_headers(lang),
                &rows,
            ));
        }
        out.push_str("</section>\n");
    }

    pub(super) fn circle(&self, out: &mut String) {
        let (Some(causal), Some(circle)) = (&self.m.causal, &self.a.circle) else {
            return;
        };
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"cirkeln\">\n<h2>{}</h2>",
            esc(causal.name.get(lang))
        );
        let uncertain = crate::report::uncertain::any(self.a);
        let legend = if uncertain {
            format!(" {}", esc(&crate::report::uncertain::legend(lang)))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<figure>{}<figcaption>{}{legend}</figcaption></figure>",
            svg::circle(self.m, self.a, lang),
            crate::tr!(self.lang, "html-circle-intro")
        );
        if let Some(s) = circle.loop_strength {
            let _ = writeln!(
                out,
                "<p><strong>{}:</strong> {}</p>",
                crate::tr!(self.lang, "report-strength-circle"),
                crate::report::uncertain::severity(s, uncertain)
            );
        }
        let _ = writeln!(
            out,
            "{TABLE}\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            crate::tr!(self.lang, "report-link"),
            crate::tr!(self.lang, "report-strength"),
            crate::tr!(self.lang, "report-how")
        );
        for (i, (link, r)) in causal.links.iter().zip(&circle.links).enumerate() {
            let mark = if circle.strongest_tied.contains(&i) {
                format!(
                    " <strong>({})</strong>",
                    crate::tr!(self.lang, "html-strongest")
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{} → {}{mark}</th><td>{}</td><td>{}</td></tr>",
                esc(&self.name(&link.from)),
                esc(&self.name(&link.to)),
                self.severity(r.strength, r.uncertain),
                esc(&crate::report::link_how(link, lang))
            );
        }
        out.push_str("</tbody>\n");
        out.push_str(TABLE_END);
        out.push_str("</section>\n");
    }

    pub(super) fn recommendations(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"rekommendationer\">\n<h2>{}</h2>\n<p>{}</p>",
            crate::tr!(self.lang, "report-recommendations"),
            crate::tr!(self.lang, "html-recommendations-intro")
        );
        if crate::report::uncertain::any(self.a) {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                esc(&crate::report::uncertain::legend(lang))
            );
        }
        for group in &self.a.ranking {
            let principle = group.principle.as_deref().and_then(|p| self.m.principle(p));
            let title = principle.map_or_else(
                || crate::tr!(self.lang, "report-overarching"),
                |p| p.name.get(lang).to_owned(),
            );
            let _ = writeln!(out, "<h3>{}</h3>", esc(&title));
            if let Some(p) = principle {
                let _ = writeln!(
                    out,
                    "<p class=\"muted\">{} ({})</p>",
                    esc(p.description.get(lang)),
                    esc(&p.source)
                );
                if let Some(priority) = &p.priority {
                    let _ = writeln!(
                        out,
                        "<p><strong>{}</strong> ({})</p>",
                        esc(priority.text.get(lang)),
                        esc(&priority.source)
                    );
                }
            }
            out.push_str("<ol class=\"recs\">\n");
            for ranked in &group.recommendations {
                let Some(rec) = self.m.recommendation(&ranked.id) else {
                    continue;
                };
                let adopted = if self.s.adopted().contains(&rec.id) {
                    format!(
                        " <span class=\"adopted\">✔ {}</span>",
                        crate::tr!(self.lang, "html-adopted")
                    )
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    "<li><strong>{}</strong>{adopted}<br>{} {} ({}). {}: {}.",
                    esc(rec.text.get(lang)),
                    crate::tr!(self.lang, "report-relevance"),
                    crate::report::uncertain::severity(ranked.relevance, ranked.uncertain),
                    if ranked.reason.is_empty() {
                        crate::tr!(self.lang, "report-no-scored-challenges").to_owned()
                    } else {
                        esc(&crate::report::uncertain::relevance_reason(
                            ranked, self.a, self.m, lang,
                        ))
                    },
                    crate::tr!(self.lang, "report-source"),
                    esc(&rec.source)
                );
                if !rec.steps.is_empty() || rec.note.is_some() {
                    out.push_str("<ul>");
                    for step in &rec.steps {
                        let _ = write!(
                            out,
                            "<li>{} ({})</li>",
                            esc(step.text.get(lang)),
                            esc(&step.source)
                        );
                    }
                    if let Some(note) = &rec.note {
                        let _ = write!(
                            out,
                            "<li><em>{}:</em> {}</li>",
                            crate::tr!(self.lang, "report-klarhet-note"),
                            esc(note.get(lang))
                        );
                    }
                    out.push_str("</ul>");
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</section>\n");
    }
}
