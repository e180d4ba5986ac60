//! A workshop session: who took part, how they answered, what the group agreed and
//! what it decided to do. Sessions are saved as RON; the schema version is in the file.

use crate::error::{Error, Problem, Result};
use crate::locate::Locator;
use crate::model::assessment::Assessment;
use crate::text::Lang;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub use crate::model::ballot_box::BallotBox;
pub use crate::model::ballots::{Answer, Responses, Tally};
pub use crate::model::decisions::{ActionItem, Agreed, MeasureRef, Status, Target};
pub use crate::model::draft::{Draft, DraftForm};
pub use crate::model::participant::Participant;
pub use crate::model::privacy::Privacy;

/// The most characters an alias may have: a name, not a description (the
/// participants list shows 21 columns of it).
pub const MAX_ALIAS: usize = 40;

/// The largest anonymous head count a session may have: a room, or a survey
/// week's respondents, never a number that would make the seats fill memory.
pub const MAX_HEADCOUNT: u32 = 10_000;

/// The schema version this klarhet writes and the highest it reads.
/// 3 added [`Session::generation`], which a klarhet of schema 2 would refuse as
/// an unknown field: it says "newer" instead. 4 added [`Session::rounds`] and
/// the round an agreed score followed; a file of 1 to 3 reads as round 1 of
/// every challenge. 5 writes the participants as a map of id to role and
/// alias, and adds the discussion queue's record and the agenda: a klarhet of
/// schema 4 would refuse the map as unreadable, and says "newer" instead.
/// 6 adds the copy of the model the session was made with ([`Session::model`]).
pub const SCHEMA_VERSION: u32 = 6;

/// The copy of `model` a session keeps: the model as klarhet writes it, which
/// reads back as the same model (tests/it/model_roundtrip.rs). None only if it
/// cannot be written, which a model read from RON always can.
pub(in crate::model) fn copy_of(model: &Assessment) -> Option<String> {
    ron::to_string(model).ok()
}

/// The first schema version there has been: a lower one was never written by
/// klarhet, so a file claiming it is refused rather than read as the current one.
pub const OLDEST_SCHEMA: u32 = 1;

