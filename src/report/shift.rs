//! The shift between a statement's rounds in words, for the reveal and every
//! report: "samstämmigheten steg från 0,52 till 0,81; medianen stod kvar på 4".
//! Figures are compared as they are printed (consensus to two places, the
//! median to one), so the words never say "rose" between two equal numbers.

use crate::model::round::Channel;
use crate::model::scoring::Shift;
use crate::text::{Lang, decimal};

/// The shift in words; none when neither figure can be compared.
pub fn words(lang: Lang, shift: &Shift) -> Option<String> {
    let consensus = shift.consensus.map(|(from, to)| {
        let (a, b) = (decimal(lang, from, 2), decimal(lang, to, 2));
        moved(
            lang,
            "consensus",
            &a,
            &b,
            (from * 100.0).round(),
            (to * 100.0).round(),
        )
    });
    let median = shift.median.map(|(from, to)| {
        let (a, b) = (median_text(lang, from), median_text(lang, to));
        moved(
            lang,
            "median",
            &a,
            &b,
            (from * 10.0).round(),
            (to * 10.0).round(),
        )
    });
    let parts: Vec<String> = consensus.into_iter().chain(median).collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// One figure's move: rose, fell, or stayed, compared as printed (`a`, `b`).
fn moved(lang: Lang, what: &str, a: &str, b: &str, from: f64, to: f64) -> String {
    let (from_text, to_text) = (a.to_owned(), b.to_owned());
    match (what, from.total_cmp(&to)) {
        ("consensus", std::cmp::Ordering::Less) => {
            crate::tr!(
                lang,
                "report-shift-consensus-rose",
                from = from_text,
                to = to_text
            )
        }
        ("consensus", std::cmp::Ordering::Greater) => {
            crate::tr!(
                lang,
                "report-shift-consensus-fell",
                from = from_text,
                to = to_text
            )
        }
        ("consensus", std::cmp::Ordering::Equal) => {
            crate::tr!(lang, "report-shift-consensus-held", value = to_text)
        }
        (_, std::cmp::Ordering::Less) => {
            crate::tr!(
                lang,
                "report-shift-median-rose",
                from = from_text,
                to = to_text
            )
        }
        (_, std::cmp::Ordering::Greater) => {
            crate::tr!(
                lang,
                "report-shift-median-fell",
                from = from_text,
                to = to_text
            )
        }
        (_, std::cmp::Ordering::Equal) => {
            crate::tr!(lang, "report-shift-median-held", value = to_text)
        }
    }
}

/// A median as people say it: a whole value without decimals ("4"), a value
/// between two with one ("3,5").
pub fn median_text(lang: Lang, value: f64) -> String {
    if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round())
    } else {
        decimal(lang, value, 1)
    }
}

/// "Omgång 2": a round as the reveal and the reports name it.
pub fn round_name(lang: Lang, round: u32) -> String {
    crate::tr!(lang, "report-round", round = round)
}

/// How a round's answers were given, in a word.
pub fn channel_name(lang: Lang, channel: Channel) -> String {
    match channel {
        Channel::Keyboard => crate::tr!(lang, "report-channel-keyboard"),
        Channel::Hands => crate::tr!(lang, "report-channel-hands"),
        Channel::Room => crate::tr!(lang, "report-channel-room"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shift_is_said_as_the_figures_are_printed() {
        let shift = Shift {
            rounds: (1, 2),
            consensus: Some((0.52, 0.81)),
            median: Some((4.0, 4.0)),
        };
        assert_eq!(
            words(Lang::SV, &shift).as_deref(),
            Some("samstämmigheten steg från 0,52 till 0,81; medianen stod kvar på 4")
        );
        assert_eq!(
            words(Lang::EN, &shift).as_deref(),
            Some("consensus rose from 0.52 to 0.81; the median stayed at 4")
        );
        let fell = Shift {
            rounds: (1, 3),
            consensus: Some((0.814, 0.811)),
            median: Some((4.0, 3.5)),
        };
        assert_eq!(
            words(Lang::SV, &fell).as_deref(),
            Some("samstämmigheten stod kvar på 0,81; medianen sjönk från 4 till 3,5")
        );
        let none = Shift {
            rounds: (1, 2),
            consensus: None,
            median: None,
        };
        assert_eq!(words(Lang::SV, &none), None);
    }
}
