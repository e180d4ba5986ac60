//! The room's pages, as HTML a phone shows without any JavaScript: every choice
//! is a button in a form, every value that reaches the page is escaped, and the
//! page is in the session's language. The buttons are at least 48 px high (the
//! touch-target size of the common mobile guidelines).

use crate::model::round::RoundNo;
use crate::model::session::Answer;
use crate::report::html::esc;
use crate::room::desk::{Item, Reply};
use crate::text::Lang;
use std::fmt::Write;

const STYLE: &str = "\
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;\
margin-inline:auto;font-size:1.15rem;line-height:1.4;color:#111;background:#fff}\
h1{font-size:1.3rem;margin:.2rem 0 1rem}\
p.meta{color:#555;margin:.2rem 0}\
p.ok{background:#e3f4e6;border-left:.4rem solid #2e7d32;padding:.6rem;font-weight:600}\
p.note{background:#fff4e0;border-left:.4rem solid #b26a00;padding:.6rem}\
p.earlier{background:#f1f1f8;border-left:.4rem solid #4a4a8a;padding:.6rem;font-weight:600}\
span.where{font-weight:400;font-size:1rem;color:#444}\
blockquote{font-size:1.3rem;margin:1rem 0;padding:0}\
form{margin:0}\
button{font:inherit;display:block;width:100%;min-height:3.2rem;margin:.5rem 0;padding:.6rem;\
font-size:1.15rem;border:2px solid #1a4f8b;border-radius:.5rem;background:#eef4fb;\
color:#0d2c4f;text-align:left}\
button.skip{border-color:#777;background:#f4f4f4;color:#333}\
button.chosen{border-width:4px;background:#1a4f8b;color:#fff;font-weight:700}\
button:disabled{border-color:#ccc;background:#fafafa;color:#888}\
ol{padding-left:1.4rem}li{margin:.6rem 0}a{color:#1a4f8b}\
fieldset{border:1px solid #bbb;border-radius:.5rem;margin:1rem 0;padding:.4rem .8rem}\
legend{font-weight:600;padding:0 .3rem}\
input[type=text]{font:inherit;box-sizing:border-box;width:100%;min-height:3rem;margin:.3rem 0;\
padding:.5rem;border:2px solid #777;border-radius:.4rem}";

/// The Content-Security-Policy the pages are sent with: nothing may be loaded,
/// run or framed, no base or plugin set, and forms go only to the room itself.
/// The one thing allowed is the page's own inline style, named by its SHA-256
/// (stricter than allowing any inline style): the pages have no script, no
/// image and no external file, and work without JavaScript.
pub static CONTENT_SECURITY_POLICY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    use sha2::{Digest, Sha256};
    let hash = data_encoding::BASE64.encode(&Sha256::digest(STYLE.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'"
    )
});

/// A page: its HTTP status and its HTML.
pub struct Page {
    /// The HTTP status code.
    pub status: u16,
    /// The whole document.
    pub html: String,
}

/// What the phone was just told was kept, for the next page to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// An answer was saved.
    Saved,
    /// A skip was saved: no answer.
    Skipped,
    /// Answers to a set of open prompts were kept.
    Wrote,
    /// A vote in a poll was kept.
    Picked,
}

/// The page for `reply`. `saved` says what the phone was just told was kept,
/// so the next page can say so.
pub fn render(reply: &Reply, lang: Lang, saved: Option<Note>) -> Page {
    render_ballot(reply, lang, saved, None)
}

