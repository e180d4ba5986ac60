//! The circle says what the data can carry: every link names its source, the
//! links whose mechanism the report does not state say so, and no report
//! promises that work on one challenge eases another.

use crate::common;
use common::*;
use klarhet::report::{self, Format};
use klarhet::text::Lang;

/// The links whose order is the report's (§4.1, Figur 2) but whose mechanism
/// the report does not describe. Desintegration → hot joins two passages that do
/// not refer to each other (the digital legacy in §4.1 Desintegration and its
/// modernisation in §4.1 Hot), so it is klarhet's reading too. So is ojämlikhet →
/// desintegration: §4.1 Ojämlighet names local pilot funding and weak incentives
/// side by side, and never traces them to different paces or to samnyttjande.
const READINGS: [(&str, &str); 5] = [
    ("otydlighet", "obalans"),
    ("obalans", "vaghet"),
    ("ojämlikhet", "desintegration"),
    ("desintegration", "hot"),
    ("hot", "otydlighet"),
];

#[test]
fn every_link_of_the_shipped_model_names_its_source() {
    let m = halmstad();
    let causal = m.causal.as_ref().expect("the Halmstad model has a circle");
    for link in &causal.links {
        let pair = (link.from.as_str(), link.to.as_str());
        assert!(
            link.source.trim().starts_with('§'),
            "{pair:?} has no section as its source: {:?}",
            link.source
        );
        let reading = READINGS.contains(&pair);
        assert_eq!(
            link.reading, reading,
            "{pair:?}: reading should be {reading}"
        );
        assert_eq!(
            link.source.contains("klarhets läsning"),
            reading,
            "{pair:?}: the source must say whether the mechanism is klarhet's reading: {:?}",
            link.source
        );
    }
}

#[test]
fn no_report_of_the_demo_promises_an_effect_between_challenges() {
    let m = halmstad();
    let promises = [
        "minskar också trycket",
        "mest värd att bryta",
        "driver hårdast",
        "reduces the pressure",
        "eases the pressure",
        "most worth breaking",
        "drives hardest",
    ];
    for lang in [Lang::SV, Lang::EN] {
        let s = klarhet::demo::session(&m, date(), lang);
        let analysis = klarhet::model::scoring::analyse(&s, &m);
        let verdict = report::circle_verdict(&analysis, &m, lang).expect("the demo has a verdict");
        assert!(
            verdict.trim_end().ends_with('?'),
            "the verdict is a question for the group: {verdict}"
        );
        for format in Format::ALL {
            let out = format.render(&s, &m, &export());
            for p in promises {
                assert!(
                    !out.to_lowercase().contains(p),
                    "{format:?} in {lang:?} promises an effect: {p:?}"
                );
            }
        }
        let md = Format::Md.render(&s, &m, &export());
        assert!(
            md.contains(&verdict),
            "the Markdown report asks the question"
        );
    }
}

/// Whichever link comes out strongest, the question put to the group speaks
/// for the report only where the report describes the link: for a `reading` it
/// says that the order is the report's and the mechanism klarhet's.
#[test]
fn the_circles_question_speaks_for_the_report_only_for_a_link_the_report_describes() {
    let m = halmstad();
    let causal = m.causal.as_ref().expect("the Halmstad model has a circle");
    for lang in [Lang::SV, Lang::EN] {
        let s = klarhet::demo::session(&m, date(), lang);
        let mut analysis = klarhet::model::scoring::analyse(&s, &m);
        let reading = klarhet::tr!(lang, "report-link-reading").to_lowercase();
        let speaks_for_the_report = if lang == Lang::SV {
            "Rapporten beskriver hur"
        } else {
            "The report describes how"
        };
        for (i, link) in causal.links.iter().enumerate() {
            let circle = analysis
                .circle
                .as_mut()
                .expect("the demo scores the circle");
            circle.strongest = Some(i);
            circle.strongest_tied = vec![i];
            let ask = report::circle_verdict(&analysis, &m, lang).expect("a question");
            let pair = (link.from.as_str(), link.to.as_str());
            assert_eq!(
                ask.contains(speaks_for_the_report),
                !link.reading,
                "{pair:?} in {lang:?}: {ask}"
            );
            if link.reading {
                assert!(
                    ask.to_lowercase().contains(&reading),
                    "{pair:?} in {lang:?} names klarhet's reading: {ask}"
                );
                assert!(
                    ask.contains(&causal.source),
                    "{pair:?} cites the order: {ask}"
                );
            } else {
                assert!(
                    ask.contains(&link.source),
                    "{pair:?} cites its place: {ask}"
                );
            }
        }
    }
}
