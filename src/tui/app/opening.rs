//! Reading sessions from disk into the workbench: locked for this klarhet or
//! only read, with what became of a journal beside them; a backup opened as a
//! new file; the demo; the list of saved sessions. A session opened replaces
//! the one before, and so does its holder: the lock taken for it goes to a new
//! host, and the host before is dropped, which lets its file go.

use super::App;
use crate::error::{Error, Result};
use crate::store::host::{Host, Opening};
use crate::store::{self, Lock};
use crate::tui::msg::{Failure, Msg, OpenFailed, Opened, Saved, SavedSummary};
use std::path::{Path, PathBuf};

/// Who holds a session's file once it has been opened.
pub(super) enum Holder {
    /// The host in place: the session opened is the file it already holds.
    Kept,
    /// A new host, for the lock taken now.
    New(Lock),
    /// Nobody: the session is only read.
    Nobody,
}

impl App {
    /// True when this klarhet's host holds the file at `path`. Opening it again,
    /// or saving it as itself, must go through that host: a second handle in
    /// this process would find the file locked against it.
    pub(super) fn holds(&self, path: &Path) -> bool {
        let Some(host) = &self.host else {
            return false;
        };
        store::real_path(path).is_ok_and(|real| host.path() == real)
    }

    /// Reads a saved session, locked for this klarhet or, when it cannot be
    /// locked (open in another klarhet, not writable, hard links), for reading
    /// only. A journal beside it that cannot be applied is set aside, and the
    /// session is only read: a save would go on without the journal's votes.
    pub(super) fn read(&self, path: &Path) -> Result<(Opened, Holder)> {
        let models = &self.state.shared.models;
        match &self.host {
            Some(host) if self.holds(path) => {
                let (opened, held) = taken(store::host::reclaim(host)?.open(models)?);
                Ok((opened, held.map_or(Holder::Nobody, |()| Holder::Kept)))
            }
            _ => {
                let (opened, lock) = taken(store::host::claim(path)?.open(models)?);
                Ok((opened, lock.map_or(Holder::Nobody, Holder::New)))
            }
        }
    }

    /// Opens a saved session that this klarhet has just made and locked.
    pub(super) fn read_locked(&self, lock: Lock) -> Result<(Opened, Holder)> {
        let path = lock.path().to_owned();
        let text = lock.read_text()?;
        let (session, model) = store::parse(&text, &path, &self.state.shared.models)?;
        let opened = Opened {
            session: Box::new(session),
            model: Box::new(model),
            path,
            read_only: None,
            replayed: 0,
        };
        Ok((opened, Holder::New(lock)))
    }

    /// Hands the file of a session just opened to its holder, and gives the
    /// message that tells `update`. The host of the session before goes (its
    /// lock with it) only now, when the new one has opened and replaces it.
    pub(super) fn take_in(&mut self, read: Result<(Opened, Holder), OpenFailed>) -> Msg {
        match read {
            Ok((opened, holder)) => {
                match holder {
                    Holder::Kept => {}
                    Holder::New(lock) => self.host = Some(Host::new(lock)),
                    Holder::Nobody => self.host = None,
                }
                Msg::Opened(Ok(opened))
            }
            Err(failed) => Msg::Opened(Err(failed)),
        }
    }

    /// Opens a backup as a new session file, leaving the unreadable original alone.
    pub(super) fn restore(&self, backup: &Path) -> Result<(Opened, Holder), OpenFailed> {
        let (session, _) =
            store::open(backup, &self.state.shared.models).map_err(|e| failed(backup, e))?;
        let lock = self
            .store
            .create_locked(&session)
            .map_err(|e| failed(backup, e))?;
        let path = lock.path().to_owned();
        self.read_locked(lock).map_err(|e| failed(&path, e))
    }

    /// Saves the demo session as a new file and opens it.
    pub(super) fn demo(&self) -> Result<(Opened, Holder), OpenFailed> {
        let shared = &self.state.shared;
        let made = crate::model::Assessment::default_model().and_then(|model| {
            let session = crate::demo::session(&model, shared.today, shared.lang);
            self.store.create_locked(&session)
        });
        let lock = made.map_err(|e| OpenFailed {
            error: e.into(),
            backup: None,
        })?;
        let path = lock.path().to_owned();
        self.read_locked(lock).map_err(|e| failed(&path, e))
    }

    pub(super) fn list(&self) -> Vec<Saved> {
        let catalog = &self.state.shared.models;
        self.store
            .list(catalog)
            .unwrap_or_default()
            .into_iter()
            .map(|l| Saved {
                modified: l.modified,
                summary: l.summary.map_err(Failure::from).map(|s| SavedSummary {
                    scored: s.scored,
                    organisation: s.organisation,
                    date: s.date,
                }),
                path: l.path,
            })
            .collect()
    }
}

/// The session opened, for `update`, and what holds its file for writing.
fn taken<L>(opening: Opening<L>) -> (Opened, Option<L>) {
    let replayed = match opening.journal {
        store::Journalled::OntoChanged(n) => n,
        _ => 0,
    };
    let (held, read_only) = match opening.access {
        Ok(held) => (Some(held), None),
        Err(why) => (None, Some(why)),
    };
    let opened = Opened {
        session: Box::new(opening.session),
        model: Box::new(opening.model),
        path: opening.path,
        read_only,
        replayed,
    };
    (opened, held)
}

/// An open that failed, with the file's backup when one could help: the file's
/// content is wrong (not locked, not missing) and a backup is there.
pub(super) fn failed(path: &Path, error: Error) -> OpenFailed {
    let backup: PathBuf = store::backup_path(path);
    let offer = error.is_bad_input() && matches!(error, Error::Invalid { .. }) && backup.is_file();
    OpenFailed {
        error: error.into(),
        backup: offer.then_some(backup),
    }
}
