//! The full computed result as JSON, under a documented `schema_version`
//! (`schemas/result-v2.schema.json`). Aggregates only: no ballot, no name.

use crate::model::assessment::Assessment;
use crate::model::scoring::{self, Agreement, RoleGroup};
use crate::model::session::Session;
use serde::Serialize;
use std::collections::BTreeMap;

/// The version of the JSON layout; bumped on any incompatible change. Version 2:
/// `relevance` is a mean instead of a sum, and every text carries its source.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    generator: String,
    assessment: ModelRef<'a>,
    session: SessionInfo<'a>,
    challenges: Vec<ChallengeDoc<'a>>,
    divergences: Vec<DivergenceDoc>,
    circle: Option<CircleDoc<'a>>,
    recommendations: Vec<GroupDoc<'a>>,
    actions: Vec<ActionDoc<'a>>,
    level: LevelDoc<'a>,
    notes: &'a BTreeMap<String, String>,
    method: super::provenance::MethodDoc,
}

#[derive(Serialize)]
struct ModelRef<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
    source: &'a str,
}

#[derive(Serialize)]
struct SessionInfo<'a> {
    organisation: &'a str,
    date: String,
    facilitator: &'a str,
    language: &'a str,
    participants: u32,
    by_role: BTreeMap<String, usize>,
    min_group: usize,
    self_assessment: bool,
}

#[derive(Serialize)]
struct ChallengeDoc<'a> {
    id: &'a str,
    name: &'a str,
    severity: Option<f64>,
    computed_severity: Option<f64>,
    agreed_score: Option<i32>,
    agreed_severity: Option<f64>,
    agreed_rationale: Option<&'a str>,
    min_consensus: Option<f64>,
    unknown_share: Option<f64>,
    knowledge_gap: bool,
    uncertain: bool,
    source: &'a str,
    waiting: u32,
    role_means: Vec<RoleMean>,
    statements: Vec<StatementDoc<'a>>,
}

#[derive(Serialize)]
struct RoleMean {
    group: String,
    mean: f64,
}

#[derive(Serialize)]
struct StatementDoc<'a> {
    id: &'a str,
    text: &'a str,
    n: Option<u32>,
    unknown: Option<u32>,
    unknown_share: Option<f64>,
    distribution: BTreeMap<String, u32>,
    withheld: bool,
    median: Option<f64>,
    mean: Option<f64>,
    iqr: Option<f64>,
    consensus: Option<f64>,
    agreement: Option<&'static str>,
    knowledge_gap: bool,
    uncertain: bool,
    source: &'a str,
}

#[derive(Serialize)]
struct DivergenceDoc {
    challenge: String,
    high_group: String,
    high_mean: f64,
    low_group: String,
    low_mean: f64,
    difference: f64,
}

#[derive(Serialize)]
struct LinkDoc<'a> {
    from: &'a str,
    to: &'a str,
    strength: Option<f64>,
    uncertain: bool,
    text: &'a str,
    source: &'a str,
    reading: bool,
}

#[derive(Serialize)]
struct CircleDoc<'a> {
    loop_strength: Option<f64>,
    source: &'a str,
    strongest: Option<LinkDoc<'a>>,
    strongest_tied: Vec<LinkDoc<'a>>,
    links: Vec<LinkDoc<'a>>,
}

#[derive(Serialize)]
struct GroupDoc<'a> {
    principle: Option<&'a str>,
    source: Option<&'a str>,
    priority: Option<&'a str>,
    recommendations: Vec<RecDoc<'a>>,
}

#[derive(Serialize)]
struct RecDoc<'a> {
    id: &'a str,
    text: &'a str,
    source: &'a str,
    relevance: f64,
    uncertain: bool,
    reason: Vec<ReasonDoc>,
    adopted: bool,
    klarhet_note: Option<&'a str>,
}

#[derive(Serialize)]
struct ReasonDoc {
    challenge: String,
    severity: f64,
}

#[derive(Serialize)]
struct ActionDoc<'a> {
    recommendation: &'a str,
    effect_goal: &'a str,
    owner: &'a str,
    due: String,
    status: &'static str,
}

#[derive(Serialize)]
struct LevelDoc<'a> {
    current: Option<u32>,
    current_name: Option<&'a str>,
    next: Option<u32>,
    next_name: Option<&'a str>,
}

/// A role group's stable key: the role's Swedish name, or `övriga`.
pub fn group_key(g: RoleGroup) -> String {
    match g {
        RoleGroup::Role(r) => r.key().to_owned(),
        RoleGroup::Merged => "övriga".to_owned(),
    }
}

fn agreement_key(a: Agreement) -> &'static str {
    match a {
        Agreement::Samstammigt => "samstämmigt",
        Agreement::Delat => "delat",
        Agreement::Splittrat => "splittrat",
    }
}

/// The session's computed result as pretty-printed JSON, in the session's language.
pub fn render(session: &Session, model: &Assessment) -> String {
    let lang = session.language;
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
            agreed_score: session.agreed.get(&c.id).map(|x| x.score),
            agreed_severity: r.agreed,
            agreed_rationale: session.agreed.get(&c.id).map(|x| x.rationale.as_str()),
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
                    group: group_key(*g),
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
                    n: (!st.withheld).then_some(st.n),
                    unknown: (!st.withheld).then_some(st.unknown),
                    withheld: st.withheld,
                    unknown_share: st.unknown_share,
                    distribution: st.counts.iter().map(|(v, k)| (v.to_string(), *k)).collect(),
                    median: st.median,
                    mean: st.mean,
                    iqr: st.iqr,
                    consensus: st.consensus,
                    agreement: st.consensus.map(|x| agreement_key(Agreement::of(x))),
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
        .level
        .and_then(|l| ladder.and_then(|x| x.steps.iter().position(|s| s.level == l)));
    let next = at.and_then(|i| ladder.and_then(|x| x.steps.get(i + 1)));
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        generator: format!("klarhet {}", env!("CARGO_PKG_VERSION")),
        assessment: ModelRef {
            id: &model.id,
            version: &model.version,
            title: model.title.get(lang),
            source: &model.source.citation,
        },
        session: SessionInfo {
            organisation: &session.organisation,
            date: session.date.to_string(),
            facilitator: &session.facilitator,
            language: lang.code(),
            participants: session.head_count(),
            by_role: scoring::role_counts(session)
                .into_iter()
                .map(|(g, k)| (group_key(g), k))
                .collect(),
            min_group: session.privacy.min_group(),
            self_assessment: session.is_self_assessment(),
        },
        challenges,
        divergences: a
            .divergences
            .iter()
            .map(|d| DivergenceDoc {
                challenge: d.challenge.clone(),
                high_group: group_key(d.high.0),
                high_mean: d.high.1,
                low_group: group_key(d.low.0),
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
                                    challenge: name(c).to_lowercase(),
                                    severity: *s,
                                })
                                .collect(),
                            adopted: session.adopted.contains(&rec.id),
                        })
                    })
                    .collect(),
            })
            .collect(),
        actions: session
            .actions
            .iter()
            .map(|x| ActionDoc {
                recommendation: &x.recommendation,
                effect_goal: &x.effect_goal,
                owner: &x.owner,
                due: x.due.to_string(),
                status: x.status.key(),
            })
            .collect(),
        level: LevelDoc {
            current: session.level,
            current_name: at.and_then(|i| ladder.map(|x| x.steps[i].name.get(lang))),
            next: next.map(|l| l.level),
            next_name: next.map(|l| l.name.get(lang)),
        },
        notes: &session.notes,
        method: super::provenance::method(session, model),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
