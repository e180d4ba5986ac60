//! Colour themes as data: semantic slots (title, focus, severity…) in `themes/*.ron`,
//! never raw colours in view code. The built-in themes are embedded; users may add
//! their own in `<config dir>/themes/`.

use crate::error::{Error, Problem, Result};
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::path::Path;

const BUILT_IN: [(&str, &str); 4] = [
    ("morkt", include_str!("../../themes/morkt.ron")),
    ("ljust", include_str!("../../themes/ljust.ron")),
    ("projektor", include_str!("../../themes/projektor.ron")),
    ("mono", include_str!("../../themes/mono.ron")),
];

/// One slot: colours by name (`"yellow"`, `"#88c0d0"`) and modifiers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Slot {
    #[serde(default)]
    fg: Option<String>,
    #[serde(default)]
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    underline: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Theme")]
struct ThemeFile {
    name: String,
    text: Slot,
    muted: Slot,
    title: Slot,
    border: Slot,
    focus: Slot,
    selected: Slot,
    step_done: Slot,
    step_current: Slot,
    severity_low: Slot,
    severity_mid: Slot,
    severity_high: Slot,
    warning: Slot,
    ok: Slot,
    key: Slot,
    /// The colour painted behind everything, so that the theme reads the same on a
    /// light or a dark terminal; none leaves the terminal's own.
    #[serde(default)]
    background: Option<String>,
}

/// A theme, resolved to styles.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// The theme's name.
    pub name: String,
    /// Body text.
    pub text: Style,
    /// Secondary text.
    pub muted: Style,
    /// Headings.
    pub title: Style,
    /// Borders.
    pub border: Style,
    /// The focused field or button.
    pub focus: Style,
    /// The selected list item.
    pub selected: Style,
    /// Steps already passed in the step indicator.
    pub step_done: Style,
    /// The current step.
    pub step_current: Style,
    /// Severity below 40.
    pub severity_low: Style,
    /// Severity 40–69.
    pub severity_mid: Style,
    /// Severity 70 and above.
    pub severity_high: Style,
    /// Warnings and flags.
    pub warning: Style,
    /// Confirmations.
    pub ok: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// The colour painted behind everything, if the theme has one.
    pub background: Option<Color>,
}

impl Theme {
    /// The style for a severity (or link strength) 0–100.
    pub fn severity(&self, value: f64) -> Style {
        if value >= 70.0 {
            self.severity_high
        } else if value >= 40.0 {
            self.severity_mid
        } else {
            self.severity_low
        }
    }

    /// What every cell is painted with before anything is drawn on it: body text
    /// on the theme's background. A widget that sets no colour of its own keeps
    /// these, so no cell is left in the terminal's own colours, which a theme with
    /// a background cannot know (black text on a dark ground in a light xterm).
    pub fn base(&self) -> Style {
        Style {
            fg: self.text.fg,
            bg: self.background,
            ..Style::default()
        }
    }

