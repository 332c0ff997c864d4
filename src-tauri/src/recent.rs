//! "Zuletzt geöffnet": the company files this user opened, newest first, kept in the app's
//! config folder (never in a company file, which may travel to someone else).
//!
//! The web side sees the list by position only; it can ask to open entry 2, never a path.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const MAX_ENTRIES: usize = 8;

#[derive(Default, Serialize, Deserialize)]
struct Stored {
    files: Vec<PathBuf>,
}

pub struct RecentFiles {
    /// Where the list is saved; `None` keeps it in memory only.
    store: Option<PathBuf>,
    files: Mutex<Vec<PathBuf>>,
}

impl RecentFiles {
    /// Loads the list from `store`; a missing or unreadable list starts empty.
    pub fn load(store: Option<PathBuf>) -> Self {
        let files = store
            .as_deref()
            .and_then(|p| std::fs::read(p).ok())
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .map(|s| s.files)
            .unwrap_or_default();
        RecentFiles {
            store,
            files: Mutex::new(files),
        }
    }

    /// The files, newest first.
    pub fn list(&self) -> Vec<PathBuf> {
        self.files.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn get(&self, index: usize) -> Option<PathBuf> {
        self.list().get(index).cloned()
    }

    /// Puts `path` first and saves the list. Failing to save only costs the convenience.
    pub fn remember(&self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let files = {
            let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
            files.retain(|p| p != &path);
            files.insert(0, path);
            files.truncate(MAX_ENTRIES);
            files.clone()
        };
        if let Some(store) = &self.store {
            let saved = store
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| {
                    let json = serde_json::to_vec_pretty(&Stored { files })?;
                    talentwerk_core::files::write_atomically(store, &json)
                        .map_err(std::io::Error::other)
                });
            if let Err(error) = saved {
                eprintln!("talentwerk: could not save the recent files list: {error}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_comes_first_without_duplicates_and_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("config/recent.json");
        let (a, b) = (dir.path().join("a.db"), dir.path().join("b.db"));
        std::fs::write(&a, b"").unwrap();
        std::fs::write(&b, b"").unwrap();
        let recent = RecentFiles::load(Some(store.clone()));
        recent.remember(&a);
        recent.remember(&b);
        recent.remember(&a);
        let again = RecentFiles::load(Some(store));
        assert_eq!(
            again.list(),
            vec![a.canonicalize().unwrap(), b.canonicalize().unwrap()],
            "newest first, each file once, kept across starts"
        );
    }

    #[test]
    fn the_list_is_capped() {
        let recent = RecentFiles::load(None);
        for n in 0..20 {
            recent.remember(Path::new(&format!("/nirgends/{n}.db")));
        }
        assert_eq!(recent.list().len(), MAX_ENTRIES);
        assert_eq!(recent.get(0), Some(PathBuf::from("/nirgends/19.db")));
    }
}
