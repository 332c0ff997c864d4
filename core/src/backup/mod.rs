//! Datensicherung: copies of a company file that nobody has to remember to make.
//!
//! Copies are taken with SQLite's online backup API, so each one is a consistent state even
//! while the app or the CLI writes. They live in a folder `Sicherungen` next to the database,
//! named `<file name>_<date>_<time>_<reason>.db` (the whole file name, so `firma.db` and
//! `firma.sqlite` in one folder never share copies), so the folder explains itself in a file
//! manager and the list needs no index that could drift from the files. Every copy is checked with
//! `integrity_check` before it is put in place.
//!
//! Automatic copies: once a day when the app opens a file, and before every import, restore
//! and migration. Kept: the last 7 daily copies, one per week for 4 more weeks, and the last
//! 10 "before …" copies; copies made on request ("Jetzt sichern") are never removed.
//!
//! A restore first checks the chosen file (ours, undamaged, not from a newer version), backs
//! up the current state, then replaces the database in one step through the same API.

use crate::db::{self, schema_version, APPLICATION_ID};
use crate::error::{Entity, Error, Result};
use crate::Db;
use chrono::{Datelike, NaiveDateTime};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The folder next to a database that holds its copies.
pub const FOLDER: &str = "Sicherungen";
const EXTENSION: &str = "db";
const KEEP_DAILY: usize = 7;
const KEEP_WEEKLY: usize = 4;
const KEEP_BEFORE: usize = 10;

/// Why a copy was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum BackupReason {
    /// The first opening of the day.
    Daily,
    /// On request: "Jetzt sichern" or `talentwerk-cli backup`.
    Manual,
    BeforeImport,
    BeforeRestore,
    BeforeMigration,
}

impl BackupReason {
    const ALL: [BackupReason; 5] = [
        BackupReason::Daily,
        BackupReason::Manual,
        BackupReason::BeforeImport,
        BackupReason::BeforeRestore,
        BackupReason::BeforeMigration,
    ];

    /// The word in the file name (German: the files are the users' own).
    fn slug(self) -> &'static str {
        match self {
            BackupReason::Daily => "taeglich",
            BackupReason::Manual => "manuell",
            BackupReason::BeforeImport => "vor-import",
            BackupReason::BeforeRestore => "vor-wiederherstellung",
            BackupReason::BeforeMigration => "vor-update",
        }
    }

    fn is_before(self) -> bool {
        matches!(
            self,
            BackupReason::BeforeImport
                | BackupReason::BeforeRestore
                | BackupReason::BeforeMigration
        )
    }
}

/// One copy in the backup folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub file_name: String,
    /// Local time of the copy, `YYYY-MM-DDTHH:MM:SS`.
    pub created_at: String,
    pub reason: BackupReason,
    pub size_bytes: u32,
    /// Active employees in the copy; `None` when the copy cannot be read.
    pub people: Option<u32>,
}

/// What a file holds, checked before it is restored or listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFacts {
    pub schema_version: usize,
    pub company: Option<String>,
    pub people: u32,
}

/// The backup folder for the database at `db_path`.
pub fn folder_for(db_path: &Path) -> PathBuf {
    match db_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(FOLDER),
        _ => PathBuf::from(FOLDER),
    }
}

/// What every copy's name of the database at `db_path` starts with: its whole file name.
fn prefix(db_path: &Path) -> String {
    db_path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "talentwerk".into())
}

fn file_name(stem: &str, at: NaiveDateTime, reason: BackupReason, attempt: u32) -> String {
    let suffix = if attempt == 0 {
        String::new()
    } else {
        format!("-{}", attempt + 1)
    };
    format!(
        "{stem}_{}_{}{suffix}.{EXTENSION}",
        at.format("%Y-%m-%d_%H%M%S"),
        reason.slug()
    )
}

