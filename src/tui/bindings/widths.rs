//! How wide the footer's words are in the widest language of the catalogue, so
//! that the footer gives way by the bindings' priorities, never by the width of
//! one language's words.
//!
//! The table is made when klarhet is built (`build/widths.rs`): made at run
//! time, it needed every language's catalogue parsed and every message
//! formatted before the first frame (issue 26).

use crate::text::Lang;

include!(concat!(env!("OUT_DIR"), "/widest.rs"));

/// How wide `text`, said in `lang`, is in the language where it is widest. The
/// messages of the workbench's catalogue that share a text in some language
/// ("valomgång" for a round's name and for the key that starts one) are measured
/// together, as the widest of them all, so that a text and its translation
/// always measure the same. A text that is no message (a model's answer) is as
/// wide as itself.
pub fn widest(lang: Lang, text: &str) -> usize {
    let own = unicode_width::UnicodeWidthStr::width(text);
    WIDEST
        .iter()
        .find(|(code, _)| *code == lang.code())
        .and_then(|(_, rows)| {
            let at = rows.binary_search_by(|(t, _)| (*t).cmp(text)).ok()?;
            rows.get(at).map(|(_, w)| *w)
        })
        .map_or(own, |most| own.max(most))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn a_text_and_its_translation_measure_the_same() {
        assert_eq!(widest(Lang::SV, "Mellanslag"), 10);
        assert_eq!(widest(Lang::EN, "Space"), 10);
        assert_eq!(widest(Lang::EN, "back"), widest(Lang::SV, "tillbaka"));
        // Shared by two messages in Swedish: both are as wide as the widest of them.
        assert_eq!(
            widest(Lang::EN, "close room"),
            widest(Lang::EN, "close the room")
        );
        // Not a message of the catalogue: as wide as itself.
        assert_eq!(widest(Lang::SV, "Sjöhamra"), 8);
    }

    type Widths = HashMap<Lang, HashMap<String, usize>>;

    /// The message `id` in `lang` as the build measures it: with the
    /// catalogue's own words for a model's (`terms-default-*`).
    fn as_built(lang: Lang, id: &str) -> String {
        let words = crate::model::terms::catalogue_words(lang);
        let args = HashMap::from([("words", fluent_bundle::FluentValue::from(words))]);
        crate::i18n::loader(lang).get_args_concrete(id, args)
    }

    /// The widths as the catalogue gives them at run time: every `tui-` message
    /// in every language, joined where they say the same in some language.
    fn from_the_catalogue() -> Widths {
        let catalogue = crate::i18n::catalogue();
        let langs: Vec<Lang> = catalogue.languages().map(|(l, _)| l).collect();
        let said: Vec<Vec<(Lang, String)>> = catalogue
            .message_ids(Lang::SV)
            .into_iter()
            .filter(|id| id.starts_with("tui-"))
            .map(|id| langs.iter().map(|l| (*l, as_built(*l, &id))).collect())
            .collect();
        let mut group: Vec<usize> = (0..said.len()).collect();
        fn root(group: &mut [usize], mut i: usize) -> usize {
            while group[i] != i {
                group[i] = group[group[i]];
                i = group[i];
            }
            i
        }
        let mut first: HashMap<&(Lang, String), usize> = HashMap::new();
        for (i, texts) in said.iter().enumerate() {
            for text in texts {
                let j = *first.entry(text).or_insert(i);
                let (a, b) = (root(&mut group, i), root(&mut group, j));
                group[a] = b;
            }
        }
        let mut most = vec![0; said.len()];
        for (i, texts) in said.iter().enumerate() {
            let r = root(&mut group, i);
            for (_, t) in texts {
                most[r] = most[r].max(unicode_width::UnicodeWidthStr::width(t.as_str()));
            }
        }
        let mut widths = Widths::new();
        for (i, texts) in said.iter().enumerate() {
            let w = most[root(&mut group, i)];
            for (l, t) in texts {
                widths.entry(*l).or_default().insert(t.clone(), w);
            }
        }
        widths
    }

    #[test]
    fn the_built_table_is_what_the_catalogue_says() {
        let expected = from_the_catalogue();
        let langs: Vec<Lang> = crate::i18n::catalogue()
            .languages()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(WIDEST.len(), langs.len(), "one table a language");
        for lang in langs {
            let texts = &expected[&lang];
            let (_, rows) = WIDEST
                .iter()
                .find(|(code, _)| *code == lang.code())
                .unwrap_or_else(|| panic!("{lang} has no table"));
            let built: HashMap<String, usize> =
                rows.iter().map(|(t, w)| ((*t).to_owned(), *w)).collect();
            assert_eq!(&built, texts, "{lang}");
            for (text, width) in texts {
                assert_eq!(widest(lang, text), *width, "{lang}: {text:?}");
            }
        }
    }
}
