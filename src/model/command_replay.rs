//! Replaying the changes that are not votes (votes are replayed in
//! [`crate::model::journal`]): the group's decisions, the people, the setup,
//! the room's seats and token, the draft and the place. [`Session::apply`]
//! makes every change through here too.

use crate::error::Problem;
use crate::model::assessment::Assessment;
use crate::model::journal::{Change, challenge_of};
use crate::model::session::Session;

impl Session {
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
                let c = challenge_of(model, challenge)?;
                let severity_ok = agreed.severity.is_none_or(|v| (0.0..=100.0).contains(&v));
                if !model.challenge_scale(c).contains(agreed.score) || !severity_ok {
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
            Change::Noted { challenge, notes } => {
                challenge_of(model, challenge)?;
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
                crate::model::plan::may_plan(model, action)?;
                let target = action.target();
                match self.actions.iter_mut().find(|a| a.carries_out(&target)) {
                    Some(a) => *a = action.clone(),
                    None => self.actions.push(action.clone()),
                }
            }
            Change::ActionRemoved {
                recommendation,
                measure,
            } => {
                let target =
                    crate::model::session::Target::named(recommendation.clone(), measure.clone());
                self.actions.retain(|a| !a.carries_out(&target));
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
                if !self.participants.has(participant.id) {
                    self.may_name_people()?;
                }
                self.participants.set(participant.clone());
            }
            Change::Enrolled { participants } => {
                // Each is set as `ParticipantSet` sets one; the list's lookups
                // keep a room of thousands read in at once linear.
                if participants.iter().any(|p| !self.participants.has(p.id)) {
                    self.may_name_people()?;
                }
                for p in participants {
                    self.participants.set(p.clone());
                }
            }
            Change::ParticipantLeft { id } => {
                self.participants.remove(*id);
                self.leave(*id);
            }
            Change::HeadCounted { headcount } => self.set_headcount(*headcount)?,
            Change::GroupAdded(group) => self.group_added(model, group)?,
            Change::BreakdownChosen(grouping) => self.breakdown_chosen(model, grouping)?,
            Change::Chosen(chosen) => self.chosen(model, chosen)?,
            Change::AreaAdded(area) => self.area_added(model, area)?,
            Change::Placed(placed) => self.placed(model, placed)?,
            Change::Answers(change) => self.answers_changed(model, change)?,
            Change::Picks(change) => self.picks_changed(model, change)?,
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
                // The statement's challenge: its current round holds the hands.
                let c = model
                    .challenges
                    .iter()
                    .find(|c| c.statements.iter().any(|s| s.id == *statement))
                    .ok_or_else(|| Problem::DanglingId {
                        kind: "statement",
                        id: statement.clone(),
                    })?;
                self.count_hands(c, statement, tally.clone())?;
            }
            Change::Revealed { challenge, at } => {
                let c = challenge_of(model, challenge)?;
                self.seal_room(c);
                self.reveal(challenge);
                if let Some(at) = at {
                    self.note_revealed(c, *at);
                }
            }
            Change::RoundOpened {
                challenge,
                round,
                statements,
                channel,
                at,
            } => {
                let c = challenge_of(model, challenge)?;
                let recorded = self.rounds.get(challenge).map_or(0, Vec::len);
                if usize::try_from(*round).is_ok_and(|r| r <= recorded) {
                    // Opened already: the file was written after it.
                    return Ok(());
                }
                let expected = if self.rounds_of(c).is_empty() {
                    1
                } else {
                    self.current_round(challenge).saturating_add(1)
                };
                if *round != expected {
                    return Err(Problem::DanglingId {
                        kind: "round",
                        id: round.to_string(),
                    });
                }
                self.open_round(c, statements, *channel, *at)?;
            }
            Change::CarelessLeftOut {
                challenge,
                round,
                out,
            } => {
                // Checked as when it was asked: a hand-edited file's line is
                // refused rather than leave out what no one was shown.
                let already = self.left_out(challenge, *round) == *out;
                if !self.may_leave_out(model, challenge, *round, *out)? && !already {
                    return Err(Problem::DanglingId {
                        kind: "round",
                        id: round.to_string(),
                    });
                }
                self.set_left_out(challenge, *round, *out);
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
            Change::TopicMarked { topic, discussed } => {
                topic.check(model)?;
                self.discussion.mark(topic, *discussed);
            }
            Change::TopicNoted { topic, note } => {
                topic.check(model)?;
                self.discussion.set_note(topic, note.as_deref());
            }
            Change::TopicReached { topic } => {
                topic.check(model)?;
                self.discussion.at = Some(topic.clone());
            }
            Change::AgendaSet { agenda } => {
                if let Some(agenda) = agenda {
                    agenda.check(model)?;
                }
                self.agenda.clone_from(agenda);
            }
            // Votes are replayed where they are kept (`journal`).
            Change::Cast { .. }
            | Change::Passed { .. }
            | Change::Seated { .. }
            | Change::RoomAnswer { .. }
            | Change::Sealed { .. } => return self.replay(model, change, false),
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
