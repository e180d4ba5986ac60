//! Recommendations under their principles as tabs, ranked by the group's own
//! scores, each with its reason and its concrete steps; space adopts one.

use crate::model::command::Command;
use crate::model::scoring::RankedRecommendation;
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::Msg;
use crate::tui::screens::lists::{navigate, scroll, step_selection};
use crate::tui::screens::{Page, Reply};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Wrap};

/// The recommendations screen: the principle's tab and the selected row.
#[derive(Debug, Clone, Default)]
pub struct Recommendations {
    /// The tab: 0 is the overarching recommendations.
    tab: usize,
    selected: usize,
    /// How far the selected one's reason and steps are scrolled.
    scroll: u16,
}

/// The list's place within the body.
fn list_area(body: Rect) -> Rect {
    let [_, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
    let [list, _] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(rest);
    list
}

impl Recommendations {
    /// The selected recommendation with its reason and its concrete steps.
    fn detail<'a>(&self, shared: &'a Shared) -> Vec<Line<'a>> {
        let mut lines = Vec::new();
        let (Some(work), Some(r)) = (&shared.work, self.ranked(shared).get(self.selected)) else {
            return lines;
        };
        let Some(rec) = work.model.recommendation(&r.id) else {
            return lines;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        // The report's own weighting of the principles, where the principle is shown.
        if let Some(priority) = rec
            .principle
            .as_deref()
            .and_then(|p| work.model.principle(p))
            .and_then(|p| p.priority.as_ref())
        {
            lines.push(Line::styled(
                format!("★ {} ({})", priority.text.get(lang), priority.source),
                t.muted,
            ));
        }
        lines.push(Line::styled(rec.text.get(lang), t.title));
        let reason =
            crate::report::uncertain::relevance_reason(r, &work.analysis, &work.model, lang);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} {} ",
                    crate::tr!(lang, "tui-relevance"),
                    crate::report::uncertain::severity(r.relevance, r.uncertain)
                ),
                t.muted,
            ),
            Span::styled(format!("({reason})"), t.text),
            Span::styled(format!("  {}", rec.source), t.muted),
        ]));
        if let Some(note) = &rec.note {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{}: ", crate::tr!(lang, "report-klarhet-note")),
                    t.warning,
                ),
                Span::styled(note.get(lang), t.text),
            ]));
        }
        for step in &rec.steps {
            lines.push(Line::styled(format!("• {}", step.text.get(lang)), t.text));
        }
        lines.push(Line::styled(
            crate::tr!(lang, "tui-relevance-explained", words = shared.words()),
            t.muted,
        ));
        if r.uncertain {
            lines.push(Line::styled(
                crate::report::uncertain::legend(lang),
                t.muted,
            ));
        }
        lines
    }

    /// How far the detail can scroll in the current terminal.
    fn max_scroll(&self, shared: &Shared) -> u16 {
        let body = body_area(shared.size);
        let list = list_area(body);
        let height = body
            .height
            .saturating_sub(1 + list.height)
            .saturating_sub(2);
        let total = Paragraph::new(self.detail(shared))
            .wrap(Wrap { trim: true })
            .line_count(body.width.saturating_sub(2));
        u16::try_from(total)
            .unwrap_or(u16::MAX)
            .saturating_sub(height)
    }

    fn ranked<'a>(&self, shared: &'a Shared) -> &'a [RankedRecommendation] {
        shared
            .work
            .as_ref()
            .and_then(|w| w.analysis.ranking.get(self.tab))
            .map_or(&[], |g| g.recommendations.as_slice())
    }
}

