//! Random key sequences through the bindings and `update` on the demo session, then a
//! frame at a size taken from the input: nothing may panic.
#![no_main]
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::tui::state::{State, Step, Work};

/// The demo session on the participants step, built once and cloned per input.
fn base() -> Option<&'static State> {
    static BASE: std::sync::OnceLock<Option<State>> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let catalog = klarhet::model::assessment::Catalog::embedded().ok()?;
        let model = klarhet::model::Assessment::halmstad().ok()?;
        let today = jiff::civil::date(2026, 11, 22);
        let state = State::new(klarhet::text::Lang::SV, false, klarhet::tui::theme::Theme::dark(), catalog, today, "/tmp".into());
        let session = klarhet::demo::session(&model, today, klarhet::text::Lang::SV);
        let state = state.at(Work::new(session, model, None), Step::Participants);
        Some(state)
    })
    .as_ref()
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some(base) = base() else {
        return;
    };
    let mut state = base.clone();
    let (w, h) = (data.first().map_or(80, |b| u16::from(*b) + 1), data.get(1).map_or(24, |b| u16::from(*b) / 2 + 1));
    for byte in data.iter().skip(2) {
        let code = match byte {
            0 => KeyCode::Enter,
            1 => KeyCode::Esc,
            2 => KeyCode::Tab,
            3 => KeyCode::BackTab,
            4 => KeyCode::Up,
            5 => KeyCode::Down,
            6 => KeyCode::Left,
            7 => KeyCode::Right,
            8 => KeyCode::Backspace,
            9 => KeyCode::Delete,
            b => KeyCode::Char(char::from(*b)),
        };
        if let Some(msg) = klarhet::tui::bindings::lookup(&klarhet::tui::router::bindings(&state), &KeyEvent::new(code, KeyModifiers::NONE)) {
            let _ = klarhet::tui::router::update(&mut state, msg);
        }
    }
    // The test backend cannot fail: its error type has no values.
    let Ok(mut terminal) = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h));
    let _ = terminal.draw(|f| klarhet::tui::frame::draw(f, &state));
});
