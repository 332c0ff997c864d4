//! The SQLite store: one file per company.
//!
//! Opening a file sets the per-connection pragmas, checks that the file is ours
//! (SQLite `application_id`), backs it up if it needs a migration, and migrates it. The
//! connection sits behind one mutex that is only ever locked inside [`Db`] methods, never
//! across an `.await`; every change runs in one `IMMEDIATE` transaction, so a second writer
//! (another window, the CLI) waits for the lock instead of failing halfway, and a failed
//! change leaves nothing half-written. Nothing the program writes may land on the open
//! database: [`Db::refuse_own_files`] guards every output path.

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// `TWK1` in ASCII: marks a SQLite file as a Talentwerk database.
pub const APPLICATION_ID: i32 = 0x5457_4B31;

/// How long a writer waits for another program's write to finish before it reports the
/// file as in use. An import of 5,000 people holds the lock for about two seconds.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

const MIGRATION_SQL: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_nothing_lost.sql"),
    include_str!("../migrations/0003_pilots.sql"),
    include_str!("../migrations/0004_pilot_team_and_compliance.sql"),
    include_str!("../migrations/0005_pilot_details_and_roadmap.sql"),
    include_str!("../migrations/0006_growing_people.sql"),
];

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect())
}

/// Brings the schema to this build's version (after a restore of an older copy), then the
/// company's defaults.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrations().to_latest(conn)?;
    upgrade_defaults(conn)
}

/// Gives a company created by an older version the defaults a new one starts with (the
/// learning paths and career ladder of version 6). This runs the program's own functions
/// after the schema is current — never inside a migration, whose SQL is frozen while the
/// functions follow the newest schema.
fn upgrade_defaults(conn: &mut Connection) -> Result<()> {
    let behind: bool = conn
        .query_row(
            "SELECT defaults_version < ?1 FROM company",
            [crate::company::DEFAULTS_VERSION],
            |row| row.get(0),
        )
        .optional()?
        .unwrap_or(false);
    if behind {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        crate::company::upgrade_defaults(&tx)?;
        tx.commit()?;
    }
    Ok(())
}

/// The schema version this build writes.
pub fn schema_version() -> usize {
    MIGRATION_SQL.len()
}

/// The version of the SQLite library compiled into this build ("Über Talentwerk").
pub fn sqlite_version() -> &'static str {
    rusqlite::version()
}

/// Orders names as a German phone book does (DIN 5007-1): umlauts sort with their base
/// letter, ß as "ss", case ignored; ties fall back to the exact text so the order is total.
/// Registered as the SQL collation `de` on every connection.
pub fn german_order(a: &str, b: &str) -> std::cmp::Ordering {
    /// The text as compared: lower case, umlauts and accents folded, without allocating
    /// (the matrix sorts thousands of names per read).
    fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().flat_map(char::to_lowercase).flat_map(|c| {
            let (first, second) = match c {
                'ä' | 'à' | 'á' | 'â' => ('a', None),
                'ö' | 'ó' | 'ò' | 'ô' => ('o', None),
                'ü' | 'ú' | 'ù' | 'û' => ('u', None),
                'é' | 'è' | 'ê' | 'ë' => ('e', None),
                'ç' => ('c', None),
                'ı' | 'í' | 'ì' | 'î' | 'ï' => ('i', None),
                'ş' => ('s', None),
                'ğ' => ('g', None),
                'ß' => ('s', Some('s')),
                other => (other, None),
            };
            std::iter::once(first).chain(second)
        })
    }
    folded(a).cmp(folded(b)).then_with(|| a.cmp(b))
}

pub struct Db {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
}

