//! A small summary of every session file, kept beside them in
//! `sessions/.klarhet-index`, so that listing five hundred sessions reads one
//! small file and looks at the others' sizes and times instead of parsing them.
//!
//! The index is only a cache: a file whose length, modification time or file id
//! differs from its entry is read again, an entry whose file is gone is dropped,
//! and an index that is missing, unreadable or written by another klarhet or for
//! other models is rebuilt. It holds what the start list and `klarhet list` show
//! (organisation, date, progress), never an answer, and is private like the
//! sessions (mode 0600).

use super::{Listed, write_atomic};
use crate::error::Result;
use crate::model::assessment::Catalog;
use crate::model::session::Session;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The index's file name in the sessions folder. It does not end in `.ron`, so
/// it is never listed as a session.
pub const INDEX_NAME: &str = ".klarhet-index";

/// What a list shows of one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The organisation.
    pub organisation: String,
    /// The workshop's date.
    pub date: jiff::civil::Date,
    /// The model's id.
    pub assessment: String,
    /// Challenges assessed ([`crate::model::scoring::ChallengeResult::is_assessed`])
    /// and challenges in all, when the model is installed.
    pub scored: Option<(usize, usize)>,
    /// Items in the action plan.
    pub actions: usize,
    /// The people taking part: named participants, or the head count.
    #[serde(default)]
    pub participants: u32,
}

impl Summary {
    /// The summary of `session` on the models in `catalog`.
    pub fn of(session: &Session, catalog: &Catalog) -> Summary {
        Summary {
            organisation: session.organisation().clone(),
            date: session.date(),
            assessment: session.assessment().id.clone(),
            scored: catalog
                .get(&session.assessment().id)
                .map(|m| (session.challenges_assessed(m), m.challenges.len())),
            actions: session.actions().len(),
            participants: session.head_count(),
        }
    }
}

/// What identifies one version of a file without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    /// Modification time since the epoch, in seconds and nanoseconds (0 when
    /// unknown).
    modified: (u64, u32),
    /// The file's inode on Unix (0 elsewhere): a save renames a new file into
    /// place, so a rewrite of the same length within the clock's tick still shows.
    file: u64,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let file = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let file = 0;
        Stamp {
            len: meta.len(),
            modified: meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos())),
            file,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    stamp: Stamp,
    summary: Summary,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct IndexFile {
    /// The klarhet and the models that wrote it: summaries from another
    /// version, or for other models, are not trusted.
    made_by: String,
    entries: BTreeMap<String, Entry>,
}

/// What a summary means, bumped when that changes, so that an index written by
/// the same version of klarhet before the change is not trusted either. 2: a
/// challenge counts as assessed once it has a severity that counts, never for
/// answers still sealed.
const SUMMARY_MEANING: u32 = 2;

/// Who is writing: this klarhet's version, what its summaries mean, and every
/// installed model's version.
fn maker(catalog: &Catalog) -> String {
    let models: Vec<String> = catalog
        .versions()
        .map(|(id, version)| format!("{id} {version}"))
        .collect();
    format!(
        "klarhet {} (summaries {SUMMARY_MEANING}); {}",
        env!("CARGO_PKG_VERSION"),
        models.join(", ")
    )
}

fn read(dir: &Path, made_by: &str) -> IndexFile {
    std::fs::read_to_string(dir.join(INDEX_NAME))
        .ok()
        .and_then(|text| ron::from_str::<IndexFile>(&text).ok())
        .filter(|index| index.made_by == made_by)
        .unwrap_or_default()
}

/// Lists `paths` (the `*.ron` files of `dir`): from the index where a file is
/// unchanged, by reading it where it changed; saves the index when it moved.
pub(super) fn list(dir: &Path, paths: Vec<PathBuf>, catalog: &Catalog) -> Vec<Listed> {
    let made_by = maker(catalog);
    let old = read(dir, &made_by);
    let mut fresh = IndexFile {
        made_by,
        entries: BTreeMap::new(),
    };
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let meta = std::fs::metadata(&path).ok();
        let stamp = meta.as_ref().map(Stamp::of);
        // Votes in a journal (left by a crash) are not in the file's stamp: such a
        // session is read with its journal, and not kept in the index.
        let journalled = super::journal::path_of(&path).exists()
            || super::journal::unmatched_path_of(&path).exists();
        let cached = old
            .entries
            .get(&name)
            .filter(|e| Some(e.stamp) == stamp && !journalled)
            .map(|e| e.summary.clone());
        let summary: Result<Summary> = match cached {
            Some(s) => Ok(s),
            None if journalled => {
                super::open(&path, catalog).map(|(s, _)| Summary::of(&s, catalog))
            }
            None => super::sessions::read(&path).map(|s| Summary::of(&s, catalog)),
        };
        if let (Ok(s), Some(stamp), false) = (&summary, stamp, journalled) {
            fresh.entries.insert(
                name,
                Entry {
                    stamp,
                    summary: s.clone(),
                },
            );
        }
        out.push(Listed {
            id: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            modified: meta.and_then(|m| m.modified().ok()),
            summary,
            path,
        });
    }
    let changed = fresh.entries.len() != old.entries.len()
        || fresh
            .entries
            .iter()
            .any(|(k, e)| old.entries.get(k).is_none_or(|o| o.stamp != e.stamp));
    if changed {
        // A folder that cannot be written still lists; it is only read again next time.
        if let Ok(text) = ron::ser::to_string(&fresh) {
            let _ = write_atomic(&dir.join(INDEX_NAME), text.as_bytes());
        }
    }
    out
}

/// For each session's (organisation, date), `None` for one that cannot be read,
/// whether another one has the same, so that a list must show more to tell them
/// apart (the demo saved three times is three sessions that read alike).
pub fn look_alikes<'a>(
    keys: impl IntoIterator<Item = Option<(&'a str, jiff::civil::Date)>>,
) -> Vec<bool> {
    let keys: Vec<_> = keys.into_iter().collect();
    keys.iter()
        .map(|k| k.is_some() && keys.iter().filter(|o| *o == k).count() > 1)
        .collect()
}

/// A file's modification time in the local time zone, to the minute.
pub fn saved_at(modified: Option<SystemTime>) -> Option<String> {
    let time = jiff::Timestamp::try_from(modified?).ok()?;
    Some(
        time.to_zoned(crate::local_time::zone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
    )
}
