//! Drawing a vote: the list of voters, one voter's pick, the blank screen
//! between two voters, and the shown picks as counts and shares for the
//! screen that holds the vote. Nothing drawn while a voter picks, or after,
//! says what anyone picked; the shares show only what was shown together.

use super::{Mode, Vote, open_voters};
use crate::model::picks::Poll;
use crate::tui::shared::Shared;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block_in, scrolled};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

/// Cells in a share's bar.
const BAR: usize = 10;

/// Draws the vote in `area`: `question` is what the voters are asked and
/// `labels` the choices, in order, in the model's words.
pub fn draw(
    vote: &Vote,
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    question: &str,
    labels: &[String],
) {
    let lang = shared.lang;
    let t = &shared.theme;
    match &vote.mode {
        Mode::Choosing(selected) => {
            let mut lines = vec![
                Line::styled(question.to_owned(), t.title),
                Line::raw(""),
                Line::styled(crate::tr!(lang, "tui-poll-who-votes"), t.title),
                Line::styled(crate::tr!(lang, "tui-poll-who-votes-hint"), t.muted),
                Line::raw(""),
            ];
            for (i, (_, name)) in open_voters(shared, &vote.poll).iter().enumerate() {
                let (mark, style) = if i == *selected {
                    ("▸ ", t.selected)
                } else {
                    ("  ", t.text)
                };
                lines.push(Line::styled(format!("{mark}{name}"), style));
            }
            lines.push(Line::raw(""));
            lines.extend(status(shared, &vote.poll));
            let inner = area.inner(Margin::new(1, 1));
            let offset = (selected + 5).saturating_sub(usize::from(inner.height / 2));
            let title = crate::tr!(lang, "tui-poll-title");
            scrolled(
                frame,
                area,
                Paragraph::new(lines).wrap(Wrap { trim: false }),
                block_in(&title, area.width, t),
                u16::try_from(offset).unwrap_or(u16::MAX),
                t,
            );
        }
        Mode::Picking { name, focus, .. } => {
            let mut lines = vec![Line::styled(question.to_owned(), t.title), Line::raw("")];
            let unsure = crate::tr!(lang, "tui-poll-unsure");
            for (i, label) in labels.iter().chain(std::iter::once(&unsure)).enumerate() {
                let (mark, style) = if i == *focus {
                    ("▸ ", t.selected)
                } else {
                    ("  ", t.text)
                };
                lines.push(Line::styled(format!("{mark}{label}"), style));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(crate::tr!(lang, "tui-poll-private"), t.muted));
            let title = crate::tr!(lang, "tui-poll-voting-title", name = name.as_str());
            let inner = area.inner(Margin::new(1, 1));
            let offset = (focus + 3).saturating_sub(usize::from(inner.height / 2));
            scrolled(
                frame,
                area,
                Paragraph::new(lines).wrap(Wrap { trim: false }),
                block_in(&title, area.width, t),
                u16::try_from(offset).unwrap_or(u16::MAX),
                t,
            );
        }
        Mode::HandOver => {
            let mut lines = vec![
                Line::raw(""),
                Line::styled(crate::tr!(lang, "tui-poll-handed-in"), t.ok),
                Line::raw(""),
                Line::styled(crate::tr!(lang, "tui-poll-pass-on"), t.title),
                Line::raw(""),
            ];
            lines.extend(status(shared, &vote.poll));
            let title = crate::tr!(lang, "tui-poll-title");
            frame.render_widget(
                Paragraph::new(lines)
                    .wrap(Wrap { trim: true })
                    .block(block_in(&title, area.width, t)),
                area,
            );
        }
    }
}

/// How many have voted, and how many picks wait to be shown.
fn status(shared: &Shared, poll: &Poll) -> Vec<Line<'static>> {
    let Some(work) = shared.work.as_ref() else {
        return Vec::new();
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let picks = work.session.picks(poll);
    let all = work.session.voters().len() as u64;
    let voted = (work.session.voters().iter())
        .filter(|(id, _)| picks.is_some_and(|p| p.has_voted(*id)))
        .count() as u64;
    let waiting = picks.map_or(0, |p| p.waiting.total());
    let mut lines = vec![Line::styled(
        crate::tr!(lang, "tui-poll-voted", voted = voted, all = all),
        t.muted,
    )];
    let min = work.session.min_writers() as u64;
    if waiting >= min.max(1) {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-poll-ready", count = waiting),
            t.muted,
        ));
    } else if waiting > 0 {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-poll-waiting", count = waiting, min = min),
            t.muted,
        ));
    }
    lines
}

