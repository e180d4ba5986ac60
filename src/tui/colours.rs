//! How many colours the terminal shows, and the theme's colours brought down to
//! them. Themes are written in 24-bit colour; a terminal that does not take it
//! (macOS's Terminal.app, the Linux console, many SSH sessions) would draw the
//! escape codes as the wrong colours or not at all, so each colour is replaced by
//! the nearest one the terminal has.

use ratatui::style::{Color, Style};

/// Red, green and blue.
pub type Rgb = (u8, u8, u8);

/// The colours a terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Any red, green and blue (24-bit).
    TrueColour,
    /// xterm's 256 indexed colours.
    Indexed256,
    /// The 16 named colours, as the terminal's own palette draws them.
    Named16,
}

impl Depth {
    /// The depth the terminal says it has, from its environment (`var` reads a
    /// variable): 24-bit only where `COLORTERM` says `truecolor` or `24bit`, or in
    /// Windows Terminal (`WT_SESSION`), which has it and does not say so; 256
    /// where `TERM` names them; otherwise 16.
    pub fn detect(var: impl Fn(&str) -> Option<String>) -> Depth {
        let colorterm = var("COLORTERM").unwrap_or_default().to_ascii_lowercase();
        if colorterm == "truecolor" || colorterm == "24bit" || var("WT_SESSION").is_some() {
            return Depth::TrueColour;
        }
        let term = var("TERM").unwrap_or_default();
        if term.contains("256color") || term.contains("direct") {
            Depth::Indexed256
        } else {
            Depth::Named16
        }
    }

