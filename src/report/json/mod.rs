//! The full computed result as JSON, under a documented `schema_version`
//! (`schemas/result-v5.schema.json`). Aggregates only: no ballot, no name.
//!
//! Evolution: a field or value added keeps the version (readers ignore what
//! they do not know); a field removed, renamed or given another meaning bumps
//! `schema_version`, and the schema file's name with it.

mod agenda;
mod alternatives;
mod doc;
mod phases;
mod plan;
mod prompts;
mod references;
mod scales;
mod votes;

use crate::model::assessment::Assessment;
use crate::model::scoring::{Agreement, LinkResult};
use crate::model::session::Session;
use crate::report::document::{
    ChallengeView, CircleFindings, DivergenceFinding, Document, RecommendationGroup, Section,
};
use crate::report::{Export, ids};
use crate::text::Lang;
use doc::*;
use references::reference;
use scales::{scale_doc, shares};

/// The version of the JSON layout; bumped on any incompatible change. Version 2:
/// `relevance` is a mean instead of a sum, and every text carries its source.
/// Version 3: the session's id, the export's time, the municipality code and the
/// model's scale; arrays of objects instead of objects keyed by ids or role
/// names; English ids for roles and agreement bands, with the names beside them.
/// Version 4: no `agreed_score` (a scale value) beside `agreed_severity`
/// (0–100): the agreed severity is given once, on the scale the screens show.
/// Version 5: a statement voted on in more than one round has its `rounds` and
/// `shift`, and its challenge the round its agreed score followed; a session
/// with one round gives what version 4 gave.
pub const SCHEMA_VERSION: u32 = 5;

/// The session's computed result as pretty-printed JSON, in the session's
/// language, for the stored session and time `export` names.
pub fn render(session: &Session, model: &Assessment, export: &Export) -> String {
    document(&Document::build(session, model), export)
}

