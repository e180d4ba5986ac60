//! A show of hands: the facilitator types how many chose each value, statement by
//! statement. Saving a statement records its tally and moves on.

use super::{Phase, round_ids};
use crate::error::Problem;
use crate::model::ballots::Tally;
use crate::model::command::Command;
use crate::tui::bindings::{self, Binding, Key, up_down};
use crate::tui::input::{Kind, TextField};
use crate::tui::msg::Msg;
use crate::tui::notice::{Notice, Question};
use crate::tui::screens::{Reply, step_selection};
use crate::tui::shared::Shared;
use crate::tui::widgets::field;
use crossterm::event::KeyCode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

/// The show-of-hands phase for `statement`, with the counts already recorded.
pub(super) fn phase(shared: &Shared, statement: usize) -> Phase {
    let Some(work) = &shared.work else {
        return Phase::Overview;
    };
    // `statement` counts the current round's statements.
    let tally = round_ids(shared)
        .get(statement)
        .map(|id| work.session.responses().tally(id))
        .unwrap_or_default();
    let ids = round_ids(shared);
    counter(work, ids.get(statement), statement, &tally)
}

/// The counter for the round's `statement` with nothing counted yet: a new
/// round's, whose statements still hold the round before's hands until it opens.
pub(super) fn empty(shared: &Shared, statement: usize) -> Phase {
    match &shared.work {
        Some(work) => counter(
            work,
            round_ids(shared).get(statement),
            statement,
            &Tally::default(),
        ),
        None => Phase::Overview,
    }
}

/// The counter for `statement` (its id `id`), its fields filled from `tally`:
/// one per option of the statement's scale, and vet ej if it has one.
fn counter(
    work: &crate::tui::shared::Work,
    id: Option<&String>,
    statement: usize,
    tally: &Tally,
) -> Phase {
    let scale = id.map_or(&work.model.scale, |id| work.model.scale_of_id(id));
    let field = |n: u32| {
        TextField::new(
            Kind::Hands,
            &if n > 0 { n.to_string() } else { String::new() },
        )
    };
    let mut counts: Vec<TextField> = scale
        .options
        .iter()
        .map(|o| field(tally.counts.get(&o.value).copied().unwrap_or(0)))
        .collect();
    if scale.unknown.is_some() {
        counts.push(field(tally.unknown));
    }
    Phase::Hands {
        statement,
        row: 0,
        counts,
    }
}

/// Handles the counter.
pub(super) fn update(phase: &mut Phase, shared: &mut Shared, msg: Msg) -> Reply {
    let Phase::Hands {
        statement,
        row,
        counts,
    } = phase
    else {
        return Reply::none();
    };
    let statements = round_ids(shared);
    let k = statements.len();
    match msg {
        Msg::Up | Msg::Down => *row = step_selection(*row, counts.len(), msg == Msg::Down),
        // Its kind keeps a count to four digits.
        Msg::Char(c) if c.is_ascii_digit() => {
            counts[*row].insert(c);
        }
        Msg::Backspace => counts[*row].backspace(),
        Msg::Left | Msg::Right => {
            let s = step_selection(*statement, k, msg == Msg::Right);
            *phase = self::phase(shared, s);
        }
        msg @ (Msg::Confirm | Msg::Yes) => {
            let Some(work) = &mut shared.work else {
                return Reply::none();
            };
            // Each field holds four digits, so the sum of a few fits.
            let total: u32 = counts
                .iter()
                .map(|f| f.trimmed().parse::<u32>().unwrap_or(0))
                .sum();
            // More than any session can count is refused: it would not be read again.
            let most = work.session.most_voters();
            if total > most {
                shared.notice = Some(Notice::Refused(Problem::CountTooLarge {
                    kind: "hands",
                    id: statements[*statement].clone(),
                    count: u64::from(total),
                    most: u64::from(most),
                }));
                return Reply::none();
            }
            // More hands than people in the room is likely a typing slip: ask first.
            let room = work.session.head_count();
            if msg == Msg::Confirm && room > 0 && total > room {
                return Reply::ask(Question::HandsOverRoom { total, room });
            }
            let scale = work.model.scale_of_id(&statements[*statement]);
            let options: Vec<i32> = scale.options.iter().map(|o| o.value).collect();
            let number = |f: &TextField| f.trimmed().parse::<u32>().unwrap_or(0);
            let tally = Tally {
                counts: options
                    .iter()
                    .zip(counts.iter())
                    .map(|(v, f)| (*v, number(f)))
                    .filter(|(_, c)| *c > 0)
                    .collect(),
                unknown: counts.get(options.len()).map_or(0, number),
            };
            let statement = *statement;
            let count = Command::CountHands {
                statement: statements[statement].clone(),
                tally,
            };
            // A refused count puts the counter back as it was, and says why.
            *phase = if statement + 1 < k {
                self::phase(shared, statement + 1)
            } else {
                Phase::Reveal { statement: 0 }
            };
            return Reply::command(count);
        }
        Msg::Back => *phase = Phase::Overview,
        _ => {}
    }
    Reply::none()
}

