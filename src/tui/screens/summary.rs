//! Summary: the key figures, and "Export report", which writes the report as
//! Markdown, HTML, CSV or JSON to a path the facilitator can edit. From here the
//! session can also be compared with an earlier one.

use crate::model::command::Command;
use crate::report::Format;
use crate::tui::bindings::{self, Binding, Key};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::{Effect, Msg};
use crate::tui::screens::compare::Compare;
use crate::tui::screens::{Page, Reply, Shares, edit_field};
use crate::tui::shared::Shared;
use crate::tui::widgets::{block, field, fit};
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The summary screen: the export path while it is edited, and the comparison
/// when open. The path itself is remembered in the session.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The path being edited.
    editing: Option<TextField>,
    /// The comparison with an earlier session, when open.
    compare: Option<Compare>,
}

/// The default export path: the export folder, named after the organisation and
/// the date, e.g. `./sjöhamra-kommun-2026-11-22.html`, within the file system's
/// limit on a name.
fn default_path(shared: &Shared) -> String {
    let Some(work) = &shared.work else {
        return String::new();
    };
    let name = crate::store::export_name(
        work.session.organisation(),
        work.session.date(),
        work.format.extension(),
    );
    shared.export_dir.join(name).display().to_string()
}

/// Where the next export goes: where the last one went, or the default.
fn path(shared: &Shared) -> String {
    shared
        .work
        .as_ref()
        .and_then(|w| w.session.resume().export.clone())
        .unwrap_or_else(|| default_path(shared))
}

fn export(shared: &Shared) -> Reply {
    match &shared.work {
        Some(work) => Reply::effect(Effect::Export {
            format: work.format,
            path: path(shared).into(),
            overwrite: false,
        }),
        None => Reply::none(),
    }
}

impl Page for Summary {
    fn update(&mut self, shared: &mut Shared, msg: Msg) -> Reply {
        if let Some(compare) = &mut self.compare {
            let chosen = (msg == Msg::Confirm)
                .then(|| compare.chosen(shared))
                .flatten();
            if compare.update(shared, &msg) {
                self.compare = None;
            }
            return chosen.map_or_else(Reply::none, |p| Reply::effect(Effect::OpenEarlier(p)));
        }
        if let Some(field) = &mut self.editing {
            match msg {
                Msg::Back => self.editing = None,
                Msg::Confirm => {
                    let typed = field.trimmed().to_owned();
                    self.editing = None;
                    let Some(work) = &mut shared.work else {
                        return Reply::none();
                    };
                    // A typed extension of a format chooses that format.
                    let ext = std::path::Path::new(&typed).extension();
                    if let Some(f) = Format::ALL
                        .into_iter()
                        .find(|f| ext == Some(f.extension().as_ref()))
                    {
                        work.format = f;
                    }
                    let format = work.format;
                    let remembered = (!typed.is_empty()).then_some(typed);
                    let to = remembered.clone().unwrap_or_else(|| default_path(shared));
                    return Reply {
                        effects: vec![Effect::Export {
                            format,
                            path: to.into(),
                            overwrite: false,
                        }],
                        ..Reply::command(Command::RememberExport { path: remembered })
                    };
                }
                // A path is quickly typed again and has a default: no draft.
                msg => {
                    edit_field(field, shared, &msg);
                }
            }
            return Reply::none();
        }
        match msg {
            Msg::Edit => self.editing = Some(TextField::new(Kind::Path, &path(shared))),
            Msg::CycleFormat => {
                if let Some(work) = &mut shared.work {
                    let at = Format::ALL
                        .iter()
                        .position(|f| *f == work.format)
                        .unwrap_or(0);
                    work.format = Format::ALL[(at + 1) % Format::ALL.len()];
                    // A remembered path keeps its folder and name; only the extension follows.
                    if let Some(typed) = &work.session.resume().export {
                        let renamed =
                            std::path::Path::new(typed).with_extension(work.format.extension());
                        return Reply::command(Command::RememberExport {
                            path: Some(renamed.display().to_string()),
                        });
                    }
                }
            }
            Msg::Export => return export(shared),
            Msg::Compare => {
                self.compare = Some(Compare::default());
                return Reply::effect(Effect::ListSaved);
            }
            _ => {}
        }
        Reply::none()
    }

    fn bindings(&self, shared: &Shared) -> Vec<Binding> {
        let lang = shared.lang;
        if let Some(compare) = &self.compare {
            return compare.bindings(shared);
        }
        if let Some(field) = &self.editing {
            let mut list = vec![
                Binding::new(
                    &[Key::Code(KeyCode::Enter)],
                    Msg::Confirm,
                    crate::tr!(lang, "tui-export-here"),
                )
                .footer(0),
                Binding::new(
                    &[Key::Code(KeyCode::Esc)],
                    Msg::Back,
                    crate::tr!(lang, "tui-close-without-changing"),
                )
                .footer(1),
            ];
            list.extend(bindings::form(lang, Some(field)).into_iter().skip(1));
            return list;
        }
        vec![
            Binding::new(
                &[Key::Code(KeyCode::Enter), Key::ch('x')],
                Msg::Export,
                crate::tr!(lang, "tui-export-the-report"),
            )
            .short(crate::tr!(lang, "tui-short-export"))
            .footer(0),
            Binding::new(
                &[Key::ch('f')],
                Msg::CycleFormat,
                crate::tr!(lang, "tui-change-format"),
            )
            .footer(1),
            Binding::new(
                &[Key::ch('e')],
                Msg::Edit,
                crate::tr!(lang, "tui-edit-path"),
            )
            .footer(2),
            Binding::new(
                &[Key::ch('c')],
                Msg::Compare,
                crate::tr!(lang, "tui-compare-with-earlier"),
            )
            .footer(3),
        ]
    }

