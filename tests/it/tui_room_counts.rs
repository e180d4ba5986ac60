//! The workbench's room keeps its counts as phones' calls come, instead of
//! counting every seat for each frame (issue 26). Whatever happens in between
//! (seats claimed and freed, answers given, changed and withdrawn, challenges
//! revealed, the room asked about others), the counts it keeps are the counts
//! a full recount of the session gives.

use crate::common;

use common::tui::{fresh, send};
use klarhet::model::session::Answer;
use klarhet::room::desk::Request;
use klarhet::tui::msg::{Msg, RoomAddress};
use klarhet::tui::state::{State, Step, Work};

const SEATS: u32 = 12;

/// A small generator, the same sequence every run.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// The scoring step of a crowd of `SEATS`, the room open on every challenge.
fn open_on_all() -> State {
    let model = common::halmstad();
    let session = klarhet::demo::crowd(&model, SEATS, false);
    let mut s = fresh().at(Work::new(session, model, None), Step::Scoring);
    send(&mut s, &[Msg::OpenRoom { choose: true }, Msg::Confirm]);
    let address = RoomAddress {
        url: "http://127.0.0.1:7373/ROOMTOKEN/".into(),
        token: "ROOMTOKEN".into(),
    };
    send(&mut s, &[Msg::RoomOpened(Ok(address))]);
    s
}

/// The counts the room keeps, and the counts of every seat counted afresh.
fn kept_and_recounted(s: &State) -> (klarhet::room::Progress, klarhet::room::Progress) {
    let room = s.shared.room.as_ref().expect("the room is open");
    let work = s.shared.work.as_ref().expect("a session");
    let kept = room.counts.as_ref().expect("kept while listening");
    (
        kept.progress().clone(),
        klarhet::room::progress(&work.session, &work.model, &room.desk),
    )
}

#[test]
fn the_kept_counts_are_a_full_recount_after_every_call_and_every_key() {
    let mut s = open_on_all();
    let model = s.shared.work.as_ref().unwrap().model.clone();
    let statements: Vec<String> = model
        .challenges
        .iter()
        .flat_map(|c| c.statements.iter().map(|st| st.id.clone()))
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut moved = 0;
    for step in 0..400 {
        let msgs = match rng.below(20) {
            // A freed seat, a reveal of the challenge in focus and back, another
            // challenge in focus: the facilitator's keys.
            0 => vec![Msg::FreeSeat],
            1 => vec![Msg::Reveal, Msg::Back],
            2 => vec![Msg::Right],
            3 => vec![Msg::Down],
            _ => {
                let calls = (0..1 + rng.below(4))
                    .map(|_| {
                        let seat = 1 + rng.below(u64::from(SEATS)) as u32;
                        let token = Some(format!("T{seat}"));
                        match rng.below(6) {
                            0 => Request::Claim {
                                seat,
                                token: format!("T{seat}"),
                                held: None,
                            },
                            1 => Request::Answer {
                                seat_token: token,
                                statement: statements[rng.below(statements.len() as u64) as usize]
                                    .clone(),
                                answer: None,
                            },
                            _ => Request::Answer {
                                seat_token: token,
                                statement: statements[rng.below(statements.len() as u64) as usize]
                                    .clone(),
                                answer: Some(Answer::Value(1 + rng.below(5) as i32)),
                            },
                        }
                    })
                    .collect();
                vec![Msg::RoomCalls(calls)]
            }
        };
        send(&mut s, &msgs);
        let (kept, recounted) = kept_and_recounted(&s);
        if kept.started + kept.done > 0 {
            moved += 1;
        }
        assert_eq!(kept, recounted, "step {step}: {msgs:?}");
    }
    assert!(moved > 100, "the sequence got seats answering: {moved}");
}
