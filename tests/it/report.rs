//! The Markdown report: its sections, its privacy, and the demo as a facilitator
//! would hand it over.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::report;
use klarhet::text::Lang;
use proptest::prelude::*;

#[test]
fn the_demo_report_has_every_section_in_swedish() {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::SV);
    let md = report::markdown(&s, &m);
    for heading in [
        "# Självskattning: Sjöhamra kommun",
        "## Sammanfattning",
        "## Utmaningarna",
        "## Påståendena",
        "## Skillnader mellan grupper",
        "## Otydlighetens självförstärkande mekanism",
        "## Rekommendationer",
        "### Transparens",
        "### Balansering",
        "### Tydlighet",
        "### Dialog",
        "## Handlingsplan",
        "## Nivåer i arbetet med digital mognad (DiMiOS)",
        "## Anteckningar",
        "## Metodbilaga",
    ] {
        assert!(md.contains(heading), "missing {heading}");
    }
    // Kommunledning and förvaltning have one each: counted with politik as övriga.
    assert!(
        md.contains("**Deltagare:** 8 (bolag 3, övriga (sammanslagna) 5)"),
        "{md}"
    );
    assert!(md.contains("⚠ kunskapslucka"));
    assert!(
        md.contains("| Obalans | bolag"),
        "a role divergence on obalans"
    );
    assert!(md.contains("**Nu: nivå 2"));
    assert!(md.contains("**Nästa steg: nivå 3"));
    assert!(md.contains("Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d)"));
    assert!(md.contains("Torell, J., Berbyuk Lindström, N. & Magnusson, J. (2024)"));
    // Reasons name challenges and severities, hot's marked as resting on an
    // uncertain basis (a knowledge gap), and the relevance is their mean.
    assert!(
        md.contains("Relevans 75? (medel av vaghet 75, hot 75?)"),
        "reason for riktning och takt"
    );
}

#[test]
fn the_demo_report_in_english_uses_english_labels() {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::EN);
    let md = report::markdown(&s, &m);
    assert!(md.contains("## The challenges"));
    assert!(md.contains("## Action plan"));
    assert!(md.contains("The self-reinforcing mechanism of unclarity"));
    assert!(!md.contains("Sammanfattning"));
}

#[test]
fn the_demo_report_matches_its_snapshot() {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::SV);
    insta::assert_snapshot!("demo_sv", report::markdown(&s, &m));
}

#[test]
fn an_empty_session_reports_without_numbers() {
    let m = halmstad();
    let s = session_with(&m, &[]);
    let md = report::markdown(&s, &m);
    assert!(md.contains("Inga utmaningar är bedömda ännu."));
    assert!(md.contains("Inga åtgärder är beslutade ännu."));
    assert!(md.contains("Gruppen har inte placerat sig på stegen ännu."));
    assert!(!md.contains("NaN") && !md.contains(" inf "));
}

#[test]
fn no_name_ever_reaches_the_report() {
    let m = halmstad();
    let s = klarhet::demo::session(&m, date(), Lang::SV);
    let md = report::markdown(&s, &m);
    for p in s.participants() {
        assert!(!md.contains(&p.alias), "{} appears in the report", p.alias);
    }
}

/// The events of a Markdown text as a CommonMark renderer with GitHub's tables
/// sees them; panics on raw HTML and on any link or image.
fn inert_markdown(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut text = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_GFM) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML got through: {h}"),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                panic!("a link was made to {dest_url}")
            }
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

#[test]
fn user_text_in_the_markdown_report_makes_no_html_and_no_link() {
    let m = halmstad();
    let s = hostile_session(&m);
    let md = report::markdown(&s, &m);
    let text = inert_markdown(&md);
    for tag in ["<script", "<img", "<a ", "<!--", "<javascript:"] {
        assert!(!md.contains(tag), "{tag} in the source");
    }
    // What the user typed is still there to read, as text.
    for typed in ["<script>alert(1)</script>", "[klicka](javascript:alert(3))"] {
        assert!(text.contains(typed), "{typed} lost: {text}");
    }
    // The comparison puts the organisation in its title.
    let c = report::compare::compare(&s, &m, &s, &m).expect("same model");
    inert_markdown(&report::compare::markdown(&c, &s, &s, &m));
}

const ROLES: [&str; 5] = [
    groups_ids::POLITIK,
    groups_ids::KOMMUNLEDNING,
    groups_ids::FORVALTNING,
    groups_ids::BOLAG,
    groups_ids::OVRIGT,
];

