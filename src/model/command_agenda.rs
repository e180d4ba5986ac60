//! The agenda's commands: what the agenda and its clock become when one is
//! carried out. [`Session::apply`] turns the result into one
//! [`Change::AgendaSet`](crate::model::journal::Change::AgendaSet).

use crate::error::Problem;
use crate::model::agenda::{Agenda, MOST_MINUTES, check_minutes};
use crate::model::assessment::Assessment;
use crate::model::command::Command;
use crate::model::session::Session;

impl Session {
    /// The agenda `command` leaves: checked against `model`, the session
    /// unchanged. Refused when it names a template the model lacks, an item
    /// the agenda lacks, minutes out of range, or a clock the session has not.
    pub(in crate::model) fn agenda_after(
        &self,
        model: &Assessment,
        command: Command,
    ) -> Result<Option<Agenda>, Problem> {
        if let Command::ChooseAgenda { template } = command {
            return match template {
                None => Ok(None),
                Some(id) => match model.agenda(&id) {
                    Some(t) => Ok(Some(Agenda::from_template(t))),
                    None => Err(Problem::DanglingId { kind: "agenda", id }),
                },
            };
        }
        let mut agenda = self.agenda.clone().ok_or_else(|| Problem::DanglingId {
            kind: "agenda",
            id: String::new(),
        })?;
        let item_of = |agenda: &Agenda, item: usize| {
            if item < agenda.items.len() {
                Ok(item)
            } else {
                Err(Problem::DanglingId {
                    kind: "agenda-item",
                    id: (item + 1).to_string(),
                })
            }
        };
        match command {
            Command::PlanMinutes { item, minutes } => {
                let i = item_of(&agenda, item)?;
                check_minutes(minutes)?;
                agenda.items[i].planned = minutes;
            }
            Command::StartItem { item, at } => {
                let i = item_of(&agenda, item)?;
                agenda.start(i, at);
            }
            Command::PauseClock { at } => agenda.pause(at),
            Command::ExtendItem { minutes } => {
                // Extending needs an item the clock is on.
                let i = agenda.current.ok_or_else(|| Problem::DanglingId {
                    kind: "agenda-item",
                    id: String::new(),
                })?;
                let extended = agenda.items[i].extended.saturating_add(minutes);
                if extended > MOST_MINUTES || minutes == 0 {
                    return Err(Problem::AgendaMinutes {
                        minutes: extended,
                        most: MOST_MINUTES,
                    });
                }
                agenda.items[i].extended = extended;
            }
            _ => {}
        }
        Ok(Some(agenda))
    }
}
