//! `klarhet room ID`: the room without the workbench, for a round of answers in
//! the days before a workshop. [`Owner`] holds the session and serves the phones;
//! this file starts listening, prints the address, the code and the counts, and
//! closes the room on Ctrl-C.

use super::output::width;
use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::model::session::Session;
use crate::room::Wake;
use crate::room::owner::{Owner, Scope};
use crate::room::{self, Progress};
use crate::text::{Lang, Words};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::mpsc;

/// Runs the room for the session at `path` until Ctrl-C.
pub fn run(
    path: &Path,
    catalog: &Catalog,
    scope: Scope,
    bind: Option<SocketAddr>,
    ui: Lang,
) -> Result<()> {
    let mut owner = Owner::take_for(path, catalog, scope)?;
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    crate::stop_signals::on_stop(move || {
        let _ = stop.send(Wake::Stop);
    })
    .map_err(|e| Error::io("Ctrl-C", std::io::Error::other(e.to_string())))?;
    let deliver = Box::new(move |call| tx.send(Wake::Call(call)).is_ok());
    let listening = room::open(
        bind.unwrap_or_else(room::default_bind),
        owner.token(),
        owner.session().language(),
        deliver,
    )?;
    let names = challenge_names(&owner, ui);
    let words = owner.model().words(ui);
    if let Err(e) = announce(&listening.url, &names, ui) {
        // Nobody can see where to connect: close before anyone does.
        listening.close();
        owner.close()?;
        return Err(e);
    }
    let mut last: Option<Progress> = None;
    owner.serve(&rx, |now, session| {
        if last.as_ref() != Some(now) {
            report_progress(now, session, &names, &words, ui);
            last = Some(now.clone());
        }
    });
    listening.close();
    owner.close()?;
    super::out(&prose(&crate::tr!(ui, "room-cli-closed")))
}

/// The names of the challenges the room asks about, in its order, then of
/// the sets of prompts and the votes it puts to the phones.
fn challenge_names(owner: &Owner, ui: Lang) -> Vec<String> {
    let model = owner.model();
    let areas = owner.session().areas(model, ui);
    let polls = owner.polls().iter().map(|poll| match poll {
        crate::model::picks::Poll::Alternatives => {
            (model.alternatives.as_ref()).map_or_else(String::new, |a| a.name.get(ui).to_owned())
        }
        crate::model::picks::Poll::Area(id) => (areas.iter())
            .find(|a| a.id == *id)
            .map_or_else(|| id.clone(), |a| a.name.clone()),
    });
    // A model's own set or one made for an area: the session knows both.
    let sets = (owner.sets().iter())
        .filter_map(|id| owner.session().prompt_set(model, id).ok())
        .map(|s| s.name.get(ui).to_owned());
    owner
        .scope()
        .iter()
        .filter_map(|id| model.challenge(id))
        .map(|c| c.name.get(ui).to_owned())
        .chain(sets)
        .chain(polls)
        .collect()
}

/// `text` wrapped between words to the terminal, each line ended.
fn prose(text: &str) -> String {
    prose_at(text, width())
}

