//! Every built-in theme is readable, as drawn. First the theme's own pairs: the
//! WCAG contrast ratio of each text colour on each background it can be drawn on
//! is at least 4.5:1 (every text slot on the theme's background and on the
//! selection bar, and the focus, selection and current step on their own
//! backgrounds). Then every screen as the real draw path paints it, at every
//! colour depth: no cell is left in the terminal's own colours, and every pair of
//! colours a cell actually shows meets the same ratio. Named colours are taken
//! as xterm draws them.

use crate::common;

use klarhet::tui::theme::Theme;
use ratatui::style::{Color, Style};

/// The colour as red, green, blue; named colours as xterm's default palette.
fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    Some(match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Black => (0, 0, 0),
        Color::Red => (205, 0, 0),
        Color::Green => (0, 205, 0),
        Color::Yellow => (205, 205, 0),
        Color::Blue => (0, 0, 238),
        Color::Magenta => (205, 0, 205),
        Color::Cyan => (0, 205, 205),
        Color::Gray => (229, 229, 229),
        Color::DarkGray => (127, 127, 127),
        Color::LightRed => (255, 0, 0),
        Color::LightGreen => (0, 255, 0),
        Color::LightYellow => (255, 255, 0),
        Color::LightBlue => (92, 92, 255),
        Color::LightMagenta => (255, 0, 255),
        Color::LightCyan => (0, 255, 255),
        Color::White => (255, 255, 255),
        Color::Indexed(i) => klarhet::tui::colours::PALETTE_256[usize::from(i)],
        _ => return None,
    })
}

/// WCAG 2's contrast ratio, as klarhet computes it when it brings a theme down
/// to 256 colours; checked against WCAG's own figures below.
fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    klarhet::tui::colours::contrast(a, b)
}

/// Every (what, foreground, background) a theme can draw text in.
fn pairs(theme: &Theme) -> Vec<(String, Color, Color)> {
    let Some(background) = theme.background else {
        return Vec::new();
    };
    let bg_of = |s: Style| s.bg.unwrap_or(background);
    let mut out = Vec::new();
    let bars = [
        ("selected", theme.selected),
        ("focus", theme.focus),
        ("step_current", theme.step_current),
    ];
    for (name, style) in theme.text_slots() {
        if let Some(fg) = style.fg {
            out.push((format!("{name} on the background"), fg, bg_of(style)));
            if let Some(bar) = theme.selected.bg {
                out.push((format!("{name} on the selection bar"), fg, bar));
            }
        }
    }
    for (name, style) in bars {
        if let Some(fg) = style.fg {
            out.push((format!("{name} on itself"), fg, bg_of(style)));
        }
    }
    out
}

#[test]
fn every_theme_with_colours_paints_its_own_background() {
    for name in Theme::built_in_names() {
        let theme = Theme::named(name, None).expect("built-in theme");
        assert_eq!(
            theme.background.is_some(),
            !theme.is_monochrome(),
            "{name}: a coloured theme must not depend on the terminal's background"
        );
    }
}

/// The built-in themes as a terminal of each depth with a known palette draws
/// them: 24-bit, and brought down to xterm's 256 colours (macOS's Terminal.app).
/// Sixteen colours are the terminal's own palette, which no test can know.
fn drawn_themes() -> Vec<(String, Theme)> {
    use klarhet::tui::colours::Depth;
    let mut out = Vec::new();
    for name in Theme::built_in_names() {
        let theme = Theme::named(name, None).expect("built-in theme");
        out.push((
            format!("{name} (256)"),
            theme.clone().reduced(Depth::Indexed256),
        ));
        out.push((name.to_owned(), theme));
    }
    out
}

