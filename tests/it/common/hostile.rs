//! A hostile neighbour on the room's network, and phones that are not: a siege
//! of idle TCP connections from one address, each opened again as soon as the
//! room drops it, and phones that go through a challenge beside it, each from
//! an address of its own ([`super::wire`]). On Linux the whole of 127.0.0.0/8
//! is loopback, so 127.0.0.2 and 127.0.1.x are other machines to the room.

use super::wire::{self, Raw};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The hostile neighbour's address.
pub const NEIGHBOUR: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// Lets this process hold `files` descriptors (a siege of 2,000 connections
/// needs more than the 1,024 many systems give a process): raises the soft limit
/// up to the hard one, and fails, saying why, when the hard one is too low.
///
/// The process is that of every integration test (tests/it is one crate), so
/// the tests running beside the siege share the limit and its headroom, and
/// keep it raised afterwards, as do the programs they start. Only raised, never
/// lowered, it takes nothing from them, and nothing tested depends on the
/// default: the room's own limits are constants (`room::door`), not its share
/// of open files.
pub fn allow_open_files(files: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    assert_eq!(
        unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) },
        0
    );
    if limit.rlim_cur >= files {
        return;
    }
    assert!(
        limit.rlim_max >= files,
        "this process may open at most {} files, {files} needed: raise `ulimit -Hn`",
        limit.rlim_max
    );
    limit.rlim_cur = files;
    // SAFETY: as above.
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) }, 0);
}

/// What the siege has done so far.
#[derive(Default)]
pub struct SiegeCounts {
    /// Connections that have tried to connect at least once.
    pub started: AtomicUsize,
    /// Attempts to connect, first ones and each one again.
    pub attempts: AtomicUsize,
    /// Attempts that reached the room: connected, or reset by it at once.
    pub reached: AtomicUsize,
    /// Connections open now: connected, and not (yet) closed by the room.
    pub open: AtomicUsize,
}

/// `connections` idle connections from [`NEIGHBOUR`] to `room`, each opened
/// again as soon as it is closed, on a thread of their own, until dropped. They
/// never send a byte: they hold the room's connections without knowing its token.
pub struct Siege {
    pub counts: Arc<SiegeCounts>,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Siege {
    pub fn start(room: SocketAddr, connections: usize) -> Siege {
        let counts = Arc::new(SiegeCounts::default());
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let shared = counts.clone();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a tokio runtime");
            runtime.block_on(async move {
                let holders: Vec<_> = (0..connections)
                    .map(|_| tokio::spawn(hold(room, shared.clone(), stopped.clone())))
                    .collect();
                for holder in holders {
                    let _ = holder.await;
                }
            });
        });
        Siege {
            counts,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Waits until every connection has tried to connect, then `settle` more.
    pub fn wait_started(&self, connections: usize, settle: Duration) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.counts.started.load(Ordering::SeqCst) < connections {
            assert!(Instant::now() < deadline, "the siege did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(settle);
    }

    /// Attempts that reached the room so far.
    pub fn reached(&self) -> usize {
        self.counts.reached.load(Ordering::SeqCst)
    }

    /// Counts as text: attempts to connect, and connections open now.
    pub fn summary(&self) -> String {
        let c = &self.counts;
        format!(
            "{} attempts to connect, {} of them reached the room, {} connections open at the end",
            c.attempts.load(Ordering::SeqCst),
            c.reached.load(Ordering::SeqCst),
            c.open.load(Ordering::SeqCst),
        )
    }
}

impl Drop for Siege {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One hostile connection: connects, holds the connection without a word until
/// the room closes it, and connects again.
async fn hold(
    room: SocketAddr,
    counts: Arc<SiegeCounts>,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    counts.started.fetch_add(1, Ordering::SeqCst);
    while !*stopped.borrow() {
        counts.attempts.fetch_add(1, Ordering::SeqCst);
        let connected = tokio::select! {
            _ = stopped.changed() => return,
            connected = connect_from(NEIGHBOUR, room) => connected,
        };
        let mut stream = match connected {
            Ok(stream) => stream,
            // Reset by the room before the connection was seen to open: again.
            Err(e) => {
                if e.kind() == std::io::ErrorKind::ConnectionReset {
                    counts.reached.fetch_add(1, Ordering::SeqCst);
                }
                tokio::task::yield_now().await;
                continue;
            }
        };
        counts.reached.fetch_add(1, Ordering::SeqCst);
        counts.open.fetch_add(1, Ordering::SeqCst);
        let mut buf = [0u8; 64];
        let closed = loop {
            tokio::select! {
                _ = stopped.changed() => break false,
                read = stream.read(&mut buf) => match read {
                    Ok(0) | Err(_) => break true,
                    Ok(_) => {}
                },
            }
        };
        counts.open.fetch_sub(1, Ordering::SeqCst);
        if !closed {
            return;
        }
    }
}

/// A connection to `to` that leaves from address `from`.
pub async fn connect_from(from: IpAddr, to: SocketAddr) -> std::io::Result<tokio::net::TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from, 0))?;
    socket.connect(to).await
}

