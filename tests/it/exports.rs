//! HTML and the year-over-year comparison, checked as their readers would: the
//! HTML with a real HTML parser. CSV and JSON are in `exports_data.rs`.

use crate::common;
use common::*;
use klarhet::report::{Format, compare};
use klarhet::text::Lang;
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn demo(lang: Lang) -> (klarhet::model::Session, klarhet::model::Assessment) {
    let m = halmstad();
    (klarhet::demo::session(&m, date(), lang), m)
}

#[test]
fn the_html_report_has_every_section_and_accessible_figures() {
    let (s, m) = demo(Lang::SV);
    let doc = Html::parse_document(&Format::Html.render(&s, &m, &export()));
    assert_eq!(doc.root_element().value().attr("lang"), Some("sv"));
    assert!(doc.select(&sel("head > title")).next().is_some());
    let headings: Vec<String> = doc.select(&sel("h2")).map(|h| h.text().collect()).collect();
    for want in [
        "Sammanfattning",
        "Utmaningarna",
        "Påståendena",
        "Skillnader mellan grupper",
        "Otydlighetens självförstärkande mekanism",
        "Rekommendationer",
        "Handlingsplan",
        "Nivåer i arbetet med digital mognad (DiMiOS)",
        "Anteckningar",
        "Metodbilaga",
    ] {
        assert!(
            headings.iter().any(|h| h == want),
            "missing {want}: {headings:?}"
        );
    }
    assert_eq!(doc.select(&sel("h1")).count(), 1);
    // The circle: six challenge nodes, each labelled with its severity in words too.
    let circle = doc.select(&sel("#cirkeln svg")).next().expect("circle svg");
    let nodes: Vec<String> = circle
        .select(&sel("g.node"))
        .map(|g| g.text().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(nodes.len(), 6);
    assert!(
        nodes
            .iter()
            .all(|n| n.contains("låg") || n.contains("måttlig") || n.contains("hög")),
        "{nodes:?}"
    );
    // Every figure has a title and a description; there is one distribution per challenge.
    let svgs: Vec<_> = doc.select(&sel("svg")).collect();
    assert_eq!(svgs.len(), 1 + 6 + 1);
    for svg in &svgs {
        assert!(svg.select(&sel("title")).next().is_some());
        assert!(svg.select(&sel("desc")).next().is_some());
        assert_eq!(svg.value().attr("role"), Some("img"));
    }
    // Tables have header cells.
    for table in doc.select(&sel("table")) {
        assert!(table.select(&sel("th")).next().is_some());
    }
    // Print CSS for A4 with page numbers; sections follow on (a forced break
    // per section left pages mostly white), figures are not split.
    let style: String = doc.select(&sel("style")).flat_map(|s| s.text()).collect();
    assert!(style.contains("size: A4") && style.contains("counter(pages)"));
    assert!(style.contains("break-inside: avoid") && !style.contains("break-before: page"));
}

#[test]
fn the_html_report_refers_to_nothing_outside_itself() {
    let (s, m) = demo(Lang::EN);
    let html = Format::Html.render(&s, &m, &export());
    let doc = Html::parse_document(&html);
    assert!(
        doc.select(&sel("script, link, iframe, img, object, embed"))
            .next()
            .is_none()
    );
    for el in doc.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            if matches!(name, "href" | "src" | "xlink:href") {
                assert!(value.starts_with('#'), "{name}={value}");
            }
        }
    }
    assert!(
        !html.contains("@import") && !html.contains("url(http") && !html.contains("@font-face")
    );
    assert!(html.contains("<html lang=\"en\">"));
}

