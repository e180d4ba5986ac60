//! Aggregation plus the Markdown report for 1,000 participants who voted on every
//! statement. Budget: under 10 ms.

use klarhet::model::Assessment;
use klarhet::model::session::Session;

fn main() {
    divan::main();
}

fn big_session(model: &Assessment, people: u32) -> Session {
    klarhet::demo::crowd(model, people, true)
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
