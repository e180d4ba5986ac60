//! Summary: the key figures, and "Export report", which writes the report as
//! Markdown, HTML, CSV or JSON to a path the facilitator can edit. From here the
//! session can also be compared with an earlier one.

use crate::report::Format;
use crate::store::slug;
use crate::text::pick;
use crate::tui::input::TextField;
use crate::tui::msg::{Effect, Msg};
use crate::tui::state::State;
use crate::tui::update::go;
use crate::tui::view;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// The chosen export format.
pub fn format(state: &State) -> Format {
    Format::ALL[state.format % Format::ALL.len()]
}

/// The default export path: the current directory, named after the organisation
/// and the date, e.g. `./sjöhamra-kommun-2026-11-22.html`.
pub fn default_path(state: &State) -> String {
    let Some(work) = &state.work else {
        return String::new();
    };
    let name = format!(
        "{}-{}.{}",
        slug(&work.session.organisation),
        work.session.date,
        format(state).extension()
    );
    state.export_dir.join(name).display().to_string()
}

fn path(state: &State) -> String {
    if state.export.0.trimmed().is_empty() {
        default_path(state)
    } else {
        state.export.0.trimmed().to_owned()
    }
}

/// Handles the summary screen.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    if state.compare.is_some() {
        return crate::tui::screens::compare::update(state, msg);
    }
    if state.export.1 {
        match msg {
            Msg::Back => state.export.1 = false,
            Msg::Confirm => {
                state.export.1 = false;
                return vec![Effect::Export(format(state), path(state).into())];
            }
            msg => {
                state.export.0.edit(&msg);
            }
        }
        return Vec::new();
    }
    match msg {
        Msg::Edit => {
            state.export = (TextField::new(&path(state)), true);
        }
        Msg::CycleFormat => {
            // A path the user typed keeps its folder and name; only the extension follows.
            let typed = state.export.0.trimmed().to_owned();
            state.format = (state.format + 1) % Format::ALL.len();
            if !typed.is_empty() {
                let renamed =
                    std::path::Path::new(&typed).with_extension(format(state).extension());
                state.export.0 = TextField::new(&renamed.display().to_string());
            }
        }
        Msg::Export => return vec![Effect::Export(format(state), path(state).into())],
        Msg::Compare => {
            state.compare = Some(Default::default());
            return vec![Effect::ListSaved];
        }
        Msg::Back => return go(state, state.step.prev()),
        _ => {}
    }
    Vec::new()
}

/// Draws the summary screen.
pub fn draw(frame: &mut Frame, area: Rect, state: &State) {
    let Some(work) = &state.work else {
        return;
    };
    let lang = state.lang;
    let t = &state.theme;
    let s = &work.session;
    let a = &work.analysis;
    let [figures, export] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(4)]).areas(area);
    let mut lines = vec![Line::styled(
        format!("{} · {} · {}", s.organisation, s.date, s.facilitator),
        t.title,
    )];
    lines.push(Line::raw(format!(
        "{}: {}",
        pick(lang, "Deltagare", "Participants"),
        s.head_count()
    )));
    for (c, r) in work.model.challenges.iter().zip(&a.challenges) {
        let (text, style) = match r.severity() {
            Some(v) => (format!("{v:>3.0} {}", crate::report::bar(v)), t.severity(v)),
            None => ("  –".to_owned(), t.muted),
        };
        let mut spans = vec![
            Span::raw(format!("  {:<16}", c.name.get(lang))),
            Span::styled(text, style),
        ];
        if r.knowledge_gap {
            spans.push(Span::styled(
                format!(" ⚠ {}", pick(lang, "kunskapslucka", "knowledge gap")),
                t.warning,
            ));
        }
        lines.push(Line::from(spans));
    }
    if let Some(v) = crate::tui::screens::circle::verdict(state) {
        lines.push(Line::styled(v, t.text));
    }
    let level = s.level.map_or_else(|| "–".to_owned(), |l| l.to_string());
    lines.push(Line::raw(format!(
        "{}: {} · {}: {} · {}: {} · {}: {level}",
        pick(lang, "Rollskillnader", "Role differences"),
        a.divergences.len(),
        pick(lang, "Antagna", "Adopted"),
        s.adopted.len(),
        pick(lang, "Åtgärder", "Actions"),
        s.actions.len(),
        pick(lang, "DiMiOS-nivå", "DiMiOS level"),
    )));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(view::block(pick(lang, " Sammanfattning ", " Summary "), t)),
        figures,
    );
    let title = format!(
        " {} ({}) ",
        pick(lang, "Exportera rapporten", "Export the report"),
        format(state).extension().to_uppercase()
    );
    let b = view::block(&title, t);
    let inner = b.inner(export).inner(Margin::new(1, 0));
    frame.render_widget(b, export);
    let [field, hint] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(inner);
    let shown = if state.export.1 {
        state.export.0.clone()
    } else {
        TextField::new(&path(state))
    };
    view::field(
        frame,
        field,
        pick(lang, "Sökväg", "Path"),
        &shown,
        state.export.1,
        t,
    );
    let hint_text = match state.exports.last() {
        Some((f, p)) => format!(
            "{} {}: {}",
            pick(lang, "Senast exporterat", "Last exported"),
            f.extension().to_uppercase(),
            p.display()
        ),
        None => pick(
            lang,
            "Enter exporterar, f byter format (md, html, csv, json), e ändrar sökvägen, c jämför med en tidigare session.",
            "Enter exports, f changes format (md, html, csv, json), e edits the path, c compares with an earlier session.",
        )
        .to_owned(),
    };
    let style = if state.exports.is_empty() {
        t.muted
    } else {
        t.ok
    };
    frame.render_widget(Paragraph::new(Span::styled(hint_text, style)), hint);
    if state.compare.is_some() {
        crate::tui::screens::compare::draw(frame, area, state);
    }
}
