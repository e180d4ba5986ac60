//! HTTP/1.1 as the room speaks it, byte for byte: a request as a browser sends
//! it, the raw response read until the room closes the connection (it serves
//! one request per connection), and on Linux a connection that leaves from an
//! address of its own. The room gives each address a share of its connections,
//! as phones each have their own address; on Linux all of 127.0.0.0/8 is
//! loopback, so every test phone can have one too (127.0.1.1, 127.0.1.2, …).
//! Shared by the tests, `benches/kit/room.rs` and `examples/room_hostile.rs`.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// The address of phone `n` (1 to 254 × 254): 127.0.1.1, 127.0.1.2, …, on
/// Linux; 127.0.0.1 elsewhere, where the rest of 127.0.0.0/8 is not loopback.
pub fn phone_address(n: u32) -> IpAddr {
    if cfg!(target_os = "linux") {
        let (high, low) = (1 + (n - 1) / 254 % 254, 1 + (n - 1) % 254);
        IpAddr::V4(Ipv4Addr::new(127, 0, high as u8, low as u8))
    } else {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    }
}

/// An address no phone of this process has had yet (after 64,516, they repeat).
pub fn next_phone_address() -> IpAddr {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    phone_address(NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A response as it came over the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raw {
    /// The whole response, head and body.
    pub bytes: Vec<u8>,
}

impl Raw {
    /// The head: status line and headers, without the blank line.
    pub fn head(&self) -> String {
        let text = String::from_utf8_lossy(&self.bytes);
        text.split_once("\r\n\r\n")
            .map_or(text.to_string(), |(h, _)| h.to_owned())
    }

    /// The status code, 0 if there is no status line.
    pub fn status(&self) -> u16 {
        let head = self.head();
        head.split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }

    /// Every header as (lower-case name, value), in order.
    pub fn headers(&self) -> Vec<(String, String)> {
        self.head()
            .lines()
            .skip(1)
            .filter_map(|line| {
                let (n, v) = line.split_once(':')?;
                Some((n.to_ascii_lowercase(), v.trim().to_owned()))
            })
            .collect()
    }

    /// The first value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<String> {
        let name = name.to_ascii_lowercase();
        self.headers()
            .into_iter()
            .find_map(|(n, v)| (n == name).then_some(v))
    }

    /// Everything after the head.
    pub fn body(&self) -> String {
        let text = String::from_utf8_lossy(&self.bytes);
        text.split_once("\r\n\r\n")
            .map_or(String::new(), |(_, b)| b.to_owned())
    }

    /// Whether the body is as long as the head says: false for a response cut
    /// off on its way (the room died while it was sent).
    pub fn whole(&self) -> bool {
        let Some(at) = self.bytes.windows(4).position(|w| w == b"\r\n\r\n") else {
            return false;
        };
        let body = self.bytes.len() - at - 4;
        self.header("content-length")
            .and_then(|l| l.parse::<usize>().ok())
            .is_none_or(|length| length == body)
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

/// The room's address and the path (with its query) of `url`, `http://ADDR/…`.
pub fn split_url(url: &str) -> (SocketAddr, String) {
    let rest = url.strip_prefix("http://").expect("an http:// address");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let addr = host.parse().expect("an address as IP:PORT");
    let path = if path.is_empty() { "/" } else { path };
    (addr, path.to_owned())
}

/// A connection to `to` from `from` (any address of the system's choice when
/// `None`).
pub fn connect(from: Option<IpAddr>, to: SocketAddr, wait: Duration) -> std::io::Result<TcpStream> {
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(to),
        socket2::Type::STREAM,
        Some(socket2::Protocol::TCP),
    )?;
    if let Some(from) = from {
        socket.bind(&SocketAddr::new(from, 0).into())?;
    }
    socket.connect_timeout(&to.into(), wait)?;
    Ok(socket.into())
}

/// Sends `request` from `from` to `to` on a connection of its own and reads the
/// response until the room closes the connection, each step within `wait`.
pub fn fetch(
    from: Option<IpAddr>,
    to: SocketAddr,
    request: &[u8],
    wait: Duration,
) -> std::io::Result<Raw> {
    let mut stream = connect(from, to, wait)?;
    stream.set_read_timeout(Some(wait))?;
    stream.set_write_timeout(Some(wait))?;
    stream.write_all(request)?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    Ok(Raw { bytes })
}

/// Keeps the cookie a `set-cookie` header sets in `jar` (a `Cookie` header's
/// value, `a=1; b=2`), as a browser does: one of the same name is replaced,
/// another is added beside the ones kept. The room sets two kinds: the seat
/// token, and the phone's memory of its answers.
pub fn keep_cookie(jar: &mut Option<String>, set: &str) {
    let Some(pair) = set.split(';').next().map(str::trim) else {
        return;
    };
    let name = pair.split('=').next().unwrap_or_default();
    let mut kept: Vec<String> = jar
        .as_deref()
        .unwrap_or_default()
        .split("; ")
        .filter(|c| !c.is_empty() && c.split('=').next() != Some(name))
        .map(str::to_owned)
        .collect();
    kept.push(pair.to_owned());
    *jar = Some(kept.join("; "));
}
