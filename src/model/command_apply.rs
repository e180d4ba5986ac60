//! [`Session::apply`]: a command checked against the model and the privacy
//! rules, turned into the changes it makes, and those changes made; and the
//! replay of the changes that are not votes (votes are replayed in
//! [`crate::model::journal`]). Every change is made by [`Session::replay`], so
//! that what a command does and what its journal line does again are one code.

use crate::error::Problem;
use crate::model::assessment::{Assessment, Scale};
use crate::model::command::Command;
use crate::model::journal::{Change, challenge_of};
use crate::model::session::{Agreed, Participant, Session};

impl Session {
    /// Carries out `command`: checks it against `model` and the privacy rules,
    /// makes its changes and gives them back, in the order made (none when it
    /// changed nothing, e.g. a reveal with nothing new to show). A refused
    /// command changes nothing.
    pub fn apply(&mut self, model: &Assessment, command: Command) -> Result<Vec<Change>, Problem> {
        let change = match command {
            Command::Agree {
                challenge,
                severity,
                rationale,
                notes,
            } => {
                challenge_of(model, &challenge)?;
                let agreed = Agreed {
                    score: nearest_value(&model.scale, severity),
                    rationale,
                    severity: Some(severity),
                };
                let notes = (!notes.is_empty()).then_some(notes);
                Change::Agreed {
                    challenge,
                    agreed,
                    notes,
                }
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
            Command::RemoveAction { recommendation } => {
                if !self
                    .actions
                    .iter()
                    .any(|a| a.recommendation == recommendation)
                {
                    return Err(Problem::DanglingId {
                        kind: "action",
                        id: recommendation,
                    });
                }
                Change::ActionRemoved { recommendation }
            }
            Command::PlaceLevel { level } => Change::LevelPlaced { level },
            Command::AddParticipant { alias, role } => {
                self.may_name_people()?;
                let id = self.participants.iter().map(|p| p.id).max().unwrap_or(0) + 1;
                Change::ParticipantSet {
                    participant: Participant { id, alias, role },
                }
            }
            Command::Enrol { people } => {
                self.may_name_people()?;
                let last = self.participants.iter().map(|p| p.id).max().unwrap_or(0);
                let participants = people
                    .into_iter()
                    .zip(last + 1..)
                    .map(|((alias, role), id)| Participant { id, alias, role })
                    .collect();
                Change::Enrolled { participants }
            }
            Command::EditParticipant { id, alias, role } => {
                self.participant_index(id)?;
                Change::ParticipantSet {
                    participant: Participant { id, alias, role },
                }
            }
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
                challenge,
                statement,
                voter,
                answer,
            },
            Command::Pass {
                challenge,
                voter,
                count,
            } => Change::Passed {
                challenge,
                voter,
                count,
            },
            Command::CountHands { statement, tally } => Change::HandsCounted { statement, tally },
            Command::Reveal { challenge } => return self.show_results(model, challenge),
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
    ) -> Result<Vec<Change>, Problem> {
        let c = challenge_of(model, &challenge)?;
        let before = self.revealed.get(&challenge).map(|b| b.voters());
        let counted = self.seal_room(c);
        self.reveal(&challenge);
        let changed = counted > 0 || self.revealed.get(&challenge).map(|b| b.voters()) != before;
        Ok(if changed {
            vec![Change::Revealed { challenge }]
        } else {
            Vec::new()
        })
    }

    /// Where participant `id` is in the list; refused when no one has that number.
    fn participant_index(&self, id: u32) -> Result<usize, Problem> {
        self.participants
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| Problem::DanglingId {
                kind: "participant",
                id: id.to_string(),
            })
    }