/// Reads a copy's name back: when and why it was made, for the database whose file name is
/// `stem`.
fn parse_name(stem: &str, name: &str) -> Option<(NaiveDateTime, BackupReason)> {
    let rest = name
        .strip_prefix(stem)?
        .strip_prefix('_')?
        .strip_suffix(EXTENSION)?
        .strip_suffix('.')?;
    let (date, rest) = rest.split_at_checked(10)?;
    let rest = rest.strip_prefix('_')?;
    let (time, slug) = rest.split_at_checked(6)?;
    let slug = slug.strip_prefix('_')?;
    // A second copy in the same second carries "-2", "-3", …
    let slug = match slug.rsplit_once('-') {
        Some((head, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => head,
        _ => slug,
    };
    let reason = BackupReason::ALL.into_iter().find(|r| r.slug() == slug)?;
    let at = NaiveDateTime::parse_from_str(&format!("{date} {time}"), "%Y-%m-%d %H%M%S").ok()?;
    Some((at, reason))
}

/// Opens `path` read-only and checks that it is a sound Talentwerk file this build can use.
pub fn inspect(path: &Path) -> Result<FileFacts> {
    if !path.is_file() {
        return Err(Error::MissingFile(path.to_path_buf()));
    }
    let len = std::fs::metadata(path)
        .map_err(Error::file_access(path))?
        .len();
    if len == 0 {
        return Err(Error::ForeignFile(path.to_path_buf()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| db::file_error(e, path))?;
    let header = |pragma: &str| -> Result<i64> {
        conn.pragma_query_value(None, pragma, |row| row.get(0))
            .map_err(|e| db::file_error(e, path))
    };
    if header("application_id")? != i64::from(APPLICATION_ID) {
        return Err(Error::ForeignFile(path.to_path_buf()));
    }
    let version = header("user_version")? as usize;
    if version > schema_version() {
        return Err(Error::NewerSchema(path.to_path_buf(), version));
    }
    let problems: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut stmt| {
            stmt.query_map([], |row| row.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(|e| db::file_error(e, path))?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    if !problems.is_empty() {
        return Err(Error::DamagedFile(path.to_path_buf(), problems.join("; ")));
    }
    let company = conn
        .query_row("SELECT name FROM company", [], |row| row.get(0))
        .ok();
    let people = conn
        .query_row(
            "SELECT count(*) FROM employee WHERE archived_on IS NULL",
            [],
            |row| row.get(0),
        )
        .map_err(|e| db::file_error(e, path))?;
    Ok(FileFacts {
        schema_version: version,
        company,
        people,
    })
}

/// Copies the database behind `source` to `target`: first into a hidden file next to it,
/// switched to a plain rollback journal so the copy is one self-contained file, checked with
/// `integrity_check`, then renamed into place. On failure (or a crash) `target` is untouched.
fn copy_database(source: &Connection, target: &Path) -> Result<()> {
    let partial = crate::files::partial_path(target);
    let _ = std::fs::remove_file(&partial);
    let copied = (|| -> Result<()> {
        let mut dest = Connection::open(&partial).map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::CannotOpen) => Error::FileAccess {
                path: target.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, e),
            },
            _ => db::file_error(e, target),
        })?;
        // One step copies every page under one read lock: a consistent state even while
        // another connection writes.
        if Backup::new(source, &mut dest)?.step(-1)? != rusqlite::backup::StepResult::Done {
            return Err(Error::FileInUse);
        }
        dest.pragma_update(None, "journal_mode", "DELETE")?;
        let ok: String = dest.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if ok != "ok" {
            return Err(Error::DamagedFile(target.to_path_buf(), ok));
        }
        dest.close().map_err(|(_, e)| Error::from(e))?;
        std::fs::rename(&partial, target).map_err(Error::file_access(target))
    })();
    if copied.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    copied
}

/// Copies the open database to `target` (for `talentwerk-cli backup --out`), never over the
/// open database itself. Returns the copy's size in bytes.
pub fn copy_to(db: &Db, target: &Path) -> Result<u64> {
    db.refuse_own_files(target)?;
    db.read(|conn| copy_database(conn, target))?;
    Ok(std::fs::metadata(target)
        .map_err(Error::file_access(target))?
        .len())
}

/// Makes a copy in the backup folder, then thins out old automatic copies. `None` for an
/// in-memory database, which has no folder.
pub fn create(db: &Db, reason: BackupReason, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    let Some(db_path) = db.path() else {
        return Ok(None);
    };
    // A connection of its own, not the app's: copying and checking a large file takes a
    // while (about half a second at 5,000 × 100), and the window must not wait for it. WAL
    // gives this reader a consistent snapshot of everything committed.
    let source = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| db::file_error(e, db_path))?;
    source.busy_timeout(db::BUSY_TIMEOUT)?;
    let info = create_from(&source, db_path, reason, now)?;
    prune(db_path)?;
    Ok(Some(info))
}

fn create_from(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
    now: NaiveDateTime,
) -> Result<BackupInfo> {
    let folder = folder_for(db_path);
    std::fs::create_dir_all(&folder).map_err(Error::file_access(&folder))?;
    let stem = prefix(db_path);
    let (name, target) = (0..)
        .map(|attempt| {
            let name = file_name(&stem, now, reason, attempt);
            let target = folder.join(&name);
            (name, target)
        })
        .find(|(_, target)| !target.exists())
        .expect("some attempt number is free");
    copy_database(conn, &target)?;
    Ok(describe(&target, name, now, reason))
}

fn describe(path: &Path, file_name: String, at: NaiveDateTime, reason: BackupReason) -> BackupInfo {
    BackupInfo {
        file_name,
        created_at: at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        reason,
        size_bytes: std::fs::metadata(path)
            .map(|m| u32::try_from(m.len()).unwrap_or(u32::MAX))
            .unwrap_or(0),
        people: people_in(path),
    }
}

/// Active employees in a copy, read without a full integrity check (the list shows many
/// copies; a restore checks the one it uses). `None` when the copy cannot be read.
fn people_in(path: &Path) -> Option<u32> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.query_row(
        "SELECT count(*) FROM employee WHERE archived_on IS NULL",
        [],
        |row| row.get(0),
    )
    .ok()
}

