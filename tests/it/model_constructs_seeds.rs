//! The open prompts, phases, alternatives and reference figures of the four
//! format-2 models in `assessments/` read and validate, cover the parts of
//! their reports the issue names, and every reference figure equals the
//! report's as the fact sheets in docs/research/ give it. Each block is read
//! from the model file into a small model, since the files as a whole need
//! the other parts of format 2 (terms, scales, groups) too.

use crate::common;
use common::constructs::{block, small_model};
use klarhet::model::Assessment;
use klarhet::model::assessment::{AnswerKey, Beside, Figure, PhaseTie};
use klarhet::text::Lang;
use std::collections::BTreeMap;
use std::path::Path;

fn read(path: &str) -> String {
    let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The named scale block's `options` and `unknown`, as a format-1 scale.
fn scale(src: &str, id: &str) -> String {
    let start = src
        .find(&format!("id: \"{id}\""))
        .unwrap_or_else(|| panic!("no scale {id}"));
    let rest = &src[start..];
    let options = rest.find("options: [").expect("the scale has options");
    let unknown = rest
        .find("unknown: ")
        .expect("the scale says whether it has vet ej");
    let end = unknown + rest[unknown..].find('\n').expect("a line");
    format!("(\n        {}\n    )", &rest[options..end])
}

/// The model file `file`'s `fields`, read into a small model on its scale `scale_id`.
fn blocks_of(file: &str, scale_id: &str, fields: &[&str]) -> Assessment {
    let src = read(&format!("assessments/{file}"));
    let blocks: String = fields.iter().map(|f| block(&src, f)).collect();
    let model = small_model(&scale(&src, scale_id), &blocks);
    Assessment::parse(&model, Path::new(file)).unwrap_or_else(|e| panic!("{e}\n{model}"))
}

/// A fact sheet's section `heading` (up to the next `## `).
fn section(sheet: &str, heading: &str) -> String {
    let text = read(&format!("docs/research/{sheet}"));
    let start = text
        .find(heading)
        .unwrap_or_else(|| panic!("{sheet} has no {heading:?}"));
    let rest = &text[start + heading.len()..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_owned()
}

/// The cells of a Markdown table row, trimmed.
fn cells(row: &str) -> Vec<&str> {
    row.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// The first number in `text` written with a decimal comma ("38,3").
fn decimal(text: &str) -> f64 {
    let clean = text.replace('*', "");
    let word = clean
        .split_whitespace()
        .find(|w| {
            w.contains(',')
                && w.trim_end_matches('%')
                    .replace(',', ".")
                    .parse::<f64>()
                    .is_ok()
        })
        .unwrap_or_else(|| panic!("no decimal in {text:?}"));
    word.trim_end_matches('%')
        .replace(',', ".")
        .parse()
        .unwrap()
}

#[test]
fn mattebys_phases_are_the_four_of_the_report_each_with_every_aspect() {
    let m = blocks_of("matteby.ron", "instammer", &["phases", "prompts"]);
    let phases = m.phases.as_ref().expect("Matteby has phases");
    let seed = read("../shared/seeds/000_cfd10605eec81b41.txt");
    // "4.1. Fas 1: Initiering – från problem till gemensam ambition"
    let in_report: Vec<(u32, String, String)> = seed
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("4.")?;
            let (_, fas) = rest.split_once(". Fas ")?;
            let (number, title) = fas.split_once(": ")?;
            let (name, heading) = title.split_once(" – ")?;
            Some((
                number.parse().ok()?,
                name.to_owned(),
                heading.to_lowercase(),
            ))
        })
        .collect();
    assert_eq!(in_report.len(), 4, "the report's phases");
    let in_model: Vec<(u32, String, String)> = phases
        .steps
        .iter()
        .map(|p| {
            let name = p.name.get(Lang::SV).to_owned();
            (p.number, name, p.heading.get(Lang::SV).to_lowercase())
        })
        .collect();
    assert_eq!(in_model, in_report);
    for (i, phase) in phases.steps.iter().enumerate() {
        assert_eq!(phase.source, format!("§4.{}", i + 1));
        assert!(
            phase.risk.is_some(),
            "every phase has its risk, the last too"
        );
    }
    let aspects: Vec<&str> = phases.aspects.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        aspects,
        ["kannetecken", "ledningsutmaning", "misstag", "framgang"]
    );
    assert!(
        phases.about.iter().any(|a| a.source == "§4.5"),
        "inte ett facit"
    );
    assert!(!phases.areas.is_empty() && phases.areas.iter().all(|a| a.own));
    let sets: Vec<(&str, &str, &str)> = m
        .prompts
        .iter()
        .map(|s| (s.id.as_str(), s.after.as_str(), s.source.as_str()))
        .collect();
    assert_eq!(
        sets,
        [
            ("problembild", "model", "§5.2"),
            ("var-star-vi", "phases", "§4.5")
        ]
    );
    let keys = m.step_keys();
    let place = |k| keys.iter().position(|s| *s == k).unwrap();
    assert_eq!(place("var-star-vi"), place("phases") + 1);
}

