//! Aggregation plus the Markdown report for 1,000 participants who voted on every
//! statement. Budget: under 10 ms.

use klarhet::model::Assessment;
use klarhet::model::session::{Answer, Participant, Role, Session};
use klarhet::text::Lang;

fn main() {
    divan::main();
}

fn big_session(model: &Assessment, people: u32) -> Session {
    let mut s = Session::new(
        model,
        "Storstad kommun",
        jiff::civil::date(2026, 11, 22),
        Lang::SV,
    );
    let roles = Role::ALL;
    s.participants = (1..=people)
        .map(|id| Participant {
            id,
            alias: format!("P{id}"),
            role: roles[(id as usize) % roles.len()],
        })
        .collect();
    for (k, (_, st)) in model.statements().enumerate() {
        for p in 1..=people {
            // A spread that differs per statement and per person; every tenth says vet ej.
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

#[divan::bench]
fn aggregate_and_report_1000(bencher: divan::Bencher) {
    let model = Assessment::halmstad().expect("model");
    let session = big_session(&model, 1000);
    bencher
        .bench(|| klarhet::report::markdown(divan::black_box(&session), divan::black_box(&model)));
}

#[divan::bench]
fn aggregate_only_1000(bencher: divan::Bencher) {
    let model = Assessment::halmstad().expect("model");
    let session = big_session(&model, 1000);
    bencher.bench(|| {
        klarhet::model::scoring::analyse(divan::black_box(&session), divan::black_box(&model))
    });
}

#[divan::bench]
fn load_embedded_model() -> Assessment {
    Assessment::halmstad().expect("model")
}
