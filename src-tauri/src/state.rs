//! What the shell holds while it runs: the open company file (or why it could not be opened:
//! the UI shows that instead of a half-working app), which can be swapped for another one
//! ("Öffnen…", "Neue Firma…", the demo), and the file picked for an import.
//!
//! Commands take the open database as an `Arc<Db>` so a switch never pulls a file away from a
//! command that is still running; the old file closes when its last command ends.

use crate::error::{AppError, CommandResult};
use crate::recent::RecentFiles;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use talentwerk_core::exchange::issues::Issue;
use talentwerk_core::exchange::read::ImportFile;
use talentwerk_core::{backup, Db};

/// The company file the window shows.
struct OpenFile {
    path: PathBuf,
    db: Result<Arc<Db>, AppError>,
}

/// A file picked for import: kept here, never named by the web side. `file` is exactly
/// what the preview showed.
pub struct PickedImport {
    pub id: u32,
    pub path: PathBuf,
    pub file: Result<ImportFile, Issue>,
    /// The "create missing departments and roles" choice of the last preview: applying uses
    /// exactly what was previewed. `None` until a preview ran.
    pub previewed_with: Option<bool>,
}

pub struct AppState {
    open: RwLock<OpenFile>,
    /// The app's data folder (the default file and the demo live there).
    data_dir: PathBuf,
    pub recent: RecentFiles,
    pub picked_import: Mutex<Option<PickedImport>>,
}

/// The default company file's name in the app data folder.
pub const DEFAULT_FILE: &str = "talentwerk.db";
/// The demo company's own file in the app data folder: the user's file never gets demo data.
pub const DEMO_FILE: &str = "demo.db";

/// Which company file to open: `--db PATH` on the command line, else the `TALENTWERK_DB`
/// environment variable, else `talentwerk.db` in the OS app data folder.
pub fn database_path(args: &[String], app_data_dir: Option<PathBuf>) -> PathBuf {
    let from_args = args
        .windows(2)
        .find(|pair| pair[0] == "--db")
        .map(|pair| PathBuf::from(&pair[1]));
    let from_env = std::env::var_os("TALENTWERK_DB")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    from_args.or(from_env).unwrap_or_else(|| {
        app_data_dir
            .unwrap_or_else(|| PathBuf::from("."))
            .join(DEFAULT_FILE)
    })
}

/// How a file is opened: the start-up file and the demo may be created; a file the user
/// picked or opened before must exist (a vanished file is reported, not made anew).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    CreateIfMissing,
    MustExist,
}

/// Opens `path` and starts the day's automatic backup of a file that holds a company, beside
/// the window rather than before it. A failed backup does not keep anyone from working; it
/// is logged.
fn open_db(path: &Path, opening: Opening) -> Result<Arc<Db>, AppError> {
    let db = match opening {
        Opening::CreateIfMissing => Db::open(path),
        Opening::MustExist => Db::open_existing(path),
    };
    let db = Arc::new(db.map_err(AppError::from)?);
    if db.read(talentwerk_core::company::get)?.is_some() {
        let for_backup = Arc::clone(&db);
        std::thread::spawn(move || {
            if let Err(error) = backup::daily_if_due(&for_backup, now()) {
                eprintln!("talentwerk: the daily backup failed: {error}");
            }
        });
    }
    Ok(db)
}

impl AppState {
    pub fn open(path: PathBuf, data_dir: PathBuf, recent: RecentFiles) -> Self {
        let db = open_db(&path, Opening::CreateIfMissing);
        if db.is_ok() {
            recent.remember(&path);
        }
        AppState {
            open: RwLock::new(OpenFile { path, db }),
            data_dir,
            recent,
            picked_import: Mutex::new(None),
        }
    }

    pub fn db(&self) -> CommandResult<Arc<Db>> {
        let open = self.open.read().unwrap_or_else(|e| e.into_inner());
        open.db.clone()
    }

    pub fn path(&self) -> PathBuf {
        self.open
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .path
            .clone()
    }

    pub fn demo_path(&self) -> PathBuf {
        self.data_dir.join(DEMO_FILE)
    }

    pub fn default_path(&self) -> PathBuf {
        self.data_dir.join(DEFAULT_FILE)
    }

    /// Switches to the file at `path` if it opens; otherwise the current file stays open and
    /// the error says why. `remember` puts it on "Zuletzt geöffnet" (not the demo).
    pub fn switch_to(
        &self,
        path: &Path,
        opening: Opening,
        remember: bool,
    ) -> CommandResult<Arc<Db>> {
        let db = open_db(path, opening)?;
        *self.open.write().unwrap_or_else(|e| e.into_inner()) = OpenFile {
            path: path.to_path_buf(),
            db: Ok(db.clone()),
        };
        *self.picked_import.lock().unwrap_or_else(|e| e.into_inner()) = None;
        if remember {
            self.recent.remember(path);
        }
        Ok(db)
    }
}

/// The local calendar day, the date every new record carries.
pub fn today() -> chrono::NaiveDate {
    now().date()
}

/// The day a view is "as of": the ISO date given (a work day, else refused at
/// [`Field::Date`](talentwerk_core::error::Field::Date)), or today.
pub fn day_or_today(day: Option<String>) -> crate::error::CommandResult<chrono::NaiveDate> {
    Ok(match day {
        Some(day) => {
            talentwerk_core::validate::work_date(talentwerk_core::error::Field::Date, &day)?
        }
        None => today(),
    })
}

/// The local time, for backup names.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

#[cfg(test)]
mod tests {
    use super::database_path;
    use std::path::PathBuf;

    #[test]
    fn the_db_flag_wins_and_the_app_data_folder_is_the_default() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let data = Some(PathBuf::from("/home/u/.local/share/de.talentwerk.app"));
        assert_eq!(
            database_path(&args(&["talentwerk", "--db", "/tmp/a.db"]), data.clone()),
            PathBuf::from("/tmp/a.db"),
            "--db must choose the file"
        );
        if std::env::var_os("TALENTWERK_DB").is_none() {
            assert_eq!(
                database_path(&args(&["talentwerk"]), data),
                PathBuf::from("/home/u/.local/share/de.talentwerk.app/talentwerk.db"),
                "without flag or variable the app data folder holds talentwerk.db"
            );
        }
    }
}
