//! [`Session::apply`]: a command checked against the model and the privacy
//! rules, turned into the changes it makes, and those changes made. Every
//! change is made by [`Session::replay`] (votes in `journal.rs`, the rest in
//! `command_replay.rs`), so that what a command does and what its journal line
//! does again are one code.

use crate::error::{Problem, ScaleFault};
use crate::model::assessment::{Assessment, Scale};
use crate::model::command::Command;
use crate::model::journal::{Change, challenge_of};
use crate::model::session::{Agreed, Participant, Session, Target};
use jiff::Timestamp;

impl Session {
    /// Carries out `command`: checks it against `model` and the privacy rules,
    /// makes its changes and gives them back, in the order made (none when it
    /// changed nothing, e.g. a reveal with nothing new to show). A refused
    /// command changes nothing.
    pub fn apply(&mut self, model: &Assessment, command: Command) -> Result<Vec<Change>, Problem> {
        self.know_groups(model);
        let change = match command {
            Command::Agree {
                challenge,
                severity,
                rationale,
                notes,
            } => {
                let c = challenge_of(model, &challenge)?;
                if !model.has_ordinal(c) {
                    return Err(Problem::Scale(ScaleFault::NoAgreedScore { challenge }));
                }
                let agreed = Agreed {
                    score: nearest_value(model.challenge_scale(c), severity),
                    rationale,
                    severity: Some(severity),
                    round: Some(self.current_round(&challenge)),
                };
                let notes = (!notes.is_empty()).then_some(notes);
                Change::Agreed {
                    challenge,
                    agreed,
                    notes,
                }
            }
            Command::Note { challenge, notes } => {
                challenge_of(model, &challenge)?;
                let notes = (!notes.is_empty()).then_some(notes);
                if self.notes.get(&challenge) == notes.as_ref() {
                    return Ok(vec![]);
                }
                Change::Noted { challenge, notes }
            }
            Command::Adopt { recommendation } => Change::Adopted {
                recommendation,
                adopted: true,
            },
            Command::DropAdoption { recommendation } => Change::Adopted {
                recommendation,
                adopted: false,
            },
            Command::PlanAction(action) => Change::ActionPlanned { action },
            Command::RemoveAction {
                recommendation,
                measure,
            } => {
                let target = Target::named(recommendation, measure);
                if self.action_for(&target).is_none() {
                    return Err(Problem::DanglingId {
                        kind: "action",
                        id: target.to_string(),
                    });
                }
                let (recommendation, measure) = target.fields();
                Change::ActionRemoved {
                    recommendation,
                    measure,
                }
            }
            Command::PlaceLevel { level } => Change::LevelPlaced { level },
            Command::AddParticipant { alias, groups } => {
                self.may_name_people()?;
                self.check_groups(model, &groups)?;
                let id = self.participants.last_id() + 1;
                Change::ParticipantSet {
                    participant: Participant { id, alias, groups },
                }
            }
            Command::Enrol { people } => {
                self.may_name_people()?;
                for (_, groups) in &people {
                    self.check_groups(model, groups)?;
                }
                let last = self.participants.last_id();
                let participants = people
                    .into_iter()
                    .zip(last + 1..)
                    .map(|((alias, groups), id)| Participant { id, alias, groups })
                    .collect();
                Change::Enrolled { participants }
            }
            Command::EditParticipant { id, alias, groups } => {
                self.participant_index(id)?;
                self.check_groups(model, &groups)?;
                Change::ParticipantSet {
                    participant: Participant { id, alias, groups },
                }
            }
            Command::AddGroup { grouping, id, name } => {
                self.add_group(model, grouping, id, name)?
            }
            Command::ChooseBreakdown { grouping } => self.choose_breakdown(model, grouping)?,
            Command::RemoveParticipant { id } => {
                self.participant_index(id)?;
                Change::ParticipantLeft { id }
            }
            Command::CountHeads { headcount } => Change::HeadCounted { headcount },
            Command::Describe {
                organisation,
                facilitator,
                date,
                language,
                kommunkod,
            } => Change::Described {
                organisation,
                facilitator,
                date,
                language,
                kommunkod,
            },
            Command::ChoosePrivacy {
                min_group,
                show_names,
                self_assessment,
            } => Change::PrivacyChosen {
                min_group,
                show_names,
                self_assessment,
            },
            Command::Cast {
                challenge,
                statement,
                voter,
                answer,
            } => Change::Cast {
                round: self.current_round(&challenge),
                challenge,
                statement,
                voter,
                answer,
            },
            // Passing live, not by replaying: the ballot it seals is counted
            // under its voter's group for the first reveal (`pass_in`), and the
            // change kept is the sealed ballot without its voter's answers.
            Command::Pass {
                challenge,
                voter,
                count,
            } => {
                let c = challenge_of(model, &challenge)?;
                if !self.is_voter(voter) {
                    return Err(Problem::DanglingId {
                        kind: "participant",
                        id: voter.to_string(),
                    });
                }
                return Ok(vec![self.pass_recorded(c, voter, count)]);
            }
            Command::CountHands { statement, tally } => Change::HandsCounted { statement, tally },
            Command::Reveal { challenge, at } => return self.show_results(model, challenge, at),
            Command::OpenRound {
                challenge,
                statements,
                channel,
                at,
            } => {
                let c = challenge_of(model, &challenge)?;
                // The first round when nothing has been voted on yet; the one
                // after the current round otherwise.
                let round = if self.rounds_of(c).is_empty() {
                    1
                } else {
                    self.current_round(&challenge).saturating_add(1)
                };
                let asked = c
                    .statements
                    .iter()
                    .filter(|s| statements.contains(&s.id))
                    .map(|s| s.id.clone());
                let unknown = statements
                    .iter()
                    .find(|s| !c.statements.iter().any(|t| t.id == **s));
                if let Some(s) = unknown {
                    return Err(Problem::DanglingId {
                        kind: "statement",
                        id: s.clone(),
                    });
                }
                Change::RoundOpened {
                    statements: asked.collect(),
                    challenge,
                    round,
                    channel,
                    at,
                }
            }
            Command::LeaveOutCareless {
                challenge,
                round,
                out,
            } => {
                if !self.may_leave_out(model, &challenge, round, out)? {
                    return Ok(vec![]);
                }
                Change::CarelessLeftOut {
                    challenge,
                    round,
                    out,
                }
            }
            Command::OpenRoom { token } => Change::RoomOpened {
                // A session keeps its first room's token: the phones' address stays.
                token: self.room.as_ref().map_or(token, |r| r.token.clone()),
            },
            Command::TakeSeat { seat, hash } => Change::Seated { seat, hash },
            Command::AnswerInRoom {
                challenge,
                statement,
                seat,
                answer,
                passed,
            } => Change::RoomAnswer {
                round: self.current_round(&challenge),
                challenge,
                statement,
                seat,
                answer,
                passed,
            },
            Command::FreeSeat { seat } => Change::SeatFreed { seat },
            Command::KeepDraft(draft) if self.draft.as_ref() == Some(&draft) => return Ok(vec![]),
            Command::KeepDraft(draft) => Change::DraftKept { draft: Some(draft) },
            Command::DropDraft if self.draft.is_none() => return Ok(vec![]),
            Command::DropDraft => Change::DraftKept { draft: None },
            Command::RememberPlace { step, challenge }
                if self.resume.step == step && self.resume.challenge == challenge =>
            {
                return Ok(vec![]);
            }
            Command::RememberPlace { step, challenge } => {
                Change::PlaceRemembered { step, challenge }
            }
            Command::RememberExport { path } => Change::ExportRemembered { path },
            Command::MarkDiscussed { topic, discussed } => {
                if self.discussion.is_discussed(&topic) == discussed {
                    return topic.check(model).map(|()| vec![]);
                }
                Change::TopicMarked { topic, discussed }
            }
            Command::NoteTopic { topic, note } => {
                let note = Some(note.trim().to_owned()).filter(|n| !n.is_empty());
                if self.discussion.note(&topic) == note.as_deref() {
                    return topic.check(model).map(|()| vec![]);
                }
                Change::TopicNoted { topic, note }
            }
            Command::ReachTopic { topic } if self.discussion.at.as_ref() == Some(&topic) => {
                return Ok(vec![]);
            }
            Command::ReachTopic { topic } => Change::TopicReached { topic },
            command @ (Command::ChooseAgenda { .. }
            | Command::PlanMinutes { .. }
            | Command::StartItem { .. }
            | Command::PauseClock { .. }
            | Command::ExtendItem { .. }) => {
                let agenda = self.agenda_after(model, command)?;
                if agenda == self.agenda {
                    return Ok(vec![]);
                }
                Change::AgendaSet { agenda }
            }
            Command::Choose {
                alternative,
                reason,
            } => match self.choose(model, alternative, reason)? {
                Some(change) => change,
                None => return Ok(vec![]),
            },
            Command::AddArea { id, name } => self.add_area(model, id, name)?,
            Command::Pick { poll, voter, pick } => {
                Change::Picks(self.pick(model, poll, voter, pick)?)
            }
            Command::ReopenPoll { poll } => Change::Picks(self.reopen_poll(model, poll)?),
            Command::ShowPicks { poll } => match self.show_picks(model, poll)? {
                Some(change) => Change::Picks(change),
                None => return Ok(vec![]),
            },
            Command::Write {
                set,
                writer,
                answers,
            } => Change::Answers(self.write(model, set, writer, answers)?),
            Command::ShowAnswers { set } => match self.show_answers(model, set)? {
                Some(change) => Change::Answers(change),
                None => return Ok(vec![]),
            },
            Command::ThemeAnswers {
                set,
                prompt,
                theme,
                answers,
            } => Change::Answers(crate::model::open_answers::AnswerChange::Themed {
                set,
                prompt,
                theme: theme.map(|t| t.trim().to_owned()),
                answers,
            }),
            Command::PlaceArea { area, phase, note } => {
                match self.place_area(model, area, phase, note)? {
                    Some(change) => change,
                    None => return Ok(vec![]),
                }
            }
        };
        self.replay(model, &change, false)?;
        Ok(vec![change])
    }