    /// Replays a change that is not a vote: the group's decisions, the people,
    /// the setup, the room's seats and token, the draft and the place. Each sets
    /// a value, so replaying it again changes nothing more.
    pub(in crate::model) fn replay_decision(
        &mut self,
        model: &Assessment,
        change: &Change,
    ) -> Result<(), Problem> {
        match change {
            Change::Agreed {
                challenge,
                agreed,
                notes,
            } => {
                challenge_of(model, challenge)?;
                let severity_ok = agreed.severity.is_none_or(|v| (0.0..=100.0).contains(&v));
                if !model.scale.contains(agreed.score) || !severity_ok {
                    return Err(Problem::AgreedOffScale {
                        challenge: challenge.clone(),
                        score: agreed.score,
                    });
                }
                self.agreed.insert(challenge.clone(), agreed.clone());
                match notes {
                    Some(notes) => self.notes.insert(challenge.clone(), notes.clone()),
                    None => self.notes.remove(challenge),
                };
            }
            Change::Adopted {
                recommendation,
                adopted,
            } => {
                recommendation_of(model, recommendation)?;
                let at = self.adopted.iter().position(|a| a == recommendation);
                match (at, adopted) {
                    (None, true) => self.adopted.push(recommendation.clone()),
                    (Some(i), false) => {
                        self.adopted.remove(i);
                    }
                    _ => {}
                }
            }
            Change::ActionPlanned { action } => {
                recommendation_of(model, &action.recommendation)?;
                match self
                    .actions
                    .iter_mut()
                    .find(|a| a.recommendation == action.recommendation)
                {
                    Some(a) => *a = action.clone(),
                    None => self.actions.push(action.clone()),
                }
            }
            Change::ActionRemoved { recommendation } => {
                self.actions.retain(|a| a.recommendation != *recommendation);
            }
            Change::LevelPlaced { level } => {
                if let Some(level) = *level
                    && !model
                        .levels
                        .as_ref()
                        .is_some_and(|l| l.steps.iter().any(|s| s.level == level))
                {
                    return Err(Problem::LevelOffLadder { level });
                }
                self.level = *level;
            }
            Change::ParticipantSet { participant } => {
                match self
                    .participants
                    .iter_mut()
                    .find(|p| p.id == participant.id)
                {
                    Some(p) => *p = participant.clone(),
                    None => {
                        self.may_name_people()?;
                        self.participants.push(participant.clone());
                    }
                }
            }
            Change::Enrolled { participants } => {
                // Each is set as `ParticipantSet` sets one, in one pass over the
                // list: a room of thousands is read in at once.
                let mut at: std::collections::HashMap<u32, usize> = (self.participants.iter())
                    .enumerate()
                    .map(|(i, p)| (p.id, i))
                    .collect();
                if participants.iter().any(|p| !at.contains_key(&p.id)) {
                    self.may_name_people()?;
                }
                for p in participants {
                    match at.get(&p.id) {
                        Some(&i) => self.participants[i] = p.clone(),
                        None => {
                            at.insert(p.id, self.participants.len());
                            self.participants.push(p.clone());
                        }
                    }
                }
            }
            Change::ParticipantLeft { id } => {
                self.participants.retain(|p| p.id != *id);
                self.leave(*id);
            }
            Change::HeadCounted { headcount } => self.set_headcount(*headcount)?,
            Change::Described {
                organisation,
                facilitator,
                date,
                language,
                kommunkod,
            } => {
                self.organisation.clone_from(organisation);
                self.facilitator.clone_from(facilitator);
                self.date = *date;
                self.language = *language;
                self.kommunkod.clone_from(kommunkod);
            }
            Change::PrivacyChosen {
                min_group,
                show_names,
                self_assessment,
            } => {
                self.privacy.min_group = *min_group;
                self.privacy.show_names = *show_names;
                self.privacy.self_assessment = *self_assessment;
            }
            Change::HandsCounted { statement, tally } => {
                if model.statement(statement).is_none() {
                    return Err(Problem::DanglingId {
                        kind: "statement",
                        id: statement.clone(),
                    });
                }
                // More than any session can count is refused: it would not be read again.
                let most = self.most_voters();
                let count = tally.total();
                if count > most {
                    return Err(Problem::CountTooLarge {
                        kind: "hands",
                        id: statement.clone(),
                        count: u64::from(count),
                        most: u64::from(most),
                    });
                }
                self.responses.set_tally(statement, tally.clone())?;
            }
            Change::Revealed { challenge } => {
                let c = challenge_of(model, challenge)?;
                self.seal_room(c);
                self.reveal(challenge);
            }
            Change::RoomOpened { token } => {
                if token.trim().is_empty() {
                    return Err(Problem::BadRoomKey);
                }
                self.room_or(|| token.clone());
            }
            Change::SeatFreed { seat } => self.free_seat(*seat),
            Change::DraftKept { draft } => self.draft.clone_from(draft),
            Change::PlaceRemembered { step, challenge } => {
                self.resume.step.clone_from(step);
                self.resume.challenge = *challenge;
            }
            Change::ExportRemembered { path } => self.resume.export.clone_from(path),
            // Votes are replayed where they are kept (`journal`).
            Change::Cast { .. }
            | Change::Passed { .. }
            | Change::Seated { .. }
            | Change::RoomAnswer { .. } => return self.replay(model, change, false),
        }
        Ok(())
    }
}

/// The recommendation a change names, which the model must have.
fn recommendation_of(model: &Assessment, id: &str) -> Result<(), Problem> {
    match model.recommendation(id) {
        Some(_) => Ok(()),
        None => Err(Problem::DanglingId {
            kind: "recommendation",
            id: id.to_owned(),
        }),
    }
}

/// The value on `scale` nearest to `severity`, kept with the agreement for
/// readers of the session that know only scale values.
pub fn nearest_value(scale: &Scale, severity: f64) -> i32 {
    let value = f64::from(scale.min()) + severity / 100.0 * scale.width();
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