/// The shown picks of `poll` as lines for the screen that holds the vote:
/// a heading, each choice (`ids` with their `labels`) and "cannot say" with
/// its count and share of those shown, then how many have voted and wait.
/// Each choice takes one line of `width` columns: the bar goes first when
/// there is no room for it, then the end of a long name. Empty when no one
/// has voted.
pub fn shares(
    shared: &Shared,
    poll: &Poll,
    (ids, labels): (&[String], &[String]),
    width: u16,
) -> Vec<Line<'static>> {
    let Some(picks) = shared.work.as_ref().and_then(|w| w.session.picks(poll)) else {
        return Vec::new();
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let heading = match picks.earlier.len() {
        0 => crate::tr!(lang, "tui-poll-heading"),
        n => crate::tr!(lang, "tui-poll-heading-round", number = (n + 1) as u64),
    };
    let mut lines = vec![Line::styled(heading, t.title)];
    let all = picks.shown.total();
    if all == 0 {
        lines.push(Line::styled(
            crate::tr!(lang, "tui-poll-none-shown"),
            t.muted,
        ));
        lines.extend(status(shared, poll));
        lines.extend(earlier(shared, picks, (ids, labels)));
        return lines;
    }
    let unsure = crate::tr!(lang, "tui-poll-unsure");
    let rows: Vec<(String, String, u64)> = (labels.iter().cloned())
        .zip(ids.iter().map(|id| u64::from(picks.shown.of(id))))
        .chain(std::iter::once((unsure, u64::from(picks.shown.unsure))))
        .map(|(label, n)| {
            let percent = crate::text::whole_percent(n, all);
            let said = crate::tr!(
                lang,
                "tui-poll-share",
                picked = n,
                all = all,
                percent = percent
            );
            (label, said, n)
        })
        .collect();
    let name_width = rows.iter().map(|(l, _, _)| l.width()).max().unwrap_or(0);
    let said_width = rows.iter().map(|(_, s, _)| s.width()).max().unwrap_or(0);
    let width = usize::from(width);
    // "name  bar  said", or without the bar, or with the name cut to fit.
    let bar = name_width + 2 + BAR + 2 + said_width <= width;
    let room = width.saturating_sub(said_width + 2 + if bar { BAR + 2 } else { 0 });
    let name_width = name_width.min(room.max(6));
    for (label, said, n) in rows {
        lines.push(share_line(
            (&label, name_width),
            bar.then_some((n, all)),
            said,
            t,
        ));
    }
    lines.extend(status(shared, poll));
    lines.extend(earlier(shared, picks, (ids, labels)));
    lines
}

/// The votes taken before on the same poll, oldest first, one line each:
/// "Omgång 1 (3 röster): A 1 · B 2 · Vet ej 0", so that the group sees
/// whether minds moved.
fn earlier(
    shared: &Shared,
    picks: &crate::model::picks::Picks,
    (ids, labels): (&[String], &[String]),
) -> Vec<Line<'static>> {
    let lang = shared.lang;
    (picks.earlier.iter().enumerate())
        .map(|(i, counts)| {
            let unsure = (crate::tr!(lang, "tui-poll-unsure"), counts.unsure);
            let list: Vec<String> = (labels.iter().cloned())
                .zip(ids.iter().map(|id| counts.of(id)))
                .chain(std::iter::once(unsure))
                .map(|(label, n)| format!("{label} {n}"))
                .collect();
            let said = crate::tr!(
                lang,
                "tui-poll-earlier",
                number = (i + 1) as u64,
                count = counts.total(),
                list = list.join(" · ")
            );
            Line::styled(said, shared.theme.muted)
        })
        .collect()
}

/// "B  ███·······  3 av 7 (30 %)": the name padded or cut to
/// its column, the bar of `n` out of `all` when there is one, and the count.
fn share_line(
    (label, width): (&str, usize),
    bar: Option<(u64, u64)>,
    said: String,
    t: &Theme,
) -> Line<'static> {
    let most = u16::try_from(width).unwrap_or(u16::MAX);
    let name = if label.width() <= width {
        label.to_owned()
    } else {
        (crate::tui::widgets::wrapped("", label, most, 1)
            .into_iter()
            .next())
        .unwrap_or_default()
    };
    let pad = width.saturating_sub(name.width());
    let mut spans = vec![Span::styled(format!("{name}{}  ", " ".repeat(pad)), t.text)];
    if let Some((n, all)) = bar {
        let filled = usize::try_from((n * BAR as u64 + all / 2) / all.max(1)).unwrap_or(BAR);
        let cells = format!(
            "{}{}",
            "█".repeat(filled),
            "·".repeat(BAR.saturating_sub(filled))
        );
        spans.push(Span::styled(format!("{cells}  "), t.text));
    }
    spans.push(Span::styled(said, t.muted));
    Line::from(spans)
}
