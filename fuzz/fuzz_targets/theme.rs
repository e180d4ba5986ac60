//! Any text given as a theme is refused or loaded; never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = klarhet::tui::theme::Theme::parse(&text, std::path::Path::new("fuzz.ron"));
});