    /// [`Depth::detect`] on this process's environment.
    pub fn from_env() -> Depth {
        Depth::detect(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// `colour` as this depth shows it: itself when the terminal has it, else
    /// the nearest colour it has. Named and indexed colours are left as they are.
    pub fn reduce(self, colour: Color) -> Color {
        let Color::Rgb(r, g, b) = colour else {
            return colour;
        };
        match self {
            Depth::TrueColour => colour,
            Depth::Indexed256 => Color::Indexed(nearest(&PALETTE_256[16..], (r, g, b)) + 16),
            Depth::Named16 => NAMED[usize::from(nearest(&PALETTE_256[..16], (r, g, b)))],
        }
    }

    /// `style` with its colours reduced. Its text colour, drawn on each of
    /// `grounds` (24-bit), is brought to the nearest colour that keeps the
    /// contrast it had on them, up to WCAG's 4.5:1: the nearest colour alone can
    /// lose it, as dark blue-grey grounds turn into lighter greys.
    pub fn reduce_style(self, style: Style, grounds: &[Color]) -> Style {
        Style {
            fg: style.fg.map(|c| self.reduce_text(c, grounds)),
            bg: style.bg.map(|c| self.reduce(c)),
            underline_color: style.underline_color.map(|c| self.reduce(c)),
            ..style
        }
    }

    fn reduce_text(self, text: Color, grounds: &[Color]) -> Color {
        let (Depth::Indexed256, Some(fg)) = (self, rgb(text)) else {
            return self.reduce(text);
        };
        // Each ground as the terminal draws it, with the contrast the text must
        // keep on it: what it had on the ground as written, at most 4.5:1.
        let text_light = luminance(fg);
        let grounds: Vec<(f64, f64)> = grounds
            .iter()
            .filter_map(|g| {
                let was = luminance(rgb(*g)?);
                let now = luminance(rgb(self.reduce(*g))?);
                Some((now, ratio(text_light, was).min(4.5)))
            })
            .collect();
        let keeps = |i: usize| {
            grounds
                .iter()
                .all(|(ground, needed)| ratio(PALETTE_LUMINANCE[i], *ground) >= *needed)
        };
        // The nearest of the colours that keep it; the first of equals, as `nearest`.
        let mut best: Option<(i32, u8)> = None;
        for index in 16u8..=255 {
            let i = usize::from(index);
            if keeps(i) {
                let d = distance(PALETTE_256[i], fg);
                if best.is_none_or(|(least, _)| d < least) {
                    best = Some((d, index));
                }
            }
        }
        match best {
            Some((_, index)) => Color::Indexed(index),
            None => self.reduce(text),
        }
    }
}

/// A colour's red, green and blue, for the colours whose values are known.
fn rgb(colour: Color) -> Option<Rgb> {
    match colour {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(i) => Some(PALETTE_256[usize::from(i)]),
        _ => None,
    }
}

/// WCAG 2's contrast ratio of two colours, 1 to 21 (its relative luminance,
/// sRGB channels linearised).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    ratio(luminance(a), luminance(b))
}

// The linearised channels, computed when klarhet is built (see build.rs).
include!(concat!(env!("OUT_DIR"), "/srgb_linear.rs"));

/// WCAG 2's relative luminance of a colour, 0 (black) to 1 (white).
const fn luminance((r, g, b): Rgb) -> f64 {
    0.2126 * SRGB_LINEAR[r as usize]
        + 0.7152 * SRGB_LINEAR[g as usize]
        + 0.0722 * SRGB_LINEAR[b as usize]
}

/// The contrast ratio of two relative luminances.
fn ratio(a: f64, b: f64) -> f64 {
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The luminance of each colour of the 256, worked out at compile time.
const PALETTE_LUMINANCE: [f64; 256] = {
    let mut table = [0.0; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = luminance(PALETTE_256[i]);
        i += 1;
    }
    table
};

/// The index in `palette` of the colour nearest `to` (the first of equals).
fn nearest(palette: &[Rgb], to: Rgb) -> u8 {
    let best = (0..palette.len())
        .min_by_key(|i| distance(palette[*i], to))
        .unwrap_or(0);
    u8::try_from(best).unwrap_or(0)
}

/// How far apart two colours look, by a distance weighted as the eye weighs
/// red, green and blue ("redmean"), which keeps greys grey and does not pull a
/// dark blue to black.
fn distance(c: Rgb, to: Rgb) -> i32 {
    let mean_red = (i32::from(c.0) + i32::from(to.0)) / 2;
    let (dr, dg, db) = (
        i32::from(c.0) - i32::from(to.0),
        i32::from(c.1) - i32::from(to.1),
        i32::from(c.2) - i32::from(to.2),
    );
    (((512 + mean_red) * dr * dr) >> 8) + 4 * dg * dg + (((767 - mean_red) * db * db) >> 8)
}

/// The named colours in the order of their indexes 0–15.
const NAMED: [Color; 16] = [
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

/// xterm's default palette: 16 named colours, the 6×6×6 cube, 24 greys.
pub const PALETTE_256: [Rgb; 256] = palette();

const fn palette() -> [Rgb; 256] {
    let mut p: [Rgb; 256] = [(0, 0, 0); 256];
    let named: [Rgb; 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let mut i = 0;
    while i < 16 {
        p[i] = named[i];
        i += 1;
    }
    let level = [0u8, 95, 135, 175, 215, 255];
    let mut c = 0;
    while c < 216 {
        p[16 + c] = (level[c / 36], level[(c / 6) % 6], level[c % 6]);
        c += 1;
    }
    let mut g = 0;
    while g < 24 {
        let v = (8 + g * 10) as u8;
        p[232 + g] = (v, v, v);
        g += 1;
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_terminal_is_believed_only_when_it_says_so() {
        let truecolour = [("COLORTERM", "truecolor"), ("TERM", "xterm-256color")];
        assert_eq!(Depth::detect(env(&truecolour)), Depth::TrueColour);
        assert_eq!(
            Depth::detect(env(&[("COLORTERM", "24bit")])),
            Depth::TrueColour
        );
        assert_eq!(
            Depth::detect(env(&[("WT_SESSION", "1")])),
            Depth::TrueColour
        );
        // macOS's Terminal.app: 256 colours, no COLORTERM.
        let apple = [
            ("TERM", "xterm-256color"),
            ("TERM_PROGRAM", "Apple_Terminal"),
        ];
        assert_eq!(Depth::detect(env(&apple)), Depth::Indexed256);
        assert_eq!(Depth::detect(env(&[("TERM", "linux")])), Depth::Named16);
        assert_eq!(Depth::detect(env(&[])), Depth::Named16);
    }

    #[test]
    fn colours_go_to_the_nearest_the_terminal_has() {
        let d = Depth::Indexed256;
        assert_eq!(d.reduce(Color::Rgb(255, 0, 0)), Color::Indexed(196));
        assert_eq!(d.reduce(Color::Rgb(0, 0, 0)), Color::Indexed(16));
        // A grey goes to the grey ramp, not to a tinted cube colour.
        assert_eq!(d.reduce(Color::Rgb(0x30, 0x30, 0x30)), Color::Indexed(236));
        assert_eq!(
            Depth::Named16.reduce(Color::Rgb(250, 250, 250)),
            Color::White
        );
        assert_eq!(Depth::Named16.reduce(Color::Rgb(10, 10, 10)), Color::Black);
        assert_eq!(Depth::Named16.reduce(Color::Rgb(200, 30, 20)), Color::Red);
        // What is not 24-bit is left alone, and 24-bit stays where it is shown.
        assert_eq!(d.reduce(Color::Yellow), Color::Yellow);
        assert_eq!(
            Depth::TrueColour.reduce(Color::Rgb(1, 2, 3)),
            Color::Rgb(1, 2, 3)
        );
    }

    /// WCAG 2's linear light of a channel, as the standard writes it.
    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    #[test]
    fn the_built_table_is_wcags_formula() {
        for c in 0..=255u8 {
            assert_eq!(SRGB_LINEAR[usize::from(c)], linear(c), "channel {c}");
        }
        assert_eq!(contrast((0, 0, 0), (255, 255, 255)), 21.0);
        assert_eq!(contrast((119, 119, 119), (119, 119, 119)), 1.0);
    }

    /// A text colour brought to 256 colours as it was before the tables: every
    /// candidate weighed with WCAG's formula, the first nearest of those kept.
    fn reduced_by_the_formula(fg: Rgb, grounds: &[Rgb]) -> Color {
        let full = |(r, g, b): Rgb| 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        let contrast = |a: Rgb, b: Rgb| {
            let (la, lb) = (full(a), full(b));
            (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
        };
        let reduce = |c: Rgb| PALETTE_256[usize::from(nearest(&PALETTE_256[16..], c)) + 16];
        let grounds: Vec<(Rgb, Rgb)> = grounds.iter().map(|g| (*g, reduce(*g))).collect();
        let allowed: Vec<(u8, Rgb)> = (16u8..=255)
            .map(|i| (i, PALETTE_256[usize::from(i)]))
            .filter(|(_, c)| {
                grounds
                    .iter()
                    .all(|(was, now)| contrast(*c, *now) >= contrast(fg, *was).min(4.5))
            })
            .collect();
        let colours: Vec<Rgb> = allowed.iter().map(|(_, c)| *c).collect();
        match allowed.get(usize::from(nearest(&colours, fg))) {
            Some((index, _)) => Color::Indexed(*index),
            None => Depth::Indexed256.reduce(Color::Rgb(fg.0, fg.1, fg.2)),
        }
    }

    #[test]
    fn text_keeps_its_contrast_exactly_as_the_formula_chose() {
        let steps = [0u8, 40, 90, 128, 170, 215, 255];
        let grounds: [&[Rgb]; 4] = [
            &[(0x2e, 0x34, 0x40)],
            &[(0xfa, 0xfa, 0xf5), (0x3b, 0x42, 0x52)],
            &[(0, 0, 0)],
            &[],
        ];
        for r in steps {
            for g in steps {
                for b in steps {
                    for ground in grounds {
                        let as_colours: Vec<Color> = ground
                            .iter()
                            .map(|(r, g, b)| Color::Rgb(*r, *g, *b))
                            .collect();
                        assert_eq!(
                            Depth::Indexed256.reduce_text(Color::Rgb(r, g, b), &as_colours),
                            reduced_by_the_formula((r, g, b), ground),
                            "text {r},{g},{b} on {ground:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_palette_is_xterms() {
        assert_eq!(PALETTE_256[16], (0, 0, 0));
        assert_eq!(PALETTE_256[196], (255, 0, 0));
        assert_eq!(PALETTE_256[231], (255, 255, 255));
        assert_eq!(PALETTE_256[232], (8, 8, 8));
        assert_eq!(PALETTE_256[255], (238, 238, 238));
    }
}
