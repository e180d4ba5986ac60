//! The one owner of a session on disk. Whoever writes a session (the workbench,
//! `klarhet room`) does it through a [`Host`]: it holds the lock, knows the file
//! its journal continues, appends a batch of changes with one sync (group
//! commit) or writes the session whole, folds the journal back into the file,
//! and remembers a failed write, after which only a whole save may say that a
//! change is kept. Each change it keeps is published to its subscribers.
//!
//! The host is the only holder of the lock: it owns it, and dropping the host
//! lets the file go. Opening goes through [`claim`] and [`Claimed::open`]: locked
//! for this process or, when that cannot be, for reading only, with the journal
//! beside the file applied or set aside; the lock taken then is handed to a new
//! host. A session the host already holds is read again through it
//! ([`reclaim`]). A reader in another process that follows a session as it
//! changes is [`super::follow`]; it never takes the lock.

use super::{Access, Journalled, Lock, ReadOnly, journal};
use crate::error::Result;
use crate::model::assessment::{Assessment, Catalog};
use crate::model::journal::Change;
use crate::model::session::Session;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// At most this many calls from the room are served before their changes are
/// kept: one write and one sync for all of them.
pub const BATCH: usize = 256;

/// What a host tells its subscribers after each write.
#[derive(Debug, Clone, PartialEq)]
pub enum Published {
    /// These changes were appended to the journal, in order.
    Recorded(Arc<[Change]>),
    /// The session was written whole at this generation, the journal folded in.
    Saved(u64),
}

/// A session's file held for writing.
#[derive(Debug)]
pub struct Host {
    lock: Lock,
    /// The file as last written whole, which the journal continues; `None`
    /// until known (it is read at the first append).
    base: Option<journal::Base>,
    /// The journal holds changes the file does not.
    journaled: bool,
    /// The last write failed: the file lacks more than the next changes.
    behind: bool,
    subscribers: Vec<Sender<Published>>,
}

impl Host {
    /// The host of the file `lock` holds, which it keeps until it is dropped. A
    /// journal beside it (one that opening applied) counts as changes the file
    /// does not hold yet. What writes of the file, its backup or its journal
    /// left when a kill cut them off is removed now: holding the lock, the host
    /// knows that none of their writers is left (see [`super::stray`]).
    pub fn new(lock: Lock) -> Host {
        super::stray::sweep(lock.path());
        let journaled = journal::path_of(lock.path()).exists();
        Host {
            lock,
            base: None,
            journaled,
            behind: false,
            subscribers: Vec::new(),
        }
    }

    /// The session's file, symlinks resolved.
    pub fn path(&self) -> &Path {
        self.lock.path()
    }

    /// True while the journal holds changes that the file does not.
    pub fn journaled(&self) -> bool {
        self.journaled
    }

    /// True after a write failed, until a whole save succeeds.
    pub fn behind(&self) -> bool {
        self.behind
    }

    /// A channel on which every write from now on is published.
    pub fn subscribe(&mut self) -> Receiver<Published> {
        let (tx, rx) = channel();
        self.subscribers.push(tx);
        rx
    }

