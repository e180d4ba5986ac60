//! Writes the data the scale measurements use, so that whole-process timings can
//! be repeated: `cargo run --release --example fixtures -- DIR SESSIONS PEOPLE`
//! writes SESSIONS demo-sized sessions and one session of PEOPLE participants who
//! voted on every statement into DIR/sessions.

use klarhet::model::Assessment;
use klarhet::store::Store;
use klarhet::text::Lang;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().expect("DIR SESSIONS PEOPLE"));
    let sessions: u32 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(500);
    let people: u32 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(0);
    let model = Assessment::halmstad().expect("the embedded model loads");
    let store = Store::new(&dir);
    for i in 0..sessions {
        let mut s = klarhet::demo::session(
            &model,
            jiff::civil::date(2024, 1, 1) + jiff::Span::new().days(i64::from(i)),
            Lang::SV,
        );
        let describe = klarhet::model::Command::Describe {
            organisation: format!("Kommun {i}"),
            facilitator: s.facilitator().clone(),
            date: s.date(),
            language: s.language(),
            kommunkod: None,
        };
        s.apply(&model, describe).expect("described");
        store.create(&s).expect("write a session");
    }
    if people > 0 {
        let path = store
            .create(&klarhet::demo::crowd(&model, people, true))
            .expect("write the big session");
        println!("{}", path.display());
    }
}
