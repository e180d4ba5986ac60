//! The room's web layer (axum): reads a phone's request into a [`Request`],
//! hands it to the session's owner and waits for the reply, which comes only
//! after the owner has kept the change on disk, then answers with a page or a
//! redirect. It never touches the session itself.
//!
//! Every path lies under the room's token. [`gate`] looks at the token before
//! anything else: a request without it, whatever its method, path, headers or
//! body, gets the one bare 404 ([`bare_404`]), the same bytes every time, which
//! says nothing about a room; so does a request with the token for anything the
//! room does not serve. Every other response carries the headers of [`secure`].
//! Bodies are capped at [`BODY_LIMIT`] ([`WRITE_LIMIT`] for written answers),
//! each request at [`REQUEST_TIMEOUT`].

use crate::model::session::Answer;
use crate::room::cookies::{memory_of, seat_token, with_memory, with_seat_cookie};
use crate::room::desk::{Reply, Request};
use crate::room::page::{self, Page};
use crate::room::{Call, Deliver};
use crate::text::Lang;
use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde::Deserialize;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

#[path = "http_pick.rs"]
mod http_pick;
#[path = "http_write.rs"]
mod write_form;
use write_form::write;

/// The largest body a phone may send with a seat or an answer: an answer is
/// under 100 bytes.
pub const BODY_LIMIT: usize = 4 * 1024;

/// The largest body a phone may send with its written answers to a set: three
/// answers of 200 characters to each prompt, a character percent-encoded in up
/// to 12 bytes, for a set of a dozen prompts and more.
pub const WRITE_LIMIT: usize = 96 * 1024;

/// How long a request may take, the owner's save included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// What every handler shares.
pub(super) struct Shared {
    /// The room's token, as it is in the path.
    pub token: String,
    /// The session's language, for the pages.
    pub lang: Lang,
    /// Hands a call to the owner.
    pub deliver: Deliver,
}

/// What the door hands each request to: its response, in time.
pub(super) type Pending = Pin<Box<dyn Future<Output = Response> + Send>>;

/// The room's entrance: the bare 404 for a request without the token, the
/// routes for one with it.
pub(super) fn gate(
    shared: Arc<Shared>,
) -> impl Fn(hyper::Request<hyper::body::Incoming>) -> Pending + Clone + Send + 'static {
    let routes = router(shared.clone());
    move |request| {
        let (shared, routes) = (shared.clone(), routes.clone());
        Box::pin(async move {
            if !shared.is_room_path(request.uri().path()) {
                return bare_404();
            }
            let mut response = match tower::ServiceExt::oneshot(routes, request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if response.status() != StatusCode::NOT_FOUND {
                secure(response.headers_mut());
            }
            response
        })
    }
}

/// The routes, with the body limit and the timeout. A wrong method on a route is
/// not found either (no 405, no `allow:` header that would name the routes).
fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{room}/", any(nothing).get(show))
        .route(
            "/{room}/seat",
            any(nothing).post(claim).layer(limit(BODY_LIMIT)),
        )
        .route(
            "/{room}/answer",
            any(nothing).post(answer).layer(limit(BODY_LIMIT)),
        )
        .route("/{room}/write", any(nothing).post(write))
        .route(
            "/{room}/pick",
            any(nothing).post(http_pick::pick).layer(limit(BODY_LIMIT)),
        )
        .fallback(nothing)
        .layer(limit(WRITE_LIMIT))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .with_state(shared)
}

#[derive(Deserialize)]
struct Shown {
    /// The statement asked for.
    s: Option<String>,
    /// The statement just saved.
    saved: Option<String>,
    /// Present when what was saved is a skip.
    skipped: Option<String>,
    /// Present when a phone's answers to a set were just kept.
    wrote: Option<String>,
    /// Present when a phone's vote was just kept.
    picked: Option<String>,
}

async fn show(
    State(shared): State<Arc<Shared>>,
    Path(room): Path<String>,
    Query(query): Query<Shown>,
    headers: HeaderMap,
) -> Response {
    if !shared.is_room(&room) {
        return nothing().await;
    }
    let held = seat_token(&headers);
    // A phone without a seat gets its token with the seat page, before it claims:
    // a claim whose answer is lost (the Wi-Fi drops, the laptop restarts) is then
    // sent again with the same token, and finds the seat already its own.
    let offered = match held {
        Some(_) => None,
        None => super::token(SEAT_TOKEN_BYTES).ok(),
    };
    let request = Request::Page {
        seat_token: held,
        statement: query.s.filter(|s| !s.is_empty()),
    };
    let note = match (&query.saved, &query.skipped, &query.wrote, &query.picked) {
        (Some(_), Some(_), _, _) => Some(page::Note::Skipped),
        (Some(_), None, _, _) => Some(page::Note::Saved),
        (None, _, Some(_), _) => Some(page::Note::Wrote),
        (None, _, None, Some(_)) => Some(page::Note::Picked),
        (None, _, None, None) => None,
    };
    let response = respond(&shared, request, note, &headers).await;
    match offered {
        Some(token) => with_seat_cookie(response, &token),
        None => response,
    }
}

/// Bytes of randomness in a seat token: 128 bits, 26 characters of base 32.
const SEAT_TOKEN_BYTES: usize = 16;

#[derive(Deserialize)]
struct SeatForm {
    seat: String,
}