#[test]
fn mattebys_recommendations_are_tied_to_phases_only_where_the_report_speaks_of_them() {
    let m = blocks_of("matteby.ron", "instammer", &["phases"]);
    let phases = m.phases.as_ref().expect("Matteby has phases");
    let src = read("assessments/matteby.ron");
    let recommendations = block(&src, "recommendations");
    // Each recommendation's own source and its ties, read as the model's types.
    let mut tied = Vec::new();
    for rec in recommendations.split("\n        (\n").skip(1) {
        let source = rec
            .lines()
            .find_map(|l| l.strip_prefix("            source: \""))
            .and_then(|l| l.strip_suffix("\","))
            .expect("a recommendation's source");
        let Some(start) = rec.find("            phases: [") else {
            continue;
        };
        let list = &rec[start + "            phases: ".len()..];
        let close = "\n            ]";
        let list = &list[..list.find(close).expect("the ties close") + close.len()];
        let ties: Vec<PhaseTie> = ron::from_str(list).unwrap_or_else(|e| panic!("{e}: {list}"));
        tied.push((source.to_owned(), ties));
    }
    let sources: Vec<&str> = tied.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(sources, ["§5.2", "§5.3", "§5.4", "§5.6"]);
    for (source, ties) in &tied {
        for tie in ties {
            assert!(
                phases.phase(&tie.phase).is_some(),
                "{source}: {}",
                tie.phase
            );
            // §5.6 ties governance to every phase; §5.2–5.4 say "early", which is klarhet's reading.
            assert_eq!(tie.own, source != "§5.6", "{source}: {}", tie.phase);
            assert!(
                tie.source.starts_with(source.as_str()),
                "{source}: {}",
                tie.source
            );
        }
    }
    let every: Vec<&str> = tied[3].1.iter().map(|t| t.phase.as_str()).collect();
    let all: Vec<&str> = phases.steps.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(every, all, "§5.6 speaks of every phase");
}

#[test]
fn wihlborgs_swot_prompts_and_the_self_rating_figures_are_the_reports() {
    // On the model's own scales: the statement beside the reference is on
    // the categorical one, as in the model file.
    let src = read("assessments/wihlborg.ron");
    assert!(src.contains("scale: Some(\"ja-osaker-nej\")"));
    // The groupings too: the reference names the one group the report asked.
    let blocks: String = ["scales", "groupings", "prompts", "references"]
        .iter()
        .map(|f| block(&src, f))
        .collect();
    let model = small_model(&scale(&src, "instammer"), &blocks).replacen(
        r#"source: "§4.2"),"#,
        r#"source: "§4.2", scale: Some("ja-osaker-nej")),"#,
        1,
    );
    let m = Assessment::parse(&model, Path::new("wihlborg.ron")).unwrap_or_else(|e| panic!("{e}"));
    let statement = Beside::Statement("kompetens.tillracklig".into());
    let on = m
        .scale_for_reference(&statement)
        .expect("the statement's scale");
    assert_eq!(
        (on.id.as_str(), on.unknown.is_none()),
        ("ja-osaker-nej", true)
    );
    // Two sets of SWOT prompts, the organisation and oneself, each S, W, O, T,
    // klarhet's wording on §3.1.
    assert_eq!(m.prompts.len(), 2);
    for set in &m.prompts {
        let ends: Vec<&str> = set
            .prompts
            .iter()
            .map(|p| p.id.rsplit('.').next().unwrap())
            .collect();
        assert_eq!(
            ends,
            ["styrkor", "svagheter", "mojligheter", "hot"],
            "{}",
            set.id
        );
        assert!(set.prompts.iter().all(|p| p.own && p.source == "§3.1"));
    }

    // The fact sheet's table: | Ja | 44 = 40,7 % | 1799 |, | n | 108 respondents | …
    let sheet = section("seed-003-wihlborg.md", "## 2. The self-rating question");
    let row = |label: &str| {
        sheet
            .lines()
            .find(|l| cells(l).first() == Some(&label))
            .map(|l| cells(l)[1].to_owned())
            .unwrap_or_else(|| panic!("the fact sheet has no row {label}"))
    };
    let scale = scale(&src, "ja-osaker-nej");
    let reference = m
        .reference("presidier-2019")
        .expect("the self-rating reference");
    assert_eq!(
        reference.beside,
        Beside::Statement("kompetens.tillracklig".into())
    );
    let n: u32 = row("n").split_whitespace().next().unwrap().parse().unwrap();
    assert_eq!(reference.n, Some(n));
    assert!(row("Period").contains("November–December 2019"));
    assert_eq!(reference.collected.as_deref(), Some("2019-11/2019-12"));
    let mut expected = Vec::new();
    for label in ["Ja", "Osäker", "Nej"] {
        let (count, percent) = row(label)
            .split_once(" = ")
            .map(|(c, p)| (c.parse::<u32>().unwrap(), decimal(p)))
            .unwrap();
        let value_at = scale.find(&format!("label: (sv: \"{label}\"")).unwrap();
        let value: i32 = scale[..value_at]
            .rsplit("value: ")
            .next()
            .unwrap()
            .split(',')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        expected.push(Figure::Count {
            answer: AnswerKey::Value(value),
            count,
            percent,
        });
    }
    assert_eq!(reference.figures, expected);
    // Asked only of elected members, in the report's own words about leading
    // the council: | Question (Mentimeter) **[rapportens ord]** | ”…” |.
    assert_eq!(reference.group.as_deref(), Some("fortroendevalda"));
    let asked = reference.asked.as_ref().expect("the report's question");
    let question = asked.text.get(Lang::SV);
    let quoted = format!("”{question}”");
    assert!(row("Question (Mentimeter) **[rapportens ord]**").contains(&quoted));
    assert_eq!(asked.source, "§4.2");
}

