//! The one catalogue of user-facing strings: Fluent files embedded from
//! `i18n/<code>/klarhet.ftl`, looked up through `i18n-embed`. Code names a
//! message with [`tr!`], which `i18n-embed-fl` checks against the English file at
//! compile time; a test checks that every language has every message.
//!
//! A language is whatever has a folder under `i18n/`: adding `i18n/nb/klarhet.ftl`
//! adds Norwegian to the screens, the reports and the command line. Its
//! `lang-content` message says which of the model files' languages to show.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::fmt;
use std::sync::{LazyLock, OnceLock};
use unic_langid::LanguageIdentifier;

/// The embedded catalogue files.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Files;

/// The Fluent domain, which names the file in each language's folder.
const DOMAIN: &str = "klarhet";

/// One language of the catalogue. Its file is parsed when the language is first
/// used, not before: a start draws its first frame in one language, and parsing
/// every language's file before it was a tenth of the start (issue 26).
pub struct Language {
    /// Its code, the folder's name: `sv`, `en`.
    pub code: String,
    /// The file's text, kept until it is parsed.
    source: Vec<u8>,
    parsed: OnceLock<Parsed>,
}

/// What a language's file gives once parsed.
struct Parsed {
    loader: FluentLanguageLoader,
    /// Which language of the model files to show: model texts exist in sv and en.
    content: Lang,
    decimal: String,
    aliases: Vec<String>,
}

/// Every language there is a catalogue file for: Swedish first, English second,
/// then the others by code.
pub struct Catalogue {
    languages: Vec<Language>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::embedded);

/// The catalogue built into the binary.
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

/// The Fluent loader for `lang`; [`tr!`] looks messages up through it.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    catalogue().language(lang).loader()
}

impl Language {
    /// Which language of the model files' texts this language shows.
    pub fn content(&self) -> Lang {
        self.parsed().content
    }

    /// The decimal separator.
    pub fn decimal(&self) -> &str {
        &self.parsed().decimal
    }

    /// The Fluent loader of this language's messages.
    fn loader(&self) -> &FluentLanguageLoader {
        &self.parsed().loader
    }

    /// The file parsed, on first use. The embedded files are checked by the
    /// tests, so a failure here is a build that must not ship: it panics.
    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let code = &self.code;
            let id: LanguageIdentifier = code
                .parse()
                .unwrap_or_else(|_| panic!("i18n/{code} is not a language code"));
            // Each language is its own fallback: every language has every
            // message (tests/it/catalogue.rs), and a fallback of English would
            // parse the English file again for every other language.
            let loader = FluentLanguageLoader::new(DOMAIN, id.clone());
            let file = OneFile {
                name: format!("{code}/{DOMAIN}.ftl"),
                text: &self.source,
            };
            loader
                .load_languages(&file, &[id])
                .unwrap_or_else(|e| panic!("i18n/{code}/{DOMAIN}.ftl: {e}"));
            // Marks around every placeable would end up in files and on screen.
            loader.set_use_isolating(false);
            crate::text::register(&loader);
            let content = if loader.get("lang-content").trim() == "sv" {
                Lang::SV
            } else {
                Lang::EN
            };
            let decimal = loader.get("number-decimal");
            let aliases = loader
                .get("lang-aliases")
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            Parsed {
                loader,
                content,
                decimal,
                aliases,
            }
        })
    }

    /// True when `name` (in lower case) is one of the language's names.
    fn has_alias(&self, name: &str) -> bool {
        self.parsed().aliases.iter().any(|a| a == name)
    }
}

/// One language's file, as the assets Fluent's loader reads it from.
struct OneFile<'a> {
    name: String,
    text: &'a [u8],
}

impl I18nAssets for OneFile<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == self.name {
            vec![Cow::Borrowed(self.text)]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(self.name.clone()))
    }
}

impl Catalogue {
    /// Parses the catalogue built into the binary (once per process, through
    /// [`catalogue`]; public so that the benchmark can time it).
    pub fn embedded() -> Catalogue {
        Catalogue::load(&Files)
    }

    /// Finds every language in `assets` and keeps its file; each is parsed
    /// when first used (see [`Language`]). The embedded files are checked by
    /// the tests, so a failure here is a build that must not ship: it panics.
    pub fn load(assets: &dyn I18nAssets) -> Catalogue {
        let mut codes: Vec<String> = assets
            .filenames_iter()
            .filter_map(|f| {
                let (code, file) = f.split_once('/')?;
                (file == format!("{DOMAIN}.ftl")).then(|| code.to_owned())
            })
            .collect();
        codes.sort_by_key(|c| (c != "sv", c != "en", c.clone()));
        codes.dedup();
        assert!(
            codes.first().map(String::as_str) == Some("sv")
                && codes.get(1).map(String::as_str) == Some("en"),
            "the catalogue needs i18n/sv and i18n/en, found {codes:?}"
        );
        let languages = codes
            .into_iter()
            .map(|code| {
                // Copied (a few kilobytes): `assets` may be gone when it is parsed.
                let source = assets
                    .get_files(&format!("{code}/{DOMAIN}.ftl"))
                    .into_iter()
                    .next()
                    .map(Cow::into_owned)
                    .unwrap_or_default();
                Language {
                    code,
                    source,
                    parsed: OnceLock::new(),
                }
            })
            .collect();
        Catalogue { languages }
    }

