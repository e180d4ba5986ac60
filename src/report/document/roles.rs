//! The roles section of the document: which groups are shown, where they differ,
//! and why a comparison could not be made.

use super::*;
use crate::model::scoring;

pub(super) fn roles<'a>(
    m: &'a Assessment,
    breakdown: Option<&str>,
    a: &Analysis,
    by_hands: &[bool],
    lang: Lang,
) -> RoleFindings<'a> {
    let mut groups: Vec<_> = a
        .challenges
        .iter()
        .flat_map(|c| c.role_means.iter().map(|(g, _)| g.clone()))
        .collect();
    // The breakdown's order, merged last, as every figure shows them.
    groups.sort_by_key(|g| (a.groups.rank(g), g.clone()));
    groups.dedup();
    let divergences = a
        .divergences
        .iter()
        .map(|d| DivergenceFinding {
            challenge: d.challenge.clone(),
            challenge_name: m
                .challenge(&d.challenge)
                .map_or_else(|| d.challenge.clone(), |c| c.name.get(lang).to_owned()),
            high: d.high.clone(),
            low: d.low.clone(),
            names: [
                a.groups.name(&d.high.0, lang),
                a.groups.name(&d.low.0, lang),
            ],
        })
        .collect();
    let model_notes = m
        .challenges
        .iter()
        .filter(|c| a.divergences.iter().any(|d| d.challenge == c.id))
        .filter_map(|c| c.group_note.as_ref().map(|note| (c, note)))
        // A note on one grouping's groups says nothing beside another's.
        .filter(|(_, note)| note.fits(breakdown))
        .collect();
    RoleFindings {
        groups,
        notes: role_comparison_notes(m, a, by_hands, lang),
        divergences,
        model_notes,
    }
}

/// What the roles section says when no pair of groups is flagged: that none of
/// those compared differ by the threshold actually used, which challenges were
/// counted by show of hands (hands carry no roles), and for which others too few
/// answered per role to compare at all. Never "no roles differ" about roles that
/// could not be compared, nor "too few answers" where no role was recorded.
fn role_comparison_notes(
    m: &Assessment,
    a: &Analysis,
    by_hands: &[bool],
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
    let (hands, too_few): (Vec<_>, Vec<_>) = m
        .challenges
        .iter()
        .zip(&a.challenges)
        .zip(by_hands)
        .filter(|((_, r), _)| r.role_means.is_empty())
        // A challenge with only categorical statements has no means to show,
        // however many answered: its groups' shares are with its statements.
        .filter(|((c, _), _)| m.has_ordinal(c))
        .map(|((c, _), hands)| (c, *hands))
        .partition(|(_, hands)| *hands);
    let names = |list: Vec<(&Challenge, bool)>| {
        list.iter()
            .map(|(c, _)| c.name.get(lang).to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !hands.is_empty() {
        notes.push(crate::tr!(
            lang,
            "report-roles-by-hands",
            challenges = names(hands)
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