/// Sends `request` from `from` to `to` on a connection of its own and reads the
/// response until the room closes the connection (it serves one request per
/// connection), within `limit`.
pub async fn exchange(
    from: IpAddr,
    to: SocketAddr,
    request: &[u8],
    limit: Duration,
) -> std::io::Result<Raw> {
    let talk = async {
        let mut stream = connect_from(from, to).await?;
        stream.write_all(request).await?;
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).await?;
        Ok(Raw { bytes })
    };
    tokio::time::timeout(limit, talk)
        .await
        .unwrap_or_else(|_| Err(std::io::ErrorKind::TimedOut.into()))
}

/// What one phone went through: the time of each request answered, and what
/// went wrong if one was not.
#[derive(Debug, Default)]
pub struct Journey {
    pub times: Vec<Duration>,
    pub lost: Option<String>,
}

/// One request of a [`journey`]: a page (GET) or a form (POST), and the status
/// a browser gets for it.
struct Step {
    path: String,
    form: Vec<(String, String)>,
    status: u16,
}

impl Step {
    fn get(path: &str) -> Step {
        Step {
            path: path.to_owned(),
            form: vec![],
            status: 200,
        }
    }

    /// A form that the room answers with a redirect (303), as it does a seat
    /// claimed and an answer saved.
    fn post(path: &str, form: &[(String, String)]) -> Step {
        Step {
            path: path.to_owned(),
            form: form.to_vec(),
            status: 303,
        }
    }
}

/// Requests in one [`journey`] through `statements` statements.
pub fn requests_in_journey(statements: usize) -> usize {
    3 + 2 * statements
}

/// Phone `seat`, from an address of its own, as a participant goes: the seat
/// page, the claim, then for each statement its page and an answer, and the last
/// page. `cookie` is the phone's seat cookie, kept from one journey to the next.
/// A request not answered within `give_up`, or answered with another status
/// than a browser would get, ends the journey.
pub async fn journey(
    room: SocketAddr,
    token: &str,
    seat: u32,
    statements: &[String],
    cookie: &mut Option<String>,
    give_up: Duration,
) -> Journey {
    let from = wire::phone_address(seat);
    let page = format!("/{token}/");
    let seat_form = [("seat".to_owned(), seat.to_string())];
    let mut steps = vec![
        Step::get(&page),
        Step::post(&format!("/{token}/seat"), &seat_form),
    ];
    for (j, statement) in statements.iter().enumerate() {
        let value = ((seat as usize + j) % 5 + 1).to_string();
        let answer = [
            ("statement".to_owned(), statement.clone()),
            ("answer".to_owned(), value),
        ];
        steps.push(Step::get(&page));
        steps.push(Step::post(&format!("/{token}/answer"), &answer));
    }
    steps.push(Step::get(&page));
    let mut phone = Journey::default();
    for Step { path, form, status } in steps {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (method, body) = match pairs.is_empty() {
            true => ("GET", None),
            false => ("POST", Some(pairs.as_slice())),
        };
        let request = wire::request(method, room, &path, cookie.as_deref(), body);
        let sent = Instant::now();
        match exchange(from, room, &request, give_up).await {
            Ok(got) if got.status() == status => {
                phone.times.push(sent.elapsed());
                if let Some(set) = got.header("set-cookie") {
                    wire::keep_cookie(cookie, &set);
                }
            }
            Ok(got) => {
                phone.lost = Some(format!("seat {seat}: {method} {path}: {}", got.status()));
                break;
            }
            Err(e) => {
                let after = sent.elapsed();
                phone.lost = Some(format!("seat {seat}: {method} {path}: {e} after {after:?}"));
                break;
            }
        }
    }
    phone
}

/// The `q` quantile of sorted `times` (the nearest rank), `none` when empty.
pub fn quantile(times: &[Duration], q: f64, none: Duration) -> Duration {
    let at = (times.len() as f64 * q).ceil() as usize;
    times.get(at.max(1) - 1).copied().unwrap_or(none)
}
