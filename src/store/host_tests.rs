use super::*;
use crate::model::session::Answer;

/// A crowd of three saved in a fresh folder, held by a host.
fn hosted(dir: &Path) -> (Host, Session, Assessment) {
    hosted_crowd(dir, 3)
}

/// A crowd of `people` saved in a fresh folder, held by a host.
pub(in crate::store) fn hosted_crowd(dir: &Path, people: u32) -> (Host, Session, Assessment) {
    let model = Assessment::halmstad().expect("model");
    let session = crate::demo::crowd(&model, people, false);
    let lock = super::super::Store::new(dir)
        .create_locked(&session)
        .expect("created");
    let text = lock.read_text().expect("read");
    let session = Session::parse(&text, lock.path()).expect("parsed");
    (Host::new(lock), session, model)
}

fn vote(session: &mut Session, model: &Assessment, voter: u32) -> Vec<Change> {
    let c = &model.challenges[0];
    let change = Change::Cast {
        challenge: c.id.clone(),
        statement: c.statements[0].id.clone(),
        voter,
        round: 1,
        answer: Answer::Value(3),
    };
    session.replay(model, &change, false).expect("applied");
    vec![change]
}

#[test]
fn a_batch_is_appended_to_the_journal_and_published_and_folding_writes_it_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut host, mut session, model) = hosted(dir.path());
    let published = host.subscribe();
    assert!(!host.journaled());
    let mut batch = vote(&mut session, &model, 1);
    batch.extend(vote(&mut session, &model, 2));
    host.record(&mut session, &batch).expect("recorded");
    assert!(host.journaled());
    let read = journal::read(host.path())
        .expect("read")
        .expect("a journal");
    assert_eq!(read.changes.len(), 2, "one append for the batch");
    assert_eq!(
        published.try_recv(),
        Ok(Published::Recorded(batch.clone().into()))
    );
    let generation = session.generation();
    host.fold(&mut session).expect("folded");
    assert!(!host.journaled());
    assert!(
        !journal::path_of(host.path()).exists(),
        "the journal is in the file"
    );
    assert_eq!(published.try_recv(), Ok(Published::Saved(generation + 1)));
    // Nothing journaled: folding writes nothing and says nothing.
    host.fold(&mut session).expect("nothing to fold");
    assert!(published.try_recv().is_err());
    let on_disk = Session::parse(&host.lock.read_text().unwrap(), host.path()).unwrap();
    assert!(on_disk == session, "the file holds the votes");
}

#[test]
fn a_journal_that_cannot_be_written_makes_a_whole_save_and_a_failed_save_is_remembered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut host, mut session, model) = hosted(dir.path());
    let published = host.subscribe();
    // A folder where the journal would go: no append can succeed.
    std::fs::create_dir(journal::path_of(host.path())).unwrap();
    let batch = vote(&mut session, &model, 1);
    host.record(&mut session, &batch).expect("kept whole");
    assert!(matches!(published.try_recv(), Ok(Published::Saved(_))));
    assert!(!host.behind());
    std::fs::remove_dir(journal::path_of(host.path())).unwrap();
    // A whole save that fails (a folder where the backup goes) leaves the
    // host behind: the next batch is not appended to a journal the file lacks.
    let backup = super::super::backup_path(host.path());
    std::fs::remove_file(&backup).unwrap();
    std::fs::create_dir_all(backup.join("in-the-way")).unwrap();
    let batch = vote(&mut session, &model, 2);
    assert!(host.save(&mut session).is_err());
    assert!(host.behind());
    assert!(host.record(&mut session, &batch).is_err());
    assert!(
        !journal::path_of(host.path()).exists(),
        "nothing appended while behind"
    );
    std::fs::remove_dir_all(&backup).unwrap();
    host.record(&mut session, &batch).expect("caught up whole");
    assert!(!host.behind());
    assert!(!host.journaled());
}
