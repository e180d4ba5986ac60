//! Any text given as a session is refused or loaded, and a loaded one is checked
//! against its model and reported in every format; never a panic.
#![no_main]
use klarhet::model::Assessment;
use klarhet::report::Format;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = std::path::Path::new("fuzz.ron");
    let Ok(session) = klarhet::model::Session::parse(&text, path) else {
        return;
    };
    let Ok(model) = Assessment::halmstad() else {
        return;
    };
    if session.check_against(&model, &text, path).is_ok() {
        let export = klarhet::report::Export {
            session_id: "fuzz".to_owned(),
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        for format in Format::ALL {
            let _ = format.render(&session, &model, &export);
        }
    }
});
