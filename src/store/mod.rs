//! Sessions on disk: where they live, how they are written without ever leaving a
//! half-written file, and how they are listed.

mod export;
mod file_id;
pub mod follow;
pub mod host;
mod index;
pub mod journal;
mod lock;
pub mod models;
mod names;
mod opening;
mod private;
mod saving;
pub mod sealing;
pub mod sessions;
mod stray;
mod which_model;

pub use export::write_export;
pub use index::{INDEX_NAME, Summary, look_alikes, saved_at};
pub use lock::{Access, Claim, Lock, ReadOnly, claim, held_elsewhere, real_path};
pub use names::{NAME_MAX, export_name, session_stem, slug, slug_within};
pub use opening::{Journalled, Unmatched, set_aside};
pub use saving::save;

use crate::error::{Error, Result};
use crate::model::assessment::Catalog;
use crate::model::session::Session;
use private::Readers;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder sessions are kept in.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// The platform's data directory for klarhet (e.g. `~/.local/share/klarhet`).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "klarhet", "klarhet").map(|d| d.data_dir().to_owned())
}

/// The platform's config directory for klarhet, where users add their own
/// `assessments/` and `themes/`.
pub fn default_config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("se", "klarhet", "klarhet").map(|d| d.config_dir().to_owned())
}

/// A saved session as `list` shows it.
#[derive(Debug)]
pub struct Listed {
    /// The id to use on the command line (the file name without `.ron`).
    pub id: String,
    /// Its file.
    pub path: PathBuf,
    /// When the file last changed, if the system says.
    pub modified: Option<std::time::SystemTime>,
    /// What the list shows of it, or why it could not be read.
    pub summary: Result<Summary>,
}

impl Store {
    /// The store under `data_dir` (sessions go in `data_dir/sessions`).
    pub fn new(data_dir: &Path) -> Store {
        Store {
            dir: data_dir.join("sessions"),
        }
    }