/// [`render`], with the phone's own answer to the statement in an earlier
/// round (`earlier`: its round and the answer, from the phone's memory), which
/// a statement's page shows to the one who gave it.
pub fn render_ballot(
    reply: &Reply,
    lang: Lang,
    saved: Option<Note>,
    earlier: Option<(RoundNo, Answer)>,
) -> Page {
    match reply {
        Reply::Seats {
            organisation,
            seats,
        } => {
            let mut body = format!(
                "<p class=meta>{}</p><h1>{}</h1><p>{}</p>",
                esc(organisation),
                esc(&crate::tr!(lang, "room-pick-seat")),
                esc(&crate::tr!(lang, "room-pick-seat-why"))
            );
            if seats.is_empty() {
                let _ = write!(
                    body,
                    "<p class=note>{}</p>",
                    esc(&crate::tr!(lang, "room-no-seats"))
                );
            }
            body.push_str("<form method=post action=seat>");
            for seat in seats {
                let taken = if seat.taken {
                    format!(
                        " disabled> {} ({})",
                        esc(&seat.label),
                        esc(&crate::tr!(lang, "room-taken"))
                    )
                } else {
                    format!(">{}", esc(&seat.label))
                };
                // Each button a block of its own: text browsers (w3m, lynx) run
                // inline buttons together on one line.
                let _ = writeln!(
                    body,
                    "<div><button name=seat value={}{}</button></div>",
                    seat.id, taken
                );
            }
            body.push_str("</form>");
            page(200, lang, &crate::tr!(lang, "room-pick-seat"), &body)
        }
        Reply::Ballot {
            item,
            number,
            of,
            options,
            unknown,
        } => {
            let mut body = saved_note(lang, saved);
            // A later round says so, beside the challenge's name.
            let challenge = match item.slot.round {
                1 => item.challenge.clone(),
                round => format!(
                    "{} · {}",
                    item.challenge,
                    crate::tr!(lang, "room-round", round = round)
                ),
            };
            let _ = write!(
                body,
                "<p class=meta>{} · {}</p><blockquote>{}</blockquote>",
                esc(&challenge),
                esc(&crate::tr!(
                    lang,
                    "room-statement-of",
                    n = number.to_string(),
                    of = of.to_string()
                )),
                esc(&item.text)
            );
            if let Some((round, answer)) = earlier {
                body.push_str(&earlier_answer(
                    lang,
                    round,
                    answer,
                    options,
                    unknown.as_deref(),
                ));
            }
            let _ = write!(
                body,
                "<form method=post action=answer><input type=hidden name=statement value=\"{}\">",
                esc(&item.id)
            );
            body.push('\n');
            let mut chosen = None;
            for (value, label) in options {
                let text = format!("{value} · {label}");
                let this = item.answer == Some(Answer::Value(*value));
                chosen = chosen.or(this.then(|| text.clone()));
                body.push_str(&button(&format!("value={value}"), &text, this));
            }
            if let Some(label) = unknown {
                let this = item.answer == Some(Answer::Unknown);
                chosen = chosen.or(this.then(|| label.clone()));
                body.push_str(&button("value=vet-ej", label, this));
            }
            let _ = writeln!(
                body,
                "<div><button class=skip name=answer value=hoppa>{}</button></div></form>",
                esc(&crate::tr!(lang, "room-skip"))
            );
            // What this phone saved, in words too (a screen reader, a text browser).
            let before = match (&chosen, item.passed) {
                (Some(answer), _) => {
                    crate::tr!(lang, "room-your-answer", answer = answer.as_str())
                }
                (None, true) => crate::tr!(lang, "room-you-skipped"),
                (None, false) => String::new(),
            };
            if !before.is_empty() {
                let _ = write!(body, "<p class=meta>{}</p>", esc(&before));
            }
            page(200, lang, &item.challenge, &body)
        }
        Reply::Done { items } => {
            let mut body = saved_note(lang, saved);
            let _ = write!(
                body,
                "<h1>{}</h1><p>{}</p>",
                esc(&crate::tr!(lang, "room-done")),
                esc(&crate::tr!(lang, "room-done-change"))
            );
            body.push_str(&list(items, lang));
            page(200, lang, &crate::tr!(lang, "room-done"), &body)
        }
        Reply::Prompts(set) => {
            let body = super::page_prompts::body(set, lang, &saved_note(lang, saved));
            page(200, lang, &set.name, &body)
        }
        Reply::Poll(poll) => {
            let body = super::page_polls::body(poll, lang, &saved_note(lang, saved));
            page(200, lang, &poll.question, &body)
        }
        Reply::WroteAll => {
            // The heading says the answers were kept: no note above it.
            let body = format!(
                "<h1>{}</h1><p>{}</p>",
                esc(&crate::tr!(lang, "room-wrote-all")),
                esc(&crate::tr!(lang, "room-wrote-all-next"))
            );
            page(200, lang, &crate::tr!(lang, "room-wrote-all"), &body)
        }
        Reply::Shown => {
            let body = format!("<h1>{}</h1>", esc(&crate::tr!(lang, "room-shown")));
            page(200, lang, &crate::tr!(lang, "room-shown"), &body)
        }
        Reply::Taken => {
            let body = format!(
                "<h1>{}</h1><p><a href=\"./\">{}</a></p>",
                esc(&crate::tr!(lang, "room-seat-taken")),
                esc(&crate::tr!(lang, "room-back-to-seats"))
            );
            page(409, lang, &crate::tr!(lang, "room-seat-taken"), &body)
        }
        Reply::Invalid(words) => {
            let body = format!(
                "<h1>{}</h1><p>{}</p><p><a href=\"./\">{}</a></p>",
                esc(&crate::tr!(lang, "room-not-taken")),
                esc(words),
                esc(&crate::tr!(lang, "room-back"))
            );
            page(400, lang, &crate::tr!(lang, "room-not-taken"), &body)
        }
        // Handled by the web layer as redirects: shown only if one is ever drawn.
        Reply::Seated { .. } | Reply::Saved { .. } | Reply::Wrote | Reply::Picked => {
            let body = format!(
                "<p><a href=\"./\">{}</a></p>",
                esc(&crate::tr!(lang, "room-back"))
            );
            page(200, lang, "klarhet", &body)
        }
    }
}

