//! The JSON document's types, field for field as `schemas/result-v5.schema.json`
//! describes them. Lists are arrays of objects with an id, never objects keyed by
//! a model's ids, so that every model gives one shape (one struct in DuckDB).

use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Doc<'a> {
    pub schema_version: u32,
    pub generator: String,
    pub exported_at: String,
    pub assessment: ModelRef<'a>,
    pub session: SessionInfo<'a>,
    pub challenges: Vec<ChallengeDoc<'a>>,
    pub divergences: Vec<DivergenceDoc>,
    pub circle: Option<CircleDoc<'a>>,
    pub recommendations: Vec<GroupDoc<'a>>,
    /// Absent for a model without alternatives, so that its export is as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<super::alternatives::AlternativesDoc<'a>>,
    /// Absent for a model without phases, so that its export is as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phases: Option<super::phases::PhasesDoc<'a>>,
    /// The group's shown answers to the model's open prompts; absent when
    /// none are shown, so that every other export is as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<super::prompts::PromptSetDoc<'a>>,
    pub actions: Vec<super::plan::ActionDoc<'a>>,
    /// `null` for a model without a ladder (issue 28: structure is optional).
    pub level: Option<LevelDoc<'a>>,
    pub notes: Vec<NoteDoc<'a>>,
    /// Absent when the group discussed nothing from the queue, so that such an
    /// export is the same as before the queue.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub discussed: Vec<DiscussedDoc<'a>>,
    /// Absent from a session without an agenda, so that its export is as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agenda: Option<AgendaDoc<'a>>,
    pub method: Option<&'a crate::report::provenance::MethodDoc>,
    /// The model's reference figures from its report, for comparison and not
    /// as a target; absent for a model without, so that its export is as before.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<super::references::ReferenceDoc<'a>>,
}

/// The agenda: planned and used time per item.
#[derive(Serialize)]
pub(super) struct AgendaDoc<'a> {
    pub template: &'a str,
    pub name: &'a str,
    pub source: Option<&'a str>,
    pub planned_minutes: u32,
    pub used_seconds: u64,
    pub items: Vec<AgendaItemDoc<'a>>,
}

/// One item of the agenda.
#[derive(Serialize)]
pub(super) struct AgendaItemDoc<'a> {
    /// `step`, `challenge` or `break`.
    pub part: &'static str,
    /// The step's key or the challenge's id; none for a break.
    pub id: Option<&'a str>,
    pub label: &'a str,
    pub planned_minutes: u32,
    pub extended_minutes: u32,
    pub used_seconds: u64,
    /// When the clock first ran on it (UTC, RFC 3339).
    pub started_at: Option<String>,
    pub running: bool,
}

#[derive(Serialize)]
pub(super) struct ModelRef<'a> {
    pub id: &'a str,
    pub version: &'a str,
    pub title: &'a str,
    pub source: &'a str,
    pub scale: ScaleDoc<'a>,
    /// The model's other scales its statements use (issue 28).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<ScaleDoc<'a>>,
}

#[derive(Serialize)]
pub(super) struct ScaleDoc<'a> {
    /// Its id, for a scale other than the model's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// "categorical" for a categorical scale; absent for an ordinal one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// "strength" when its high end is a strength; absent when a concern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<&'static str>,
    pub min: i32,
    pub max: i32,
    pub options: Vec<OptionDoc<'a>>,
    pub unknown_label: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct OptionDoc<'a> {
    pub value: i32,
    pub label: &'a str,
}

#[derive(Serialize)]
pub(super) struct SessionInfo<'a> {
    pub id: &'a str,
    pub organisation: &'a str,
    pub kommunkod: Option<&'a str>,
    pub date: String,
    pub facilitator: &'a str,
    pub language: &'a str,
    pub participants: u32,
    pub by_role: Vec<RoleCount>,
    pub min_group: usize,
    pub self_assessment: bool,
}

/// A role group's head count.
#[derive(Serialize)]
pub(super) struct RoleCount {
    pub group: String,
    pub group_name: String,
    pub participants: usize,
}

#[derive(Serialize)]
pub(super) struct ChallengeDoc<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub severity: Option<f64>,
    pub computed_severity: Option<f64>,
    pub agreed_severity: Option<f64>,
    pub agreed_rationale: Option<&'a str>,
    pub min_consensus: Option<f64>,
    pub unknown_share: Option<f64>,
    pub knowledge_gap: bool,
    pub uncertain: bool,
    pub source: &'a str,
    pub waiting: u32,
    pub role_means: Vec<RoleMean>,
    pub statements: Vec<StatementDoc<'a>>,
    /// The round the agreed score followed, for a challenge voted on in more
    /// than one round (v5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreed_after_round: Option<u32>,
    /// Per round, its ballots with the same answer to every statement, where
    /// a round has any to show (v5).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub careless: Vec<CarelessDoc>,
}

/// A round's ballots that gave the same answer to every statement: a count.
#[derive(Serialize)]
pub(super) struct CarelessDoc {
    pub round: u32,
    pub ballots: u32,
    pub same_answer: u32,
    pub left_out: bool,
}

impl CarelessDoc {
    /// The rounds of `all` that have such ballots to show.
    pub(super) fn of(all: &[crate::model::careless::Careless]) -> Vec<CarelessDoc> {
        all.iter().map(CarelessDoc::from).collect()
    }
}