fn prose_at(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in crate::text::wrap("", text, 0, width, false) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn announce(url: &str, names: &[String], ui: Lang) -> Result<(), Error> {
    use std::io::{IsTerminal, Write};
    let mut stdout = std::io::stdout().lock();
    // The code only where a person looks at it: dark modules on a light ground,
    // whatever the terminal's colours, which needs escape codes.
    if stdout.is_terminal() {
        for line in room::qr::lines(url).unwrap_or_default() {
            let _ = writeln!(stdout, "\x1b[30;107m{line}\x1b[0m");
        }
    }
    drop(stdout);
    super::out(&announcement(url, names, ui, width()))
}

/// What the room says when it opens: the prose wrapped between words, and the
/// address on a line of its own, whole, so that it can be read off and copied.
fn announcement(url: &str, names: &[String], ui: Lang, width: usize) -> String {
    let mut text = prose_at(
        &crate::tr!(ui, "room-cli-open", challenges = names.join(", ")),
        width,
    );
    text.push_str(url);
    text.push('\n');
    text.push_str(&prose_at(&crate::tr!(ui, "room-cli-close-with"), width));
    text.push_str(&prose_at(&crate::tr!(ui, "room-unreachable-hint"), width));
    text
}

fn report_progress(now: &Progress, session: &Session, names: &[String], words: &Words, ui: Lang) {
    let time = crate::local_time::now().strftime("%H:%M:%S").to_string();
    let _ = super::out(&progress_text(
        now,
        session,
        names,
        words,
        &time,
        ui,
        width(),
    ));
}

/// One report of the counts: the whole room, then each challenge, then who is
/// missing where the session shows names; wrapped between words, the lines
/// after the first indented under the time.
fn progress_text(
    now: &Progress,
    session: &Session,
    names: &[String],
    words: &Words,
    time: &str,
    ui: Lang,
    width: usize,
) -> String {
    // Numbers, not their text: Fluent chooses "1 telefon" or "2 telefoner" by
    // the number only, and a text always takes the other form.
    let mut line = crate::tr!(
        ui,
        "room-cli-progress",
        done = now.done,
        seats = now.seats,
        started = now.started,
        claimed = now.claimed
    );
    if now.answered.len() > 1 {
        let each: Vec<String> = names
            .iter()
            .zip(&now.answered)
            .map(|(name, (_, answered))| format!("{name} {answered}"))
            .collect();
        line.push_str(&crate::tr!(
            ui,
            "room-cli-each",
            words = words,
            each = each.join(", ")
        ));
    }
    if session.privacy().show_names && !now.missing.is_empty() && now.missing.len() <= 12 {
        let names: Vec<&str> = now
            .missing
            .iter()
            .filter_map(|id| session.participant(*id))
            .map(|p| p.alias.as_str())
            .collect();
        if !names.is_empty() {
            line.push_str(&crate::tr!(
                ui,
                "room-cli-missing",
                names = names.join(", ")
            ));
        }
    }
    let first = format!("{time}  ");
    let indent = unicode_width::UnicodeWidthStr::width(first.as_str());
    let mut out = String::new();
    for l in crate::text::wrap(&first, &line, indent, width, false) {
        out.push_str(&l);
        out.push('\n');
    }
    // The phones keep being served when nobody can read the log any more.
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_80_columns_the_address_is_whole_on_its_own_line_and_prose_breaks_between_words() {
        let url = "http://192.168.100.200:7373/ABCDEFGHIJKLMNOPQRSTUVWX/";
        let names = ["Otydlighet".to_owned(), "Obalans".into(), "Vaghet".into()];
        for ui in [Lang::SV, Lang::EN] {
            let text = announcement(url, &names, ui, 80);
            assert!(text.lines().any(|l| l == url), "{text}");
            assert!(text.contains("Otydlighet, Obalans, Vaghet"), "{text}");
            assert!(
                text.lines()
                    .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
                "{text}"
            );
            let model = crate::model::Assessment::halmstad().unwrap();
            let mut session = crate::demo::crowd(&model, 20, false);
            let show_names = crate::model::Command::ChoosePrivacy {
                min_group: session.privacy().min_group,
                show_names: true,
                self_assessment: false,
            };
            session
                .apply(&model, show_names)
                .expect("names may be shown");
            let now = Progress {
                seats: 20,
                claimed: 20,
                done: 8,
                started: 12,
                missing: (9..=20).collect(),
                answered: vec![("a".into(), 20), ("b".into(), 14), ("c".into(), 8)],
            };
            let text = progress_text(&now, &session, &names, &model.words(ui), "14:05:09", ui, 80);
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines.len() > 1, "{text}");
            assert!(
                lines
                    .iter()
                    .all(|l| unicode_width::UnicodeWidthStr::width(*l) <= 80),
                "{text}"
            );
            // Every word of the report is whole on some line.
            let whole = progress_text(
                &now,
                &session,
                &names,
                &model.words(ui),
                "14:05:09",
                ui,
                10_000,
            );
            assert_eq!(whole.lines().count(), 1);
            assert_eq!(
                text.split_whitespace().collect::<Vec<_>>(),
                whole.split_whitespace().collect::<Vec<_>>()
            );
            assert!(
                lines[1..].iter().all(|l| l.starts_with("          ")),
                "{text}"
            );
            assert!(text.contains("Obalans 14"), "{text}");
        }
    }

    #[test]
    fn one_phone_is_said_in_the_singular() {
        let model = crate::model::Assessment::halmstad().unwrap();
        let session = crate::demo::crowd(&model, 1, false);
        let now = Progress {
            seats: 1,
            claimed: 1,
            done: 1,
            started: 1,
            missing: Vec::new(),
            answered: vec![("a".into(), 1)],
        };
        let sv = progress_text(
            &now,
            &session,
            &[],
            &model.words(Lang::SV),
            "14:05:09",
            Lang::SV,
            10_000,
        );
        assert!(
            sv.contains("1 av 1 plats har svarat på allt, 1 har börjat, 1 telefon ansluten"),
            "{sv}"
        );
        let en = progress_text(
            &now,
            &session,
            &[],
            &model.words(Lang::EN),
            "14:05:09",
            Lang::EN,
            10_000,
        );
        assert!(
            en.contains("1 of 1 seat has answered everything, 1 has started, 1 phone connected"),
            "{en}"
        );
    }
}
