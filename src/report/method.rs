//! The method appendix: what comes from the report and what is klarhet's own,
//! then every number traced to its formula, and the model's source.
//! Transparency is the report's own first principle.

use super::document::MethodBlock::{self, Heading, List, Paragraph, Subheading};
use super::format::md;
use crate::model::assessment::Assessment;
use crate::model::scoring::stats::{FEW_ANSWERS, KNOWLEDGE_GAP};
use crate::text::{Lang, decimal, percent};

/// The appendix for a session whose smallest role group shown is `min_group`.
pub(super) fn appendix(
    model: &Assessment,
    lang: Lang,
    min_group: usize,
    self_assessment: bool,
    discussed: bool,
    careless: Vec<MethodBlock>,
) -> Vec<MethodBlock> {
    let mut out = vec![Heading(crate::tr!(lang, "method-heading"))];
    caveats(&mut out, model, lang);
    from_source(&mut out, model, lang);
    own(&mut out, model, lang, min_group);
    formulas(&mut out, model, lang, min_group, self_assessment, discussed);
    // The session's careless answers, after the formulas they are left out of.
    out.extend(careless);
    out.push(Paragraph(format!(
        "**{}:** {}",
        crate::tr!(lang, "report-source"),
        md(&model.source.citation)
    )));
    out.push(Paragraph(md(model.source.summary.get(lang))));
    out.push(Paragraph(format!(
        "*{}*",
        crate::tr!(
            lang,
            "method-made-with",
            version = env!("CARGO_PKG_VERSION")
        )
    )));
    out
}

/// The appendix as Markdown: blocks apart by a blank line, the last one ending
/// the text.
pub(super) fn markdown(blocks: &[MethodBlock], out: &mut String) {
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Heading(h) => out.push_str(&format!("## {h}\n")),
            Subheading(h) => out.push_str(&format!("### {h}\n")),
            List(items) => {
                for item in items {
                    out.push_str(&format!("- {item}\n"));
                }
            }
            Paragraph(text) => out.push_str(&format!("{text}\n")),
        }
        if i + 1 < blocks.len() {
            out.push('\n');
        }
    }
}

/// What the study behind the model is, first, so that everything after it is
/// read with it; nothing for a model that names no caveat.
fn caveats(out: &mut Vec<MethodBlock>, model: &Assessment, lang: Lang) {
    if model.caveats.is_empty() {
        return;
    }
    out.push(Subheading(crate::tr!(lang, "method-caveats-heading")));
    out.push(List(
        model
            .caveats
            .iter()
            .map(|c| format!("{} ({})", md(c.text.get(lang)), md(&caveat_source(c, lang))))
            .collect(),
    ));
}

/// Where a caveat comes from, in words: its section, or that it is klarhet's
/// and what it is built on.
pub(crate) fn caveat_source(caveat: &crate::model::caveat::Caveat, lang: Lang) -> String {
    if caveat.own {
        crate::tr!(lang, "caveat-own", source = caveat.source.as_str())
    } else {
        caveat.source.clone()
    }
}

/// What the model takes from its source, counted from the model itself.
fn from_source(out: &mut Vec<MethodBlock>, model: &Assessment, lang: Lang) {
    out.push(Subheading(crate::tr!(lang, "method-from-source-heading")));
    // A model without principles or recommendations names only its
    // challenges (issue 28: structure is optional).
    let counts = if model.principles.is_empty() && model.recommendations.is_empty() {
        crate::tr!(
            lang,
            "method-from-source-challenges",
            words = model.words(lang),
            challenges = model.challenges.len()
        )
    } else {
        crate::tr!(
            lang,
            "method-from-source",
            words = model.words(lang),
            challenges = model.challenges.len(),
            principles = model.principles.len(),
            recommendations = model.recommendations.len()
        )
    };
    let mut lines = vec![counts];
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
    lines.push(if model.causal.is_some() {
        crate::tr!(lang, "method-from-source-texts")
    } else {
        crate::tr!(lang, "method-from-source-texts-unlinked")
    });
    lines.push(crate::tr!(lang, "method-source-measures-nothing"));
    out.push(List(lines));
}

