//! The session's one owner while a room runs without the workbench (`klarhet
//! room`, and the benchmarks that run a room in process): it serves the phones'
//! calls in batches and keeps each batch through the session's [`Host`] (the
//! journal, with one sync) before any phone hears "sparat", and folds the
//! journal into the file when the room closes. Phones' answers stay open
//! (changeable) until the facilitator shows the results in the workbench.

use crate::error::{Error, Result};
use crate::model::assessment::{Assessment, Catalog};
use crate::model::session::Session;
use crate::room::counts::Counts;
use crate::room::desk::Desk;
use crate::room::{Progress, Wake};
use crate::store::host::{self, Host};
use crate::store::{self, ReadOnly};
use std::path::Path;
use std::sync::mpsc::Receiver;

/// What a room asks: the challenges `challenges` names (every one whose
/// results have not been shown when `None`), and the sets of open prompts.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// The challenges' ids, or none for all.
    pub challenges: Option<&'a [String]>,
    /// The sets' ids.
    pub prompts: &'a [String],
    /// The polls put to the phones.
    pub polls: &'a [crate::model::picks::Poll],
}

/// A session held for a room.
pub struct Owner {
    session: Session,
    model: Assessment,
    desk: Desk,
    host: Host,
    /// The room's counts, kept as each batch changes them.
    counts: Counts,
}

impl Owner {
    /// Takes the session at `path` for a room on the challenges `wanted` (all
    /// when `None`) whose results have not been shown: locked for writing, its
    /// journal folded in, and the room's token made and saved before any phone
    /// can use it.
    pub fn take(path: &Path, catalog: &Catalog, wanted: Option<&[String]>) -> Result<Owner> {
        let scope = Scope {
            challenges: wanted,
            prompts: &[],
            polls: &[],
        };
        Owner::take_for(path, catalog, scope)
    }

    /// [`Owner::take`] for a room that asks `scope`: its challenges, and the
    /// sets of open prompts it puts to the phones. A room that puts sets may
    /// ask no challenge.
    pub fn take_for(path: &Path, catalog: &Catalog, scope: Scope) -> Result<Owner> {
        let wanted = scope.challenges;
        let claimed = host::claim(path)?;
        match claimed.access {
            Ok(_) => {}
            // Another klarhet (the workbench) owns it: the room is opened there.
            Err(ReadOnly::Held) => return Err(Error::RoomHeld { path: claimed.path }),
            Err(why) => {
                return Err(Error::ReadOnly {
                    path: claimed.path,
                    why,
                });
            }
        }
        let opened = claimed.open(catalog)?;
        let lock = match (opened.journal, opened.access) {
            (store::Journalled::Unmatched(unmatched), _) => {
                return Err(unmatched.error(&opened.path));
            }
            (_, Ok(lock)) => lock,
            (_, Err(why)) => {
                return Err(Error::ReadOnly {
                    path: opened.path,
                    why,
                });
            }
        };
        let (mut session, model) = (opened.session, opened.model);
        if session.voter_count() == 0 {
            return Err(Error::NoVoters);
        }
        let challenges = match session.room_scope(&model, wanted) {
            Ok(ids) => ids,
            // Only the sets, then.
            Err(crate::error::Problem::AllShown)
                if !scope.prompts.is_empty() || !scope.polls.is_empty() =>
            {
                Vec::new()
            }
            Err(crate::error::Problem::DanglingId { id, .. }) => {
                return Err(Error::UnknownChallenge { id });
            }
            Err(_) => return Err(Error::AllShown),
        };
        let mut desk = Desk::new(challenges);
        for id in scope.prompts {
            session.prompt_set(&model, id).map_err(Error::Refused)?;
            desk.offer(id);
        }
        for poll in scope.polls {
            crate::model::picks::choices(&model, &session, poll).map_err(Error::Refused)?;
            desk.offer_poll(poll.clone());
        }
        if session.room().is_none() {
            let token = super::token(12).map_err(|e| Error::io("getrandom", e))?;
            let open = crate::model::Command::OpenRoom { token };
            session.apply(&model, open).map_err(Error::Refused)?;
        }
        let mut host = Host::new(lock);
        host.save(&mut session)?;
        let counts = Counts::new(&session, &model, &desk);
        Ok(Owner {
            session,
            model,
            desk,
            host,
            counts,
        })
    }

    /// The ids of the challenges the room asks about.
    pub fn scope(&self) -> &[String] {
        &self.desk.scope
    }

    /// The ids of the sets of open prompts the room puts to the phones.
    pub fn sets(&self) -> &[String] {
        self.desk.sets()
    }

    /// The polls the room puts to the phones.
    pub fn polls(&self) -> &[crate::model::picks::Poll] {
        self.desk.polls()
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

    /// A channel on which every write of the session is published.
    pub fn subscribe(&mut self) -> Receiver<host::Published> {
        self.host.subscribe()
    }

    /// Serves calls as they come until [`Wake::Stop`] (or until every sender has
    /// gone); after each batch, `seen` gets the counts and the session.
    pub fn serve(&mut self, woken: &Receiver<Wake>, mut seen: impl FnMut(&Progress, &Session)) {
        let mut next = None;
        while let Some(wake) = next.take().or_else(|| woken.recv().ok()) {
            let first = match wake {
                Wake::Call(call) => call,
                Wake::Stop => return,
                Wake::Term(_) => continue,
            };
            let (calls, after) = super::batch(first, woken);
            next = after;
            let (replies, changes) =
                super::serve_all(&mut self.session, &self.model, &self.desk, calls);
            self.counts.changed(&self.session, &self.model, &changes);
            let kept = self.host.record(&mut self.session, &changes).is_ok();
            for reply in replies {
                if kept { reply.kept() } else { reply.lost() }
            }
            seen(self.counts.progress(), &self.session);
        }
    }

    /// Writes the session whole, the journal folded in; the lock goes with it.
    pub fn close(mut self) -> Result<()> {
        self.host.save(&mut self.session)
    }
}
