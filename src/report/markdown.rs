//! The Markdown report: what the group found, what it agreed and what it will do.
//! Only aggregates appear; participants are counted by role, never named.

use super::format::{bar, cell, opt, whole};
use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Agreement, Analysis};
use crate::model::session::{Role, Session};
use crate::text::{Lang, decimal, percent, pick};
use std::fmt::Write;

/// Renders the whole report in the session's language.
pub fn render(session: &Session, model: &Assessment) -> String {
    let analysis = scoring::analyse(session, model);
    let r = Report {
        s: session,
        m: model,
        a: &analysis,
        lang: session.language,
    };
    let mut out = String::with_capacity(32 * 1024);
    r.header(&mut out);
    r.summary(&mut out);
    r.challenges(&mut out);
    r.statements(&mut out);
    r.roles(&mut out);
    r.circle(&mut out);
    r.recommendations(&mut out);
    r.plan(&mut out);
    r.level(&mut out);
    r.notes(&mut out);
    super::method::appendix(
        &mut out,
        model,
        session.language,
        session.privacy.min_group(),
    );
    out
}

pub(super) struct Report<'a> {
    pub(super) s: &'a Session,
    pub(super) m: &'a Assessment,
    pub(super) a: &'a Analysis,
    pub(super) lang: Lang,
}