/// What the phone answered in round `round`, in words ("Ditt svar i runda 1:
/// 4 · Stämmer delvis") and where that comes from: the phone itself.
fn earlier_answer(
    lang: Lang,
    round: RoundNo,
    answer: Answer,
    options: &[(i32, String)],
    unknown: Option<&str>,
) -> String {
    let words = match answer {
        Answer::Value(v) => match options.iter().find(|(value, _)| *value == v) {
            Some((_, label)) => format!("{v} · {label}"),
            None => v.to_string(),
        },
        Answer::Unknown => match unknown {
            Some(label) => label.to_owned(),
            // A scale without vet ej took no such answer: nothing to show.
            None => return String::new(),
        },
    };
    format!(
        "<p class=earlier>{}<br><span class=where>{}</span></p>",
        esc(&crate::tr!(
            lang,
            "room-earlier-answer",
            round = round,
            answer = words.as_str()
        )),
        esc(&crate::tr!(lang, "room-earlier-answer-where"))
    )
}

/// The page when the laptop could not save: nothing was kept, try again.
pub fn not_saved(lang: Lang) -> Page {
    let body = format!(
        "<h1>{}</h1><p><a href=\"./\">{}</a></p>",
        esc(&crate::tr!(lang, "room-not-saved")),
        esc(&crate::tr!(lang, "room-back"))
    );
    page(503, lang, &crate::tr!(lang, "room-not-saved"), &body)
}

fn saved_note(lang: Lang, saved: Option<Note>) -> String {
    match saved {
        Some(Note::Saved) => format!(
            "<p class=ok role=status>✓ {}</p>",
            esc(&crate::tr!(lang, "room-saved"))
        ),
        Some(Note::Skipped) => format!(
            "<p class=note role=status>{}</p>",
            esc(&crate::tr!(lang, "room-skipped"))
        ),
        Some(Note::Wrote) => format!(
            "<p class=ok role=status>✓ {}</p>",
            esc(&crate::tr!(lang, "room-wrote"))
        ),
        Some(Note::Picked) => format!(
            "<p class=ok role=status>✓ {}</p>",
            esc(&crate::tr!(lang, "room-picked"))
        ),
        None => String::new(),
    }
}

/// An answer's button, in a block of its own so that a text browser shows it on
/// its own line; the one this phone saved is marked, in its look and in words
/// (`aria-pressed`, and a ✓ a text browser shows).
fn button(value: &str, label: &str, chosen: bool) -> String {
    if chosen {
        format!(
            "<div><button class=chosen aria-pressed=true name=answer {value}>✓ {}</button></div>\n",
            esc(label)
        )
    } else {
        format!(
            "<div><button name=answer {value}>{}</button></div>\n",
            esc(label)
        )
    }
}

fn list(items: &[Item], lang: Lang) -> String {
    let mut out = String::from("<ol>");
    for item in items {
        // ✓ for an answer; a skip says so, since it is no answer.
        let skipped = item.passed && item.open && item.answer.is_none();
        let mark = if item.passed && !skipped { "✓ " } else { "" };
        let text = if item.open {
            format!(
                "<a href=\"./?s={}\">{}</a>",
                query_value(&item.id),
                esc(&item.text)
            )
        } else {
            esc(&item.text)
        };
        let place = if skipped {
            format!(
                "{} · {}",
                item.challenge,
                crate::tr!(lang, "room-list-skipped")
            )
        } else {
            item.challenge.clone()
        };
        let _ = writeln!(
            out,
            "<li>{mark}{text} <span class=meta>({})</span></li>",
            esc(&place)
        );
    }
    out.push_str("</ol>");
    out
}

/// `value` encoded for a query string.
pub fn query_value(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

fn page(status: u16, lang: Lang, title: &str, body: &str) -> Page {
    let html = format!(
        "<!doctype html><html lang={}><head><meta charset=utf-8>\
         <meta name=viewport content=\"width=device-width,initial-scale=1\">\
         <meta name=referrer content=no-referrer>\
         <title>{}</title><style>{STYLE}</style></head><body>{body}</body></html>",
        lang.code(),
        esc(title)
    );
    Page { status, html }
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