    /// Keeps `changes`, already applied to `session`, by appending them to the
    /// journal with one sync. When that cannot be done (the journal continues
    /// another file, the disk refuses, or an earlier write failed) the session is
    /// written whole instead, which starts a fresh journal.
    pub fn record(&mut self, session: &mut Session, changes: &[Change]) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        // Open answers are kept only by writing the session whole (see
        // `Change::kept_whole`): a journal line would tie them to their writer.
        if !self.behind && !changes.iter().any(Change::kept_whole) {
            let base = match &self.base {
                Some(base) => base.clone(),
                // The file as opened, with the open answers it holds.
                None => journal::Base::read(&self.lock.read_bytes()?, session.generation()),
            };
            // A sealed ballot rewrites the small journal without what tied it to
            // its voter (see `super::sealing`); everything else is appended.
            let sealing = changes.iter().any(|c| matches!(c, Change::Sealed { .. }));
            let kept = if sealing {
                super::sealing::keep(self.lock.path(), &base, changes)
            } else {
                journal::append(self.lock.path(), &base, changes)
            };
            // A journal that continues another file, or cannot be written, or a
            // seal whose answers the file holds: the whole session is saved.
            if kept.is_ok() {
                self.base = Some(base);
                self.journaled = true;
                self.publish(|| Published::Recorded(changes.into()));
                return Ok(());
            }
        }
        self.save(session)
    }

    /// Writes `session` whole (see [`super::save`]): the journal is folded in and
    /// removed, and a failed write is remembered.
    pub fn save(&mut self, session: &mut Session) -> Result<()> {
        match super::save(&self.lock, session) {
            Ok(base) => {
                self.base = Some(base);
                self.journaled = false;
                self.behind = false;
                self.publish(|| Published::Saved(session.generation()));
                Ok(())
            }
            Err(e) => {
                self.behind = true;
                Err(e)
            }
        }
    }

    /// Writes the journal's changes into the file, if it has any.
    pub fn fold(&mut self, session: &mut Session) -> Result<()> {
        if self.journaled {
            self.save(session)
        } else {
            Ok(())
        }
    }

    /// Sends `what` to every subscriber still listening; nothing is made when
    /// nobody listens, so that an unwatched room pays nothing for it.
    fn publish(&mut self, what: impl FnOnce() -> Published) {
        if self.subscribers.is_empty() {
            return;
        }
        let what = what();
        self.subscribers.retain(|s| s.send(what.clone()).is_ok());
    }
}

/// A session's file as claimed: read, and locked for this process or only read.
/// `L` is what holds it for writing: the lock just taken, or `()` when a host
/// of this process already does ([`reclaim`]).
#[derive(Debug)]
pub struct Claimed<L = Lock> {
    /// The file, symlinks resolved.
    pub path: PathBuf,
    /// Its text.
    pub text: String,
    /// The lock, or why the session can only be read.
    pub access: std::result::Result<L, ReadOnly>,
}

/// Reads the session at `path`, locked for this process when it can be (see
/// [`super::claim`]).
pub fn claim(path: &Path) -> Result<Claimed> {
    let claim = super::claim(path)?;
    let access = match claim.access {
        Access::Write(lock) => Ok(lock),
        Access::Read(why) => Err(why),
    };
    Ok(Claimed {
        path: claim.path,
        text: claim.text,
        access,
    })
}

/// The session in the file `host` holds: read through its lock (on Windows no
/// other handle may read it), which stays with the host.
pub fn reclaim(host: &Host) -> Result<Claimed<()>> {
    Ok(Claimed {
        path: host.path().to_owned(),
        text: host.lock.read_text()?,
        access: Ok(()),
    })
}

/// A session opened for work; `L` as in [`Claimed`].
#[derive(Debug)]
pub struct Opening<L = Lock> {
    /// The session, with its journal's changes when they could be applied.
    pub session: Session,
    /// Its model.
    pub model: Assessment,
    /// The file, symlinks resolved.
    pub path: PathBuf,
    /// The lock, or why the session can only be read.
    pub access: std::result::Result<L, ReadOnly>,
    /// What became of the journal beside it.
    pub journal: Journalled,
}

impl<L> Claimed<L> {
    /// Parses the session against its model and applies its journal. A journal
    /// that cannot be applied is set aside under a name that says so (by the
    /// holder of the lock only), and the session is then only read: a save would
    /// go on without the journal's changes.
    pub fn open(self, catalog: &Catalog) -> Result<Opening<L>> {
        let opened = super::parse_opened(&self.text, &self.path, catalog)?;
        let mut access = self.access;
        let mut journal = opened.journal;
        if let Journalled::Unmatched(unmatched) = &mut journal {
            if access.is_ok() {
                super::set_aside(&self.path, unmatched);
            }
            access = Err(ReadOnly::UnmatchedJournal);
        }
        Ok(Opening {
            session: opened.session,
            model: opened.model,
            path: self.path,
            access,
            journal,
        })
    }
}

#[cfg(test)]
#[path = "host_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "host_answers_tests.rs"]
mod answers_tests;
