//! The command line's words, all from the catalogue: the about lines, every
//! argument's help and value name, clap's headings ("Usage:", "Options:", …), the
//! facts clap would add in English (defaults, environment variables, possible
//! values), and the parse errors. [`super::Cli`] only gives the structure.

use super::Cli;
use crate::text::Lang;
use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The about line of a command (`""` is klarhet itself).
fn about(lang: Lang, command: &str) -> Option<String> {
    Some(match command {
        "" => crate::tr!(lang, "cli-about"),
        "new" => crate::tr!(lang, "cli-new-about"),
        "list" => crate::tr!(lang, "cli-list-about"),
        "models" => crate::tr!(lang, "cli-models-about"),
        "report" => crate::tr!(lang, "cli-report-about"),
        "compare" => crate::tr!(lang, "cli-compare-about"),
        "validate" => crate::tr!(lang, "cli-validate-about"),
        "demo" => crate::tr!(lang, "cli-demo-about"),
        "room" => crate::tr!(lang, "cli-room-about"),
        "follow" => crate::tr!(lang, "cli-follow-about"),
        "notes" => crate::tr!(lang, "cli-notes-about"),
        "completions" => crate::tr!(lang, "cli-completions-about"),
        "man" => crate::tr!(lang, "cli-man-about"),
        "help" => crate::tr!(lang, "cli-help-about"),
        _ => return None,
    })
}

/// The help of an argument, by command and argument id.
fn arg_help(lang: Lang, command: &str, arg: &str) -> Option<String> {
    Some(match (command, arg) {
        (_, "help") => crate::tr!(lang, "cli-help"),
        (_, "version") => crate::tr!(lang, "cli-version"),
        (_, "data_dir") => crate::tr!(lang, "cli-data-dir"),
        ("", "resume") => crate::tr!(lang, "cli-resume"),
        ("", "ui_lang") => crate::tr!(lang, "cli-ui-lang"),
        ("", "theme") => crate::tr!(lang, "cli-theme"),
        ("", "no_color") => crate::tr!(lang, "cli-no-color"),
        ("", "bind") => crate::tr!(lang, "cli-room-bind"),
        ("new", "org") => crate::tr!(lang, "cli-new-org"),
        ("new", "kommunkod") => crate::tr!(lang, "cli-new-kommunkod"),
        ("new", "lang") => crate::tr!(lang, "cli-new-lang"),
        ("new", "facilitator") => crate::tr!(lang, "cli-new-facilitator"),
        ("new", "date") => crate::tr!(lang, "cli-new-date"),
        ("new", "assessment") => crate::tr!(lang, "cli-new-assessment"),
        ("new", "min_group") => crate::tr!(lang, "cli-new-min-group"),
        ("new", "show_names") => crate::tr!(lang, "cli-new-show-names"),
        ("new", "self_assessment") => crate::tr!(lang, "cli-new-self-assessment"),
        ("new", "participants") => crate::tr!(lang, "cli-new-participants"),
        ("new", "seats") => crate::tr!(lang, "cli-new-seats"),
        ("report", "session") => crate::tr!(lang, "cli-report-session"),
        ("report" | "compare", "output") => crate::tr!(lang, "cli-output"),
        ("report", "format") => crate::tr!(lang, "cli-report-format"),
        ("compare", "old") => crate::tr!(lang, "cli-compare-old"),
        ("compare", "new") => crate::tr!(lang, "cli-compare-new"),
        ("compare", "format") => crate::tr!(lang, "cli-compare-format"),
        ("validate", "file") => crate::tr!(lang, "cli-validate-file"),
        ("demo", "lang") => crate::tr!(lang, "cli-demo-lang"),
        ("room" | "follow" | "notes", "session") => crate::tr!(lang, "cli-report-session"),
        ("room", "challenge") => crate::tr!(lang, "cli-room-challenge"),
        ("room", "all") => crate::tr!(lang, "cli-room-all"),
        ("room", "prompts") => crate::tr!(lang, "cli-room-prompts"),
        ("room", "vote") => crate::tr!(lang, "cli-room-vote"),
        ("room", "bind") => crate::tr!(lang, "cli-room-bind"),
        ("demo", "year_later") => crate::tr!(lang, "cli-demo-year-later"),
        ("list" | "models", "format") => crate::tr!(lang, "cli-list-format"),
        ("completions", "shell") => crate::tr!(lang, "cli-completions-shell"),
        ("man", "dir") => crate::tr!(lang, "cli-man-dir"),
        ("help", "subcommand") => crate::tr!(lang, "cli-help-command"),
        _ => return None,
    })
}

