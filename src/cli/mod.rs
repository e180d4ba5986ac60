//! The command line. Help and messages follow `KLARHET_LANG` or the locale
//! (Swedish unless the locale is English); reports follow the session's language.

mod help;
mod inspect;

use crate::error::Error;
use crate::model::assessment::{Assessment, Catalog};
use crate::model::session::Session;
use crate::store::{self, Store};
use crate::text::{Lang, pick};
use clap::{FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// klarhet: governance self-assessment workshops on the Halmstad model, offline in the terminal.
#[derive(Debug, Parser)]
#[command(
    name = "klarhet",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Print help
    #[arg(short, long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Print the version
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,
    /// Folder for sessions [default: the platform's data folder]
    #[arg(long, global = true, env = "KLARHET_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Open this session directly: an id from `klarhet list`, or a path
    #[arg(long, value_name = "ID|PATH")]
    pub resume: Option<String>,
    /// Language of the screens: sv or en [default: the session's]
    #[arg(long = "lang", value_parser = parse_lang, value_name = "sv|en")]
    pub ui_lang: Option<Lang>,
    /// Colour theme: morkt, ljust, projektor, mono, or one of your own
    #[arg(long, value_name = "NAME", default_value = "morkt")]
    pub theme: String,
    /// No colours: only bold, reverse and underline (also when NO_COLOR is set)
    #[arg(long)]
    pub no_color: bool,
    /// What to do; with none, the workshop opens
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new session and print its id and file
    New {
        /// The organisation assessed
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        /// The workshop's language: sv or en
        #[arg(long, value_parser = parse_lang, value_name = "sv|en")]
        lang: Option<Lang>,
        /// Who leads the workshop
        #[arg(long, value_name = "NAME")]
        facilitator: Option<String>,
        /// The workshop's date, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<jiff::civil::Date>,
        /// The assessment model's id
        #[arg(long, default_value = "halmstad", value_name = "ID")]
        assessment: String,
        /// Smallest role group shown in reports; smaller ones are merged (at least 2)
        #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u32).range(2..))]
        min_group: u32,
        /// Let reports list the participants' aliases (never next to answers)
        #[arg(long)]
        show_names: bool,
    },
    /// List saved sessions with organisation, date and progress
    List,
    /// Write a session's report as Markdown
    Report {
        /// A session file, or an id from `klarhet list`
        session: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The format: md, html, csv or json
        #[arg(short, long, value_enum, default_value = "md")]
        format: crate::report::Format,
    },
    /// Compare two sessions, e.g. a workshop and the one a year later
    Compare {
        /// The earlier session (file or id)
        old: String,
        /// The later session (file or id)
        new: String,
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The format: md or html
        #[arg(short, long, value_enum, default_value = "md")]
        format: crate::report::Format,
    },
    /// Check an assessment model or a session file
    Validate {
        /// The file to check
        file: PathBuf,
    },
    /// Save an example session and print its report
    Demo {
        /// The language of the example: sv or en
        #[arg(long, value_parser = parse_lang, value_name = "sv|en")]
        lang: Option<Lang>,
        /// Also save the same organisation a year later, and print the comparison
        #[arg(long)]
        year_later: bool,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("'{s}': expected sv or en"))
}

/// Runs the command line; returns 0 on success, 2 for bad input, 1 when the machine fails.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    let ui = Lang::from_env();
    let matches = match help::command(ui).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    match dispatch(cli, ui) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("klarhet: {}", e.render(ui));
            ExitCode::from(if e.is_bad_input() { 2 } else { 1 })
        }
    }
}

pub(super) fn data_dir(cli_dir: Option<PathBuf>) -> Result<PathBuf, Error> {
    cli_dir.or_else(store::default_data_dir).ok_or_else(|| {
        Error::NotFound("no data directory: set --data-dir or KLARHET_DATA_DIR".into())
    })
}

pub(super) fn catalog() -> Result<Catalog, Error> {
    let dir = store::default_config_dir().map(|d| d.join("assessments"));
    Catalog::load(dir.as_deref())
}