/// A document as pretty-printed JSON: its sections filled into the schema's
/// fields, which keep their documented order.
pub fn document(d: &Document, export: &Export) -> String {
    let (lang, model) = (d.lang, d.model);
    let mut divergences = Vec::new();
    let mut circle = None;
    let mut recommendations = Vec::new();
    let mut actions = Vec::new();
    let mut level = None;
    let mut notes = Vec::new();
    let mut discussed = Vec::new();
    let mut method = None;
    let mut agenda = None;
    let mut references = Vec::new();
    let mut alternatives = None;
    let mut phases = None;
    let mut prompts = Vec::new();
    for section in &d.sections {
        match section {
            Section::Roles(roles) => {
                divergences = roles
                    .divergences
                    .iter()
                    .map(|x| divergence(d.model, x))
                    .collect()
            }
            Section::Circle(c) => circle = Some(circle_doc(c, lang)),
            Section::Recommendations(groups) => {
                recommendations = groups.iter().map(|g| group(g, lang)).collect();
            }
            Section::Plan(plan) => actions = plan.iter().map(|x| plan::action(x, lang)).collect(),
            Section::Level(l) => {
                level = Some(LevelDoc {
                    current: l.current,
                    current_name: l.here.map(|x| x.name.get(lang)),
                    next: l.next.map(|x| x.level),
                    next_name: l.next.map(|x| x.name.get(lang)),
                });
            }
            Section::Notes(n) => {
                notes = n
                    .all
                    .iter()
                    .map(|(challenge, text)| NoteDoc { challenge, text })
                    .collect();
            }
            Section::Discussed(topics) => {
                discussed = topics
                    .rows
                    .iter()
                    .map(|r| DiscussedDoc {
                        challenge: r.topic.challenge(),
                        statement: r.topic.statement(),
                        place: r.place,
                        score: r.score,
                        rules: &r.rules,
                        reasons: &r.reasons,
                        discussed: r.discussed,
                        note: r.note.as_deref(),
                    })
                    .collect();
            }
            Section::Method(m) => method = Some(&m.provenance),
            Section::Agenda(a) => agenda = Some(agenda::agenda_doc(a)),
            Section::References(r) => references = r.iter().map(|f| reference(f, lang)).collect(),
            Section::Phases(p) => phases = Some(phases::phases_doc(p, lang)),
            Section::Prompts(p) => prompts = prompts::prompts_doc(p, lang),
            Section::Alternatives(a) => {
                alternatives = Some(alternatives::alternatives_doc(a, lang))
            }
            Section::Summary(_)
            | Section::Challenges
            | Section::Statements
            | Section::Rounds(_) => {}
        }
    }
    let who = &d.identity;
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        generator: format!("klarhet {}", env!("CARGO_PKG_VERSION")),
        exported_at: export.at_utc(),
        assessment: ModelRef {
            id: &model.id,
            version: &model.version,
            title: model.title.get(lang),
            source: &model.source.citation,
            scale: scale_doc(&model.scale, lang, false),
            scales: (model.scales_in_use().into_iter())
                .filter(|x| x.id != model.scale.id)
                .map(|x| scale_doc(x, lang, true))
                .collect(),
        },
        session: SessionInfo {
            id: &export.session_id,
            organisation: &who.organisation,
            kommunkod: who.kommunkod.as_deref(),
            date: who.date.to_string(),
            facilitator: &who.facilitator,
            language: lang.code(),
            participants: who.head_count,
            by_role: who
                .by_role
                .iter()
                .map(|(g, k)| RoleCount {
                    group: ids::group(d.model, g),
                    group_name: d.figures.groups.name(g, lang),
                    participants: *k,
                })
                .collect(),
            min_group: who.min_group,
            self_assessment: who.self_assessment,
        },
        challenges: d.challenges().map(|view| challenge(view, d)).collect(),
        divergences,
        circle,
        recommendations,
        alternatives,
        phases,
        prompts,
        actions,
        level,
        notes,
        discussed,
        agenda,
        method,
        references,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn challenge<'d>(view: ChallengeView<'d>, d: &Document<'d>) -> ChallengeDoc<'d> {
    let (c, r, lang) = (view.challenge, view.result, d.lang);
    ChallengeDoc {
        id: &c.id,
        name: c.name.get(lang),
        severity: r.severity(),
        computed_severity: r.computed,
        agreed_severity: r.agreed,
        agreed_rationale: view.agreed.map(|x| x.rationale.as_str()),
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
                group: ids::group(d.model, g),
                group_name: d.figures.groups.name(g, lang),
                mean: *m,
            })
            .collect(),
        statements: view
            .statements()
            .map(|(s, st)| StatementDoc {
                id: &s.id,
                text: s.text.get(lang),
                answers: (!st.withheld).then_some(st.n),
                unknown_answers: (!st.withheld).then_some(st.unknown),
                withheld: st.withheld,
                unknown_share: st.unknown_share,
                distribution: distribution(st),
                median: st.median,
                mean: st.mean,
                iqr: st.iqr,
                consensus: st.consensus,
                agreement: st.consensus.map(|x| ids::agreement(Agreement::of(x))),
                agreement_name: st
                    .consensus
                    .map(|x| Agreement::of(x).label(lang).to_owned()),
                knowledge_gap: st.knowledge_gap(),
                uncertain: st.uncertain(d.identity.self_assessment),
                source: &s.source,
                scale: Some(d.model.statement_scale(c, s))
                    .filter(|x| x.id != d.model.scale.id)
                    .map(|x| x.id.as_str()),
                reverse: s.reverse,
                shares: shares(d.model.statement_scale(c, s), st, lang),
                rounds: Vec::new(),
                shift: None,
            })
            .zip(&r.rounds)
            .map(|(doc, rounds)| with_rounds(doc, rounds, lang))
            .collect(),
        agreed_after_round: d.sections.iter().find_map(|s| match s {
            Section::Rounds(f) => f
                .agreed_after
                .iter()
                .find(|(x, _)| x.id == c.id)
                .map(|(_, round)| *round),
            _ => None,
        }),
        careless: CarelessDoc::of(&r.careless),
    }
}

