//! `klarhet follow ID`: a second terminal that follows a workshop another
//! klarhet holds. It takes no lock and writes nothing; each time the workshop
//! moves or a count changes it prints one line: the step and challenge, the
//! ballots counted, and the room's phones. Never an answer, never who answered
//! what: only what the facilitator's own screen shows to the room.

use crate::error::{Error, Result};
use crate::model::assessment::{Assessment, Catalog};
use crate::model::session::Session;
use crate::store::follow::Follower;
use crate::text::Lang;
use crate::tui::step::Step;
use std::path::Path;

/// What a line of `follow` says: it is printed again only when this changes.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct View {
    pub(super) step: Step,
    /// The challenge in focus while scoring.
    pub(super) challenge: Option<usize>,
    /// Ballots counted per challenge, in the model's order.
    counted: Vec<u32>,
    /// The room's phones, when the session has a room: seats claimed, seats in
    /// all, and seats that have answered every statement of the challenge in focus.
    room: Option<(usize, usize, usize)>,
}

impl View {
    pub(super) fn of(session: &Session, model: &Assessment) -> View {
        // Where the workbench opens the session: a step it does not know, or
        // one before the participants, opens on the participants; one the
        // model lacks, on the next it has.
        let step = model.step_from(
            Step::from_key_in(&session.resume().step, model)
                .filter(|s| *s > Step::Setup)
                .unwrap_or(Step::Participants),
        );
        let challenge = (step == Step::Scoring)
            .then_some(session.resume().challenge)
            .filter(|i| *i < model.challenges.len());
        let room = session.room().as_ref().map(|room| {
            let done = challenge.map_or(0, |i| {
                let c = &model.challenges[i];
                (0..session.voter_count())
                    .filter_map(|k| session.voter_id(k))
                    .filter(|seat| {
                        session.finished(c, *seat)
                            || room.passed(&c.id, *seat) >= c.statements.len()
                    })
                    .count()
            });
            (room.seats().len(), session.voter_count(), done)
        });
        View {
            step,
            challenge,
            counted: model
                .challenges
                .iter()
                .map(|c| session.counted(&c.id))
                .collect(),
            room,
        }
    }

    /// The line, in `ui`, without the time before it.
    pub(super) fn line(&self, model: &Assessment, ui: Lang) -> String {
        let step = self.step.label(Some(model), ui);
        let mut line = match self.challenge {
            Some(i) => crate::tr!(
                ui,
                "follow-at-challenge",
                step = step,
                challenge = model.challenges[i].name.get(ui).to_owned()
            ),
            None => crate::tr!(ui, "follow-at", step = step),
        };
        let count = self
            .challenge
            .map_or_else(|| self.counted.iter().sum(), |i| self.counted[i]);
        // Numbers, not their text: Fluent chooses "1 röstsedel" or "2 röstsedlar"
        // by the number only.
        line.push_str(&crate::tr!(ui, "follow-counted", count = count));
        if let Some((claimed, seats, done)) = self.room {
            line.push_str(&crate::tr!(
                ui,
                "follow-room",
                claimed = claimed,
                done = done,
                seats = seats
            ));
        }
        let each: Vec<String> = model
            .challenges
            .iter()
            .zip(&self.counted)
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| format!("{} {n}", c.name.get(ui)))
            .collect();
        if !each.is_empty() && (self.challenge.is_some() || each.len() > 1) {
            line.push_str(&crate::tr!(
                ui,
                "follow-each",
                words = model.words(ui),
                each = each.join(", ")
            ));
        }
        line
    }
}

/// Follows the session at `path` until Ctrl-C.
pub fn run(path: &Path, catalog: &Catalog, ui: Lang) -> Result<()> {
    let mut follower = Follower::start(path, catalog)?;
    // Ctrl-C ends it: nothing is held and nothing is written, so nothing is left
    // to do but go.
    crate::stop_signals::on_stop(|| std::process::exit(0))
        .map_err(|e| Error::io("Ctrl-C", std::io::Error::other(e.to_string())))?;
    super::out(&format!(
        "{}\n",
        crate::tr!(ui, "follow-started", session = path.display().to_string())
    ))?;
    let mut last = View::of(follower.session(), follower.model());
    print(&last, follower.model(), ui)?;
    while let Some(followed) = follower.next() {
        if let Err(e) = followed {
            // The holder may be part-way through something another hand broke:
            // say so, and go on with the last good copy.
            super::warn("klarhet: ", &e.render(ui), "klarhet: ".len());
            continue;
        }
        let now = View::of(follower.session(), follower.model());
        if now != last {
            print(&now, follower.model(), ui)?;
            last = now;
        }
    }
    Ok(())
}

fn print(view: &View, model: &Assessment, ui: Lang) -> Result<()> {
    let time = crate::local_time::now().strftime("%H:%M:%S").to_string();
    super::out(&format!("{time}  {}\n", view.line(model, ui)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_says_the_step_the_challenge_and_the_counts_and_never_an_answer() {
        let model = Assessment::halmstad().unwrap();
        let mut session = crate::demo::crowd(&model, 4, true);
        let place = crate::model::command::Command::RememberPlace {
            step: "scoring".into(),
            challenge: 1,
        };
        session.apply(&model, place).unwrap();
        let open = crate::model::command::Command::OpenRoom {
            token: "TOKEN".into(),
        };
        session.apply(&model, open).unwrap();
        let view = View::of(&session, &model);
        assert_eq!(view.counted[1], 4);
        assert_eq!(view.room, Some((0, 4, 4)));
        let second = model.challenges[1].name.get(Lang::SV);
        assert_eq!(
            view.line(&model, Lang::SV),
            format!(
                "Bedömning, {second}: 4 röstsedlar räknade; 0 telefoner anslutna, \
                 4 av 4 platser har svarat på allt; räknade per utmaning: {}",
                model
                    .challenges
                    .iter()
                    .map(|c| format!("{} 4", c.name.get(Lang::SV)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        );
        let mut one = crate::demo::crowd(&model, 1, false);
        assert_eq!(one.resume().step, "", "no step is remembered");
        let open = crate::model::command::Command::OpenRoom {
            token: "TOKEN".into(),
        };
        one.apply(&model, open).unwrap();
        let seat = crate::model::command::Command::TakeSeat {
            seat: 1,
            hash: crate::model::room::seat_hash("phone"),
        };
        one.apply(&model, seat).unwrap();
        let line = View::of(&one, &model).line(&model, Lang::EN);
        assert!(
            line.starts_with(
                "Participants: 0 ballots counted; 1 phone connected, 0 of 1 seat have answered"
            ),
            "{line}"
        );
    }
}