impl Report<'_> {
    pub(super) fn t(&self, sv: &'static str, en: &'static str) -> &'static str {
        pick(self.lang, sv, en)
    }

    pub(super) fn name(&self, challenge: &str) -> String {
        self.m.challenge(challenge).map_or_else(
            || challenge.to_owned(),
            |c| c.name.get(self.lang).to_owned(),
        )
    }

    fn header(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "# {}: {}\n",
            self.t("Självskattning", "Self-assessment"),
            cell(&self.s.organisation)
        );
        let _ = writeln!(
            out,
            "**{}:** {}  ",
            self.t("Organisation", "Organisation"),
            cell(&self.s.organisation)
        );
        let _ = writeln!(out, "**{}:** {}  ", self.t("Datum", "Date"), self.s.date);
        if !self.s.facilitator.trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}  ",
                self.t("Processledare", "Facilitator"),
                cell(&self.s.facilitator)
            );
        }
        let _ = writeln!(
            out,
            "**{}:** {} ({} {})  ",
            self.t("Modell", "Model"),
            self.m.title.get(lang),
            self.s.assessment.id,
            self.s.assessment.version
        );
        let roles: Vec<String> = Role::ALL
            .iter()
            .filter_map(|r| {
                let k = self.s.participants.iter().filter(|p| p.role == *r).count();
                (k > 0).then(|| format!("{} {k}", r.label(lang)))
            })
            .collect();
        let _ = write!(
            out,
            "**{}:** {}",
            self.t("Deltagare", "Participants"),
            self.s.head_count()
        );
        if roles.is_empty() {
            let _ = writeln!(
                out,
                " ({})\n",
                self.t("anonymt, endast antal", "anonymous, head count only")
            );
        } else {
            let _ = writeln!(out, " ({})\n", roles.join(", "));
        }
        // Names only when the session allows it, and never next to an answer.
        if self.s.privacy.show_names && !self.s.participants.is_empty() {
            let names: Vec<String> = self
                .s
                .participants
                .iter()
                .map(|p| format!("{} ({})", cell(&p.alias), p.role.label(lang)))
                .collect();
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                self.t("Deltagarlista", "List of participants"),
                names.join(", ")
            );
        }
    }

    fn summary(&self, out: &mut String) {
        let _ = writeln!(out, "## {}\n", self.t("Sammanfattning", "Summary"));
        let mut ranked: Vec<_> = self
            .a
            .challenges
            .iter()
            .filter_map(|c| c.severity().map(|s| (c, s)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        if ranked.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                self.t(
                    "Inga utmaningar är bedömda ännu.",
                    "No challenge has been scored yet."
                )
            );
            return;
        }
        let top: Vec<String> = ranked
            .iter()
            .take(2)
            .map(|(c, s)| format!("{} {}", self.name(&c.id).to_lowercase(), whole(*s)))
            .collect();
        let _ = writeln!(
            out,
            "- {}: {}.",
            self.t(
                "Allvarligast enligt gruppen",
                "Most severe according to the group"
            ),
            top.join(", ")
        );
        if let Some(circle) = &self.a.circle
            && let Some(l) = circle.strongest.map(|i| &circle.links[i])
        {
            let _ = writeln!(
                out,
                "- {}: {} → {} ({}).",
                self.t("Cirkeln driver hårdast", "The circle drives hardest"),
                self.name(&l.from).to_lowercase(),
                self.name(&l.to).to_lowercase(),
                l.strength.map(whole).unwrap_or_default()
            );
        }
        let gaps: Vec<String> = self
            .a
            .challenges
            .iter()
            .filter(|c| c.knowledge_gap)
            .map(|c| self.name(&c.id).to_lowercase())
            .collect();
        if !gaps.is_empty() {
            let _ = writeln!(
                out,
                "- {}: {}.",
                self.t(
                    "Kunskapsluckor (vet ej ≥ 25 %)",
                    "Knowledge gaps (don't know ≥ 25%)"
                ),
                gaps.join(", ")
            );
        }
        let _ = writeln!(
            out,
            "- {}: {}.",
            self.t(
                "Rollskillnader på minst 1,0",
                "Role differences of at least 1.0"
            ),
            self.a.divergences.len()
        );
        let _ = writeln!(
            out,
            "- {}: {}; {}: {}.\n",
            self.t("Antagna rekommendationer", "Adopted recommendations"),
            self.s.adopted.len(),
            self.t("åtgärder i handlingsplanen", "actions in the plan"),
            self.s.actions.len()
        );
    }

    fn challenges(&self, out: &mut String) {
        let lang = self.lang;
        let _ = writeln!(out, "## {}\n", self.t("Utmaningarna", "The challenges"));
        let _ = writeln!(
            out,
            "{}\n",
            self.t(
                "Allvarlighet 0–100. Den överenskomna poängen, när gruppen har satt en, gäller före den beräknade i allt som följer.",
                "Severity 0–100. The agreed score, where the group has set one, takes precedence over the computed one in everything that follows."
            )
        );
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            self.t("Utmaning", "Challenge"),
            self.t("Allvarlighet", "Severity"),
            self.t("Beräknad", "Computed"),
            self.t("Överenskommen", "Agreed"),
            self.t("Lägsta samstämmighet", "Lowest consensus"),
            self.t("Vet ej", "Don't know")
        );
        let _ = writeln!(out, "|---|---|--:|--:|---|---|");
        for c in &self.a.challenges {
            let severity = c
                .severity()
                .map_or_else(|| "–".to_owned(), |s| format!("`{}` {}", bar(s), whole(s)));
            let consensus = c.min_consensus.map_or_else(
                || "–".to_owned(),
                |v| format!("{} ({})", Agreement::of(v).label(lang), decimal(lang, v, 2)),
            );
            let worst = c
                .statements
                .iter()
                .filter_map(|s| s.unknown_share)
                .max_by(f64::total_cmp);
            let unknown = match (c.unknown_share, worst) {
                (Some(u), Some(w)) if c.knowledge_gap => format!(
                    "{} ⚠ {} ({} {})",
                    percent(lang, u),
                    self.t("kunskapslucka", "knowledge gap"),
                    percent(lang, w),
                    self.t("på ett påstående", "on one statement")
                ),
                (Some(u), _) => percent(lang, u),
                (None, _) => "–".to_owned(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                self.name(&c.id),
                severity,
                c.computed.map_or_else(|| "–".into(), whole),
                c.agreed.map_or_else(|| "–".into(), whole),
                consensus,
                unknown
            );
        }
        out.push('\n');
        for c in &self.a.challenges {
            if let Some(agreed) = self.s.agreed.get(&c.id) {
                let _ = writeln!(
                    out,
                    "- **{}** {} {}: {}",
                    self.name(&c.id),
                    self.t("överenskommen poäng", "agreed score"),
                    agreed.score,
                    cell(&agreed.rationale)
                );
            }
        }
        if !self.s.agreed.is_empty() {
            out.push('\n');
        }
    }

    fn statements(&self, out: &mut String) {
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
                let consensus = stats.consensus.map_or_else(
                    || "–".to_owned(),
                    |v| format!("{} ({})", Agreement::of(v).label(lang), decimal(lang, v, 2)),
                );
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

    fn roles(&self, out: &mut String) {
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
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                self.t("Utmaning", "Challenge"),
                self.t("Högre", "Higher"),
                self.t("Lägre", "Lower"),
                self.t("Skillnad", "Difference")
            );
            let _ = writeln!(out, "|---|---|---|--:|");
            for d in &self.a.divergences {
                let _ = writeln!(
                    out,
                    "| {} | {} {} | {} {} | {} |",
                    self.name(&d.challenge),
                    d.high.0.label(lang),
                    decimal(lang, d.high.1, 1),
                    d.low.0.label(lang),
                    decimal(lang, d.low.1, 1),
                    decimal(lang, d.high.1 - d.low.1, 1)
                );
            }
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
