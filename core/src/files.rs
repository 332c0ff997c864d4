//! Writing the files a user asked for (exports, printouts, backups): complete or not at all.
//!
//! Callers that have a database open go through [`crate::Db::write_file`], which first makes
//! sure the target is not the database itself.

use crate::error::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The suffix of a file still being written; what a crash leaves behind carries it.
pub const PARTIAL_SUFFIX: &str = ".partial";

/// Where `target` is written before it is renamed into place: a hidden file in the same
/// folder (so the rename stays on one file system), named after this process.
pub fn partial_path(target: &Path) -> PathBuf {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    folder.join(format!(".{name}.{}{PARTIAL_SUFFIX}", std::process::id()))
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename:
/// the target is either the complete new file or untouched. The file gets the permissions
/// any new file of the user gets.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let temp = partial_path(path);
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.map_err(crate::Error::file_access(path))
}
