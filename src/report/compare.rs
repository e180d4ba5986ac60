//! Year-over-year comparison of two sessions of the same model: severity and
//! consensus per challenge with arrows, the earlier action items with the status
//! they have now, and the level on the model's ladder then and now. Participant sets may differ;
//! only aggregates are compared.

use crate::model::assessment::Assessment;
use crate::model::scoring;
use crate::model::session::{Session, Status};
use crate::report::html::esc;
use crate::text::{Lang, decimal};
use std::fmt::Write;

/// One challenge, then and now.
#[derive(Debug, Clone, PartialEq)]
pub struct ChallengeChange {
    /// The challenge's id.
    pub id: String,
    /// Severity then and now (0–100).
    pub severity: (Option<f64>, Option<f64>),
    /// Lowest consensus then and now (0–1).
    pub consensus: (Option<f64>, Option<f64>),
    /// Whether each severity rests on an uncertain basis, then and now.
    pub uncertain: (bool, bool),
}

/// An earlier action item and where it stands now.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionChange {
    /// What it carries out: a recommendation, or a measure of an alternative.
    pub target: crate::model::session::Target,
    /// Its effect goal then.
    pub effect_goal: String,
    /// Its status then.
    pub then: Status,
    /// Its status in the newer session, if it is still in the plan.
    pub now: Option<Status>,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Per challenge, in the newer model's order.
    pub challenges: Vec<ChallengeChange>,
    /// The older session's action items.
    pub actions: Vec<ActionChange>,
    /// The level then and now.
    pub level: (Option<u32>, Option<u32>),
    /// The statements that differ between the two sessions' models.
    pub statements: super::statement_changes::StatementChanges,
}

pub use crate::error::Mismatch;

/// Checks that every statement of `old_model` has a match in `new_model` (always so
/// for the same model).
pub fn matched(old_model: &Assessment, new_model: &Assessment) -> Result<(), Mismatch> {
    if old_model.id != new_model.id
        && let Some((_, s)) = old_model
            .statements()
            .find(|(_, s)| new_model.statement(&s.id).is_none())
    {
        return Err(Mismatch {
            old_model: old_model.id.clone(),
            new_model: new_model.id.clone(),
            statement: s.id.clone(),
        });
    }
    Ok(())
}

/// Compares `old` with `new`. Refused when the sessions use different models whose
/// statements cannot be matched by id.
pub fn compare(
    old: &Session,
    old_model: &Assessment,
    new: &Session,
    new_model: &Assessment,
) -> Result<Comparison, Mismatch> {
    matched(old_model, new_model)?;
    let (a, b) = (
        scoring::analyse(old, old_model),
        scoring::analyse(new, new_model),
    );
    let challenges = new_model
        .challenges
        .iter()
        .map(|c| {
            let then = a.challenge(&c.id);
            let now = b.challenge(&c.id);
            ChallengeChange {
                id: c.id.clone(),
                severity: (
                    then.and_then(|x| x.severity()),
                    now.and_then(|x| x.severity()),
                ),
                consensus: (
                    then.and_then(|x| x.min_consensus),
                    now.and_then(|x| x.min_consensus),
                ),
                uncertain: (
                    then.is_some_and(|x| x.uncertain),
                    now.is_some_and(|x| x.uncertain),
                ),
            }
        })
        .collect();
    let actions = old
        .actions()
        .iter()
        .map(|x| ActionChange {
            target: x.target(),
            effect_goal: x.effect_goal.clone(),
            then: x.status,
            now: new.action_for(&x.target()).map(|y| y.status),
        })
        .collect();
    Ok(Comparison {
        challenges,
        actions,
        level: (old.level(), new.level()),
        statements: super::statement_changes::StatementChanges::between(old_model, new_model),
    })
}

