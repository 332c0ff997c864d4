//! What the shell holds while it runs: the opened company database, or why it could not be
//! opened (the UI shows that instead of a half-working app).

use crate::error::{AppError, CommandResult};
use std::path::PathBuf;
use talentwerk_core::Db;

pub struct AppState {
    db: Result<Db, AppError>,
    path: PathBuf,
}

/// `TALENTWERK_DB` wins over the default `talentwerk.db` in the OS app data folder.
pub fn database_path(app_data_dir: Option<PathBuf>) -> PathBuf {
    match std::env::var_os("TALENTWERK_DB").filter(|v| !v.is_empty()) {
        Some(path) => PathBuf::from(path),
        None => app_data_dir
            .unwrap_or_else(|| PathBuf::from("."))
            .join("talentwerk.db"),
    }
}

impl AppState {
    pub fn open(path: PathBuf) -> Self {
        let db = Db::open(&path).map_err(AppError::from);
        AppState { db, path }
    }

    pub fn db(&self) -> CommandResult<&Db> {
        self.db.as_ref().map_err(Clone::clone)
    }

    pub fn path(&self) -> &PathBuf {
        &self.path
    }
}

/// The local calendar day, the date every new record carries.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
