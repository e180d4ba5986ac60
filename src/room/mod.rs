//! The room: participants answer on their own phones, from a small page this
//! laptop serves on the room's network while the facilitator keeps it open. No
//! cloud, no account, nothing leaves the laptop: the phones connect to it, and it
//! connects to nothing.
//!
//! [`desk`] decides (pure: request in, reply and changes out), [`page`] draws the
//! HTML, `http` is the web layer, `door` the accept loop that keeps any one
//! address to its share of connections, and [`open`] starts listening on a small tokio
//! runtime on its own thread. The session has one owner, the workbench or
//! `klarhet room`: every request is handed to it as a [`Call`], and the phone
//! gets its answer only after the owner has kept the change on disk.

mod cookies;
pub mod counts;
pub mod desk;
mod desk_page;
mod desk_polls;
mod desk_prompts;
mod door;
mod http;
pub mod memory;
mod messages;
pub mod owner;
pub mod page;
mod page_polls;
mod page_prompts;
pub mod qr;
#[cfg(test)]
mod test_room;
mod wake;

pub use door::{HEADER_TIMEOUT, MAX_CONNECTIONS, PER_ADDRESS};
pub use wake::{Wake, batch};

use crate::error::{Error, Result};
use crate::text::Lang;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// The port a room listens on unless told otherwise, so that a room opened again
/// (after a restart) has the same address and the phones carry on.
pub const DEFAULT_PORT: u16 = 7373;

/// A phone's request with the means to answer it. The owner sends `Some(reply)`
/// once any change it made is on disk, or `None` when it could not be saved.
#[derive(Debug)]
pub struct Call {
    /// The request.
    pub request: desk::Request,
    /// Where the reply goes.
    pub reply: tokio::sync::oneshot::Sender<Option<desk::Reply>>,
}

/// Hands a call to the owner; false when the owner has gone.
pub type Deliver = Box<dyn Fn(Call) -> bool + Send + Sync>;

/// A random token of `bytes` bytes from the system's source, in base 32 (upper
/// case letters and digits, so it reads aloud and fits a QR code's compact mode).
pub fn token(bytes: usize) -> std::io::Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(data_encoding::BASE32_NOPAD.encode(&buf))
}

/// The address to listen on when none is given: this laptop's address on its
/// network (what phones on the same Wi-Fi reach), and [`DEFAULT_PORT`].
pub fn default_bind() -> SocketAddr {
    let ip = local_ip_address::local_ip().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    SocketAddr::new(ip, DEFAULT_PORT)
}

/// A room that is listening. Dropping it (or [`Listening::close`]) stops it: the
/// socket is closed and no phone can reach the laptop any more.
pub struct Listening {
    /// The address the phones open, token included.
    pub url: String,
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Listening {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listening").field("url", &self.url).finish()
    }
}

impl Listening {
    /// Stops listening and waits until the socket is closed.
    pub fn close(mut self) {
        self.shut();
    }

    fn shut(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Listening {
    fn drop(&mut self) {
        self.shut();
    }
}

/// Starts listening on `bind` for the room with `token`, handing each request to
/// the owner through `deliver`. If the port is taken, another is chosen by the
/// system (the address shown says which).
pub fn open(bind: SocketAddr, token: &str, lang: Lang, deliver: Deliver) -> Result<Listening> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(|e| Error::io("tokio", e))?;
    let listener = runtime
        .block_on(async { listen(bind).or_else(|_| listen(SocketAddr::new(bind.ip(), 0))) })
        .map_err(|e| Error::io(bind.to_string(), e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io(bind.to_string(), e))?;
    let shared = Arc::new(http::Shared {
        token: token.to_owned(),
        lang,
        deliver,
    });
    let (stop, stopped) = tokio::sync::oneshot::channel();
    let thread = std::thread::Builder::new()
        .name("klarhet-room".into())
        .spawn(move || runtime.block_on(door::serve(listener, http::gate(shared), stopped)))
        .map_err(|e| Error::io("thread", e))?;
    Ok(Listening {
        url: format!("http://{}/{token}/", host(addr)),
        addr,
        stop: Some(stop),
        thread: Some(thread),
    })
}

/// How many connections the system may hold for the room before it accepts
/// them: every answer is a connection of its own, and a room of 300 answering at
/// once overflowed the usual 128, which the phones felt as a second's stall.
const BACKLOG: u32 = 4096;

/// A listening socket on `addr` with room for [`BACKLOG`] waiting connections.
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
    };
    // Unix only: there it lets a room opened again right after a crash take its
    // port back from connections still closing; on Windows it would let another
    // program take the port from the room.
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

fn host(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    }
}

