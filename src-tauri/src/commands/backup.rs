//! Einstellungen → Datensicherung: the list of copies, "Jetzt sichern" and
//! "Wiederherstellen…". A copy is named by its file name from the list (checked against the
//! backup folder, never taken as a path); a file elsewhere is picked in the native dialog.

use crate::commands::company::refresh_title;
use crate::dialogs;
use crate::error::{AppError, CommandResult};
use crate::state::{now, AppState};
use talentwerk_core::backup::{self, BackupInfo, BackupReason};
use tauri::{AppHandle, State};

#[tauri::command(async)]
#[specta::specta]
pub fn list_backups(state: State<'_, AppState>) -> CommandResult<Vec<BackupInfo>> {
    Ok(backup::list(&state.path())?)
}

/// "Jetzt sichern".
#[tauri::command(async)]
#[specta::specta]
pub fn create_backup(state: State<'_, AppState>) -> CommandResult<BackupInfo> {
    backup::create(&*state.db()?, BackupReason::Manual, now())?.ok_or_else(|| AppError::Storage {
        message: "the open database has no file to back up".into(),
    })
}

/// Restores the copy `file_name` from the list; the current state is backed up first.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    file_name: String,
) -> CommandResult<()> {
    backup::restore_named(&*state.db()?, &file_name, now())?;
    refresh_title(&app, &state);
    Ok(())
}

/// "Aus Datei wiederherstellen…": a copy kept elsewhere (a USB stick), picked natively.
/// `false` when the user cancels.
#[tauri::command(async)]
#[specta::specta]
pub fn restore_backup_from_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<bool> {
    let Some(source) = dialogs::pick_open(&app, "Talentwerk", &["db", "sqlite", "talentwerk"])?
    else {
        return Ok(false);
    };
    backup::restore(&*state.db()?, &source, now())?;
    refresh_title(&app, &state);
    Ok(true)
}
