//! Open answers: written, kept without their writer, shown only together with
//! enough others, and themed (src/model/open_answers.rs).

use crate::error::{ConstructFault, Problem};
use crate::model::Assessment;
use crate::model::catalog::Catalog;
use crate::model::command::Command;
use crate::model::journal::Change;
use crate::model::session::Session;

const SET: &str = "swot-organisationen";
const STRENGTHS: &str = "swot-organisationen.styrkor";
const THREATS: &str = "swot-organisationen.hot";

fn wihlborg() -> Assessment {
    let catalog = Catalog::embedded().expect("the embedded models read");
    catalog
        .get("wihlborg")
        .expect("wihlborg is embedded")
        .clone()
}

use crate::model::test_ballots::with_people;

fn write(set: &str, writer: u32, answers: &[(&str, &[&str])]) -> Command {
    Command::Write {
        set: set.to_owned(),
        writer,
        answers: answers
            .iter()
            .map(|(p, texts)| {
                let texts = texts.iter().map(|t| (*t).to_owned()).collect();
                ((*p).to_owned(), texts)
            })
            .collect(),
    }
}

fn show(s: &mut Session, m: &Assessment) -> Vec<Change> {
    let command = Command::ShowAnswers {
        set: SET.to_owned(),
    };
    s.apply(m, command).expect("showing is never refused")
}

fn shown(s: &Session, prompt: &str) -> Vec<(String, u32)> {
    s.answers_to(SET)
        .map(|a| a.shown_to(prompt))
        .unwrap_or_default()
        .into_iter()
        .map(|(t, n)| (t.to_owned(), n))
        .collect()
}

#[test]
fn answers_wait_until_the_minimum_group_has_written_then_show_sorted() {
    let m = wihlborg();
    let mut s = with_people(&m, 5);
    s.apply(
        &m,
        write(SET, 2, &[(STRENGTHS, &["Öppna data", "Bra chefer"])]),
    )
    .expect("written");
    s.apply(&m, write(SET, 1, &[(STRENGTHS, &["Bra chefer"])]))
        .expect("written");
    assert!(
        show(&mut s, &m).is_empty(),
        "two writers are fewer than three"
    );
    assert!(shown(&s, STRENGTHS).is_empty());
    s.apply(&m, write(SET, 4, &[(THREATS, &["Budgeten"])]))
        .expect("written");
    assert_eq!(show(&mut s, &m).len(), 1);
    assert_eq!(
        shown(&s, STRENGTHS),
        vec![("Bra chefer".to_owned(), 2), ("Öppna data".to_owned(), 1)]
    );
    let sheet = s.answers_to(SET).expect("answers");
    assert_eq!((sheet.shown_writers, sheet.waiting_writers), (3, 0));
    // A fourth writer waits for two more: no list may differ by one writer.
    s.apply(&m, write(SET, 3, &[(THREATS, &["Personalbrist"])]))
        .expect("written");
    assert!(show(&mut s, &m).is_empty());
    assert_eq!(shown(&s, THREATS), vec![("Budgeten".to_owned(), 1)]);
}

#[test]
fn the_file_is_the_same_whoever_wrote_which_answers() {
    // Three writers, and the same three answers given out among them in
    // every order: the file must not tell which writer gave which.
    let m = wihlborg();
    let texts = ["Alfa", "Beta", "Gamma"];
    let orders = [[0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]];
    let files: Vec<String> = orders
        .iter()
        .map(|order| {
            let mut s = with_people(&m, 3);
            for (writer, i) in [3u32, 1, 2].into_iter().zip(order) {
                let answer = [texts[*i]];
                s.apply(&m, write(SET, writer, &[(STRENGTHS, &answer)]))
                    .expect("written");
            }
            s.to_ron()
        })
        .collect();
    assert!(files.iter().all(|f| *f == files[0]), "{files:#?}");
    assert!(files[0].contains("Alfa") && files[0].contains("writers"));
}

#[test]
fn a_writer_writes_once_within_the_limits_and_the_answers_are_cleaned() {
    let m = wihlborg();
    let mut s = with_people(&m, 3);
    let messy = "  Bra\u{1b}[31m   chefer\n och\tstöd ";
    s.apply(&m, write(SET, 1, &[(STRENGTHS, &[messy, "   "])]))
        .expect("written");
    let waiting = &s.answers_to(SET).expect("answers").waiting;
    let kept: Vec<&String> = waiting[STRENGTHS].keys().collect();
    assert_eq!(kept, ["Bra[31m chefer och stöd"]);
    let again = write(SET, 1, &[(THREATS, &["Mer"])]);
    let fault = ConstructFault::AlreadyWritten {
        set: SET.to_owned(),
    };
    assert_eq!(s.apply(&m, again), Err(fault.into()));
    let four = write(SET, 2, &[(STRENGTHS, &["a", "b", "c", "d"])]);
    let fault = ConstructFault::TooManyAnswers {
        prompt: STRENGTHS.to_owned(),
        max: 3,
    };
    assert_eq!(s.apply(&m, four), Err(fault.into()));
    let long = "å".repeat(201);
    let fault = ConstructFault::AnswerTooLong {
        prompt: STRENGTHS.to_owned(),
        max: 200,
    };
    assert_eq!(
        s.apply(&m, write(SET, 2, &[(STRENGTHS, &[long.as_str()])])),
        Err(fault.into())
    );
    let fits = "å".repeat(200);
    s.apply(&m, write(SET, 2, &[(STRENGTHS, &[fits.as_str()])]))
        .expect("200 characters fit, however many bytes");
    for (command, kind) in [
        (write(SET, 9, &[]), "participant"),
        (write("nej", 3, &[]), "prompt-set"),
        (write(SET, 3, &[("swot-jag.hot", &["x"])]), "prompt"),
    ] {
        let before = s.clone();
        assert!(
            matches!(s.apply(&m, command), Err(Problem::DanglingId { kind: k, .. }) if k == kind)
        );
        assert_eq!(s, before, "a refused command changes nothing");
    }
}