    /// The names of the built-in themes.
    pub fn built_in_names() -> impl Iterator<Item = &'static str> {
        BUILT_IN.iter().map(|(n, _)| *n)
    }

    /// Parses a theme file.
    pub fn parse(src: &str, path: &Path) -> Result<Theme> {
        let file: ThemeFile = crate::model::parse_ron(src, path)?;
        let slot = |s: &Slot, name: &str| -> Result<Style> {
            let color = |c: &Option<String>| -> Result<Option<Color>> {
                c.as_ref()
                    .map(|c| {
                        c.parse::<Color>().map_err(|_| Error::Invalid {
                            path: path.to_owned(),
                            pos: crate::locate::Locator::new(src)
                                .value("fg", c, 0)
                                .or_else(|| crate::locate::Locator::new(src).value("bg", c, 0)),
                            problem: Problem::NotAColour {
                                slot: name.to_owned(),
                                value: c.clone(),
                            },
                            terms: None,
                        })
                    })
                    .transpose()
            };
            let mut style = Style::default();
            if let Some(fg) = color(&s.fg)? {
                style = style.fg(fg);
            }
            if let Some(bg) = color(&s.bg)? {
                style = style.bg(bg);
            }
            for (on, m) in [
                (s.bold, Modifier::BOLD),
                (s.reverse, Modifier::REVERSED),
                (s.underline, Modifier::UNDERLINED),
            ] {
                if on {
                    style = style.add_modifier(m);
                }
            }
            Ok(style)
        };
        Ok(Theme {
            name: file.name.clone(),
            text: slot(&file.text, "text")?,
            muted: slot(&file.muted, "muted")?,
            title: slot(&file.title, "title")?,
            border: slot(&file.border, "border")?,
            focus: slot(&file.focus, "focus")?,
            selected: slot(&file.selected, "selected")?,
            step_done: slot(&file.step_done, "step_done")?,
            step_current: slot(&file.step_current, "step_current")?,
            severity_low: slot(&file.severity_low, "severity_low")?,
            severity_mid: slot(&file.severity_mid, "severity_mid")?,
            severity_high: slot(&file.severity_high, "severity_high")?,
            warning: slot(&file.warning, "warning")?,
            ok: slot(&file.ok, "ok")?,
            key: slot(&file.key, "key")?,
            background: match &file.background {
                Some(c) => Some(c.parse::<Color>().map_err(|_| Error::Invalid {
                    path: path.to_owned(),
                    pos: crate::locate::Locator::new(src).value("background", c, 0),
                    problem: Problem::NotAColour {
                        slot: "background".into(),
                        value: c.clone(),
                    },
                    terms: None,
                })?),
                None => None,
            },
        })
    }

    /// A theme by name: a file in `user_dir` first, then the built-in ones.
    pub fn named(name: &str, user_dir: Option<&Path>) -> Result<Theme> {
        if let Some(dir) = user_dir {
            let path = dir.join(format!("{name}.ron"));
            // Anything by that name is the user's theme, and read as one: a
            // folder, a FIFO or a loop of links is named as that, not taken
            // for a theme that is missing.
            if std::fs::symlink_metadata(&path).is_ok() {
                let src = crate::files::read_text(&path, crate::files::Kind::Theme)?;
                return Theme::parse(&src, &path);
            }
        }
        let (file, src) =
            BUILT_IN
                .iter()
                .find(|(n, _)| *n == name)
                .ok_or_else(|| Error::NoTheme {
                    name: name.to_owned(),
                    built_in: Theme::built_in_names().collect(),
                })?;
        Theme::parse(src, Path::new(&format!("themes/{file}.ron")))
    }

    /// The monochrome theme, for NO_COLOR and `--no-color`.
    pub fn mono() -> Theme {
        Theme::named("mono", None).unwrap_or_else(|_| Theme::fallback())
    }

    /// The default dark theme.
    pub fn dark() -> Theme {
        Theme::named("morkt", None).unwrap_or_else(|_| Theme::fallback())
    }

    /// Plain styles, used only if an embedded theme failed to parse (a test forbids it).
    fn fallback() -> Theme {
        let plain = Style::default();
        let strong = plain.add_modifier(Modifier::REVERSED);
        Theme {
            name: "fallback".into(),
            text: plain,
            muted: plain,
            title: plain,
            border: plain,
            focus: strong,
            selected: strong,
            step_done: plain,
            step_current: strong,
            severity_low: plain,
            severity_mid: plain,
            severity_high: plain,
            warning: plain,
            ok: plain,
            key: plain,
            background: None,
        }
    }

    /// True if no slot sets a colour.
    pub fn is_monochrome(&self) -> bool {
        [
            self.text,
            self.muted,
            self.title,
            self.border,
            self.focus,
            self.selected,
            self.step_done,
            self.step_current,
            self.severity_low,
            self.severity_mid,
            self.severity_high,
            self.warning,
            self.ok,
            self.key,
        ]
        .iter()
        .all(|s| s.fg.is_none() && s.bg.is_none())
            && self.background.is_none()
    }

    /// The theme with every colour as a terminal of `depth` shows it: the
    /// nearest of 256 or 16 colours where 24-bit colour is not there.
    pub fn reduced(mut self, depth: crate::tui::colours::Depth) -> Theme {
        // What each slot's text is drawn on: its own ground or the theme's, and
        // for text in a list, also the selection bar.
        let ground = |style: Style| style.bg.or(self.background);
        let bar = self.selected.bg;
        let text_slots: Vec<&'static str> = self.text_slots().iter().map(|(n, _)| *n).collect();
        let mut slots = [
            ("text", &mut self.text),
            ("muted", &mut self.muted),
            ("title", &mut self.title),
            ("border", &mut self.border),
            ("focus", &mut self.focus),
            ("selected", &mut self.selected),
            ("step_done", &mut self.step_done),
            ("step_current", &mut self.step_current),
            ("severity_low", &mut self.severity_low),
            ("severity_mid", &mut self.severity_mid),
            ("severity_high", &mut self.severity_high),
            ("warning", &mut self.warning),
            ("ok", &mut self.ok),
            ("key", &mut self.key),
        ];
        for (name, style) in &mut slots {
            let mut grounds: Vec<Color> = ground(**style).into_iter().collect();
            if text_slots.contains(name) {
                grounds.extend(bar);
            }
            **style = depth.reduce_style(**style, &grounds);
        }
        self.background = self.background.map(|c| depth.reduce(c));
        self
    }

    /// The text styles, by slot name, for checks that walk every slot.
    pub fn text_slots(&self) -> [(&'static str, Style); 11] {
        [
            ("text", self.text),
            ("muted", self.muted),
            ("title", self.title),
            ("step_done", self.step_done),
            ("severity_low", self.severity_low),
            ("severity_mid", self.severity_mid),
            ("severity_high", self.severity_high),
            ("warning", self.warning),
            ("ok", self.ok),
            ("key", self.key),
            ("selected", self.selected),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_parses_and_mono_has_no_colour() {
        for name in Theme::built_in_names() {
            let t = Theme::named(name, None).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(t.name, name);
        }
        assert!(Theme::mono().is_monochrome());
        assert!(!Theme::dark().is_monochrome());
    }

    #[test]
    fn a_bad_colour_names_its_place() {
        let src = "Theme(name: \"x\", text: (fg: Some(\"blåaktig\")), muted: (), title: (), border: (), focus: (), selected: (), step_done: (), step_current: (), severity_low: (), severity_mid: (), severity_high: (), warning: (), ok: (), key: ())";
        let err = Theme::parse(src, Path::new("x.ron")).unwrap_err();
        assert!(err.to_string().starts_with("x.ron:1:"), "{err}");
    }
}
