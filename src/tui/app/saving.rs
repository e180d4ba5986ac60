//! Keeping the open session on disk: whole saves, votes appended to its
//! journal, and folding that journal back into the file.

use super::App;
use crate::error::{Error, Result};
use crate::store::{self, Lock};
use crate::tui::msg::{Failure, Msg, SavedTo};
use std::path::Path;
use std::sync::Arc;

impl App {
    /// A session was just opened: its journal, if it has one, is folded into its
    /// file now, so that the file is whole again and the next votes start afresh.
    pub(super) fn take_journal(&mut self) {
        self.journal_base = None;
        self.journaled = self.state.shared.work.as_ref().is_some_and(|w| {
            w.lock.is_some()
                && w.read_only.is_none()
                && w.path
                    .as_deref()
                    .is_some_and(|p| store::journal::path_of(p).exists())
        });
        self.fold();
    }

    /// Writes the journal's votes into the session file, if there are any.
    pub(super) fn fold(&mut self) {
        if self.journaled {
            let saved = self.save().map_err(Failure::from);
            self.handle(Msg::Saved(saved));
        }
    }

    /// Keeps `changes` by appending them to the session's journal; a session
    /// without a journal of its own (not locked, never saved) is saved whole.
    pub(super) fn record(&mut self, changes: &[crate::model::journal::Change]) -> Result<SavedTo> {
        let Some(work) = &self.state.shared.work else {
            return Err(Error::NoOpenSession);
        };
        // After a failed save the file lacks more than these votes: only a whole
        // save can catch it up, and only it may say that everything is kept.
        let behind = self.state.shared.save_error.is_some();
        let (Some(lock), None, false) = (&work.lock, work.read_only, behind) else {
            return self.save();
        };
        let base = match &self.journal_base {
            Some(base) => base.clone(),
            None => store::journal::Base::of(&lock.read_bytes()?, work.session.generation()),
        };
        match store::journal::append(lock.path(), &base, changes) {
            Ok(()) => {
                let path = lock.path().to_owned();
                self.journal_base = Some(base);
                self.journaled = true;
                Ok(SavedTo { path, lock: None })
            }
            // A journal that continues another file, or cannot be written: the
            // whole session is saved instead, which starts a fresh one.
            Err(_) => self.save(),
        }
    }

    pub(super) fn save(&mut self) -> Result<SavedTo> {
        let saved = self.save_whole();
        if saved.is_ok() {
            self.journaled = false;
        }
        saved
    }

    fn save_whole(&mut self) -> Result<SavedTo> {
        let (saved, base) = self.write_whole();
        if saved.is_ok() {
            self.journal_base = base;
        }
        saved
    }

    /// Writes the whole session, with what the next journal continues when it
    /// is known.
    fn write_whole(&mut self) -> (Result<SavedTo>, Option<store::journal::Base>) {
        let Some(work) = &mut self.state.shared.work else {
            return (Err(Error::NoOpenSession), None);
        };
        // `update` asks for no save of a read-only session; should one come all the
        // same, it is refused rather than written.
        if let (Some(why), Some(path)) = (work.read_only, &work.path) {
            let refused = Error::ReadOnly {
                path: path.clone(),
                why,
            };
            return (Err(refused), None);
        }
        match (&work.lock, &work.path) {
            (Some(lock), _) => match store::save(lock, &mut work.session) {
                Ok(base) => {
                    let path = lock.path().to_owned();
                    (Ok(SavedTo { path, lock: None }), Some(base))
                }
                Err(e) => (Err(e), None),
            },
            (None, Some(path)) => {
                let written = Lock::acquire(path).and_then(|lock| {
                    let base = store::save(&lock, &mut work.session)?;
                    Ok((lock, base))
                });
                match written {
                    Ok((lock, base)) => {
                        let path = lock.path().to_owned();
                        let lock = Some(Arc::new(lock));
                        (Ok(SavedTo { path, lock }), Some(base))
                    }
                    Err(e) => (Err(e), None),
                }
            }
            (None, None) => {
                let made = self.store.create_locked(&work.session).map(|lock| SavedTo {
                    path: lock.path().to_owned(),
                    lock: Some(Arc::new(lock)),
                });
                (made, None)
            }
        }
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
        if let Err(e) = store::save(&lock, &mut work.session) {
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
