//! Reports: pure functions from a session and its model to text a municipality keeps.

pub mod compare;
pub mod csv;
pub mod document;
pub(crate) mod format;
pub mod html;
pub mod ids;
pub mod json;
pub mod markdown;
pub(crate) mod method;
mod method_scales;
mod points;
mod provenance;
pub mod shift;
pub mod statement_changes;
pub mod uncertain;

pub use format::bar;
pub use markdown::render as markdown;
pub(crate) use method::caveat_source;

use crate::text::Lang;

/// The sentence every report and screen uses to say how role groups are protected.
pub fn privacy_note(lang: Lang, min_group: usize) -> String {
    crate::tr!(lang, "report-privacy-note", count = min_group)
}

use crate::model::assessment::Assessment;
use crate::model::scoring::Analysis;
use crate::model::session::Session;

/// What an export knows only from its caller: which stored session it is and
/// when it is written. Kept apart from the session so that every report stays a
/// pure function of its arguments; the command line and the workbench pass the
/// clock's time, tests a fixed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The session's id in its folder, as `klarhet list` shows it and `klarhet
    /// report ID` takes it: the file's name without `.ron`.
    pub session_id: String,
    /// When the export is written.
    pub at: jiff::Timestamp,
}

impl Export {
    /// The export of `session`, written at `at`. Its id is the name of the
    /// file it is saved in, or for one not saved yet, the name its file will get
    /// (see [`crate::store::session_stem`]).
    pub fn new(session: &Session, saved: Option<&std::path::Path>, at: jiff::Timestamp) -> Export {
        let session_id = match saved.and_then(std::path::Path::file_stem) {
            Some(stem) => stem.to_string_lossy().into_owned(),
            None => crate::store::session_stem(session.date(), session.organisation()),
        };
        Export { session_id, at }
    }

    /// The time as RFC 3339 in UTC to the second, e.g. `2026-11-23T20:30:00Z`:
    /// what a spreadsheet and DuckDB parse as a timestamp.
    pub fn at_utc(&self) -> String {
        self.at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

/// The organisation as a report's header names it: with its municipality code
/// when the session has one.
pub fn organisation_line(session: &Session, lang: Lang) -> String {
    match session.kommunkod() {
        Some(code) => crate::tr!(
            lang,
            "report-organisation-with-code",
            organisation = session.organisation().as_str(),
            code = code
        ),
        None => session.organisation().clone(),
    }
}

/// The links tied for strongest, as "from → to" in the language.
pub(crate) fn strongest_links(
    circle: &crate::model::scoring::CircleResult,
    model: &Assessment,
    lang: Lang,
) -> Vec<String> {
    let name = |id: &str| {
        model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(lang).to_lowercase())
    };
    circle
        .strongest_tied
        .iter()
        .map(|i| {
            let l = &circle.links[*i];
            format!("{} → {}", name(&l.from), name(&l.to))
        })
        .collect()
}

/// The question on the strongest link, for every report and screen that asks
/// it; `None` before the circle has a strongest link.
///
/// A link's strength only says that both ends were scored high, so the verdict
/// promises nothing: it names what the source says about the link (or that the
/// mechanism is klarhet's reading) and asks the group where to start.
pub fn circle_verdict(analysis: &Analysis, model: &Assessment, lang: Lang) -> Option<String> {
    let circle = analysis.circle.as_ref()?;
    let link = &circle.links[circle.strongest?];
    let name = |id: &str| {
        model
            .challenge(id)
            .map_or(id.to_owned(), |c| c.name.get(lang).to_lowercase())
    };
    if circle.is_tie() {
        let links = strongest_links(circle, model, lang);
        return Some(crate::tr!(
            lang,
            "report-circle-tie",
            links = links.join(", "),
            count = links.len(),
            strength = link
                .strength
                .map(|v| uncertain::spelled_within(v, link.uncertain, lang))
                .unwrap_or_default()
        ));
    }
    let causal = model.causal.as_ref()?;
    let described = causal
        .links
        .iter()
        .find(|l| l.from == link.from && l.to == link.to)?;
    let strength = link
        .strength
        .map(|v| uncertain::spelled_within(v, link.uncertain, lang))
        .unwrap_or_default();
    Some(if described.reading {
        crate::tr!(
            lang,
            "report-circle-ask-reading",
            from = name(&link.from),
            to = name(&link.to),
            strength = strength,
            order = causal.source.as_str()
        )
    } else {
        crate::tr!(
            lang,
            "report-circle-ask",
            from = name(&link.from),
            to = name(&link.to),
            strength = strength,
            source = described.source.as_str()
        )
    })
}

/// A link's "how" as every report prints it: the text, marked as klarhet's
/// reading when the report gives only the order, and the place it rests on.
pub fn link_how(link: &crate::model::assessment::Link, lang: Lang) -> String {
    let text = link.text.get(lang);
    if link.reading {
        format!(
            "{}: {text} ({})",
            crate::tr!(lang, "report-link-reading"),
            link.source
        )
    } else {
        format!("{text} ({})", link.source)
    }
}

/// The formats a report can be written in, each a renderer of the
/// [`document::Document`]. The command line names them itself
/// (`cli::args::ReportFormat`): the report knows no front end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Md,
    /// One self-contained HTML file, printable on A4.
    Html,
    /// CSV for Swedish Excel.
    Csv,
    /// The computed result as JSON (schemas/result-v5.schema.json).
    Json,
}

impl Format {
    /// Every format, in the order the TUI offers them.
    pub const ALL: [Format; 4] = [Format::Md, Format::Html, Format::Csv, Format::Json];

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The report of `session` in this format. The exports for machines (CSV,
    /// JSON) carry `export`'s session id and time; the reports for people do
    /// not need them.
    pub fn render(self, session: &Session, model: &Assessment, export: &Export) -> String {
        self.render_document(&document::Document::build(session, model), export)
    }

    /// The document in this format: each format is one renderer of it.
    pub fn render_document(self, doc: &document::Document, export: &Export) -> String {
        match self {
            Format::Md => markdown::document(doc),
            Format::Html => html::document(doc),
            Format::Csv => csv::document(doc, export),
            Format::Json => json::document(doc, export),
        }
    }
}
