//! The route that takes a phone's finished answers to a set of open prompts
//! (see `desk_prompts`): a form whose fields may repeat, which axum's `Form`
//! reads as pairs.

use super::{Shared, bad, nothing, respond};
use crate::room::cookies::seat_token;
use crate::room::desk::Request;
use axum::extract::rejection::FormRejection;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use std::sync::Arc;

/// A phone's finished answers to a set: the field `set`, and each answer as a
/// field `a` followed by its prompt's place in the set (`a0`, `a1`, …), as many
/// times as the page has fields for it. Empty fields are no answers.
pub(super) async fn write(
    State(shared): State<Arc<Shared>>,
    Path(room): Path<String>,
    headers: HeaderMap,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    if !shared.is_room(&room) {
        return nothing().await;
    }
    let Ok(Form(fields)) = form else {
        return bad(shared.lang);
    };
    let mut set = None;
    let mut answers = Vec::new();
    for (name, value) in fields {
        if name == "set" {
            set = Some(value);
        } else if let Some(index) = name.strip_prefix('a').and_then(|i| i.parse::<usize>().ok()) {
            if !value.trim().is_empty() {
                answers.push((index, value));
            }
        } else {
            return bad(shared.lang);
        }
    }
    let Some(set) = set else {
        return bad(shared.lang);
    };
    let request = Request::Write {
        seat_token: seat_token(&headers),
        set,
        answers,
    };
    respond(&shared, request, None, &headers).await
}