/// Called by [`Db`] when it opens a file of an older schema: a copy before the migration.
/// The wall clock only names the copy; opening a file takes no time argument.
pub(crate) fn copy_before_migration(conn: &Connection, db_path: &Path) -> Result<()> {
    let now = chrono::Local::now().naive_local();
    create_from(conn, db_path, BackupReason::BeforeMigration, now)?;
    prune(db_path)
}

/// The day's automatic copy, unless one was made today already.
pub fn daily_if_due(db: &Db, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    let Some(db_path) = db.path() else {
        return Ok(None);
    };
    let today = now.date();
    let done = entries(db_path)?
        .iter()
        .any(|(_, _, at, reason)| *reason == BackupReason::Daily && at.date() == today);
    if done {
        return Ok(None);
    }
    create(db, BackupReason::Daily, now)
}

/// The copies of the database at `db_path`, newest first.
pub fn list(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let mut copies: Vec<BackupInfo> = entries(db_path)?
        .into_iter()
        .map(|(path, name, at, reason)| describe(&path, name, at, reason))
        .collect();
    copies.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.file_name.cmp(&a.file_name))
    });
    Ok(copies)
}

type Entry = (PathBuf, String, NaiveDateTime, BackupReason);

fn entries(db_path: &Path) -> Result<Vec<Entry>> {
    let folder = folder_for(db_path);
    let read = match std::fs::read_dir(&folder) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::file_access(&folder)(e)),
    };
    let stem = prefix(db_path);
    let mut found = Vec::new();
    for entry in read {
        let entry = entry.map_err(Error::file_access(&folder))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((at, reason)) = parse_name(&stem, &name) {
            found.push((entry.path(), name, at, reason));
        }
    }
    Ok(found)
}

/// The automatic copies to remove, given all copies: beyond the last 7 daily ones, one per
/// ISO week is kept for 4 more weeks; beyond the last 10 "before …" copies, none.
fn to_remove(mut copies: Vec<(NaiveDateTime, BackupReason, PathBuf)>) -> Vec<PathBuf> {
    copies.sort_by_key(|c| std::cmp::Reverse(c.0));
    let mut remove = Vec::new();
    let week_of = |at: &NaiveDateTime| {
        let week = at.date().iso_week();
        (week.year(), week.week())
    };
    let daily: Vec<_> = copies
        .iter()
        .filter(|c| c.1 == BackupReason::Daily)
        .collect();
    // A week that still has one of the last daily copies needs no weekly copy of its own.
    let covered: HashSet<(i32, u32)> = daily
        .iter()
        .take(KEEP_DAILY)
        .map(|c| week_of(&c.0))
        .collect();
    let mut weeks_kept: HashSet<(i32, u32)> = HashSet::new();
    for (at, _, path) in daily.iter().skip(KEEP_DAILY) {
        let week = week_of(at);
        if !covered.contains(&week) && weeks_kept.len() < KEEP_WEEKLY && weeks_kept.insert(week) {
            continue;
        }
        remove.push(path.clone());
    }
    let before = copies.iter().filter(|c| c.1.is_before());
    remove.extend(before.skip(KEEP_BEFORE).map(|c| c.2.clone()));
    remove
}

