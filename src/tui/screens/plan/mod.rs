//! The action plan: for each adopted recommendation, and each measure the
//! group's choice of alternative offers, an effektmål, an owner, a due date
//! (riktning och takt) and a status.

mod form;
mod rows;
mod view;

use crate::model::session::{Draft, DraftForm, Status, Target};
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::navigate;
use crate::tui::screens::{Page, Reply, Shares};
use crate::tui::shared::Shared;
use crate::tui::widgets::body_area;
use crossterm::event::KeyCode;
use form::ActionForm;
use ratatui::Frame;
use ratatui::layout::Rect;

/// The statuses an action can have, in the order the form cycles through them.
const STATUSES: [Status; 4] = [
    Status::Planned,
    Status::Started,
    Status::Done,
    Status::Paused,
];

/// The plan screen: the selected row, and the open form.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    selected: usize,
    form: Option<ActionForm>,
}

impl Page for Plan {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        if let Some(f) = &mut self.form {
            let (close, reply) = f.update(shared, msg);
            if close {
                self.form = None;
            }
            return reply;
        }
        let targets = rows::targets(shared);
        let list = body_area(shared.size);
        match msg {
            msg if navigate(&mut self.selected, targets.len(), &msg, list) => {}
            Msg::Edit => {
                if let Some(target) = targets.get(self.selected) {
                    self.form = ActionForm::open(shared, target.clone());
                }
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        match &self.form {
            None => {
                let len = rows::targets(shared).len();
                vec![
                    up_down(crate::tr!(lang, "tui-choose"))
                        .footer(1)
                        .when(len > 1),
                    Binding::new(
                        &[Key::Code(KeyCode::Enter), Key::ch('e')],
                        Msg::Edit,
                        crate::tr!(lang, "tui-edit-the-action"),
                    )
                    .footer(0)
                    .when(len > 0),
                ]
            }
            Some(f) => bindings::form_with_save(
                lang,
                f.focus == 3,
                crate::tr!(lang, "tui-save-the-action"),
                f.field(),
            ),
        }
    }

    fn shares(&self) -> Shares {
        Shares::typing(self.form.is_some())
    }

    fn draft(&self, _shared: &Shared) -> Option<Draft> {
        self.form.as_ref().map(ActionForm::draft)
    }

    fn restore(&mut self, shared: &mut Shared, draft: &Draft) -> bool {
        let DraftForm::Action {
            recommendation,
            measure,
            ..
        } = &draft.form
        else {
            return false;
        };
        let target = Target::named(recommendation.clone(), measure.clone());
        // The list behind the form has the row selected.
        if let Some(at) = rows::targets(shared).iter().position(|t| *t == target) {
            self.selected = at;
        }
        self.form = ActionForm::restored(target, &draft.form, draft.focus);
        self.form.is_some()
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        view::draw(self, frame, area, shared);
    }
}
