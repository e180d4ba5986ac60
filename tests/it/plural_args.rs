//! Fluent picks a plural variant (`[one]`, `[0]`) only for a number: a count
//! handed to `tr!` as text ("1") falls to `*[other]` and reads "1 telefoner".
//! `tests/it/catalogue_plurals.rs` renders the catalogue with numbers, so it cannot
//! see a call site that passes text; this test reads every `tr!` in `src/` and
//! fails, naming file and line, where a variable that a message selects a plural
//! on is given as text.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The CLDR plural categories but `other`, which string selectors also use as
/// their default: a selector with one of these, or a number, as a key selects
/// on a number.
const PLURAL_KEYS: &[&str] = &["zero", "one", "two", "few", "many"];

/// Message id → the variables it selects a plural on, in one language's file,
/// following references to other messages (which see the same variables).
fn plural_selectors(code: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{code}/klarhet.ftl"));
    let text = std::fs::read_to_string(&path).expect("catalogue file");
    let resource = fluent_syntax::parser::parse(text.as_str()).expect("catalogue parses");
    let mut direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut found = (BTreeSet::new(), BTreeSet::new());
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                walk_pattern(pattern, &mut found);
            }
            direct.insert(message.id.name.to_owned(), found);
        }
    }
    direct
        .keys()
        .map(|id| {
            let mut selected = BTreeSet::new();
            let mut seen = BTreeSet::new();
            let mut todo = vec![id.clone()];
            while let Some(id) = todo.pop() {
                if !seen.insert(id.clone()) {
                    continue;
                }
                if let Some((vars, references)) = direct.get(&id) {
                    selected.extend(vars.iter().cloned());
                    todo.extend(references.iter().cloned());
                }
            }
            (id.clone(), selected)
        })
        .collect()
}

/// Collects into `found` the plural-selected variables and the referenced messages.
fn walk_pattern(pattern: &ast::Pattern<&str>, found: &mut (BTreeSet<String>, BTreeSet<String>)) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, found);
        }
    }
}

fn walk_expression(
    expression: &ast::Expression<&str>,
    found: &mut (BTreeSet<String>, BTreeSet<String>),
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let plural = variants.iter().any(|v| match &v.key {
                ast::VariantKey::NumberLiteral { .. } => true,
                ast::VariantKey::Identifier { name } => PLURAL_KEYS.contains(name),
            });
            if plural && let Some(var) = variable_of(selector) {
                found.0.insert(var);
            }
            walk_inline(selector, found);
            for variant in variants {
                walk_pattern(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, found),
    }
}

fn walk_inline(
    inline: &ast::InlineExpression<&str>,
    found: &mut (BTreeSet<String>, BTreeSet<String>),
) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => {
            found.1.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, found),
        _ => {}
    }
}

/// The variable a selector reads: `$n`, or the first argument of `NUMBER($n, …)`.
fn variable_of(selector: &ast::InlineExpression<&str>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(variable_of)
        }
        _ => None,
    }
}

