//! The report's findings in detail: every statement's statistics, the
//! differences between roles, the circle and the ranked recommendations.

use super::{Markdown, heading, para};
use crate::report::document::{
    CircleFindings, Details, Findings, RecommendationGroup, RoleFindings,
};
use crate::report::format::{bar, cell, link_headings, md, opt, statement_headings};
use crate::report::uncertain;
use crate::text::percent;
use std::fmt::Write;

impl Findings for Markdown<'_> {
    fn statements(&self, out: &mut String) {
        let lang = self.lang;
        let threshold = self.d.figures.threshold;
        let scale: Vec<String> = self
            .d
            .model
            .scale
            .options
            .iter()
            .map(|o| o.value.to_string())
            .collect();
        heading(out, 2, crate::tr!(self.lang, "report-statements"));
        let _ = writeln!(
            out,
            "{} {}. {}\n",
            crate::tr!(self.lang, "report-distribution-gives-number-answers"),
            scale.join("·"),
            crate::tr!(self.lang, "report-dont-know-counted-apart")
        );
        for view in self.d.challenges() {
            let result = view.result;
            heading(out, 3, view.title(lang, md));
            let [statement, distribution, median, mean, consensus, unknown] =
                statement_headings(lang);
            let _ = writeln!(
                out,
                "| {statement} | n | {distribution} | {median} | {mean} | IQR | {consensus} | {unknown} |"
            );
            let _ = writeln!(out, "|---|--:|---|--:|--:|--:|---|--:|");
            for (st, stats) in view.statements() {
                if stats.withheld {
                    let _ = writeln!(
                        out,
                        "| {} | – | {} | – | – | – | – | – |",
                        cell(&format!("{} ({})", st.text.get(lang), st.source)),
                        crate::tr!(lang, "report-withheld", count = threshold)
                    );
                    continue;
                }
                let scale = self.d.model.scale_of(st);
                let dist = crate::report::format::distribution(lang, self.d.model, scale, stats);
                let consensus = crate::report::format::consensus(lang, stats.consensus);
                let unknown = match stats.unknown_share {
                    Some(u) if stats.knowledge_gap() => format!("{} ⚠", percent(lang, u)),
                    Some(u) => percent(lang, u),
                    None => "–".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} |",
                    cell(&format!("{} ({})", st.text.get(lang), st.source)),
                    stats.n,
                    cell(&dist),
                    opt(lang, stats.median, 1),
                    opt(lang, stats.mean, 1),
                    opt(lang, stats.iqr, 1),
                    consensus,
                    unknown
                );
            }
            if result.waiting > 0 {
                let _ = writeln!(
                    out,
                    "\n*{}*",
                    crate::tr!(lang, "report-waiting", count = result.waiting)
                );
            }
            for note in crate::report::document::careless::left_out_notes(result, lang) {
                let _ = writeln!(out, "\n*{note}*");
            }
            out.push('\n');
        }
    }

    fn roles(&self, out: &mut String, roles: &RoleFindings) {
        let lang = self.lang;
        let min_group = self.d.identity.min_group;
        heading(
            out,
            2,
            crate::tr!(self.lang, "report-differences-between-roles"),
        );
        if roles.groups.is_empty() {
            para(out, crate::tr!(self.lang, "report-roles-none"));
            para(out, crate::report::privacy_note(lang, min_group));
            return;
        }
        let _ = writeln!(
            out,
            "{} {}\n",
            crate::tr!(self.lang, "report-roles-intro"),
            crate::report::privacy_note(lang, min_group)
        );
        let _ = write!(out, "| {} |", crate::tr!(self.lang, "report-role"));
        for c in &self.d.figures.challenges {
            let _ = write!(out, " {} |", self.name(&c.id));
        }
        let challenges = &self.d.figures.challenges;
        let _ = writeln!(out, "\n|---|{}", "--:|".repeat(challenges.len()));
        for g in &roles.groups {
            let _ = write!(out, "| {} |", md(&self.d.figures.groups.name(g, lang)));
            for c in challenges {
                let mean = c.role_means.iter().find(|(x, _)| x == g).map(|(_, m)| *m);
                let _ = write!(out, " {} |", opt(lang, mean, 1));
            }
            out.push('\n');
        }
        out.push('\n');
        for note in &roles.notes {
            para(out, md(note));
        }
        if !roles.divergences.is_empty() {
            let rows = crate::report::points::divergence_rows(&roles.divergences, lang);
            out.push_str(&crate::report::format::md_table(
                &crate::report::format::divergence_headings(lang, &self.d.words),
                &["---", "---", "---", "--:"],
                &rows,
            ));
            out.push('\n');
            // What the report found about roles on a challenge where this group's
            // roles differ too: the model's words, with their source.
            for [name, text, from] in roles.model_note_words(lang) {
                let _ = writeln!(out, "{} {} ({})\n", md(&name), md(&text), md(&from));
            }
        }
    }

    fn circle(&self, out: &mut String, circle: &CircleFindings) {
        let Some(causal) = circle.causal else {
            return;
        };
        let lang = self.lang;
        heading(out, 2, md(causal.name.get(lang)));
        para(
            out,
            crate::tr!(self.lang, "report-circle-intro", words = &self.d.words),
        );
        let _ = writeln!(out, "| {} |", link_headings(lang).join(" | "));
        let _ = writeln!(out, "|---|---|---|");
        for (link, result, strongest) in circle.links() {
            let strength = result.strength.map_or_else(
                || "–".to_owned(),
                |s| format!("`{}` {}", bar(s), uncertain::severity(s, result.uncertain)),
            );
            let mark = if strongest { " **◀**" } else { "" };
            let _ = writeln!(
                out,
                "| {} → {}{mark} | {strength} | {} |",
                self.name(&link.from),
                self.name(&link.to),
                cell(&crate::report::link_how(link, lang))
            );
        }
        out.push('\n');
        if let Some(strength) = circle.result.loop_strength {
            let _ = writeln!(
                out,
                "**{}:** {} ({})\n",
                crate::tr!(self.lang, "report-strength-circle"),
                uncertain::severity(strength, self.d.any_uncertain()),
                crate::tr!(
                    self.lang,
                    "report-circle-strength-explained",
                    words = &self.d.words
                )
            );
        }
        if let Some(verdict) = &circle.verdict {
            para(out, md(verdict));
        }
    }

    fn recommendations(&self, out: &mut String, groups: &[RecommendationGroup]) {
        let lang = self.lang;
        heading(out, 2, crate::tr!(self.lang, "report-recommendations"));
        para(
            out,
            crate::tr!(
                self.lang,
                "report-recommendations-intro",
                words = &self.d.words
            ),
        );
        if self.d.any_uncertain() {
            para(out, uncertain::legend(lang));
        }
        for group in groups {
            heading(out, 3, md(&group.title(lang)));
            let [description, priority] = group.principle_texts(lang);
            if let Some((text, source)) = description {
                para(out, format!("*{}* ({})", cell(text), md(source)));
            }
            if let Some((text, source)) = priority {
                para(out, format!("**{}** ({})", cell(text), md(source)));
            }
            for item in &group.recommendations {
                let (rec, ranked) = (item.recommendation, &item.ranked);
                let reason = item.reason.clone().unwrap_or_else(|| {
                    crate::tr!(lang, "report-no-scored-challenges", words = &self.d.words)
                });
                let adopted = if item.adopted { " ✔" } else { "" };
                let _ = writeln!(
                    out,
                    "{}. **{}**{adopted}  \n   {} {} ({}). {}: {}.",
                    item.place,
                    cell(rec.text.get(lang)),
                    crate::tr!(self.lang, "report-relevance"),
                    uncertain::severity(ranked.relevance, ranked.uncertain),
                    md(&reason),
                    crate::tr!(self.lang, "report-source"),
                    md(&rec.source)
                );
                let Details { steps, note } = item.details(lang);
                for (text, source) in steps {
                    let _ = writeln!(out, "   - {} ({})", cell(text), md(source));
                }
                if let Some((label, note)) = note {
                    let _ = writeln!(out, "   - *{label}:* {}", cell(note));
                }
            }
            out.push('\n');
        }
    }
}
