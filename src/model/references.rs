//! Reference figures: what a report measured, shown beside the group's own
//! figures with n, date, population, source and the report's caution, and
//! never as a target (docs/model-format.md, "Reference figures").

use crate::model::assessment::{Assessment, Scale, SourcedText};
use crate::text::Text;
use serde::de::{self, Deserializer, IntoDeserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// Figures from the report on one statement or dimension.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Stable id.
    pub id: String,
    /// What the figures are.
    pub name: Text,
    /// Where in the report they are (a table by its caption where the report
    /// numbers its tables wrongly).
    #[serde(default)]
    pub source: String,
    /// The statement or dimension whose figures they are shown beside.
    pub beside: Beside,
    /// Whom the figures concern.
    pub population: Text,
    /// How many answered; `None` when the report does not say, which is
    /// printed as such, never left out. Written bare (`n: 108`) or as an
    /// option (`Some(108)`, `None`).
    #[serde(default, deserialize_with = "bare_or_option")]
    pub n: Option<u32>,
    /// When the data were collected: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two
    /// of these joined by `/`; `None` when the report does not say.
    #[serde(default, deserialize_with = "bare_or_option")]
    pub collected: Option<String>,
    /// The one group of the model the figures concern, by id, where the
    /// report asked only them: the reveal sets the figures beside that
    /// group's own and, beside the whole room, says whom they concern.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The question as the report asked it, where the statement words it
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<SourcedText>,
    /// The report's own caution (or klarhet's, marked `own`), always printed
    /// with the figures.
    pub caution: SourcedText,
    /// The figures, as the report prints them.
    pub figures: Vec<Figure>,
}

/// What a reference is shown beside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Beside {
    /// A statement, by id.
    Statement(String),
    /// A dimension (a challenge), by id.
    #[serde(alias = "Challenge")]
    Dimension(String),
}

/// An answer a figure counts: a value of the scale, or its don't-know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerKey {
    /// The option with this value.
    Value(i32),
    /// The scale's don't-know (vet ej).
    Unknown,
}

/// One figure of a reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Figure {
    /// How many of the n gave `answer`, and the percentage the report prints.
    Count {
        /// The answer counted.
        answer: AnswerKey,
        /// How many gave it.
        count: u32,
        /// The report's percentage, one decimal.
        percent: f64,
    },
    /// A percentage the report gives without a count.
    Share {
        /// The answer.
        answer: AnswerKey,
        /// The report's percentage.
        percent: f64,
    },
    /// A percentage for one of the model's groups.
    GroupShare {
        /// The group, by id.
        group: String,
        /// The answer.
        answer: AnswerKey,
        /// The report's percentage for that group.
        percent: f64,
    },
}

impl Figure {
    /// The answer the figure is about.
    pub fn answer(&self) -> AnswerKey {
        match self {
            Figure::Count { answer, .. }
            | Figure::Share { answer, .. }
            | Figure::GroupShare { answer, .. } => *answer,
        }
    }

    /// The percentage the report prints.
    pub fn percent(&self) -> f64 {
        match self {
            Figure::Count { percent, .. }
            | Figure::Share { percent, .. }
            | Figure::GroupShare { percent, .. } => *percent,
        }
    }
}

impl Assessment {
    /// The reference with `id`.
    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The scale a reference's answers are on: that of the statement it
    /// stands beside, or the dimension's own; `None` when it names neither.
    pub fn scale_for_reference(&self, beside: &Beside) -> Option<&Scale> {
        match beside {
            Beside::Statement(id) => self
                .statements()
                .find(|(_, s)| s.id == *id)
                .map(|(c, s)| self.statement_scale(c, s)),
            Beside::Dimension(id) => self.challenge(id).map(|c| self.challenge_scale(c)),
        }
    }
}

/// Reads an optional field written either bare (`n: 108`) or as an option
/// (`Some(108)`, `None`), so that a report that gives a figure writes it as
/// plainly as it reads, and one that does not can say `None`. RON hands a bare
/// value, `Some(…)` and `None` to one visitor through `deserialize_any`; JSON
/// (the model embedded in an export) hands `null` as a unit.
fn bare_or_option<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_any(BareOrOption(PhantomData))
}