/// Serves a batch of calls that arrived together, in order, against the session:
/// gives each call's reply sender with its reply, and every change the batch made.
/// The owner keeps the changes on disk with one write and one sync for the whole
/// batch (group commit), and only then sends the replies.
pub fn serve_all(
    session: &mut crate::model::Session,
    model: &crate::model::Assessment,
    desk: &desk::Desk,
    calls: Vec<Call>,
) -> (Vec<Answering>, Vec<crate::model::journal::Change>) {
    let mut changes = Vec::new();
    let replies = calls
        .into_iter()
        .map(|call| {
            let (reply, mut made) = desk::serve(session, model, desk, call.request);
            changes.append(&mut made);
            Answering {
                to: call.reply,
                reply,
            }
        })
        .collect();
    (replies, changes)
}

/// A reply waiting for its changes to reach the disk.
#[derive(Debug)]
pub struct Answering {
    to: tokio::sync::oneshot::Sender<Option<desk::Reply>>,
    reply: desk::Reply,
}

impl Answering {
    /// Sends the reply: the changes are on disk.
    pub fn kept(self) {
        let _ = self.to.send(Some(self.reply));
    }

    /// Tells the phone nothing was saved.
    pub fn lost(self) {
        let _ = self.to.send(None);
    }
}

/// How far the seats have got in the current rounds: how many have passed
/// every statement the room asks, how many have started, and per challenge how
/// many have passed all of its current round's statements. Counts only, never an answer. This counts every seat again;
/// an owner that serves batches keeps [`counts::Counts`] instead, which counts
/// only the seats a batch touched.
pub fn progress(
    session: &crate::model::Session,
    model: &crate::model::Assessment,
    desk: &desk::Desk,
) -> Progress {
    let challenges = desk.challenges(model);
    let mut progress = Progress {
        seats: session.voter_count(),
        answered: challenges.iter().map(|c| (c.id.clone(), 0)).collect(),
        ..Progress::default()
    };
    for i in 0..session.voter_count() {
        let Some(seat) = session.voter_id(i) else {
            continue;
        };
        let passed = |c: &crate::model::assessment::Challenge| {
            if session.finished(c, seat) {
                session.round_len(c)
            } else {
                session.room().as_ref().map_or(0, |r| r.passed(&c.id, seat))
            }
        };
        let mut done = !challenges.is_empty();
        let mut started = false;
        for (c, (_, answered)) in challenges.iter().zip(&mut progress.answered) {
            let passed = passed(c);
            if passed >= session.round_len(c) {
                *answered += 1;
            } else {
                done = false;
            }
            started |= passed > 0;
        }
        if done {
            progress.done += 1;
        } else {
            if started {
                progress.started += 1;
            }
            progress.missing.push(seat);
        }
        if session
            .room()
            .as_ref()
            .is_some_and(|r| r.seats().contains_key(&seat))
        {
            progress.claimed += 1;
        }
    }
    progress.missing.sort_unstable();
    progress
}

/// Counts of a room's seats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Seats in the room.
    pub seats: usize,
    /// Seats a phone has claimed.
    pub claimed: usize,
    /// Seats that have passed every statement.
    pub done: usize,
    /// Seats that have started but not finished.
    pub started: usize,
    /// Seats not done, by number.
    pub missing: Vec<u32>,
    /// Per challenge the room asks about, in order: its id and how many seats
    /// have passed all of its statements.
    pub answered: Vec<(String, usize)>,
}
