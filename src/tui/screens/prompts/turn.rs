//! One writer's turn at the keyboard: up to three answer fields per prompt,
//! and a stop past the last field that hands the answers in.
//!
//! What the writer types lives here and nowhere else: never in a draft, never
//! in the session, since either would tie the text to its writer. If klarhet
//! stops before the writer hands in, what they typed is lost, by design: the
//! writer types it again on their next turn.

use crate::model::command::Command;
use crate::model::open_answers::MAX_ANSWERS;
use crate::model::prompts::PromptSet;
use crate::tui::input::{Kind, TextField};

/// A writer's turn: who writes, their fields and the focus.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The writer: a participant's id, or a seat in an anonymous room.
    pub writer: u32,
    /// The name the facilitator called them by, shown while they write.
    pub name: String,
    /// Per prompt, in the set's order, the writer's answer fields.
    pub fields: Vec<Vec<TextField>>,
    /// The focus: a field, counted across the prompts, or one past the last,
    /// the stop that hands the answers in.
    pub focus: usize,
}

impl Turn {
    /// A fresh turn on a set of `prompts` prompts, the focus on the first field.
    pub fn new(writer: u32, name: String, prompts: usize) -> Turn {
        Turn {
            writer,
            name,
            fields: vec![vec![TextField::empty(Kind::Answer); MAX_ANSWERS]; prompts],
            focus: 0,
        }
    }

    /// How many fields there are.
    fn field_count(&self) -> usize {
        self.fields.len() * MAX_ANSWERS
    }

    /// True when the focus is on the stop that hands the answers in.
    pub fn on_hand_in(&self) -> bool {
        self.focus >= self.field_count()
    }

    /// The prompt in focus, by its place in the set; the last one while the
    /// focus is on the hand-in stop, so that it stays in view.
    pub fn prompt(&self) -> usize {
        (self.focus / MAX_ANSWERS).min(self.fields.len().saturating_sub(1))
    }

    /// The field in focus within its prompt, when the focus is on a field.
    pub fn answer(&self) -> Option<usize> {
        (!self.on_hand_in()).then_some(self.focus % MAX_ANSWERS)
    }

    /// The field in focus, to type into.
    pub fn field_mut(&mut self) -> Option<&mut TextField> {
        let answer = self.answer()?;
        let prompt = self.prompt();
        self.fields.get_mut(prompt)?.get_mut(answer)
    }

    /// The field in focus.
    pub fn field(&self) -> Option<&TextField> {
        self.fields.get(self.prompt())?.get(self.answer()?)
    }

    /// To the next field, or from the last one to the hand-in stop.
    pub fn next(&mut self) {
        self.focus = (self.focus + 1).min(self.field_count());
    }

    /// To the field before.
    pub fn prev(&mut self) {
        self.focus = self.focus.saturating_sub(1);
    }

    /// To the first field of the next prompt, or after the last prompt to the
    /// hand-in stop.
    pub fn next_prompt(&mut self) {
        let next = (self.focus / MAX_ANSWERS + 1) * MAX_ANSWERS;
        self.focus = next.min(self.field_count());
    }

    /// To the first field of the prompt before (of this one, from the
    /// hand-in stop).
    pub fn prev_prompt(&mut self) {
        let here = self.focus.min(self.field_count()) / MAX_ANSWERS;
        let to = if self.on_hand_in() {
            self.prompt()
        } else {
            here.saturating_sub(1)
        };
        self.focus = to * MAX_ANSWERS;
    }

    /// How many answers the writer has written to prompt `at`.
    pub fn written_to(&self, at: usize) -> usize {
        self.fields
            .get(at)
            .map_or(0, |f| f.iter().filter(|f| !f.trimmed().is_empty()).count())
    }

    /// True when nothing has been typed in any field.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().flatten().all(|f| f.trimmed().is_empty())
    }

    /// The command that hands in the writer's answers to `set`: per prompt,
    /// the fields with something in them; prompts left blank are left out.
    pub fn hand_in(&self, set: &PromptSet) -> Command {
        let answers = set
            .prompts
            .iter()
            .zip(&self.fields)
            .map(|(prompt, fields)| {
                let texts: Vec<String> = fields
                    .iter()
                    .map(|f| f.trimmed().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect();
                (prompt.id.clone(), texts)
            })
            .filter(|(_, texts)| !texts.is_empty())
            .collect();
        Command::Write {
            set: set.id.clone(),
            writer: self.writer,
            answers,
        }
    }
}