#[test]
fn every_text_colour_has_a_contrast_of_at_least_4_5_to_1() {
    let mut failures = Vec::new();
    for (name, theme) in drawn_themes() {
        for (what, fg, bg) in pairs(&theme) {
            let (Some(f), Some(b)) = (rgb(fg), rgb(bg)) else {
                failures.push(format!(
                    "{name}: {what}: {fg:?} on {bg:?} has no known colour"
                ));
                continue;
            };
            let r = ratio(f, b);
            if r < 4.5 {
                failures.push(format!("{name}: {what}: {fg:?} on {bg:?} is {r:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_ratio_is_computed_as_wcag_says() {
    assert!((ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((ratio((119, 119, 119), (255, 255, 255)) - 4.48).abs() < 0.01);
    // Pure red on white, 3.998:1 in WCAG's own worked figures.
    assert!((ratio((255, 0, 0), (255, 255, 255)) - 4.0).abs() < 0.01);
    assert!((ratio((255, 255, 255), (255, 0, 0)) - 4.0).abs() < 0.01);
}

/// A screen reached as a user reaches it: through the keys of the workbench, or
/// (the room, which needs a listening socket in the app) through `update`.
enum Reached {
    App(Box<klarhet::tui::App>),
    State(Box<klarhet::tui::state::State>),
}

impl Reached {
    fn state_mut(&mut self) -> &mut klarhet::tui::state::State {
        match self {
            Reached::App(app) => &mut app.state,
            Reached::State(state) => state,
        }
    }

    fn drawn(&self, w: u16, h: u16) -> ratatui::buffer::Buffer {
        match self {
            Reached::App(app) => common::tui::render(app, w, h),
            Reached::State(state) => common::tui::render_state(state, w, h),
        }
    }
}

/// The scoring step with the room open, for one challenge or all of them.
fn room_open(all: bool) -> klarhet::tui::state::State {
    use klarhet::tui::msg::{Msg, RoomAddress};
    let mut s = common::tui::state_at(klarhet::tui::state::Step::Scoring);
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    };
    // For all: the list of challenges opens with every one ticked.
    let open: &[Msg] = if all {
        &[Msg::OpenRoom { choose: true }, Msg::Confirm]
    } else {
        &[Msg::OpenRoom { choose: false }]
    };
    common::tui::send(&mut s, open);
    common::tui::send(&mut s, &[Msg::RoomOpened(Ok(address))]);
    assert!(s.shared.room.is_some(), "the room did not open");
    s
}

/// Every screen of the workbench (tests/it/common/tui.rs), and the room panel open.
fn every_screen() -> Vec<(String, Reached)> {
    let mut out: Vec<(String, Reached)> = common::tui::SCREENS
        .iter()
        .map(|(name, script)| {
            let app = common::tui::app_at(script, Theme::dark());
            ((*name).to_owned(), Reached::App(Box::new(app)))
        })
        .collect();
    for (name, all) in [("room", false), ("room_all", true)] {
        out.push((name.to_owned(), Reached::State(Box::new(room_open(all)))));
    }
    out
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The depths klarhet draws at (src/tui/colours.rs).
fn depths() -> [(&'static str, klarhet::tui::colours::Depth); 3] {
    use klarhet::tui::colours::Depth;
    [
        ("24-bit", Depth::TrueColour),
        ("256", Depth::Indexed256),
        ("16", Depth::Named16),
    ]
}

/// Calls `check` with every screen drawn in every built-in theme at every depth
/// and size, named for the failure messages.
fn every_drawing(mut check: impl FnMut(&str, &Theme, &ratatui::buffer::Buffer)) {
    for (screen, mut reached) in every_screen() {
        for name in Theme::built_in_names() {
            for (depth_name, depth) in depths() {
                let theme = Theme::named(name, None)
                    .expect("built-in theme")
                    .reduced(depth);
                reached.state_mut().shared.theme = theme.clone();
                for (w, h) in SIZES {
                    let what = format!("{screen} in {name} ({depth_name}) at {w}×{h}");
                    check(&what, &theme, &reached.drawn(w, h));
                }
            }
        }
    }
}

/// A character a reader sees: not blank, and not the second half of a wide one.
fn visible(cell: &ratatui::buffer::Cell) -> bool {
    !cell.symbol().trim().is_empty()
}

/// The colours a cell shows: its own, swapped where it is drawn reversed.
fn shown(cell: &ratatui::buffer::Cell) -> (Color, Color) {
    if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
        (cell.bg, cell.fg)
    } else {
        (cell.fg, cell.bg)
    }
}

#[test]
fn no_cell_is_left_in_the_terminals_own_colours() {
    let mut failures = Vec::new();
    every_drawing(|what, theme, buffer| {
        let area = buffer.area;
        let mut bare = Vec::new();
        let mut unpainted = 0;
        for y in 0..area.height {
            for x in 0..area.width {
                let cell = &buffer[(x, y)];
                if theme.background.is_some() && cell.bg == Color::Reset {
                    unpainted += 1;
                }
                // A character in the terminal's own text colour on a ground the
                // theme painted: black on dark grey in a light xterm.
                let painted = cell.bg != Color::Reset || theme.background.is_some();
                if visible(cell) && cell.fg == Color::Reset && painted {
                    bare.push(format!("{}@{x},{y}", cell.symbol()));
                }
            }
        }
        if !bare.is_empty() || unpainted > 0 {
            failures.push(format!(
                "{what}: {} characters in the default foreground ({}), {unpainted} cells unpainted",
                bare.len(),
                bare.iter().take(6).cloned().collect::<Vec<_>>().join(" ")
            ));
        }
    });
    assert!(
        failures.is_empty(),
        "{} drawings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Borders, lines and blocks are graphics: WCAG asks 3:1 of what must be seen to
/// be understood (1.4.11), as the ring's arrows and the severity bars must. The
/// boxes' frames are not: a panel's text says what it is, and its frame only
/// groups it.
fn needed_ratio(symbol: &str) -> Option<f64> {
    let c = symbol.chars().next()?;
    match c {
        '\u{2500}'..='\u{257F}' => None,
        '\u{2580}'..='\u{259F}' | '\u{2800}'..='\u{28FF}' => Some(3.0),
        _ => Some(4.5),
    }
}

#[test]
fn every_pair_of_colours_drawn_on_every_screen_has_enough_contrast() {
    let mut failures = std::collections::BTreeMap::new();
    every_drawing(|what, theme, buffer| {
        // The terminal's own palette decides what 16 colours look like, and
        // monochrome draws none.
        if theme.background.is_none() || what.contains("(16)") {
            return;
        }
        let area = buffer.area;
        for y in 0..area.height {
            for x in 0..area.width {
                let cell = &buffer[(x, y)];
                let Some(needed) = needed_ratio(cell.symbol()).filter(|_| visible(cell)) else {
                    continue;
                };
                let (fg, bg) = shown(cell);
                let r = match (rgb(fg), rgb(bg)) {
                    (Some(f), Some(b)) => ratio(f, b),
                    _ => 0.0,
                };
                if r < needed {
                    let screen = what.split(" at ").next().unwrap_or(what).to_owned();
                    failures
                        .entry(format!(
                            "{screen}: {fg:?} on {bg:?} is {r:.2}:1, {needed}:1 needed"
                        ))
                        .or_insert_with(|| format!("\"{}\" at {x},{y}", cell.symbol()));
                }
            }
        }
    });
    let list: Vec<String> = failures
        .iter()
        .map(|(pair, first)| format!("{pair} (first {first})"))
        .collect();
    assert!(
        list.is_empty(),
        "{} pairs:\n{}",
        list.len(),
        list.join("\n")
    );
}
