//! Any text given as an assessment model is refused with an error or loaded; never a panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = klarhet::model::Assessment::parse(&text, std::path::Path::new("fuzz.ron"));
});