/// The counter's keys.
pub(super) fn bindings(shared: &Shared, k: usize) -> Vec<Binding> {
    let lang = shared.lang;
    let mut list = vec![
        Binding::new(
            &[Key::Code(KeyCode::Enter)],
            Msg::Confirm,
            crate::tr!(lang, "tui-save-and-next"),
        )
        .footer(0),
        up_down(crate::tr!(lang, "tui-choose-value")).footer(1),
    ];
    list.extend(bindings::count(lang));
    list.extend([
        Binding::each(
            vec![
                (Key::Code(KeyCode::Left), Msg::Left),
                (Key::Code(KeyCode::Right), Msg::Right),
            ],
            crate::tr!(lang, "tui-change-statement"),
        )
        .footer(3)
        .when(k > 1),
        Binding::new(
            &[Key::Code(KeyCode::Esc)],
            Msg::Back,
            crate::tr!(lang, "tui-back-to-the-challenge", words = shared.words()),
        )
        .footer(4),
    ]);
    list
}

/// Draws the show-of-hands counter for `statement`.
pub(super) fn draw(
    frame: &mut Frame,
    area: Rect,
    shared: &Shared,
    statement: usize,
    row: usize,
    counts: &[TextField],
) {
    let Some((work, c)) = shared.work.as_ref().and_then(|w| Some((w, w.current()?))) else {
        return;
    };
    let lang = shared.lang;
    let t = &shared.theme;
    let asked = work.session.round_statements(c);
    let Some(s) = asked
        .get(statement)
        .and_then(|id| c.statements.iter().find(|s| s.id == *id))
    else {
        return;
    };
    let [head, form] = Layout::vertical([Constraint::Length(4), Constraint::Min(0)])
        .areas(area.inner(Margin::new(2, 1)));
    let title = format!(
        "{} · {}",
        crate::tr!(lang, "tui-hands-title"),
        super::round_title(lang, work, c, statement)
    );
    super::statement_head(frame, head, shared, title, s);
    let scale = work.model.scale_of(s);
    let mut labels: Vec<String> = scale
        .options
        .iter()
        // A categorical scale's values are codes: its labels say it all.
        .map(|o| match scale.is_categorical() {
            true => o.label.get(lang).to_owned(),
            false => format!("{} {}", o.value, o.label.get(lang)),
        })
        .collect();
    if let Some(u) = &scale.unknown {
        labels.push(u.get(lang).to_owned());
    }
    let rows = Layout::vertical(vec![Constraint::Length(1); labels.len() + 2]).split(form);
    for (i, (label, count)) in labels.iter().zip(counts).enumerate() {
        let r = rows[i];
        let [l, v] = Layout::horizontal([Constraint::Length(26), Constraint::Length(8)]).areas(r);
        frame.render_widget(Paragraph::new(Span::styled(label.as_str(), t.text)), l);
        if count.value().is_empty() && i != row {
            // An empty row says so, so the facilitator sees which rows are filled.
            frame.render_widget(Paragraph::new(Span::styled("–", t.muted)), v);
        } else {
            field(frame, v, "", count, i == row, t);
        }
    }
    let total: u32 = counts
        .iter()
        .map(|f| f.trimmed().parse::<u32>().unwrap_or(0))
        .sum();
    let room = work.session.head_count();
    let note = crate::tr!(lang, "tui-hands-total", total = total, room = room);
    let style = if room > 0 && total > room {
        t.warning
    } else {
        t.muted
    };
    frame.render_widget(
        Paragraph::new(Span::styled(note, style)),
        rows[labels.len() + 1],
    );
}