/// Removes the copies retention no longer keeps, and what a crashed copy left behind. Never
/// fails the copy just made: a copy another program removed first is gone either way, and
/// one that cannot be removed now is tried again next time.
fn prune(db_path: &Path) -> Result<()> {
    let copies = entries(db_path)?
        .into_iter()
        .map(|(path, _, at, reason)| (at, reason, path))
        .collect();
    for path in to_remove(copies) {
        let _ = std::fs::remove_file(&path);
    }
    let stale = std::time::Duration::from_secs(3600);
    if let Ok(read) = std::fs::read_dir(folder_for(db_path)) {
        for entry in read.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > stale);
            if name.starts_with('.') && name.ends_with(crate::files::PARTIAL_SUFFIX) && old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

/// Replaces the open database with the copy at `source`: checks it first (a foreign,
/// damaged or newer file changes nothing), then — with the connection held, so no change of
/// this program can slip in between — backs up the current state, copies the source in one
/// step and migrates it if it is older. Returns the copy of the state before.
///
/// Every employee's version is raised past any version the file had before, so a form
/// loaded before the restore cannot be saved over the restored data.
pub fn restore(db: &Db, source: &Path, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    if db
        .path()
        .is_some_and(|own| db::is_database_file(own, source))
    {
        return Err(Error::OwnDatabase(source.to_path_buf()));
    }
    inspect(source)?;
    let src = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| db::file_error(e, source))?;
    let before = db.exclusive(|conn| {
        let before = match db.path() {
            Some(path) => Some(create_from(conn, path, BackupReason::BeforeRestore, now)?),
            None => None,
        };
        let highest: u32 = conn.query_row(
            "SELECT coalesce(max(version), 0) FROM employee",
            [],
            |row| row.get(0),
        )?;
        if Backup::new(&src, conn)?.step(-1)? != rusqlite::backup::StepResult::Done {
            return Err(Error::FileInUse);
        }
        db::migrate(conn)?;
        conn.execute("UPDATE employee SET version = version + ?1", [highest])?;
        Ok(before)
    })?;
    if let Some(path) = db.path() {
        prune(path)?;
    }
    Ok(before)
}

/// Restores the copy called `file_name` from the open database's backup folder; a name that
/// is not one of its copies is [`Error::NotFound`], never a path to follow.
pub fn restore_named(db: &Db, file_name: &str, now: NaiveDateTime) -> Result<Option<BackupInfo>> {
    let Some(path) = db.path() else {
        return Err(Error::not_found(Entity::Backup, file_name));
    };
    let (source, ..) = entries(path)?
        .into_iter()
        .find(|(_, name, ..)| name == file_name)
        .ok_or_else(|| Error::not_found(Entity::Backup, file_name))?;
    restore(db, &source, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn names_read_back_as_written() {
        for reason in BackupReason::ALL {
            for attempt in [0, 1, 12] {
                let when = at("2026-12-01 14:33");
                let name = file_name("meine_firma", when, reason, attempt);
                assert_eq!(
                    parse_name("meine_firma", &name),
                    Some((when, reason)),
                    "{name} must parse back"
                );
                assert_eq!(
                    parse_name("meine", &name),
                    None,
                    "another file's copies differ"
                );
            }
        }
    }

    #[test]
    fn retention_keeps_seven_days_four_weeks_and_ten_before_copies() {
        let start = at("2026-09-01 08:00");
        let mut copies = Vec::new();
        for day in 0..90 {
            let when = start + chrono::Duration::days(day);
            copies.push((when, BackupReason::Daily, PathBuf::from(format!("d{day}"))));
            copies.push((
                when,
                BackupReason::BeforeImport,
                PathBuf::from(format!("i{day}")),
            ));
        }
        copies.push((start, BackupReason::Manual, PathBuf::from("m")));
        let removed: HashSet<PathBuf> = to_remove(copies.clone()).into_iter().collect();
        let kept: Vec<&PathBuf> = copies
            .iter()
            .map(|c| &c.2)
            .filter(|p| !removed.contains(*p))
            .collect();
        let daily = kept
            .iter()
            .filter(|p| p.to_string_lossy().starts_with('d'))
            .count();
        let before = kept
            .iter()
            .filter(|p| p.to_string_lossy().starts_with('i'))
            .count();
        assert_eq!(
            daily,
            KEEP_DAILY + KEEP_WEEKLY,
            "7 daily plus 4 weekly copies"
        );
        assert_eq!(before, KEEP_BEFORE, "the last 10 before-copies");
        assert!(
            kept.contains(&&PathBuf::from("m")),
            "a manual copy is never removed"
        );
        for day in 83..90 {
            assert!(
                kept.contains(&&PathBuf::from(format!("d{day}"))),
                "the newest seven days stay"
            );
        }
    }
}
