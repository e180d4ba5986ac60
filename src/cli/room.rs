//! `klarhet room ID`: the room without the workbench, for a round of answers in
//! the days before a workshop. This process is the session's one owner while it
//! runs: it holds the lock, serves the phones' calls in batches, keeps each batch
//! in the journal with one sync before any phone hears "sparat", and folds the
//! journal into the file when Ctrl-C closes the room. Phones' answers stay open
//! (changeable) until the facilitator shows the results in the workbench.

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::model::session::Session;
use crate::room::desk::{Desk, Scope};
use crate::room::{self, Call};
use crate::store::{self, Access, Lock};
use crate::text::Lang;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::mpsc;

/// What wakes the owner: a phone's call, or the end.
enum Wake {
    Call(Call),
    Stop,
}

/// At most this many calls are served before their changes are kept: one write
/// and one sync for all of them.
const BATCH: usize = 256;

/// Runs the room for the session at `path` until Ctrl-C.
pub fn run(
    path: &Path,
    catalog: &Catalog,
    scope: Option<String>,
    bind: Option<SocketAddr>,
    ui: Lang,
) -> Result<()> {
    let claim = store::claim(path)?;
    let lock = match claim.access {
        Access::Write(lock) => lock,
        Access::Read(why) => {
            return Err(Error::ReadOnly {
                path: claim.path,
                why,
            });
        }
    };
    let (mut session, model) = store::parse(&claim.text, &claim.path, catalog)?;
    if session.voter_count() == 0 {
        return Err(Error::NoVoters);
    }
    let desk = Desk::new(match scope {
        Some(id) if model.challenge(&id).is_some() => Scope::One(id),
        Some(id) => {
            return Err(Error::UnknownChallenge { id });
        }
        None => Scope::All,
    });
    let mut token_error = None;
    let token = session
        .room_or(|| {
            room::token(12).unwrap_or_else(|e| {
                token_error = Some(e);
                String::new()
            })
        })
        .token
        .clone();
    if let Some(e) = token_error {
        return Err(Error::io("getrandom", e));
    }
    // The room's token reaches the file before any phone can use it, and the
    // journal of an earlier run is folded in.
    let mut base = store::save(&lock, &session)?;
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Wake::Stop);
    })
    .map_err(|e| Error::io("Ctrl-C", std::io::Error::other(e.to_string())))?;
    let deliver = Box::new(move |call| tx.send(Wake::Call(call)).is_ok());
    let lang = session.language;
    let listening = room::open(
        bind.unwrap_or_else(room::default_bind),
        &token,
        lang,
        deliver,
    )?;
    announce(&listening.url, ui);
    let mut last = None;
    while let Ok(wake) = rx.recv() {
        let mut calls = Vec::new();
        let mut stopping = false;
        for wake in std::iter::once(wake).chain(rx.try_iter().take(BATCH)) {
            match wake {
                Wake::Call(call) => calls.push(call),
                Wake::Stop => stopping = true,
            }
        }
        let (replies, changes) = room::serve_all(&mut session, &model, &desk, calls);
        let kept = changes.is_empty() || keep(&lock, &session, &mut base, &changes).is_ok();
        for reply in replies {
            if kept { reply.kept() } else { reply.lost() }
        }
        let now = room::progress(&session, &model, &desk);
        if last.as_ref() != Some(&now) {
            report_progress(&now, &session, ui);
            last = Some(now);
        }
        if stopping {
            break;
        }
    }
    listening.close();
    store::save(&lock, &session)?;
    super::out(&(crate::tr!(ui, "room-cli-closed") + "\n"));
    Ok(())
}

/// Keeps a batch's changes: appended to the journal with one sync, or, if that
/// fails, the whole session written.
fn keep(
    lock: &Lock,
    session: &Session,
    base: &mut String,
    changes: &[crate::model::journal::Change],
) -> Result<()> {
    match store::journal::append(lock.path(), base, changes) {
        Ok(()) => Ok(()),
        Err(_) => {
            *base = store::save(lock, session)?;
            Ok(())
        }
    }
}

fn announce(url: &str, ui: Lang) {
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
    let mut text = crate::tr!(ui, "room-cli-open", url = url.to_owned());
    text.push('\n');
    text.push_str(&crate::tr!(ui, "room-unreachable-hint"));
    text.push('\n');
    super::out(&text);
}

fn report_progress(now: &room::Progress, session: &Session, ui: Lang) {
    let time = jiff::Zoned::now().strftime("%H:%M:%S").to_string();
    let mut line = crate::tr!(
        ui,
        "room-cli-progress",
        time = time,
        done = now.done.to_string(),
        seats = now.seats.to_string(),
        started = now.started.to_string(),
        claimed = now.claimed.to_string()
    );
    if session.privacy.show_names && !now.missing.is_empty() && now.missing.len() <= 12 {
        let names: Vec<&str> = now
            .missing
            .iter()
            .filter_map(|id| session.participants.iter().find(|p| p.id == *id))
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
    line.push('\n');
    super::out(&line);
}