#[test]
fn one_persons_self_assessment_shows_its_answers_at_once() {
    let m = wihlborg();
    let mut s = with_people(&m, 1);
    let privacy = Command::ChoosePrivacy {
        min_group: 3,
        show_names: false,
        self_assessment: true,
    };
    s.apply(&m, privacy).expect("a self-assessment");
    s.apply(&m, write(SET, 1, &[(STRENGTHS, &["Min egen"])]))
        .expect("written");
    assert_eq!(shown(&s, STRENGTHS), vec![("Min egen".to_owned(), 1)]);
}

fn theme(name: Option<&str>, answers: &[&str]) -> Command {
    Command::ThemeAnswers {
        set: SET.to_owned(),
        prompt: STRENGTHS.to_owned(),
        theme: name.map(str::to_owned),
        answers: answers.iter().map(|a| (*a).to_owned()).collect(),
    }
}

#[test]
fn shown_answers_are_grouped_into_themes_each_answer_in_one() {
    let m = wihlborg();
    let mut s = with_people(&m, 3);
    for (writer, text) in [(1, "Chefer"), (2, "Data"), (3, "Ledning")] {
        s.apply(&m, write(SET, writer, &[(STRENGTHS, &[text])]))
            .expect("written");
    }
    // Nothing is shown yet: nothing can be themed.
    assert!(matches!(
        s.apply(&m, theme(Some("Styrning"), &["Chefer"])),
        Err(Problem::DanglingId { kind: "answer", .. })
    ));
    show(&mut s, &m);
    s.apply(&m, theme(Some(" Styrning "), &["Chefer", "Ledning"]))
        .expect("themed");
    s.apply(&m, theme(Some("Data"), &["Data", "Ledning"]))
        .expect("themed");
    let sheet = s.answers_to(SET).expect("answers");
    assert_eq!(sheet.theme_of(STRENGTHS, "Ledning"), Some("Data"));
    assert_eq!(sheet.theme_of(STRENGTHS, "Chefer"), Some("Styrning"));
    s.apply(&m, theme(None, &["Chefer"])).expect("unthemed");
    let names: Vec<&str> = s
        .answers_to(SET)
        .expect("answers")
        .themes_of(STRENGTHS)
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Data"], "an emptied theme goes");
    assert_eq!(
        s.apply(&m, theme(Some("  "), &["Data"])),
        Err(ConstructFault::NoThemeName.into())
    );
}

#[test]
fn a_file_with_answers_reads_back_and_a_tampered_one_is_refused_with_its_place() {
    let m = wihlborg();
    let mut s = with_people(&m, 3);
    for writer in 1..=3 {
        s.apply(&m, write(SET, writer, &[(STRENGTHS, &["Chefer"])]))
            .expect("written");
    }
    show(&mut s, &m);
    s.apply(&m, theme(Some("Styrning"), &["Chefer"]))
        .expect("themed");
    let text = crate::model::test_ballots::reads_back(&s, &m);
    let path = std::path::Path::new("s.klarhet");
    let tampered = text.replace("\"Chefer\": 3", "\"Chefer\": 10");
    assert_ne!(tampered, text, "the count is in the file: {text}");
    let read = Session::parse(&tampered, path).expect("parses");
    let err = crate::model::validate::session(&read, &m, &tampered, path)
        .expect_err("ten answers from three writers of one each at most three");
    let crate::error::Error::Invalid { pos, problem, .. } = err else {
        panic!("not a fault of the file: {err:?}");
    };
    assert_eq!(
        problem,
        ConstructFault::AnswersOverWriters {
            prompt: STRENGTHS.to_owned()
        }
        .into()
    );
    assert!(pos.is_some(), "placed in the file");
}

#[test]
fn a_participant_who_leaves_is_forgotten_as_a_writer_and_their_answers_stay() {
    let m = wihlborg();
    let mut s = with_people(&m, 3);
    s.apply(&m, write(SET, 2, &[(STRENGTHS, &["Chefer"])]))
        .expect("written");
    s.apply(&m, Command::RemoveParticipant { id: 2 })
        .expect("leaves");
    let sheet = s.answers_to(SET).expect("answers");
    assert!(!sheet.has_written(2));
    assert_eq!(sheet.waiting_writers, 1);
    assert_eq!(sheet.waiting[STRENGTHS]["Chefer"], 1);
}

#[test]
fn open_answers_are_never_a_journal_line() {
    let m = wihlborg();
    let mut s = with_people(&m, 3);
    let changes = s
        .apply(&m, write(SET, 1, &[(STRENGTHS, &["Chefer"])]))
        .expect("written");
    assert!(changes.iter().all(Change::kept_whole));
    assert!(changes.iter().all(|c| !c.journalled_in(&s, &m)));
}
