//! Reading a session file as it stands, with no lock, journal or model: the
//! domain parses it ([`Session::parse`]). To open a session for work, with its
//! journal and its model's checks, see [`crate::store::open`].

use crate::error::Result;
use crate::files::{Kind, read_text};
use crate::model::session::Session;
use std::path::Path;

/// Reads and parses a session file.
pub fn read(path: &Path) -> Result<Session> {
    let src = read_text(path, Kind::Session)?;
    Session::parse(&src, path)
}
