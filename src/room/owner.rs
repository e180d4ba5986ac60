//! The session's one owner while a room runs without the workbench (`klarhet
//! room`, and the benchmarks that run a room in process): it holds the lock,
//! serves the phones' calls in batches, keeps each batch in the journal with one
//! sync before any phone hears "sparat", and folds the journal into the file when
//! the room closes. Phones' answers stay open (changeable) until the facilitator
//! shows the results in the workbench.

use crate::error::{Error, Result};
use crate::model::assessment::{Assessment, Catalog};
use crate::model::session::Session;
use crate::room::desk::Desk;
use crate::room::{Call, Progress};
use crate::store::{self, Access, Lock};
use std::path::Path;
use std::sync::mpsc::Receiver;

/// What wakes the owner: a phone's call, or the end.
#[derive(Debug)]
pub enum Wake {
    /// A phone's call.
    Call(Call),
    /// Close the room.
    Stop,
}

/// At most this many calls are served before their changes are kept: one write
/// and one sync for all of them.
const BATCH: usize = 256;

/// A session held for a room.
pub struct Owner {
    session: Session,
    model: Assessment,
    desk: Desk,
    lock: Lock,
    /// The file as last written whole, which the journal continues.
    base: store::journal::Base,
    /// True after a batch could be kept neither way: the file then lacks more
    /// than the next batch, and only a whole save may say that a vote is kept.
    behind: bool,
}

impl Owner {
    /// Takes the session at `path` for a room on the challenges `wanted` (all
    /// when `None`) whose results have not been shown: locked for writing, its
    /// journal folded in, and the room's token made and saved before any phone
    /// can use it.
    pub fn take(path: &Path, catalog: &Catalog, wanted: Option<&[String]>) -> Result<Owner> {
        let claim = store::claim(path)?;
        let lock = match claim.access {
            Access::Write(lock) => lock,
            // Another klarhet (the workbench) owns it: the room is opened there.
            Access::Read(store::ReadOnly::Held) => {
                return Err(Error::RoomHeld { path: claim.path });
            }
            Access::Read(why) => {
                return Err(Error::ReadOnly {
                    path: claim.path,
                    why,
                });
            }
        };
        let opened = store::parse_opened(&claim.text, &claim.path, catalog)?;
        if let store::Journalled::Unmatched(mut unmatched) = opened.journal {
            store::set_aside(&claim.path, &mut unmatched);
            return Err(unmatched.error(&claim.path));
        }
        let (mut session, model) = (opened.session, opened.model);
        if session.voter_count() == 0 {
            return Err(Error::NoVoters);
        }
        let desk = Desk::new(session.room_scope(&model, wanted).map_err(|p| match p {
            crate::error::Problem::DanglingId { id, .. } => Error::UnknownChallenge { id },
            _ => Error::AllShown,
        })?);
        if session.room().is_none() {
            let token = super::token(12).map_err(|e| Error::io("getrandom", e))?;
            session.room_or(|| token);
        }
        let base = store::save(&lock, &mut session)?;
        Ok(Owner {
            session,
            model,
            desk,
            lock,
            base,
            behind: false,
        })
    }

    /// The ids of the challenges the room asks about.
    pub fn scope(&self) -> &[String] {
        &self.desk.scope
    }

    /// The session's model.
    pub fn model(&self) -> &Assessment {
        &self.model
    }

    /// The room's token.
    pub fn token(&self) -> &str {
        self.session
            .room()
            .as_ref()
            .map_or("", |r| r.token.as_str())
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Serves calls as they come until [`Wake::Stop`] (or until every sender has
    /// gone); after each batch, `seen` gets the counts and the session.
    pub fn serve(&mut self, woken: &Receiver<Wake>, mut seen: impl FnMut(&Progress, &Session)) {
        while let Ok(first) = woken.recv() {
            let mut calls = Vec::new();
            let mut stopping = false;
            for wake in std::iter::once(first).chain(woken.try_iter().take(BATCH)) {
                match wake {
                    Wake::Call(call) => calls.push(call),
                    Wake::Stop => stopping = true,
                }
            }
            let (replies, changes) =
                super::serve_all(&mut self.session, &self.model, &self.desk, calls);
            let kept = changes.is_empty() || self.keep(&changes).is_ok();
            for reply in replies {
                if kept { reply.kept() } else { reply.lost() }
            }
            seen(
                &super::progress(&self.session, &self.model, &self.desk),
                &self.session,
            );
            if stopping {
                return;
            }
        }
    }

    /// Keeps a batch's changes: appended to the journal with one sync, or, if that
    /// fails (or an earlier batch was lost), the whole session written. A failed
    /// append leaves the journal as it was (see [`store::journal::append`]).
    fn keep(&mut self, changes: &[crate::model::journal::Change]) -> Result<()> {
        if !self.behind && store::journal::append(self.lock.path(), &self.base, changes).is_ok() {
            return Ok(());
        }
        match store::save(&self.lock, &mut self.session) {
            Ok(base) => {
                self.base = base;
                self.behind = false;
                Ok(())
            }
            Err(e) => {
                self.behind = true;
                Err(e)
            }
        }
    }

    /// Writes the session whole, the journal folded in; the lock goes with it.
    pub fn close(mut self) -> Result<()> {
        store::save(&self.lock, &mut self.session).map(drop)
    }
}
