//! The circle says what the data can carry: every link names its source, the
//! links whose mechanism the report does not state say so, and no report
//! promises that work on one challenge eases another.

mod common;
use common::*;
use klarhet::report::{self, Format};
use klarhet::text::Lang;

/// The links whose order is the report's (§4.1, Figur 2) but whose mechanism
/// the report does not describe. Desintegration → hot joins two passages that do
/// not refer to each other (the digital legacy in §4.1 Desintegration and its
/// modernisation in §4.1 Hot), so it is klarhet's reading too.
const READINGS: [(&str, &str); 4] = [
    ("otydlighet", "obalans"),
    ("obalans", "vaghet"),
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
