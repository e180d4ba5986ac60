//! The command line. Help and messages follow `KLARHET_LANG` or the locale
//! (Swedish unless the locale is English); reports follow the session's language.

mod args;
mod follow;
mod help;
mod inspect;
mod man;
mod models;
mod new;
mod notes;
mod output;
mod room;
mod themes;

pub use args::{Cli, Command, ComparisonFormat, ListFormat, ReportFormat};

use crate::error::Error;
use crate::model::assessment::{Assessment, Catalog};
use crate::model::session::Session;
use crate::store::{self, Store};
use crate::text::Lang;
use clap::FromArgMatches;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs the command line; returns 0 on success, 2 for bad input, 1 when the machine fails.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let ui = args::lang_asked(&args).unwrap_or_else(Lang::from_env);
    // Arguments that parse need no words: the command is put into the
    // catalogue's language (every help text and value name, 13 % of a plain
    // start) only for help, the version or an error, which it then says.
    if let Ok(matches) = <Cli as clap::CommandFactory>::command().try_get_matches_from(&args)
        && let Ok(cli) = Cli::from_arg_matches(&matches)
    {
        return finish(dispatch(cli, ui), ui);
    }
    let matches = match help::command(ui).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) if !e.use_stderr() => {
            // Help and version, with the catalogue's texts; a write that fails
            // (`--help > /dev/full`) fails as any other command's output does.
            return match print_help(&e) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    warn("klarhet: ", &e.render(ui), "klarhet: ".len());
                    ExitCode::from(e.exit_code())
                }
            };
        }
        Err(e) => {
            eprint!("{}", help::parse_error(&e, ui, &args));
            return ExitCode::from(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", help::parse_error(&e, ui, &args));
            return ExitCode::from(2);
        }
    };
    finish(dispatch(cli, ui), ui)
}

/// The exit code of a command that ran, having said what went wrong if it failed.
fn finish(done: Result<(), Error>, ui: Lang) -> ExitCode {
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            warn("klarhet: ", &e.render(ui), "klarhet: ".len());
            ExitCode::from(e.exit_code())
        }
    }
}

/// Writes clap's help or version to standard output, coloured on a terminal as
/// clap would, and says when it could not.
fn print_help(e: &clap::Error) -> Result<(), Error> {
    use std::io::IsTerminal;
    let rendered = e.render();
    let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let text = if std::io::stdout().is_terminal() && !plain {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    write_stdout(&text)
}

pub(super) fn data_dir(cli_dir: Option<PathBuf>) -> Result<PathBuf, Error> {
    cli_dir
        .or_else(store::default_data_dir)
        .ok_or(Error::NoDataDir)
}

pub(super) fn catalog() -> Result<Catalog, Error> {
    let dir = store::default_config_dir().map(|d| d.join("assessments"));
    store::models::load_catalog(dir.as_deref())
}

use output::write_stdout;
use output::{out, warn};

pub(super) fn today() -> jiff::civil::Date {
    crate::local_time::today()
}

fn dispatch(cli: Cli, ui: Lang) -> Result<(), Error> {
    let Some(command) = cli.command else {
        return workshop(cli, ui);
    };
    match command {
        Command::New {
            org,
            kommunkod,
            lang,
            facilitator,
            date,
            assessment,
            min_group,
            show_names,
            self_assessment,
            participants,
            seats,
        } => {
            let lang = lang.unwrap_or(ui);
            let catalog = catalog()?;
            let model = catalog
                .get(&assessment)
                .ok_or(Error::NoModel { id: assessment })?;
            let org = org.unwrap_or_else(|| crate::tr!(lang, "cli-unnamed-organisation"));
            let date = date.unwrap_or_else(today);
            let mut session = Session::new(model, &org, date, lang);
            let mut commands = vec![
                crate::model::Command::Describe {
                    organisation: org,
                    facilitator: facilitator.unwrap_or_default(),
                    date,
                    language: lang,
                    kommunkod,
                },
                crate::model::Command::ChoosePrivacy {
                    min_group,
                    show_names,
                    self_assessment,
                },
            ];
            if let Some(file) = participants {
                let choices = crate::model::roster::choices(model, &session);
                commands.push(new::participants(&file, &choices)?);
            }
            // Within the most a session holds, as the option's parser checked.
            commands.push(crate::model::Command::CountHeads { headcount: seats });
            for command in commands {
                session.apply(model, command).map_err(Error::Refused)?;
            }
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.create(&session)?;
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            out(&format!("{id}\n"))?;
            eprintln!(
                "{}",
                crate::tr!(ui, "cli-saved", path = path.display().to_string())
            );
            Ok(())
        }
        Command::Models { format } => models::models(format, ui),
        Command::List { format } => {
            inspect::list(&Store::new(&data_dir(cli.data_dir)?), format, ui)
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut help::command(ui), "klarhet", &mut script);
            out(&String::from_utf8_lossy(&script))
        }
        Command::Man { dir } => man::man(ui, dir.as_deref()),
        Command::Report {
            session,
            output,
            format,
        } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.resolve(&session)?;
            let (session, model) = store::open(&path, &catalog()?)?;
            let export = crate::report::Export::new(&session, Some(&path), jiff::Timestamp::now());
            let format: crate::report::Format = output::format(
                format,
                output.as_deref(),
                ReportFormat::Md,
                &ReportFormat::ALL,
            )?
            .into();
            let name = format!("{}.{}", export.session_id, format.extension());
            emit(
                &format.render(&session, &model, &export),
                output.as_deref(),
                &name,
                ui,
            )
        }
        Command::Compare {
            old,
            new,
            output,
            format,
        } => {
            let format = output::format(
                format,
                output.as_deref(),
                ComparisonFormat::Md,
                &ComparisonFormat::ALL,
            )?;
            let store = Store::new(&data_dir(cli.data_dir)?);
            let catalog = catalog()?;
            let (old, old_model) = store::open(&store.resolve(&old)?, &catalog)?;
            let (new, new_model) = store::open(&store.resolve(&new)?, &catalog)?;
            let c = crate::report::compare::compare(&old, &old_model, &new, &new_model)
                .map_err(Error::Mismatch)?;
            let text = match format {
                ComparisonFormat::Html => crate::report::compare::html(&c, &old, &new, &new_model),
                ComparisonFormat::Md => {
                    crate::report::compare::markdown(&c, &old, &new, &new_model)
                }
            };
            let extension = match format {
                ComparisonFormat::Html => "html",
                ComparisonFormat::Md => "md",
            };
            emit(
                &text,
                output.as_deref(),
                &format!("{}.{extension}", crate::tr!(ui, "cli-comparison-file")),
                ui,
            )
        }
        Command::Validate { file } => inspect::validate(&file, ui),
        Command::Room {
            session,
            challenge,
            all,
            prompts,
            vote,
            bind,
        } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            // None: every challenge whose results have not been shown; none at
            // all when only prompt sets or votes are asked for.
            let only_others = prompts.is_empty() && vote.is_empty();
            let wanted = match (challenge.is_empty(), only_others || all) {
                (false, _) => Some(challenge),
                (true, true) => None,
                (true, false) => Some(Vec::new()),
            };
            let path = store.resolve(&session)?;
            let polls: Vec<crate::model::picks::Poll> = vote
                .iter()
                .map(|v| crate::model::picks::Poll::named(v))
                .collect();
            let scope = crate::room::owner::Scope {
                challenges: wanted.as_deref(),
                prompts: &prompts,
                polls: &polls,
            };
            room::run(&path, &catalog()?, scope, bind, ui)
        }
        Command::Follow { session } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.resolve(&session)?;
            follow::run(&path, &catalog()?, ui)
        }
        Command::Notes { session } => {
            let store = Store::new(&data_dir(cli.data_dir)?);
            let path = store.resolve(&session)?;
            notes::run(&path, &catalog()?, theme(&cli.theme, cli.no_color)?, ui)
        }
        Command::Demo { lang, year_later } => {
            let lang = lang.unwrap_or(ui);
            let model = Assessment::default_model()?;
            let store = Store::new(&data_dir(cli.data_dir)?);
            let saved = |path: &Path| {
                eprintln!(
                    "{}",
                    crate::tr!(ui, "cli-demo-saved", path = path.display().to_string())
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
                    .map_err(Error::Mismatch)?;
                return out(&crate::report::compare::markdown(&c, &old, &new, &model));
            }
            let session = crate::demo::session(&model, today(), lang);
            saved(&store.create(&session)?);
            out(&crate::report::markdown(&session, &model))
        }
    }
}

