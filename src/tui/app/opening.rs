//! Reading sessions from disk into the workbench: locked for this klarhet or
//! only read, with what became of a journal beside them; a backup opened as a
//! new file; the demo; the list of saved sessions.

use super::App;
use crate::error::{Error, Result};
use crate::store::{self, Lock};
use crate::tui::msg::{Failure, OpenFailed, Opened, Saved, SavedSummary};
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl App {
    /// The lock this klarhet already holds on the file at `path`, if it does.
    /// Opening the open session again, or saving it as itself, must use it: a
    /// second handle in this process would find the file locked against it.
    pub(super) fn held(&self, path: &Path) -> Option<Arc<Lock>> {
        let lock = self.state.shared.work.as_ref()?.lock.as_ref()?;
        let real = store::real_path(path).ok()?;
        (lock.path() == real).then(|| Arc::clone(lock))
    }

    /// Reads a saved session, locked for this klarhet or, when it cannot be
    /// locked (open in another klarhet, not writable, hard links), for reading
    /// only. A journal beside it that cannot be applied is set aside, and the
    /// session is only read: a save would go on without the journal's votes.
    pub(super) fn read(&self, path: &Path) -> Result<Opened> {
        let claimed = match self.held(path) {
            Some(lock) => store::host::reclaim(lock)?,
            None => store::host::claim(path)?,
        };
        let opened = claimed.open(&self.state.shared.models)?;
        let replayed = match opened.journal {
            store::Journalled::OntoChanged(n) => n,
            _ => 0,
        };
        let (lock, read_only) = match opened.access {
            Ok(lock) => (Some(lock), None),
            Err(why) => (None, Some(why)),
        };
        Ok(Opened {
            session: Box::new(opened.session),
            model: Box::new(opened.model),
            path: opened.path,
            lock,
            read_only,
            replayed,
        })
    }

    /// Opens a saved session that this klarhet has just made and locked.
    pub(super) fn read_locked(&self, lock: Lock) -> Result<Opened> {
        let path = lock.path().to_owned();
        let text = lock.read_text()?;
        let (session, model) = store::parse(&text, &path, &self.state.shared.models)?;
        Ok(Opened {
            session: Box::new(session),
            model: Box::new(model),
            path,
            lock: Some(Arc::new(lock)),
            read_only: None,
            replayed: 0,
        })
    }

    /// Opens a backup as a new session file, leaving the unreadable original alone.
    pub(super) fn restore(&self, backup: &Path) -> Result<Opened, OpenFailed> {
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
    pub(super) fn demo(&self) -> Result<Opened, OpenFailed> {
        let shared = &self.state.shared;
        let made = crate::model::Assessment::halmstad().and_then(|model| {
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