/// Writes to standard output, ignoring a closed pipe (`klarhet demo | head`).
pub(super) fn out(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

pub(super) fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

fn dispatch(cli: Cli, ui: Lang) -> Result<(), Error> {
    let t = |sv, en| pick(ui, sv, en);
    let Some(command) = cli.command else {
        return workshop(cli, ui);
    };
    match command {
        Command::New {
            org,
            lang,
            facilitator,
            date,
            assessment,
            min_group,
            show_names,
        } => {
            let lang = lang.unwrap_or(ui);
            let catalog = catalog()?;
            let model = catalog.get(&assessment).ok_or_else(|| {
                Error::NotFound(format!(
                    "{} \"{assessment}\"",
                    t(
                        "ingen bedömningsmodell med id",
                        "no assessment model with id"
                    )
                ))
            })?;
            let org = org.unwrap_or_else(|| {
                pick(lang, "Namnlös organisation", "Unnamed organisation").into()
            });
            let mut session = Session::new(model, &org, date.unwrap_or_else(today), lang);
            session.facilitator = facilitator.unwrap_or_default();
            session.privacy.min_group = min_group;
            session.privacy.show_names = show_names;
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.create(&session)?;
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            out(&format!("{id}\n"));
            eprintln!("{}: {}", t("sparad", "saved"), path.display());
            Ok(())
        }
        Command::List => inspect::list(&Store::new(&data_dir(cli.data_dir)?), ui),
        Command::Report {
            session,
            output,
            format,
        } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.resolve(&session)?;
            let (session, model) = store::open(&path, &catalog()?)?;
            emit(&format.render(&session, &model), output.as_deref(), ui)
        }
        Command::Compare {
            old,
            new,
            output,
            format,
        } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            let catalog = catalog()?;
            let (old, old_model) = store::open(&store.resolve(&old)?, &catalog)?;
            let (new, new_model) = store::open(&store.resolve(&new)?, &catalog)?;
            let c = crate::report::compare::compare(&old, &old_model, &new, &new_model)
                .map_err(Error::NotFound)?;
            let text = match format {
                crate::report::Format::Html => {
                    crate::report::compare::html(&c, &old, &new, &new_model)
                }
                crate::report::Format::Md => {
                    crate::report::compare::markdown(&c, &old, &new, &new_model)
                }
                other => {
                    return Err(Error::NotFound(format!(
                        "{} {}",
                        t(
                            "jämförelsen finns som md och html, inte som",
                            "the comparison comes as md and html, not as"
                        ),
                        other.extension()
                    )));
                }
            };
            emit(&text, output.as_deref(), ui)
        }
        Command::Validate { file } => inspect::validate(&file, ui),
        Command::Demo { lang, year_later } => {
            let lang = lang.unwrap_or(ui);
            let model = Assessment::halmstad()?;
            let store = Store::new(&data_dir(cli.data_dir)?);
            let saved = |path: &Path| {
                eprintln!(
                    "{}: {}",
                    t("exempelsessionen sparades", "example session saved"),
                    path.display()
                )
            };
            if year_later {
                // The first workshop a year ago, and today's.
                let first = today()
                    .checked_sub(jiff::ToSpan::year(1))
                    .unwrap_or_else(|_| today());
                let old = crate::demo::session(&model, first, lang);
                let new = crate::demo::year_later(&model, first, lang);
                saved(&store.create(&old)?);
                saved(&store.create(&new)?);
                let c = crate::report::compare::compare(&old, &model, &new, &model)
                    .map_err(Error::NotFound)?;
                out(&crate::report::compare::markdown(&c, &old, &new, &model));
                return Ok(());
            }
            let session = crate::demo::session(&model, today(), lang);
            saved(&store.create(&session)?);
            out(&crate::report::markdown(&session, &model));
            Ok(())
        }
    }
}

/// Writes a report to `file` (atomically) or to standard output.
fn emit(text: &str, file: Option<&Path>, ui: Lang) -> Result<(), Error> {
    match file {
        Some(file) => {
            store::write_atomic(file, text.as_bytes())?;
            eprintln!(
                "{}: {}",
                pick(ui, "skrevs till", "written to"),
                file.display()
            );
        }
        None => out(text),
    }
    Ok(())
}

/// Opens the workshop in the terminal.
fn workshop(cli: Cli, ui: Lang) -> Result<(), Error> {
    let data_dir = data_dir(cli.data_dir)?;
    let store = Store::new(&data_dir);
    let resume = cli.resume.map(|r| store.resolve(&r)).transpose()?;
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme_dir = store::default_config_dir().map(|d| d.join("themes"));
    let theme = if no_color {
        crate::tui::theme::Theme::mono()
    } else {
        crate::tui::theme::Theme::named(&cli.theme, theme_dir.as_deref())?
    };
    crate::tui::run(crate::tui::Options {
        data_dir,
        catalog: catalog()?,
        lang: cli.ui_lang,
        default_lang: ui,
        theme,
        resume,
        today: today(),
        export_dir: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
    })
}
