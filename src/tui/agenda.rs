//! The agenda over any screen (F2): with none chosen, the model's templates to
//! choose from; with one, its items with the minutes planned (← → change
//! them), the minutes added and the time used, and Enter runs the clock on the
//! selected item. Also the clock as the header shows it. It hands the domain
//! commands; the router carries them out.

use crate::model::agenda::{Agenda, Part};
use crate::model::command::Command;
use crate::tui::bindings::{self, Binding, Key};
use crate::tui::msg::Msg;
use crate::tui::shared::Shared;
use crate::tui::step::Step;
use crate::tui::widgets::{block_in, centered, clear, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The agenda overlay's own state: the row selected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgendaView {
    /// The template (no agenda yet) or the item selected.
    pub selected: usize,
}

impl AgendaView {
    /// Opens on the item the clock is on, or the first row.
    pub fn new(shared: &Shared) -> AgendaView {
        let current = agenda(shared).and_then(|a| a.current);
        AgendaView {
            selected: current.unwrap_or(0),
        }
    }

    /// Handles `msg`: the commands it asks for, and false when the overlay closes.
    pub fn update(&mut self, shared: &Shared, msg: Msg) -> (Vec<Command>, bool) {
        let rows = rows(shared);
        let last = rows.saturating_sub(1);
        let minutes = |delta: i64| {
            let a = agenda(shared)?;
            let item = a.items.get(self.selected)?;
            let m = u32::try_from(i64::from(item.planned) + delta).ok()?;
            Some(Command::PlanMinutes {
                item: self.selected,
                minutes: m,
            })
        };
        let command = match msg {
            Msg::Back | Msg::OpenAgenda => return (Vec::new(), false),
            Msg::Up => {
                self.selected = self.selected.checked_sub(1).unwrap_or(last);
                None
            }
            Msg::Down => {
                self.selected = if self.selected >= last {
                    0
                } else {
                    self.selected + 1
                };
                None
            }
            Msg::Left => minutes(-1),
            Msg::Right => minutes(1),
            Msg::Confirm => match agenda(shared) {
                None => {
                    let template = model_of(shared)
                        .and_then(|m| m.agendas.get(self.selected))
                        .map(|t| t.id.clone());
                    self.selected = 0;
                    template.map(|t| Command::ChooseAgenda { template: Some(t) })
                }
                Some(_) => Some(Command::StartItem {
                    item: self.selected,
                    // Whole seconds, as time used is counted.
                    at: jiff::Timestamp::from_second(shared.now.as_second()).unwrap_or(shared.now),
                }),
            },
            Msg::Remove if agenda(shared).is_some_and(|a| !recorded(a)) => {
                self.selected = 0;
                Some(Command::ChooseAgenda { template: None })
            }
            _ => None,
        };
        (command.into_iter().collect(), true)
    }

    /// The overlay's keys.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let chosen = agenda(shared);
        let mut list = vec![bindings::up_down(crate::tr!(lang, "tui-agenda-select")).footer(1)];
        if let Some(a) = chosen {
            list.push(
                bindings::left_right(crate::tr!(lang, "tui-agenda-minutes"))
                    .short(crate::tr!(lang, "tui-agenda-minutes-short"))
                    .footer(0),
            );
            list.push(
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-agenda-run"),
                )
                .short(crate::tr!(lang, "tui-agenda-run-short"))
                .footer(0),
            );
            list.push(
                Binding::new(
                    &[Key::Code(KeyCode::Delete)],
                    Msg::Remove,
                    crate::tr!(lang, "tui-agenda-remove"),
                )
                .when(!recorded(a)),
            );
        } else {
            list.push(
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-agenda-choose"),
                )
                .footer(0)
                .when(rows(shared) > 0),
            );
        }
        list.push(
            Binding::new(
                &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::F(2))],
                Msg::Back,
                crate::tr!(lang, "tui-agenda-close"),
            )
            .short(crate::tr!(lang, "tui-agenda-close-short"))
            .footer(0),
        );
        list.push(
            Binding::new(
                &[Key::Code(KeyCode::F(1))],
                Msg::Help,
                crate::tr!(lang, "tui-help"),
            )
            .footer(3),
        );
        list
    }
}

/// True once the clock has run on the agenda: it is then kept, not replaced
/// or removed from here, so that no recorded time is lost by a key.
fn recorded(agenda: &Agenda) -> bool {
    agenda.current.is_some()
}

fn agenda(shared: &Shared) -> Option<&Agenda> {
    shared.work.as_ref()?.session.agenda()
}

fn model_of(shared: &Shared) -> Option<&crate::model::Assessment> {
    Some(&shared.work.as_ref()?.model)
}

/// How many rows the overlay lists: the agenda's items, or the templates.
fn rows(shared: &Shared) -> usize {
    match agenda(shared) {
        Some(a) => a.items.len(),
        None => model_of(shared).map_or(0, |m| m.agendas.len()),
    }
}

/// An item's name on screen: its step's, its challenge's (from the model), or
/// the catalogue's word for a break.
pub fn part_label(shared: &Shared, part: &Part) -> String {
    let lang = shared.lang;
    match part {
        Part::Step(key) => {
            let model = model_of(shared);
            model
                .and_then(|m| Step::from_key_in(key, m))
                .or_else(|| Step::from_key(key))
                .map_or_else(|| key.clone(), |s| s.label(model, lang))
        }
        Part::Challenge(id) => model_of(shared)
            .and_then(|m| m.challenge(id))
            .map_or_else(|| id.clone(), |c| c.name.get(lang).to_owned()),
        Part::Break => crate::tr!(lang, "tui-agenda-break"),
    }
}

