//! The command line's structure: its commands, options and value parsers. Every
//! word a user reads about them comes from the catalogue, in `help`.

use crate::text::Lang;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

// The command line's structure. Every text a user reads in its help (the about
// lines, each argument's help, the value names, the headings) comes from the
// catalogue and is applied in `help::command`, in the UI language; nothing here
// is shown as help. Comments on the fields are for developers only.
#[derive(Debug, Parser)]
#[command(
    name = "klarhet",
    version,
    disable_help_flag = true,
    disable_version_flag = true
)]
#[allow(missing_docs)]
pub struct Cli {
    // -h, --help on every command.
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    // -V, --version.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    // Where sessions are saved.
    #[arg(long, global = true, env = "KLARHET_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    // A session to open directly in the workshop.
    #[arg(long)]
    pub resume: Option<String>,
    // The screens' language.
    #[arg(long = "lang", value_parser = |s: &str| parse_lang(s, Lang::from_env()))]
    pub ui_lang: Option<Lang>,
    // The colour theme.
    #[arg(long, default_value = "morkt")]
    pub theme: String,
    // Only bold, reverse and underline.
    #[arg(long)]
    pub no_color: bool,
    // Where a room opened in the workshop listens.
    #[arg(long)]
    pub bind: Option<std::net::SocketAddr>,
    // With none, the workshop opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

// The subcommands; their help comes from the catalogue, see `help::command`.
#[derive(Debug, Subcommand)]
#[allow(missing_docs)]
pub enum Command {
    // Create a new session.
    New {
        #[arg(long)]
        org: Option<String>,
        #[arg(long, value_parser = |s: &str| parse_kommunkod(s, Lang::from_env()))]
        kommunkod: Option<String>,
        #[arg(long, value_parser = |s: &str| parse_lang(s, Lang::from_env()))]
        lang: Option<Lang>,
        #[arg(long)]
        facilitator: Option<String>,
        #[arg(long, value_parser = |s: &str| parse_date(s, Lang::from_env()))]
        date: Option<jiff::civil::Date>,
        #[arg(
            long = "model",
            visible_alias = "assessment",
            default_value = crate::model::DEFAULT_MODEL_ID
        )]
        assessment: String,
        #[arg(long, default_value_t = 3, value_parser = |s: &str| parse_min_group(s, Lang::from_env()))]
        min_group: u32,
        #[arg(long)]
        show_names: bool,
        #[arg(long)]
        self_assessment: bool,
        // A CSV file of alias;role lines.
        #[arg(long, conflicts_with = "seats")]
        participants: Option<PathBuf>,
        // An anonymous room's seat count.
        #[arg(long, value_parser = |s: &str| parse_seats(s, Lang::from_env()))]
        seats: Option<u32>,
    },
    // List saved sessions.
    List {
        #[arg(short, long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    // The models there are to run: embedded, and the user's own.
    Models {
        #[arg(short, long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    // A session's report.
    Report {
        session: String,
        // Any path, also an empty one, which `dispatch` refuses in words of its own.
        #[arg(short, long, value_parser = any_path())]
        output: Option<PathBuf>,
        // None: from the extension of `output`, Markdown without one.
        #[arg(short, long, value_enum)]
        format: Option<ReportFormat>,
    },
    // Two sessions compared.
    Compare {
        old: String,
        new: String,
        #[arg(short, long, value_parser = any_path())]
        output: Option<PathBuf>,
        #[arg(short, long, value_enum)]
        format: Option<ComparisonFormat>,
    },
    // Check a model or a session file.
    Validate {
        file: PathBuf,
    },
    // Open a room: phones answer over the local network until Ctrl-C.
    Room {
        session: String,
        #[arg(long, conflicts_with = "all", value_delimiter = ',')]
        challenge: Vec<String>,
        #[arg(long)]
        all: bool,
        #[arg(long, value_delimiter = ',')]
        prompts: Vec<String>,
        #[arg(long, value_delimiter = ',')]
        vote: Vec<String>,
        #[arg(long)]
        bind: Option<std::net::SocketAddr>,
    },
    // Follow a session another klarhet holds: a line each time it moves.
    Follow {
        session: String,
    },
    // Speaker notes for a session another klarhet holds, full screen, following it.
    Notes {
        session: String,
    },
    // Shell completions, printed for the shell to load.
    Completions {
        shell: clap_complete::Shell,
    },
    // The manual page: klarhet(1) printed, or every page written into a folder.
    Man {
        dir: Option<PathBuf>,
    },
    // Save an example session.
    Demo {
        #[arg(long, value_parser = |s: &str| parse_lang(s, Lang::from_env()))]
        lang: Option<Lang>,
        #[arg(long)]
        year_later: bool,
    },
}

/// How `list` writes the sessions: a table for people, or JSON for scripts.
// The values carry no help of their own (it would be clap's, in English): the
// option's help, from the catalogue, names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// Columns for a terminal.
    #[value(help = None::<&str>)]
    Text,
    /// One JSON array, one object per session.
    #[value(help = None::<&str>)]
    Json,
}

/// The formats a report comes in, as the command line names them. The report
/// itself knows nothing of clap: each maps to its [`crate::report::Format`].
// The values carry no help of their own (it would be clap's, in English): the
// option's help, from the catalogue, names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown.
    #[value(help = None::<&str>)]
    Md,
    /// One self-contained HTML file, printable on A4.
    #[value(help = None::<&str>)]
    Html,
    /// CSV for Swedish Excel.
    #[value(help = None::<&str>)]
    Csv,
    /// The computed result as JSON (schemas/result-v5.schema.json).
    #[value(help = None::<&str>)]
    Json,
}

