//! The route that takes a phone's vote in a poll (see `desk_polls`): the
//! fields `poll` and `choice`, the choice a place among the poll's choices or
//! `unsure`.

use super::{Shared, bad, nothing, respond};
use crate::room::cookies::seat_token;
use crate::room::desk::Request;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;
use std::sync::Arc;

#[derive(Deserialize)]
pub(super) struct PickForm {
    poll: String,
    choice: String,
}

/// A phone's vote: refused as a bad form unless the choice is a number or
/// `unsure`.
pub(super) async fn pick(
    State(shared): State<Arc<Shared>>,
    Path(room): Path<String>,
    headers: HeaderMap,
    form: Result<Form<PickForm>, FormRejection>,
) -> Response {
    if !shared.is_room(&room) {
        return nothing().await;
    }
    let Ok(Form(form)) = form else {
        return bad(shared.lang);
    };
    let choice = match form.choice.trim() {
        "unsure" => None,
        number => match number.parse::<usize>() {
            Ok(i) => Some(i),
            Err(_) => return bad(shared.lang),
        },
    };
    let request = Request::Pick {
        seat_token: seat_token(&headers),
        poll: form.poll,
        choice,
    };
    respond(&shared, request, None, &headers).await
}