#[test]
fn no_answer_in_the_html_can_be_tied_to_a_person() {
    let (mut s, m) = demo(Lang::SV);
    let text = |s: &klarhet::model::Session| {
        Html::parse_document(&Format::Html.render(s, &m, &export()))
            .root_element()
            .text()
            .collect::<String>()
    };
    let all = text(&s);
    for p in s.participants() {
        assert!(!all.contains(&p.alias), "{} appears", p.alias);
    }
    // Kommunledning and förvaltning have one person each: neither is shown alone.
    // The merged pair (two, under three) would be the room minus the shown roles,
    // so the smallest shown role (politik) is merged in as well.
    let doc = Html::parse_document(&Format::Html.render(&s, &m, &export()));
    // The groups' figures: the chart and the table of differences, not the
    // model's note beside them (which speaks of Halmstad's politicians).
    let roles: String = (doc.select(&sel("#roller figure, #roller table")))
        .flat_map(|r| r.text())
        .collect();
    assert!(roles.contains("övriga (sammanslagna)"), "{roles}");
    assert!(
        !roles.contains("kommunledning") && !roles.contains("förvaltning"),
        "{roles}"
    );
    assert!(!roles.contains("politik"), "{roles}");
    // When the session allows names, they appear in the participant list and nowhere else.
    privacy(&mut s, &m, |_, names, _| *names = true);
    let doc = Html::parse_document(&Format::Html.render(&s, &m, &export()));
    let list: String = doc
        .select(&sel("#deltagarlista"))
        .flat_map(|r| r.text())
        .collect();
    let rest: String = doc
        .select(&sel("main > section:not(#deltagarlista)"))
        .flat_map(|r| r.text())
        .collect();
    for p in s.participants() {
        assert!(list.contains(&p.alias));
        assert!(!rest.contains(&p.alias), "{} outside the list", p.alias);
    }
}

#[test]
fn a_year_later_the_comparison_shows_the_change() {
    let m = halmstad();
    let old = klarhet::demo::session(&m, date(), Lang::SV);
    let new = klarhet::demo::year_later(&m, date(), Lang::SV);
    assert_ne!(old.participants(), new.participants(), "different people");
    let c = compare::compare(&old, &m, &new, &m).unwrap();
    let vaghet = c.challenges.iter().find(|x| x.id == "vaghet").unwrap();
    assert!(vaghet.severity.1.unwrap() < vaghet.severity.0.unwrap());
    assert_eq!(c.level, (Some(2), Some(3)));
    assert!(c.actions.iter().any(|a| a.target
        == klarhet::model::session::Target::Recommendation(
            "tydlighet.inventera-styrdokument".into()
        )
        && a.now == Some(klarhet::model::session::Status::Done)));
    let md = compare::markdown(&c, &old, &new, &m);
    assert!(md.contains("| Vaghet | 75 | 50 | ▼ −25 |"), "{md}");
    assert!(md.contains("Då: nivå 2. Nu: nivå 3."));
    let doc = Html::parse_document(&compare::html(&c, &old, &new, &m));
    assert!(doc.select(&sel("th[scope=col]")).count() >= 7);
    assert_eq!(compare::arrow(Some(50.0), Some(50.4), Lang::SV, 0), "→ 0");
    // The difference of the printed values: 63 → 51 is −12, 0,77 → 0,81 is +0,04.
    assert_eq!(compare::arrow(Some(62.6), Some(51.4), Lang::SV, 0), "▼ −12");
    assert_eq!(
        compare::arrow(Some(0.774), Some(0.806), Lang::SV, 2),
        "▲ +0,04"
    );
}

#[test]
fn sessions_on_unmatched_models_are_not_compared() {
    let m = halmstad();
    let old = klarhet::demo::session(&m, date(), Lang::SV);
    let src = klarhet::model::assessment::HALMSTAD_RON
        .replacen("id: \"halmstad\"", "id: \"annan\"", 1)
        .replacen("\"otydlighet.definition\"", "\"otydlighet.begrepp\"", 1);
    let other = klarhet::model::Assessment::parse(&src, std::path::Path::new("annan.ron")).unwrap();
    let mut new = klarhet::model::Session::new(&other, "Sjöhamra kommun", date(), Lang::SV);
    give(
        &mut new,
        &other,
        klarhet::model::Command::PlaceLevel { level: Some(3) },
    );
    let err = compare::compare(&old, &m, &new, &other).unwrap_err();
    assert_eq!(err.statement, "otydlighet.definition");
    let said = err.describe(Lang::SV);
    assert!(said.contains("otydlighet.definition"), "{said}");
    // A renamed model whose statements all match by id is compared.
    let same_ids = klarhet::model::assessment::HALMSTAD_RON.replacen(
        "id: \"halmstad\"",
        "id: \"halmstad-2\"",
        1,
    );
    let renamed =
        klarhet::model::Assessment::parse(&same_ids, std::path::Path::new("h2.ron")).unwrap();
    assert!(compare::compare(&old, &m, &new, &renamed).is_ok());
}

