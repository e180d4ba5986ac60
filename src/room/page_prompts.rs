//! The page of a set of open prompts on a phone: the model's questions, a few
//! empty boxes for each, and one button that sends them all, finished. Nothing
//! anyone wrote is ever on it, the phone's own answers included once sent.

use super::messages::Prompts;
use crate::report::html::esc;
use crate::text::Lang;
use std::fmt::Write;

/// The body of the page for `set`, after `note` (what was just kept).
pub(super) fn body(set: &Prompts, lang: Lang, note: &str) -> String {
    let mut body = String::from(note);
    let _ = write!(body, "<h1>{}</h1>", esc(&set.name));
    if let Some(intro) = &set.intro {
        let _ = write!(body, "<p>{}</p>", esc(intro));
    }
    let _ = write!(
        body,
        "<p class=meta>{}</p>",
        esc(&crate::tr!(
            lang,
            "room-prompts-why",
            answers = set.answers as u64,
            chars = set.chars as u64,
            together = set.together as u64
        ))
    );
    let _ = write!(
        body,
        "<form method=post action=write><input type=hidden name=set value=\"{}\">",
        esc(&set.set)
    );
    for (i, (prompt, own)) in set.prompts.iter().enumerate() {
        let number = i + 1;
        let _ = write!(body, "<fieldset><legend>{number}. {}</legend>", esc(prompt));
        // Where klarhet adds something of its own, it says so where it is shown.
        if let Some(source) = own {
            let _ = write!(
                body,
                "<p class=meta>{}</p>",
                esc(&crate::tr!(
                    lang,
                    "room-prompt-own",
                    source = source.as_str()
                ))
            );
        }
        for n in 1..=set.answers {
            let label = crate::tr!(
                lang,
                "room-prompts-answer",
                number = n as u64,
                prompt = number as u64
            );
            // A box a line high: an answer is short, and the phone's own
            // keyboard sends nothing until the button is pressed.
            let _ = write!(
                body,
                "<div><input type=text name=a{i} maxlength={} autocomplete=off \
                 aria-label=\"{}\"></div>",
                set.chars,
                esc(&label)
            );
        }
        body.push_str("</fieldset>\n");
    }
    let _ = write!(
        body,
        "<p class=meta>{}</p><div><button>{}</button></div></form>",
        esc(&crate::tr!(lang, "room-prompts-once")),
        esc(&crate::tr!(lang, "room-prompts-send"))
    );
    body
}