    /// The language `lang` stands for.
    pub fn language(&self, lang: Lang) -> &Language {
        self.languages
            .get(usize::from(lang.0))
            .unwrap_or(&self.languages[0])
    }

    /// Every language, Swedish and English first.
    pub fn languages(&self) -> impl Iterator<Item = (Lang, &Language)> {
        self.languages
            .iter()
            .enumerate()
            .map(|(i, l)| (Lang(u8::try_from(i).unwrap_or(0)), l))
    }

    /// A message by an id known only at run time. Code names messages with [`tr!`],
    /// which checks them when it is compiled; this is for tools and tests that
    /// walk the catalogue.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.language(lang).loader().get(id)
    }

    /// The message ids of `lang`'s file, in file order.
    pub fn message_ids(&self, lang: Lang) -> Vec<String> {
        let language = self.language(lang);
        let id: LanguageIdentifier = language.code.parse().unwrap_or_default();
        language.loader().with_message_iter(&id, |messages| {
            messages.map(|m| m.id.name.to_owned()).collect::<Vec<_>>()
        })
    }
}

/// Looks up a message in the catalogue, in a language: `tr!(lang, "message-id")` or
/// `tr!(lang, "message-id", name = value, …)`. The id and the argument names are checked
/// against the catalogue at compile time; a value is put in parentheses (`(&x).into()`).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:tt) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:tt, $($name:ident = $value:expr),+ $(,)?) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($name = ($value)),+)
    };
}

/// A language of the catalogue. Swedish and English always exist; others are
/// whatever `i18n/` holds. Stored in files by its code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Lang(u8);

impl Lang {
    /// Svenska, the default: the workshops are held in Swedish.
    pub const SV: Lang = Lang(0);
    /// English.
    pub const EN: Lang = Lang(1);

    /// The language's code, as on the command line and in files.
    pub fn code(self) -> &'static str {
        &catalogue().language(self).code
    }

    /// The language's own name for itself.
    pub fn name(self) -> String {
        loader(self).get("lang-name")
    }

    /// Which of the model files' texts to show in this language (sv or en).
    pub fn content(self) -> Lang {
        catalogue().language(self).content()
    }

    /// The decimal separator.
    pub fn decimal_separator(self) -> &'static str {
        catalogue().language(self).decimal()
    }

    /// Every language there is.
    pub fn all() -> Vec<Lang> {
        catalogue().languages().map(|(l, _)| l).collect()
    }

    /// Parses a code or one of the language's names, case-insensitively. The
    /// codes are tried first: they need no language's file parsed.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        catalogue()
            .languages()
            .find(|(_, l)| l.code == s)
            .or_else(|| catalogue().languages().find(|(_, l)| l.has_alias(&s)))
            .map(|(lang, _)| lang)
    }

    /// The language for messages on the command line when `--lang` does not say:
    /// `KLARHET_LANG` if set to a language there is a catalogue for, then
    /// `LANGUAGE` (gettext's list of preferences, `sv:en`: its first language
    /// with a catalogue), then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the
    /// first one set), and Swedish otherwise. The man page's ENVIRONMENT says the same.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] with the environment read through `var`.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = var("KLARHET_LANG").and_then(|v| Lang::parse(&v)) {
            return lang;
        }
        // As gettext: LANGUAGE is a list, and a locale of C or POSIX switches it off.
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()));
        let plain = locale
            .as_deref()
            .is_some_and(|l| l == "C" || l == "POSIX" || l.starts_with("C."));
        if !plain
            && let Some(lang) = var("LANGUAGE")
                .unwrap_or_default()
                .split(':')
                .find_map(|entry| Lang::parse(Lang::language_of(entry)))
        {
            return lang;
        }
        locale
            .and_then(|l| Lang::parse(Lang::language_of(&l)))
            .unwrap_or(Lang::SV)
    }

    /// The language part of a locale name: `en` of `en_GB.UTF-8@euro`.
    fn language_of(locale: &str) -> &str {
        locale.split(['_', '.', '@', '-']).next().unwrap_or("")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.code())
    }
}

// Stored as an enum variant named by the code (`language: sv` in RON), as the
// sessions written before the catalogue stored it.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("Lang", u32::from(self.0), self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        d.deserialize_enum("Lang", &[], LangVisitor)
    }
}

struct LangVisitor;

impl LangVisitor {
    fn by_code<E: serde::de::Error>(code: &str) -> Result<Lang, E> {
        catalogue()
            .languages()
            .find(|(_, l)| l.code == code)
            .map(|(lang, _)| lang)
            .ok_or_else(|| {
                crate::error::Custom::UnknownLanguage {
                    found: code.to_owned(),
                    known: catalogue()
                        .languages()
                        .map(|(_, l)| l.code.clone())
                        .collect(),
                }
                .raise()
            })
    }
}

impl<'de> serde::de::Visitor<'de> for LangVisitor {
    type Value = Lang;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a language code such as sv or en")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Lang, E> {
        LangVisitor::by_code(v)
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Lang, A::Error> {
        use serde::de::VariantAccess;
        let (lang, variant): (Lang, _) = data.variant_seed(CodeSeed)?;
        variant.unit_variant()?;
        Ok(lang)
    }
}

/// Reads the variant's name as an identifier, which is how RON writes it.
struct CodeSeed;

impl<'de> serde::de::DeserializeSeed<'de> for CodeSeed {
    type Value = Lang;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Lang, D::Error> {
        d.deserialize_identifier(LangVisitor)
    }
}