    /// Shows the results of `challenge`, if that changes anything: the room's
    /// open answers are counted, then what the threshold lets be shown is.
    fn show_results(
        &mut self,
        model: &Assessment,
        challenge: String,
        at: Timestamp,
    ) -> Result<Vec<Change>, Problem> {
        let c = challenge_of(model, &challenge)?;
        let before = self.revealed.get(&challenge).map(|b| b.voters());
        let counted = self.seal_room(c);
        self.reveal(&challenge);
        let changed = counted > 0 || self.revealed.get(&challenge).map(|b| b.voters()) != before;
        if !changed {
            return Ok(Vec::new());
        }
        self.note_revealed(c, at);
        Ok(vec![Change::Revealed {
            challenge,
            at: Some(at),
        }])
    }

    /// Where participant `id` is in the list; refused when no one has that number.
    fn participant_index(&self, id: u32) -> Result<usize, Problem> {
        self.participants
            .position(id)
            .ok_or_else(|| Problem::DanglingId {
                kind: "participant",
                id: id.to_string(),
            })
    }
}

/// The value on `scale` nearest to `severity`, kept with the agreement for
/// readers of the session that know only scale values.
pub fn nearest_value(scale: &Scale, severity: f64) -> i32 {
    // A strength scale's high values are a low severity (`Scale::value_of`).
    let value = scale.value_of(scale.high, severity);
    scale
        .options
        .iter()
        .map(|o| o.value)
        .min_by(|a, b| {
            (f64::from(*a) - value)
                .abs()
                .total_cmp(&(f64::from(*b) - value).abs())
        })
        .unwrap_or(scale.min())
}