/// The placeholder for an argument's value, by argument id.
fn value_name(lang: Lang, arg: &str) -> Option<String> {
    Some(match arg {
        "data_dir" => crate::tr!(lang, "cli-value-dir"),
        "resume" => crate::tr!(lang, "cli-value-id-or-path"),
        "ui_lang" | "lang" => Lang::all()
            .into_iter()
            .map(Lang::code)
            .collect::<Vec<_>>()
            .join("|"),
        "theme" | "org" | "facilitator" => crate::tr!(lang, "cli-value-name"),
        "date" => crate::tr!(lang, "cli-value-date"),
        "assessment" => crate::tr!(lang, "cli-value-id"),
        "min_group" | "seats" => crate::tr!(lang, "cli-value-count"),
        "participants" => crate::tr!(lang, "cli-value-file"),
        "kommunkod" => crate::tr!(lang, "cli-value-kommunkod"),
        "output" | "file" => crate::tr!(lang, "cli-value-file"),
        "format" => crate::tr!(lang, "cli-value-format"),
        "session" => crate::tr!(lang, "cli-value-session"),
        "old" => crate::tr!(lang, "cli-value-old"),
        "new" => crate::tr!(lang, "cli-value-new"),
        "challenge" | "prompts" | "vote" => crate::tr!(lang, "cli-value-id"),
        "bind" => crate::tr!(lang, "cli-value-address"),
        "shell" => crate::tr!(lang, "cli-value-shell"),
        "dir" => crate::tr!(lang, "cli-value-dir"),
        "subcommand" => crate::tr!(lang, "cli-value-command"),
        _ => return None,
    })
}

/// The clap command with every text in `lang`, built: clap's `help` command
/// (`klarhet help new`) exists only once it is, and gets its words here too.
pub(super) fn command(lang: Lang) -> clap::Command {
    let mut cmd = localise(Cli::command(), "", lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| localise(sub, &name, lang));
    }
    let mut cmd = cmd
        .subcommand_help_heading(crate::tr!(lang, "cli-heading-commands"))
        .subcommand_value_name(crate::tr!(lang, "cli-value-command"));
    cmd.build();
    // The help command lists the commands again (copies of the ones above), and
    // itself, whose about clap writes in English.
    cmd.mut_subcommand("help", |help| {
        let help = localise(help, "help", lang)
            .subcommand_help_heading(crate::tr!(lang, "cli-heading-commands"))
            .subcommand_value_name(crate::tr!(lang, "cli-value-command"));
        if help.find_subcommand("help").is_some() {
            help.mut_subcommand("help", |inner| {
                inner.about(crate::tr!(lang, "cli-help-about"))
            })
        } else {
            help
        }
    })
}

/// The commands there are, but for clap's `help`: those that work without a terminal.
pub(super) fn commands(lang: Lang) -> Vec<String> {
    command(lang)
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        // The notes are a full screen too.
        .filter(|name| name != "help" && name != "notes")
        .collect()
}