proptest! {
    #![proptest_config(common::cases::cases(64))]

    /// Means stay within the votes' range, consensus within 0–1, severity within 0–100,
    /// and no role group shown rests on fewer than two people's answers.
    #[test]
    fn statistics_stay_in_range_and_groups_stay_anonymous(
        people in proptest::collection::vec((0usize..5, proptest::collection::vec(0i32..=5, 4)), 1..12)
    ) {
        let m = halmstad();
        let roles: Vec<&'static str> = people.iter().map(|(r, _)| ROLES[*r]).collect();
        let mut s = session_with(&m, &roles);
        let statements: Vec<String> = m.challenges[0].statements.iter().map(|s| s.id.clone()).collect();
        for (k, st) in statements.iter().enumerate().take(4) {
            let votes: Vec<i32> = people.iter().map(|(_, v)| v[k]).collect();
            vote(&mut s, st, &votes);
        }
        common::close_rounds(&mut s, &m);
        let a = klarhet::model::scoring::analyse(&s, &m);
        let c = &a.challenges[0];
        for (k, stats) in c.statements.iter().enumerate().take(4) {
            let values: Vec<i32> = people.iter().map(|(_, v)| v[k]).filter(|v| *v > 0).collect();
            if let Some(mean) = stats.mean {
                let lo = f64::from(*values.iter().min().unwrap());
                let hi = f64::from(*values.iter().max().unwrap());
                prop_assert!(mean >= lo - 1e-9 && mean <= hi + 1e-9);
                let cns = stats.consensus.unwrap();
                prop_assert!((0.0..=1.0).contains(&cns));
            } else {
                // No mean: nobody answered on the scale, or too few answered at all.
                prop_assert!(values.is_empty() || stats.withheld);
                prop_assert_eq!(stats.withheld, people.len() < 3);
            }
        }
        if let Some(sev) = c.severity() {
            prop_assert!((0.0..=100.0).contains(&sev));
        }
        use klarhet::model::scoring::RoleGroup;
        let shown = |role: &'static str| c.role_means.iter().any(|(g, _)| *g == RoleGroup::Role(role.to_owned()));
        for (group, _) in &c.role_means {
            let members: Vec<usize> = people.iter().enumerate()
                .filter(|(_, (r, _))| match group {
                    RoleGroup::Role(role) => ROLES[*r] == *role,
                    RoleGroup::Merged => !shown(ROLES[*r]),
                })
                .filter(|(_, (_, v))| v.iter().any(|x| *x > 0))
                .map(|(i, _)| i)
                .collect();
            prop_assert!(members.len() >= s.privacy().min_group(), "group {group:?} rests on {} people", members.len());
        }
        let md = report::markdown(&s, &m);
        prop_assert!(!md.contains("NaN"));
        for p in s.participants() {
            let alias = format!("| {} |", p.alias);
            prop_assert!(!md.contains(&alias));
        }
    }
}

#[test]
fn names_appear_only_in_the_participant_list_and_only_when_allowed() {
    let m = halmstad();
    let mut s = klarhet::demo::session(&m, date(), Lang::SV);
    assert!(!report::markdown(&s, &m).contains("Anna"));
    privacy(&mut s, &m, |_, names, _| *names = true);
    let md = report::markdown(&s, &m);
    let lines: Vec<&str> = md.lines().filter(|l| l.contains("Anna")).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("**Deltagarlista:**"));
    assert!(md.contains("Grupper med färre än 3 svarande slås ihop till ”övriga”"));
}

#[test]
fn roles_that_could_not_be_compared_are_never_said_not_to_differ() {
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
    ];
    let mut s = session_with(&m, &roles);
    // Only otydlighet is answered, alike in both roles.
    for st in &m.challenges[0].statements {
        vote(&mut s, &st.id, &[3; 6]);
    }
    common::close_rounds(&mut s, &m);
    let md = report::markdown(&s, &m);
    assert!(
        md.contains("Där grupperna gick att jämföra skiljer sig ingen med 1,0 eller mer."),
        "{md}"
    );
    assert!(
        md.contains("För få svar per grupp för att jämföra: obalans, vaghet"),
        "{md}"
    );
    assert!(!md.contains("Inga grupper skiljer sig"), "{md}");
    // The threshold is the one used: a quarter of the scale's width.
    assert!(md.contains("Gruppskillnader på minst 1,0: 0"), "{md}");
    let mut wide = m.clone();
    wide.scale.options.retain(|o| o.value <= 3);
    assert_eq!(klarhet::model::scoring::divergence_threshold(&wide), 0.5);
}