/// An arrow and a signed difference: ▲ up, ▼ down, → no change. The difference
/// is that of the two values as they are printed, to `places` decimals, so that
/// "0,77 → 0,81" reads "+0,04" beside them and never "+0,03".
pub fn arrow(then: Option<f64>, now: Option<f64>, lang: Lang, places: usize) -> String {
    match (then, now) {
        (Some(a), Some(b)) => {
            let scale = 10f64.powi(i32::try_from(places).unwrap_or(0));
            // In units of the last printed place, as format::whole and
            // text::decimal round them (half away from zero).
            let d = (b * scale).round() - (a * scale).round();
            if d == 0.0 {
                return format!("→ {}", decimal(lang, 0.0, places));
            }
            let (mark, sign) = if d > 0.0 {
                ("▲", "+")
            } else {
                ("▼", "−")
            };
            format!("{mark} {sign}{}", decimal(lang, d.abs() / scale, places))
        }
        _ => "–".to_owned(),
    }
}

struct View<'a> {
    c: &'a Comparison,
    old: &'a Session,
    new: &'a Session,
    m: &'a Assessment,
    lang: Lang,
}

impl View<'_> {
    fn name(&self, id: &str) -> String {
        self.m
            .challenge(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(self.lang).to_owned())
    }
    fn title(&self) -> String {
        format!(
            "{}: {} {} → {}",
            crate::tr!(self.lang, "compare-comparison"),
            self.new.organisation(),
            self.old.date(),
            self.new.date()
        )
    }
    fn level(&self, l: Option<u32>) -> String {
        l.map_or_else(
            || "–".to_owned(),
            |l| format!("{} {l}", crate::tr!(self.lang, "compare-level")),
        )
    }
    fn status(&self, s: Option<Status>) -> String {
        s.map_or_else(
            || crate::tr!(self.lang, "compare-no-longer-plan").to_owned(),
            |s| s.label(self.lang).to_owned(),
        )
    }
    /// Rows: challenge, severity then, now, change, consensus then, now, change.
    fn rows(&self) -> Vec<[String; 7]> {
        let lang = self.lang;
        let sev = |v: Option<f64>, uncertain: bool| {
            v.map_or_else(
                || "–".to_owned(),
                |v| super::uncertain::severity(v, uncertain),
            )
        };
        let cns = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, 2));
        self.c
            .challenges
            .iter()
            .map(|x| {
                [
                    self.name(&x.id),
                    sev(x.severity.0, x.uncertain.0),
                    sev(x.severity.1, x.uncertain.1),
                    arrow(x.severity.0, x.severity.1, lang, 0),
                    cns(x.consensus.0),
                    cns(x.consensus.1),
                    arrow(x.consensus.0, x.consensus.1, lang, 2),
                ]
            })
            .collect()
    }
    fn headers(&self) -> [String; 7] {
        [
            crate::tr!(
                self.lang,
                "report-challenge",
                words = self.m.words(self.lang)
            ),
            crate::tr!(
                self.lang,
                "compare-severity-then",
                words = self.m.words(self.lang)
            ),
            crate::tr!(self.lang, "compare-now"),
            crate::tr!(self.lang, "compare-change"),
            crate::tr!(self.lang, "compare-consensus-then"),
            crate::tr!(self.lang, "compare-now"),
            crate::tr!(self.lang, "compare-change"),
        ]
    }
    fn action_headers(&self) -> [String; 4] {
        [
            crate::tr!(self.lang, "report-recommendation"),
            crate::tr!(self.lang, "compare-effect-goal"),
            crate::tr!(self.lang, "compare-status-then"),
            crate::tr!(self.lang, "compare-status-now"),
        ]
    }
    fn action_rows(&self) -> Vec<[String; 4]> {
        self.c
            .actions
            .iter()
            .map(|a| {
                [
                    super::document::target_words(self.m, &a.target, self.lang),
                    a.effect_goal.clone(),
                    a.then.label(self.lang).to_owned(),
                    self.status(a.now),
                ]
            })
            .collect()
    }
    fn no_plan(&self) -> String {
        crate::tr!(self.lang, "compare-plan-none")
    }
    fn levels(&self) -> String {
        format!(
            "{}: {}. {}: {}.",
            crate::tr!(self.lang, "compare-then"),
            self.level(self.c.level.0),
            crate::tr!(self.lang, "compare-now-heading"),
            self.level(self.c.level.1)
        )
    }
    /// The heading of the levels: the model's own label for its ladder.
    fn level_label(&self) -> String {
        self.m
            .level_label(self.lang)
            .unwrap_or_else(|| crate::tr!(self.lang, "tui-step-level"))
    }

    /// What the arrows mean, and the uncertainty mark when a severity has one.
    fn legend(&self) -> String {
        let arrows = crate::tr!(self.lang, "compare-legend", words = self.m.words(self.lang));
        if self
            .c
            .challenges
            .iter()
            .any(|x| x.uncertain.0 || x.uncertain.1)
        {
            format!("{arrows} {}", super::uncertain::legend(self.lang))
        } else {
            arrows
        }
    }
}

