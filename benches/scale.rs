//! The scale a consultant and a survey week bring: a folder of 500 sessions, and
//! one session of 10,000 participants. Each case builds its own data. Budgets
//! (issue 12): listing and opening under 30 ms, a vote under 5 ms at 10,000.

use klarhet::model::assessment::Catalog;
use klarhet::model::journal::Change;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};
use klarhet::store::{self, Store};
use klarhet::text::Lang;
use std::path::PathBuf;

fn main() {
    divan::main();
}

fn people(model: &Assessment, n: u32, voted: bool) -> Session {
    klarhet::demo::crowd(model, n, voted)
}

/// A folder of 500 demo sessions, listed once so that its index is written.
fn folder() -> (tempfile::TempDir, Store, Catalog) {
    let dir = tempfile::tempdir().expect("a folder");
    let store = Store::new(dir.path());
    let model = Assessment::halmstad().expect("model");
    for i in 0..500 {
        let mut s = klarhet::demo::session(&model, jiff::civil::date(2026, 11, 22), Lang::SV);
        rename(&mut s, &model, format!("Kommun {i}"));
        store.create(&s).expect("saved");
    }
    let catalog = Catalog::embedded().expect("catalog");
    store.list(&catalog).expect("listed");
    (dir, store, catalog)
}

#[divan::bench(sample_count = 20)]
fn list_500_sessions(bencher: divan::Bencher) {
    let (_dir, store, catalog) = folder();
    bencher.bench(|| store.list(&catalog).expect("listed").len());
}

fn big_file(voted: bool) -> (tempfile::TempDir, PathBuf, Catalog) {
    let dir = tempfile::tempdir().expect("a folder");
    let model = Assessment::halmstad().expect("model");
    let path = Store::new(dir.path())
        .create(&people(&model, 10_000, voted))
        .expect("saved");
    (dir, path, Catalog::embedded().expect("catalog"))
}

#[divan::bench(sample_count = 10)]
fn open_10000_participants_who_voted(bencher: divan::Bencher) {
    let (_dir, path, catalog) = big_file(true);
    bencher.bench(|| {
        store::open(&path, &catalog)
            .expect("opens")
            .0
            .participants()
            .len()
    });
}

#[divan::bench(sample_count = 10)]
fn report_10000_participants_who_voted(bencher: divan::Bencher) {
    let (_dir, path, catalog) = big_file(true);
    let (s, m) = store::open(&path, &catalog).expect("opens");
    bencher.bench(|| klarhet::report::markdown(&s, &m).len());
}

/// One vote kept in the journal of a 10,000-participant session: a cast and a
/// step appended and synced.
#[divan::bench(sample_count = 50)]
fn vote_into_the_journal_10000(bencher: divan::Bencher) {
    let (_dir, path, catalog) = big_file(false);
    let bytes = std::fs::read(&path).expect("read");
    let (s, _) = store::open(&path, &catalog).expect("opens");
    let base = store::journal::Base::of(&bytes, s.generation());
    let model = Assessment::halmstad().expect("model");
    let statement = model.challenges[0].statements[0].id.clone();
    let mut voter = 0;
    bencher.bench_local(|| {
        voter = voter % 10_000 + 1;
        let changes = [
            Change::Cast {
                challenge: "otydlighet".into(),
                statement: statement.clone(),
                voter,
                answer: Answer::Value(3),
                round: 1,
            },
            Change::Passed {
                challenge: "otydlighet".into(),
                voter,
                count: 1,
                round: 1,
            },
        ];
        store::journal::append(&path, &base, &changes).expect("appended");
    });
}

/// The whole save a sealed ballot costs in the same session.
#[divan::bench(sample_count = 10)]
fn whole_save_10000(bencher: divan::Bencher) {
    let (_dir, path, catalog) = big_file(false);
    let (mut s, model) = store::open(&path, &catalog).expect("opens");
    let lock = store::Lock::acquire(&path).expect("locked");
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        rename(&mut s, &model, format!("Storstad kommun {n}"));
        store::save(&lock, &mut s).expect("saved")
    });
}

/// One frame of the hand-over screen in a round of 10,000 after the first ballot:
/// it counts who is done, which once built the list of voters per voter.
#[divan::bench(sample_count = 20)]
fn handover_frame_10000(bencher: divan::Bencher) {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("a folder");
    let model = Assessment::halmstad().expect("model");
    let mut s = people(&model, 10_000, false);
    let place = Command::RememberPlace {
        step: "scoring".into(),
        challenge: 0,
    };
    s.apply(&model, place).expect("the place is kept");
    let path = Store::new(dir.path()).create(&s).expect("saved");
    let mut app = klarhet::tui::App::new(klarhet::tui::Options {
        resume: Some(path),
        ..klarhet::tui::Options::repeatable(dir.path()).expect("options")
    })
    .expect("opens");
    for code in [KeyCode::Char('b'), KeyCode::Enter]
        .into_iter()
        .chain("3333".chars().map(KeyCode::Char))
    {
        app.key(KeyEvent::new(code, KeyModifiers::NONE));
    }
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|f| klarhet::tui::frame::draw(f, divan::black_box(&app.state)))
            .map(|_| ())
            .expect("draw")
    });
}

/// Writing a 10,000-participant session as text, the first part of a whole save.
#[divan::bench(sample_count = 20)]
fn serialise_10000(bencher: divan::Bencher) {
    let model = Assessment::halmstad().expect("model");
    let s = people(&model, 10_000, false);
    bencher.bench(|| s.to_ron().len());
}

/// `s` with the organisation `organisation`, as the setup screen sets it.
fn rename(s: &mut Session, model: &Assessment, organisation: String) {
    let describe = Command::Describe {
        organisation,
        facilitator: s.facilitator().clone(),
        date: s.date(),
        language: s.language(),
        kommunkod: s.kommunkod_as_written().map(str::to_owned),
    };
    s.apply(model, describe).expect("described");
}