/// A workshop session. Its fields are private to `model`: outside it, a
/// session is read through the accessors named like them
/// (`session.participants()`, in `session_read.rs`) and changed only through
/// [`Session::apply`] (see `command_apply.rs`), so the compiler holds every
/// screen, the room, the store, the reports and the tests to that.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Session")]
pub struct Session {
    /// Schema version of the file.
    pub(in crate::model) schema: u32,
    /// How many times klarhet has written this file whole. A journal names the
    /// generation it continues, so that opening can tell a file klarhet wrote
    /// after the journal (which holds the journal's votes) from one changed by
    /// another hand (which does not, so the votes are replayed onto it). Files
    /// from before it read as 0.
    #[serde(default)]
    pub(in crate::model) generation: u64,
    /// The organisation assessed, e.g. "Sjöhamra kommun".
    pub(in crate::model) organisation: String,
    /// The municipality's code (kommunkod), the four digits SCB gives it, e.g.
    /// "1380"; none when not given. Optional, so that every file
    /// written before it existed reads the same, and so that an organisation that
    /// is not a municipality (a region, a company) needs none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) kommunkod: Option<String>,
    /// The workshop's date (YYYY-MM-DD).
    #[serde(deserialize_with = "crate::model::strict::date")]
    pub(in crate::model) date: Date,
    /// Who leads the workshop.
    pub(in crate::model) facilitator: String,
    /// The language of the workshop and its report.
    pub(in crate::model) language: Lang,
    /// Which model, and which version of it, the session uses.
    pub(in crate::model) assessment: AssessmentRef,
    /// Named participants. May be empty when the room stays anonymous.
    #[serde(with = "crate::model::participant_list")]
    pub(in crate::model) participants: crate::model::participants::Participants,
    /// Anonymous head count, for a room that gives no names.
    pub(in crate::model) headcount: Option<u32>,
    /// Every answer, sealed: only aggregates can be read out.
    pub(in crate::model) responses: Responses,
    /// The group's agreed score per challenge.
    #[serde(deserialize_with = "crate::model::strict::unique")]
    pub(in crate::model) agreed: BTreeMap<String, Agreed>,
    /// Notes per challenge.
    #[serde(deserialize_with = "crate::model::strict::unique")]
    pub(in crate::model) notes: BTreeMap<String, String>,
    /// Ids of adopted recommendations.
    pub(in crate::model) adopted: Vec<String>,
    /// The action plan.
    pub(in crate::model) actions: Vec<ActionItem>,
    /// The level the group places itself on, if chosen.
    pub(in crate::model) level: Option<u32>,
    /// Where the workshop was left, so that it opens there again.
    #[serde(default)]
    pub(in crate::model) resume: Resume,
    /// How answers are protected in reports and exports.
    #[serde(default)]
    pub(in crate::model) privacy: Privacy,
    /// How far each voter has got in each challenge's ballot round: the number of
    /// statements passed (answered or skipped), never what was answered. A voter is
    /// done with a challenge when it equals the challenge's statement count, and an
    /// interrupted round resumes there.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) progress: BTreeMap<String, crate::model::voter_map::VoterMap<u16>>,
    /// Per challenge, the counted ballots as files from before waiting ballots
    /// were kept apart held them: per role group, the shown and the waiting
    /// together. Read, never written: the next save keeps them as `pending` and
    /// `revealed` (see [`crate::model::pending`]).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) sealed: BTreeMap<String, BallotBox>,
    /// Per challenge, the finished ballots not yet revealed: how many, and their
    /// answers per statement, counted together without voter, role group or
    /// order (see [`crate::model::pending`]).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) pending: BTreeMap<String, crate::model::pending::Pending>,
    /// Per challenge, the ballot box: the counted ballots that have been
    /// revealed, which is everything any screen or export shows, in the groups
    /// a report shows. It grows only in steps of at least the threshold of
    /// ballots, so that no two figures differ by one person's answers.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) revealed: BTreeMap<String, BallotBox>,
    /// Per challenge, how many times ballots were revealed. Role groups are shown
    /// only for a challenge revealed once: two reveals with groups made up
    /// differently could be set against each other.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) reveals: BTreeMap<String, u32>,
    /// Per challenge, its rounds, oldest first: which statements each asked, by
    /// which channel, when, and a closed round's counts (see
    /// [`crate::model::round`]). The fields above hold the current round's
    /// counts. Absent from files before schema 4, whose votes are round 1.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) rounds: BTreeMap<String, Vec<crate::model::round::Round>>,
    /// The open form's text, typed and not yet saved with it (one form is open
    /// at a time). Absent from files with no form open, which older readers open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) draft: Option<Draft>,
    /// The room, once one has been opened: its token, the claimed seats (hashed)
    /// and how far each phone has got (see [`crate::model::room`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) room: Option<crate::model::room::Room>,
    /// What the group did with the discussion queue: the topics it discussed,
    /// its notes on them and where it got to (see [`crate::model::discussion`]).
    /// Absent until the group has touched the queue.
    #[serde(
        default,
        skip_serializing_if = "crate::model::discussion::Discussion::is_empty"
    )]
    pub(in crate::model) discussion: crate::model::discussion::Discussion,
    /// The workshop's agenda and its clock, once one is chosen (see
    /// [`crate::model::agenda`]). Absent from files without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) agenda: Option<crate::model::agenda::Agenda>,
    /// Per challenge, the current round's shown ballots that gave the same
    /// answer to every statement, counted apart (see [`crate::model::careless`]).
    /// Absent while none has.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) straight_shown: BTreeMap<String, crate::model::careless::Straight>,
    /// Per challenge, the rounds whose straight-lined ballots the facilitator
    /// left out of the figures. Absent while none is.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) left_out: crate::model::careless::LeftOut,
    /// The model the session was last worked with, as klarhet writes a model
    /// (RON, on one line): the session still opens and reports from it when
    /// that model is gone from the catalogue or has changed its statements
    /// since (docs/model-format.md, "Sessions and models"). Kept as text and
    /// read only then, so that opening a session costs no second parse of its
    /// model. Absent in files from before schema 6 until they are saved again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) model: Option<String>,
    /// Per challenge not yet revealed, the role groups of the ballots in
    /// `pending` that were given since the session was opened, for the first
    /// reveal's role groups: in memory only, never in the file.
    #[serde(skip)]
    pub(in crate::model) tags: crate::model::pending::Unsaved<BTreeMap<String, BallotBox>>,
    /// Per challenge not yet revealed, the straight-lined among the ballots in
    /// `pending` that were given since the session was opened, for the first
    /// reveal's count (see [`crate::model::careless`]): in memory only.
    #[serde(skip)]
    pub(in crate::model) watched:
        crate::model::pending::Unsaved<BTreeMap<String, crate::model::careless::Watched>>,
    /// The groups the session added to its model's open groupings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(in crate::model) groups: Vec<crate::model::session_groups::OwnGroup>,
    /// The grouping chosen as the breakdown; none: the model's first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) breakdown: Option<String>,
    /// The group's choice among the model's alternatives, and the choices it
    /// replaced. Absent until the group has chosen, so older files read alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) choice: Option<crate::model::choice::Choice>,
    /// The areas the session added and placed in the model's phases; absent
    /// until one is, so older files read alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(in crate::model) phase_board: Option<crate::model::placement::PhaseBoard>,
    /// Per prompt set, what the group wrote, without who wrote what (see
    /// [`crate::model::open_answers`]); absent until someone has written.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::model::strict::unique"
    )]
    pub(in crate::model) open_answers: crate::model::open_answers::OpenAnswers,
    /// The group's private votes on the alternatives and on areas' phases,
    /// counted without who picked what (see [`crate::model::picks`]); absent
    /// until someone has voted.
    #[serde(default, skip_serializing_if = "crate::model::picks::Polls::is_empty")]
    pub(in crate::model) polls: crate::model::picks::Polls,
    /// The breakdown's group ids, from the model, for sealing a ballot: in
    /// memory only (see `Session::know_groups`).
    #[serde(skip)]
    pub(in crate::model) known: crate::model::pending::Unsaved<Vec<String>>,
}

