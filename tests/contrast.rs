//! Every built-in theme is readable: the WCAG contrast ratio of each pair of text
//! colour and background it can draw is at least 4.5:1. The pairs: every text
//! slot on the theme's background, every text slot on the selection bar (a
//! selected row keeps its spans' colours), and the focus, selection and current
//! step on their own backgrounds. Named colours are taken as xterm draws them.

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
