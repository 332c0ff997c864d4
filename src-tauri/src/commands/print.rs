//! "Drucken / PDF": the printed talent matrix (previewed and saved), the KPI report, the
//! pilot one-pager, the career ladder, a person's development plan and the AI-literacy
//! record (saved).
//!
//! The core lays out the PDF; here the matrix is previewed as SVG pages, saved through the native
//! dialog (opened in Rust, like the exports) and, on request, opened in the system's PDF
//! viewer. The web view can only open the file this session saved last, never a path of
//! its choosing.

use crate::commands::exchange::save_with_dialog;
use crate::error::{AppError, CommandResult};
use crate::state::{today, AppState};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::PathBuf;
use std::sync::Mutex;
use talentwerk_core::company::Language;
use talentwerk_core::error::Field;
use talentwerk_core::literacy;
use talentwerk_core::people;
use talentwerk_core::print::{self, PrintOptions};
use talentwerk_core::validate;
use tauri::{AppHandle, State};

/// Pages shown in the preview; the rest are counted.
const PREVIEW_PAGES: usize = 3;

/// The PDF this session saved last: the only file "open in viewer" may open.
#[derive(Default)]
pub struct LastPrintout(Mutex<Option<PathBuf>>);

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintPreview {
    pub page_count: u32,
    /// The first pages as standalone SVG documents.
    pub pages: Vec<String>,
}

/// Lays out the printout for `options` and returns its first pages as SVG.
#[tauri::command(async)]
#[specta::specta]
pub fn preview_matrix_print(
    state: State<'_, AppState>,
    options: PrintOptions,
    language: Language,
) -> CommandResult<PrintPreview> {
    let printout = state
        .db()?
        .read(|conn| print::matrix_printout(conn, &options, language, today()))?;
    Ok(PrintPreview {
        page_count: printout.page_count() as u32,
        pages: printout.svg_pages(PREVIEW_PAGES),
    })
}

/// Asks where to save, then writes the PDF. The chosen path, or `None` on cancel.
#[tauri::command(async)]
#[specta::specta]
pub fn save_matrix_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
    options: PrintOptions,
    language: Language,
) -> CommandResult<Option<String>> {
    let db = state.db()?;
    let bytes = db.read(|conn| print::matrix_printout(conn, &options, language, today())?.pdf())?;
    let name = match language {
        Language::De => format!("Talentmatrix-{}.pdf", today()),
        Language::En => format!("Talent-matrix-{}.pdf", today()),
    };
    save_printout(&app, &db, &last, &bytes, &name)
}

/// Saves a finished PDF through the native dialog and remembers it for "open in viewer".
fn save_printout(
    app: &AppHandle,
    db: &talentwerk_core::Db,
    last: &LastPrintout,
    bytes: &[u8],
    name: &str,
) -> CommandResult<Option<String>> {
    let saved = save_with_dialog(app, db, bytes, "PDF", "pdf", name)?;
    if let Some(path) = &saved {
        *last.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(PathBuf::from(path));
    }
    Ok(saved)
}

/// The KPI report as of `as_of` (ISO date; today when `None`), saved through the dialog.
#[tauri::command(async)]
#[specta::specta]
pub fn save_kpi_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
    as_of: Option<String>,
    language: Language,
) -> CommandResult<Option<String>> {
    let day = match as_of {
        Some(day) => validate::work_date(Field::Date, &day)?,
        None => today(),
    };
    let db = state.db()?;
    let bytes = db.read(|conn| print::kpi_printout(conn, day, language, today())?.pdf())?;
    let name = match language {
        Language::De => format!("KPI-Bericht-{day}.pdf"),
        Language::En => format!("KPI-report-{day}.pdf"),
    };
    save_printout(&app, &db, &last, &bytes, &name)
}

/// The AI career ladder as staff are given it (criteria and pay bands, no people), saved
/// through the dialog.
#[tauri::command(async)]
#[specta::specta]
pub fn save_ladder_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
) -> CommandResult<Option<String>> {
    let day = today();
    let db = state.db()?;
    let bytes = db.read(|conn| print::ladder_printout(conn, day)?.pdf())?;
    save_printout(&app, &db, &last, &bytes, &format!("KI-Laufbahn-{day}.pdf"))
}

