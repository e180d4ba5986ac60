//! Setup: organisation, facilitator, date, language and assessment model.

use crate::model::session::Session;
use crate::text::{Lang, pick};
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::state::{SetupForm, State, Step, Work};
use crate::tui::update::{changed, go};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

const FIELDS: usize = 5;

/// An empty form for a new session.
pub fn blank(state: &State) -> SetupForm {
    SetupForm {
        date: TextField::new(&state.today.to_string()),
        language: state.lang,
        model: state
            .catalog
            .all()
            .position(|m| m.id == "halmstad")
            .unwrap_or(0),
        ..SetupForm::default()
    }
}

/// Fills the form from the open session, for going back to setup.
pub fn fill_from_work(state: &mut State) {
    if let Some(work) = &state.work {
        let s = &work.session;
        state.setup = SetupForm {
            organisation: TextField::new(&s.organisation),
            facilitator: TextField::new(&s.facilitator),
            date: TextField::new(&s.date.to_string()),
            language: s.language,
            model: state
                .catalog
                .all()
                .position(|m| m.id == work.model.id)
                .unwrap_or(0),
            focus: 0,
        };
    }
}

/// Handles the setup form.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let models = state.catalog.all().count();
    let locked = state.work.is_some();
    let f = &mut state.setup;
    let text = match f.focus {
        0 => Some(&mut f.organisation),
        1 => Some(&mut f.facilitator),
        2 => Some(&mut f.date),
        _ => None,
    };
    match (msg, text) {
        (Msg::Next, _) => f.focus = (f.focus + 1) % FIELDS,
        (Msg::Prev, _) => f.focus = (f.focus + FIELDS - 1) % FIELDS,
        (Msg::Back, _) => {
            state.step = Step::Start;
            return vec![Effect::ListSaved];
        }
        (Msg::Confirm, _) if f.focus + 1 < FIELDS => f.focus += 1,
        (Msg::Confirm, _) => return apply(state),
        (msg, Some(field)) => {
            field.edit(&msg);
        }
        (Msg::Left | Msg::Right | Msg::Char(' '), None) if f.focus == 3 => {
            f.language = if f.language == Lang::SV {
                Lang::EN
            } else {
                Lang::SV
            };
        }
        (Msg::Left | Msg::Right | Msg::Char(' '), None)
            if f.focus == 4 && !locked && models > 0 =>
        {
            f.model = (f.model + 1) % models;
        }
        _ => {}
    }
    Vec::new()
}

fn apply(state: &mut State) -> Vec<Effect> {
    let lang = state.lang;
    let f = &state.setup;
    let Ok(date) = f.date.trimmed().parse::<jiff::civil::Date>() else {
        state.setup.focus = 2;
        state.status = Some((
            pick(
                lang,
                "Datumet ska skrivas ÅÅÅÅ-MM-DD, till exempel 2026-11-22.",
                "Write the date as YYYY-MM-DD, for example 2026-11-22.",
            )
            .into(),
            true,
        ));
        return Vec::new();
    };
    if f.organisation.trimmed().is_empty() {
        state.setup.focus = 0;
        state.status = Some((
            pick(
                lang,
                "Skriv organisationens namn.",
                "Enter the organisation's name.",
            )
            .into(),
            true,
        ));
        return Vec::new();
    }
    let (org, facilitator, language) = (
        f.organisation.trimmed().to_owned(),
        f.facilitator.trimmed().to_owned(),
        f.language,
    );
    match &mut state.work {
        Some(work) => {
            let s = &mut work.session;
            s.organisation = org;
            s.facilitator = facilitator;
            s.date = date;
            s.language = language;
        }
        None => {
            let Some(model) = state.catalog.all().nth(f.model).cloned() else {
                return Vec::new();
            };
            let mut session = Session::new(&model, &org, date, language);
            session.facilitator = facilitator;
            state.work = Some(Work::new(session, model, None));
            state.scoring.challenge = 0;
            state.people = Default::default();
        }
    }
    if !state.lang_fixed {
        state.lang = language;
    }
    let mut effects = changed(state);
    effects.extend(go(state, Some(Step::Participants)));
    effects.dedup();
    effects
}

/// Draws the setup form.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let t = &state.theme;
    let f = &state.setup;
    let outer = view::block(pick(lang, " Ny workshop ", " New workshop "), t);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let rows = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .split(inner.inner(ratatui::layout::Margin::new(2, 1)));
    view::field(
        frame,
        rows[0],
        pick(lang, "Organisation", "Organisation"),
        &f.organisation,
        f.focus == 0,
        t,
    );
    view::field(
        frame,
        rows[1],
        pick(lang, "Processledare", "Facilitator"),
        &f.facilitator,
        f.focus == 1,
        t,
    );
    view::field(
        frame,
        rows[2],
        pick(lang, "Datum", "Date"),
        &f.date,
        f.focus == 2,
        t,
    );
    let language = match f.language {
        Lang::SV => "svenska",
        _ => "English",
    };
    view::choice(
        frame,
        rows[3],
        pick(lang, "Språk", "Language"),
        language,
        f.focus == 3,
        t,
    );
    let model = state
        .catalog
        .all()
        .nth(f.model)
        .map(|m| format!("{} ({} {})", m.title.get(lang), m.id, m.version))
        .unwrap_or_default();
    view::choice(
        frame,
        rows[4],
        pick(lang, "Modell", "Model"),
        &model,
        f.focus == 4,
        t,
    );
    frame.render_widget(
        Paragraph::new(Line::styled(
            pick(
                lang,
                "Enter går till nästa fält; Enter på sista fältet skapar sessionen och sparar den. Tab byter fält, ←→ ändrar språk och modell.",
                "Enter moves to the next field; Enter on the last field creates the session and saves it. Tab changes field, ←→ changes language and model.",
            ),
            t.muted,
        ))
        .wrap(Wrap { trim: true }),
        rows[5],
    );
}
