//! Keeping the open session on disk through its [`Host`], the only holder of
//! its file's lock: whole saves, votes appended to its journal, and folding that
//! journal back into the file. A session created or saved somewhere else gets a
//! host of its own, and the host before lets its file go.

use super::App;
use crate::error::{Error, Result};
use crate::store::host::Host;
use crate::store::{Lock, Store};
use crate::tui::msg::{Failure, Msg, SavedTo};
use crate::tui::state::Work;
use std::path::Path;

impl App {
    /// Writes the journal's votes into the session file, if there are any. Done
    /// when a session is opened too, so that the file is whole again and the
    /// next votes start afresh.
    pub(super) fn fold(&mut self) {
        if self.host.as_ref().is_some_and(Host::journaled) {
            let saved = self.save().map_err(Failure::from);
            self.handle(Msg::Saved(saved));
        }
    }

    /// Drops the host of a session that is no longer the open one (the start
    /// screen closed it to begin a new one), which lets its file go: the new
    /// session is never written into it. A journal it kept stays beside that
    /// file, which applies it when it is next opened.
    pub(super) fn let_go_of_closed(&mut self) {
        let open = self
            .state
            .shared
            .work
            .as_ref()
            .and_then(|w| w.path.as_deref());
        if self.host.as_ref().is_some_and(|h| open != Some(h.path())) {
            self.host = None;
        }
    }

    /// Keeps `changes` by appending them to the session's journal; a session
    /// without a journal of its own (not held, never saved) is saved whole.
    pub(super) fn record(&mut self, changes: &[crate::model::journal::Change]) -> Result<SavedTo> {
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        // After a failed save the file lacks more than these votes: only a whole
        // save can catch it up, and only it may say that everything is kept.
        let behind = self.state.shared.save_error.is_some();
        let (Some(host), None, false) = (&mut self.host, work.read_only, behind) else {
            return self.save();
        };
        host.record(&mut work.session, changes)?;
        Ok(SavedTo {
            path: host.path().to_owned(),
            taken: false,
        })
    }

    /// Writes the whole session: through its host when it has one, to a file
    /// locked now when it has a file, or to a new file in the store.
    pub(super) fn save(&mut self) -> Result<SavedTo> {
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        save_whole(work, &mut self.host, &self.store)
    }

    /// Saves the session to `path` instead, and goes on saving there: the file
    /// at `path` gets a host of its own, and the one before lets its file go.
    pub(super) fn save_as(&mut self, path: &Path) -> Result<SavedTo> {
        let itself = self.holds(path);
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        // Saved as itself: the host in place writes it.
        if itself && let Some(host) = &mut self.host {
            host.save(&mut work.session)?;
            return Ok(SavedTo {
                path: host.path().to_owned(),
                taken: true,
            });
        }
        let existed = path.exists();
        let mut host = Host::new(Lock::acquire(path)?);
        if let Err(e) = host.save(&mut work.session) {
            // The empty file the lock was taken on would be listed as a broken
            // session: it goes, since nothing was saved to it.
            if !existed {
                let _ = std::fs::remove_file(host.path());
            }
            return Err(e);
        }
        let path = host.path().to_owned();
        self.host = Some(host);
        Ok(SavedTo { path, taken: true })
    }
}

fn save_whole(work: &mut Work, host: &mut Option<Host>, store: &Store) -> Result<SavedTo> {
    // `update` asks for no save of a read-only session; should one come all the
    // same, it is refused rather than written.
    if let (Some(why), Some(path)) = (work.read_only, &work.path) {
        return Err(Error::ReadOnly {
            path: path.clone(),
            why,
        });
    }
    if let Some(host) = host {
        host.save(&mut work.session)?;
        return Ok(SavedTo {
            path: host.path().to_owned(),
            taken: false,
        });
    }
    let held = match &work.path {
        // A file named but not held: it is locked now and written.
        Some(path) => host.insert(Host::new(Lock::acquire(path)?)),
        None => {
            // A new file holds the session from the moment it exists.
            let held = host.insert(Host::new(store.create_locked(&work.session)?));
            return Ok(SavedTo {
                path: held.path().to_owned(),
                taken: true,
            });
        }
    };
    held.save(&mut work.session)?;
    Ok(SavedTo {
        path: held.path().to_owned(),
        taken: true,
    })
}