/// A `.rs` file's text with comments blanked out and every literal's contents
/// blanked (its quotes kept), so that brackets and commas in them are not seen;
/// lengths and line breaks stay as they were.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = chars.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        if rest.starts_with(&['/', '/']) {
            let end = (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len());
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(&['/', '*']) {
            let end = (i + 2..chars.len())
                .find(|&j| chars[j - 1] == '*' && chars[j] == '/')
                .map_or(chars.len(), |j| j + 1);
            blank(&mut out, i, end);
            i = end;
        } else if chars[i] == 'r'
            && (i == 0 || !is_ident(chars[i - 1]))
            && matches!(chars.get(i + 1), Some('"' | '#'))
        {
            // A raw string: r"…" or r#"…"#.
            let hashes = rest[1..].iter().take_while(|c| **c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = i + 2 + hashes;
            let mut end = start;
            while end < chars.len()
                && !(chars[end] == '"' && (1..=hashes).all(|h| chars.get(end + h) == Some(&'#')))
            {
                end += 1;
            }
            blank(&mut out, start, end);
            i = end + 1 + hashes;
        } else if chars[i] == '"' {
            let mut end = i + 1;
            while end < chars.len() && chars[end] != '"' {
                end += if chars[end] == '\\' { 2 } else { 1 };
            }
            blank(&mut out, i + 1, end.min(chars.len()));
            i = end + 1;
        } else if chars[i] == '\'' {
            // A char literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
            let close = if chars.get(i + 1) == Some(&'\\') {
                (i + 2..chars.len()).find(|&j| chars[j] == '\'')
            } else {
                Some(i + 2).filter(|&j| chars.get(j) == Some(&'\''))
            };
            match close {
                Some(end) => {
                    blank(&mut out, i + 1, end);
                    i = end + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out.into_iter().collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// One `tr!` call: where it is, the message id and its `name = expression` arguments.
struct Call {
    line: usize,
    id: String,
    args: Vec<(String, String)>,
}

/// Every `tr!(…)` in a file, its arguments split at the commas outside brackets,
/// however many lines it spans. `text` is the file as written (for the id),
/// `code` the same with comments and literals blanked.
fn calls(text: &str, code: &str) -> Vec<Call> {
    let chars: Vec<char> = code.chars().collect();
    let original: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = find(&chars, i, &['t', 'r', '!', '(']) {
        i = at + 4;
        if at > 0 && is_ident(chars[at - 1]) {
            continue; // include_str!( and the like
        }
        let mut depth = 0usize;
        let mut parts = vec![String::new()];
        let mut starts = vec![i];
        let mut j = i;
        while j < chars.len() {
            match chars[j] {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(String::new());
                    starts.push(j + 1);
                    j += 1;
                    continue;
                }
                _ => {}
            }
            parts.last_mut().expect("a part").push(chars[j]);
            j += 1;
        }
        let line = chars[..at].iter().filter(|c| **c == '\n').count() + 1;
        let Some(id_start) = starts.get(1) else {
            continue;
        };
        let id_end = starts.get(2).map_or(j, |s| s - 1);
        let id: String = original[*id_start..id_end]
            .iter()
            .collect::<String>()
            .trim()
            .trim_matches('"')
            .to_owned();
        let args = parts
            .iter()
            .skip(2)
            .filter_map(|p| {
                let (name, value) = p.split_once('=')?;
                Some((name.trim().to_owned(), value.trim().to_owned()))
            })
            .collect();
        out.push(Call { line, id, args });
    }
    out
}

fn find(haystack: &[char], from: usize, needle: &[char]) -> Option<usize> {
    (from..haystack.len().saturating_sub(needle.len() - 1))
        .find(|&i| haystack[i..].starts_with(needle))
}

/// The names of the functions and methods in `src/` that return text.
fn text_functions(files: &[(PathBuf, String)]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (_, code) in files {
        for (at, _) in code.match_indices("fn ") {
            let name: String = code[at + 3..]
                .chars()
                .take_while(|c| is_ident(*c))
                .collect();
            let signature = code[at..].split(['{', ';']).next().unwrap_or("");
            let returns = signature
                .rsplit_once("->")
                .map(|(_, r)| r.split("where").next().unwrap_or("").trim());
            if returns.is_some_and(is_text_type) {
                names.insert(name);
            }
        }
    }
    names
}

fn is_text_type(ty: &str) -> bool {
    let ty = ty.trim().trim_start_matches('&').trim();
    let ty = ty.strip_prefix("'static").unwrap_or(ty).trim();
    matches!(ty, "String" | "str" | "Cow<'_, str>" | "Cow<'static, str>")
}

/// Whether `value`, an argument at byte `at` of `code`, is visibly text: a
/// literal, `format!`, `.to_string()`, a call of a function that returns a
/// `String`, or a variable bound to one of those (or typed as text) above it.
/// (`.to_owned()` is not: of a `&usize` it is a number.) Methods are known by
/// their name alone, so only `fmt_…` ones count: `.count()` of an iterator is a
/// number although some `fn count` returns text.
fn is_text(value: &str, code: &str, at: usize, functions: &BTreeSet<String>) -> bool {
    let value = value.trim().trim_start_matches('&').trim();
    let value = value.strip_suffix(".clone()").unwrap_or(value).trim();
    if value.starts_with('"')
        || value.starts_with("format!")
        || value.contains("tr!(")
        || value.ends_with(".to_string()")
    {
        return true;
    }
    // The last call of a chain, `a::b(x)` or `x.name()`: what it returns is the value.
    if let Some(open) = value.strip_suffix(')').and_then(outer_open) {
        let callee = &value[..open];
        let name: String = callee
            .chars()
            .rev()
            .take_while(|c| is_ident(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let method = callee[..callee.len() - name.len()].ends_with('.');
        return name.starts_with("fmt_") || (!method && functions.contains(&name));
    }
    if value.chars().all(is_ident) && !value.is_empty() {
        return bound_as_text(value, &code[..at], functions);
    }
    false
}

/// Where the parenthesis that closes at the end of `v` (already cut off) opens.
fn outer_open(v: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in v.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether the nearest binding of `name` before the call (`let name = …;`,
/// `let name: String`, a parameter `name: &str`) makes it text.
fn bound_as_text(name: &str, before: &str, functions: &BTreeSet<String>) -> bool {
    let patterns = [format!("let {name}"), format!("let mut {name}")];
    let binding = patterns
        .iter()
        .filter_map(|p| {
            before
                .match_indices(p.as_str())
                .filter(|(i, _)| !before[i + p.len()..].chars().next().is_some_and(is_ident))
                .map(|(i, _)| i + p.len())
                .last()
        })
        .max();
    let parameter = before
        .match_indices(&format!("{name}:"))
        .filter(|(i, _)| {
            !before[..*i].ends_with(|c: char| is_ident(c) || c == ':')
                && !before[i + name.len() + 1..].starts_with(':')
        })
        .map(|(i, _)| i + name.len() + 1)
        .last();
    match (binding, parameter) {
        (Some(b), p) if p.is_none_or(|p| b > p) => {
            let statement = before[b..].split(';').next().unwrap_or("").trim();
            if let Some(ty) = statement.strip_prefix(':') {
                let ty = ty.split('=').next().unwrap_or("");
                return is_text_type(ty);
            }
            statement
                .strip_prefix('=')
                .is_some_and(|init| is_text(init, before, b, functions))
        }
        (_, Some(p)) => {
            let ty = before[p..].split([',', ')', '=']).next().unwrap_or("");
            is_text_type(ty)
        }
        _ => false,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("source file");
            let code = code_only(&text);
            let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            (shown, text, code)
        })
        .collect()
}

/// Every argument given as text to a variable that its message selects a plural on.
fn text_counts(files: &[(PathBuf, String, String)]) -> Vec<String> {
    let selectors: Vec<_> = ["sv", "en"].map(plural_selectors).into();
    let functions = text_functions(
        &files
            .iter()
            .map(|(p, _, c)| (p.clone(), c.clone()))
            .collect::<Vec<_>>(),
    );
    let mut faults = Vec::new();
    for (path, text, code) in files {
        for call in calls(text, code) {
            let selected: BTreeSet<&String> = selectors
                .iter()
                .filter_map(|s| s.get(&call.id))
                .flatten()
                .collect();
            let at = code
                .lines()
                .take(call.line)
                .map(|l| l.len() + 1)
                .sum::<usize>();
            for (name, value) in &call.args {
                if selected.contains(name) && is_text(value, code, at.min(code.len()), &functions) {
                    faults.push(format!(
                        "{}:{}: {} selects a plural on ${name}, given as text: {name} = {}",
                        path.display(),
                        call.line,
                        call.id,
                        value.split_whitespace().collect::<Vec<_>>().join(" ")
                    ));
                }
            }
        }
    }
    faults
}

#[test]
fn every_count_a_message_selects_a_plural_on_is_passed_as_a_number() {
    let faults = text_counts(&sources());
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The reader itself: a call spread over lines, comments and strings with
/// brackets and commas, and each way a count can reach `tr!` as text.
#[test]
fn the_reader_sees_text_counts_in_every_shape_and_numbers_pass() {
    let source = r#"
fn fmt_count(n: usize) -> String { n.to_string() }
fn count(v: &[u8]) -> String { v.len().to_string() }
fn shown(n: usize, label: &str, v: &[u8], after: &usize) -> String {
    // tr!(lang, "tui-answers", count = n.to_string()) in a comment is no call
    let text = format!("{n} (,");
    let number = n;
    let a = crate::tr!(
        lang,
        "tui-answers",
        count = n
            .to_string()
    );
    let b = crate::tr!(lang, "tui-answers", count = format!("{}", ')'));
    let c = crate::tr!(lang, "tui-answers", count = text);
    let d = crate::tr!(lang, "tui-answers", count = fmt_count(n));
    let e = format!("{}", crate::tr!(lang, "tui-answers", count = label));
    let f = crate::tr!(lang, "tui-answers", count = count(v));
    let g = crate::tr!(lang, "tui-answers", count = number);
    let h = crate::tr!(lang, "tui-answers", count = n as i64);
    let i = crate::tr!(lang, "tui-answers", count = v.iter().count());
    let j = crate::tr!(lang, "tui-answers", count = after.to_owned());
    let k = include_str!("x");
    format!("{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}")
}
"#;
    let files = vec![(
        PathBuf::from("example.rs"),
        source.to_owned(),
        code_only(source),
    )];
    let lines: Vec<usize> = text_counts(&files)
        .iter()
        .map(|f| {
            f.split(':')
                .nth(1)
                .and_then(|l| l.parse().ok())
                .unwrap_or(0)
        })
        .collect();
    assert_eq!(lines, [8, 14, 15, 16, 17, 18]);
}
