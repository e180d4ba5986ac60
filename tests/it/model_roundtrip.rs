//! A model written out by klarhet reads back as the same model: what a session
//! embeds of the model it was made with (docs/model-format.md, "Sessions and
//! models").

use klarhet::model::Assessment;
use std::path::Path;

#[test]
fn the_shipped_model_written_out_reads_back_the_same() {
    let model = Assessment::halmstad().unwrap();
    let written = ron::to_string(&model).unwrap();
    let read = Assessment::parse(&written, Path::new("embedded.ron")).expect("reads back");
    assert_eq!(ron::to_string(&read).unwrap(), written);
    assert!(written.len() < klarhet::model::assessment::HALMSTAD_RON.len());
}
