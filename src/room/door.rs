//! The room's door: the accept loop. It lets in at most [`MAX_CONNECTIONS`]
//! connections at once and at most [`PER_ADDRESS`] from any one address, closes
//! a connection over its address's share the moment it is accepted, without
//! reading a byte, and gives every connection one request, whose head must come
//! within [`HEADER_TIMEOUT`].
//!
//! Why a share per address: on a guest network the room is open to people who
//! are not in the workshop. One laptop there, without the token, that held idle
//! connections and opened each again as it was dropped, held every slot the room
//! had (300 held: a phone's page took up to 10 s; 2,000: no phone got in for
//! 120 s). Phones each have an address of their own, so a share per address
//! keeps such a neighbour to [`PER_ADDRESS`] slots, and the door keeps accepting:
//! it waits only for a free slot of the whole room, which one address cannot
//! fill. Someone who can take many addresses on the network can still take many
//! shares; the threat model in SECURITY.md says so.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// At most this many connections are served at once; more wait, in the system's
/// listen queue, to be accepted.
pub const MAX_CONNECTIONS: usize = 256;

/// At most this many connections from one address at once. A phone's browser
/// opens at most 6 connections to one server (every common browser's limit for
/// HTTP/1.1), asks for `/favicon.ico` beside the page, and may keep a
/// connection opened ahead of need; 16 leaves room for that, a second browser on
/// the phone, or two or three phones behind one address, and keeps one address
/// to a sixteenth of the room's 256.
pub const PER_ADDRESS: usize = 16;

/// How long a connection may take to send a whole request head, counted from
/// the moment it is accepted. A phone sends its head (under 1 KB, one packet)
/// as soon as it has connected; 5 s allows for a lost packet sent again twice
/// on a poor Wi-Fi. A connection that sends nothing (a browser's connection
/// opened ahead of need, or a neighbour's) is closed after 5 s: a browser opens
/// a new one when it needs it. There is no idle time after a request: every
/// connection serves one request and is closed (no keep-alive).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// How long the door waits before it accepts again after accepting failed (out
/// of file descriptors, say): the connection is still in the queue, and trying
/// again at once would spin.
const ACCEPT_RETRY: Duration = Duration::from_millis(50);

/// The connections open now, by address.
#[derive(Default)]
struct Shares(Mutex<HashMap<IpAddr, usize>>);

/// One connection's place in its address's share, given back when dropped.
struct Share {
    shares: Arc<Shares>,
    ip: IpAddr,
}

impl Shares {
    /// A place for one more connection from `ip`, or none when its share is full.
    fn take(self: &Arc<Shares>, ip: IpAddr) -> Option<Share> {
        let mut open = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(ip).or_insert(0);
        if *count >= PER_ADDRESS {
            return None;
        }
        *count += 1;
        Some(Share {
            shares: self.clone(),
            ip,
        })
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        let mut open = self.shares.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

/// The address a connection comes from, an IPv4 address as itself whether it
/// reached an IPv4 or a dual-stack IPv6 socket.
fn origin(peer: std::net::SocketAddr) -> IpAddr {
    peer.ip().to_canonical()
}

/// Accepts connections until `stopped`, within the limits above, and serves
/// each one request with `serve`.
pub(super) async fn serve<S, F>(
    listener: tokio::net::TcpListener,
    serve: S,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) where
    S: Fn(hyper::Request<hyper::body::Incoming>) -> F + Clone + Send + 'static,
    F: Future<Output = hyper::Response<axum::body::Body>> + Send + 'static,
{
    let permits = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let shares = Arc::new(Shares::default());
    loop {
        let permit = tokio::select! {
            _ = &mut stopped => return,
            permit = permits.clone().acquire_owned() => permit,
        };
        let Ok(permit) = permit else { return };
        let accepted = tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(_) => {
                tokio::time::sleep(ACCEPT_RETRY).await;
                continue;
            }
        };
        let Some(share) = shares.take(origin(peer)) else {
            // Over its address's share: closed now, unread, with a reset rather
            // than a goodbye, so that nothing of it lingers in the system.
            let _ = stream.set_zero_linger();
            drop(stream);
            continue;
        };
        let serve = serve.clone();
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let service = hyper::service::service_fn(move |request| {
                let answer = serve(request);
                async move { Ok::<_, Infallible>(answer.await) }
            });
            let mut http = hyper::server::conn::http1::Builder::new();
            // One request per connection: an idle connection kept alive would
            // hold a slot for as long as the phone liked. No date header: every
            // response to a request without the token is then the same bytes.
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .keep_alive(false)
                .auto_date_header(false);
            let _ = http.serve_connection(io, service).await;
            drop((share, permit));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_share_and_no_more_and_gets_it_back() {
        let shares = Arc::new(Shares::default());
        let a: IpAddr = "10.0.0.2".parse().unwrap();
        let b: IpAddr = "10.0.0.3".parse().unwrap();
        let held: Vec<Share> = (0..PER_ADDRESS).filter_map(|_| shares.take(a)).collect();
        assert_eq!(held.len(), PER_ADDRESS);
        assert!(shares.take(a).is_none(), "over the share");
        assert!(shares.take(b).is_some(), "another address is let in");
        drop(held);
        assert!(shares.take(a).is_some(), "the share comes back");
        assert!(
            shares.0.lock().unwrap().is_empty(),
            "no address left behind"
        );
    }

    #[test]
    fn an_ipv4_phone_on_a_dual_stack_socket_is_one_address() {
        let mapped: std::net::SocketAddr = "[::ffff:10.0.0.2]:5000".parse().unwrap();
        let plain: std::net::SocketAddr = "10.0.0.2:6000".parse().unwrap();
        assert_eq!(origin(mapped), origin(plain));
    }
}
