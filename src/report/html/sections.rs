//! The HTML report's later sections: statements, roles, the circle,
//! recommendations, the plan, the level, notes and the method appendix.

use super::{Html, TABLE, TABLE_END, esc, h3, para, section, svg};
use crate::report::document::{
    CircleFindings, Details, Findings, RecommendationGroup, RoleFindings,
};
use crate::report::format::{link_headings, statement_headings};
use crate::text::decimal;
use std::fmt::Write;

impl Findings for Html<'_> {
    fn statements(&self, out: &mut String) {
        let lang = self.lang;
        section(
            out,
            "pastaendena",
            crate::tr!(self.lang, "report-statements"),
        );
        let (m, a) = (self.d.model, &self.d.figures);
        for (i, view) in self.d.challenges().enumerate() {
            let r = view.result;
            h3(out, view.title(lang, esc));
            let _ = writeln!(
                out,
                "<figure>{}<figcaption>{}</figcaption></figure>",
                svg::distribution(m, a, i, lang),
                crate::tr!(self.lang, "html-statements-intro")
            );
            let [statement, _, median, mean, consensus, unknown] = statement_headings(lang);
            let _ = writeln!(
                out,
                "{TABLE}\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">{statement}</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">{median}</th><th scope=\"col\" class=\"num\">{mean}</th><th scope=\"col\" class=\"num\">IQR</th><th scope=\"col\">{consensus}</th><th scope=\"col\">{unknown}</th></tr></thead>\n<tbody>"
            );
            let opt = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, 1));
            for (k, (s, st)) in view.statements().enumerate() {
                if st.withheld {
                    let _ = writeln!(
                        out,
                        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">–</td><td colspan=\"5\">{}</td></tr>",
                        k + 1,
                        esc(&format!("{} ({})", s.text.get(lang), s.source)),
                        esc(&crate::tr!(lang, "report-withheld", count = a.threshold))
                    );
                    continue;
                }
                let consensus = crate::report::format::consensus(lang, st.consensus);
                let unknown = self.unknown(st.unknown_share, st.knowledge_gap());
                let scale = m.scale_of(s);
                if scale.is_categorical() {
                    // Shares, not numbers: the counts and shares span the
                    // figures' columns (issue 28).
                    let dist = crate::report::format::distribution(lang, m, scale, st);
                    let _ = writeln!(
                        out,
                        "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td colspan=\"4\">{}</td><td>{unknown}</td></tr>",
                        k + 1,
                        esc(&format!("{} ({})", s.text.get(lang), s.source)),
                        st.n,
                        esc(&dist)
                    );
                    continue;
                }
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
                para(
                    out,
                    esc(&crate::tr!(lang, "report-waiting", count = r.waiting)),
                );
            }
            for note in crate::report::document::careless::left_out_notes(r, lang) {
                para(out, esc(&note));
            }
        }
        out.push_str("</section>\n");
    }

    fn roles(&self, out: &mut String, roles: &RoleFindings) {
        let lang = self.lang;
        section(
            out,
            "roller",
            crate::tr!(self.lang, "report-differences-between-roles"),
        );
        para(
            out,
            esc(&crate::report::privacy_note(
                lang,
                self.d.identity.min_group,
            )),
        );
        if roles.groups.is_empty() {
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
            svg::roles(self.d.model, &self.d.figures, lang),
            crate::tr!(self.lang, "report-roles-intro")
        );
        for note in &roles.notes {
            para(out, esc(note));
        }
        if !roles.divergences.is_empty() {
            let rows = crate::report::points::divergence_rows(&roles.divergences, lang);
            out.push_str(&super::table(
                &crate::report::format::divergence_headings(lang, &self.d.words),
                &rows,
            ));
            // What the report found about the groups on a dimension where
            // this workshop's groups differ too, as the Markdown report says it.
            for [name, text, from] in roles.model_note_words(lang) {
                let _ = writeln!(
                    out,
                    "<p><strong>{}</strong> {} ({})</p>",
                    esc(&name),
                    esc(&text),
                    esc(&from)
                );
            }
        }
        out.push_str("</section>\n");
    }

    fn circle(&self, out: &mut String, circle: &CircleFindings) {
        let Some(causal) = circle.causal else {
            return;
        };
        let lang = self.lang;
        section(out, "cirkeln", esc(causal.name.get(lang)));
        let uncertain = self.d.any_uncertain();
        let legend = if uncertain {
            format!(" {}", esc(&crate::report::uncertain::legend(lang)))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<figure>{}<figcaption>{}{legend}</figcaption></figure>",
            svg::circle(self.d.model, &self.d.figures, lang),
            crate::tr!(self.lang, "html-circle-intro", words = &self.d.words)
        );
        if let Some(s) = circle.result.loop_strength {
            let _ = writeln!(
                out,
                "<p><strong>{}:</strong> {}</p>",
                crate::tr!(self.lang, "report-strength-circle"),
                crate::report::uncertain::severity(s, uncertain)
            );
        }
        let [link, strength, how] = link_headings(lang);
        let _ = writeln!(
            out,
            "{TABLE}\n<thead><tr><th scope=\"col\">{link}</th><th scope=\"col\">{strength}</th><th scope=\"col\">{how}</th></tr></thead>\n<tbody>"
        );
        for (link, r, strongest) in circle.links() {
            let mark = if strongest {
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

    fn recommendations(&self, out: &mut String, groups: &[RecommendationGroup]) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<section id=\"rekommendationer\">\n<h2>{}</h2>\n<p>{}</p>",
            crate::tr!(self.lang, "report-recommendations"),
            crate::tr!(
                self.lang,
                "html-recommendations-intro",
                words = &self.d.words
            )
        );
        if self.d.any_uncertain() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                esc(&crate::report::uncertain::legend(lang))
            );
        }
        for group in groups {
            h3(out, esc(&group.title(lang)));
            let [description, priority] = group.principle_texts(lang);
            if let Some((text, source)) = description {
                let (text, source) = (esc(text), esc(source));
                let _ = writeln!(out, "<p class=\"muted\">{text} ({source})</p>");
            }
            if let Some((text, source)) = priority {
                para(
                    out,
                    format!("<strong>{}</strong> ({})", esc(text), esc(source)),
                );
            }
            out.push_str("<ol class=\"recs\">\n");
            for item in &group.recommendations {
                let (rec, ranked) = (item.recommendation, &item.ranked);
                let adopted = if item.adopted {
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
                    item.reason.as_deref().map_or_else(
                        || crate::tr!(
                            self.lang,
                            "report-no-scored-challenges",
                            words = &self.d.words
                        ),
                        esc
                    ),
                    crate::tr!(self.lang, "report-source"),
                    esc(&rec.source)
                );
                let Details { steps, note } = item.details(lang);
                if !steps.is_empty() || note.is_some() {
                    out.push_str("<ul>");
                    for (text, source) in steps {
                        let _ = write!(out, "<li>{} ({})</li>", esc(text), esc(source));
                    }
                    if let Some((label, note)) = note {
                        let _ = write!(out, "<li><em>{label}:</em> {}</li>", esc(note));
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
