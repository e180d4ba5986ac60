//! Participants: alias and role for each, or only a head count for an anonymous room.

use crate::model::session::{Participant, Role};
use crate::text::pick;
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::{navigate, scroll};
use crate::tui::state::{PersonForm, Question, State};
use crate::tui::update::{changed, go};
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The list's place within the body.
pub fn list_area(body: Rect) -> Rect {
    let [list, _] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    list
}

fn count(state: &State) -> usize {
    state
        .work
        .as_ref()
        .map_or(0, |w| w.session.participants.len())
}

/// Handles the participants screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    if state.people.form.is_some() {
        return form(state, msg);
    }
    if state.people.headcount.is_some() {
        return headcount(state, msg);
    }
    let len = count(state);
    let Some(work) = &mut state.work else {
        return Vec::new();
    };
    let list = list_area(view::body_area(state.size));
    match msg {
        msg if navigate(&mut state.people.selected, len, &msg, list) => {}
        Msg::Add => {
            state.people.form = Some(PersonForm::default());
        }
        Msg::Edit => {
            if let Some(p) = work.session.participants.get(state.people.selected) {
                state.people.form = Some(PersonForm {
                    id: Some(p.id),
                    alias: TextField::new(&p.alias),
                    role: State::role_index(p.role),
                    focus: 0,
                });
            }
        }
        Msg::CycleRole => {
            if let Some(p) = work.session.participants.get_mut(state.people.selected) {
                p.role = Role::ALL[(State::role_index(p.role) + 1) % Role::ALL.len()];
                return changed(state);
            }
        }
        Msg::Remove if len > 0 => state.question = Some(Question::RemoveParticipant),
        Msg::HeadCount => {
            let current = work
                .session
                .headcount
                .map(|h| h.to_string())
                .unwrap_or_default();
            state.people.headcount = Some(TextField::new(&current));
        }
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

/// Removes the selected participant (after the question was answered yes).
pub fn remove_selected(state: &mut State) -> Vec<Effect> {
    let Some(work) = &mut state.work else {
        return Vec::new();
    };
    if state.people.selected < work.session.participants.len() {
        let p = work.session.participants.remove(state.people.selected);
        work.session.responses.forget(p.id);
        state.people.selected = state.people.selected.saturating_sub(1);
        return changed(state);
    }
    Vec::new()
}

fn form(state: &mut State, msg: Msg) -> Vec<Effect> {
    let Some(f) = &mut state.people.form else {
        return Vec::new();
    };
    match msg {
        Msg::Back => state.people.form = None,
        Msg::Next | Msg::Prev => f.focus = 1 - f.focus,
        Msg::Confirm if f.focus == 0 => f.focus = 1,
        Msg::Confirm => return save_person(state),
        Msg::Left | Msg::Right | Msg::Char(' ') if f.focus == 1 => {
            let n = Role::ALL.len();
            f.role = if msg == Msg::Left {
                (f.role + n - 1) % n
            } else {
                (f.role + 1) % n
            };
        }
        msg if f.focus == 0 => {
            f.alias.edit(&msg);
        }
        _ => {}
    }
    Vec::new()
}

fn save_person(state: &mut State) -> Vec<Effect> {
    let (Some(f), Some(work)) = (state.people.form.take(), &mut state.work) else {
        return Vec::new();
    };
    let alias = f.alias.trimmed().to_owned();
    if alias.is_empty() {
        state.status = Some((
            pick(state.lang, "Skriv ett alias.", "Enter an alias.").into(),
            true,
        ));
        state.people.form = Some(f);
        return Vec::new();
    }
    let role = Role::ALL[f.role];
    let people = &mut work.session.participants;
    match f.id.and_then(|id| people.iter_mut().find(|p| p.id == id)) {
        Some(p) => {
            p.alias = alias;
            p.role = role;
        }
        None => {
            let id = people.iter().map(|p| p.id).max().unwrap_or(0) + 1;
            people.push(Participant { id, alias, role });
            state.people.selected = people.len() - 1;
        }
    }
    changed(state)
}

fn headcount(state: &mut State, msg: Msg) -> Vec<Effect> {
    let Some(field) = &mut state.people.headcount else {
        return Vec::new();
    };
    match msg {
        Msg::Back => state.people.headcount = None,
        Msg::Char(c) if c.is_ascii_digit() => field.insert(c),
        Msg::Backspace => field.backspace(),
        Msg::Confirm => {
            let value = field.trimmed().parse::<u32>().ok().filter(|n| *n > 0);
            state.people.headcount = None;
            if let Some(work) = &mut state.work {
                work.session.headcount = value;
                return changed(state);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// Draws the participants screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let lang = state.lang;
    let t = &state.theme;
    let Some(work) = &state.work else {
        return;
    };
    let s = &work.session;
    let list = list_area(area);
    let side = Rect::new(
        list.x + list.width,
        area.y,
        area.width - list.width,
        area.height,
    );
    let height = list.height.saturating_sub(2) as usize;
    let first = scroll(state.people.selected, height);
    let lines: Vec<Line> = s
        .participants
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, p)| {
            let line = Line::from(vec![
                Span::raw(format!("{:<22}", p.alias)),
                Span::styled(p.role.label(lang), t.muted),
            ]);
            if i == state.people.selected {
                line.style(t.selected)
            } else {
                line
            }
        })
        .collect();
    let title = format!(
        " {} ({}) ",
        pick(lang, "Deltagare", "Participants"),
        s.participants.len()
    );
    frame.render_widget(Paragraph::new(lines).block(view::block(&title, t)), list);

    let roles: Vec<String> = Role::ALL
        .iter()
        .map(|r| {
            format!(
                "{}: {}",
                r.label(lang),
                s.participants.iter().filter(|p| p.role == *r).count()
            )
        })
        .collect();
    let mut info = vec![
        Line::styled(pick(lang, "Roller", "Roles"), t.title),
        Line::raw(roles.join(", ")),
        Line::raw(""),
        Line::styled(pick(lang, "Anonymt rum", "Anonymous room"), t.title),
        Line::raw(match s.headcount {
            Some(n) => format!("{}: {n}", pick(lang, "Antal", "Head count")),
            None => pick(lang, "Inget antal angivet.", "No head count given.").to_owned(),
        }),
        Line::styled(
            pick(
                lang,
                "Utan namn röstar rummet med numrerade platser eller handuppräckning.",
                "Without names the room votes by numbered seats or a show of hands.",
            ),
            t.muted,
        ),
        Line::styled(
            crate::report::privacy_note(lang, s.privacy.min_group()),
            t.muted,
        ),
    ];
    if s.participants.is_empty() && s.headcount.is_none() {
        info.push(Line::raw(""));
        info.push(Line::styled(
            pick(
                lang,
                "Tryck a för att lägga till en deltagare.",
                "Press a to add a participant.",
            ),
            t.warning,
        ));
    }
    frame.render_widget(
        Paragraph::new(info)
            .wrap(Wrap { trim: true })
            .block(view::block(" ", t)),
        side,
    );

    if let Some(f) = &state.people.form {
        let popup = view::centered(area, 56, 6);
        frame.render_widget(Clear, popup);
        let title = if f.id.is_some() {
            pick(lang, " Ändra deltagare ", " Edit participant ")
        } else {
            pick(lang, " Ny deltagare ", " New participant ")
        };
        let b = view::block(title, t);
        let inner = b.inner(popup);
        frame.render_widget(b, popup);
        let [a, _, r] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner.inner(ratatui::layout::Margin::new(1, 0)));
        view::field(
            frame,
            a,
            pick(lang, "Alias", "Alias"),
            &f.alias,
            f.focus == 0,
            t,
        );
        view::choice(
            frame,
            r,
            pick(lang, "Roll", "Role"),
            Role::ALL[f.role].label(lang),
            f.focus == 1,
            t,
        );
    }
    if let Some(field) = &state.people.headcount {
        let popup = view::centered(area, 44, 3);
        frame.render_widget(Clear, popup);
        let b = view::block(pick(lang, " Antal i rummet ", " Head count "), t);
        let inner = b.inner(popup);
        frame.render_widget(b, popup);
        view::field(frame, inner, pick(lang, "Antal", "Count"), field, true, t);
    }
}
