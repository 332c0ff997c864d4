//! The company file the window shows: the session, the first company, and switching files
//! ("Neue Firma…", "Öffnen…", "Zuletzt geöffnet", the demo). A file that cannot be opened
//! leaves the current one open and says why.

use crate::dialogs;
use crate::error::{AppError, CommandResult};
use crate::state::{today, AppState, Opening};
use serde::Serialize;
use specta::Type;
use std::path::Path;
use talentwerk_core::company::{self, Company, CompanySettings, Language};
use talentwerk_core::demo;
use tauri::{AppHandle, Manager, State};

/// What the UI needs at start and after a switch: which file is open, whether it holds a
/// company yet, and the files opened before.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub database_path: String,
    pub file_name: String,
    pub company: Option<Company>,
    /// "Zuletzt geöffnet", newest first, without the open file and the demo.
    pub recent: Vec<RecentFile>,
}

/// An entry of "Zuletzt geöffnet": shown by name and folder, opened by `index`.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RecentFile {
    pub index: u32,
    pub file_name: String,
    pub folder: String,
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn session(state: &AppState) -> CommandResult<Session> {
    let path = state.path();
    let company = state.db()?.read(company::get)?;
    let current = path.canonicalize().unwrap_or_else(|_| path.clone());
    let demo = state.demo_path();
    let recent = state
        .recent
        .list()
        .into_iter()
        .enumerate()
        .filter(|(_, p)| p != &current && p != &demo)
        .map(|(index, p)| RecentFile {
            index: index as u32,
            file_name: file_name(&p),
            folder: p
                .parent()
                .map(|f| f.display().to_string())
                .unwrap_or_default(),
        })
        .collect();
    Ok(Session {
        database_path: path.display().to_string(),
        file_name: file_name(&path),
        company,
        recent,
    })
}

/// Shows company and file in the window title, as desktop programs do.
pub(crate) fn refresh_title(app: &AppHandle, state: &AppState) {
    let path = state.path();
    let company = state
        .db()
        .ok()
        .and_then(|db| db.read(company::get).ok().flatten());
    let title = match company {
        Some(c) => format!("{} – {} – Talentwerk", c.name, file_name(&path)),
        None => format!("{} – Talentwerk", file_name(&path)),
    };
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&title);
    }
}

/// Switches to an existing file, remembers it, and answers the new session.
fn switched(app: &AppHandle, state: &AppState, path: &Path) -> CommandResult<Session> {
    state.switch_to(path, Opening::MustExist, true)?;
    refresh_title(app, state);
    session(state)
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_session(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Session> {
    refresh_title(&app, &state);
    session(&state)
}

/// Creates the company in the open, still empty file (the first run).
#[tauri::command(async)]
#[specta::specta]
pub fn create_company(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    language: Language,
) -> CommandResult<Company> {
    let company = state
        .db()?
        .write(|tx| company::create(tx, &name, language, today()))?;
    refresh_title(&app, &state);
    Ok(company)
}

/// "Demo ansehen": opens the demo company in its own file in the app data folder, creating
/// it on first use. The user's own file never receives demo data.
#[tauri::command(async)]
#[specta::specta]
pub fn open_demo(
    app: AppHandle,
    state: State<'_, AppState>,
    language: Language,
) -> CommandResult<Session> {
    // Made complete before the window switches to it: a failure leaves the user's file open.
    let path = state.demo_path();
    {
        let db = talentwerk_core::Db::open(&path)?;
        if db.read(company::get)?.is_none() {
            db.write(|tx| demo::create(tx, demo::DEFAULT_EMPLOYEES, language, today()))?;
        }
    }
    state.switch_to(&path, Opening::MustExist, false)?;
    refresh_title(&app, &state);
    session(&state)
}

/// Leaves the demo for the file opened last before it (or the default file).
#[tauri::command(async)]
#[specta::specta]
pub fn close_demo(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Session> {
    let demo = state.demo_path();
    let back = state
        .recent
        .list()
        .into_iter()
        .find(|p| p != &demo && p.is_file())
        .unwrap_or_else(|| state.default_path());
    state.switch_to(&back, Opening::CreateIfMissing, true)?;
    refresh_title(&app, &state);
    session(&state)
}

/// "Neue Firma…": asks where to keep the new company's file, creates the company there with
/// the default framework and switches to it. `None` when the user cancels.
#[tauri::command(async)]
#[specta::specta]
pub fn create_company_file(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    language: Language,
) -> CommandResult<Option<Session>> {
    // Checked before the dialog, so a typo costs no trip through it.
    talentwerk_core::validate::required(
        talentwerk_core::error::Field::CompanyName,
        &name,
        talentwerk_core::validate::MAX_NAME,
    )?;
    let suggested = format!("{}.db", name.trim().replace(['/', '\\', ':'], "-"));
    let Some(path) = dialogs::pick_save(&app, "Talentwerk", "db", &suggested)? else {
        return Ok(None);
    };
    // Checked against the path, not the open connection: the current file may be the
    // damaged one the user is leaving.
    if talentwerk_core::db::is_database_file(&state.path(), &path) {
        return Err(AppError::OwnDatabase);
    }
    company::create_file(&path, &name, language, today())?;
    switched(&app, &state, &path).map(Some)
}

/// "Öffnen…": asks for a company file and switches to it. A damaged or foreign file is
/// refused with the usual message and the current file stays open.
#[tauri::command(async)]
#[specta::specta]
pub fn open_company_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> CommandResult<Option<Session>> {
    let Some(path) = dialogs::pick_open(&app, "Talentwerk", &["db", "sqlite", "talentwerk"])?
    else {
        return Ok(None);
    };
    switched(&app, &state, &path).map(Some)
}

/// Opens entry `index` of "Zuletzt geöffnet".
#[tauri::command(async)]
#[specta::specta]
pub fn open_recent_file(
    app: AppHandle,
    state: State<'_, AppState>,
    index: u32,
) -> CommandResult<Session> {
    let path = state
        .recent
        .get(index as usize)
        .ok_or_else(|| AppError::NotFound {
            entity: talentwerk_core::error::Entity::Company,
            id: index.to_string(),
        })?;
    switched(&app, &state, &path)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_company(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: CompanySettings,
) -> CommandResult<Company> {
    let company = state.db()?.write(|tx| company::update(tx, &settings))?;
    refresh_title(&app, &state);
    Ok(company)
}
