//! The page of a poll on a phone: the question, and a button for each choice
//! and for "cannot say"; a tap sends the vote, once. Nothing of anyone's vote
//! is ever on it, the phone's own included once sent.

use super::messages::PollPage;
use crate::report::html::esc;
use crate::text::Lang;
use std::fmt::Write;

/// The body of the page for `poll`, after `note` (what was just kept).
pub(super) fn body(poll: &PollPage, lang: Lang, note: &str) -> String {
    let mut body = String::from(note);
    let _ = write!(
        body,
        "<h1>{}</h1><p class=meta>{}</p>",
        esc(&poll.question),
        esc(&crate::tr!(
            lang,
            "room-poll-why",
            together = poll.together as u64
        ))
    );
    let _ = write!(
        body,
        "<form method=post action=pick><input type=hidden name=poll value=\"{}\">",
        esc(&poll.poll)
    );
    // Each choice its own block, so that a text browser shows it on a line.
    for (i, choice) in poll.choices.iter().enumerate() {
        let _ = writeln!(
            body,
            "<div><button name=choice value={i}>{}</button></div>",
            esc(choice)
        );
    }
    let _ = writeln!(
        body,
        "<div><button class=unknown name=choice value=unsure>{}</button></div></form>",
        esc(&crate::tr!(lang, "tui-poll-unsure"))
    );
    body
}
