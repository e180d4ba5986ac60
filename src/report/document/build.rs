//! Building the document: the one place of the report that reads the session.
//! What leaves here is what may be shown (see the module above).

use super::roles::roles;
use super::*;
use crate::model::Session;
use crate::model::scoring;

pub(super) fn document<'a>(s: &Session, m: &'a Assessment) -> Document<'a> {
    let lang = s.language();
    let a = scoring::analyse(s, m);
    let identity = identity(m, s, lang);
    let agreed = m
        .challenges
        .iter()
        .map(|c| {
            s.agreed().get(&c.id).map(|x| AgreedScore {
                severity: x.severity_on(m.challenge_scale(c)),
                rationale: x.rationale.clone(),
            })
        })
        .collect();
    // A show of hands is public and carries no roles: said apart from too few answers.
    let by_hands: Vec<bool> = m
        .challenges
        .iter()
        .map(|c| c.statements.iter().any(|st| s.responses().is_tally(&st.id)))
        .collect();
    let discussed = super::discussed::discussed(s.discussion(), m, &a, lang);
    let has_discussed = discussed.is_some();
    let sections = vec![
        Section::Summary(key_points(s, m, &a, lang)),
        Section::Challenges,
        Section::Statements,
    ]
    .into_iter()
    .chain(super::rounds::rounds(s, m, &a, lang).map(Section::Rounds))
    .chain(
        Some(super::references::references(m, &a, lang))
            .filter(|r| !r.is_empty())
            .map(Section::References),
    )
    .chain([Section::Roles(roles(
        m,
        s.breakdown(m).map(|g| g.id.as_str()),
        &a,
        &by_hands,
        lang,
    ))])
    .chain(a.circle.as_ref().map(|result| {
        Section::Circle(CircleFindings {
            causal: m.causal.as_ref(),
            result: result.clone(),
            verdict: crate::report::circle_verdict(&a, m, lang),
        })
    }))
    // The phases come where the workshop takes them: after the circle.
    .chain(super::phases::finding(s, m, lang).map(Section::Phases))
    // The group's answers in one place, after every section of figures and
    // the phases: the sets follow steps (the model's introduction, the queue)
    // that have no section of their own here, and reading them before the
    // recommendations is where the workshop uses them.
    .chain(super::prompts::finding(s, m).map(Section::Prompts))
    // Only the sections of steps the model has (issue 28: structure is
    // optional): no recommendations or plan without recommendations, no
    // level without a ladder.
    .chain(
        (!m.recommendations.is_empty())
            .then(|| Section::Recommendations(recommendations(s, m, &a, lang))),
    )
    // The alternatives come where the workshop takes them: after the
    // recommendations, before the plan.
    .chain(super::alternatives::finding(s, m, lang).map(Section::Alternatives))
    .chain((!m.recommendations.is_empty()).then(|| Section::Plan(plan(s, m, lang))))
    .chain(m.levels.is_some().then(|| Section::Level(level(s, m))))
    .chain([Section::Notes(notes(s, m))])
    .chain(discussed.map(Section::Discussed))
    .chain(agenda::record(s, m, lang).map(Section::Agenda))
    .chain([Section::Method(Method {
        blocks: crate::report::method::appendix(
            m,
            lang,
            s.privacy().min_group(),
            s.is_self_assessment(),
            has_discussed,
            super::careless::blocks(s, m, lang),
        ),
        provenance: crate::report::provenance::method(s.privacy().min_group(), m, lang),
    })])
    .collect();
    Document {
        lang,
        model: m,
        words: m.words(lang),
        figures: a,
        identity,
        agreed,
        by_hands,
        sections,
    }
}

