//! A session saved as the journal and lost-vote tests start from: three named
//! participants on the scoring step, and the ways those tests read it back.

use super::{halmstad, session_with};
use crate::common::groups_ids;
use klarhet::model::assessment::Catalog;
use klarhet::model::session::Session;
use klarhet::store::{self, Store, journal};
use klarhet::tui::App;
use klarhet::tui::theme::Theme;
use std::path::{Path, PathBuf};

/// A saved session of three named participants, on the scoring step.
pub fn three_on_scoring(dir: &Path) -> PathBuf {
    let m = halmstad();
    let mut s = session_with(
        &m,
        &[
            groups_ids::POLITIK,
            groups_ids::BOLAG,
            groups_ids::FORVALTNING,
        ],
    );
    super::place(&mut s, &m, "scoring");
    Store::new(dir).create(&s).unwrap()
}

/// The session at `path` as every reader opens it, journal applied.
pub fn open(path: &Path) -> Result<Session, klarhet::error::Error> {
    let catalog = Catalog::embedded().unwrap();
    store::open(path, &catalog).map(|(s, _)| s)
}

/// The workbench opened on the session at `path`, as `--resume` does.
pub fn resume(dir: &Path, path: &Path) -> App {
    let mut opts = super::tui::options(dir, Theme::dark());
    opts.resume = Some(path.to_owned());
    App::new(opts).expect("the session opens")
}

/// What a journal begun now continues: the file as it is, at its generation.
pub fn base(path: &Path) -> journal::Base {
    let generation = klarhet::store::sessions::read(path).unwrap().generation();
    journal::Base::of(&std::fs::read(path).unwrap(), generation)
}