#[test]
fn exports_of_a_long_organisation_name_get_names_the_file_system_takes() {
    use common::tui::{keys, options};
    for org in ["ö".repeat(1000), "漢".repeat(200)] {
        let dir = tempfile::tempdir().unwrap();
        let m = halmstad();
        let mut s = klarhet::demo::session(&m, date(), Lang::SV);
        rename(&mut s, &m, &org);
        let path = klarhet::store::Store::new(dir.path())
            .create(&s)
            .expect("the session is saved");
        let mut opts = options(dir.path(), klarhet::tui::theme::Theme::dark());
        opts.resume = Some(path);
        let mut app = klarhet::tui::App::new(opts).expect("the session opens");
        keys(&mut app, "nnnnnnnnn");
        for _ in Format::ALL {
            keys(&mut app, "{Enter}f");
        }
        let mut written: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name().into_string().expect("UTF-8"))
            .collect();
        written.sort();
        assert_eq!(written.len(), Format::ALL.len(), "{written:?}");
        for name in written {
            assert!(name.len() <= 255, "{} bytes", name.len());
            assert!(name.starts_with(&org[..12]), "{name}");
            assert!(name.contains("-2026-11-22."), "{name}");
        }
    }
}

#[test]
fn user_text_in_the_html_report_stays_text() {
    let m = halmstad();
    let s = hostile_session(&m);
    let c = compare::compare(&s, &m, &s, &m).expect("same model");
    for html in [
        Format::Html.render(&s, &m, &export()),
        compare::html(&c, &s, &s, &m),
    ] {
        let doc = Html::parse_document(&html);
        assert!(doc.select(&sel("script, img, a, iframe")).next().is_none());
        for el in doc.select(&sel("*")) {
            for (name, value) in el.value().attrs() {
                assert!(!name.starts_with("on"), "{name}={value}");
                assert!(!value.contains("javascript:"), "{name}={value}");
            }
        }
        let text: String = doc.root_element().text().collect();
        assert!(text.contains("<script>alert(1)</script>"));
    }
}

#[test]
fn the_comparison_has_an_accessible_figure_in_its_language() {
    let m = halmstad();
    for (lang, title, row) in [
        (
            Lang::SV,
            "Allvarlighet då och nu per utmaning",
            "Vaghet: då 75, nu 50",
        ),
        (
            Lang::EN,
            "Severity then and now per challenge",
            "Vagueness: then 75, now 50",
        ),
    ] {
        let old = klarhet::demo::session(&m, date(), lang);
        let new = klarhet::demo::year_later(&m, date(), lang);
        let c = compare::compare(&old, &m, &new, &m).unwrap();
        let doc = Html::parse_document(&compare::html(&c, &old, &new, &m));
        let svg = doc.select(&sel("figure svg")).next().expect("a figure");
        assert_eq!(svg.value().attr("role"), Some("img"));
        let text = |css: &str| -> String {
            svg.select(&sel(css))
                .next()
                .map(|e| e.text().collect())
                .unwrap_or_default()
        };
        assert_eq!(text("title"), title);
        assert!(text("desc").contains(row), "{}", text("desc"));
        assert!(doc.select(&sel("figcaption")).next().is_some());
    }
}

#[test]
fn dates_in_the_html_never_break_over_two_lines() {
    let m = halmstad();
    let old = klarhet::demo::session(&m, date(), Lang::SV);
    let new = klarhet::demo::year_later(&m, date(), Lang::SV);
    let c = compare::compare(&old, &m, &new, &m).unwrap();
    for html in [
        Format::Html.render(&old, &m, &export()),
        compare::html(&c, &old, &new, &m),
    ] {
        let doc = Html::parse_document(&html);
        let style: String = doc.select(&sel("style")).flat_map(|s| s.text()).collect();
        assert!(style.contains(".date { white-space: nowrap; }"));
        let body = doc.select(&sel("body")).next().expect("a body");
        let dates: Vec<String> = body
            .select(&sel("span.date"))
            .map(|d| d.text().collect())
            .collect();
        assert!(dates.iter().any(|d| d == "2026-11-22"), "{dates:?}");
        // Every date of the body's text is in such a span (the figures have
        // none), and the head's title stays plain text.
        let all: String = body.text().collect();
        let count = all
            .as_bytes()
            .windows(10)
            .filter(|w| w[4] == b'-' && w[7] == b'-' && w[..4].iter().all(u8::is_ascii_digit))
            .count();
        assert_eq!(dates.len(), count, "{all}");
        assert!(!html.contains("<title><span"), "a span in the head's title");
    }
}
