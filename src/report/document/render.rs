//! The text formats' side of the document: what each writes for a section. The
//! sections are walked once, here, in the document's order, so Markdown and
//! HTML write the same sections in the same order, and a section added to
//! [`Section`] does not compile until every text format writes it. The writers
//! are several traits only so that each format can keep them in several files
//! (a trait's `impl` cannot be split): the opening, the findings, the rounds,
//! the comparisons, the phases, the group's written answers and the close.

use super::{
    AgendaRecord, AlternativesFinding, CircleFindings, DiscussedTopics, Document, KeyPoint,
    LevelFinding, Method, Notes, PhasesFinding, PlannedAction, PromptsFinding, RecommendationGroup,
    ReferenceFinding, RoleFindings, RoundsFinding, Section,
};

/// The report's opening: its key points and the table of challenges.
pub(crate) trait Opening {
    fn summary(&self, out: &mut String, points: &[KeyPoint]);
    fn challenges(&self, out: &mut String);
}

/// What the group's answers show.
pub(crate) trait Findings {
    fn statements(&self, out: &mut String);
    fn roles(&self, out: &mut String, roles: &RoleFindings);
    fn circle(&self, out: &mut String, circle: &CircleFindings);
    fn recommendations(&self, out: &mut String, groups: &[RecommendationGroup]);
}

/// How the answers moved between rounds, where a statement was voted on again.
pub(crate) trait Shifts {
    fn rounds(&self, out: &mut String, rounds: &RoundsFinding);
}

/// The report's own figures beside the group's: for comparison, not as a target.
pub(crate) trait Comparisons {
    fn references(&self, out: &mut String, references: &[ReferenceFinding]);
}

/// Where the group placed the areas of its collaboration in the model's phases.
pub(crate) trait PhaseSection {
    fn phases(&self, out: &mut String, phases: &PhasesFinding);
}

/// What the group wrote to the model's open prompts, as shown.
pub(crate) trait WrittenAnswers {
    fn prompts(&self, out: &mut String, prompts: &PromptsFinding);
}

/// What the group decided, its notes, what it discussed, its time and the method.
pub(crate) trait Closing {
    fn alternatives(&self, out: &mut String, alternatives: &AlternativesFinding);
    fn plan(&self, out: &mut String, plan: &[PlannedAction]);
    fn level(&self, out: &mut String, level: &LevelFinding);
    fn notes(&self, out: &mut String, notes: &Notes);
    fn discussed(&self, out: &mut String, topics: &DiscussedTopics);
    fn agenda(&self, out: &mut String, agenda: &AgendaRecord);
    fn method(&self, out: &mut String, method: &Method);
}

impl Document<'_> {
    /// Writes every section to `out`, in order, as `format` writes it.
    pub(crate) fn write_sections<F>(&self, format: &F, out: &mut String)
    where
        F: Opening + Findings + Shifts + Comparisons + PhaseSection + WrittenAnswers + Closing,
    {
        for section in &self.sections {
            match section {
                Section::Summary(points) => format.summary(out, points),
                Section::Challenges => format.challenges(out),
                Section::Statements => format.statements(out),
                Section::Rounds(rounds) => format.rounds(out, rounds),
                Section::References(references) => format.references(out, references),
                Section::Roles(roles) => format.roles(out, roles),
                Section::Circle(circle) => format.circle(out, circle),
                Section::Recommendations(groups) => format.recommendations(out, groups),
                Section::Phases(p) => format.phases(out, p),
                Section::Prompts(p) => format.prompts(out, p),
                Section::Alternatives(a) => format.alternatives(out, a),
                Section::Plan(plan) => format.plan(out, plan),
                Section::Level(level) => format.level(out, level),
                Section::Notes(notes) => format.notes(out, notes),
                Section::Discussed(topics) => format.discussed(out, topics),
                Section::Agenda(agenda) => format.agenda(out, agenda),
                Section::Method(method) => format.method(out, method),
            }
        }
    }
}