fn identity(m: &Assessment, s: &Session, lang: Lang) -> Identity {
    let by_role = scoring::role_counts(m, s);
    let names = s.group_names(m);
    let roles: Vec<String> = by_role
        .iter()
        .map(|(g, k)| format!("{} {k}", names.name(g, lang)))
        .collect();
    let detail = if s.participants().is_empty() {
        crate::tr!(lang, "report-anonymous-head-count-only")
    } else if roles.is_empty() {
        crate::tr!(lang, "report-roles-not-shown")
    } else {
        roles.join(", ")
    };
    // Names only when the session allows them, and never next to an answer.
    let names = if s.privacy().show_names {
        s.participants()
            .iter()
            .map(|p| match s.breakdown(m).and_then(|b| s.group_in(m, p, b)) {
                Some(g) => format!("{} ({})", p.alias, s.group_name(m, g, lang)),
                None => p.alias.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    Identity {
        organisation: s.organisation().clone(),
        organisation_line: crate::report::organisation_line(s, lang),
        kommunkod: s.kommunkod().map(str::to_owned),
        date: s.date(),
        facilitator: s.facilitator().clone(),
        assessment_id: s.assessment().id.clone(),
        assessment_version: s.assessment().version.clone(),
        head_count: s.head_count(),
        participants_line: format!("{} ({detail})", s.head_count()),
        by_role,
        names,
        min_group: s.privacy().min_group(),
        self_assessment: s.is_self_assessment(),
    }
}

/// The summary's key points, in order; knowledge gaps are warnings.
fn key_points(s: &Session, m: &Assessment, a: &Analysis, lang: Lang) -> Vec<KeyPoint> {
    let point = |warning: bool, text: String| KeyPoint { warning, text };
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
        let none = crate::tr!(lang, "report-none-scored", words = m.words(lang));
        return vec![point(false, none)];
    }
    // The two most severe, and every other challenge tied with the second as the
    // reader sees the numbers (whole ones): a tie is never broken silently.
    let cutoff = ranked.get(1).unwrap_or(&ranked[0]).1.round();
    let top: Vec<String> = ranked
        .iter()
        .take_while(|(_, v)| v.round() >= cutoff)
        .map(|(c, v)| {
            let spelled = crate::report::uncertain::spelled(*v, c.uncertain, lang);
            format!("{} {spelled}", name(&c.id))
        })
        .collect();
    let mut points = vec![point(
        false,
        format!(
            "{}: {}",
            crate::tr!(lang, "report-point-most-severe", words = m.words(lang)),
            top.join(", ")
        ),
    )];
    if let Some(circle) = &a.circle
        && let Some(l) = circle.strongest.map(|i| &circle.links[i])
    {
        let links = crate::report::strongest_links(circle, m, lang);
        let strength =
            crate::report::uncertain::spelled_within(l.strength.unwrap_or(0.0), l.uncertain, lang);
        points.push(point(
            false,
            format!(
                "{}: {} ({strength})",
                crate::tr!(lang, "report-point-circle-drives"),
                links.join(", "),
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
        points.push(point(
            true,
            format!(
                "{}: {}",
                crate::tr!(lang, "report-point-knowledge-gaps"),
                gaps.join(", ")
            ),
        ));
    }
    let threshold = crate::text::decimal(lang, scoring::divergence_threshold(m), 1);
    points.push(point(
        false,
        format!(
            "{}: {}",
            crate::tr!(lang, "report-point-role-differences", threshold = threshold),
            a.divergences.len()
        ),
    ));
    // Nothing to adopt in a model without recommendations (issue 28).
    if !m.recommendations.is_empty() {
        points.push(point(
            false,
            format!(
                "{}: {}; {}: {}",
                crate::tr!(lang, "report-adopted-recommendations"),
                s.adopted().len(),
                crate::tr!(lang, "report-actions-plan"),
                s.actions().len()
            ),
        ));
    }
    points
}

fn recommendations<'a>(
    s: &Session,
    m: &'a Assessment,
    a: &Analysis,
    lang: Lang,
) -> Vec<RecommendationGroup<'a>> {
    a.ranking
        .iter()
        .map(|group| RecommendationGroup {
            principle_id: group.principle.clone(),
            principle: group.principle.as_deref().and_then(|p| m.principle(p)),
            recommendations: group
                .recommendations
                .iter()
                .enumerate()
                .filter_map(|(i, ranked)| {
                    let recommendation = m.recommendation(&ranked.id)?;
                    Some(RankedItem {
                        place: i + 1,
                        recommendation,
                        ranked: ranked.clone(),
                        reason: (!ranked.reason.is_empty()).then(|| {
                            crate::report::uncertain::relevance_reason(ranked, a, m, lang)
                        }),
                        reason_parts: ranked
                            .reason
                            .iter()
                            .map(|(c, severity)| {
                                let name = m
                                    .challenge(c)
                                    .map_or_else(|| c.clone(), |x| x.name.get(lang).to_owned());
                                (c.clone(), name, *severity)
                            })
                            .collect(),
                        adopted: s.adopted().contains(&recommendation.id),
                    })
                })
                .collect(),
        })
        .collect()
}

/// The plan's items in the order the session keeps them, each with what it
/// carries out; a measure's says whether the choice as it stands still offers
/// it.
fn plan<'a>(s: &Session, m: &'a Assessment, lang: Lang) -> Vec<PlannedAction<'a>> {
    let offered: Vec<_> = (s.offered_measures(m).iter())
        .map(|x| x.reference())
        .collect();
    s.actions()
        .iter()
        .map(|x| PlannedAction {
            recommendation_id: x.recommendation.clone(),
            recommendation: m
                .recommendation(&x.recommendation)
                .map(|r| r.text.get(lang)),
            measure: x.measure.as_ref().map(|reference| {
                let found = crate::model::plan::measure_of(m, reference).ok();
                PlannedMeasure {
                    reference: reference.clone(),
                    alternative: found.map(|(a, _)| a),
                    step: found.map(|(_, step)| step),
                    earlier_choice: !offered.contains(reference),
                }
            }),
            effect_goal: x.effect_goal.clone(),
            owner: x.owner.clone(),
            due: x.due,
            status: x.status,
        })
        .collect()
}

fn level<'a>(s: &Session, m: &'a Assessment) -> LevelFinding<'a> {
    let ladder = m.levels.as_ref();
    let at = s
        .level()
        .and_then(|l| ladder.and_then(|x| x.steps.iter().position(|step| step.level == l)));
    LevelFinding {
        ladder,
        current: s.level(),
        here: at.and_then(|i| ladder.map(|x| &x.steps[i])),
        next: at.and_then(|i| ladder.and_then(|x| x.steps.get(i + 1))),
    }
}

fn notes<'a>(s: &Session, m: &'a Assessment) -> Notes<'a> {
    Notes {
        shown: m
            .challenges
            .iter()
            .filter_map(|c| {
                s.notes()
                    .get(&c.id)
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| (c, n.clone()))
            })
            .collect(),
        all: s
            .notes()
            .iter()
            .map(|(c, n)| (c.clone(), n.clone()))
            .collect(),
    }
}