/// What klarhet adds: the instrument and every threshold it judges by.
fn own(out: &mut Vec<MethodBlock>, model: &Assessment, lang: Lang, min_group: usize) {
    out.push(Subheading(crate::tr!(lang, "method-own-heading")));
    let (own, count) = model.own_statements();
    let mut lines = vec![
        crate::tr!(
            lang,
            "method-own-statements",
            words = model.words(lang),
            origin = match own {
                0 => "none",
                own if own == count => "all",
                _ => "some",
            },
            own = own,
            count = count
        ),
        crate::tr!(
            lang,
            "method-own-scale",
            words = model.words(lang),
            min = model.scale.min().to_string(),
            max = model.scale.max().to_string()
        ),
    ];
    // What klarhet computes on links and recommendations, only for a model
    // that has them.
    let (links, recommended) = (model.causal.is_some(), !model.recommendations.is_empty());
    if recommended {
        let words = model.words(lang);
        lines.push(crate::tr!(lang, "method-own-mapping", words = words));
    }
    lines.extend(match (links, recommended) {
        (true, true) => Some(crate::tr!(lang, "method-own-ranking")),
        (true, false) => Some(crate::tr!(lang, "method-own-ranking-links")),
        (false, true) => Some(crate::tr!(lang, "method-own-ranking-recommendations")),
        (false, false) => None,
    });
    lines.push(crate::tr!(
        lang,
        "method-own-thresholds",
        share = percent(lang, KNOWLEDGE_GAP),
        few = FEW_ANSWERS,
        threshold = decimal(lang, crate::model::scoring::divergence_threshold(model), 1),
        count = min_group
    ));
    if model.recommendations.iter().any(|r| r.note.is_some()) {
        lines.push(crate::tr!(lang, "method-own-notes"));
    }
    out.push(List(lines));
}

/// Every formula, with the thresholds it is judged by.
fn formulas(
    out: &mut Vec<MethodBlock>,
    model: &Assessment,
    lang: Lang,
    min_group: usize,
    self_assessment: bool,
    discussed: bool,
) {
    let scale: Vec<String> = model
        .scale
        .options
        .iter()
        .map(|o| format!("{} = {}", o.value, md(&o.label.get(lang).to_lowercase())))
        .collect();
    out.push(Subheading(crate::tr!(lang, "method-formulas-heading")));
    out.push(Paragraph(format!(
        "**{}:** {}{}.",
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
    )));
    super::method_scales::scales(out, model, lang);
    let share = percent(lang, KNOWLEDGE_GAP);
    let mut lines = vec![
        crate::tr!(lang, "method-distribution"),
        crate::tr!(lang, "method-quartiles"),
        crate::tr!(lang, "method-consensus"),
        crate::tr!(lang, "method-severity", words = model.words(lang)),
        crate::tr!(lang, "method-knowledge-gap", share = share.as_str()),
        // Only severities are marked where there are no links or
        // recommendations to rest on them.
        if model.causal.is_some() || !model.recommendations.is_empty() {
            crate::tr!(
                lang,
                "method-uncertain",
                words = model.words(lang),
                mark = super::uncertain::MARK,
                share = share.as_str(),
                few = FEW_ANSWERS
            )
        } else {
            crate::tr!(
                lang,
                "method-uncertain-severity",
                words = model.words(lang),
                mark = super::uncertain::MARK,
                share = share.as_str(),
                few = FEW_ANSWERS
            )
        },
        crate::tr!(
            lang,
            "method-role-difference",
            threshold = decimal(lang, crate::model::scoring::divergence_threshold(model), 1)
        ),
    ];
    if model.causal.is_some() {
        lines.push(crate::tr!(
            lang,
            "method-link-strength",
            words = model.words(lang)
        ));
    }
    if !model.recommendations.is_empty() {
        lines.push(crate::tr!(
            lang,
            "method-relevance",
            words = model.words(lang)
        ));
    }
    // Only in a report with a section on what was discussed, which the rule
    // ordered: every other report stays as it was.
    if discussed {
        lines.push(format!(
            "{}: {}",
            crate::tr!(lang, "report-discussed"),
            md(&crate::model::scoring::queue::rule_words(
                model, lang, false
            ))
        ));
    }
    lines.extend([
        crate::report::privacy_note(lang, min_group),
        crate::tr!(
            lang,
            "method-disclosure",
            words = model.words(lang),
            count = min_group
        ),
    ]);
    // A self-assessment shows its one person's answers: the report says so
    // instead of promising what it does not do.
    lines.push(if self_assessment {
        crate::tr!(lang, "report-self-assessment-one")
    } else {
        crate::tr!(lang, "method-individual-answers")
    });
    out.push(List(lines));
    let d = model.scale.max() - model.scale.min();
    out.push(Paragraph(crate::tr!(
        lang,
        "method-scale-width",
        d = d.to_string()
    )));
}
