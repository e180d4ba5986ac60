//! Every total and difference a report prints agrees with the parts printed
//! beside it: a reader who adds up what is on the page gets the page's figure.
//! Checked on the printed text itself, for random groups, in both reports.

use crate::common;
use crate::common::groups_ids;
use common::*;
use klarhet::report;
use proptest::prelude::*;

const ROLES: [&str; 4] = [
    groups_ids::POLITIK,
    groups_ids::KOMMUNLEDNING,
    groups_ids::FORVALTNING,
    groups_ids::BOLAG,
];

/// A session where `people` answered every statement: `answers[k]` is person's
/// answer to the k-th statement of the model (0 is vet ej), cycling when short.
fn answered(people: &[(usize, Vec<i32>)]) -> klarhet::model::Session {
    let m = halmstad();
    let roles: Vec<&'static str> = people.iter().map(|(r, _)| ROLES[*r]).collect();
    let mut s = session_with(&m, &roles);
    let statements: Vec<String> = m.statements().map(|(_, s)| s.id.clone()).collect();
    for (k, st) in statements.iter().enumerate() {
        let votes: Vec<i32> = people.iter().map(|(_, a)| a[k % a.len()]).collect();
        vote(&mut s, st, &votes);
    }
    common::close_rounds(&mut s, &m);
    s
}

/// The whole numbers in `text`, ignoring the uncertainty mark.
fn numbers(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.parse().ok())
        .collect()
}

/// A printed decimal ("3,4", "−0,12", "+0,04") as a number.
fn decimal(text: &str) -> Option<f64> {
    let t = text
        .trim()
        .trim_end_matches('?')
        .replace(',', ".")
        .replace('−', "-");
    t.trim_start_matches('+').parse().ok()
}

