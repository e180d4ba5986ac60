//! Swedish help texts for the command line; clap's English ones come from the doc
//! comments on [`super::Cli`].

use super::Cli;
use crate::text::Lang;
use clap::CommandFactory;

/// Swedish help texts, by subcommand and argument id (an empty id is the command itself).
#[rustfmt::skip]
const SWEDISH_HELP: &[(&str, &str, &str)] = &[
    ("", "resume", "Öppna den här sessionen direkt: ett id från `klarhet list`, eller en sökväg"),
    ("", "ui_lang", "Skärmarnas språk: sv eller en [standard: sessionens]"),
    ("", "theme", "Färgtema: morkt, ljust, projektor, mono eller ett eget"),
    ("", "no_color", "Inga färger, bara fetstil, omvänd och understrykning (även när NO_COLOR är satt)"),
    ("", "help", "Visa hjälpen"),
    ("", "version", "Visa versionen"),
    ("", "", "klarhet: självskattning av styrning enligt Halmstadmodellen, offline i terminalen."),
    ("", "data_dir", "Mapp för sessioner [standard: plattformens datamapp]"),
    ("new", "", "Skapa en ny session och skriv ut dess id och fil"),
    ("new", "org", "Organisationen som bedöms"),
    ("new", "lang", "Workshopens språk: sv eller en"),
    ("new", "facilitator", "Processledaren"),
    ("new", "date", "Workshopens datum, ÅÅÅÅ-MM-DD [standard: i dag]"),
    ("new", "assessment", "Bedömningsmodellens id"),
    ("new", "min_group", "Minsta rollgrupp som visas i rapporter; mindre slås ihop (minst 2)"),
    ("new", "show_names", "Låt rapporter lista deltagarnas alias (aldrig bredvid svar)"),
    ("list", "", "Lista sparade sessioner med organisation, datum och framsteg"),
    ("report", "", "Skriv en sessions rapport som Markdown"),
    ("report", "session", "En sessionsfil, eller ett id från `klarhet list`"),
    ("report", "output", "Skriv till den här filen i stället för standard ut"),
    ("report", "format", "Formatet: md, html, csv eller json"),
    ("compare", "", "Jämför två sessioner, till exempel en workshop och den ett år senare"),
    ("compare", "old", "Den tidigare sessionen (fil eller id)"),
    ("compare", "new", "Den senare sessionen (fil eller id)"),
    ("compare", "output", "Skriv till den här filen i stället för standard ut"),
    ("compare", "format", "Formatet: md eller html"),
    ("validate", "", "Kontrollera en bedömningsmodell eller en sessionsfil"),
    ("validate", "file", "Filen som ska kontrolleras"),
    ("demo", "", "Spara en exempelsession och skriv ut dess rapport"),
    ("demo", "lang", "Exemplets språk: sv eller en"),
    ("demo", "year_later", "Spara också samma organisation ett år senare och skriv ut jämförelsen"),
];

/// The clap command, with Swedish help when `lang` is Swedish.
pub(super) fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command();
    if lang == Lang::SV {
        for (sub, arg, help) in SWEDISH_HELP {
            let apply = |c: clap::Command| {
                if arg.is_empty() {
                    c.about(*help)
                } else {
                    c.mut_arg(*arg, |a| a.help(*help))
                }
            };
            cmd = if sub.is_empty() {
                apply(cmd)
            } else {
                cmd.mut_subcommand(*sub, apply)
            };
        }
    }
    cmd
}