#[test]
fn trollhattans_options_and_vet_ej_shares_are_the_reports() {
    let m = blocks_of(
        "trollhattan.ron",
        "instammer",
        // The groupings too: a figure per group names one of the model's.
        &["groupings", "alternatives", "references"],
    );
    let alternatives = m.alternatives.as_ref().expect("Trollhättan has options");
    assert!(alternatives.cumulative && alternatives.without.is_some());
    // | opt-1-nulage | I Nuläge | **.1** … **.5** … | lines |
    let sheet = section(
        "seed-004-trollhattan.md",
        "## 7. The three strategic options",
    );
    let options: Vec<(String, String, usize)> = sheet
        .lines()
        .map(cells)
        .filter(|c| c.len() == 4 && c[0].starts_with("opt-"))
        .map(|c| {
            (
                c[0].to_owned(),
                c[1].to_owned(),
                c[2].matches("**.").count(),
            )
        })
        .collect();
    assert_eq!(options.len(), 3);
    let in_model: Vec<(String, String, usize)> = alternatives
        .items
        .iter()
        .map(|a| {
            let name = format!("{} {}", a.label, a.name.get(Lang::SV));
            (a.id.clone(), name, a.measures.len())
        })
        .collect();
    assert_eq!(in_model, options);

    // | asf | Arbetsmarknads- och socialförvaltningen | `383 %` | **38,3 %** (…) | 186 |
    let sheet = section("seed-004-trollhattan.md", "## 4. Reference figures");
    let shares: BTreeMap<String, f64> = sheet
        .lines()
        .map(cells)
        .filter(|c| c.len() == 5 && c[2].starts_with('`'))
        .map(|c| (c[0].to_owned(), decimal(c[3])))
        .collect();
    assert_eq!(shares.len(), 7, "the seven förvaltningar");
    assert!(sheet.contains("No n, no date"));
    let reference = m.reference("vet-ej-balansering").expect("Figur 3");
    assert_eq!(reference.beside, Beside::Dimension("balansering".into()));
    assert_eq!((reference.n, reference.collected.as_deref()), (None, None));
    let in_model: BTreeMap<String, f64> = reference
        .figures
        .iter()
        .map(|f| match f {
            Figure::GroupShare {
                group,
                answer: AnswerKey::Unknown,
                percent,
            } => (group.clone(), *percent),
            other => panic!("Figur 3 gives vet-ej shares per förvaltning, not {other:?}"),
        })
        .collect();
    assert_eq!(in_model, shares);
}

#[test]
fn hjeltman_larssons_prompts_are_the_interview_guides_headings_and_questions() {
    let m = blocks_of("hjeltman-larsson.ron", "stammer", &["prompts"]);
    // **Vad är samverkan?** (852), then rows | g-samverkan-1 | …; a bracketed
    // follow-up row is folded into the question before it.
    let sheet = section("seed-002-hjeltman-larsson.md", "## 4. Interview guide");
    let mut guide: Vec<(String, usize)> = Vec::new();
    for line in sheet.lines() {
        // A heading is bold with the line it stands on after it.
        let heading = line
            .strip_prefix("**")
            .and_then(|rest| rest.split_once("** ("))
            .filter(|(_, after)| after.starts_with(|c: char| c.is_ascii_digit()));
        if let Some((heading, _)) = heading {
            guide.push((heading.to_owned(), 0));
        } else if cells(line).first().is_some_and(|c| c.starts_with("g-")) {
            guide.last_mut().expect("a heading before its questions").1 += 1;
        }
    }
    assert_eq!(guide.iter().map(|(_, n)| n).sum::<usize>(), 23);
    let in_model: Vec<(String, usize)> = m
        .prompts
        .iter()
        .map(|s| {
            let heading = s
                .source
                .strip_prefix("Bilaga 1 (")
                .and_then(|h| h.strip_suffix(')'));
            (heading.unwrap_or(&s.source).to_owned(), s.prompts.len())
        })
        .collect();
    assert_eq!(in_model, guide);
    assert!(
        !m.prompts.iter().any(|s| s.id.contains("teknik")),
        "the guide has no questions on teknik"
    );
    // The first set opens the workshop; the others follow the scoring in the guide's order.
    let keys = m.step_keys();
    let queue = keys.iter().position(|k| *k == "queue").unwrap();
    let sets: Vec<&str> = m.prompts.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(keys[queue + 1..queue + 7], sets[1..]);
    assert_eq!(
        keys[keys.iter().position(|k| *k == "model").unwrap() + 1],
        sets[0]
    );
}