impl Page for Recommendations {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        let tabs = shared.work.as_ref().map_or(0, |w| w.analysis.ranking.len());
        let len = self.ranked(shared).len();
        let list = list_area(body_area(shared.size));
        match msg {
            Msg::Next | Msg::Prev => {
                self.tab = step_selection(self.tab, tabs, msg == Msg::Next);
                self.selected = 0;
                self.scroll = 0;
            }
            msg if navigate(&mut self.selected, len, &msg, list) => self.scroll = 0,
            Msg::PageUp => self.scroll = self.scroll.saturating_sub(1),
            Msg::PageDown => self.scroll = (self.scroll + 1).min(self.max_scroll(shared)),
            Msg::Toggle => {
                let Some(id) = self.ranked(shared).get(self.selected).map(|r| r.id.clone()) else {
                    return Reply::none();
                };
                if let Some(work) = &shared.work {
                    let recommendation = id;
                    return Reply::command(if work.session.adopted().contains(&recommendation) {
                        Command::DropAdoption { recommendation }
                    } else {
                        Command::Adopt { recommendation }
                    });
                }
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let tabs = shared.work.as_ref().map_or(0, |w| w.analysis.ranking.len());
        let len = self.ranked(shared).len();
        vec![
            Binding::each(
                vec![
                    (Key::Code(KeyCode::Tab), Msg::Next),
                    (Key::Code(KeyCode::BackTab), Msg::Prev),
                    (Key::Code(KeyCode::Right), Msg::Next),
                    (Key::Code(KeyCode::Left), Msg::Prev),
                    (Key::ch('l'), Msg::Next),
                    (Key::ch('h'), Msg::Prev),
                ],
                crate::tr!(lang, "tui-change-principle"),
            )
            .footer(1)
            .when(tabs > 1),
            Binding::each(
                vec![
                    (Key::Code(KeyCode::PageDown), Msg::PageDown),
                    (Key::Code(KeyCode::PageUp), Msg::PageUp),
                ],
                crate::tr!(lang, "tui-scroll-the-reason"),
            )
            .footer(3)
            .when(self.max_scroll(shared) > 0),
            up_down(crate::tr!(lang, "tui-choose"))
                .footer(2)
                .when(len > 1),
            Binding::new(
                &[Key::ch(' '), Key::Code(KeyCode::Enter)],
                Msg::Toggle,
                crate::tr!(lang, "tui-adopt-undo"),
            )
            .footer(0)
            .when(len > 0),
        ]
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let [tabs_area, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        let names: Vec<String> = work
            .analysis
            .ranking
            .iter()
            .map(
                |g| match g.principle.as_deref().and_then(|p| work.model.principle(p)) {
                    Some(p) if p.priority.is_some() => format!("{} ★", p.name.get(lang)),
                    Some(p) => p.name.get(lang).to_owned(),
                    None => crate::tr!(lang, "tui-overarching"),
                },
            )
            .collect();
        frame.render_widget(
            Tabs::new(names)
                .select(self.tab)
                .style(t.muted)
                .highlight_style(t.focus),
            tabs_area,
        );
        let list = list_area(area);
        let detail = Rect::new(
            rest.x,
            list.y + list.height,
            rest.width,
            rest.height - list.height,
        );
        let items = self.ranked(shared);
        let height = list.height.saturating_sub(2) as usize;
        let first = scroll(self.selected, height);
        // Border (2), mark (2) and relevance with its mark (5).
        let width = list.width.saturating_sub(9) as usize;
        let lines: Vec<Line> = items
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
            .filter_map(|(i, r)| {
                let rec = work.model.recommendation(&r.id)?;
                let adopted = work.session.adopted().contains(&r.id);
                let text = fit(rec.text.get(lang), width);
                let line = Line::from(vec![
                    Span::styled(if adopted { "✔ " } else { "  " }, t.ok),
                    Span::styled(
                        format!(
                            "{:>4} ",
                            crate::report::uncertain::severity(r.relevance, r.uncertain)
                        ),
                        t.severity(r.relevance),
                    ),
                    Span::raw(text),
                ]);
                Some(if i == self.selected {
                    line.style(t.selected)
                } else {
                    line
                })
            })
            .collect();
        let title = format!(" {} ", crate::tr!(lang, "tui-ranked-by-relevance"));
        frame.render_widget(Paragraph::new(lines).block(block(&title, t)), list);
        let lines = self.detail(shared);
        crate::tui::widgets::scrolled(
            frame,
            detail,
            Paragraph::new(lines).wrap(Wrap { trim: true }),
            block(
                &format!(" {} ", crate::tr!(lang, "tui-reason-and-concrete-steps")),
                t,
            ),
            self.scroll,
            t,
        );
    }
}
