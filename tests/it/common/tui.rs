//! A harness that drives the real event handler with keys, in process.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::model::assessment::Catalog;
use klarhet::text::Lang;
use klarhet::tui::msg::{Effect, Msg};
use klarhet::tui::state::{State, Step, Work};
use klarhet::tui::theme::Theme;
use klarhet::tui::{App, Options};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

pub fn options(data: &Path, theme: Theme) -> Options {
    Options {
        theme,
        ..Options::repeatable(data).expect("options")
    }
}

pub fn app(data: &Path) -> App {
    App::new(options(data, Theme::dark())).expect("app")
}

pub fn press(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Types text and named keys: `{Enter}`, `{Esc}`, `{Tab}`, `{Up}`, `{Down}`,
/// `{Left}`, `{Right}`, `{Space}`, `{End}`, `{Bs}`; everything else is typed.
pub fn keys(app: &mut App, script: &str) {
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '{'
            && let Some(end) = rest.find('}')
        {
            let code = match &rest[1..end] {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" => KeyCode::Tab,
                "Up" => KeyCode::Up,
                "Down" => KeyCode::Down,
                "Left" => KeyCode::Left,
                "Right" => KeyCode::Right,
                "Space" => KeyCode::Char(' '),
                "End" => KeyCode::End,
                "Bs" => KeyCode::Backspace,
                other => panic!("unknown key {other}"),
            };
            press(app, code);
            rest = &rest[end + 1..];
            continue;
        }
        press(app, KeyCode::Char(c));
        rest = &rest[c.len_utf8()..];
    }
}

/// A fresh state on the start screen, in Swedish, dark, on 2026-11-22: for tests
/// that send messages to `update` and look at the state and the effects.
pub fn fresh() -> State {
    State::new(
        Lang::SV,
        false,
        Theme::dark(),
        Catalog::embedded().expect("catalog"),
        super::date(),
        "/srv/rapporter".into(),
    )
}

/// Three participants (politik, bolag, bolag) on the Halmstad model, on `step`.
pub fn state_at(step: Step) -> State {
    use super::groups_ids;
    let model = super::halmstad();
    let session = super::session_with(
        &model,
        &[groups_ids::POLITIK, groups_ids::BOLAG, groups_ids::BOLAG],
    );
    fresh().at(Work::new(session, model, None), step)
}

/// Sends `msgs` in turn; the effects of all of them.
pub fn send(state: &mut State, msgs: &[Msg]) -> Vec<Effect> {
    msgs.iter()
        .flat_map(|m| klarhet::tui::router::update(state, m.clone()))
        .collect()
}

/// Draws `state` at `w`×`h` into a test buffer, through the real draw path.
pub fn render_state(state: &State, w: u16, h: u16) -> ratatui::buffer::Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|f| klarhet::tui::frame::draw(f, state))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// Draws the app at `w`×`h` into a test buffer.
pub fn render(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    render_state(&app.state, w, h)
}

/// `state` drawn at `w`×`h` as text, one line per row.
pub fn drawn(state: &State, w: u16, h: u16) -> String {
    text(&render_state(state, w, h), w, h)
}

/// Renders the app at `w`×`h` and returns the screen as text, one line per row.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    text(&render(app, w, h), w, h)
}

fn text(buffer: &ratatui::buffer::Buffer, w: u16, h: u16) -> String {
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The styles of a rendering, one character per cell: `.` plain, `b` bold,
/// `r` reversed, `u` underlined (the first that applies), `c` coloured.
pub fn styles(app: &App, w: u16, h: u16) -> String {
    use ratatui::style::Modifier;
    let buffer = render(app, w, h);
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            let cell = &buffer[(x, y)];
            let m = cell.modifier;
            let ch = if cell.fg != ratatui::style::Color::Reset
                || cell.bg != ratatui::style::Color::Reset
            {
                'c'
            } else if m.contains(Modifier::REVERSED) {
                'r'
            } else if m.contains(Modifier::BOLD) {
                'b'
            } else if m.contains(Modifier::UNDERLINED) {
                'u'
            } else {
                '.'
            };
            line.push(ch);
        }
        out.push_str(line.trim_end_matches('.'));
        out.push('\n');
    }
    out
}

/// The screens, each reached by keys from the start screen with the demo saved
/// (and so preselected, as the most recently changed session).
pub const SCREENS: &[(&str, &str)] = &[
    ("start", ""),
    ("setup", "{Up}{Up}{Enter}Ånge kommun"),
    ("participants", "{Enter}"),
    ("participant_form", "{Enter}aÖrjan"),
    ("model", "{Enter}n{Right}"),
    ("scoring", "{Enter}nn"),
    // In the demo, Hassan came late and has not voted on otydlighet yet.
    ("voters", "{Enter}nnb{Tab}"),
    ("handover", "{Enter}nnb"),
    ("ballot", "{Enter}nnb{Enter}4"),
    (
        "hands",
        "{Up}{Up}{Enter}Ånge kommun{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}{Enter}c12{Enter}nnu{Down}{Down}7{Down}5",
    ),
    ("reveal", "{Enter}nn{Right}r"),
    ("agree", "{Enter}nnra{Enter}Vi är överens"),
    ("queue", "{Enter}nnn"),
    ("queue_open", "{Enter}nnn{Down}{Enter}"),
    ("queue_note", "{Enter}nnne"),
    ("circle", "{Enter}nnnn"),
    ("recommendations", "{Enter}nnnnn{Tab}{Down}"),
    ("plan", "{Enter}nnnnnn"),
    ("plan_form", "{Enter}nnnnnn{Enter}"),
    ("level", "{Enter}nnnnnnn"),
    ("summary", "{Enter}nnnnnnnn"),
    ("summary_html", "{Enter}nnnnnnnnf"),
    ("compare", "{Up}{Enter}nnnnnnnnc"),
    ("help", "{Enter}nn?"),
    ("question", "{Enter}nnbq"),
];

pub fn app_at(script: &str, theme: Theme) -> App {
    app_at_in(script, theme, None)
}

/// The app reached by `script`, in `lang` when given.
pub fn app_at_in(script: &str, theme: Theme, lang: Option<Lang>) -> App {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(dir.path(), theme);
    opts.lang = lang;
    opts.export_dir = "/srv/rapporter".into();
    // The demo is saved first, so the start screen lists a session.
    let mut a = App::new(opts.clone()).unwrap();
    keys(&mut a, "{Down}{Enter}");
    // Closed first, as a user would: while it is open, the next one would get
    // the demo read-only.
    drop(a);
    let mut a = App::new(opts).unwrap();
    keys(&mut a, script);
    a
}

/// The commands the current screen hands for `msg`, and the effects the router
/// returns for the same message (which also applies the commands to `s`).
pub fn commands_and_effects(
    s: &mut State,
    msg: Msg,
) -> (Vec<klarhet::model::command::Command>, Vec<Effect>) {
    let mut probe = s.clone();
    let reply = probe
        .screen
        .page_mut()
        .update(&mut probe.shared, msg.clone());
    (reply.commands, klarhet::tui::router::update(s, msg))
}