impl From<&crate::model::careless::Careless> for CarelessDoc {
    fn from(k: &crate::model::careless::Careless) -> CarelessDoc {
        CarelessDoc {
            round: k.round,
            ballots: k.ballots,
            same_answer: k.straight,
            left_out: k.left_out,
        }
    }
}

#[derive(Serialize)]
pub(super) struct RoleMean {
    pub group: String,
    pub group_name: String,
    pub mean: f64,
}

#[derive(Serialize)]
pub(super) struct StatementDoc<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub answers: Option<u32>,
    pub unknown_answers: Option<u32>,
    pub unknown_share: Option<f64>,
    pub distribution: Vec<CountDoc>,
    pub withheld: bool,
    pub median: Option<f64>,
    pub mean: Option<f64>,
    pub iqr: Option<f64>,
    pub consensus: Option<f64>,
    pub agreement: Option<&'static str>,
    pub agreement_name: Option<String>,
    pub knowledge_gap: bool,
    pub uncertain: bool,
    pub source: &'a str,
    /// Its scale's id, when not the model's default (issue 28).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<&'a str>,
    /// True when it is reverse-coded (issue 28).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// On a categorical scale, each option's share of n (issue 28).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<ShareDoc<'a>>,
    /// Its rounds side by side, when more than one round shows it (v5).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<RoundDoc>,
    /// How it moved from the first round shown to the latest (v5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shift: Option<ShiftDoc>,
}

/// One option's share of a categorical statement's answers on the scale.
#[derive(Serialize)]
pub(super) struct ShareDoc<'a> {
    pub value: i32,
    pub label: &'a str,
    pub share: f64,
}

/// One round of a statement voted on more than once.
#[derive(Serialize)]
pub(super) struct RoundDoc {
    pub round: u32,
    pub channel: &'static str,
    pub withheld: bool,
    pub answers: Option<u32>,
    pub unknown_answers: Option<u32>,
    pub unknown_share: Option<f64>,
    pub distribution: Vec<CountDoc>,
    pub median: Option<f64>,
    pub mean: Option<f64>,
    pub iqr: Option<f64>,
    pub consensus: Option<f64>,
    pub agreement: Option<&'static str>,
}

/// A statement's shift between two rounds.
#[derive(Serialize)]
pub(super) struct ShiftDoc {
    pub from_round: u32,
    pub to_round: u32,
    pub consensus_from: Option<f64>,
    pub consensus_to: Option<f64>,
    pub median_from: Option<f64>,
    pub median_to: Option<f64>,
    pub text: Option<String>,
}

/// The number of answers at one value of the scale.
#[derive(Serialize)]
pub(super) struct CountDoc {
    pub value: i32,
    pub answers: u32,
}

#[derive(Serialize)]
pub(super) struct DivergenceDoc {
    pub challenge: String,
    pub challenge_name: String,
    pub high_group: String,
    pub high_group_name: String,
    pub high_mean: f64,
    pub low_group: String,
    pub low_group_name: String,
    pub low_mean: f64,
    pub difference: f64,
}

#[derive(Serialize)]
pub(super) struct LinkDoc<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub strength: Option<f64>,
    pub uncertain: bool,
    pub text: &'a str,
    pub source: &'a str,
    pub reading: bool,
}

#[derive(Serialize)]
pub(super) struct CircleDoc<'a> {
    pub loop_strength: Option<f64>,
    pub source: &'a str,
    pub strongest: Option<LinkDoc<'a>>,
    pub strongest_tied: Vec<LinkDoc<'a>>,
    pub links: Vec<LinkDoc<'a>>,
}

#[derive(Serialize)]
pub(super) struct GroupDoc<'a> {
    pub principle: Option<&'a str>,
    pub principle_name: Option<&'a str>,
    pub source: Option<&'a str>,
    pub priority: Option<&'a str>,
    pub recommendations: Vec<RecDoc<'a>>,
}

#[derive(Serialize)]
pub(super) struct RecDoc<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub source: &'a str,
    pub relevance: f64,
    pub uncertain: bool,
    pub reason: Vec<ReasonDoc>,
    pub adopted: bool,
    pub klarhet_note: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct ReasonDoc {
    pub challenge: String,
    pub challenge_name: String,
    pub severity: f64,
}

#[derive(Serialize)]
pub(super) struct LevelDoc<'a> {
    pub current: Option<u32>,
    pub current_name: Option<&'a str>,
    pub next: Option<u32>,
    pub next_name: Option<&'a str>,
}

/// The group's notes on one challenge.
#[derive(Serialize)]
pub(super) struct NoteDoc<'a> {
    pub challenge: &'a str,
    pub text: &'a str,
}

/// A topic of the discussion queue the group discussed or noted.
#[derive(Serialize)]
pub(super) struct DiscussedDoc<'a> {
    pub challenge: &'a str,
    pub statement: Option<&'a str>,
    /// Its place in the queue now, from 1; none once it is no longer in it.
    pub place: Option<usize>,
    pub score: Option<f64>,
    pub rules: &'a [&'static str],
    pub reasons: &'a str,
    pub discussed: bool,
    pub note: Option<&'a str>,
}
