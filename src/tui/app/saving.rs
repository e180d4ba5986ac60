//! Keeping the open session on disk through its [`Host`]: whole saves, votes
//! appended to its journal, and folding that journal back into the file. The
//! host follows the lock the state holds: a session opened, created or saved
//! somewhere else gets a host of its own.

use super::App;
use crate::error::{Error, Result};
use crate::store::host::Host;
use crate::store::{Lock, Store};
use crate::tui::msg::{Failure, Msg, SavedTo};
use crate::tui::state::Work;
use std::path::Path;
use std::sync::Arc;

/// The host of the file `lock` holds: the one in `slot` when it holds that
/// lock, otherwise a new one put there.
fn hosting<'a>(slot: &'a mut Option<Host>, lock: &Arc<Lock>) -> &'a mut Host {
    if !slot.as_ref().is_some_and(|h| Arc::ptr_eq(h.lock(), lock)) {
        *slot = Some(Host::new(Arc::clone(lock)));
    }
    slot.get_or_insert_with(|| Host::new(Arc::clone(lock)))
}

impl App {
    /// A session was just opened: its journal, if it has one, is folded into its
    /// file now, so that the file is whole again and the next votes start afresh.
    pub(super) fn take_journal(&mut self) {
        let journaled = match &self.state.shared.work {
            Some(Work {
                lock: Some(lock),
                read_only: None,
                ..
            }) => hosting(&mut self.host, lock).journaled(),
            _ => false,
        };
        if journaled {
            self.fold();
        }
    }

    /// Writes the journal's votes into the session file, if there are any.
    pub(super) fn fold(&mut self) {
        if self.host.as_ref().is_some_and(Host::journaled) {
            let saved = self.save().map_err(Failure::from);
            self.handle(Msg::Saved(saved));
        }
    }

    /// Keeps `changes` by appending them to the session's journal; a session
    /// without a journal of its own (not locked, never saved) is saved whole.
    pub(super) fn record(&mut self, changes: &[crate::model::journal::Change]) -> Result<SavedTo> {
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        // After a failed save the file lacks more than these votes: only a whole
        // save can catch it up, and only it may say that everything is kept.
        let behind = self.state.shared.save_error.is_some();
        let (Some(lock), None, false) = (&work.lock, work.read_only, behind) else {
            return self.save();
        };
        let path = lock.path().to_owned();
        hosting(&mut self.host, lock).record(&mut work.session, changes)?;
        Ok(SavedTo { path, lock: None })
    }

    /// Writes the whole session: through its host when it is locked, to a file
    /// locked now when it has one, or to a new file in the store.
    pub(super) fn save(&mut self) -> Result<SavedTo> {
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        save_whole(work, &mut self.host, &self.store)
    }

    /// Saves the session to `path` instead, and goes on saving there.
    pub(super) fn save_as(&mut self, path: &Path) -> Result<SavedTo> {
        let existed = path.exists();
        let lock = match self.held(path) {
            Some(lock) => lock,
            None => Arc::new(Lock::acquire(path)?),
        };
        let Some(work) = &mut self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        if let Err(e) = hosting(&mut self.host, &lock).save(&mut work.session) {
            // The empty file the lock was taken on would be listed as a broken
            // session: it goes, since nothing was saved to it.
            if !existed {
                let _ = std::fs::remove_file(lock.path());
            }
            return Err(e);
        }
        Ok(SavedTo {
            path: lock.path().to_owned(),
            lock: Some(lock),
        })
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
    let (lock, new) = match (&work.lock, &work.path) {
        (Some(lock), _) => (Arc::clone(lock), false),
        (None, Some(path)) => (Arc::new(Lock::acquire(path)?), true),
        (None, None) => {
            // A new file holds the session from the moment it exists.
            let lock = Arc::new(store.create_locked(&work.session)?);
            hosting(host, &lock);
            return Ok(SavedTo {
                path: lock.path().to_owned(),
                lock: Some(lock),
            });
        }
    };
    hosting(host, &lock).save(&mut work.session)?;
    Ok(SavedTo {
        path: lock.path().to_owned(),
        lock: new.then_some(lock),
    })
}
