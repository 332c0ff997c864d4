//! What the shell holds while it runs: the opened company database, or why it could not be
//! opened (the UI shows that instead of a half-working app).

use crate::error::{AppError, CommandResult};
use std::path::PathBuf;
use talentwerk_core::Db;

pub struct AppState {
    db: Result<Db, AppError>,
    path: PathBuf,
}

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
            .join("talentwerk.db")
    })
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
