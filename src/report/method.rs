//! The method appendix: every number in the report traced to its formula, and the
//! model's source. Transparency is the report's own first principle.

use super::format::md;
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use crate::text::Lang;
use std::fmt::Write;

pub(super) fn appendix(out: &mut String, model: &Assessment, lang: Lang, session: &Session) {
    let min_group = session.privacy.min_group();
    let min = model.scale.min();
    let max = model.scale.max();
    let scale: Vec<String> = model
        .scale
        .options
        .iter()
        .map(|o| format!("{} = {}", o.value, md(&o.label.get(lang).to_lowercase())))
        .collect();
    let _ = writeln!(out, "## {}\n", crate::tr!(lang, "method-heading"));
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
    let d = max - min;
    let lines = [
        crate::tr!(lang, "method-distribution"),
        crate::tr!(lang, "method-quartiles"),
        crate::tr!(lang, "method-consensus"),
        crate::tr!(lang, "method-severity"),
        crate::tr!(lang, "method-knowledge-gap"),
        crate::tr!(lang, "method-role-difference"),
        crate::tr!(lang, "method-link-strength"),
        crate::tr!(lang, "method-relevance"),
    ];
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(out, "- {}", crate::report::privacy_note(lang, min_group));
    let _ = writeln!(
        out,
        "- {}",
        crate::tr!(lang, "method-disclosure", count = min_group)
    );
    // A self-assessment shows its one person's answers: the report says so
    // instead of promising what it does not do.
    if session.is_self_assessment() {
        let _ = writeln!(out, "- {}", crate::tr!(lang, "report-self-assessment-one"));
    } else {
        let _ = writeln!(out, "- {}", crate::tr!(lang, "method-individual-answers"));
    }
    let _ = writeln!(
        out,
        "\n{}\n",
        crate::tr!(lang, "method-scale-width", d = d.to_string())
    );
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
