//! A list of participants as people keep one: a CSV file, one `alias;role` per
//! line, as Swedish Excel saves it (semicolons, a byte order mark, CRLF) or as
//! other tools do (commas, no mark), with a header line or without. The role
//! column names a group of the session's breakdown by its id or its name in
//! any language of the model, with or without åäö ([`choices`]). Pure: the
//! caller reads the file.

use crate::error::{Pos, Problem};
use crate::model::assessment::Assessment;
use crate::model::session::Session;
use crate::text::Lang;
use unicode_segmentation::UnicodeSegmentation;

/// One participant of the list: alias and groups.
pub type Entry = (String, Vec<String>);

/// A group a list may name, by its id and its names.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The group's id.
    pub id: String,
    /// Its names, each language's.
    pub names: Vec<String>,
}

/// The groups of `session`'s breakdown a list may name: the model's and the
/// session's own; none in a model without groupings.
pub fn choices(model: &Assessment, session: &Session) -> Vec<Choice> {
    let Some(grouping) = session.breakdown(model) else {
        return Vec::new();
    };
    let of_model = grouping.groups.iter().map(|g| Choice {
        id: g.id.clone(),
        names: g.name.texts().map(str::to_owned).collect(),
    });
    let own = (session.own_groups().iter())
        .filter(|g| g.grouping == grouping.id)
        .map(|g| Choice {
            id: g.id.clone(),
            names: vec![g.name.clone()],
        });
    of_model.chain(own).collect()
}

/// The group `said` names: its id or a name, in any case, with or without åäö.
fn parse(said: &str, choices: &[Choice]) -> Option<String> {
    let plain = |s: &str| {
        (s.trim().to_lowercase().chars())
            .map(|c| match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                c => c,
            })
            .collect::<String>()
    };
    let said = plain(said);
    choices
        .iter()
        .find(|c| plain(&c.id) == said || c.names.iter().any(|n| plain(n) == said))
        .map(|c| c.id.clone())
}

/// The participants `text` lists, in its order, each in the group of
/// `choices` their line names, or the first line that is not `alias;role`,
/// with where in it the problem is (1-based, in characters).
pub fn read(text: &str, choices: &[Choice]) -> Result<Vec<Entry>, (Pos, Problem)> {
    let text = super::without_bom(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    // The separator is the file's: a semicolon where the first line has one
    // outside quotes (an alias may hold a comma), otherwise a comma.
    let separator = first
        .and_then(|i| fields(lines[i], ';').ok())
        .filter(|f| f.len() > 1)
        .map_or(',', |_| ';');
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |col: usize| Pos { line: i + 1, col };
        let cells = fields(line, separator).map_err(|col| (at(col), Problem::UnclosedQuote))?;
        if Some(i) == first && is_header(&cells) {
            continue;
        }
        let (alias_col, alias) = &cells[0];
        let Some((role_col, role)) = cells.get(1) else {
            return Err((at(line.chars().count() + 1), Problem::RoleMissing));
        };
        if let Some((col, _)) = cells[2..].iter().find(|(_, c)| !c.trim().is_empty()) {
            return Err((at(*col), Problem::ExtraColumn));
        }
        if alias.trim().is_empty() {
            return Err((at(*alias_col), Problem::AliasMissing));
        }
        // Counted as the workbench's form counts it: in characters as seen.
        let max = crate::model::session::MAX_ALIAS;
        if alias.trim().graphemes(true).count() > max {
            return Err((at(*alias_col), Problem::AliasTooLong { max }));
        }
        if role.trim().is_empty() {
            return Err((at(*role_col), Problem::RoleMissing));
        }
        let Some(group) = parse(role, choices) else {
            let roles = (choices.iter())
                .map(|c| match c.names.first() {
                    Some(name) if name != &c.id => format!("{} ({name})", c.id),
                    _ => c.id.clone(),
                })
                .collect();
            return Err((
                at(*role_col),
                Problem::UnknownRole {
                    role: role.trim().to_owned(),
                    roles,
                },
            ));
        };
        out.push((alias.trim().to_owned(), vec![group]));
    }
    Ok(out)
}

/// True for a header line: its second column is headed "role" or "group" in
/// a language of the catalogue, and so names no group.
fn is_header(cells: &[(usize, String)]) -> bool {
    cells.get(1).is_some_and(|(_, heading)| {
        let heading = heading.trim().to_lowercase();
        Lang::all().into_iter().any(|lang| {
            heading == crate::tr!(lang, "participants-file-role-heading")
                || heading == crate::tr!(lang, "participants-file-group-heading")
        })
    })
}

