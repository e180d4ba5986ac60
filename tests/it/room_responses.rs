//! What the room answers, byte for byte, over a raw TCP socket to `klarhet
//! room` (the real binary). Without the token, whatever the method, path,
//! headers or body, every request gets the same bytes: one bare 404 with
//! nothing of a room in it (no `allow:` naming the routes, no page, no date).
//! With the token, every page, redirect and refusal carries the room's
//! security headers, and the Content-Security-Policy allows exactly the page's
//! own style.

use crate::common;

use common::phone::RoomProcess;
use common::wire::{self, Raw};
use std::net::SocketAddr;
use std::time::Duration;

/// Every method a client may send, a made-up one included.
const METHODS: [&str; 10] = [
    "GET",
    "POST",
    "PUT",
    "DELETE",
    "HEAD",
    "OPTIONS",
    "PATCH",
    "TRACE",
    "FROBNICATE",
    "get",
];

fn room() -> (tempfile::TempDir, RoomProcess, SocketAddr, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (id, _) = common::phone::saved_crowd(dir.path(), 4, |_| {});
    let room = RoomProcess::start(dir.path(), &id, &[]);
    let (addr, path) = wire::split_url(&room.url);
    let token = path.trim_matches('/').to_owned();
    (dir, room, addr, token)
}

/// `bytes` sent on a connection of its own from 127.0.0.1; the whole answer.
fn send(addr: SocketAddr, bytes: &[u8]) -> Raw {
    wire::fetch(None, addr, bytes, Duration::from_secs(10)).expect("the room answers")
}

/// The request line and headers of `method` on `path`, with `extra` headers and
/// `body` (its length given when there is one).
fn raw_request(method: &str, addr: SocketAddr, path: &str, extra: &str, body: &str) -> Vec<u8> {
    let length = match body.is_empty() {
        true => String::new(),
        false => format!("Content-Length: {}\r\n", body.len()),
    };
    format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\n{extra}{length}\r\n{body}").into_bytes()
}

/// Paths without the room's token (or with it, for nothing the room serves):
/// the room's own routes under wrong tokens, near misses of the token, and
/// paths no room has.
fn strangers(token: &str) -> Vec<String> {
    let mut near = token.to_owned();
    let last = near.pop().expect("a token");
    near.push(if last == 'A' { 'B' } else { 'A' });
    let encoded_first = format!("%{:02X}{}", token.as_bytes()[0], &token[1..]);
    let mut tokens = vec![
        "WRONGTOKENWRONGTOKEN".to_owned(),
        token.to_ascii_lowercase(),
        near,
        format!("{token}X"),
        token[..token.len() - 1].to_owned(),
        encoded_first,
        String::new(),
    ];
    tokens.push("..".to_owned());
    let mut paths = Vec::new();
    for t in &tokens {
        for route in ["/", "/seat", "/answer", "/seat?x=1", "/?s=a&saved=b"] {
            paths.push(format!("/{t}{route}"));
        }
    }
    paths.extend(
        [
            "/",
            "/favicon.ico",
            "/robots.txt",
            "/index.html",
            "/%C3%A4",
            "/?token",
            "//",
            "/.well-known/security.txt",
        ]
        .map(str::to_owned),
    );
    paths.push(format!("/?{token}"));
    paths.push(format!("/x/{token}/"));
    paths.push(format!("/{}", "A".repeat(4_000)));
    // With the token, for nothing the room serves: the same 404.
    paths.push(format!("/{token}"));
    paths.push(format!("/{token}/nothing"));
    paths.push(format!("/{token}/seat/"));
    paths.push(format!("/{token}//seat"));
    paths.push(format!("/{token}/answer/more"));
    paths
}