/// One person's development plan with signature lines, saved through the dialog.
#[tauri::command(async)]
#[specta::specta]
pub fn save_development_plan_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
    employee_id: u32,
) -> CommandResult<Option<String>> {
    let day = today();
    let db = state.db()?;
    let (bytes, number) = db.read(|conn| {
        let employee = people::employee(conn, employee_id)?;
        let pdf = print::development_plan_printout(conn, employee_id, day)?.pdf()?;
        Ok((pdf, employee.personnel_number))
    })?;
    let name = format!("Entwicklungsplan-{}-{day}.pdf", file_safe(&number));
    save_printout(&app, &db, &last, &bytes, &name)
}

/// A personnel number as part of a file name: only letters, digits, `-` and `_`.
fn file_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum RecordFormat {
    Pdf,
    Csv,
}

/// What the AI-literacy record is drawn up for.
#[derive(Debug, Clone, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LiteracyInput {
    /// ISO date the record is as of.
    pub as_of: String,
    /// Who is responsible for the measures.
    pub owner: String,
    /// ISO date of the next review; not before `as_of`.
    pub next_review: String,
    pub format: RecordFormat,
}

/// The AI-literacy record (EU AI Act Art. 4) as PDF or CSV, saved through the dialog. Saving
/// the CSV also remembers nothing to open: only PDFs open in the viewer.
#[tauri::command(async)]
#[specta::specta]
pub fn save_literacy_record(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
    input: LiteracyInput,
) -> CommandResult<Option<String>> {
    let day = validate::work_date(Field::Date, &input.as_of)?;
    let next_review = validate::work_date(Field::NextReview, &input.next_review)?;
    let db = state.db()?;
    match input.format {
        RecordFormat::Pdf => {
            let bytes = db.read(|conn| {
                print::literacy_printout(conn, day, &input.owner, next_review, today())?.pdf()
            })?;
            let name = format!("KI-Kompetenz-Nachweis-{day}.pdf");
            save_printout(&app, &db, &last, &bytes, &name)
        }
        RecordFormat::Csv => {
            let text = db.read(|conn| {
                Ok(literacy::csv(&literacy::record(
                    conn,
                    day,
                    &input.owner,
                    next_review,
                    today(),
                )?))
            })?;
            let name = format!("KI-Kompetenz-Nachweis-{day}.csv");
            save_with_dialog(&app, &db, text.as_bytes(), "CSV", "csv", &name)
        }
    }
}

/// The pilot one-pager, with pseudonym codes instead of names on request, saved through the
/// dialog.
#[tauri::command(async)]
#[specta::specta]
pub fn save_pilot_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    last: State<'_, LastPrintout>,
    id: u32,
    pseudonymize: bool,
    language: Language,
) -> CommandResult<Option<String>> {
    let db = state.db()?;
    let bytes =
        db.read(|conn| print::pilot_printout(conn, id, pseudonymize, language, today())?.pdf())?;
    let name = match language {
        Language::De => format!("Pilotprojekt-{id}-Steckbrief-{}.pdf", today()),
        Language::En => format!("Pilot-project-{id}-summary-{}.pdf", today()),
    };
    save_printout(&app, &db, &last, &bytes, &name)
}

/// Opens the PDF saved last in the system's default viewer.
#[tauri::command(async)]
#[specta::specta]
pub fn open_last_printout(app: AppHandle, last: State<'_, LastPrintout>) -> CommandResult<()> {
    let path = last
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .ok_or_else(|| AppError::Storage {
            message: "no printout has been saved in this session".into(),
        })?;
    open_in_viewer(&app, &path)
}

/// Opens `path` in the system's PDF viewer; the end-to-end run has none and checks that the
/// file exists instead.
fn open_in_viewer(app: &AppHandle, path: &std::path::Path) -> CommandResult<()> {
    use tauri::Manager;
    use tauri_plugin_opener::OpenerExt;
    match &*app.state::<crate::Mode>() {
        crate::Mode::Desktop => app
            .opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| AppError::Storage {
                message: e.to_string(),
            }),
        crate::Mode::EndToEnd { .. } if path.is_file() => Ok(()),
        crate::Mode::EndToEnd { .. } => Err(AppError::Storage {
            message: format!("{} is missing", path.display()),
        }),
    }
}