/// The fields of `line` split at `separator`, each with the column it starts at
/// and its text, quotes taken off (`"Berg; Bo"`, `"a ""b"""`). `Err` holds the
/// column of a quote that is never closed.
fn fields(line: &str, separator: char) -> Result<Vec<(usize, String)>, usize> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut col = 1;
    loop {
        let start = col;
        let mut text = String::new();
        // Blank space before a quote is not part of the field.
        let lead: String =
            std::iter::from_fn(|| chars.next_if(|c| *c == ' ' || *c == '\t')).collect();
        col += lead.chars().count();
        if chars.peek() == Some(&'"') {
            let quote = col;
            chars.next();
            col += 1;
            loop {
                match chars.next() {
                    None => return Err(quote),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        col += 2;
                        text.push('"');
                    }
                    Some('"') => {
                        col += 1;
                        break;
                    }
                    Some(c) => {
                        col += 1;
                        text.push(c);
                    }
                }
            }
            // What follows the closing quote, up to the separator, is kept.
            while let Some(c) = chars.next_if(|c| *c != separator) {
                col += 1;
                text.push(c);
            }
        } else {
            text.push_str(&lead);
            while let Some(c) = chars.next_if(|c| *c != separator) {
                col += 1;
                text.push(c);
            }
        }
        out.push((start, text));
        if chars.next().is_none() {
            return Ok(out);
        }
        col += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_know_their_columns_and_their_quotes() {
        assert_eq!(
            fields("Åsa;politik", ';'),
            Ok(vec![(1, "Åsa".into()), (5, "politik".into())])
        );
        assert_eq!(
            fields("\"Berg; \"\"Bo\"\"\";bolag;", ';'),
            Ok(vec![
                (1, "Berg; \"Bo\"".into()),
                (16, "bolag".into()),
                (22, String::new())
            ])
        );
        assert_eq!(fields("a; \"b", ';'), Err(4));
    }

    #[test]
    fn a_list_reads_with_either_separator_and_refuses_with_a_place() {
        let model = crate::model::Assessment::halmstad().expect("the shipped model");
        let session = Session::new(&model, "K", jiff::civil::date(2026, 1, 1), Lang::SV);
        let choices = choices(&model, &session);
        let read = |text: &str| read(text, &choices);
        let g = |id: &str| vec![id.to_owned()];
        let list = read("\u{feff}alias;roll\r\n\r\nÅsa;Politik\r\nBo, Berg;övrigt\r\n").unwrap();
        assert_eq!(
            list,
            [
                ("Åsa".to_owned(), g("Politik")),
                ("Bo, Berg".to_owned(), g("Ovrigt"))
            ]
        );
        let list = read("Name,Role\nEva,municipal companies\n").unwrap();
        assert_eq!(list, [("Eva".to_owned(), g("Bolag"))]);
        // A model's groups need not be roles: "grupp" heads the column too.
        for header in ["alias;grupp", "Name;Group"] {
            let list = read(&format!("{header}\nEva;bolag\n")).unwrap();
            assert_eq!(list, [("Eva".to_owned(), g("Bolag"))], "{header}");
        }
        let refused = |text: &str| read(text).map(|_| ()).unwrap_err();
        let roles: Vec<String> = [
            "Politik (politik)",
            "Kommunledning (kommunledning)",
            "Forvaltning (förvaltning)",
            "Bolag (bolag)",
            "Ovrigt (övrigt)",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            refused("Åsa;politik\nDora; rektor\n"),
            (
                Pos { line: 2, col: 6 },
                Problem::UnknownRole {
                    role: "rektor".into(),
                    roles: roles.clone()
                }
            )
        );
        assert_eq!(refused("Åsa\n").0, Pos { line: 1, col: 4 });
        assert_eq!(
            refused("Åsa;\n"),
            (Pos { line: 1, col: 5 }, Problem::RoleMissing)
        );
        assert_eq!(
            refused(" ;bolag\n"),
            (Pos { line: 1, col: 1 }, Problem::AliasMissing)
        );
        assert_eq!(
            refused("Åsa;bolag;x\n"),
            (Pos { line: 1, col: 11 }, Problem::ExtraColumn)
        );
        // An alias as long as the workbench's form takes, counted in characters.
        let longest = "Å".repeat(crate::model::session::MAX_ALIAS);
        assert_eq!(read(&format!("{longest};bolag")).unwrap()[0].0, longest);
        assert_eq!(
            refused(&format!("ett;bolag\n{longest}x;bolag\n")),
            (Pos { line: 2, col: 1 }, Problem::AliasTooLong { max: 40 })
        );
        // A first line whose role is no role and no heading is an error, not a header.
        assert_eq!(
            refused("Åsa;rolig\n").1,
            Problem::UnknownRole {
                role: "rolig".into(),
                roles
            }
        );
        assert_eq!(read(""), Ok(Vec::new()));
    }
}
