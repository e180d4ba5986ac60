//! Free text in the report's section on the group's answers (issue 28): an
//! answer or a theme's name typed with what each format must escape reads as
//! typed, and makes no markup, link, cell break or formula, in Markdown, HTML,
//! CSV and JSON.

use crate::common;
use common::prompts::*;
use klarhet::report::html::esc;
use klarhet::text::Lang;

/// Text a participant might type, with what every format must escape.
const HOSTILE: &str =
    "<script>alert(1)</script> | *fet* _och_ \"citat\", komma; [länk](javascript:x) \n# rubrik";
/// A theme name typed by the facilitator, as hostile.
const HOSTILE_THEME: &str = "<b>Tema</b> *ett* | två";
/// An answer a spreadsheet would run as a formula.
const FORMULA: &str = "=HYPERLINK(\"http://x\";\"klicka\")";

#[test]
fn free_text_renders_as_typed_and_inert_in_every_format() {
    let m = wihlborg();
    let mut s = six(&m, Lang::SV);
    write(&mut s, &m, SET, 1, &[(STRENGTHS, &[HOSTILE])]);
    write(&mut s, &m, SET, 2, &[(STRENGTHS, &[FORMULA])]);
    write(&mut s, &m, SET, 3, &[(STRENGTHS, &["- 1. lista"])]);
    show(&mut s, &m, SET);
    // The domain keeps it on one line: that is the text every format gives.
    let kept = klarhet::model::open_answers::clean(HOSTILE);
    assert!(!kept.contains('\n'));
    theme(&mut s, &m, STRENGTHS, HOSTILE_THEME, &[&kept]);
    let [md, html, csv, _] = exports(&s, &m);

    // Markdown: no HTML, no link, no emphasis, no heading or list made in
    // the section; the words read as typed.
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let from = md.find("## Gruppens svar").expect("the section");
    let to = md[from + 3..]
        .find("\n## ")
        .map_or(md.len(), |i| from + 3 + i);
    let section = &md[from..to];
    assert!(!section.contains("\n# "), "{section}");
    let mut items = Vec::new();
    let mut strong = Vec::new();
    let (mut in_item, mut in_strong) = (false, false);
    for event in Parser::new_ext(section, Options::ENABLE_TABLES | Options::ENABLE_GFM) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML got through: {h}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("a link to {dest_url}"),
            Event::Start(Tag::Emphasis | Tag::Strikethrough) => panic!("emphasis made:\n{section}"),
            Event::Start(Tag::Item) => {
                assert!(!in_item, "a list inside an answer:\n{section}");
                in_item = true;
                items.push(String::new());
            }
            Event::End(pulldown_cmark::TagEnd::Item) => in_item = false,
            Event::Start(Tag::Strong) => {
                in_strong = true;
                strong.push(String::new());
            }
            Event::End(pulldown_cmark::TagEnd::Strong) => in_strong = false,
            Event::Text(t) => {
                if in_item && let Some(last) = items.last_mut() {
                    last.push_str(&t);
                }
                if in_strong && let Some(last) = strong.last_mut() {
                    last.push_str(&t);
                }
            }
            _ => {}
        }
    }
    for typed in [kept.as_str(), FORMULA, "- 1. lista"] {
        assert!(items.iter().any(|i| i == typed), "{typed} in {items:?}");
    }
    assert!(strong.iter().any(|t| t == HOSTILE_THEME), "{strong:?}");

    // HTML: escaped, so no tag is made.
    assert!(
        !html.contains("<script>") && !html.contains("<b>Tema"),
        "{html}"
    );
    assert!(html.contains(&esc(&kept)), "{html}");
    assert!(
        html.contains("&lt;b&gt;Tema&lt;/b&gt; *ett* | två"),
        "{html}"
    );

    // CSV: quoted, so the ; , and " stay in one field; the formula is text.
    let (header, rows) = csv_rows(&csv);
    let text_col = header
        .iter()
        .position(|h| h == "svarstext")
        .expect("svarstext");
    let theme_col = header.iter().position(|h| h == "tema").expect("tema");
    let answers: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| !r[text_col].is_empty())
        .map(|r| (r[text_col].as_str(), r[theme_col].as_str()))
        .collect();
    assert!(
        answers.contains(&(kept.as_str(), HOSTILE_THEME)),
        "{answers:?}"
    );
    assert!(
        answers.contains(&(&format!("'{FORMULA}"), "")),
        "{answers:?}"
    );
    assert!(rows.iter().all(|r| r.len() == header.len()));

    // JSON: the text itself.
    let json = json(&s, &m);
    let answers = &json["prompts"][0]["prompts"][0]["answers"];
    assert!(
        (answers.as_array().expect("answers").iter())
            .any(|a| a["text"] == kept.as_str() && a["theme"] == HOSTILE_THEME),
        "{answers}"
    );
}