#[test]
fn every_request_without_the_token_gets_the_same_bytes() {
    let (_dir, room, addr, token) = room();
    let reference = send(addr, &raw_request("GET", addr, "/", "", ""));
    // What it is: a bare 404, nothing of a room, no date.
    assert_eq!(
        String::from_utf8_lossy(&reference.bytes),
        "HTTP/1.1 404 Not Found\r\ncontent-type: text/plain; charset=utf-8\r\n\
         content-length: 9\r\nconnection: close\r\n\r\nNot Found",
    );
    // A HEAD gets the same head, and no body (as HTTP requires of HEAD).
    let head_only = {
        let text = String::from_utf8_lossy(&reference.bytes);
        let (head, _) = text.split_once("\r\n\r\n").expect("a head");
        format!("{head}\r\n\r\n").into_bytes()
    };
    let cookie = "Cookie: klarhet_plats=AAAAAAAAAAAAAAAAAAAAAAAAAA\r\n";
    let form = "Content-Type: application/x-www-form-urlencoded\r\n";
    let mut sent = 0;
    for path in strangers(&token) {
        for method in METHODS {
            for (extra, body) in [
                ("", ""),
                (cookie, ""),
                (form, "seat=1"),
                (form, "statement=x&answer=3"),
            ] {
                let got = send(addr, &raw_request(method, addr, &path, extra, body));
                let expected = match method {
                    "HEAD" => &head_only,
                    _ => &reference.bytes,
                };
                assert!(
                    got.bytes == *expected,
                    "{method} {path} ({extra:?}, {body:?}):\n{}",
                    String::from_utf8_lossy(&got.bytes)
                );
                sent += 1;
            }
        }
    }
    // A wrong method on each of the room's own routes, with the token: no 405,
    // no `allow:` that names the routes.
    for (method, route) in [
        ("GET", "seat"),
        ("GET", "answer"),
        ("PUT", ""),
        ("POST", ""),
        ("DELETE", "seat"),
        ("OPTIONS", ""),
        ("PATCH", "answer"),
        ("FROBNICATE", ""),
    ] {
        let path = format!("/{token}/{route}");
        let got = send(addr, &raw_request(method, addr, &path, form, "seat=1"));
        assert!(
            got.bytes == reference.bytes,
            "{method} {path}:\n{}",
            String::from_utf8_lossy(&got.bytes)
        );
        sent += 1;
    }
    // A body beyond the room's limit, a chunked body, a CONNECT, an absolute
    // address: still the same bytes, not a 413 that would tell a room is there.
    let big = "x".repeat(8 * 1024);
    for request in [
        raw_request("POST", addr, &format!("/WRONG{token}/answer"), form, &big),
        format!(
            "POST /WRONG/seat HTTP/1.1\r\nHost: {addr}\r\nTransfer-Encoding: chunked\r\n\r\n\
             6\r\nseat=1\r\n0\r\n\r\n"
        )
        .into_bytes(),
        format!("CONNECT {addr} HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes(),
        format!("GET http://{addr}/WRONG/ HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes(),
        format!("OPTIONS * HTTP/1.1\r\nHost: {addr}\r\n\r\n").into_bytes(),
    ] {
        let got = send(addr, &request);
        assert!(
            got.bytes == reference.bytes,
            "{}:\n{}",
            String::from_utf8_lossy(&request[..request.len().min(80)]),
            String::from_utf8_lossy(&got.bytes)
        );
        sent += 1;
    }
    assert!(sent > 2_000, "{sent} requests");
    // And the room itself is there, for the one who has the token.
    let page = send(
        addr,
        &raw_request("GET", addr, &format!("/{token}/"), "", ""),
    );
    assert_eq!(page.status(), 200);
    room.close();
}

/// The headers every response of the room but the bare 404 carries.
fn assert_secure(what: &str, got: &Raw) {
    let csp = got
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy:\n{}", got.head()));
    let rules: Vec<&str> = csp.split(';').map(str::trim).collect();
    for rule in [
        "default-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ] {
        assert!(rules.contains(&rule), "{what}: {rule} missing from {csp}");
    }
    let styles: Vec<&&str> = rules
        .iter()
        .filter(|r| r.starts_with("style-src"))
        .collect();
    assert_eq!(styles.len(), 1, "{what}: {csp}");
    assert!(
        !csp.contains("unsafe") && !csp.contains("script") && !csp.contains('*'),
        "{what}: {csp}"
    );
    assert_eq!(
        got.header("x-frame-options").as_deref(),
        Some("DENY"),
        "{what}"
    );
    assert_eq!(
        got.header("referrer-policy").as_deref(),
        Some("no-referrer"),
        "{what}"
    );
    assert_eq!(
        got.header("x-content-type-options").as_deref(),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        got.header("cache-control").as_deref(),
        Some("no-store"),
        "{what}"
    );
    assert!(got.header("date").is_none(), "{what}: a date");
}

/// The page's one inline style, as the CSP must name it: `'sha256-…'` of the
/// text between `<style>` and `</style>`.
fn style_source(page: &str) -> String {
    use sha2::{Digest, Sha256};
    let (_, rest) = page.split_once("<style>").expect("a <style>");
    let (style, _) = rest.split_once("</style>").expect("a </style>");
    assert_eq!(page.matches("<style").count(), 1, "one style element");
    assert!(!page.contains(" style="), "no style attribute");
    format!(
        "style-src 'sha256-{}'",
        data_encoding::BASE64.encode(&Sha256::digest(style.as_bytes()))
    )
}

#[test]
fn every_page_redirect_and_refusal_carries_the_rooms_security_headers() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (id, _) = common::phone::saved_crowd(dir.path(), 4, |_| {});
    let model = klarhet::model::Assessment::halmstad().expect("the model");
    let challenge = model.challenges[0].clone();
    let room = RoomProcess::start(dir.path(), &id, &["--challenge", &challenge.id]);
    let (addr, path) = wire::split_url(&room.url);
    let token = path.trim_matches('/').to_owned();
    let page = format!("/{token}/");
    let from = Some(wire::next_phone_address());
    let ask = |method: &str, path: &str, cookie: Option<&str>, form: Option<&[(&str, &str)]>| {
        let request = wire::request(method, addr, path, cookie, form);
        wire::fetch(from, addr, &request, Duration::from_secs(10)).expect("the room answers")
    };
    let seats = ask("GET", &page, None, None);
    assert_eq!(seats.status(), 200);
    let cookie = seats
        .header("set-cookie")
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("a seat cookie with the seat page");
    let mut seen = vec![("the seat page", seats)];
    seen.push(("a HEAD of the seat page", ask("HEAD", &page, None, None)));
    let seat = format!("/{token}/seat");
    let claimed = ask("POST", &seat, Some(&cookie), Some(&[("seat", "1")]));
    assert_eq!(claimed.status(), 303);
    seen.push(("the claim's redirect", claimed));
    let answer = format!("/{token}/answer");
    for s in &challenge.statements {
        let ballot = ask("GET", &page, Some(&cookie), None);
        assert!(ballot.body().contains("name=answer"), "{}", ballot.body());
        seen.push(("a statement's page", ballot));
        let saved = ask(
            "POST",
            &answer,
            Some(&cookie),
            Some(&[("statement", &s.id), ("answer", "3")]),
        );
        assert_eq!(saved.status(), 303);
        seen.push(("an answer's redirect", saved));
    }
    let done = ask("GET", &format!("{page}?saved=x"), Some(&cookie), None);
    assert!(done.body().contains("Klart, tack!"), "{}", done.body());
    seen.push(("the thanks page", done));
    let other = ask("POST", &seat, None, Some(&[("seat", "1")]));
    assert_eq!(other.status(), 409);
    seen.push(("a seat taken", other));
    let bad = ask("POST", &answer, Some(&cookie), Some(&[("answer", "9")]));
    assert_eq!(bad.status(), 400);
    seen.push(("a bad answer", bad));
    let huge = "x".repeat(8 * 1024);
    let big = ask(
        "POST",
        &answer,
        Some(&cookie),
        Some(&[("statement", "x"), ("answer", &huge)]),
    );
    assert_eq!(big.status(), 413);
    seen.push(("a body over the limit", big));
    room.close();

    let mut pages = 0;
    for (what, got) in &seen {
        assert_secure(what, got);
        if got.header("content-type").as_deref() == Some("text/html; charset=utf-8")
            && got.body().contains("<style>")
        {
            let csp = got.header("content-security-policy").unwrap_or_default();
            let style = style_source(&got.body());
            assert!(
                csp.split(';').any(|r| r.trim() == style),
                "{what}: the CSP does not allow the page's own style ({style}): {csp}"
            );
            pages += 1;
        }
    }
    assert_eq!(pages, challenge.statements.len() + 4, "pages checked");
}