async fn claim(
    State(shared): State<Arc<Shared>>,
    Path(room): Path<String>,
    headers: HeaderMap,
    form: Result<Form<SeatForm>, FormRejection>,
) -> Response {
    if !shared.is_room(&room) {
        return nothing().await;
    }
    let Some(seat) = form.ok().and_then(|f| f.seat.trim().parse::<u32>().ok()) else {
        return bad(shared.lang);
    };
    let held = seat_token(&headers);
    let token = match held
        .clone()
        .map_or_else(|| super::token(SEAT_TOKEN_BYTES), Ok)
    {
        Ok(token) => token,
        Err(_) => return into_response(page::not_saved(shared.lang)),
    };
    respond(
        &shared,
        Request::Claim { seat, token, held },
        None,
        &headers,
    )
    .await
}

#[derive(Deserialize)]
struct AnswerForm {
    statement: String,
    answer: String,
}

async fn answer(
    State(shared): State<Arc<Shared>>,
    Path(room): Path<String>,
    headers: HeaderMap,
    form: Result<Form<AnswerForm>, FormRejection>,
) -> Response {
    if !shared.is_room(&room) {
        return nothing().await;
    }
    let Some((statement, answer)) = form.ok().and_then(|f| {
        let answer = match f.answer.as_str() {
            "vet-ej" => Some(Answer::Unknown),
            "hoppa" => None,
            value => Some(Answer::Value(value.parse::<i32>().ok()?)),
        };
        Some((f.statement.clone(), answer))
    }) else {
        return bad(shared.lang);
    };
    let request = Request::Answer {
        seat_token: seat_token(&headers),
        statement,
        answer,
    };
    respond(&shared, request, None, &headers).await
}

fn limit(bytes: usize) -> tower_http::limit::RequestBodyLimitLayer {
    tower_http::limit::RequestBodyLimitLayer::new(bytes)
}

/// Anything the room does not serve.
async fn nothing() -> Response {
    bare_404()
}

/// The one answer to every request without the token, and to anything the room
/// does not serve: a plain 404 with nothing of the room in it, neither a page,
/// nor the room's headers, nor a date. Its length is set here, as axum sets it
/// on what the routes answer, so that the headers come in one order whether the
/// gate or a route answers; hyper adds `connection: close`.
fn bare_404() -> Response {
    const BODY: &str = "Not Found";
    let mut response = (StatusCode::NOT_FOUND, BODY).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(BODY.len()));
    response
}

impl Shared {
    /// Whether `room` is this room's token. Compared through their hashes, so the
    /// time taken says nothing about how much of a guess was right.
    fn is_room(&self, room: &str) -> bool {
        use sha2::{Digest, Sha256};
        Sha256::digest(room.as_bytes()) == Sha256::digest(self.token.as_bytes())
    }

    /// Whether `path`, as it came (not decoded), begins with this room's token:
    /// `/TOKEN` followed by `/` or nothing.
    fn is_room_path(&self, path: &str) -> bool {
        let first = path
            .strip_prefix('/')
            .and_then(|rest| rest.split('/').next());
        first.is_some_and(|room| self.is_room(room))
    }
}

/// Hands `request` to the owner and turns its reply into a response; `phone`
/// is the request's headers, whose cookies hold the phone's own memory of its
/// answers.
async fn respond(
    shared: &Shared,
    request: Request,
    note: Option<page::Note>,
    phone: &HeaderMap,
) -> Response {
    let (tx, rx) = tokio::sync::oneshot::channel();
    if !(shared.deliver)(Call { request, reply: tx }) {
        return into_response(page::not_saved(shared.lang));
    }
    match rx.await {
        Ok(Some(reply)) => reply_response(&shared.token, shared.lang, &reply, note, phone),
        // The owner could not save, or has gone: nothing was kept.
        Ok(None) | Err(_) => into_response(page::not_saved(shared.lang)),
    }
}

/// Redirects name the room's page by its whole path: resolving "./?…" against
/// the form's address is done differently by different clients.
fn reply_response(
    room: &str,
    lang: Lang,
    reply: &Reply,
    note: Option<page::Note>,
    phone: &HeaderMap,
) -> Response {
    match reply {
        Reply::Seated { token } => with_seat_cookie(see_other(&format!("/{room}/")), token),
        Reply::Saved {
            statement,
            next,
            skipped,
            slot,
            answer,
        } => {
            let mut to = format!("/{room}/?saved={}", page::query_value(statement));
            if *skipped {
                to.push_str("&skipped=1");
            }
            if let Some(next) = next {
                to.push_str("&s=");
                to.push_str(&page::query_value(next));
            }
            // The phone keeps what it answered, for a later round to show it.
            let mut memory = memory_of(phone, slot.challenge);
            memory.keep(slot.statement, slot.round, *answer);
            with_memory(see_other(&to), room, slot.challenge, &memory)
        }
        Reply::Wrote => see_other(&format!("/{room}/?wrote=1")),
        Reply::Picked => see_other(&format!("/{room}/?picked=1")),
        Reply::Ballot { item, .. } => {
            let earlier =
                memory_of(phone, item.slot.challenge).earlier(item.slot.statement, item.slot.round);
            into_response(page::render_ballot(reply, lang, note, earlier))
        }
        other => into_response(page::render(other, lang, note)),
    }
}

fn see_other(to: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn bad(lang: Lang) -> Response {
    let reply = Reply::Invalid(crate::tr!(lang, "room-bad-form"));
    into_response(page::render(&reply, lang, None))
}

fn into_response(page: Page) -> Response {
    let status = StatusCode::from_u16(page.status).unwrap_or(StatusCode::OK);
    let mut response = (status, page.html).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// The headers of every response of the room but the bare 404: pages, redirects
/// and the limits' 408 and 413. Nothing is kept by the phone's browser or
/// anything between (a page shows where a seat has got); the address, which
/// holds the token, is never sent on as a referrer; nothing is sniffed, framed,
/// or loaded beside the page but its own style ([`page::CONTENT_SECURITY_POLICY`]).
fn secure(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if let Ok(policy) = HeaderValue::from_str(&page::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
}
