//! Content shared by the Markdown and HTML reports, as plain text: the summary's
//! key points and the action plan's rows. Each report only adds its own markup.

use crate::model::assessment::Assessment;
use crate::model::scoring::Analysis;
use crate::model::session::Session;
use crate::text::{Lang, pick};

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
        return vec![(
            false,
            pick(
                lang,
                "Inga utmaningar är bedömda ännu",
                "No challenge has been scored yet",
            )
            .to_owned(),
        )];
    }
    let top: Vec<String> = ranked
        .iter()
        .take(2)
        .map(|(c, v)| format!("{} {v:.0}", name(&c.id)))
        .collect();
    let mut points = vec![(
        false,
        format!(
            "{}: {}",
            pick(
                lang,
                "Allvarligast enligt gruppen",
                "Most severe according to the group"
            ),
            top.join(", ")
        ),
    )];
    if let Some(circle) = &a.circle
        && let Some(l) = circle.strongest.map(|i| &circle.links[i])
    {
        points.push((
            false,
            format!(
                "{}: {} → {} ({:.0})",
                pick(lang, "Cirkeln driver hårdast", "The circle drives hardest"),
                name(&l.from),
                name(&l.to),
                l.strength.unwrap_or(0.0)
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
                pick(
                    lang,
                    "Kunskapsluckor (vet ej ≥ 25 %)",
                    "Knowledge gaps (don't know ≥ 25%)"
                ),
                gaps.join(", ")
            ),
        ));
    }
    points.push((
        false,
        format!(
            "{}: {}",
            pick(
                lang,
                "Rollskillnader på minst 1,0",
                "Role differences of at least 1.0"
            ),
            a.divergences.len()
        ),
    ));
    points.push((
        false,
        format!(
            "{}: {}; {}: {}",
            pick(lang, "Antagna rekommendationer", "Adopted recommendations"),
            s.adopted.len(),
            pick(lang, "åtgärder i handlingsplanen", "actions in the plan"),
            s.actions.len()
        ),
    ));
    points
}

/// The action plan's column headings.
pub(crate) fn plan_headers(lang: Lang) -> [&'static str; 5] {
    [
        pick(lang, "Rekommendation", "Recommendation"),
        pick(lang, "Effektmål", "Effect goal (effektmål)"),
        pick(lang, "Ansvarig", "Owner"),
        pick(lang, "Klart senast", "Due"),
        pick(lang, "Status", "Status"),
    ]
}

/// The action plan's rows, earliest due date first.
pub(crate) fn plan_rows(s: &Session, m: &Assessment, lang: Lang) -> Vec<[String; 5]> {
    let mut actions: Vec<_> = s.actions.iter().collect();
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
pub(crate) fn divergence_headers(lang: Lang) -> [&'static str; 4] {
    [
        pick(lang, "Utmaning", "Challenge"),
        pick(lang, "Högre", "Higher"),
        pick(lang, "Lägre", "Lower"),
        pick(lang, "Skillnad", "Difference"),
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

/// The participants as the header gives them: `8 (politik 3, bolag 3, …)`, or
/// the head count of an anonymous room. Counts only.
pub(crate) fn participants_line(s: &Session, lang: Lang) -> String {
    let roles: Vec<String> = crate::model::session::Role::ALL
        .iter()
        .filter_map(|r| {
            let k = s.participants.iter().filter(|p| p.role == *r).count();
            (k > 0).then(|| format!("{} {k}", r.label(lang)))
        })
        .collect();
    let detail = if roles.is_empty() {
        pick(lang, "anonymt, endast antal", "anonymous, head count only").to_owned()
    } else {
        roles.join(", ")
    };
    format!("{} ({detail})", s.head_count())
}

/// `alias (role)` for each participant, only when the session allows names;
/// otherwise empty. Never next to an answer.
pub(crate) fn named_participants(s: &Session, lang: Lang) -> Vec<String> {
    if !s.privacy.show_names {
        return Vec::new();
    }
    s.participants
        .iter()
        .map(|p| format!("{} ({})", p.alias, p.role.label(lang)))
        .collect()
}
