//! The phases screen's forms: naming an area of the session's own, and
//! placing the area in focus in a phase with a note, kept as the session's
//! draft while it is typed (see [`crate::model::draft`]).

use super::{Phases, areas, model_phases};
use crate::model::command::Command;
use crate::model::groups::id_from_name;
use crate::model::session::{Draft, DraftForm};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::Notice;
use crate::tui::screens::{Reply, edit_field, step_selection};
use crate::tui::shared::Shared;

/// A form on the phases screen.
#[derive(Debug, Clone)]
pub(super) enum Form {
    /// An area of the session's own being named.
    Add(TextField),
    /// The area in focus being placed.
    Place {
        /// The phase chosen, by its place in the model.
        phase: usize,
        /// The note typed.
        note: TextField,
        /// True while the note has the focus (else the phase has).
        on_note: bool,
    },
}

impl Phases {
    /// Opens the placement form for the area in focus, on `phase` when given,
    /// else on where the area stands, holding its note so it can be amended.
    pub(super) fn open_place(&mut self, shared: &Shared, phase: Option<usize>) {
        let (Some(area), Some(phases)) = (self.focused(shared), model_phases(shared)) else {
            return;
        };
        let current = area.placement.as_ref();
        let standing = current.and_then(|p| phases.steps.iter().position(|s| s.id == p.phase));
        let note = current.and_then(|p| p.note.as_deref()).unwrap_or("");
        self.form = Some(Form::Place {
            phase: phase.or(standing).unwrap_or(0),
            note: TextField::new(Kind::Rationale, note),
            on_note: false,
        });
    }

    /// Handles a message while a form is open.
    pub(super) fn form(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let focused = self.focused(shared).map(|a| a.id);
        let Some(form) = &mut self.form else {
            return Reply::none();
        };
        if msg == Msg::Back {
            self.form = None;
            return Reply::none();
        }
        match form {
            Form::Add(name) => {
                if msg != Msg::Confirm {
                    edit_field(name, shared, &msg);
                    return Reply::none();
                }
                let name = name.trimmed().to_owned();
                if name.is_empty() {
                    shared.notice = Some(Notice::AreaNameMissing);
                    return Reply::none();
                }
                let rows = areas(shared);
                let id = id_from_name(&name, |id| rows.iter().any(|a| a.id == id));
                self.form = None;
                // The new area is the last row: the focus goes to it, to be placed.
                self.selected = rows.len() + 1;
                self.scroll = 0;
                Reply::command(Command::AddArea { id, name })
            }
            Form::Place {
                phase,
                note,
                on_note,
            } => {
                let count = model_phases(shared).map_or(0, |p| p.steps.len());
                match msg {
                    Msg::Confirm => {
                        let chosen = model_phases(shared).and_then(|p| p.steps.get(*phase));
                        let (Some(area), Some(chosen)) = (focused, chosen) else {
                            self.form = None;
                            return Reply::none();
                        };
                        let note = Some(note.trimmed().to_owned()).filter(|n| !n.is_empty());
                        let command = Command::PlaceArea {
                            area,
                            phase: chosen.id.clone(),
                            note,
                        };
                        self.form = None;
                        return Reply::command(command);
                    }
                    Msg::Next | Msg::Prev => *on_note = !*on_note,
                    Msg::Left | Msg::Right if !*on_note => {
                        *phase = step_selection(*phase, count, msg == Msg::Right);
                    }
                    Msg::Char(c) if !*on_note => {
                        if let Some(i) = phase_by_digit(shared, c) {
                            *phase = i;
                        }
                    }
                    msg if *on_note => {
                        edit_field(note, shared, &msg);
                    }
                    _ => {}
                }
                Reply::none()
            }
        }
    }

    /// The placement being written, kept as the session's draft while it is.
    pub(super) fn placement_draft(&self, shared: &Shared) -> Option<Draft> {
        let Some(Form::Place {
            phase,
            note,
            on_note,
        }) = &self.form
        else {
            return None;
        };
        Some(Draft {
            form: DraftForm::Placement {
                area: self.focused(shared)?.id,
                phase: model_phases(shared)?.steps.get(*phase)?.id.clone(),
                note: note.value().to_owned(),
            },
            focus: usize::from(*on_note),
        })
    }

    /// The placement form open on its area, with the draft's phase and note;
    /// false when the area or the phase is gone.
    pub(super) fn restore_placement(&mut self, shared: &Shared, draft: &Draft) -> bool {
        let DraftForm::Placement { area, phase, note } = &draft.form else {
            return false;
        };
        let Some(row) = areas(shared).iter().position(|a| a.id == *area) else {
            return false;
        };
        let Some(phase) =
            model_phases(shared).and_then(|p| p.steps.iter().position(|s| s.id == *phase))
        else {
            return false;
        };
        // Row 0 is the phase model itself; the areas follow.
        self.selected = row + 1;
        self.form = Some(Form::Place {
            phase,
            note: TextField::new(Kind::Rationale, note),
            on_note: draft.focus == 1,
        });
        true
    }
}

/// The phase (its place in the model) whose number the digit `c` is: the
/// model's own numbering, as the screen shows it.
pub(super) fn phase_by_digit(shared: &Shared, c: char) -> Option<usize> {
    let n = c.to_digit(10)?;
    model_phases(shared)?
        .steps
        .iter()
        .position(|p| p.number == n)
}
