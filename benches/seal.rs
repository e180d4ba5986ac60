//! The vote that seals a ballot in a session of 10,000 participants, against
//! the floor the issue sets it (under 2× one synced append): the seal is kept
//! by writing the small journal again without the records that tied the
//! ballot to its voter (`store::sealing`), not the 1.2 MB session.
//! For comparison, one vote appended and synced to the same journal, and the
//! whole save the seal cost before.

use klarhet::model::journal::Change;
use klarhet::model::session::{Answer, Session};
use klarhet::model::{Assessment, Command};
use klarhet::store::{self, Store, journal, sealing};

fn main() {
    divan::main();
}

const PEOPLE: u32 = 10_000;

struct Held {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    session: Session,
    model: Assessment,
    base: journal::Base,
    lock: store::Lock,
}

/// The session written whole, locked, and what its journal continues.
fn held() -> Held {
    let dir = tempfile::tempdir().expect("a folder");
    let model = Assessment::halmstad().expect("the model");
    let path = Store::new(dir.path())
        .create(&klarhet::demo::crowd(&model, PEOPLE, false))
        .expect("saved");
    let lock = store::Lock::acquire(&path).expect("locked");
    let mut session = klarhet::store::sessions::read(&path).expect("read");
    let base = store::save(&lock, &mut session).expect("saved");
    Held {
        _dir: dir,
        path,
        session,
        model,
        base,
        lock,
    }
}

/// The voter's answers to all but the last statement of the first challenge,
/// each with its step, applied and appended as the ballot screen keeps them;
/// gives the last answer and the seal.
fn begin(h: &mut Held, voter: u32) -> Vec<Change> {
    let c = h.model.challenges[0].clone();
    let k = c.statements.len();
    let mut record = Vec::new();
    for (i, s) in c.statements.iter().enumerate() {
        let cast = Command::Cast {
            challenge: c.id.clone(),
            statement: s.id.clone(),
            voter,
            answer: Answer::Value((voter as i32 + i as i32) % 5 + 1),
        };
        let mut changes = h.session.apply(&h.model, cast).expect("cast");
        let pass = Command::Pass {
            challenge: c.id.clone(),
            voter,
            count: i + 1,
        };
        changes.extend(h.session.apply(&h.model, pass).expect("passed"));
        if i + 1 < k {
            journal::append(&h.path, &h.base, &changes).expect("appended");
        } else {
            record.extend(changes);
        }
    }
    record
}

#[divan::bench(sample_count = 40, sample_size = 1)]
fn seal_a_ballot_10000(bencher: divan::Bencher) {
    let mut h = held();
    let mut voter = 0;
    let (path, base) = (h.path.clone(), h.base.clone());
    bencher
        .with_inputs(|| {
            voter += 1;
            begin(&mut h, voter)
        })
        .bench_local_refs(|record| sealing::keep(&path, &base, record).expect("kept"));
}

#[divan::bench(sample_count = 40, sample_size = 1)]
fn append_a_vote_10000(bencher: divan::Bencher) {
    let h = held();
    let c = &h.model.challenges[0];
    let mut voter = 0;
    bencher.bench_local(|| {
        voter = voter % PEOPLE + 1;
        let changes = [
            Change::Cast {
                round: 1,
                challenge: c.id.clone(),
                statement: c.statements[0].id.clone(),
                voter,
                answer: Answer::Value(3),
            },
            Change::Passed {
                round: 1,
                challenge: c.id.clone(),
                voter,
                count: 1,
            },
        ];
        journal::append(&h.path, &h.base, &changes).expect("appended");
    });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn whole_save_10000(bencher: divan::Bencher) {
    let mut h = held();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let describe = Command::Describe {
            organisation: format!("Storstad kommun {n}"),
            facilitator: h.session.facilitator().clone(),
            date: h.session.date(),
            language: h.session.language(),
            kommunkod: None,
        };
        h.session.apply(&h.model, describe).expect("described");
        store::save(&h.lock, &mut h.session).expect("saved")
    });
}
