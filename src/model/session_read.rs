//! Reading a session: one accessor per field, named like it. The fields are
//! private to `model`, so code outside it reads a session only through these
//! and changes it only through [`Session::apply`] (or, for the store's
//! bookkeeping, the two methods below that say so).

use crate::model::ballot_box::BallotBox;
use crate::model::pending::Pending;
use crate::model::room::Room;
use crate::model::session::{
    ActionItem, Agreed, AssessmentRef, Draft, Participant, Privacy, Responses, Resume, Session,
};
use crate::model::voter_map::VoterMap;
use crate::text::Lang;
use jiff::civil::Date;
use std::collections::BTreeMap;

impl Session {
    /// The schema version of the file it was read from (the current one once opened).
    pub fn schema(&self) -> u32 {
        self.schema
    }

    /// The workshop's agenda and its clock, once one is chosen.
    pub fn agenda(&self) -> Option<&crate::model::agenda::Agenda> {
        self.agenda.as_ref()
    }

    /// How many times klarhet has written this file whole.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The organisation assessed.
    pub fn organisation(&self) -> &String {
        &self.organisation
    }

    /// The workshop's date.
    pub fn date(&self) -> Date {
        self.date
    }

    /// Who leads the workshop.
    pub fn facilitator(&self) -> &String {
        &self.facilitator
    }

    /// The language of the workshop and its report.
    pub fn language(&self) -> Lang {
        self.language
    }

    /// Which model, and which version of it, the session uses.
    pub fn assessment(&self) -> &AssessmentRef {
        &self.assessment
    }

    /// The named participants.
    pub fn participants(&self) -> &Vec<Participant> {
        &self.participants
    }

    /// The participant numbered `id`, found without walking the list.
    pub fn participant(&self, id: u32) -> Option<&Participant> {
        self.participants.by_id(id)
    }

    /// The copy of the model the session was made with, as written in its
    /// file; none in a file from before schema 6.
    pub fn model_copy(&self) -> Option<&str> {
        self.model.as_deref()
    }

    /// The anonymous head count, if one was given.
    pub fn headcount(&self) -> Option<u32> {
        self.headcount
    }

    /// Every answer, sealed: only aggregates can be read out.
    pub fn responses(&self) -> &Responses {
        &self.responses
    }

    /// The group's agreed score per challenge.
    pub fn agreed(&self) -> &BTreeMap<String, Agreed> {
        &self.agreed
    }

    /// Notes per challenge.
    pub fn notes(&self) -> &BTreeMap<String, String> {
        &self.notes
    }

    /// What the group did with the discussion queue.
    pub fn discussion(&self) -> &crate::model::discussion::Discussion {
        &self.discussion
    }

    /// Ids of adopted recommendations.
    pub fn adopted(&self) -> &Vec<String> {
        &self.adopted
    }

    /// The action plan.
    pub fn actions(&self) -> &Vec<ActionItem> {
        &self.actions
    }

    /// The level the group places itself on, if chosen.
    pub fn level(&self) -> Option<u32> {
        self.level
    }

    /// The group's choice among the model's alternatives, if it has chosen.
    pub fn choice(&self) -> Option<&crate::model::choice::Choice> {
        self.choice.as_ref()
    }

    /// True while challenge `c` has answers from phones in the room that are not
    /// yet counted: they are the room's, not a ballot round's. Once counted,
    /// a ballot does not say how it was given.
    pub fn answered_in_room(&self, c: &str) -> bool {
        self.room.as_ref().is_some_and(|r| r.passed.contains_key(c))
    }

    /// How many challenges are assessed: see
    /// [`crate::model::scoring::ChallengeResult::is_assessed`].
    pub fn challenges_assessed(&self, model: &crate::model::assessment::Assessment) -> usize {
        crate::model::scoring::assessed_count(self, model)
    }

    /// Where the workshop was left.
    pub fn resume(&self) -> &Resume {
        &self.resume
    }

    /// How answers are protected in reports and exports.
    pub fn privacy(&self) -> &Privacy {
        &self.privacy
    }