/// Writes a report to `file` (see [`store::write_export`]) or, with no file or
/// `-`, to standard output. A folder is told to take a file such as `name` in it.
fn emit(text: &str, file: Option<&Path>, name: &str, ui: Lang) -> Result<(), Error> {
    match file.filter(|f| f.as_os_str() != "-") {
        Some(file) => {
            output::check_file(file, name)?;
            store::write_export(file, text.as_bytes())?;
            eprintln!(
                "{}",
                crate::tr!(ui, "cli-written", path = file.display().to_string())
            );
        }
        None => out(text)?,
    }
    Ok(())
}

/// The theme asked for (`--theme`), or the monochrome one with `--no-color` or
/// `NO_COLOR`, in the colours the terminal can show.
fn theme(name: &str, no_color: bool) -> Result<crate::tui::theme::Theme, Error> {
    let no_color = no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme_dir = store::default_config_dir().map(|d| d.join("themes"));
    Ok(if no_color {
        crate::tui::theme::Theme::mono()
    } else {
        crate::tui::theme::Theme::named(name, theme_dir.as_deref())
            .map_err(|e| themes::with_own_themes(e, theme_dir.as_deref()))?
            .reduced(crate::tui::colours::Depth::from_env())
    })
}

/// Opens the workshop in the terminal.
fn workshop(cli: Cli, ui: Lang) -> Result<(), Error> {
    let data_dir = data_dir(cli.data_dir)?;
    let store = Store::new(&data_dir);
    let resume = cli.resume.map(|r| store.resolve(&r)).transpose()?;
    let theme = theme(&cli.theme, cli.no_color)?;
    let catalog = catalog()?;
    // Without a terminal the workbench could neither draw nor read a key: say so,
    // and which commands work from a script, before touching the terminal.
    {
        use std::io::IsTerminal;
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            // A session that could not be opened anyway is named first, as the
            // bad input it is (the workbench would read it the same way).
            if let Some(path) = &resume {
                store::open(path, &catalog)?;
            }
            return Err(Error::NoTerminal {
                commands: help::commands(ui),
            });
        }
    }
    crate::tui::run(crate::tui::Options {
        data_dir,
        catalog,
        lang: cli.ui_lang,
        default_lang: ui,
        theme,
        resume,
        today: today(),
        export_dir: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        room_bind: cli.bind,
    })
}