/// Seconds as m:ss (minutes run past 60: an item is never hours long).
pub fn clock_time(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The clock as the header shows it, with its style: the time used on the
/// current item and what is left, or how far over it is (in the theme's
/// warning colour, never blinking); paused, it is muted and marked so.
pub fn header(shared: &Shared) -> Option<(String, Style)> {
    let a = agenda(shared)?;
    let item = a.current?;
    let lang = shared.lang;
    let t = &shared.theme;
    let now = shared.now;
    let used = clock_time(a.used(item, now));
    let left = a.left(item, now);
    let rest = if left >= 0 {
        crate::tr!(
            lang,
            "tui-clock-left",
            time = clock_time(left.unsigned_abs())
        )
    } else {
        crate::tr!(
            lang,
            "tui-clock-over",
            time = clock_time(left.unsigned_abs())
        )
    };
    let (mark, style) = match (a.running(), left >= 0) {
        (false, _) => ("⏸", t.muted),
        (true, true) => ("⏱", t.text),
        (true, false) => ("⏱", t.warning),
    };
    // Spaces before it part it from the organisation, which is cut first.
    Some((format!("  {mark} {used} · {rest} "), style))
}

/// Draws the overlay over `body`.
pub fn draw(frame: &mut Frame, body: Rect, shared: &Shared, view: &AgendaView) {
    let lang = shared.lang;
    let t = &shared.theme;
    let width = 74.min(body.width);
    let inner = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line> = Vec::new();
    let (title, source) = match agenda(shared) {
        Some(a) => {
            let template = model_of(shared).and_then(|m| m.agenda(&a.template));
            let name = template.map_or_else(|| a.template.clone(), |t| t.name.get(lang).to_owned());
            item_lines(shared, a, view, inner, &mut lines);
            (name, template.map(|t| t.source.clone()))
        }
        None => {
            lines.push(Line::styled(crate::tr!(lang, "tui-agenda-none"), t.muted));
            for (i, template) in model_of(shared).iter().flat_map(|m| &m.agendas).enumerate() {
                let minutes: u32 = template.items.iter().map(|i| i.minutes).sum();
                let text = crate::tr!(
                    lang,
                    "tui-agenda-template",
                    name = template.name.get(lang),
                    minutes = u64::from(minutes)
                );
                let style = if i == view.selected {
                    t.selected
                } else {
                    t.text
                };
                lines.push(Line::styled(fit(&format!(" {text}"), inner), style));
            }
            let source = model_of(shared)
                .and_then(|m| m.agendas.first())
                .map(|t| t.source.clone());
            (crate::tr!(lang, "tui-agenda"), source)
        }
    };
    // The model's agendas are its author's, not the report's: their source says so.
    if let Some(source) = source {
        let text = crate::tr!(lang, "tui-agenda-source", source = source);
        let width = u16::try_from(inner).unwrap_or(u16::MAX);
        for line in crate::tui::widgets::wrapped("", &text, width, 3) {
            lines.push(Line::styled(line, t.muted));
        }
    }
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(body.height);
    let area = centered(body, width, height);
    clear(frame, area, t);
    let block = block_in(&title, width, t);
    let inside = block.inner(area);
    frame.render_widget(block, area);
    // The selected row stays in sight on a long agenda.
    let room = usize::from(inside.height);
    let skip = (view.selected + 2).saturating_sub(room);
    let lines: Vec<Line> = lines.into_iter().skip(skip).collect();
    frame.render_widget(Paragraph::new(lines), inside);
}

/// The items, one a line: name, planned (and added) minutes, time used; then
/// the whole agenda's.
fn item_lines(shared: &Shared, a: &Agenda, view: &AgendaView, inner: usize, lines: &mut Vec<Line>) {
    let lang = shared.lang;
    let t = &shared.theme;
    let now = shared.now;
    let name_width = inner.saturating_sub(37).max(8);
    for (i, item) in a.items.iter().enumerate() {
        let mark = match (a.current == Some(i), a.running()) {
            (true, true) => "⏱",
            (true, false) => "⏸",
            _ => " ",
        };
        let planned = crate::tr!(
            lang,
            "tui-agenda-planned",
            minutes = u64::from(item.planned)
        );
        let added = if item.extended > 0 {
            format!("+{}", item.extended)
        } else {
            String::new()
        };
        let used = a.used(i, now);
        let used = if used > 0 || item.started.is_some() {
            crate::tr!(lang, "tui-agenda-used", time = clock_time(used))
        } else {
            String::new()
        };
        let name = fit(&part_label(shared, &item.part), name_width);
        let text = format!(
            "{mark} {name:<name_width$} {planned:>11} {added:>4}  {used}",
            name_width = name_width
        );
        let over = a.left(i, now) < 0;
        let style = match (i == view.selected, over) {
            (true, _) => t.selected,
            (false, true) => t.warning,
            (false, false) => t.text,
        };
        lines.push(Line::from(Span::styled(fit(&text, inner), style)));
    }
    lines.push(Line::styled(
        fit(
            &crate::tr!(
                lang,
                "tui-agenda-total",
                minutes = u64::from(a.planned_minutes()),
                time = clock_time(a.used_total(now))
            ),
            inner,
        ),
        t.muted,
    ));
}