/// Sets the texts of one command and its own arguments.
fn localise(mut cmd: clap::Command, name: &str, lang: Lang) -> clap::Command {
    if let Some(about) = about(lang, name) {
        cmd = cmd.about(about);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut usage = if name.is_empty() {
        "klarhet".to_owned()
    } else {
        format!("klarhet {name}")
    };
    let mut positionals = Vec::new();
    for (order, id) in ids.iter().enumerate() {
        let help = arg_help(lang, name, id).unwrap_or_default();
        let value = value_name(lang, id);
        cmd = cmd.mut_arg(id, |a| {
            let mut help = help;
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                help.push(' ');
                help.push_str(&crate::tr!(
                    lang,
                    "cli-default",
                    value = defaults.join(", ")
                ));
            }
            if let Some(env) = a.get_env() {
                help.push(' ');
                help.push_str(&crate::tr!(
                    lang,
                    "cli-env",
                    name = env.to_string_lossy().into_owned()
                ));
            }
            let heading = if a.is_positional() {
                crate::tr!(lang, "cli-heading-arguments")
            } else {
                crate::tr!(lang, "cli-heading-options")
            };
            // Global arguments (--data-dir) last, also in the subcommands they reach.
            let order = if a.is_global_set() && id != "help" {
                100 + order
            } else {
                order
            };
            let mut a = a
                .help(help)
                .help_heading(heading)
                .display_order(order)
                .hide_env(true);
            if a.get_action().takes_values() {
                a = a.hide_default_value(true).hide_possible_values(true);
            }
            if let Some(value) = value {
                a = a.value_name(value);
            }
            if let Some(parser) = super::args::value_parser(lang, id) {
                a = a.value_parser(parser);
            }
            a
        });
        if let Some(arg) = cmd.get_arguments().find(|a| a.get_id() == id)
            && arg.is_positional()
        {
            let value = arg
                .get_value_names()
                .and_then(|v| v.first())
                .map_or_else(|| id.to_uppercase(), ToString::to_string);
            positionals.push(if arg.is_required_set() {
                format!("<{value}>")
            } else {
                format!("[{value}]")
            });
        }
    }
    usage.push(' ');
    usage.push_str(&crate::tr!(lang, "cli-usage-options"));
    for p in positionals {
        usage.push(' ');
        usage.push_str(&p);
    }
    if cmd.has_subcommands() {
        usage.push_str(&format!(" [{}]", crate::tr!(lang, "cli-value-command")));
    }
    cmd.override_usage(usage.clone()).help_template(format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::tr!(lang, "cli-heading-usage")
    ))
}

/// A parse error in words, in `lang`, with the usage line of the command it concerns
/// (`args` are the arguments given, to find it when clap does not say): what klarhet
/// prints before it exits with 2.
pub(super) fn parse_error(e: &clap::Error, lang: Lang, args: &[std::ffi::OsString]) -> String {
    let get = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => crate::tr!(lang, "cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::tr!(
            lang,
            "cli-error-unknown-command",
            command = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            crate::tr!(lang, "cli-error-missing-argument", arg = arg)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            crate::tr!(lang, "cli-error-missing-command")
        }
        // clap's parser of paths refuses `""` as if no value had come: an
        // empty argument was given, and is called empty.
        ErrorKind::InvalidValue
            if value.is_empty()
                && args.iter().skip(1).any(|a| {
                    a.is_empty()
                        || a.to_str()
                            .is_some_and(|a| a.starts_with('-') && a.ends_with('='))
                }) =>
        {
            crate::tr!(lang, "cli-error-empty-value", arg = arg)
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::tr!(lang, "cli-error-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => {
            crate::tr!(lang, "cli-error-invalid-value", arg = arg, value = value)
        }
        ErrorKind::ValueValidation => {
            let detail = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            crate::tr!(
                lang,
                "cli-error-invalid-value-because",
                arg = arg,
                value = value,
                detail = detail
            )
        }
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            if prior.is_empty() || prior == arg {
                crate::tr!(lang, "cli-error-repeated", arg = arg)
            } else {
                crate::tr!(lang, "cli-error-conflict", arg = arg, other = prior)
            }
        }
        _ => crate::tr!(lang, "cli-error-other"),
    };
    if let Some(valid) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        message.push_str("\n  ");
        message.push_str(&crate::tr!(
            lang,
            "cli-error-possible-values",
            values = valid
        ));
    }
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        if let Some(similar) = get(kind) {
            message.push_str("\n\n  ");
            message.push_str(&crate::tr!(lang, "cli-error-similar", value = similar));
        }
    }
    let mut out = format!("{}\n", crate::tr!(lang, "cli-error", message = message));
    let usage = get(ContextKind::Usage).unwrap_or_else(|| {
        // Not every error carries the usage: take the command's own.
        let mut cmd = command(lang);
        let sub = args
            .iter()
            .skip(1)
            .filter_map(|a| a.to_str())
            .find(|a| cmd.find_subcommand(a).is_some())
            .map(str::to_owned);
        match sub.and_then(|s| cmd.find_subcommand_mut(&s).cloned()) {
            Some(mut sub) => sub.render_usage().to_string(),
            None => cmd.render_usage().to_string(),
        }
    });
    // clap puts its own heading before the usage line; ours replaces it.
    let line = usage
        .split_once(':')
        .map_or(usage.as_str(), |(_, rest)| rest)
        .trim();
    out.push_str(&format!(
        "\n{} {line}\n",
        crate::tr!(lang, "cli-heading-usage")
    ));
    out.push_str(&format!("\n{}\n", crate::tr!(lang, "cli-error-more")));
    out
}
