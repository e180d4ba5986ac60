//! Start: a new session, the demo, or a saved session to resume.

use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::lists::{navigate, scroll};
use crate::tui::screens::{Page, Reply};
use crate::tui::shared::Shared;
use crate::tui::step::Step;
use crate::tui::widgets::{block, body_area, wrapped};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The start screen: the selected row, once the user has moved it.
#[derive(Debug, Clone, Default)]
pub struct Start {
    chosen: Option<usize>,
}

impl Start {
    /// The selected row: until the user moves, the most recently changed session
    /// (the one a facilitator most likely came back for), or "new session".
    fn selected(&self, shared: &Shared) -> usize {
        self.chosen.unwrap_or_else(|| {
            shared
                .saved
                .iter()
                .enumerate()
                .filter(|(_, s)| s.summary.is_ok())
                .max_by_key(|(_, s)| s.modified)
                .map_or(0, |(i, _)| i + 2)
        })
    }

    /// The whole warning of the selected session when it cannot be read (its row
    /// in the list holds what fits on one line), wrapped to `width`; else nothing.
    fn warning(&self, shared: &Shared, width: u16) -> Vec<String> {
        let saved = self
            .selected(shared)
            .checked_sub(2)
            .and_then(|i| shared.saved.get(i));
        match saved.map(|s| &s.summary) {
            Some(Err(e)) => wrapped("⚠ ", &e.0.render(shared.lang), width, 4),
            _ => Vec::new(),
        }
    }
}

fn items(shared: &Shared) -> usize {
    2 + shared.saved.len()
}

/// The list's place within the body, with `below` rows under it for the
/// selected session's warning.
fn list_area(body: Rect, below: usize) -> Rect {
    let below = u16::try_from(below).unwrap_or(0);
    let [_, list, _] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Min(0),
        Constraint::Length(below),
    ])
    .areas(body);
    list
}

impl Page for Start {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let body = body_area(shared.size);
        let list = list_area(body, self.warning(shared, body.width).len());
        match msg {
            msg if navigate(
                self.chosen.get_or_insert(self.selected(shared)),
                items(shared),
                &msg,
                list,
            ) =>
            {
                Reply::none()
            }
            Msg::Confirm => match self.selected(shared) {
                0 => {
                    // A new session: the one open before is closed (and unlocked).
                    shared.work = None;
                    Reply::go(Step::Setup)
                }
                1 => Reply::effect(Effect::OpenDemo),
                i => shared
                    .saved
                    .get(i - 2)
                    .map_or_else(Reply::none, |s| Reply::effect(Effect::Open(s.path.clone()))),
            },
            _ => Reply::none(),
        }
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        vec![
            up_down(crate::tr!(lang, "tui-choose")).footer(1),
            Binding::new(
                &[Key::Code(KeyCode::Enter)],
                Msg::Confirm,
                crate::tr!(lang, "tui-open"),
            )
            .footer(0),
        ]
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let lang = shared.lang;
        let t = &shared.theme;
        let [intro, _] = Layout::vertical([Constraint::Length(4), Constraint::Min(0)]).areas(area);
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(crate::tr!(lang, "tui-start-title"), t.title),
                Line::styled(crate::tr!(lang, "tui-start-intro"), t.muted),
            ])
            .wrap(Wrap { trim: true }),
            intro,
        );
        let warning = self.warning(shared, area.width);
        let list = list_area(area, warning.len());
        let mut rows: Vec<Vec<Span>> = vec![
            vec![Span::raw(crate::tr!(lang, "tui-new-session"))],
            vec![Span::raw(crate::tr!(lang, "tui-start-open-demo"))],
        ];
        let alike = crate::store::look_alikes(shared.saved.iter().map(|s| {
            s.summary
                .as_ref()
                .ok()
                .map(|x| (x.organisation.as_str(), x.date))
        }));
        for (s, alike) in shared.saved.iter().zip(alike) {
            rows.push(match &s.summary {
                Ok(summary) => {
                    let progress = summary.scored.map_or_else(String::new, |(done, all)| {
                        crate::tr!(lang, "tui-scored-of", done = done, all = all)
                    });
                    let mut spans = vec![
                        Span::raw(format!("↻ {}  ", summary.organisation)),
                        Span::styled(format!("{}  {progress}", summary.date), t.muted),
                    ];
                    // Sessions that read alike are told apart by when each was
                    // last saved and by its id, as `klarhet list` shows them.
                    if alike {
                        spans.push(Span::styled(
                            "  ".to_owned()
                                + &crate::tr!(
                                    lang,
                                    "tui-start-look-alike",
                                    saved = crate::store::saved_at(s.modified)
                                        .map(|at| at
                                            .trim_start_matches(&shared.today.to_string())
                                            .trim()
                                            .to_owned())
                                        .unwrap_or_default(),
                                    id = short_id(&s.path, summary.date)
                                ),
                            t.muted,
                        ));
                    }
                    spans
                }
                Err(e) => vec![Span::styled(format!("⚠ {}", e.0.render(lang)), t.warning)],
            });
        }
        let height = list.height.saturating_sub(2) as usize;
        let selected = self.selected(shared);
        let first = scroll(selected, height);
        let lines: Vec<Line> = rows
            .into_iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, spans)| {
                let line = Line::from(spans);
                if i == selected {
                    line.style(t.selected)
                } else {
                    line
                }
            })
            .collect();
        let title = format!(" {} ", crate::tr!(lang, "tui-start-choose-title"));
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list);
        let below = Rect {
            y: list.bottom(),
            height: area.bottom().saturating_sub(list.bottom()),
            ..area
        };
        let warning: Vec<Line> = warning
            .into_iter()
            .map(|l| Line::styled(l, t.warning))
            .collect();
        frame.render_widget(Paragraph::new(warning), below);
    }
}

/// A session's id without the date it begins with, which the row already shows.
fn short_id(path: &std::path::Path, date: jiff::civil::Date) -> String {
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    id.trim_start_matches(&date.to_string())
        .trim_start_matches('-')
        .to_owned()
}
