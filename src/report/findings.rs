//! The report's findings in detail: every statement's statistics, and the
//! differences between roles.

use super::format::{cell, opt};
use super::markdown::Report;
use crate::text::percent;
use std::fmt::Write;

impl Report<'_> {
    pub(super) fn statements(&self, out: &mut String) {
        let lang = self.lang;
        let scale: Vec<String> = self
            .m
            .scale
            .options
            .iter()
            .map(|o| o.value.to_string())
            .collect();
        let _ = writeln!(out, "## {}\n", self.t("Påståendena", "The statements"));
        let _ = writeln!(
            out,
            "{} {}. {}\n",
            self.t(
                "Fördelningen anger antal svar per värde",
                "The distribution gives the number of answers per value"
            ),
            scale.join("·"),
            self.t(
                "Vet ej räknas för sig och ingår inte i n.",
                "Don't know is counted apart and is not part of n."
            )
        );
        for (challenge, result) in self.m.challenges.iter().zip(&self.a.challenges) {
            let _ = writeln!(
                out,
                "### {}: {}\n",
                challenge.name.get(lang),
                challenge.heading.get(lang)
            );
            let _ = writeln!(
                out,
                "| {} | n | {} | {} | {} | IQR | {} | {} |",
                self.t("Påstående", "Statement"),
                self.t("Fördelning", "Distribution"),
                self.t("Median", "Median"),
                self.t("Medel", "Mean"),
                self.t("Samstämmighet", "Consensus"),
                self.t("Vet ej", "Don't know")
            );
            let _ = writeln!(out, "|---|--:|---|--:|--:|--:|---|--:|");
            for (st, stats) in challenge.statements.iter().zip(&result.statements) {
                let dist: Vec<String> = stats.counts.iter().map(|(_, c)| c.to_string()).collect();
                let consensus = super::format::consensus(lang, stats.consensus);
                let unknown = match stats.unknown_share {
                    Some(u) if stats.knowledge_gap() => format!("{} ⚠", percent(lang, u)),
                    Some(u) => percent(lang, u),
                    None => "–".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} | {} |",
                    cell(st.text.get(lang)),
                    stats.n,
                    dist.join("·"),
                    opt(lang, stats.median, 1),
                    opt(lang, stats.mean, 1),
                    opt(lang, stats.iqr, 1),
                    consensus,
                    unknown
                );
            }
            out.push('\n');
        }
    }

    pub(super) fn roles(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "## {}\n",
            self.t("Skillnader mellan roller", "Differences between roles")
        );
        let any_roles = self.a.challenges.iter().any(|c| !c.role_means.is_empty());
        if !any_roles {
            let _ = writeln!(
                out,
                "{}\n",
                self.t(
                    "Inga rollgrupper kan visas: rummet var anonymt, svaren räknades med handuppräckning, eller rollgrupperna var för små.",
                    "No role groups can be shown: the room was anonymous, the answers were counted by show of hands, or the role groups were too small."
                )
            );
            let _ = writeln!(
                out,
                "{}\n",
                super::privacy_note(self.lang, self.s.privacy.min_group())
            );
            return;
        }
        let _ = writeln!(
            out,
            "{} {}\n",
            self.t(
                "Medelvärde per roll på skalan.",
                "Mean per role on the scale."
            ),
            super::privacy_note(self.lang, self.s.privacy.min_group())
        );
        let groups: Vec<_> = {
            let mut g: Vec<_> = self
                .a
                .challenges
                .iter()
                .flat_map(|c| c.role_means.iter().map(|(g, _)| *g))
                .collect();
            g.sort();
            g.dedup();
            g
        };
        let _ = write!(out, "| {} |", self.t("Roll", "Role"));
        for c in &self.a.challenges {
            let _ = write!(out, " {} |", self.name(&c.id));
        }
        let _ = writeln!(out, "\n|---|{}", "--:|".repeat(self.a.challenges.len()));
        for g in groups {
            let _ = write!(out, "| {} |", g.label(lang));
            for c in &self.a.challenges {
                let mean = c.role_means.iter().find(|(x, _)| *x == g).map(|(_, m)| *m);
                let _ = write!(out, " {} |", opt(lang, mean, 1));
            }
            out.push('\n');
        }
        out.push('\n');
        if self.a.divergences.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                self.t(
                    "Inga roller skiljer sig med 1,0 eller mer.",
                    "No roles differ by 1.0 or more."
                )
            );
        } else {
            let rows = super::points::divergence_rows(self.m, self.a, lang);
            out.push_str(&super::format::md_table(
                &super::points::divergence_headers(lang),
                &["---", "---", "---", "--:"],
                &rows,
            ));
            out.push('\n');
            let _ = writeln!(
                out,
                "{}\n",
                self.t(
                    "Rapporten från Halmstad visar hur en sådan skillnad kan se ut: politik och direktörer vill gå från kontroll mot tillit medan VD:ar vill gå mot mer kontroll. Skillnaderna är ett underlag för dialog, inte ett fel att rätta.",
                    "The Halmstad report shows what such a difference can look like: politicians and directors want to move from control towards trust while company CEOs want more control. The differences are material for dialogue, not an error to correct."
                )
            );
        }
    }
}
