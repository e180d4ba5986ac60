//! Capitals at the start of a sentence. A model writes its words in lower case
//! ("kärnfynd", "the core finding"), because most sentences use them inside;
//! the catalogue capitalises one where a sentence starts with it, with the
//! Fluent function `UPPER_FIRST` registered here: `{ UPPER_FIRST($the_dimension) }`.

use fluent_bundle::FluentValue;

/// `text` with its first letter in upper case ("kärnfyndet" → "Kärnfyndet",
/// "ömsesidighet" → "Ömsesidighet"); the rest as it is.
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Gives every bundle of `loader` the function `UPPER_FIRST`, which the
/// catalogue's messages call on a placeable that starts a sentence.
pub(crate) fn register(loader: &i18n_embed::fluent::FluentLanguageLoader) {
    loader.with_bundles_mut(|bundle| {
        // A second registration would only find it there already.
        let _ = bundle.add_function("UPPER_FIRST", |args, _named| match args.first() {
            Some(FluentValue::String(text)) => FluentValue::from(upper_first(text)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_only_and_åäö_too() {
        assert_eq!(upper_first("kärnfyndet"), "Kärnfyndet");
        assert_eq!(upper_first("ömsesidighet"), "Ömsesidighet");
        assert_eq!(upper_first("the core finding"), "The core finding");
        assert_eq!(upper_first(""), "");
    }
}
