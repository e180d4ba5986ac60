//! Comparing the open session with an earlier one, from the summary: choose the
//! earlier session, then read severity and consensus per challenge with arrows,
//! last time's actions with their status now, and the level then and now.

use crate::model::Session;
use crate::report::compare::{self, Comparison, Mismatch, arrow};
use crate::text::decimal;
use crate::tui::bindings::{Binding, Key, up_down};
use crate::tui::msg::{Msg, Saved};
use crate::tui::notice::Notice;
use crate::tui::screens::lists::{navigate, scroll};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, body_area, centered};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use std::path::PathBuf;

/// Choosing an earlier session, and the comparison once one is read.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    /// The selected earlier session in the list.
    selected: usize,
    /// The comparison; `Err` says why it could not be made.
    result: Option<Result<(Comparison, Session), Mismatch>>,
}

/// The saved sessions to compare with: all but the open one.
fn candidates(shared: &Shared) -> Vec<&Saved> {
    let open = shared.work.as_ref().and_then(|w| w.path.as_ref());
    shared
        .saved
        .iter()
        .filter(|s| Some(&s.path) != open && s.summary.is_ok())
        .collect()
}

/// The popup's place in the body.
fn area(body: Rect) -> Rect {
    centered(
        body,
        body.width.saturating_sub(4),
        body.height.saturating_sub(2),
    )
}

impl Compare {
    /// Handles a message; `true` closes the comparison.
    pub fn update(&mut self, shared: &mut Shared, msg: &Msg) -> bool {
        let len = candidates(shared).len();
        let list = area(body_area(shared.size));
        match msg {
            Msg::EarlierRead(Ok(earlier)) => {
                if let Some(work) = &shared.work {
                    let made = compare::compare(
                        &earlier.session,
                        &earlier.model,
                        &work.session,
                        &work.model,
                    );
                    self.result = Some(made.map(|c| (c, (*earlier.session).clone())));
                }
            }
            Msg::EarlierRead(Err(e)) => shared.notice = Some(Notice::Failed(e.clone())),
            Msg::Back if self.result.is_some() => self.result = None,
            Msg::Back => return true,
            msg if self.result.is_none() => {
                navigate(&mut self.selected, len, msg, list);
            }
            _ => {}
        }
        false
    }

    /// The session chosen to compare with, while the list is shown.
    pub fn chosen(&self, shared: &Shared) -> Option<PathBuf> {
        if self.result.is_some() {
            return None;
        }
        candidates(shared)
            .get(self.selected)
            .map(|s| s.path.clone())
    }

    /// The keys of the list, or of the comparison.
    pub fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        let esc = |help| Binding::new(&[Key::Code(KeyCode::Esc)], Msg::Back, help).footer(1);
        if self.result.is_some() {
            return vec![esc(crate::tr!(lang, "tui-back-to-the-list"))];
        }
        let len = candidates(shared).len();
        vec![
            up_down(crate::tr!(lang, "tui-choose-session"))
                .footer(2)
                .when(len > 1),
            Binding::new(
                &[Key::Code(KeyCode::Enter)],
                Msg::Confirm,
                crate::tr!(lang, "tui-compare"),
            )
            .footer(0)
            .when(len > 0),
            esc(crate::tr!(lang, "tui-close-the-comparison")),
        ]
    }

    /// Draws the comparison over the summary.
    pub fn draw(&self, frame: &mut Frame, body: Rect, shared: &Shared) {
        let (c, Some(work)) = (self, &shared.work) else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let popup = area(body);
        crate::tui::widgets::clear(frame, popup, t);
        let mut lines = Vec::new();
        match &c.result {
            None => {
                let items = candidates(shared);
                if items.is_empty() {
                    lines.push(Line::styled(
                        crate::tr!(lang, "tui-compare-no-other-session"),
                        t.muted,
                    ));
                }
                let height = popup.height.saturating_sub(2) as usize;
                for (i, s) in items
                    .iter()
                    .enumerate()
                    .skip(scroll(c.selected, height))
                    .take(height)
                {
                    let text = match &s.summary {
                        Ok(summary) => {
                            let progress =
                                summary.scored.map_or_else(String::new, |(done, all)| {
                                    format!(
                                        "  {}",
                                        crate::tr!(lang, "tui-scored-of", done = done, all = all)
                                    )
                                });
                            format!("{}  {}{progress}", summary.organisation, summary.date)
                        }
                        Err(e) => e.0.render(lang),
                    };
                    let line = Line::raw(text);
                    lines.push(if i == c.selected {
                        line.style(t.selected)
                    } else {
                        line.style(t.text)
                    });
                }
            }
            Some(Err(e)) => lines.push(Line::styled(e.describe(lang), t.warning)),
            Some(Ok((cmp, earlier))) => {
                let name = |id: &str| {
                    work.model
                        .challenge(id)
                        .map_or(id.to_owned(), |c| c.name.get(lang).to_owned())
                };
                lines.push(Line::styled(
                    format!("{} → {}", earlier.date(), work.session.date()),
                    t.title,
                ));
                for x in &cmp.challenges {
                    let sev = |v: Option<f64>, uncertain: bool| {
                        v.map_or_else(
                            || "–".to_owned(),
                            |v| format!("{:>3}", crate::report::uncertain::severity(v, uncertain)),
                        )
                    };
                    let cns =
                        |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| decimal(lang, v, 2));
                    let change = arrow(x.severity.0, x.severity.1, lang, 0);
                    let style = match (x.severity.0, x.severity.1) {
                        (Some(a), Some(b)) if b > a + 1.0 => t.warning,
                        (Some(a), Some(b)) if b < a - 1.0 => t.ok,
                        _ => t.text,
                    };
                    lines.push(Line::from(vec![
                        Span::styled(format!("{:<16}", name(&x.id)), t.text),
                        Span::styled(
                            format!(
                                "{} → {}  {:<7}",
                                sev(x.severity.0, x.uncertain.0),
                                sev(x.severity.1, x.uncertain.1),
                                change
                            ),
                            style,
                        ),
                        Span::styled(
                            format!(
                                "  {} {} → {}  {}",
                                crate::tr!(lang, "tui-consensus-short"),
                                cns(x.consensus.0),
                                cns(x.consensus.1),
                                arrow(x.consensus.0, x.consensus.1, lang, 2)
                            ),
                            t.muted,
                        ),
                    ]));
                }
                let level = |l: Option<u32>| l.map_or_else(|| "–".to_owned(), |l| l.to_string());
                lines.push(Line::styled(
                    format!(
                        "{}: {} → {}",
                        work.model
                            .level_label(lang)
                            .unwrap_or_else(|| crate::tr!(lang, "tui-step-level")),
                        level(cmp.level.0),
                        level(cmp.level.1)
                    ),
                    t.title,
                ));
                lines.push(Line::styled(
                    crate::tr!(lang, "tui-last-plan-status-then-now"),
                    t.muted,
                ));
                for a in &cmp.actions {
                    let rec = crate::report::document::target_words(&work.model, &a.target, lang);
                    let now = a
                        .now
                        .map_or(crate::tr!(lang, "tui-no-longer-in-the-plan"), |s| {
                            s.label(lang).to_owned()
                        });
                    lines.push(Line::from(vec![
                        Span::styled(format!("{} → {}  ", a.then.label(lang), now), t.key),
                        Span::styled(rec, t.text),
                    ]));
                }
            }
        }
        let title = format!(" {} ", crate::tr!(lang, "tui-compare-title"));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(block(&title, t)),
            popup,
        );
    }
}