    fn shares(&self) -> Shares {
        Shares::typing(self.editing.is_some())
    }

    fn draw(&self, frame: &mut Frame, area: Rect, shared: &Shared) {
        let Some(work) = &shared.work else {
            return;
        };
        let lang = shared.lang;
        let t = &shared.theme;
        let s = &work.session;
        let a = &work.analysis;
        let [figures, export] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(4)]).areas(area);
        let mut lines = vec![Line::styled(
            format!("{} · {} · {}", s.organisation(), s.date(), s.facilitator()),
            t.title,
        )];
        // The level only where the model has a ladder (issue 28).
        let mut head = format!(
            "{}: {}",
            crate::tr!(lang, "tui-participants"),
            s.head_count()
        );
        if let Some(label) = work.model.level_label(lang) {
            let level = s.level().map_or_else(|| "–".to_owned(), |l| l.to_string());
            head.push_str(&format!(" · {label}: {level}"));
        }
        lines.push(Line::raw(head));
        // One column for the names, as wide as the longest (a model's names
        // may run past 16 columns), within limits, so the figures line up.
        let name_width = (work.model.challenges.iter())
            .map(|c| unicode_width::UnicodeWidthStr::width(c.name.get(lang)))
            .max()
            .unwrap_or(0)
            .clamp(16, 28);
        for (c, r) in work.model.challenges.iter().zip(&a.challenges) {
            let (text, style) = match r.severity() {
                Some(v) => (
                    format!(
                        "{:>4} {}",
                        crate::report::uncertain::severity(v, r.uncertain),
                        crate::report::bar(v)
                    ),
                    t.severity(v),
                ),
                // Only categorical statements: said, not a bare dash.
                None if !work.model.has_ordinal(c) => (
                    format!("   {}", crate::tr!(lang, "report-no-score")),
                    t.muted,
                ),
                None => ("   –".to_owned(), t.muted),
            };
            let mut spans = vec![
                Span::raw(format!(
                    "  {:<name_width$}",
                    crate::tui::widgets::fit(c.name.get(lang), name_width)
                )),
                Span::styled(text, style),
            ];
            if r.uncertain {
                spans.push(Span::styled(
                    format!(" ⚠ {}", crate::report::uncertain::why(r, lang)),
                    t.warning,
                ));
            }
            lines.push(Line::from(spans));
        }
        lines.extend(super::uncertain_legend(shared));
        if let Some(v) = super::circle::verdict(shared) {
            lines.push(Line::styled(v, t.text));
        }
        let mut counts = format!(
            "{}: {}",
            // With its threshold, so the count says what it counts.
            crate::tr!(
                lang,
                "report-point-role-differences",
                threshold = crate::text::decimal(
                    lang,
                    crate::model::scoring::divergence_threshold(&work.model),
                    1
                )
            ),
            a.divergences.len(),
        );
        // Adoptions and actions only where there is something to adopt.
        if !work.model.recommendations.is_empty() {
            counts.push_str(&format!(
                " · {}: {} · {}: {}",
                crate::tr!(lang, "tui-adopted"),
                s.adopted().len(),
                crate::tr!(lang, "tui-actions"),
                s.actions().len(),
            ));
        }
        lines.push(Line::raw(counts));
        lines.extend(agenda_line(shared));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(block(&format!(" {} ", crate::tr!(lang, "tui-summary")), t)),
            figures,
        );
        let title = format!(
            " {} ({}) ",
            crate::tr!(lang, "tui-summary-export-title"),
            work.format.extension().to_uppercase()
        );
        let b = block(&title, t);
        let inner = b.inner(export).inner(Margin::new(1, 0));
        frame.render_widget(b, export);
        let [path_row, hint] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inner);
        let shown = self
            .editing
            .clone()
            .unwrap_or_else(|| TextField::new(Kind::Path, &path(shared)));
        field(
            frame,
            path_row,
            &crate::tr!(lang, "tui-path"),
            &shown,
            self.editing.is_some(),
            t,
        );
        let hint_text = match work.exports.last() {
            Some((f, p)) => crate::tr!(
                lang,
                "tui-last-exported",
                format = f.extension().to_uppercase(),
                path = p.display().to_string()
            ),
            None => crate::tr!(lang, "tui-summary-export-hint"),
        };
        let style = if work.exports.is_empty() {
            t.muted
        } else {
            t.ok
        };
        let hint_text = fit(&hint_text, usize::from(hint.width));
        frame.render_widget(Paragraph::new(Span::styled(hint_text, style)), hint);
        if let Some(compare) = &self.compare {
            compare.draw(frame, area, shared);
        }
    }
}

/// The agenda's totals: minutes planned, time used, and how many items ran
/// over their plan (F2 and the report give each item's).
fn agenda_line(shared: &Shared) -> Option<Line<'static>> {
    let a = shared.work.as_ref()?.session.agenda()?;
    let now = shared.now;
    let over = (0..a.items.len())
        .filter(|i| a.used(*i, now) > u64::from(a.items[*i].planned) * 60)
        .count();
    Some(Line::styled(
        crate::tr!(
            shared.lang,
            "tui-summary-agenda",
            minutes = u64::from(a.planned_minutes()),
            used = crate::report::document::duration(a.used_total(now)),
            over = u64::try_from(over).unwrap_or(u64::MAX)
        ),
        shared.theme.text,
    ))
}