impl ReportFormat {
    /// Every format, the default first, in the order the report offers them.
    pub const ALL: [ReportFormat; 4] = [
        ReportFormat::Md,
        ReportFormat::Html,
        ReportFormat::Csv,
        ReportFormat::Json,
    ];
}

impl From<ReportFormat> for crate::report::Format {
    fn from(format: ReportFormat) -> crate::report::Format {
        use crate::report::Format;
        match format {
            ReportFormat::Md => Format::Md,
            ReportFormat::Html => Format::Html,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Json => Format::Json,
        }
    }
}

/// The formats a comparison comes in: its help offers only these.
// The values carry no help of their own (it would be clap's, in English): the
// option's help, from the catalogue, names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ComparisonFormat {
    /// Markdown.
    #[value(help = None::<&str>)]
    Md,
    /// One self-contained HTML file.
    #[value(help = None::<&str>)]
    Html,
}

impl ComparisonFormat {
    /// Every format a comparison comes in, the default first.
    pub const ALL: [ComparisonFormat; 2] = [ComparisonFormat::Md, ComparisonFormat::Html];
}

/// A path as given, also an empty one: clap's own parser refuses `""` as a
/// missing value, and the user should hear that the path is empty.
fn any_path() -> impl clap::builder::TypedValueParser<Value = PathBuf> {
    use clap::builder::TypedValueParser;
    clap::builder::OsStringValueParser::new().map(PathBuf::from)
}

// The value parsers answer in the UI language, like the rest of the command line:
// `help::command` gives each the language `--lang` chose; the derive's parsers,
// for `Cli::parse`, take it from the environment.
fn parse_lang(s: &str, ui: Lang) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        crate::tr!(ui, "cli-error-expected-lang", codes = codes.join(", "))
    })
}

fn parse_date(s: &str, ui: Lang) -> Result<jiff::civil::Date, String> {
    use crate::model::dates::{BadDate, parse, refusal};
    parse(s).map_err(|bad| match bad {
        BadDate::NoSuchDay => refusal(s, ui),
        BadDate::Form => crate::tr!(ui, "cli-error-expected-date"),
    })
}

fn parse_kommunkod(s: &str, ui: Lang) -> Result<String, String> {
    Some(s.trim())
        .filter(|k| crate::model::session::is_kommunkod(k))
        .map(str::to_owned)
        .ok_or_else(|| crate::tr!(ui, "cli-error-expected-kommunkod"))
}

fn parse_seats(s: &str, ui: Lang) -> Result<u32, String> {
    let most = crate::model::session::MAX_HEADCOUNT;
    s.parse::<u32>()
        .ok()
        .filter(|n| (1..=most).contains(n))
        .ok_or_else(|| crate::tr!(ui, "cli-error-expected-seats", most = most))
}

fn parse_min_group(s: &str, ui: Lang) -> Result<u32, String> {
    s.parse::<u32>()
        .ok()
        .filter(|n| *n as usize >= crate::model::ballots::MIN_GROUP_FLOOR)
        .ok_or_else(|| crate::tr!(ui, "cli-error-expected-min-group"))
}

/// The value parsers that answer in words, each given `lang` to answer in.
pub(super) fn value_parser(lang: Lang, arg: &str) -> Option<clap::builder::ValueParser> {
    use clap::builder::ValueParser;
    Some(match arg {
        "ui_lang" | "lang" => ValueParser::new(move |s: &str| parse_lang(s, lang)),
        "date" => ValueParser::new(move |s: &str| parse_date(s, lang)),
        "kommunkod" => ValueParser::new(move |s: &str| parse_kommunkod(s, lang)),
        "seats" => ValueParser::new(move |s: &str| parse_seats(s, lang)),
        "min_group" => ValueParser::new(move |s: &str| parse_min_group(s, lang)),
        _ => return None,
    })
}

/// The UI language `--lang` asks for, given before the command (`klarhet --lang en
/// report …`), so that help and errors speak it too; None when it does not say, or
/// says something clap will refuse in words of its own.
pub(super) fn lang_asked(args: &[std::ffi::OsString]) -> Option<Lang> {
    let cli = <Cli as clap::CommandFactory>::command();
    // The options before the command that take a value: their value is no command.
    let takes_value = |arg: &str| {
        cli.get_arguments().any(|a| {
            a.get_action().takes_values()
                && !a.is_positional()
                && (a.get_long().is_some_and(|l| arg == format!("--{l}"))
                    || a.get_short().is_some_and(|s| arg == format!("-{s}")))
        })
    };
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(Some(arg)) = args.next() {
        if let Some(code) = arg.strip_prefix("--lang=") {
            return Lang::parse(code);
        }
        if arg == "--lang" {
            return Lang::parse(args.next()??);
        }
        if arg == "--" || !arg.starts_with('-') {
            // The command: what follows is its own (`new --lang` is the session's).
            return None;
        }
        if takes_value(arg) && !arg.contains('=') {
            args.next();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::ReportFormat;
    use clap::ValueEnum;

    #[test]
    fn each_report_format_is_named_as_its_files_end_and_offered_in_the_reports_order() {
        let formats: Vec<crate::report::Format> =
            ReportFormat::ALL.into_iter().map(Into::into).collect();
        assert_eq!(formats, crate::report::Format::ALL);
        for format in ReportFormat::value_variants() {
            let name = format
                .to_possible_value()
                .expect("a value")
                .get_name()
                .to_owned();
            assert_eq!(name, crate::report::Format::from(*format).extension());
        }
        assert_eq!(ReportFormat::value_variants(), ReportFormat::ALL);
    }
}
