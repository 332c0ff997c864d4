//! Spreadsheet export and import from the app. The native file dialogs are opened here, in
//! Rust, so the web view needs neither file-system nor dialog permissions; the UI only ever
//! sees the chosen path.

use crate::error::{AppError, CommandResult};
use crate::state::{today, AppState};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::PathBuf;
use talentwerk_core::exchange::{self, import, import::ImportPlan};
use talentwerk_core::framework;
use talentwerk_core::matrix::{self, MatrixFilter};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, FilePath};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

/// WebDriver cannot drive native file dialogs. Builds for the end-to-end tests (feature
/// `e2e`, never a user's build) take the path from `TALENTWERK_E2E_FILE` instead.
fn test_file() -> Option<PathBuf> {
    if cfg!(feature = "e2e") {
        std::env::var_os("TALENTWERK_E2E_FILE").map(PathBuf::from)
    } else {
        None
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

/// Asks where to save `bytes` and writes them there; the chosen path, or `None` on cancel.
pub(crate) fn save_with_dialog(
    app: &AppHandle,
    bytes: &[u8],
    label: &str,
    extension: &str,
    file_name: &str,
) -> CommandResult<Option<String>> {
    let dialog = app
        .dialog()
        .file()
        .add_filter(label, &[extension])
        .set_file_name(file_name);
    let Some(path) =
        test_file().map_or_else(|| chosen(dialog.blocking_save_file()), |p| Ok(Some(p)))?
    else {
        return Ok(None);
    };
    exchange::write_file_atomically(&path, bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Asks where to save, then writes the matrix for `filter`. `None` when the user cancels.
#[tauri::command(async)]
#[specta::specta]
pub fn export_matrix(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ExportFormat,
    filter: MatrixFilter,
) -> CommandResult<Option<String>> {
    let matrix = state.db()?.read(|conn| matrix::matrix(conn, &filter))?;
    let (bytes, label, extension) = match format {
        ExportFormat::Xlsx => (exchange::matrix_xlsx(&matrix)?, "Excel", "xlsx"),
        ExportFormat::Csv => (exchange::matrix_csv(&matrix)?, "CSV", "csv"),
    };
    let name = format!("Talentmatrix-{}.{extension}", today());
    save_with_dialog(&app, &bytes, label, extension, &name)
}

/// Asks where to save an empty import template for this company's competencies.
#[tauri::command(async)]
#[specta::specta]
pub fn export_template(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    let competencies = state
        .db()?
        .read(|conn| Ok(framework::load(conn)?.competencies))?;
    let bytes = exchange::template_xlsx(&competencies)?;
    save_with_dialog(
        &app,
        &bytes,
        "Excel",
        "xlsx",
        "Talentmatrix-Importvorlage.xlsx",
    )
}

/// Asks for a CSV or XLSX file to import. `None` when the user cancels.
#[tauri::command(async)]
#[specta::specta]
pub fn pick_import_file(app: AppHandle) -> CommandResult<Option<String>> {
    let dialog = app
        .dialog()
        .file()
        .add_filter("Excel / CSV", &["xlsx", "xlsm", "csv", "txt"]);
    let path = test_file().map_or_else(|| chosen(dialog.blocking_pick_file()), |p| Ok(Some(p)))?;
    Ok(path.map(|p| p.display().to_string()))
}

/// What importing `path` would change, with every problem; writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_import(
    state: State<'_, AppState>,
    path: String,
    create_missing: bool,
) -> CommandResult<ImportPlan> {
    Ok(import::import_file(
        state.db()?,
        path.as_ref(),
        None,
        create_missing,
        true,
        today(),
    )?)
}

/// Imports `path`: reads and checks it again and writes everything or, if any problem
/// appeared since the preview, nothing. The returned plan says which.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_import(
    state: State<'_, AppState>,
    path: String,
    create_missing: bool,
) -> CommandResult<ImportPlan> {
    Ok(import::import_file(
        state.db()?,
        path.as_ref(),
        None,
        create_missing,
        false,
        today(),
    )?)
}
