use super::*;
use crate::model::Command;
use crate::model::session::Answer;
use crate::store::host::Host;

/// A crowd of four saved in a fresh folder, held by a host.
fn hosted(dir: &Path) -> (Host, Session, Assessment) {
    crate::store::host::tests::hosted_crowd(dir, 4)
}

/// `voter` answers statement `k` of the first challenge, and passes it.
fn step(session: &mut Session, model: &Assessment, voter: u32, k: usize) -> Vec<Change> {
    let c = &model.challenges[0];
    let mut changes = session
        .apply(
            model,
            Command::Cast {
                challenge: c.id.clone(),
                statement: c.statements[k].id.clone(),
                voter,
                answer: Answer::Value(3),
            },
        )
        .expect("cast");
    changes.extend(
        session
            .apply(
                model,
                Command::Pass {
                    challenge: c.id.clone(),
                    voter,
                    count: k + 1,
                },
            )
            .expect("passed"),
    );
    changes
}

/// The seal of a ballot writes the journal again, shorter; votes appended
/// after it, before the follower reads, can bring it back to the length the
/// follower had read. The follower must still see the seal, not take the
/// records past its old length for new ones.
#[test]
fn a_journal_written_again_and_grown_past_the_old_length_is_read_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut host, mut session, model) = hosted(dir.path());
    let c = model.challenges[0].clone();
    let last = c.statements.len() - 1;
    // Voter 1 answers all but the last statement; the follower reads that.
    let mut ballot = Vec::new();
    for k in 0..last {
        ballot.extend(step(&mut session, &model, 1, k));
    }
    host.record(&mut session, &ballot).expect("recorded");
    let catalog = Catalog::embedded().expect("catalogue");
    let mut follower = Follower::start(host.path(), &catalog).expect("follows");
    let more = step(&mut session, &model, 2, 0);
    host.record(&mut session, &more).expect("recorded");
    assert!(matches!(follower.next(), Some(Ok(_))));
    assert_eq!(follower.session(), &session);
    // Voter 1 seals (the journal is written again without their answers),
    // and voters 2 to 4 go on, before the follower reads again.
    let seal = step(&mut session, &model, 1, last);
    assert!(seal.iter().any(|c| matches!(c, Change::Sealed { .. })));
    host.record(&mut session, &seal).expect("sealed");
    for voter in 2..=4 {
        for k in 1..last {
            let more = step(&mut session, &model, voter, k);
            host.record(&mut session, &more).expect("recorded");
        }
    }
    assert!(follower.session().passed(&c.id, 1) < c.statements.len());
    assert!(matches!(follower.next(), Some(Ok(_))));
    assert!(session.finished(&c, 1));
    assert!(
        follower.session().finished(&c, 1),
        "the follower missed the seal"
    );
    assert_eq!(follower.session(), &session);
}