    /// The sessions folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn ensure_dir(&self) -> Result<()> {
        std::fs::create_dir_all(&self.dir).map_err(|e| Error::io(&self.dir, e))?;
        // The folder holds ballots: only the owner may list it.
        private::restrict_folder(&self.dir);
        Ok(())
    }

    /// Saves a new session under a fresh id made from its date and organisation,
    /// e.g. `2026-11-22-sjohamra-kommun`, and returns its path. A long name is
    /// cut so that the file and its backup and lock fit the file system.
    pub fn create(&self, session: &Session) -> Result<PathBuf> {
        self.create_file(session, false).map(|(path, _)| path)
    }

    /// [`Store::create`], keeping the new file locked for this klarhet from the
    /// moment it exists.
    pub fn create_locked(&self, session: &Session) -> Result<Lock> {
        let (path, lock) = self.create_file(session, true)?;
        lock.ok_or_else(|| Error::io(&path, std::io::Error::other("the new file was not locked")))
    }

    fn create_file(&self, session: &Session, locked: bool) -> Result<(PathBuf, Option<Lock>)> {
        self.ensure_dir()?;
        let base = session_stem(session.date(), session.organisation());
        // The name is taken with create-new, which the file system grants to one
        // process only: two `new` at once get two files, never one overwritten.
        for k in 1u32.. {
            let name = if k == 1 {
                format!("{base}.ron")
            } else {
                format!("{base}-{k}.ron")
            };
            let path = self.dir.join(name);
            match std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(file) if locked => {
                    let lock = Lock::fresh(real_path(&path)?, file)?;
                    lock.replace(session.to_ron().as_bytes())?;
                    return Ok((path, Some(lock)));
                }
                Ok(file) => {
                    // Windows will not rename over a file that is open, and the
                    // scrutinee's handle would live to the end of the match.
                    drop(file);
                    write_atomic(&path, session.to_ron().as_bytes())?;
                    return Ok((path, None));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
        unreachable!("an unbounded range of names ran out")
    }

    /// Removes temporary files that a save cut off by a kill left behind (each a
    /// full copy of a session, ballots included). Only those older than a minute
    /// go: a younger one may belong to a save under way in another klarhet. The
    /// holder of a session's lock removes that session's at once (see
    /// [`host::Host::new`]), wherever its folder is.
    pub fn sweep(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let minute = std::time::Duration::from_secs(60);
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > minute);
            if name.starts_with(".klarhet-") && name.ends_with(".tmp") && stale {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Every `*.ron` in the folder, newest date first. Unreadable files are listed
    /// with their error, never hidden. Unchanged files are summarised from the
    /// folder's index instead of being read (see [`index`]).
    pub fn list(&self, catalog: &Catalog) -> Result<Vec<Listed>> {
        self.sweep();
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(&self.dir, e)),
        };
        let paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        let mut out = index::list(&self.dir, paths, catalog);
        out.sort_by(|a, b| {
            let date = |l: &Listed| l.summary.as_ref().ok().map(|s| s.date);
            date(b).cmp(&date(a)).then_with(|| a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// Resolves what the user typed: an existing path, or an id from `list`. A
    /// path or id that names a folder (or a FIFO) is called that, not missing.
    pub fn resolve(&self, arg: &str) -> Result<PathBuf> {
        let as_path = PathBuf::from(arg);
        if as_path.is_file() {
            return Ok(as_path);
        }
        let by_id = self.dir.join(format!("{arg}.ron"));
        if by_id.is_file() {
            return Ok(by_id);
        }
        for path in [&as_path, &by_id] {
            match std::fs::metadata(path) {
                Ok(meta) => return Err(crate::files::not_a_file(path, &meta)),
                // Links that point in a loop: what the user named is there, but
                // no file can be reached through it.
                Err(e) if crate::files::is_link_loop(&e) => {
                    return Err(crate::files::unreachable(path, e));
                }
                Err(_) => {}
            }
        }
        Err(Error::NoSession {
            arg: arg.to_owned(),
            dir: self.dir.clone(),
        })
    }
}

/// Loads a session and checks it against its model from `catalog`. It only reads:
/// a session another klarhet has open can be read too (except on Windows, where
/// its lock keeps other processes from reading it).
pub fn open(path: &Path, catalog: &Catalog) -> Result<(Session, crate::model::Assessment)> {
    let src = crate::files::read_text(path, crate::files::Kind::Session)?;
    parse(&src, path, catalog)
}

/// [`open`] for a session's text already read from `path`. A journal beside it
/// that cannot be applied is an error here, naming both files: a reader must not
/// show the session without votes that were acknowledged.
pub fn parse(
    src: &str,
    path: &Path,
    catalog: &Catalog,
) -> Result<(Session, crate::model::Assessment)> {
    let opened = parse_opened(src, path, catalog)?;
    if let Journalled::Unmatched(unmatched) = &opened.journal {
        return Err(unmatched.error(path));
    }
    Ok((opened.session, opened.model))
}

/// A session as opened, with what became of its journal.
#[derive(Debug)]
pub struct Opened {
    /// The session, with the journal's votes when they could be applied.
    pub session: Session,
    /// Its model.
    pub model: crate::model::Assessment,
    /// What became of the journal beside it.
    pub journal: Journalled,
}

/// [`parse`] for the klarhet that opens the session to work on it: a journal
/// that cannot be applied is reported, not an error, so that the session can be
/// opened for reading and the journal kept (see [`set_aside`]).
pub fn parse_opened(src: &str, path: &Path, catalog: &Catalog) -> Result<Opened> {
    let session = Session::parse(src, path)?;
    let model = which_model::model_of(&session, src, path, catalog)?;
    let mut session = session;
    // Votes kept in the journal since the file was last written whole.
    let journal = opening::apply_journal(src, path, &mut session, &model)?;
    // A newer minor version only rewords what the model says around the
    // statements; the session now shows that wording and says so at its next save.
    // Sessions from before the ballot box kept every answer next to its voter:
    // they are counted into the box now, and written that way at the next save.
    let session = session.upgraded(&model);
    Ok(Opened {
        session,
        model,
        journal,
    })
}

/// The backup kept beside a session: `<name>.ron.bak`, one generation.
pub fn backup_path(path: &Path) -> PathBuf {
    names::beside(path, ".bak")
}

/// Writes `bytes` to `path` so that the file is either the old one or the new one,
/// never a mix: a temporary file in the same directory (mode 0600, on Windows an
/// owner-only access list: see [`private`]) is written,
/// flushed to disk, and renamed over `path`; then the directory is synced so the
/// rename itself survives a power cut.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// [`write_atomic`] with the writing left to `fill`. If `fill` fails, the temporary
/// file is removed and `path` is untouched.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<()> {
    write_file(path, Readers::Owner, fill)
}

/// The atomic write of a file that `readers` may read.
fn write_file(
    path: &Path,
    readers: Readers,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<()> {
    persist(path, readers, fill, |_| Ok(())).map(drop)
}

/// The atomic write of a session that keeps it locked: `lock` locks the
/// temporary file before it is renamed over `path`, and its handle is returned.
fn write_locked(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
    lock: impl FnOnce(&std::fs::File) -> std::io::Result<()>,
) -> Result<std::fs::File> {
    persist(path, Readers::Owner, fill, lock)
}

/// Writes a temporary file beside `path` with `fill`, lets `before_rename` act on
/// it, flushes it and renames it over `path`; returns the renamed file's handle.
fn persist(
    path: &Path,
    readers: Readers,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
    before_rename: impl FnOnce(&std::fs::File) -> std::io::Result<()>,
) -> Result<std::fs::File> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let io = |e| Error::io(path, e);
    // tempfile creates the file with mode 0600 on Unix; on Windows it gets its
    // owner-only access list here, before a byte of it is written. Its name says
    // which file it replaces, for the sweep after a kill (see [`stray`]).
    let mut tmp = tempfile::Builder::new()
        .prefix(&stray::prefix(path))
        .rand_bytes(stray::RANDOM)
        .suffix(stray::SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    match readers {
        Readers::Owner => private::restrict(tmp.path()),
        Readers::Anyone => private::share(tmp.as_file()),
        Readers::As(permissions) => tmp.as_file().set_permissions(permissions),
    }
    .map_err(io)?;
    fill(tmp.as_file_mut()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    before_rename(tmp.as_file()).map_err(io)?;
    let file = tmp.persist(path).map_err(|e| io(e.error))?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(file)
}
