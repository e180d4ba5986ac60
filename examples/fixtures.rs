//! Writes the data the scale measurements use, so that whole-process timings can
//! be repeated: `cargo run --release --example fixtures -- DIR SESSIONS PEOPLE`
//! writes SESSIONS demo-sized sessions and one session of PEOPLE participants who
//! voted on every statement into DIR/sessions.

use klarhet::model::Assessment;
use klarhet::model::session::{Answer, Participant, Role, Session};
use klarhet::store::Store;
use klarhet::text::Lang;
use std::path::PathBuf;

fn big_session(model: &Assessment, people: u32) -> Session {
    let mut s = Session::new(
        model,
        "Storstad kommun",
        jiff::civil::date(2026, 11, 22),
        Lang::SV,
    );
    s.participants = (1..=people)
        .map(|id| Participant {
            id,
            alias: format!("P{id}"),
            role: Role::ALL[(id as usize) % Role::ALL.len()],
        })
        .collect();
    for (k, (_, st)) in model.statements().enumerate() {
        for p in 1..=people {
            let x = (p as usize * 7 + k * 3) % 10;
            let answer = if x == 9 {
                Answer::Unknown
            } else {
                Answer::Value(1 + (x % 5) as i32)
            };
            s.responses.cast(&st.id, p, answer).expect("ballot mode");
        }
    }
    s.close_rounds(model);
    s
}

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
        s.organisation = format!("Kommun {i}");
        store.create(&s).expect("write a session");
    }
    if people > 0 {
        let path = store
            .create(&big_session(&model, people))
            .expect("write the big session");
        println!("{}", path.display());
    }
}
