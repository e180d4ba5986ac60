//! The method appendix: what comes from the report and what is klarhet's own,
//! then every number traced to its formula, and the model's source.
//! Transparency is the report's own first principle.

use super::format::md;
use crate::model::assessment::Assessment;
use crate::model::scoring::stats::{FEW_ANSWERS, KNOWLEDGE_GAP};
use crate::model::session::Session;
use crate::text::{Lang, decimal, percent};
use std::fmt::Write;

pub(super) fn appendix(out: &mut String, model: &Assessment, lang: Lang, session: &Session) {
    let _ = writeln!(out, "## {}\n", crate::tr!(lang, "method-heading"));
    from_source(out, model, lang);
    own(out, model, lang, session);
    formulas(out, model, lang, session);
    let _ = writeln!(
        out,
        "**{}:** {}\n\n{}\n",
        crate::tr!(lang, "report-source"),
        md(&model.source.citation),
        md(model.source.summary.get(lang))
    );
    let _ = writeln!(
        out,
        "*{}*",
        crate::tr!(
            lang,
            "method-made-with",
            version = env!("CARGO_PKG_VERSION")
        )
    );
}

/// What the model takes from its source, counted from the model itself.
fn from_source(out: &mut String, model: &Assessment, lang: Lang) {
    let _ = writeln!(
        out,
        "### {}\n",
        crate::tr!(lang, "method-from-source-heading")
    );
    let mut lines = vec![crate::tr!(
        lang,
        "method-from-source",
        challenges = model.challenges.len(),
        principles = model.principles.len(),
        recommendations = model.recommendations.len()
    )];
    if let Some(causal) = &model.causal {
        lines.push(crate::tr!(
            lang,
            "method-from-source-circle",
            source = causal.source.as_str()
        ));
        let name = |id: &str| {
            model
                .challenge(id)
                .map_or(id.to_owned(), |c| c.name.get(lang).to_lowercase())
        };
        let readings: Vec<String> = causal
            .links
            .iter()
            .filter(|l| l.reading)
            .map(|l| format!("{} → {}", name(&l.from), name(&l.to)))
            .collect();
        if !readings.is_empty() {
            lines.push(crate::tr!(
                lang,
                "method-readings",
                count = readings.len(),
                links = readings.join(", ")
            ));
        }
    }
    if let Some(ladder) = &model.levels {
        lines.push(crate::tr!(
            lang,
            "method-from-source-levels",
            levels = md(ladder.name.get(lang)),
            source = ladder.source.as_str()
        ));
    }
    lines.push(crate::tr!(lang, "method-from-source-texts"));
    lines.push(crate::tr!(lang, "method-source-measures-nothing"));
    list(out, &lines);
}

/// What klarhet adds: the instrument and every threshold it judges by.
fn own(out: &mut String, model: &Assessment, lang: Lang, session: &Session) {
    let _ = writeln!(out, "### {}\n", crate::tr!(lang, "method-own-heading"));
    let mut lines = vec![
        crate::tr!(
            lang,
            "method-own-statements",
            count = model.statements().count()
        ),
        crate::tr!(
            lang,
            "method-own-scale",
            min = model.scale.min().to_string(),
            max = model.scale.max().to_string()
        ),
        crate::tr!(lang, "method-own-mapping"),
        crate::tr!(lang, "method-own-ranking"),
        crate::tr!(
            lang,
            "method-own-thresholds",
            share = percent(lang, KNOWLEDGE_GAP),
            few = FEW_ANSWERS.to_string(),
            threshold = decimal(lang, crate::model::scoring::divergence_threshold(model), 1),
            count = session.privacy().min_group()
        ),
    ];
    if model.recommendations.iter().any(|r| r.note.is_some()) {
        lines.push(crate::tr!(lang, "method-own-notes"));
    }
    list(out, &lines);
}

/// Every formula, with the thresholds it is judged by.
fn formulas(out: &mut String, model: &Assessment, lang: Lang, session: &Session) {
    let min_group = session.privacy().min_group();
    let scale: Vec<String> = model
        .scale
        .options
        .iter()
        .map(|o| format!("{} = {}", o.value, md(&o.label.get(lang).to_lowercase())))
        .collect();
    let _ = writeln!(out, "### {}\n", crate::tr!(lang, "method-formulas-heading"));
    let _ = writeln!(
        out,
        "**{}:** {}{}.\n",
        crate::tr!(lang, "method-scale"),
        scale.join(", "),
        model
            .scale
            .unknown
            .as_ref()
            .map_or_else(String::new, |u| format!(
                "; {}",
                crate::tr!(
                    lang,
                    "method-counted-apart",
                    option = md(&u.get(lang).to_lowercase())
                )
            ))
    );
    let share = percent(lang, KNOWLEDGE_GAP);
    let mut lines = vec![
        crate::tr!(lang, "method-distribution"),
        crate::tr!(lang, "method-quartiles"),
        crate::tr!(lang, "method-consensus"),
        crate::tr!(lang, "method-severity"),
        crate::tr!(lang, "method-knowledge-gap", share = share.as_str()),
        crate::tr!(
            lang,
            "method-uncertain",
            mark = super::uncertain::MARK,
            share = share.as_str(),
            few = FEW_ANSWERS.to_string()
        ),
        crate::tr!(
            lang,
            "method-role-difference",
            threshold = decimal(lang, crate::model::scoring::divergence_threshold(model), 1)
        ),
        crate::tr!(lang, "method-link-strength"),
        crate::tr!(lang, "method-relevance"),
        crate::report::privacy_note(lang, min_group),
        crate::tr!(lang, "method-disclosure", count = min_group),
    ];
    // A self-assessment shows its one person's answers: the report says so
    // instead of promising what it does not do.
    lines.push(if session.is_self_assessment() {
        crate::tr!(lang, "report-self-assessment-one")
    } else {
        crate::tr!(lang, "method-individual-answers")
    });
    list(out, &lines);
    let d = model.scale.max() - model.scale.min();
    let _ = writeln!(
        out,
        "{}\n",
        crate::tr!(lang, "method-scale-width", d = d.to_string())
    );
}

fn list(out: &mut String, lines: &[String]) {
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
}
