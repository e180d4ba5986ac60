//! The room's cookies, the only things a phone keeps: its seat token, and its
//! own memory of its answers ([`super::memory`]), which a later round shows back
//! to it. Both are sent only to the room (`HttpOnly`, `SameSite=Strict`).

use crate::room::memory::{self, Memory};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

/// The cookie that holds a phone's seat token.
const SEAT_COOKIE: &str = "klarhet_plats";

/// `response` with the phone's seat token set in its cookie.
pub(super) fn with_seat_cookie(mut response: Response, token: &str) -> Response {
    let cookie = cookie::Cookie::build((SEAT_COOKIE, token))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Strict)
        .max_age(cookie::time::Duration::days(30))
        .build();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// What the phone remembers of its answers to the challenge at `challenge`:
/// the cookie it sent, read; nothing when it sent none.
pub(super) fn memory_of(phone: &HeaderMap, challenge: usize) -> Memory {
    let name = memory::cookie_name(challenge);
    cookies(phone)
        .find(|c| c.name() == name)
        .map(|c| Memory::read(c.value()))
        .unwrap_or_default()
}

/// `response` with the phone's memory of its answers to the challenge at
/// `challenge` set in its cookie, for the room's own path only.
pub(super) fn with_memory(
    mut response: Response,
    room: &str,
    challenge: usize,
    memory: &Memory,
) -> Response {
    let cookie = cookie::Cookie::build((memory::cookie_name(challenge), memory.write()))
        .path(format!("/{room}/"))
        .http_only(true)
        .same_site(cookie::SameSite::Strict)
        .max_age(cookie::time::Duration::days(memory::KEPT_FOR_DAYS))
        .build();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The cookies the phone sent.
fn cookies(headers: &HeaderMap) -> impl Iterator<Item = cookie::Cookie<'_>> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
}

/// The seat token in the phone's cookie, if it is one this room could have
/// given: 26 characters of base 32. Anything else is no token at all.
pub(super) fn seat_token(headers: &HeaderMap) -> Option<String> {
    cookies(headers)
        .find(|c| c.name() == SEAT_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|t| {
            t.len() == 26
                && t.bytes()
                    .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        })
}
