//! `klarhet room ID`: the room without the workbench, for a round of answers in
//! the days before a workshop. [`Owner`] holds the session and serves the phones;
//! this file starts listening, prints the address, the code and the counts, and
//! closes the room on Ctrl-C.

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::model::session::Session;
use crate::room::owner::{Owner, Wake};
use crate::room::{self, Progress};
use crate::text::Lang;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::mpsc;

/// Runs the room for the session at `path` until Ctrl-C.
pub fn run(
    path: &Path,
    catalog: &Catalog,
    scope: Option<String>,
    bind: Option<SocketAddr>,
    ui: Lang,
) -> Result<()> {
    let mut owner = Owner::take(path, catalog, scope)?;
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    ctrlc::set_handler(move || {
        let _ = stop.send(Wake::Stop);
    })
    .map_err(|e| Error::io("Ctrl-C", std::io::Error::other(e.to_string())))?;
    let deliver = Box::new(move |call| tx.send(Wake::Call(call)).is_ok());
    let listening = room::open(
        bind.unwrap_or_else(room::default_bind),
        owner.token(),
        owner.session().language,
        deliver,
    )?;
    if let Err(e) = announce(&listening.url, ui) {
        // Nobody can see where to connect: close before anyone does.
        listening.close();
        owner.close()?;
        return Err(e);
    }
    let mut last: Option<Progress> = None;
    owner.serve(&rx, |now, session| {
        if last.as_ref() != Some(now) {
            report_progress(now, session, ui);
            last = Some(now.clone());
        }
    });
    listening.close();
    owner.close()?;
    super::out(&(crate::tr!(ui, "room-cli-closed") + "\n"))
}

fn announce(url: &str, ui: Lang) -> Result<(), Error> {
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
    super::out(&text)
}

fn report_progress(now: &Progress, session: &Session, ui: Lang) {
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
    // The phones keep being served when nobody can read the log any more.
    let _ = super::out(&line);
}
