//! Dates as klarhet reads them, written YYYY-MM-DD, wherever they come from (a
//! form, an option on the command line, a session file): one reading, so that a
//! day that is not in the calendar is said to be missing from it everywhere,
//! not taken for a date written the wrong way.

use crate::text::Lang;
use jiff::civil::Date;

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadDate {
    /// Not written YYYY-MM-DD.
    Form,
    /// Written YYYY-MM-DD, but the calendar has no such day (2027-02-30) or
    /// month (2026-13-01).
    NoSuchDay,
}

/// Reads `text` as a date.
pub fn parse(text: &str) -> Result<Date, BadDate> {
    text.parse().map_err(|_| {
        if written_as_a_date(text) {
            BadDate::NoSuchDay
        } else {
            BadDate::Form
        }
    })
}

/// True for four digits, a dash, two digits, a dash and two digits.
fn written_as_a_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Why `text` is not a date, in `lang`: that the day or the month does not
/// exist (with the month's length), or how a date is written.
pub fn refusal(text: &str, lang: Lang) -> String {
    if parse(text) != Err(BadDate::NoSuchDay) {
        return crate::tr!(lang, "syntax-not-a-date", value = text.to_owned());
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().ok();
    let month = number(0..4)
        .zip(number(5..7))
        .and_then(|(y, m)| Date::new(y, i8::try_from(m).ok()?, 1).ok());
    match month {
        Some(first) => crate::tr!(
            lang,
            "date-no-such-day",
            date = text.to_owned(),
            month = text[..7].to_owned(),
            days = first.days_in_month()
        ),
        None => crate::tr!(lang, "date-no-such-month", date = text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_day_is_told_from_a_misspelt_date() {
        assert_eq!(parse("2027-02-28"), Ok(jiff::civil::date(2027, 2, 28)));
        assert_eq!(parse("2028-02-29"), Ok(jiff::civil::date(2028, 2, 29)));
        for missing in [
            "2027-02-29",
            "2027-02-30",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-05-00",
        ] {
            assert_eq!(parse(missing), Err(BadDate::NoSuchDay), "{missing}");
        }
        for misspelt in [
            "27-02-28",
            "2027-2-28",
            "28/2 2027",
            "",
            "2027-02-28x",
            "२०२७-०२-२८",
        ] {
            assert_eq!(parse(misspelt), Err(BadDate::Form), "{misspelt}");
        }
    }

    #[test]
    fn the_refusal_says_what_the_calendar_has() {
        assert_eq!(
            refusal("2027-02-30", Lang::SV),
            "2027-02-30 finns inte: 2027-02 har 28 dagar"
        );
        assert_eq!(
            refusal("2028-02-30", Lang::EN),
            "2028-02-30 does not exist: 2028-02 has 29 days"
        );
        assert!(refusal("2026-13-01", Lang::SV).contains("01–12"));
        assert!(refusal("30/2", Lang::SV).contains("ÅÅÅÅ-MM-DD"));
    }
}
