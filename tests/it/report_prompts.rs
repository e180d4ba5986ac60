//! The group's answers to the model's open prompts in the report (issue 28,
//! docs/model-format.md "Open prompts"): every format (Markdown, HTML, CSV,
//! JSON valid against schema v5) gives the shown answers per set and prompt,
//! with their themes and counts; answers that wait for enough writers appear
//! in no format, nor does their count; and who wrote which answer changes no
//! export. Free text's escaping is in `report_prompts_text.rs`.

use crate::common;
use common::prompts::*;
use common::{export, give};
use klarhet::model::{Command, Session};
use klarhet::report::Format;
use klarhet::report::html::esc;
use klarhet::text::Lang;

#[test]
fn every_format_gives_the_shown_answers_with_their_themes_and_counts() {
    let m = wihlborg();
    let set = m.prompts.iter().find(|p| p.id == SET).expect("the set");
    let other = m.prompts.iter().find(|p| p.id == OTHER_SET).expect("a set");
    let strengths = &set.prompts[0];
    for lang in [Lang::SV, Lang::EN] {
        let s = written(&m, lang);
        let (heading, writers, unthemed, none_shown) = match lang {
            Lang::SV => (
                "## Gruppens svar",
                "3 deltagares svar visas.",
                "**Utan tema**",
                "Inga svar har visats i det här steget.",
            ),
            _ => (
                "## The group's answers",
                "3 participants' answers are shown.",
                "**Without a theme**",
                "No answers have been shown in this step.",
            ),
        };
        let md = Format::Md.render(&s, &m, &export());
        let at = |text: &str| md.find(text).unwrap_or_else(|| panic!("{text}:\n{md}"));
        let section = at(heading);
        // The set's name, its intro and the prompt from the model, in this
        // language, the prompt marked as klarhet's.
        let name = at(&format!("### {} (", set.name.get(lang)));
        let intro = set.intro.as_ref().expect("an intro").text.get(lang);
        at(&intro.chars().take(40).collect::<String>());
        let prompt = at(&format!("#### {} (", strengths.text.get(lang)));
        let own = klarhet::tr!(lang, "report-own-text", source = strengths.source.as_str());
        assert!(strengths.own && md[prompt..].contains(&own), "{md}");
        at(writers);
        let themed = at("**Ledning**\n\n- Bra chefer ×2\n");
        let rest = at(&format!("{unthemed}\n\n- Öppna data\n"));
        assert!(section < name && name < prompt && prompt < themed && themed < rest);
        at("- Budgeten\n");
        // A prompt without a theme lists its answers without "without a theme".
        let threats = at(&format!("#### {} (", set.prompts[3].text.get(lang)));
        assert!(!md[threats..].contains(unthemed), "{md}");
        // The other set, in the order of the workshop's steps, in one line.
        let later = at(&format!("### {} (", other.name.get(lang)));
        assert!(later > threats, "{md}");
        assert!(md[later..].contains(none_shown), "{md}");
        // The answers come after the figures and before the recommendations.
        let statements = at(&format!("## {}", klarhet::tr!(lang, "report-statements")));
        assert!(statements < section, "{md}");

        let html = Format::Html.render(&s, &m, &export());
        assert!(html.contains("<section id=\"gruppens-svar\">"), "{html}");
        // Every section is closed, so that the answers' is not inside another.
        assert_eq!(
            html.matches("<section").count(),
            html.matches("</section>").count(),
            "{html}"
        );
        assert!(
            html.contains("<p><strong>Ledning</strong></p>\n<ul>\n<li>Bra chefer ×2</li>"),
            "{html}"
        );
        assert!(html.contains(&esc(writers)), "{html}");
        assert!(html.contains("<li>Öppna data</li>"), "{html}");

        let csv = Format::Csv.render(&s, &m, &export());
        let (header, rows) = csv_rows(&csv);
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("{name} in {header:?}"))
        };
        let (set_col, prompt_col, theme_col, text_col, count_col, writers_col) = match lang {
            Lang::SV => (
                col("frågesteg_id"),
                col("fråga_id"),
                col("tema"),
                col("svarstext"),
                col("antal_gånger_skrivet"),
                col("visade_skribenter"),
            ),
            _ => (
                col("prompt_set_id"),
                col("prompt_id"),
                col("theme"),
                col("answer_text"),
                col("times_written"),
                col("writers_shown"),
            ),
        };
        let answers: Vec<[&str; 6]> = rows
            .iter()
            .filter(|r| !r[prompt_col].is_empty())
            .map(|r| {
                [
                    &r[set_col],
                    &r[prompt_col],
                    &r[theme_col],
                    &r[text_col],
                    &r[count_col],
                    &r[writers_col],
                ]
                .map(String::as_str)
            })
            .collect();
        assert_eq!(
            answers,
            vec![
                [SET, STRENGTHS, "Ledning", "Bra chefer", "2", "3"],
                [SET, STRENGTHS, "", "Öppna data", "1", "3"],
                [SET, THREATS, "", "Budgeten", "1", "3"],
            ]
        );

        let json = json(&s, &m);
        let sets = json["prompts"].as_array().expect("prompts[]");
        assert_eq!(sets.len(), 2);
        assert_eq!(sets[0]["id"], SET);
        assert_eq!(sets[0]["name"], set.name.get(lang));
        assert_eq!(sets[0]["writers"], 3);
        assert_eq!(sets[1]["id"], OTHER_SET);
        assert_eq!(sets[1]["writers"], 0);
        let first = &sets[0]["prompts"][0];
        assert_eq!(first["id"], STRENGTHS);
        assert_eq!(first["own"], true);
        assert_eq!(first["themes"], serde_json::json!(["Ledning"]));
        assert_eq!(
            first["answers"],
            serde_json::json!([
                {"text": "Bra chefer", "count": 2, "theme": "Ledning"},
                {"text": "Öppna data", "count": 1, "theme": null},
            ])
        );
        assert_eq!(sets[0]["prompts"][3]["answers"][0]["text"], "Budgeten");
    }
}

