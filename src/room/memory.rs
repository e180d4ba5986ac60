//! A phone's own memory of its answers, so that in a later round it can show
//! its participant what they answered before ("Ditt svar i runda 1: 4"). The
//! memory is a cookie the phone holds and sends back; the laptop keeps nothing
//! of it. The session never ties an answer to a seat once a round's ballots are
//! counted (the reveal seals them), and this does not change that: an earlier
//! answer reaches a page only from the cookie the same phone sent with the
//! request, never from anything the laptop keeps beside the seat.
//!
//! One cookie per challenge, named by the challenge's place in the model, path
//! the room's own (so another room, with another token, never sees it). Its
//! value holds numbers only: per statement of the challenge, in the model's
//! order and separated by `.`, up to two answers `ROUND:ANSWER` separated by
//! `~` (the latest two rounds it answered), where ANSWER is a scale value or
//! `u` for vet ej; a statement not answered is empty. `1:4~2:5..1:u` says: the
//! first statement was answered 4 in round 1 and 5 in round 2, the second not
//! at all, the third vet ej in round 1. Anything else in the cookie is read as
//! no memory: it is the phone's own to spoil.

use crate::model::round::RoundNo;
use crate::model::session::Answer;

/// The cookie's name for the challenge at `challenge` in the model.
pub fn cookie_name(challenge: usize) -> String {
    format!("klarhet_svar_{challenge}")
}

/// How long a phone keeps its answers: a workshop's day and the next, for a
/// second round after a break. A phone forgets them after that by itself.
pub const KEPT_FOR_DAYS: i64 = 2;

/// The most statements a cookie is read for: a challenge has a handful, and a
/// cookie made to be huge is not read further.
const MOST_STATEMENTS: usize = 256;

/// What one phone remembers of its answers to one challenge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    /// Per statement (its place in the challenge), the answers kept, oldest
    /// round first: at most two.
    answers: Vec<Vec<(RoundNo, Answer)>>,
}

impl Memory {
    /// The memory a cookie's value holds; none when it is not one.
    pub fn read(value: &str) -> Memory {
        let mut answers = Vec::new();
        for entry in value.split('.').take(MOST_STATEMENTS) {
            let kept: Option<Vec<(RoundNo, Answer)>> = entry
                .split('~')
                .filter(|pair| !pair.is_empty())
                .take(2)
                .map(pair)
                .collect();
            let Some(mut kept) = kept else {
                return Memory::default();
            };
            kept.sort_by_key(|(round, _)| *round);
            answers.push(kept);
        }
        Memory { answers }
    }

    /// The phone's latest answer to the statement at `statement` given in a
    /// round before `round`, with that round's number.
    pub fn earlier(&self, statement: usize, round: RoundNo) -> Option<(RoundNo, Answer)> {
        self.answers
            .get(statement)?
            .iter()
            .rev()
            .find(|(r, _)| *r < round)
            .copied()
    }

    /// Keeps `answer` as the phone's answer to the statement at `statement` in
    /// round `round` (none, for a skip, withdraws it), with the latest answer
    /// of an earlier round beside it.
    pub fn keep(&mut self, statement: usize, round: RoundNo, answer: Option<Answer>) {
        if statement >= MOST_STATEMENTS {
            return;
        }
        if self.answers.len() <= statement {
            self.answers.resize_with(statement + 1, Vec::new);
        }
        let kept = &mut self.answers[statement];
        kept.retain(|(r, _)| *r != round);
        if let Some(answer) = answer {
            kept.push((round, answer));
        }
        kept.sort_by_key(|(r, _)| *r);
        let over = kept.len().saturating_sub(2);
        kept.drain(..over);
    }

    /// The cookie's value.
    pub fn write(&self) -> String {
        let entries: Vec<String> = self
            .answers
            .iter()
            .map(|kept| {
                let pairs: Vec<String> = kept
                    .iter()
                    .map(|(round, answer)| match answer {
                        Answer::Value(v) => format!("{round}:{v}"),
                        Answer::Unknown => format!("{round}:u"),
                    })
                    .collect();
                pairs.join("~")
            })
            .collect();
        entries.join(".")
    }
}

/// One `ROUND:ANSWER`.
fn pair(text: &str) -> Option<(RoundNo, Answer)> {
    let (round, answer) = text.split_once(':')?;
    let round: RoundNo = round.parse().ok().filter(|r| *r > 0)?;
    let answer = match answer {
        "u" => Answer::Unknown,
        value => Answer::Value(value.parse().ok()?),
    };
    Some((round, answer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_round_finds_the_answer_of_the_round_before_and_not_its_own() {
        let mut m = Memory::default();
        m.keep(0, 1, Some(Answer::Value(4)));
        m.keep(2, 1, Some(Answer::Unknown));
        assert_eq!(m.write(), "1:4..1:u");
        assert_eq!(m.earlier(0, 1), None, "round 1 has nothing before it");
        assert_eq!(m.earlier(0, 2), Some((1, Answer::Value(4))));
        m.keep(0, 2, Some(Answer::Value(5)));
        assert_eq!(m.earlier(0, 2), Some((1, Answer::Value(4))), "not its own");
        assert_eq!(m.earlier(0, 3), Some((2, Answer::Value(5))));
        m.keep(0, 3, Some(Answer::Value(2)));
        assert_eq!(m.write(), "2:5~3:2..1:u", "the latest two rounds");
        // A skip withdraws the round's answer; the one before stays.
        m.keep(0, 3, None);
        assert_eq!(m.earlier(0, 4), Some((2, Answer::Value(5))));
        assert_eq!(Memory::read(&m.write()), m);
        assert_eq!(m.earlier(1, 2), None);
        assert_eq!(m.earlier(9, 2), None);
    }

    #[test]
    fn a_spoilt_cookie_is_no_memory() {
        for bad in ["x", "0:4", "1:", "1:4:5", "a:4", "1:4;x=2", "1:4,2:3"] {
            let m = Memory::read(bad);
            assert_eq!(m.earlier(0, 2), None, "{bad:?}");
        }
        assert_eq!(Memory::read("").earlier(0, 2), None);
        assert_eq!(
            Memory::read(".1:-2").earlier(1, 2),
            Some((1, Answer::Value(-2)))
        );
        let huge = ".".repeat(10_000);
        assert!(Memory::read(&huge).answers.len() <= MOST_STATEMENTS);
    }
}
