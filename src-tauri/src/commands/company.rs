use crate::error::CommandResult;
use crate::state::{today, AppState};
use serde::Serialize;
use specta::Type;
use talentwerk_core::company::{self, Company, CompanySettings, Language};
use talentwerk_core::demo;
use tauri::State;

/// What the UI needs at start: which file is open and whether it holds a company yet.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub database_path: String,
    pub company: Option<Company>,
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_session(state: State<'_, AppState>) -> CommandResult<Session> {
    let company = state.db()?.read(company::get)?;
    Ok(Session {
        database_path: state.path().display().to_string(),
        company,
    })
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_company(
    state: State<'_, AppState>,
    name: String,
    language: Language,
) -> CommandResult<Company> {
    Ok(state
        .db()?
        .write(|tx| company::create(tx, &name, language, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn load_demo(state: State<'_, AppState>, language: Language) -> CommandResult<Company> {
    Ok(state
        .db()?
        .write(|tx| demo::create(tx, demo::DEFAULT_EMPLOYEES, language, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_company(
    state: State<'_, AppState>,
    settings: CompanySettings,
) -> CommandResult<Company> {
    Ok(state.db()?.write(|tx| company::update(tx, &settings))?)
}
