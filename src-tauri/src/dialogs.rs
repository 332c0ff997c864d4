//! Native file dialogs, opened in Rust so the web view needs neither file-system nor dialog
//! permissions: the web side asks for "a file to import" and gets back a handle or a name to
//! show, never the power to name a path itself.

use crate::error::{AppError, CommandResult};
use crate::Mode;
use std::path::PathBuf;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, FilePath};

/// The end-to-end binary's stand-in for a dialog (see [`Mode::EndToEnd`]); `None` in a
/// user's app.
fn test_file(app: &AppHandle) -> Option<PathBuf> {
    match &*app.state::<Mode>() {
        Mode::Desktop => None,
        Mode::EndToEnd { dialog_file } => dialog_file.clone(),
    }
}

fn chosen(path: Option<FilePath>) -> CommandResult<Option<PathBuf>> {
    path.map(|p| {
        p.into_path().map_err(|e| AppError::Storage {
            message: e.to_string(),
        })
    })
    .transpose()
}

/// Asks where to save a file of type `label` (`*.extension`); `None` on cancel.
pub fn pick_save(
    app: &AppHandle,
    label: &str,
    extension: &str,
    file_name: &str,
) -> CommandResult<Option<PathBuf>> {
    if let Some(path) = test_file(app) {
        return Ok(Some(path));
    }
    let dialog = app
        .dialog()
        .file()
        .add_filter(label, &[extension])
        .set_file_name(file_name);
    chosen(dialog.blocking_save_file())
}

/// Asks for an existing file of type `label`; `None` on cancel.
pub fn pick_open(
    app: &AppHandle,
    label: &str,
    extensions: &[&str],
) -> CommandResult<Option<PathBuf>> {
    if let Some(path) = test_file(app) {
        return Ok(Some(path));
    }
    let dialog = app.dialog().file().add_filter(label, extensions);
    chosen(dialog.blocking_pick_file())
}
