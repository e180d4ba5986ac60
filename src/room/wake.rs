//! What wakes the one owner of a session while a room is open, the workbench's
//! event loop or `klarhet room`: both block on one channel of [`Wake`]s and
//! serve the phones' calls in batches of at most [`BATCH`], one journal write
//! and one sync for each batch.

use super::Call;
use crate::store::host::BATCH;
use std::sync::mpsc::{Receiver, TryRecvError};

/// What wakes the owner.
#[derive(Debug)]
pub enum Wake {
    /// A phone's call.
    Call(Call),
    /// A terminal event, or the terminal failing (the workbench).
    Term(std::io::Result<crossterm::event::Event>),
    /// Close the room and stop (Ctrl-C in `klarhet room`; in the workbench,
    /// its terminal hanging up or a signal to stop).
    Stop,
}

/// `first` with every call queued behind it, up to [`BATCH`] in all, and the
/// first wake that was not a call (it comes next), if one was taken.
pub fn batch(first: Call, woken: &Receiver<Wake>) -> (Vec<Call>, Option<Wake>) {
    let mut calls = vec![first];
    while calls.len() < BATCH {
        match woken.try_recv() {
            Ok(Wake::Call(call)) => calls.push(call),
            Ok(other) => return (calls, Some(other)),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
        }
    }
    (calls, None)
}