/// The screen and challenge the workshop was on when last saved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resume {
    /// The step's name, e.g. `"scoring"`.
    pub step: String,
    /// The index of the challenge in focus.
    pub challenge: usize,
    /// Where the report was last exported to, so that the next export goes there.
    #[serde(default)]
    pub export: Option<String>,
}

/// A reference to a model by id and version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRef {
    /// The model's id.
    pub id: String,
    /// The model's version when the session was created.
    pub version: String,
}

/// True for a municipality code as SCB writes it: exactly four ASCII digits
/// ("0114", "1380"); a code is text, never a number, since it may start with 0.
pub fn is_kommunkod(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

#[derive(Deserialize)]
#[serde(rename = "Session")]
struct SchemaProbe {
    schema: u32,
}

impl Session {
    /// A new, empty session on `model`.
    pub fn new(model: &Assessment, organisation: &str, date: Date, lang: Lang) -> Session {
        let mut session = Session {
            schema: SCHEMA_VERSION,
            generation: 0,
            organisation: organisation.to_owned(),
            kommunkod: None,
            date,
            facilitator: String::new(),
            language: lang,
            assessment: AssessmentRef {
                id: model.id.clone(),
                version: model.version.clone(),
            },
            participants: Default::default(),
            headcount: None,
            responses: Responses::default(),
            agreed: BTreeMap::new(),
            notes: BTreeMap::new(),
            adopted: Vec::new(),
            actions: Vec::new(),
            level: None,
            resume: Resume::default(),
            privacy: Privacy::default(),
            progress: BTreeMap::new(),
            sealed: BTreeMap::new(),
            pending: BTreeMap::new(),
            revealed: BTreeMap::new(),
            reveals: BTreeMap::new(),
            rounds: BTreeMap::new(),
            draft: None,
            room: None,
            discussion: Default::default(),
            agenda: None,
            straight_shown: BTreeMap::new(),
            left_out: BTreeMap::new(),
            model: copy_of(model),
            tags: Default::default(),
            watched: Default::default(),
            groups: Vec::new(),
            breakdown: None,
            choice: None,
            phase_board: None,
            open_answers: BTreeMap::new(),
            polls: Default::default(),
            known: crate::model::pending::Unsaved(Vec::new()),
        };
        session.know_groups(model);
        session
    }

    /// Parses a session from `src`. A schema this klarhet does not know (a newer
    /// one, or one below the first) is refused as that, so that fields this
    /// version does not know are never misread.
    pub fn parse(src: &str, path: &Path) -> Result<Session> {
        // Parsed once: a file of a schema this version reads parses whole. Only
        // when the parse fails, or gives a schema out of range, is the schema
        // read alone, so that a newer file is called newer instead of broken.
        let parsed = crate::model::parse_ron::<Session>(src, path);
        let schema = match &parsed {
            Ok(s) => Some(s.schema),
            Err(_) => ron::Options::default()
                .from_str::<SchemaProbe>(crate::model::without_bom(src))
                .ok()
                .map(|p| p.schema),
        };
        let problem = match schema {
            Some(found) if found > SCHEMA_VERSION => Some(Problem::NewerSchema {
                found,
                supported: SCHEMA_VERSION,
            }),
            Some(found) if found < OLDEST_SCHEMA => Some(Problem::UnknownSchema {
                found,
                oldest: OLDEST_SCHEMA,
            }),
            _ => None,
        };
        match problem {
            Some(problem) => Err(Error::Invalid {
                path: path.to_owned(),
                pos: Locator::new(src).key("schema", 0),
                problem,
                terms: None,
            }),
            None => parsed,
        }
    }

    /// The session as RON text, as it is saved.
    pub fn to_ron(&self) -> String {
        // Two levels of indentation: a participant, a challenge's progress or a
        // ballot box is one line, which a person reads as easily and which
        // halves the file (and the time to write it) for a large room.
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .depth_limit(2);
        // A file from before waiting ballots were kept apart is written the way
        // they are kept now, whether or not a ballot round has been run since.
        if !self.sealed.is_empty() {
            let mut settled = self.clone();
            settled.settle_all();
            return ron::ser::to_string_pretty(&settled, config).unwrap_or_default();
        }
        // Serialising plain data with string keys cannot fail.
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }
}
