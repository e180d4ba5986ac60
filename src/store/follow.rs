//! Following a session that another klarhet holds, from another process: the
//! session's folder is watched through the system's file notifications (the
//! `notify` crate: inotify on Linux), and when the file or its journal changes
//! the follower reads them again and folds the journal's new records into its
//! copy in memory. It never takes the lock and never writes; it does not poll,
//! so while nothing changes it does no work at all.
//!
//! A whole save by the holder (a new file renamed over the old one, then the
//! journal removed) is read as a new session; a journal that grows is read for
//! its new records only, which are published one by one.

use super::journal;
use crate::error::{Error, Result};
use crate::model::assessment::{Assessment, Catalog};
use crate::model::journal::Change;
use crate::model::session::Session;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// A journal's bytes as a follower last read them: what a journal that has
/// only grown since starts with.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    len: usize,
    fingerprint: String,
}

impl Seen {
    fn of(bytes: &[u8]) -> Seen {
        Seen {
            len: bytes.len(),
            fingerprint: journal::fingerprint(bytes),
        }
    }

    /// True when `bytes` start with what was seen: the journal only grew.
    fn grown_into(&self, bytes: &[u8]) -> bool {
        bytes.len() >= self.len && journal::fingerprint(&bytes[..self.len]) == self.fingerprint
    }
}

/// What the follower saw when it was woken.
#[derive(Debug, Clone, PartialEq)]
pub enum Followed {
    /// The journal grew by these changes, now applied to the follower's copy.
    Changes(Vec<Change>),
    /// The file was written whole: the follower's copy is the file as it is now.
    Reloaded,
}

/// A session watched from another process.
pub struct Follower {
    /// The session's file, symlinks resolved.
    path: PathBuf,
    journal: PathBuf,
    catalog: Catalog,
    session: Session,
    model: Assessment,
    /// The fingerprint of the file as last read.
    fingerprint: String,
    /// How many of the journal's records are in `session`.
    applied: usize,
    /// The journal's bytes those records were read from, as their length and
    /// fingerprint: a journal that no longer starts with them was written
    /// again (a seal rewrites it, shorter) and is read whole, however long it
    /// has grown since; `None` when not known.
    seen: Option<Seen>,
    events: Receiver<notify::Result<notify::Event>>,
    // Dropping it ends the watch.
    _watcher: notify::RecommendedWatcher,
}

impl std::fmt::Debug for Follower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Follower")
            .field("path", &self.path)
            .finish()
    }
}

impl Follower {
    /// Starts watching the session at `path` and reads it. The watch is in place
    /// before the first read, so that no change between the two is missed.
    pub fn start(path: &Path, catalog: &Catalog) -> Result<Follower> {
        let path = super::real_path(path)?;
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let (tx, events) = channel();
        let watching = |e: notify::Error| Error::io(&folder, std::io::Error::other(e));
        let mut watcher = notify::recommended_watcher(move |event| {
            let _ = tx.send(event);
        })
        .map_err(watching)?;
        watcher
            .watch(&folder, RecursiveMode::NonRecursive)
            .map_err(watching)?;
        let journal = journal::path_of(&path);
        let (whole, seen) = read_steady(&path, catalog)?;
        let (session, model, fingerprint, applied) = whole;
        Ok(Follower {
            path,
            journal,
            catalog: catalog.clone(),
            session,
            model,
            fingerprint,
            applied,
            seen,
            events,
            _watcher: watcher,
        })
    }

    /// The session as last read.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Its model.
    pub fn model(&self) -> &Assessment {
        &self.model
    }

    /// True when `event` may have changed the session's file or journal. Opening
    /// and reading (this follower's own reads among them) change nothing.
    fn touches(&self, event: notify::Result<notify::Event>) -> bool {
        let Ok(event) = event else {
            // The watch lost events (an overflowing queue): read to be sure.
            return true;
        };
        let reading = matches!(
            event.kind,
            EventKind::Access(
                notify::event::AccessKind::Open(_)
                    | notify::event::AccessKind::Read
                    | notify::event::AccessKind::Close(notify::event::AccessMode::Read)
            )
        );
        !reading
            && (event.need_rescan()
                || event
                    .paths
                    .iter()
                    .any(|p| *p == self.path || *p == self.journal))
    }