/// The comparison as Markdown.
pub fn markdown(c: &Comparison, old: &Session, new: &Session, model: &Assessment) -> String {
    let v = View {
        c,
        old,
        new,
        m: model,
        lang: new.language(),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        super::format::md(&v.title()),
        v.legend()
    );
    let _ = writeln!(
        out,
        "## {}\n",
        crate::tr!(v.lang, "report-challenges", words = v.m.words(v.lang))
    );
    out.push_str(&super::format::md_table(
        &v.headers(),
        &["---", "--:", "--:", "---", "--:", "--:", "---"],
        &v.rows(),
    ));
    out.push_str(&c.statements.markdown(v.lang));
    let _ = writeln!(
        out,
        "\n## {}\n",
        crate::tr!(v.lang, "compare-previous-plan")
    );
    if c.actions.is_empty() {
        let _ = writeln!(out, "{}\n", v.no_plan());
    } else {
        out.push_str(&super::format::md_table(
            &v.action_headers(),
            &["---"; 4],
            &v.action_rows(),
        ));
    }
    let _ = writeln!(out, "\n## {}\n\n{}", v.level_label(), v.levels());
    out
}

/// The comparison as one self-contained HTML file.
pub fn html(c: &Comparison, old: &Session, new: &Session, model: &Assessment) -> String {
    let v = View {
        c,
        old,
        new,
        m: model,
        lang: new.language(),
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n",
        v.lang.code(),
        esc(&v.title()),
        super::html::STYLE,
        esc(&v.title()),
        esc(&v.legend())
    );
    let _ = writeln!(
        out,
        "<section id=\"utmaningarna\" class=\"first\">\n<h2>{}</h2>",
        crate::tr!(v.lang, "report-challenges", words = v.m.words(v.lang))
    );
    let _ = writeln!(
        out,
        "<figure>{}<figcaption>{}</figcaption></figure>",
        super::html::trend::severities(c, model, v.lang),
        crate::tr!(
            v.lang,
            "html-compare-figure-intro",
            words = v.m.words(v.lang)
        )
    );
    out.push_str(&super::html::table(&v.headers(), &v.rows()));
    out.push_str("</section>\n");
    out.push_str(&c.statements.html(v.lang));
    let _ = writeln!(
        out,
        "<section id=\"handlingsplan\" class=\"first\">\n<h2>{}</h2>",
        crate::tr!(v.lang, "compare-previous-plan")
    );
    if c.actions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", v.no_plan());
    } else {
        out.push_str(&super::html::table(&v.action_headers(), &v.action_rows()));
    }
    let _ = write!(
        out,
        "</section>\n<section id=\"niva\" class=\"first\">\n<h2>{}</h2>\n<p>{}</p>\n</section>\n</main>\n</body>\n</html>\n",
        esc(&v.level_label()),
        esc(&v.levels())
    );
    super::html::nowrap_dates(&out)
}
