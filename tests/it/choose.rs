//! The group's choice among a model's alternatives (issue 28, seed 004 §5.1):
//! `Command::Choose` is accepted for an alternative the model has with a
//! reason, refused without alternatives, for an id the model lacks and
//! without a reason; a later choice replaces the earlier, which the session
//! keeps; the change it makes replays to the same session and survives the
//! file; and a file naming an alternative the model lacks is refused at its
//! line and column.

use crate::common;
use common::give;
use klarhet::error::{ConstructFault, Problem};
use klarhet::model::choice::Chosen;
use klarhet::model::journal::Change;
use klarhet::model::{Assessment, Command, Session};
use klarhet::text::Lang;
use std::path::Path;

/// The embedded model of seed 004, which has three cumulative alternatives.
fn with_alternatives() -> Assessment {
    common::models::embedded("trollhattan")
}

fn ids(m: &Assessment) -> Vec<String> {
    let alternatives = m.alternatives.as_ref().expect("the model has alternatives");
    alternatives.items.iter().map(|a| a.id.clone()).collect()
}

fn choose(alternative: &str, reason: &str) -> Command {
    Command::Choose {
        alternative: alternative.into(),
        reason: reason.into(),
    }
}

/// Applies `command`, which must be refused with `problem` and change nothing.
fn refused(m: &Assessment, s: &mut Session, command: Command, problem: Problem) {
    let before = s.clone();
    assert_eq!(s.apply(m, command), Err(problem));
    assert_eq!(*s, before, "a refused choice changed the session");
}

#[test]
fn a_choice_with_a_reason_is_kept_and_replays() {
    let m = with_alternatives();
    let ids = ids(&m);
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let before = s.clone();
    let changes = give(
        &mut s,
        &m,
        choose(&ids[1], "  Vi har resurserna för det.  "),
    );
    // The reason is kept as the report will quote it: without the spaces around it.
    let expected = Chosen {
        alternative: ids[1].clone(),
        reason: "Vi har resurserna för det.".into(),
    };
    assert_eq!(changes, [Change::Chosen(expected.clone())]);
    let choice = s.choice().expect("the choice is kept");
    assert_eq!(choice.now(), expected);
    assert!(choice.earlier.is_empty());
    // A decision is saved with the whole session, as the others are.
    assert!(!changes[0].journalled(&m));
    // The change as a journal line holds it, and replaying it (twice) on the
    // session as it was makes the same session.
    let line = ron::to_string(&changes[0]).expect("a change serialises");
    let read: Change = ron::from_str(&line).expect("and reads back");
    let mut again = before;
    for _ in 0..2 {
        again.replay(&m, &read, true).expect("it replays");
    }
    assert_eq!(again, s);
    // The same choice for the same reason again changes nothing.
    assert_eq!(
        s.apply(&m, choose(&ids[1], "Vi har resurserna för det.")),
        Ok(vec![])
    );
}

#[test]
fn a_later_choice_replaces_the_earlier_which_is_kept() {
    let m = with_alternatives();
    let ids = ids(&m);
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    give(&mut s, &m, choose(&ids[0], "Först detta."));
    let before = s.clone();
    let changes = give(&mut s, &m, choose(&ids[2], "Sedan detta."));
    let choice = s.choice().expect("a choice");
    assert_eq!(choice.alternative, ids[2]);
    assert_eq!(choice.reason, "Sedan detta.");
    assert_eq!(
        choice.earlier,
        [Chosen {
            alternative: ids[0].clone(),
            reason: "Först detta.".into(),
        }]
    );
    let mut again = before;
    for _ in 0..2 {
        for change in &changes {
            again.replay(&m, change, true).expect("it replays");
        }
    }
    assert_eq!(
        again, s,
        "replaying the later choice twice keeps one record"
    );
    // Going back to the first alternative keeps both before it.
    give(&mut s, &m, choose(&ids[0], "Ändå detta."));
    let choice = s.choice().expect("a choice");
    assert_eq!(choice.earlier.len(), 2);
    assert_eq!(choice.earlier[1].alternative, ids[2]);
    // The file keeps the whole record and reads back as the same session.
    let text = s.to_ron();
    let read = Session::parse(&text, Path::new("s.ron")).expect("the file reads");
    assert_eq!(read, s);
    read.check_against(&m, &text, Path::new("s.ron"))
        .expect("a file with choices the model has is valid");
}

#[test]
fn a_choice_is_refused_for_each_reason_in_words() {
    let m = with_alternatives();
    let ids = ids(&m);
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    let unknown = Problem::DanglingId {
        kind: "alternative",
        id: "finns-inte".into(),
    };
    refused(&m, &mut s, choose("finns-inte", "Skäl."), unknown.clone());
    let blank = Problem::from(ConstructFault::NoReason {
        alternative: ids[0].clone(),
    });
    refused(&m, &mut s, choose(&ids[0], " \n "), blank.clone());
    refused(&m, &mut s, choose(&ids[0], ""), blank.clone());
    let halmstad = common::halmstad();
    assert!(halmstad.alternatives.is_none());
    let mut other = Session::new(&halmstad, "Testkommun", common::date(), Lang::SV);
    let none = Problem::from(ConstructFault::NoAlternatives);
    refused(
        &halmstad,
        &mut other,
        choose(&ids[0], "Skäl."),
        none.clone(),
    );
    // Each is said in both languages, naming what is wrong.
    assert!(unknown.describe(Lang::EN).contains("finns-inte"));
    let said = |p: &Problem, lang| p.describe(lang);
    assert_eq!(
        said(&blank, Lang::SV),
        format!(
            "valet av alternativet \"{}\" saknar motivering: skriv varför gruppen väljer det",
            ids[0]
        )
    );
    assert!(said(&blank, Lang::EN).contains("has no reason"));
    assert_eq!(
        said(&none, Lang::SV),
        "modellen har inga alternativ att välja mellan"
    );
    assert_eq!(
        said(&none, Lang::EN),
        "the model has no alternatives to choose between"
    );
    // A refused choice leaves an earlier one standing.
    give(&mut s, &m, choose(&ids[0], "Skäl."));
    refused(&m, &mut s, choose(&ids[1], "   "), {
        Problem::from(ConstructFault::NoReason {
            alternative: ids[1].clone(),
        })
    });
    assert_eq!(s.choice().map(|c| c.alternative.as_str()), Some(&*ids[0]));
}

#[test]
fn a_session_without_a_choice_writes_no_field_for_it() {
    let m = with_alternatives();
    let s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    // The model's copy may say "choice" in its own words: the field is a line.
    let text = s.to_ron();
    assert!(!text.lines().any(|l| l.trim_start().starts_with("choice:")));
    let mut chosen = s.clone();
    give(&mut chosen, &m, choose(&ids(&m)[0], "Skäl."));
    let text = chosen.to_ron();
    assert!(text.lines().any(|l| l.trim_start().starts_with("choice:")));
}

#[test]
fn a_file_naming_an_alternative_the_model_lacks_is_refused_at_its_place() {
    let m = with_alternatives();
    let ids = ids(&m);
    let mut s = Session::new(&m, "Testkommun", common::date(), Lang::SV);
    give(&mut s, &m, choose(&ids[1], "Skäl."));
    let text = s.to_ron();
    let quoted = format!("alternative: \"{}\"", ids[1]);
    assert!(text.contains(&quoted), "{text}");
    let edited = text.replace(&quoted, "alternative: \"finns-inte\"");
    common::models::refused_at_dangling_id(&m, &edited, "\"finns-inte\"", "alternative");
}