#[test]
fn the_level_is_named_as_the_models_ladder_names_it_never_as_a_dimios_result() {
    let m = halmstad();
    assert_eq!(
        m.level_label(klarhet::text::Lang::SV).as_deref(),
        Some("Nivå i arbetet med DiMiOS")
    );
    let demo = klarhet::demo::session(&m, date(), klarhet::text::Lang::SV);
    let later = klarhet::demo::year_later(&m, date(), klarhet::text::Lang::SV);
    let cmp = klarhet::report::compare::compare(&demo, &m, &later, &m).unwrap();
    let md = klarhet::report::compare::markdown(&cmp, &demo, &later, &m);
    assert!(md.contains("## Nivå i arbetet med DiMiOS"), "{md}");
    assert!(!md.contains("DiMiOS-nivå"));
}

#[test]
fn the_halmstad_finding_on_roles_is_shown_only_beside_an_obalans_difference() {
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
        groups_ids::BOLAG,
    ];
    let differ = |challenge: &str| {
        let mut s = session_with(&m, &roles);
        for st in &m.challenge(challenge).unwrap().statements {
            vote(&mut s, &st.id, &[2, 2, 2, 5, 5, 5]);
        }
        common::close_rounds(&mut s, &m);
        report::markdown(&s, &m)
    };
    let finding = "I Halmstad strävade politiker och direktörer";
    assert!(!differ("vaghet").contains(finding));
    let md = differ("obalans");
    assert!(md.contains(finding), "{md}");
    assert!(md.contains("(§3.2 Obalans; §4.1 Obalans)"));
}

#[test]
fn a_show_of_hands_is_said_to_carry_no_roles_not_to_have_too_few_answers() {
    use klarhet::model::ballots::Tally;
    let m = halmstad();
    let roles = [
        groups_ids::POLITIK,
        groups_ids::BOLAG,
        groups_ids::FORVALTNING,
    ]
    .repeat(3);
    let mut s = session_with(&m, &roles);
    // Another challenge by ballot, in groups large enough to show.
    for statement in &m.challenges[1].statements {
        vote(&mut s, &statement.id, &[4, 5, 3, 4, 5, 3, 4, 5, 3]);
    }
    common::close_rounds(&mut s, &m);
    let hands = &m.challenges[0];
    for statement in &hands.statements {
        let count = klarhet::model::Command::CountHands {
            statement: statement.id.clone(),
            tally: Tally {
                counts: [(2, 4), (4, 5)].into(),
                unknown: 0,
            },
        };
        give(&mut s, &m, count);
    }
    for (lang, too_few, carry) in [
        (Lang::SV, "För få svar per grupp", "handuppräckning"),
        (Lang::EN, "Too few answers per group", "show of hands"),
    ] {
        describe(&mut s, &m, |_, _, _, language, _| *language = lang);
        let name = hands.name.get(lang).to_lowercase();
        for text in [report::markdown(&s, &m), report::html::render(&s, &m)] {
            let says = |words: &str| {
                text.lines()
                    .filter(|l| l.contains(words))
                    .any(|l| l.to_lowercase().contains(&name))
            };
            assert!(!says(too_few), "{name} counted by hands: {text}");
            assert!(says(carry), "{name} counted by hands: {text}");
        }
    }
}

#[test]
fn the_html_circle_marks_an_uncertain_figure_as_the_terminal_does_and_says_why() {
    let m = halmstad();
    // Three people: every severity rests on fewer answers than the method trusts.
    let mut s = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    for c in &m.challenges {
        for statement in &c.statements {
            vote(&mut s, &statement.id, &[4, 5, 3]);
        }
    }
    common::close_rounds(&mut s, &m);
    let a = klarhet::model::scoring::analyse(&s, &m);
    assert!(a.challenges.iter().all(|c| c.uncertain));
    let html = report::html::render(&s, &m);
    let start = html.find("<section id=\"cirkeln\">").expect("the circle");
    let end = start + html[start..].find("</figure>").expect("its figure");
    let figure = &html[start..end];
    for c in &a.challenges {
        let shown = klarhet::report::uncertain::severity(c.severity().unwrap(), true);
        assert!(shown.ends_with('?'));
        assert!(
            figure.contains(&format!(">{shown} ")),
            "{} drawn without its mark: {figure}",
            c.id
        );
    }
    let link = a.circle.as_ref().unwrap().links[0].strength.unwrap();
    assert!(figure.contains(&format!(
        ">{}</text>",
        klarhet::report::uncertain::severity(link, true)
    )));
    assert!(
        figure.contains("? efter en siffra: osäkert underlag"),
        "the figure's caption says what the mark means: {figure}"
    );
}