impl Db {
    /// Opens the database at `path`, creating and initialising it when the file is missing.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let conn = Connection::open(path).map_err(|e| open_error(e, path))?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// Opens an existing database and refuses to create one: used by commands that only
    /// read or change a company, so a mistyped path is reported instead of silently created.
    pub fn open_existing(path: &Path) -> Result<Self> {
        if !path.is_file() {
            return Err(Error::MissingFile(path.to_path_buf()));
        }
        // SQLite would happily turn an empty file into a database; it is not one of ours.
        if std::fs::metadata(path)?.len() == 0 {
            return Err(Error::ForeignFile(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(e, path))?;
        Self::prepare(conn, Some(path.to_path_buf()))
    }

    /// A private in-memory database with the same schema, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Self::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // A file that is not SQLite at all fails on the first read.
        let application_id: i32 = conn
            .pragma_query_value(None, "application_id", |row| row.get(0))
            .map_err(|e| file_error(e, &shown))?;
        let user_version: usize =
            conn.pragma_query_value(None, "user_version", |row| row.get::<_, i64>(0))? as usize;
        let is_empty: bool = conn.query_row(
            "SELECT count(*) = 0 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
            [],
            |row| row.get(0),
        )?;
        // Ours, or an empty file nobody has claimed; anything else belongs to someone else.
        if application_id != APPLICATION_ID && (!is_empty || application_id != 0) {
            return Err(Error::ForeignFile(shown));
        }
        if user_version > schema_version() {
            return Err(Error::NewerSchema(shown, user_version));
        }
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.create_collation("de", german_order)?;
        if is_empty {
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        if let Some(path) = path.as_deref().filter(|_| !is_empty) {
            if user_version < schema_version() {
                crate::backup::copy_before_migration(&conn, path)?;
            }
        }
        // Migrations, too, take the write lock at once: the app and the CLI opening an old
        // file together must not both start on it. Whoever waited finds it migrated.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        if let Err(error) = migrations().to_latest(&mut conn) {
            let now: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
            if now as usize != schema_version() {
                return Err(error.into());
            }
        }
        upgrade_defaults(&mut conn)?;
        Ok(Db {
            conn: Mutex::new(conn),
            path,
        })
    }

    /// How long a write waits for another program's write (default [`BUSY_TIMEOUT`]).
    pub fn set_busy_timeout(&self, timeout: Duration) -> Result<()> {
        Ok(self.lock().busy_timeout(timeout)?)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a transaction open (it rolls back
        // on drop), so the connection is still usable.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the connection, for reads.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.lock())
    }

    /// Runs `f` inside one transaction; commits when `f` succeeds, rolls back otherwise.
    /// The transaction takes the write lock at once (`IMMEDIATE`), waiting up to
    /// [`BUSY_TIMEOUT`] for another writer: a transaction that read first and asked for the
    /// lock later could not wait, and would fail with "database is locked".
    pub fn write<T>(&self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` with the connection to itself, outside any transaction: for the online
    /// backup API, which replaces the whole database (restore).
    pub(crate) fn exclusive<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        f(&mut self.lock())
    }

    /// Refuses `target` when writing it would touch the open database: the file itself
    /// (also through a link or another spelling of its path) or its `-wal`, `-shm` and
    /// `-journal` companions.
    pub fn refuse_own_files(&self, target: &Path) -> Result<()> {
        match &self.path {
            Some(db) if is_database_file(db, target) => Err(Error::OwnDatabase(target.into())),
            _ => Ok(()),
        }
    }

    /// Writes `bytes` to `target` completely or not at all, never over the open database.
    pub fn write_file(&self, target: &Path, bytes: &[u8]) -> Result<()> {
        self.refuse_own_files(target)?;
        crate::files::write_atomically(target, bytes)
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: the problems found, empty when sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        self.read(|conn| {
            let mut problems = Vec::new();
            let mut stmt = conn.prepare("PRAGMA integrity_check")?;
            for line in stmt.query_map([], |row| row.get::<_, String>(0))? {
                let line = line?;
                if line != "ok" {
                    problems.push(line);
                }
            }
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let rows = stmt.query_map([], |row| {
                Ok(format!(
                    "foreign key broken in {} row {}",
                    row.get::<_, String>(0)?,
                    row.get::<_, i64>(1)?
                ))
            })?;
            for row in rows {
                problems.push(row?);
            }
            Ok(problems)
        })
    }

    /// The schema version stored in the file.
    pub fn stored_schema_version(&self) -> Result<usize> {
        self.read(|conn| {
            let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
            Ok(version as usize)
        })
    }
}

/// Maps a failure to open or read a file's header: not SQLite → foreign, damaged → damaged.
pub(crate) fn file_error(error: rusqlite::Error, path: &Path) -> Error {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => Error::ForeignFile(path.to_path_buf()),
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            Error::DamagedFile(path.to_path_buf(), error.to_string())
        }
        _ => Error::from(error),
    }
}

fn open_error(error: rusqlite::Error, path: &Path) -> Error {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::PermissionDenied) => {
            Error::FileAccess {
                path: path.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, error),
            }
        }
        _ => file_error(error, path),
    }
}

/// The files SQLite keeps for the database at `db`: beside the path as given and, when that
/// is a link, beside the file it points to (where SQLite keeps its `-wal` and `-shm`).
fn companions(db: &Path) -> Vec<PathBuf> {
    let real = db.canonicalize().ok();
    std::iter::once(db)
        .chain(real.as_deref())
        .flat_map(|base| {
            ["", "-wal", "-shm", "-journal"].map(|suffix| {
                let mut name = OsString::from(base.as_os_str());
                name.push(suffix);
                PathBuf::from(name)
            })
        })
        .collect()
}

/// `path` with links and `.`/`..` resolved as far as it exists; a missing last component is
/// appended to its resolved folder.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.canonicalize().ok()?,
        _ => std::env::current_dir().ok()?,
    };
    Some(folder.join(path.file_name()?))
}

/// Whether writing `target` would touch the database at `db` or its companion files.
pub fn is_database_file(db: &Path, target: &Path) -> bool {
    let target_resolved = resolved(target);
    companions(db).iter().any(|own| {
        // The same inode (a hard or symbolic link), or the same resolved name (a file that
        // SQLite may create later, such as `-journal`).
        same_file::is_same_file(own, target).unwrap_or(false)
            || (target_resolved.is_some() && resolved(own) == target_resolved)
    })
}