/// The answers at each value of the scale, zeros included.
fn distribution(st: &crate::model::scoring::StatementStats) -> Vec<CountDoc> {
    st.counts
        .iter()
        .map(|(v, k)| CountDoc {
            value: *v,
            answers: *k,
        })
        .collect()
}

/// A statement's document with its rounds and their shift, when it has them.
fn with_rounds<'d>(
    mut doc: StatementDoc<'d>,
    rounds: &[crate::model::scoring::RoundFigures],
    lang: Lang,
) -> StatementDoc<'d> {
    doc.rounds = rounds
        .iter()
        .map(|r| {
            let st = &r.stats;
            RoundDoc {
                round: r.round,
                channel: ids::channel(r.channel),
                withheld: st.withheld,
                answers: (!st.withheld).then_some(st.n),
                unknown_answers: (!st.withheld).then_some(st.unknown),
                unknown_share: st.unknown_share,
                distribution: distribution(st),
                median: st.median,
                mean: st.mean,
                iqr: st.iqr,
                consensus: st.consensus,
                agreement: st.consensus.map(|x| ids::agreement(Agreement::of(x))),
            }
        })
        .collect();
    doc.shift = crate::model::scoring::Shift::across(rounds).map(|s| ShiftDoc {
        from_round: s.rounds.0,
        to_round: s.rounds.1,
        consensus_from: s.consensus.map(|x| x.0),
        consensus_to: s.consensus.map(|x| x.1),
        median_from: s.median.map(|x| x.0),
        median_to: s.median.map(|x| x.1),
        text: crate::report::shift::words(lang, &s),
    });
    doc
}

fn divergence(model: &Assessment, d: &DivergenceFinding) -> DivergenceDoc {
    DivergenceDoc {
        challenge: d.challenge.clone(),
        challenge_name: d.challenge_name.clone(),
        high_group: ids::group(model, &d.high.0),
        high_group_name: d.names[0].clone(),
        high_mean: d.high.1,
        low_group: ids::group(model, &d.low.0),
        low_group_name: d.names[1].clone(),
        low_mean: d.low.1,
        difference: d.difference(),
    }
}

fn circle_doc<'d>(c: &'d CircleFindings, lang: Lang) -> CircleDoc<'d> {
    let causal = c.causal;
    let link = |l: &'d LinkResult| {
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
    let r = &c.result;
    CircleDoc {
        loop_strength: r.loop_strength,
        source: causal.map_or("", |x| x.source.as_str()),
        strongest: r.strongest.map(|i| link(&r.links[i])),
        strongest_tied: r
            .strongest_tied
            .iter()
            .map(|i| link(&r.links[*i]))
            .collect(),
        links: r.links.iter().map(link).collect(),
    }
}

fn group<'d>(g: &'d RecommendationGroup, lang: Lang) -> GroupDoc<'d> {
    GroupDoc {
        principle: g.principle_id.as_deref(),
        principle_name: g.principle.map(|p| p.name.get(lang)),
        source: g.principle.map(|p| p.source.as_str()),
        priority: g
            .principle
            .and_then(|p| p.priority.as_ref())
            .map(|p| p.text.get(lang)),
        recommendations: g
            .recommendations
            .iter()
            .map(|item| {
                let rec = item.recommendation;
                RecDoc {
                    id: &rec.id,
                    text: rec.text.get(lang),
                    source: &rec.source,
                    relevance: item.ranked.relevance,
                    uncertain: item.ranked.uncertain,
                    klarhet_note: rec.note.as_ref().map(|n| n.get(lang)),
                    reason: item
                        .reason_parts
                        .iter()
                        .map(|(c, name, severity)| ReasonDoc {
                            challenge: c.clone(),
                            challenge_name: name.clone(),
                            severity: *severity,
                        })
                        .collect(),
                    adopted: item.adopted,
                }
            })
            .collect(),
    }
}