/// Half away from zero, as the reports round.
fn round_to(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// "Relevans 62? (medel av ojämlikhet 57, desintegration 66?)": the mean of the
/// parts, rounded, is the relevance.
fn check_relevance(md: &str) -> Result<usize, String> {
    let mut checked = 0;
    for line in md.lines() {
        let Some(rest) = line.split("Relevans ").nth(1) else {
            continue;
        };
        let Some((total, parts)) = rest.split_once(" (") else {
            continue;
        };
        let parts = parts.split(')').next().unwrap_or_default();
        let total = numbers(total);
        let parts = numbers(parts);
        if total.len() != 1 || parts.is_empty() {
            return Err(format!("unreadable: {line}"));
        }
        let mean = parts.iter().sum::<i64>() as f64 / parts.len() as f64;
        if round_to(mean, 0) as i64 != total[0] {
            return Err(format!("mean of {parts:?} is {mean}: {line}"));
        }
        checked += 1;
    }
    Ok(checked)
}

/// The HTML report's text in the Markdown report's shapes, so that the same
/// checks read it: a table row as "| a | b |", a list item as its text, and a
/// header fact as "**Deltagare:** …".
fn html_lines(html: &str) -> String {
    use scraper::{Html, Selector};
    let doc = Html::parse_document(html);
    let text = |e: scraper::ElementRef| e.text().collect::<String>().trim().to_owned();
    let mut out = Vec::new();
    let cells = Selector::parse("th, td").unwrap();
    for row in doc.select(&Selector::parse("tr").unwrap()) {
        let cells: Vec<String> = row.select(&cells).map(text).collect();
        out.push(format!("| {} |", cells.join(" | ")));
    }
    for item in doc.select(&Selector::parse("li").unwrap()) {
        out.push(text(item));
    }
    let (keys, values) = (
        Selector::parse("dt").unwrap(),
        Selector::parse("dd").unwrap(),
    );
    let facts = doc.select(&keys).zip(doc.select(&values));
    for (key, value) in facts {
        out.push(format!("**{}:** {}", text(key), text(value)));
    }
    out.join("\n")
}

/// "**Deltagare:** 8 (bolag 3, övriga (sammanslagna) 5)": the parts add up.
fn check_participants(md: &str) -> Result<(), String> {
    let line = md
        .lines()
        .find(|l| l.starts_with("**Deltagare:**"))
        .ok_or("no participants line")?;
    let n = numbers(line);
    if n.len() > 1 && n[0] != n[1..].iter().sum::<i64>() {
        return Err(format!("parts do not add up: {line}"));
    }
    Ok(())
}

/// A statement row "| text | 7 | 0·0·4·3·0 | 3,0 | 3,4 | …": n is the sum of the
/// distribution, and the mean is the distribution's mean as printed.
fn check_statements(md: &str) -> Result<usize, String> {
    let mut checked = 0;
    for line in md.lines() {
        let cells: Vec<&str> = line.split(" | ").collect();
        if cells.len() < 5 || !cells[2].contains('·') {
            continue;
        }
        let Ok(n) = cells[1].trim().parse::<i64>() else {
            continue;
        };
        let counts: Vec<i64> = cells[2]
            .split('·')
            .filter_map(|c| c.trim().parse().ok())
            .collect();
        if counts.iter().sum::<i64>() != n {
            return Err(format!("n is not the sum of the distribution: {line}"));
        }
        let weighted: i64 = counts.iter().zip(1..).map(|(c, v)| c * v).sum();
        if let (Some(mean), true) = (decimal(cells[4]), n > 0) {
            let expected = round_to(weighted as f64 / n as f64, 1);
            if (mean - expected).abs() > 1e-9 {
                return Err(format!("mean {mean} is not {expected}: {line}"));
            }
        }
        checked += 1;
    }
    Ok(checked)
}

/// A comparison row "| Otydlighet | 63 | 51 | ▼ −12 | 0,81 | 0,81 | → 0,00 |":
/// each change is now minus then, as printed.
fn check_comparison(md: &str) -> Result<usize, String> {
    let mut checked = 0;
    for line in md.lines() {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() != 7 || !cells[3].starts_with(['▲', '▼', '→']) {
            continue;
        }
        for (then, now, change) in [(1, 2, 3), (4, 5, 6)] {
            let (Some(a), Some(b)) = (decimal(cells[then]), decimal(cells[now])) else {
                continue;
            };
            let shown = decimal(cells[change].trim_start_matches(['▲', '▼', '→']))
                .ok_or(format!("unreadable change: {line}"))?;
            // The sign is printed with the number; the arrow must agree with it.
            let arrow = match shown {
                d if d > 0.0 => '▲',
                d if d < 0.0 => '▼',
                _ => '→',
            };
            if (b - a - shown).abs() > 1e-9 || !cells[change].starts_with(arrow) {
                return Err(format!("{b} − {a} is not {}: {line}", cells[change]));
            }
            checked += 1;
        }
    }
    Ok(checked)
}

fn people() -> impl Strategy<Value = Vec<(usize, Vec<i32>)>> {
    proptest::collection::vec(
        (0usize..4, proptest::collection::vec(0i32..=5, 1..8)),
        3..14,
    )
}

#[test]
fn the_demo_and_its_year_later_add_up() {
    let m = halmstad();
    let old = klarhet::demo::session(&m, date(), klarhet::text::Lang::SV);
    let new = klarhet::demo::year_later(&m, date(), klarhet::text::Lang::SV);
    let md = report::markdown(&new, &m);
    assert!(check_relevance(&md).unwrap() >= 19);
    check_participants(&md).unwrap();
    assert!(check_statements(&md).unwrap() >= 27);
    let c = report::compare::compare(&old, &m, &new, &m).unwrap();
    let cmp = report::compare::markdown(&c, &old, &new, &m);
    assert_eq!(check_comparison(&cmp).unwrap(), 12, "{cmp}");
    // The HTML prints the same figures, and they add up there too.
    let html = html_lines(&report::html::render(&new, &m));
    assert!(check_relevance(&html).unwrap() >= 19, "{html}");
    check_participants(&html).unwrap();
    let cmp = html_lines(&report::compare::html(&c, &old, &new, &m));
    assert_eq!(check_comparison(&cmp).unwrap(), 12, "{cmp}");
}

proptest! {
    #![proptest_config(common::cases::cases(24))]

    #[test]
    fn every_printed_total_is_the_sum_of_its_printed_parts(then in people(), now in people()) {
        let m = halmstad();
        let old = answered(&then);
        let new = answered(&now);
        let md = report::markdown(&new, &m);
        prop_assert!(check_relevance(&md).is_ok(), "{:?}", check_relevance(&md));
        prop_assert!(check_participants(&md).is_ok(), "{:?}", check_participants(&md));
        prop_assert!(check_statements(&md).is_ok(), "{:?}", check_statements(&md));
        let c = report::compare::compare(&old, &m, &new, &m).unwrap();
        let cmp = report::compare::markdown(&c, &old, &new, &m);
        prop_assert!(check_comparison(&cmp).is_ok(), "{:?}", check_comparison(&cmp));
        let html = html_lines(&report::html::render(&new, &m));
        prop_assert!(check_relevance(&html).is_ok(), "{:?}", check_relevance(&html));
        prop_assert!(check_participants(&html).is_ok(), "{:?}", check_participants(&html));
        let cmp = html_lines(&report::compare::html(&c, &old, &new, &m));
        prop_assert!(check_comparison(&cmp).is_ok(), "{:?}", check_comparison(&cmp));
    }
}
