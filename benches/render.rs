//! One full frame of the reveal screen and of the circle screen at 120×40.
//! Budget: under 1 ms each.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::tui::{App, Options};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

/// The demo session, opened and moved to a screen by `keys` (single characters,
/// `\r` for Enter, `\t` for Down).
fn app_at(keys: &str) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = Options::repeatable(dir.path()).expect("options");
    let mut app = App::new(options).expect("app");
    for c in keys.chars() {
        let code = match c {
            '\r' => KeyCode::Enter,
            '\t' => KeyCode::Down,
            c => KeyCode::Char(c),
        };
        app.key(KeyEvent::new(code, KeyModifiers::NONE));
    }
    (app, dir)
}

fn bench_frame(bencher: divan::Bencher, keys: &str) {
    let (app, _dir) = app_at(keys);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|f| klarhet::tui::frame::draw(f, divan::black_box(&app.state)))
            .map(|_| ())
            .expect("draw")
    });
}

#[divan::bench]
fn reveal_frame_120x40(bencher: divan::Bencher) {
    bench_frame(bencher, "\t\rnnr");
}

#[divan::bench]
fn circle_frame_120x40(bencher: divan::Bencher) {
    bench_frame(bencher, "\t\rnnn");
}

/// From nothing to the first frame: load the embedded model, list saved sessions,
/// build the state and draw the start screen at 80×24 (the process start itself
/// is not included).
#[divan::bench]
fn start_to_first_frame(bencher: divan::Bencher) {
    bencher.bench_local(|| {
        let (app, _dir) = app_at("");
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        terminal
            .draw(|f| klarhet::tui::frame::draw(f, &app.state))
            .map(|_| ())
            .expect("draw");
    });
}

/// One keystroke: the bindings built from the state, the lookup, `update` and the
/// frame after it (←/→ on the model screen, which saves nothing).
#[divan::bench]
fn keystroke_and_frame_80x24(bencher: divan::Bencher) {
    let (mut app, _dir) = app_at("\t\rn");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut right = true;
    bencher.bench_local(|| {
        let code = if right { KeyCode::Right } else { KeyCode::Left };
        right = !right;
        app.key(KeyEvent::new(code, KeyModifiers::NONE));
        terminal
            .draw(|f| klarhet::tui::frame::draw(f, &app.state))
            .map(|_| ())
            .expect("draw");
    });
}

/// The embedded catalogue of strings as the first frame needs it: found, and
/// the one language it shows parsed (the others wait until asked for).
#[divan::bench]
fn load_the_catalogue() -> klarhet::i18n::Catalogue {
    let catalogue = klarhet::i18n::Catalogue::embedded();
    divan::black_box(catalogue.get(klarhet::text::Lang::SV, "lang-name"));
    catalogue
}

/// Every language of the embedded catalogue parsed, as every start did before
/// issue 26.
#[divan::bench]
fn load_every_language_of_the_catalogue() -> klarhet::i18n::Catalogue {
    let catalogue = klarhet::i18n::Catalogue::embedded();
    for (lang, _) in catalogue.languages() {
        divan::black_box(catalogue.get(lang, "lang-name"));
    }
    catalogue
}

/// A shipped theme brought to the 256 colours of a terminal without 24-bit
/// colour (`TERM=xterm-256color`, no `COLORTERM`), as each start there does:
/// every text colour weighed against the palette for contrast (issue 26).
#[divan::bench(args = ["morkt", "ljust", "projektor", "mono"])]
fn theme_for_256_colours(bencher: divan::Bencher, name: &str) {
    use klarhet::tui::{colours::Depth, theme::Theme};
    let theme = Theme::named(name, None).expect("a shipped theme");
    bencher.bench_local(|| theme.clone().reduced(Depth::Indexed256));
}
