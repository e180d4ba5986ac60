//! The cost of one acknowledged vote, measured as the facilitator meets it: a
//! session of PEOPLE participants opened on the scoring step, a ballot round
//! started, and each answer key timed until the app has kept it on disk.
//! `cargo run --release --example vote_cost -- PEOPLE`

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use klarhet::model::Assessment;
use klarhet::store::Store;
use klarhet::tui::{App, Options};
use std::time::Instant;

fn main() {
    let people: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = Assessment::halmstad().expect("the model");
    let mut s = klarhet::demo::crowd(&model, people, false);
    let place = klarhet::model::Command::RememberPlace {
        step: "scoring".into(),
        challenge: 0,
    };
    s.apply(&model, place).expect("the place is kept");
    let path = Store::new(dir.path()).create(&s).expect("saved");
    let mut app = App::new(Options {
        resume: Some(path),
        ..Options::repeatable(dir.path()).expect("options")
    })
    .expect("opens");
    let key = |app: &mut App, c: char| app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    key(&mut app, 'b');
    app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let (mut journal, mut sealing) = (Vec::new(), Vec::new());
    for voter in 0..20 {
        for statement in 0..4 {
            let t = Instant::now();
            key(&mut app, '3');
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            if statement == 3 {
                sealing.push(ms)
            } else {
                journal.push(ms)
            }
        }
        if voter < 19 {
            app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "{people} participants: a vote in the journal {:.2} ms, a vote that seals a ballot {:.2} ms (medians of {} and {})",
        median(&mut journal),
        median(&mut sealing),
        journal.len(),
        sealing.len()
    );
}
