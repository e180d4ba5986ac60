//! A hostile neighbour on the room's network, and phones that are not: a siege
//! of idle TCP connections from one address, each opened again as soon as the
//! room drops it, and a plain HTTP/1.1 client whose connections leave from an
//! address of its own. On Linux the whole of 127.0.0.0/8 is loopback, so
//! 127.0.0.2 and 127.0.1.x are other machines as far as the room can tell.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The address of phone `n` (1 to 254 × 254): 127.0.1.1, 127.0.1.2, …
pub fn phone_address(n: u32) -> IpAddr {
    let (high, low) = (1 + (n - 1) / 254, 1 + (n - 1) % 254);
    IpAddr::V4(Ipv4Addr::new(127, 0, high as u8, low as u8))
}

/// The hostile neighbour's address.
pub const NEIGHBOUR: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));

/// Lets this process hold `files` descriptors (a siege of 2,000 connections
/// needs more than the 1,024 many systems give a process): raises the soft limit
/// up to the hard one, and fails, saying why, when the hard one is too low.
pub fn allow_open_files(files: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) }, 0);
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
    /// Connections made (the room's end accepted them or they wait in its queue).
    pub connects: AtomicUsize,
    /// Connections open now.
    pub open: AtomicUsize,
    /// Connections the room closed, each opened again.
    pub dropped: AtomicUsize,
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

    /// Counts as text: connections made, open now, dropped and opened again.
    pub fn summary(&self) -> String {
        let c = &self.counts;
        format!(
            "{} connections made, {} open now, {} dropped by the room and opened again",
            c.connects.load(Ordering::SeqCst),
            c.open.load(Ordering::SeqCst),
            c.dropped.load(Ordering::SeqCst)
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
        let connected = tokio::select! {
            _ = stopped.changed() => return,
            connected = connect_from(NEIGHBOUR, room) => connected,
        };
        let Ok(mut stream) = connected else {
            // Out of ports or refused: try again shortly, as a script would.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        counts.connects.fetch_add(1, Ordering::SeqCst);
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
        counts.dropped.fetch_add(1, Ordering::SeqCst);
    }
}

/// A connection to `to` that leaves from address `from`.
pub async fn connect_from(from: IpAddr, to: SocketAddr) -> std::io::Result<tokio::net::TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind(SocketAddr::new(from, 0))?;
    socket.connect(to).await
}

/// A response as it came over the wire.
#[derive(Debug, Clone)]
pub struct Raw {
    /// The whole response, head and body.
    pub bytes: Vec<u8>,
}

impl Raw {
    /// The status code.
    pub fn status(&self) -> u16 {
        let text = String::from_utf8_lossy(&self.bytes);
        text.split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }

    /// The first value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<String> {
        let text = String::from_utf8_lossy(&self.bytes);
        let head = text.split("\r\n\r\n").next().unwrap_or("");
        head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }

    /// Everything after the head.
    pub fn body(&self) -> String {
        let text = String::from_utf8_lossy(&self.bytes);
        text.split_once("\r\n\r\n")
            .map_or(String::new(), |(_, b)| b.to_owned())
    }
}

/// A request as a browser sends it: `method` `path`, the `cookie` if any, and a
/// form body if any.
pub fn request(
    method: &str,
    host: SocketAddr,
    path: &str,
    cookie: Option<&str>,
    form: Option<&[(&str, &str)]>,
) -> Vec<u8> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: phone\r\n");
    if let Some(cookie) = cookie {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    let body = form.map(|pairs| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter().copied())
            .finish()
    });
    if let Some(body) = &body {
        head.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    head.push_str(body.as_deref().unwrap_or(""));
    head.into_bytes()
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

/// [`exchange`] from 127.0.0.1 without a runtime of the caller's.
pub fn exchange_blocking(to: SocketAddr, request: &[u8]) -> Raw {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let from = IpAddr::V4(Ipv4Addr::LOCALHOST);
    runtime
        .block_on(exchange(from, to, request, Duration::from_secs(10)))
        .expect("the room answers")
}
