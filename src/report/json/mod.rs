//! The full computed result as JSON, under a documented `schema_version`
//! (`schemas/result-v4.schema.json`). Aggregates only: no ballot, no name.
//!
//! Evolution: a field or value added keeps the version (readers ignore what
//! they do not know); a field removed, renamed or given another meaning bumps
//! `schema_version`, and the schema file's name with it.

mod doc;

use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Agreement};
use crate::model::session::Session;
use crate::report::{Export, ids};
use doc::*;

/// The version of the JSON layout; bumped on any incompatible change. Version 2:
/// `relevance` is a mean instead of a sum, and every text carries its source.
/// Version 3: the session's id, the export's time, the municipality code and the
/// model's scale; arrays of objects instead of objects keyed by ids or role
/// names; English ids for roles and agreement bands, with the names beside them.
/// Version 4: no `agreed_score` (a scale value) beside `agreed_severity`
/// (0–100): the agreed severity is given once, on the scale the screens show.
pub const SCHEMA_VERSION: u32 = 4;

/// The session's computed result as pretty-printed JSON, in the session's
/// language, for the stored session and time `export` names.
pub fn render(session: &Session, model: &Assessment, export: &Export) -> String {
    let lang = session.language();
    let a = scoring::analyse(session, model);
    let name = |id: &str| {
        model
            .challenge(id)
            .map_or_else(|| id.to_owned(), |c| c.name.get(lang).to_owned())
    };
    let challenges = model
        .challenges
        .iter()
        .zip(&a.challenges)
        .map(|(c, r)| ChallengeDoc {
            id: &c.id,
            name: c.name.get(lang),
            severity: r.severity(),
            computed_severity: r.computed,
            agreed_severity: r.agreed,
            agreed_rationale: session.agreed().get(&c.id).map(|x| x.rationale.as_str()),
            min_consensus: r.min_consensus,
            unknown_share: r.unknown_share,
            knowledge_gap: r.knowledge_gap,
            uncertain: r.uncertain,
            source: &c.source,
            waiting: r.waiting,
            role_means: r
                .role_means
                .iter()
                .map(|(g, m)| RoleMean {
                    group: ids::group(*g),
                    group_name: g.label(lang),
                    mean: *m,
                })
                .collect(),
            statements: c
                .statements
                .iter()
                .zip(&r.statements)
                .map(|(s, st)| StatementDoc {
                    id: &s.id,
                    text: s.text.get(lang),
                    answers: (!st.withheld).then_some(st.n),
                    unknown_answers: (!st.withheld).then_some(st.unknown),
                    withheld: st.withheld,
                    unknown_share: st.unknown_share,
                    distribution: st
                        .counts
                        .iter()
                        .map(|(v, k)| CountDoc {
                            value: *v,
                            answers: *k,
                        })
                        .collect(),
                    median: st.median,
                    mean: st.mean,
                    iqr: st.iqr,
                    consensus: st.consensus,
                    agreement: st.consensus.map(|x| ids::agreement(Agreement::of(x))),
                    agreement_name: st
                        .consensus
                        .map(|x| Agreement::of(x).label(lang).to_owned()),
                    knowledge_gap: st.knowledge_gap(),
                    uncertain: st.uncertain(session.is_self_assessment()),
                    source: &s.source,
                })
                .collect(),
        })
        .collect();
    let causal = model.causal.as_ref();
    let link = |l: &'_ scoring::LinkResult| {
        let described =
            causal.and_then(|c| c.links.iter().find(|m| m.from == l.from && m.to == l.to));
        LinkDoc {
            from: described.map_or("", |d| d.from.as_str()),
            to: described.map_or("", |d| d.to.as_str()),
            strength: l.strength,
            uncertain: l.uncertain,
            text: described.map_or("", |d| d.text.get(lang)),
            source: described.map_or("", |d| d.source.as_str()),
            reading: described.is_some_and(|d| d.reading),
        }
    };
    let ladder = model.levels.as_ref();
    let at = session
        .level()
        .and_then(|l| ladder.and_then(|x| x.steps.iter().position(|s| s.level == l)));
    let next = at.and_then(|i| ladder.and_then(|x| x.steps.get(i + 1)));
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        generator: format!("klarhet {}", env!("CARGO_PKG_VERSION")),
        exported_at: export.at_utc(),
        assessment: ModelRef {
            id: &model.id,
            version: &model.version,
            title: model.title.get(lang),
            source: &model.source.citation,
            scale: ScaleDoc {
                min: model.scale.min(),
                max: model.scale.max(),
                options: model
                    .scale
                    .options
                    .iter()
                    .map(|o| OptionDoc {
                        value: o.value,
                        label: o.label.get(lang),
                    })
                    .collect(),
                unknown_label: model.scale.unknown.as_ref().map(|u| u.get(lang)),
            },
        },
        session: SessionInfo {
            id: &export.session_id,
            organisation: session.organisation(),
            kommunkod: session.kommunkod(),
            date: session.date().to_string(),
            facilitator: session.facilitator(),
            language: lang.code(),
            participants: session.head_count(),
            by_role: scoring::role_counts(session)
                .into_iter()
                .map(|(g, k)| RoleCount {
                    group: ids::group(g),
                    group_name: g.label(lang),
                    participants: k,
                })
                .collect(),
            min_group: session.privacy().min_group(),
            self_assessment: session.is_self_assessment(),
        },
        challenges,
        divergences: a
            .divergences
            .iter()
            .map(|d| DivergenceDoc {
                challenge: d.challenge.clone(),
                challenge_name: name(&d.challenge),
                high_group: ids::group(d.high.0),
                high_group_name: d.high.0.label(lang),
                high_mean: d.high.1,
                low_group: ids::group(d.low.0),
                low_group_name: d.low.0.label(lang),
                low_mean: d.low.1,
                difference: d.high.1 - d.low.1,
            })
            .collect(),
        circle: a.circle.as_ref().map(|c| CircleDoc {
            loop_strength: c.loop_strength,
            source: causal.map_or("", |x| x.source.as_str()),
            strongest: c.strongest.map(|i| link(&c.links[i])),
            strongest_tied: c
                .strongest_tied
                .iter()
                .map(|i| link(&c.links[*i]))
                .collect(),
            links: c.links.iter().map(link).collect(),
        }),
        recommendations: a
            .ranking
            .iter()
            .map(|g| GroupDoc {
                principle: g.principle.as_deref(),
                principle_name: g
                    .principle
                    .as_deref()
                    .and_then(|p| model.principle(p))
                    .map(|p| p.name.get(lang)),
                source: g
                    .principle
                    .as_deref()
                    .and_then(|p| model.principle(p))
                    .map(|p| p.source.as_str()),
                priority: g
                    .principle
                    .as_deref()
                    .and_then(|p| model.principle(p))
                    .and_then(|p| p.priority.as_ref())
                    .map(|p| p.text.get(lang)),
                recommendations: g
                    .recommendations
                    .iter()
                    .filter_map(|r| {
                        let rec = model.recommendation(&r.id)?;
                        Some(RecDoc {
                            id: &rec.id,
                            text: rec.text.get(lang),
                            source: &rec.source,
                            relevance: r.relevance,
                            uncertain: r.uncertain,
                            klarhet_note: rec.note.as_ref().map(|n| n.get(lang)),
                            reason: r
                                .reason
                                .iter()
                                .map(|(c, s)| ReasonDoc {
                                    challenge: c.clone(),
                                    challenge_name: name(c),
                                    severity: *s,
                                })
                                .collect(),
                            adopted: session.adopted().contains(&rec.id),
                        })
                    })
                    .collect(),
            })
            .collect(),
        actions: session
            .actions()
            .iter()
            .map(|x| ActionDoc {
                recommendation: &x.recommendation,
                effect_goal: &x.effect_goal,
                owner: &x.owner,
                due: x.due.to_string(),
                status: x.status.key(),
                status_name: x.status.label(lang),
            })
            .collect(),
        level: LevelDoc {
            current: session.level(),
            current_name: at.and_then(|i| ladder.map(|x| x.steps[i].name.get(lang))),
            next: next.map(|l| l.level),
            next_name: next.map(|l| l.name.get(lang)),
        },
        notes: session
            .notes()
            .iter()
            .map(|(challenge, text)| NoteDoc { challenge, text })
            .collect(),
        method: super::provenance::method(session, model),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