struct BareOrOption<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for BareOrOption<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value, Some(value) or None")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Option<T>, D::Error> {
        T::deserialize(inner).map(Some)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<T>, E> {
        T::deserialize(v.into_deserializer()).map(Some)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<T>, E> {
        T::deserialize(v.into_deserializer()).map(Some)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<T>, E> {
        T::deserialize(v.into_deserializer()).map(Some)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Option<T>, E> {
        T::deserialize(v.into_deserializer()).map(Some)
    }
}

/// True when `text` says when data were collected as a reference may: a year
/// (`2019`), a month (`2019-11`), a day (`2019-11-05`), or two of these
/// joined by `/` (`2019-11/2019-12`, an ISO 8601 interval) that do not run
/// backwards.
pub fn collected_reads(text: &str) -> bool {
    let time = |part: &str| {
        let b = part.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        match b.len() {
            4 => digits(0..4),
            7 => {
                b[4] == b'-'
                    && digits(0..4)
                    && digits(5..7)
                    && (1..=12).contains(&part[5..7].parse::<u8>().unwrap_or(0))
            }
            10 => crate::model::dates::parse(part).is_ok(),
            _ => false,
        }
    };
    match text.split_once('/') {
        // Zero-padded ISO times sort as they fall: a shorter start is the
        // beginning of its period.
        Some((from, to)) => time(from) && time(to) && from <= to,
        None => time(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collected_time_is_a_year_a_month_a_day_or_an_interval_of_them() {
        for good in [
            "2019",
            "2019-11",
            "2019-11-05",
            "2019-11/2019-12",
            "2019/2020-03",
        ] {
            assert!(collected_reads(good), "{good}");
        }
        for bad in [
            "",
            "19",
            "2019-13",
            "2019-00",
            "2019-02-30",
            "nov 2019",
            "2019-12/2019-11",
            "2019-11/",
            "2019-11/2019-12/2020",
            "2019–11",
        ] {
            assert!(!collected_reads(bad), "{bad}");
        }
    }

    #[test]
    fn an_optional_figure_reads_bare_as_an_option_or_absent() {
        #[derive(Deserialize)]
        struct Probe {
            #[serde(default, deserialize_with = "bare_or_option")]
            n: Option<u32>,
            #[serde(default, deserialize_with = "bare_or_option")]
            collected: Option<String>,
        }
        let read = |src: &str| ron::from_str::<Probe>(src).map(|p| (p.n, p.collected));
        let some = (Some(108), Some("2019".to_owned()));
        assert_eq!(read(r#"(n: 108, collected: "2019")"#).unwrap(), some);
        assert_eq!(
            read(r#"(n: Some(108), collected: Some("2019"))"#).unwrap(),
            some
        );
        assert_eq!(read("(n: None, collected: None)").unwrap(), (None, None));
        assert_eq!(read("()").unwrap(), (None, None));
        assert!(read("(n: -1)").is_err(), "a negative n");
        assert!(read(r#"(n: "108")"#).is_err(), "n as text");
        let json: Probe = serde_json::from_str(r#"{"n": null, "collected": "2019"}"#).unwrap();
        assert_eq!((json.n, json.collected.as_deref()), (None, Some("2019")));
    }
}

#[cfg(test)]
mod written {
    use super::Reference;

    /// A reference of the kind every model had before `group` and `asked`.
    const WITHOUT: &str = r#"(id: "r", name: (sv: "R", en: "R"), source: "§1", beside: Statement("s"), population: (sv: "P", en: "P"), n: 10, collected: "2019", caution: (text: (sv: "C", en: "C"), source: "§1"), figures: [Count(answer: Value(1), count: 4, percent: 40.0)])"#;

    #[test]
    fn a_reference_without_a_group_or_the_reports_question_is_written_as_before() {
        // The copies sessions keep (RON) and exports embed (JSON), as
        // klarhet wrote them before the two fields existed: a session made
        // then is read and written again to the byte.
        let r: Reference = ron::from_str(WITHOUT).unwrap();
        assert!(r.group.is_none() && r.asked.is_none());
        assert_eq!(
            ron::to_string(&r).unwrap(),
            r#"(id:"r",name:{"sv":"R","en":"R"},source:"§1",beside:Statement("s"),population:{"sv":"P","en":"P"},n:Some(10),collected:Some("2019"),caution:(text:{"sv":"C","en":"C"},source:"§1"),figures:[Count(answer:Value(1),count:4,percent:40.0)])"#
        );
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            r#"{"id":"r","name":{"sv":"R","en":"R"},"source":"§1","beside":{"Statement":"s"},"population":{"sv":"P","en":"P"},"n":10,"collected":"2019","caution":{"text":{"sv":"C","en":"C"},"source":"§1"},"figures":[{"Count":{"answer":{"Value":1},"count":4,"percent":40.0}}]}"#
        );
    }

    #[test]
    fn a_reference_for_one_group_with_the_reports_question_reads_back_the_same() {
        let with = WITHOUT.replacen(
            "caution:",
            r#"group: Some("g"), asked: Some((text: (sv: "F?", en: "Q?"), source: "§2")), caution:"#,
            1,
        );
        let r: Reference = ron::from_str(&with).unwrap();
        assert_eq!(r.group.as_deref(), Some("g"));
        let asked = r.asked.as_ref().expect("asked");
        assert_eq!(
            (asked.text.get(crate::text::Lang::EN), asked.source.as_str()),
            ("Q?", "§2")
        );
        for again in [
            ron::from_str::<Reference>(&ron::to_string(&r).unwrap()).unwrap(),
            serde_json::from_str::<Reference>(&serde_json::to_string(&r).unwrap()).unwrap(),
        ] {
            assert_eq!(again.group, r.group);
            assert_eq!(again.asked.map(|a| a.source), Some("§2".to_owned()));
        }
    }
}