    /// Reads the file and the journal as they are now: `None` when neither
    /// changed anything the follower holds.
    fn read(&mut self) -> Result<Option<Followed>> {
        let bytes = std::fs::read(&self.path).map_err(|e| Error::io(&self.path, e))?;
        if journal::fingerprint(&bytes) != self.fingerprint {
            return self.reload().map(Some);
        }
        let Some(bytes) = journal::read_bytes(&self.path)? else {
            // No journal: nothing past the file, which has not changed.
            return Ok(None);
        };
        if !self
            .seen
            .as_ref()
            .is_some_and(|seen| seen.grown_into(&bytes))
        {
            // Written again since it was read: its records are not the ones
            // counted, however many there are now.
            return self.reload().map(Some);
        }
        let read = journal::parse_bytes(&self.path, &bytes)?;
        let continues = read
            .continues
            .as_ref()
            .is_some_and(|c| c.is(&self.fingerprint));
        if read.continues.is_some() && !continues || read.changes.len() < self.applied {
            // A journal of another file, or one cut short: read everything again.
            return self.reload().map(Some);
        }
        let new: Vec<Change> = read.changes[self.applied..]
            .iter()
            .map(|(_, change)| change.clone())
            .collect();
        if new.is_empty() {
            return Ok(None);
        }
        let mut next = self.session.clone();
        for change in &new {
            if next.replay(&self.model, change, true).is_err() {
                return self.reload().map(Some);
            }
        }
        self.session = next;
        self.applied = read.changes.len();
        self.seen = Some(Seen::of(&bytes));
        Ok(Some(Followed::Changes(new)))
    }

    fn reload(&mut self) -> Result<Followed> {
        let read = read_steady(&self.path, &self.catalog).map(|(whole, seen)| {
            self.seen = seen;
            whole
        });
        if read.is_err() {
            // The copy held is the last good one: the next change is read whole,
            // even one that puts back the very bytes last read well, so that a
            // reader who said the failure hears it is over.
            self.fingerprint.clear();
        }
        let (session, model, fingerprint, applied) = read?;
        self.session = session;
        self.model = model;
        self.fingerprint = fingerprint;
        self.applied = applied;
        Ok(Followed::Reloaded)
    }
}

impl Iterator for Follower {
    type Item = Result<Followed>;

    /// Blocks until the session changes on disk, then reads what changed. `None`
    /// when the watch has ended. A read that fails (a file that another hand
    /// broke) is given as the error; the follower keeps its last copy and can
    /// go on waiting.
    fn next(&mut self) -> Option<Result<Followed>> {
        loop {
            let first = self.events.recv().ok()?;
            // Everything already queued is one change to read: a whole save is
            // a handful of events, and the follower reads once for them all.
            let mut touched = self.touches(first);
            while let Ok(event) = self.events.try_recv() {
                touched |= self.touches(event);
            }
            if !touched {
                continue;
            }
            match self.read() {
                Ok(Some(followed)) => return Some(Ok(followed)),
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// The session at `path` read whole, with the journal's bytes it was read
/// with: the journal read before and after the session, until the two agree
/// (a few tries; unknown when the holder keeps writing through them all, so
/// that the next change is read whole again). No journal is an empty one.
fn read_steady(path: &Path, catalog: &Catalog) -> Result<(Whole, Option<Seen>)> {
    let mut before = journal::read_bytes(path)?;
    let mut tries = 0;
    loop {
        let read = read_whole(path, catalog)?;
        let after = journal::read_bytes(path)?;
        if before == after {
            return Ok((read, Some(Seen::of(&after.unwrap_or_default()))));
        }
        tries += 1;
        if tries == 4 {
            return Ok((read, None));
        }
        before = after;
    }
}

/// A session read whole: the session, its model, the file's fingerprint and
/// how many of the journal's records were applied.
type Whole = (Session, Assessment, String, usize);

/// The session at `path` with its journal applied, the file's fingerprint, and
/// how many of the journal's records that was.
fn read_whole(path: &Path, catalog: &Catalog) -> Result<Whole> {
    let text = crate::files::read_text(path, crate::files::Kind::Session)?;
    let opened = super::parse_opened(&text, path, catalog)?;
    let applied = match opened.journal {
        super::Journalled::Continued(n) => n,
        _ => 0,
    };
    Ok((
        opened.session,
        opened.model,
        journal::fingerprint(text.as_bytes()),
        applied,
    ))
}

#[cfg(test)]
#[path = "follow_tests.rs"]
mod tests;
