//! Content shared by the Markdown and HTML reports, as plain text: the summary's
//! key points and the action plan's rows. Each report only adds its own markup.

use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Analysis};
use crate::model::session::Session;
use crate::text::Lang;

/// The summary's key points, in order; `true` marks a warning (knowledge gaps).
pub(crate) fn key_points(
    s: &Session,
    m: &Assessment,
    a: &Analysis,
    lang: Lang,
) -> Vec<(bool, String)> {
    let name = |id: &str| {
        m.challenge(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_lowercase())
    };
    let mut ranked: Vec<_> = a
        .challenges
        .iter()
        .filter_map(|c| c.severity().map(|v| (c, v)))
        .collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1));
    if ranked.is_empty() {
        return vec![(false, crate::tr!(lang, "report-none-scored").to_owned())];
    }
    // The two most severe, and every other challenge tied with the second as the
    // reader sees the numbers (whole ones): a tie is never broken silently.
    let cutoff = ranked.get(1).unwrap_or(&ranked[0]).1.round();
    let top: Vec<String> = ranked
        .iter()
        .take_while(|(_, v)| v.round() >= cutoff)
        .map(|(c, v)| {
            format!(
                "{} {}",
                name(&c.id),
                super::uncertain::spelled(*v, c.uncertain, lang)
            )
        })
        .collect();
    let mut points = vec![(
        false,
        format!(
            "{}: {}",
            crate::tr!(lang, "report-point-most-severe"),
            top.join(", ")
        ),
    )];
    if let Some(circle) = &a.circle
        && let Some(l) = circle.strongest.map(|i| &circle.links[i])
    {
        let links = super::strongest_links(circle, m, lang);
        points.push((
            false,
            format!(
                "{}: {} ({})",
                crate::tr!(lang, "report-point-circle-drives"),
                links.join(", "),
                super::uncertain::spelled_within(l.strength.unwrap_or(0.0), l.uncertain, lang)
            ),
        ));
    }
    let gaps: Vec<String> = a
        .challenges
        .iter()
        .filter(|c| c.knowledge_gap)
        .map(|c| name(&c.id))
        .collect();
    if !gaps.is_empty() {
        points.push((
            true,
            format!(
                "{}: {}",
                crate::tr!(lang, "report-point-knowledge-gaps"),
                gaps.join(", ")
            ),
        ));
    }
    points.push((
        false,
        format!(
            "{}: {}",
            crate::tr!(
                lang,
                "report-point-role-differences",
                threshold = crate::text::decimal(lang, scoring::divergence_threshold(m), 1)
            ),
            a.divergences.len()
        ),
    ));
    points.push((
        false,
        format!(
            "{}: {}; {}: {}",
            crate::tr!(lang, "report-adopted-recommendations"),
            s.adopted().len(),
            crate::tr!(lang, "report-actions-plan"),
            s.actions().len()
        ),
    ));
    points
}

/// The action plan's column headings.
pub(crate) fn plan_headers(lang: Lang) -> [String; 5] {
    [
        crate::tr!(lang, "report-recommendation"),
        crate::tr!(lang, "report-effect-goal"),
        crate::tr!(lang, "report-owner"),
        crate::tr!(lang, "report-due"),
        crate::tr!(lang, "report-status"),
    ]
}

/// The action plan's rows, earliest due date first.
pub(crate) fn plan_rows(s: &Session, m: &Assessment, lang: Lang) -> Vec<[String; 5]> {
    let mut actions: Vec<_> = s.actions().iter().collect();
    actions.sort_by_key(|a| a.due);
    actions
        .into_iter()
        .map(|a| {
            [
                m.recommendation(&a.recommendation)
                    .map_or_else(|| a.recommendation.clone(), |r| r.text.get(lang).to_owned()),
                a.effect_goal.clone(),
                a.owner.clone(),
                a.due.to_string(),
                a.status.label(lang).to_owned(),
            ]
        })
        .collect()
}

/// The role differences' column headings.
pub(crate) fn divergence_headers(lang: Lang) -> [String; 4] {
    [
        crate::tr!(lang, "report-challenge"),
        crate::tr!(lang, "report-higher"),
        crate::tr!(lang, "report-lower"),
        crate::tr!(lang, "report-difference"),
    ]
}

/// One row per flagged pair of role groups.
pub(crate) fn divergence_rows(m: &Assessment, a: &Analysis, lang: Lang) -> Vec<[String; 4]> {
    use crate::text::decimal;
    a.divergences
        .iter()
        .map(|d| {
            [
                m.challenge(&d.challenge)
                    .map_or_else(|| d.challenge.clone(), |c| c.name.get(lang).to_owned()),
                format!("{} {}", d.high.0.label(lang), decimal(lang, d.high.1, 1)),
                format!("{} {}", d.low.0.label(lang), decimal(lang, d.low.1, 1)),
                decimal(lang, d.high.1 - d.low.1, 1),
            ]
        })
        .collect()
}

/// What the roles section says when no pair of groups is flagged: that none of
/// those compared differ by the threshold actually used, which challenges were
/// counted by show of hands (hands carry no roles), and for which others too few
/// answered per role to compare at all. Never "no roles differ" about roles that
/// could not be compared, nor "too few answers" where no role was recorded.
pub(crate) fn role_comparison_notes(
    s: &Session,
    m: &Assessment,
    a: &Analysis,
    lang: Lang,
) -> Vec<String> {
    let mut notes = Vec::new();
    if a.divergences.is_empty() && a.challenges.iter().any(|c| !c.role_means.is_empty()) {
        notes.push(crate::tr!(
            lang,
            "report-roles-no-divergence",
            threshold = crate::text::decimal(lang, scoring::divergence_threshold(m), 1)
        ));
    }
    let (by_hands, too_few): (Vec<_>, Vec<_>) = m
        .challenges
        .iter()
        .zip(&a.challenges)
        .filter(|(_, r)| r.role_means.is_empty())
        .map(|(c, _)| c)
        .partition(|c| c.statements.iter().any(|st| s.responses().is_tally(&st.id)));
    let names = |list: Vec<&crate::model::assessment::Challenge>| {
        list.iter()
            .map(|c| c.name.get(lang).to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !by_hands.is_empty() {
        notes.push(crate::tr!(
            lang,
            "report-roles-by-hands",
            challenges = names(by_hands)
        ));
    }
    if !too_few.is_empty() {
        notes.push(crate::tr!(
            lang,
            "report-roles-too-few",
            challenges = names(too_few)
        ));
    }
    notes
}

/// The participants as the header gives them: `8 (politik 3, bolag 3, …)`, or
/// the head count of an anonymous room. Counts only, and only of groups large
/// enough to show (see [`crate::model::scoring::role_counts`]).
pub(crate) fn participants_line(s: &Session, lang: Lang) -> String {
    let roles: Vec<String> = crate::model::scoring::role_counts(s)
        .iter()
        .map(|(g, k)| format!("{} {k}", g.label(lang)))
        .collect();
    let detail = if s.participants().is_empty() {
        crate::tr!(lang, "report-anonymous-head-count-only")
    } else if roles.is_empty() {
        crate::tr!(lang, "report-roles-not-shown")
    } else {
        roles.join(", ")
    };
    format!("{} ({detail})", s.head_count())
}

/// `alias (role)` for each participant, only when the session allows names;
/// otherwise empty. Never next to an answer.
pub(crate) fn named_participants(s: &Session, lang: Lang) -> Vec<String> {
    if !s.privacy().show_names {
        return Vec::new();
    }
    s.participants()
        .iter()
        .map(|p| format!("{} ({})", p.alias, p.role.label(lang)))
        .collect()
}