#[test]
fn a_writer_whose_answers_wait_changes_no_export() {
    let m = wihlborg();
    let mut s = written(&m, Lang::SV);
    let before = exports(&s, &m);
    // A fourth writer waits for two more: no list may differ by one writer.
    let waiting = "Väntande svar som ingen får se";
    write(&mut s, &m, SET, 4, &[(STRENGTHS, &[waiting, "Bra chefer"])]);
    write(&mut s, &m, OTHER_SET, 5, &[("swot-jag.hot", &[waiting])]);
    let after = exports(&s, &m);
    for (format, text) in after.iter().enumerate() {
        assert!(!text.contains("Väntande"), "format {format}: {text}");
    }
    // Nor how many wait, nor that anyone does: every byte is as before.
    assert_eq!(before, after);
    // Once enough have joined it, it is shown like any other.
    write(&mut s, &m, SET, 5, &[(THREATS, &["Personalbrist"])]);
    write(&mut s, &m, SET, 6, &[]);
    show(&mut s, &m, SET);
    let md = Format::Md.render(&s, &m, &export());
    assert!(md.contains(&format!("- {waiting}\n")), "{md}");
    assert!(md.contains("- Bra chefer ×3\n"), "{md}");
    assert!(md.contains("6 deltagares svar visas."), "{md}");
}

#[test]
fn answers_that_only_wait_give_no_section() {
    let m = wihlborg();
    let fresh = six(&m, Lang::SV);
    let mut s = six(&m, Lang::SV);
    write(&mut s, &m, SET, 1, &[(STRENGTHS, &["Bra chefer"])]);
    write(&mut s, &m, SET, 2, &[(STRENGTHS, &["Öppna data"])]);
    assert_eq!(exports(&s, &m), exports(&fresh, &m));
    let [md, _, csv, _] = exports(&s, &m);
    assert!(!md.contains("Gruppens svar"), "{md}");
    assert!(!csv.contains("fråga_id"), "no columns for the answers");
    assert!(json(&s, &m).get("prompts").is_none());
}

#[test]
fn a_model_without_prompts_has_no_section() {
    let m = common::halmstad();
    assert!(m.prompts.is_empty());
    let s = Session::new(&m, "Testkommun", common::date(), Lang::EN);
    let [md, html, csv, _] = exports(&s, &m);
    assert!(!md.contains("The group's answers"), "{md}");
    assert!(!html.contains("gruppens-svar"));
    assert!(!csv.contains("prompt_id"));
    assert!(json(&s, &m).get("prompts").is_none());
}

#[test]
fn who_wrote_which_answers_changes_no_export() {
    // The same answers written by other participants, in other role groups
    // and in another order: every export must be the same, byte for byte.
    let m = wihlborg();
    let answers: [&[(&str, &[&str])]; 3] = [
        &[(STRENGTHS, &["Alfa", "Beta"]), (THREATS, &["Gamma"])],
        &[(STRENGTHS, &["Alfa"])],
        &[(THREATS, &["Delta"])],
    ];
    let session = |writers: [u32; 3]| {
        let mut s = six(&m, Lang::SV);
        for (writer, answers) in writers.into_iter().zip(answers) {
            write(&mut s, &m, SET, writer, answers);
        }
        show(&mut s, &m, SET);
        exports(&s, &m)
    };
    let first = session([1, 2, 3]);
    assert!(first[0].contains("- Alfa ×2"), "{}", first[0]);
    for writers in [[6, 4, 2], [3, 1, 5], [2, 5, 6]] {
        assert_eq!(session(writers), first, "writers {writers:?}");
    }
}

#[test]
fn a_self_assessment_shows_its_one_writer_s_answers_in_the_singular() {
    let m = wihlborg();
    for (lang, writers, intro) in [
        (Lang::SV, "En deltagares svar visas.", "minst"),
        (Lang::EN, "One participant's answers are shown.", "at least"),
    ] {
        let mut s = Session::new(&m, "Testkommun", common::date(), lang);
        let people = vec![("Jag".to_owned(), Vec::new())];
        give(&mut s, &m, Command::Enrol { people });
        common::privacy(&mut s, &m, |_, _, own| *own = true);
        assert!(s.is_self_assessment());
        write(&mut s, &m, SET, 1, &[(STRENGTHS, &["Min egen styrka"])]);
        let md = Format::Md.render(&s, &m, &export());
        assert!(md.contains(writers), "{md}");
        assert!(md.contains("- Min egen styrka\n"), "{md}");
        let answers = klarhet::tr!(lang, "report-prompts-answers", count = 1);
        assert!(md.contains(&format!("\n{answers}\n")), "{md}");
        // No minimum group is named for one person.
        let section = &md[md
            .find(&klarhet::tr!(lang, "report-prompts"))
            .expect("section")..];
        let first = section.lines().nth(2).expect("the intro");
        assert!(!first.contains(intro), "{first}");
        assert_eq!(json(&s, &m)["prompts"][0]["writers"], 1);
    }
}
