//! The runtime's side of the room: it starts and stops listening, carries the
//! phones' calls into `update` as one message per batch, and answers each phone
//! once the effects before its reply have kept the batch on disk. Terminal events
//! and calls arrive on one channel, so the event loop blocks on both at once and
//! does nothing while neither comes.

use super::App;
use crate::room::{self, Call, Wake};
use crate::tui::msg::{Msg, RoomAddress};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

/// The room as the runtime holds it.
pub(super) struct Line {
    /// Where wakes arrive, and the sender handed to the terminal reader and the room.
    tx: Sender<Wake>,
    rx: Receiver<Wake>,
    /// A wake taken while gathering calls that was not a call: it comes next.
    stashed: VecDeque<Wake>,
    /// Listening, while the room is open.
    listening: Option<room::Listening>,
    /// Where to listen; the laptop's own address when not set.
    bind: Option<SocketAddr>,
    /// The phones waiting for a reply, in the order their requests went to `update`.
    waiting: VecDeque<tokio::sync::oneshot::Sender<Option<room::desk::Reply>>>,
    /// How many of them the last batch was.
    batch: usize,
    /// Whether the last save or journal write succeeded.
    pub(super) kept: bool,
}

impl Line {
    pub(super) fn new(bind: Option<SocketAddr>) -> Line {
        let (tx, rx) = channel();
        Line {
            tx,
            rx,
            stashed: VecDeque::new(),
            listening: None,
            bind,
            waiting: VecDeque::new(),
            batch: 0,
            kept: true,
        }
    }
}

impl App {
    /// A sender for terminal events: the event loop's reader thread uses it.
    pub fn waker(&self) -> Sender<Wake> {
        self.line.tx.clone()
    }

    /// Blocks until something wakes the loop, or until `deadline`: `None` means
    /// the deadline came first (or every sender has gone).
    pub fn wait(&mut self, deadline: Option<Instant>) -> Option<Wake> {
        if let Some(wake) = self.line.stashed.pop_front() {
            return Some(wake);
        }
        match deadline {
            None => self.line.rx.recv().ok(),
            // A timeout and a closed channel both mean: do what is due.
            Some(at) => self
                .line
                .rx
                .recv_timeout(at.saturating_duration_since(Instant::now()))
                .ok(),
        }
    }

    /// Serves `first` with every call queued behind it, as one batch: one
    /// message to `update`, and so one journal write.
    pub fn calls(&mut self, first: Call) {
        let (batch, after) = room::batch(first, &self.line.rx);
        self.line.stashed.extend(after);
        self.line.batch = batch.len();
        let requests = batch
            .into_iter()
            .map(|call| {
                self.line.waiting.push_back(call.reply);
                call.request
            })
            .collect();
        self.handle(Msg::RoomCalls(requests));
    }

    /// Serves every call that has arrived, without waiting: for tests, which
    /// drive the app without its event loop. Gives how many were served.
    pub fn serve_waiting_calls(&mut self) -> usize {
        let mut served = 0;
        while let Ok(wake) = self.line.rx.try_recv() {
            match wake {
                Wake::Call(call) => {
                    served += 1;
                    self.calls(call);
                }
                other => self.line.stashed.push_back(other),
            }
        }
        served
    }

    /// The address of the open room, if one is open.
    pub fn room_url(&self) -> Option<&str> {
        self.line.listening.as_ref().map(|l| l.url.as_str())
    }

    /// Starts listening with the session's room token, or a new one.
    pub(super) fn open_room(&mut self) -> Msg {
        self.close_room();
        let Some(work) = &self.state.shared.work else {
            return Msg::RoomOpened(Err(crate::error::Error::NoOpenSession.into()));
        };
        let token = match work.session.room().as_ref() {
            Some(room) => room.token.clone(),
            None => match room::token(12) {
                Ok(token) => token,
                Err(e) => {
                    return Msg::RoomOpened(Err(crate::error::Error::io("getrandom", e).into()));
                }
            },
        };
        let tx = self.line.tx.clone();
        let deliver: room::Deliver = Box::new(move |call| tx.send(Wake::Call(call)).is_ok());
        let bind = self.line.bind.unwrap_or_else(room::default_bind);
        match room::open(bind, &token, work.session.language(), deliver) {
            Ok(listening) => {
                let url = listening.url.clone();
                self.line.listening = Some(listening);
                Msg::RoomOpened(Ok(RoomAddress { url, token }))
            }
            Err(e) => Msg::RoomOpened(Err(e.into())),
        }
    }

    /// Stops listening; phones still waiting are told nothing was saved.
    pub(super) fn close_room(&mut self) {
        if let Some(listening) = self.line.listening.take() {
            listening.close();
        }
        for phone in self.line.waiting.drain(..) {
            let _ = phone.send(None);
        }
    }

    /// Answers the phones served last, in order: with their replies when the
    /// batch was kept, otherwise with "nothing was saved". Phones the screen gave
    /// no reply for (the room closed meanwhile) hear the same.
    pub(super) fn room_replies(&mut self, replies: Vec<room::desk::Reply>) {
        let kept = self.line.kept;
        let mut replies = replies.into_iter();
        for _ in 0..std::mem::take(&mut self.line.batch) {
            let Some(phone) = self.line.waiting.pop_front() else {
                break;
            };
            let _ = phone.send(replies.next().filter(|_| kept));
        }
    }
}
