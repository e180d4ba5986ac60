//! The questions the phase an area stands in asks about it
//! (src/model/area_prompts.rs), answered on the phases step as any open
//! prompts are: the prompts screen, within this one, for the set made for
//! the area in focus. Esc from its overview comes back to the areas.

use super::Phases;
use crate::model::area_prompts;
use crate::model::placement::AreaRow;
use crate::tui::bindings::{Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::screens::{Page, Prompts, Reply};
use crate::tui::shared::Shared;
use crossterm::event::KeyCode;

/// The key of the set of questions about `area` where it stands, when it is
/// placed in a phase that asks something. Asked for every frame's footer, so
/// it only looks: the set is made when it is opened.
pub(super) fn key_for(shared: &Shared, area: &AreaRow) -> Option<String> {
    let work = shared.work.as_ref()?;
    let phase = &area.placement.as_ref()?.phase;
    area_prompts::asks(&work.model, phase).then(|| area_prompts::key(&area.id, phase))
}

impl Phases {
    /// Opens the questions about the area in focus; with a room open, they
    /// are put to its phones too, as a set is whose step comes on screen.
    pub(super) fn ask(&mut self, shared: &mut Shared) -> Reply {
        let Some(key) = self.focused(shared).and_then(|a| key_for(shared, &a)) else {
            return Reply::none();
        };
        let Some(set) = (shared.work.as_ref())
            .and_then(|w| w.session.prompt_set(&w.model, &key).ok())
            .map(|set| set.into_owned())
        else {
            return Reply::none();
        };
        self.asked = Some(Box::new(Prompts::made(set)));
        if shared.room.is_some() {
            return crate::tui::screens::scoring::room::open_for_set(shared, &key);
        }
        Reply::none()
    }

    /// Handles `msg` while the questions are open: Esc from the set's
    /// overview closes them, everything else is the prompts screen's.
    pub(super) fn asked_update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let Some(asked) = &mut self.asked else {
            return Reply::none();
        };
        if msg == Msg::Back && asked.at_overview() {
            self.asked = None;
            return Reply::none();
        }
        asked.update(shared, msg)
    }
}

/// The prompts screen's keys, with Esc back to the areas from its overview.
pub(super) fn bindings(asked: &Prompts, shared: &Shared) -> Vec<Binding> {
    let mut list = asked.bindings(shared);
    if asked.at_overview() {
        list.push(
            Binding::new(
                &[Key::Code(KeyCode::Esc)],
                Msg::Back,
                crate::tr!(shared.lang, "tui-phases-back-to-areas"),
            )
            .footer(1),
        );
    }
    list
}