    /// How far each voter has got in each challenge's ballot round.
    pub fn progress(&self) -> &BTreeMap<String, VoterMap<u16>> {
        &self.progress
    }

    /// Counted ballots as files from before waiting ballots were kept apart held them.
    pub fn sealed(&self) -> &BTreeMap<String, BallotBox> {
        &self.sealed
    }

    /// Per challenge, the finished ballots not yet revealed.
    pub fn pending(&self) -> &BTreeMap<String, Pending> {
        &self.pending
    }

    /// Per challenge, the revealed ballot box.
    pub fn revealed(&self) -> &BTreeMap<String, BallotBox> {
        &self.revealed
    }

    /// Per challenge, how many times ballots were revealed.
    pub fn reveals(&self) -> &BTreeMap<String, u32> {
        &self.reveals
    }

    /// Per challenge, its rounds' records, oldest first (see
    /// [`Session::rounds_of`] for a challenge's rounds as screens show them).
    pub fn rounds(&self) -> &BTreeMap<String, Vec<crate::model::round::Round>> {
        &self.rounds
    }

    /// The open form's text, typed and not yet saved with it.
    pub fn draft(&self) -> &Option<Draft> {
        &self.draft
    }

    /// The room, once one has been opened.
    pub fn room(&self) -> &Option<Room> {
        &self.room
    }

    /// The municipality code as it is in the file, valid or not (see
    /// [`Session::kommunkod`] for the one exports give).
    pub fn kommunkod_as_written(&self) -> Option<&str> {
        self.kommunkod.as_deref()
    }

    /// The store's bookkeeping: the generation this session is written as (see
    /// [`crate::store::saving`]). Not a change of the workshop, and never a
    /// command: a journal's lines continue one generation of the file, so the
    /// generation cannot itself be one of them. Only the store, which writes
    /// the file, sets it.
    pub(crate) fn set_generation(&mut self, generation: u64) {
        self.generation = generation;
    }

    /// The session as read from a file, brought to how this klarhet keeps one
    /// as it is opened: it uses `model`'s wording and this klarhet's schema,
    /// and a session from before the ballot box has its answers counted into
    /// it. Reading, not a change of the workshop: the session says what its
    /// file said, and every opening does it again, so it is never a command
    /// or a journal line. It takes the session whole, so a screen or a room,
    /// which hold a session open, cannot call it.
    pub fn upgraded(mut self, model: &crate::model::Assessment) -> Session {
        // The copy follows the model the session is now worked with: written
        // again only when it is another version, or missing (an older file).
        if self.model.is_none() || self.assessment.version != model.version {
            self.model = crate::model::session::copy_of(model);
        }
        self.assessment.version.clone_from(&model.version);
        if self.schema < 2 {
            self.close_rounds(model);
        }
        self.schema = crate::model::session::SCHEMA_VERSION;
        self.know_groups(model);
        self
    }
}

impl Session {
    /// The municipality code as exports give it: only a valid one, so that a
    /// hand-edited file cannot put a malformed code into a consultant's table.
    pub fn kommunkod(&self) -> Option<&str> {
        self.kommunkod
            .as_deref()
            .filter(|k| crate::model::session::is_kommunkod(k))
    }

    /// How many people are in the room: the named participants, or the head count.
    pub fn head_count(&self) -> u32 {
        let named = u32::try_from(self.participants.len()).unwrap_or(u32::MAX);
        self.headcount.unwrap_or(0).max(named)
    }

    /// The most people any count in the session may hold: its people now (the
    /// named participants, or the head count), and never fewer than the largest
    /// head count a session may have, because people can leave after their
    /// ballot was counted (their counts stay, anonymous), and a show of hands may
    /// count more hands than the room has people when the facilitator says so.
    /// A count above it no session can have had: it is refused at load, so that
    /// no sum of counts can wrap.
    pub fn most_voters(&self) -> u32 {
        self.head_count().max(crate::model::session::MAX_HEADCOUNT)
    }
}
