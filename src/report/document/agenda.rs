//! The agenda as the report records it: per item, the minutes planned and
//! added and the time used, so that next year's workshop can be planned from
//! this one. Built from the time the clock has closed on each item: a report
//! reads no clock, so an item still running is marked as running and counted
//! up to its last pause or move.

use crate::model::Session;
use crate::model::agenda::Part;
use crate::model::assessment::Assessment;
use crate::text::Lang;

/// The session's agenda, for the report.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaRecord {
    /// The template's id.
    pub template: String,
    /// Its name in the report's language, from the model (the id when the
    /// model no longer has it).
    pub name: String,
    /// Where the model says it comes from.
    pub source: Option<String>,
    /// The items, in order.
    pub items: Vec<AgendaRow>,
}

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaRow {
    /// What it covers.
    pub part: Part,
    /// Its name in the report's language.
    pub label: String,
    /// Minutes planned.
    pub planned: u32,
    /// Minutes added while it ran.
    pub extended: u32,
    /// Seconds used.
    pub used: u64,
    /// When the clock first ran on it.
    pub started: Option<jiff::Timestamp>,
    /// True when the clock was running on it as the report was made.
    pub running: bool,
}

impl AgendaRecord {
    /// Minutes planned for the whole agenda.
    pub fn planned(&self) -> u32 {
        self.items.iter().map(|i| i.planned).sum()
    }

    /// Seconds used on the whole agenda.
    pub fn used(&self) -> u64 {
        self.items.iter().map(|i| i.used).sum()
    }
}

impl AgendaRow {
    /// Seconds used beyond the minutes planned (negative: fewer were used).
    pub fn against_plan(&self) -> i64 {
        let used = i64::try_from(self.used).unwrap_or(i64::MAX);
        used - i64::from(self.planned) * 60
    }
}

impl AgendaRecord {
    /// The sentence before the table: which agenda, its source, the rule the
    /// clock keeps, and the totals.
    pub fn intro(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "report-agenda-intro",
            name = self.name.as_str(),
            source = self.source.as_deref().unwrap_or(self.template.as_str()),
            minutes = u64::from(self.planned()),
            used = duration(self.used())
        )
    }

    /// The table's headings and rows, as plain text for each format to escape.
    pub fn table(&self, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
        let headings = vec![
            crate::tr!(lang, "report-agenda-item"),
            crate::tr!(lang, "report-agenda-planned"),
            crate::tr!(lang, "report-agenda-extended"),
            crate::tr!(lang, "report-agenda-used"),
            crate::tr!(lang, "report-agenda-against"),
        ];
        let minutes = |m: u32| crate::tr!(lang, "report-agenda-minutes", minutes = u64::from(m));
        let rows = (self.items.iter())
            .map(|row| {
                let label = if row.running {
                    format!(
                        "{} ({})",
                        row.label,
                        crate::tr!(lang, "report-agenda-running")
                    )
                } else {
                    row.label.clone()
                };
                let extended = if row.extended > 0 {
                    format!("+{}", minutes(row.extended))
                } else {
                    "–".to_owned()
                };
                let (used, against) = if row.started.is_some() {
                    (duration(row.used), signed_duration(row.against_plan()))
                } else {
                    ("–".to_owned(), "–".to_owned())
                };
                vec![label, minutes(row.planned), extended, used, against]
            })
            .collect();
        (headings, rows)
    }
}

/// The record of `s`'s agenda; none when it has none.
pub(super) fn record(s: &Session, m: &Assessment, lang: Lang) -> Option<AgendaRecord> {
    let agenda = s.agenda()?;
    let template = m.agenda(&agenda.template);
    let items = (agenda.items.iter().enumerate())
        .map(|(i, item)| AgendaRow {
            label: part_label(m, &item.part, lang),
            part: item.part.clone(),
            planned: item.planned,
            extended: item.extended,
            used: item.used,
            started: item.started,
            running: agenda.running() && agenda.current == Some(i),
        })
        .collect();
    Some(AgendaRecord {
        template: agenda.template.clone(),
        name: template.map_or_else(|| agenda.template.clone(), |t| t.name.get(lang).to_owned()),
        source: template.map(|t| t.source.clone()),
        items,
    })
}

/// An item's name: the step's, the challenge's from the model, or a break.
pub(crate) fn part_label(m: &Assessment, part: &Part, lang: Lang) -> String {
    match part {
        Part::Challenge(id) => m
            .challenge(id)
            .map_or_else(|| id.clone(), |c| c.name.get(lang).to_owned()),
        Part::Break => crate::tr!(lang, "report-agenda-break"),
        Part::Step(step) => crate::model::steps::StepKey::from_key_in(step, m)
            .map_or_else(|| step.clone(), |key| key.label(Some(m), lang)),
    }
}

/// Seconds as m:ss, or h:mm:ss from an hour on.
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Seconds against a plan, signed: "+2:20", "−1:05", "±0:00".
pub fn signed_duration(seconds: i64) -> String {
    let sign = match seconds.signum() {
        1 => "+",
        -1 => "−",
        _ => "±",
    };
    format!("{sign}{}", duration(seconds.unsigned_abs()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_written_as_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(740), "12:20");
        assert_eq!(duration(3600 + 65), "1:01:05");
        assert_eq!(signed_duration(140), "+2:20");
        assert_eq!(signed_duration(-65), "−1:05");
        assert_eq!(signed_duration(0), "±0:00");
    }
}
