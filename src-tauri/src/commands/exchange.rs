//! Spreadsheet export and import from the app. The native file dialogs are opened in Rust
//! (see `dialogs`); a file picked for import stays here as a handle, and the import applies
//! exactly the bytes its preview showed.

use crate::dialogs;
use crate::error::{AppError, CommandResult};
use crate::state::{now, today, AppState, PickedImport};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::sync::atomic::{AtomicU32, Ordering};
use talentwerk_core::exchange::issues::{Issue, IssueKind};
use talentwerk_core::exchange::read::ImportFile;
use talentwerk_core::exchange::{self, import, import::ImportPlan};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{framework, Db};
use tauri::{AppHandle, State};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

/// Asks where to save `bytes` and writes them there (never over the open database); the
/// chosen path, or `None` on cancel.
pub(crate) fn save_with_dialog(
    app: &AppHandle,
    db: &Db,
    bytes: &[u8],
    label: &str,
    extension: &str,
    file_name: &str,
) -> CommandResult<Option<String>> {
    let Some(path) = dialogs::pick_save(app, label, extension, file_name)? else {
        return Ok(None);
    };
    db.write_file(&path, bytes)?;
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
    let db = state.db()?;
    let matrix = db.read(|conn| matrix::matrix(conn, &filter))?;
    let (bytes, label, extension) = match format {
        ExportFormat::Xlsx => (exchange::matrix_xlsx(&matrix)?, "Excel", "xlsx"),
        ExportFormat::Csv => (exchange::matrix_csv(&matrix)?, "CSV", "csv"),
    };
    let name = format!("Talentmatrix-{}.{extension}", today());
    save_with_dialog(&app, &db, &bytes, label, extension, &name)
}

/// Asks where to save an empty import template for this company's competencies.
#[tauri::command(async)]
#[specta::specta]
pub fn export_template(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    let db = state.db()?;
    let competencies = db.read(|conn| Ok(framework::load(conn)?.competencies))?;
    let bytes = exchange::template_xlsx(&competencies)?;
    save_with_dialog(
        &app,
        &db,
        &bytes,
        "Excel",
        "xlsx",
        "Talentmatrix-Importvorlage.xlsx",
    )
}

/// A file picked for import, as the web side knows it: a handle and a name to show.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PickedFile {
    pub handle: u32,
    pub file_name: String,
}

static NEXT_HANDLE: AtomicU32 = AtomicU32::new(1);

/// Asks for a CSV or XLSX file to import and reads it once. `None` when the user cancels.
/// A file that cannot be read still gets a handle: its preview says why.
#[tauri::command(async)]
#[specta::specta]
pub fn pick_import_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<PickedFile>> {
    let Some(path) = dialogs::pick_open(&app, "Excel / CSV", &["xlsx", "xlsm", "csv", "txt"])?
    else {
        return Ok(None);
    };
    let file = ImportFile::read(&path);
    let handle = NEXT_HANDLE.fetch_add(1, Ordering::Relaxed);
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    *state
        .picked_import
        .lock()
        .unwrap_or_else(|e| e.into_inner()) = Some(PickedImport {
        id: handle,
        path,
        file,
        previewed_with: None,
    });
    Ok(Some(PickedFile { handle, file_name }))
}

/// A plan whose only problem is that the file could not be read.
fn unreadable(issue: Issue) -> ImportPlan {
    ImportPlan {
        problems: vec![issue],
        ..ImportPlan::default()
    }
}

/// Runs `f` with the picked file behind `handle` and its content; a handle that is no longer
/// current (another file was picked, or the company file switched) or a file that could not
/// be read plans as "not readable".
fn with_picked(
    state: &AppState,
    handle: u32,
    f: impl FnOnce(&mut PickedImport) -> CommandResult<ImportPlan>,
) -> CommandResult<ImportPlan> {
    let mut picked = state
        .picked_import
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    match picked.as_mut().filter(|p| p.id == handle) {
        Some(PickedImport {
            file: Err(issue), ..
        }) => Ok(unreadable(issue.clone())),
        Some(p) => f(p),
        None => Ok(unreadable(Issue {
            line: None,
            column: None,
            kind: IssueKind::FileNotReadable,
        })),
    }
}

/// What importing the picked file would change, with every problem; writes nothing.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_import(
    state: State<'_, AppState>,
    handle: u32,
    create_missing: bool,
) -> CommandResult<ImportPlan> {
    let db = state.db()?;
    with_picked(&state, handle, |p| {
        let file = p
            .file
            .as_ref()
            .expect("with_picked passes readable files only");
        let plan = import::import_read(&db, file, None, create_missing, true, now())?;
        p.previewed_with = Some(create_missing);
        Ok(plan)
    })
}

/// Imports exactly what the last preview showed, with its options. If the file on disk
/// changed since (or nothing was previewed), nothing is written: the error says so, and the
/// next preview shows the new content.
#[tauri::command(async)]
#[specta::specta]
pub fn apply_import(state: State<'_, AppState>, handle: u32) -> CommandResult<ImportPlan> {
    let db = state.db()?;
    with_picked(&state, handle, |p| {
        let on_disk = ImportFile::read(&p.path);
        let Some(create_missing) = p
            .previewed_with
            .filter(|_| on_disk.as_ref() == p.file.as_ref())
        else {
            // Changed, gone or unreadable since the preview: the user previews again.
            p.file = on_disk;
            p.previewed_with = None;
            return Err(AppError::FileChanged);
        };
        let file = p
            .file
            .as_ref()
            .expect("with_picked passes readable files only");
        Ok(import::import_read(
            &db,
            file,
            None,
            create_missing,
            false,
            now(),
        )?)
    })
}
