//! The open room as the projector shows it: the code phones scan, the address
//! written out, how many seats have answered everything and each challenge,
//! which challenge `r` reveals, and who is missing; never what anyone answered.

use super::room::{OpenRoom, claimed, seat_name};
use crate::model::session::Session;
use crate::tui::shared::Shared;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// The code, the address and the counts.
pub(super) fn draw(frame: &mut Frame, area: Rect, shared: &Shared, room: &OpenRoom) {
    let Some(work) = &shared.work else { return };
    let (lang, t) = (shared.lang, &shared.theme);
    let code_width = room.code_width();
    let [code, text] =
        Layout::horizontal([Constraint::Length(code_width + 2), Constraint::Min(20)]).areas(area);
    room.draw_code(
        frame,
        Rect::new(code.x + 1, code.y, code_width, code.height),
    );
    let counted;
    let progress = match &room.counts {
        Some(counts) if counts.fits(&work.session, &work.model, &room.desk) => counts.progress(),
        // Not listening yet (nothing has come from a phone to keep count of), or
        // the session changed what the room asks without the counts hearing.
        _ => {
            counted = crate::room::progress(&work.session, &work.model, &room.desk);
            &counted
        }
    };
    let scope = if room.desk.scope.len() == work.model.challenges.len() {
        crate::tr!(lang, "tui-room-all", words = work.model.words(lang))
    } else {
        let names: Vec<&str> = room
            .desk
            .challenges(&work.model)
            .iter()
            .map(|c| c.name.get(lang))
            .collect();
        names.join(", ")
    };
    let mut lines = vec![
        Line::styled(crate::tr!(lang, "tui-room-open", scope = scope), t.title),
        Line::styled(room.url.clone(), t.key),
        Line::default(),
        Line::styled(
            crate::tr!(
                lang,
                "tui-room-progress",
                done = progress.done,
                seats = progress.seats,
                started = progress.started,
                claimed = progress.claimed
            ),
            t.text,
        ),
    ];
    lines.extend(per_challenge(shared, room, progress));
    lines.extend(missing(&work.session, &progress.missing, lang, t.muted));
    let seats = claimed(shared);
    if let Some(seat) = seats.get(room.selected) {
        lines.push(Line::styled(
            crate::tr!(
                lang,
                "tui-room-seat-in-focus",
                seat = seat_name(&work.session, *seat, lang)
            ),
            t.muted,
        ));
    }
    if room.quiet && progress.claimed == 0 {
        lines.push(Line::default());
        lines.push(Line::styled(
            crate::tr!(lang, "room-unreachable-hint"),
            t.warning,
        ));
    }
    // The reminder goes where it fits whole; the counts come first.
    let privacy = [
        Line::default(),
        Line::styled(crate::tr!(lang, "tui-room-privacy"), t.muted),
    ];
    let with_privacy = Paragraph::new([lines.clone(), privacy.to_vec()].concat())
        .wrap(Wrap { trim: false })
        .line_count(text.width);
    if with_privacy <= usize::from(text.height) {
        lines.extend(privacy);
    }
    frame.render_widget(
        // Not trimmed: the per-challenge rows are aligned with spaces.
        Paragraph::new(lines)
            .style(t.text)
            .wrap(Wrap { trim: false }),
        text,
    );
}

/// Per challenge the room asks about, how many seats have answered all of it,
/// whether its results are on the screen already, and which one `r` shows:
/// the challenge in focus, which ← → change.
fn per_challenge(
    shared: &Shared,
    room: &OpenRoom,
    progress: &crate::room::Progress,
) -> Vec<Line<'static>> {
    let Some(work) = &shared.work else {
        return Vec::new();
    };
    let (lang, t) = (shared.lang, &shared.theme);
    let focus = work.current();
    let width = room
        .desk
        .challenges(&work.model)
        .iter()
        .map(|c| unicode_width::UnicodeWidthStr::width(c.name.get(lang)))
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line<'static>> = room
        .desk
        .challenges(&work.model)
        .iter()
        .zip(&progress.answered)
        .map(|(c, (_, answered))| {
            let here = focus.is_some_and(|f| f.id == c.id);
            let name = c.name.get(lang);
            let pad = " ".repeat(width - unicode_width::UnicodeWidthStr::width(name));
            let count = crate::tr!(
                lang,
                "tui-room-answered",
                answered = (*answered),
                seats = progress.seats
            );
            let mut state = match work.session.current_round(&c.id) {
                1 => String::new(),
                round => format!(" · {}", crate::tr!(lang, "room-round", round = round)),
            };
            if room.desk.shown_now(&work.session, &c.id) {
                state.push_str(&format!(" · {}", crate::tr!(lang, "tui-room-shown")));
            }
            let mark = if here { "▶ " } else { "  " };
            let style = if here { t.key } else { t.text };
            Line::styled(format!("{mark}{name}{pad}  {count}{state}"), style)
        })
        .collect();
    if let Some(c) = focus {
        let name = c.name.get(lang);
        let text = if room.desk.scope.contains(&c.id) {
            crate::tr!(lang, "tui-room-reveals", challenge = name)
        } else {
            crate::tr!(lang, "tui-room-reveals-outside", challenge = name)
        };
        lines.push(Line::styled(text, t.muted));
    }
    lines
}

/// Who has not answered everything: by name when the session shows names and
/// they are few, otherwise only how many.
fn missing(
    session: &Session,
    missing: &[u32],
    lang: crate::text::Lang,
    style: Style,
) -> Vec<Line<'static>> {
    if missing.is_empty() {
        return Vec::new();
    }
    let text = if session.privacy().show_names && missing.len() <= 12 {
        let names: Vec<String> = missing
            .iter()
            .map(|s| seat_name(session, *s, lang))
            .collect();
        crate::tr!(lang, "tui-room-waiting-for", names = names.join(", "))
    } else {
        crate::tr!(lang, "tui-room-waiting-count", count = missing.len())
    };
    vec![Line::styled(text, style)]
}
