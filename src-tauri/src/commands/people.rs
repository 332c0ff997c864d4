use crate::error::CommandResult;
use crate::state::{today, AppState};
use talentwerk_core::matrix::{self, EmployeeProfile};
use talentwerk_core::people::{self, Department, Employee, EmployeeInput};
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
pub fn list_departments(state: State<'_, AppState>) -> CommandResult<Vec<Department>> {
    Ok(state.db()?.read(people::list_departments)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_department(state: State<'_, AppState>, name: String) -> CommandResult<Department> {
    Ok(state
        .db()?
        .write(|tx| people::create_department(tx, &name))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn rename_department(state: State<'_, AppState>, id: u32, name: String) -> CommandResult<()> {
    Ok(state
        .db()?
        .write(|tx| people::rename_department(tx, id, &name))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_department(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| people::delete_department(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn list_employees(
    state: State<'_, AppState>,
    include_archived: bool,
) -> CommandResult<Vec<Employee>> {
    Ok(state
        .db()?
        .read(|conn| people::list_employees(conn, include_archived))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_employee_profile(state: State<'_, AppState>, id: u32) -> CommandResult<EmployeeProfile> {
    Ok(state
        .db()?
        .read(|conn| matrix::employee_profile(conn, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_employee(
    state: State<'_, AppState>,
    input: EmployeeInput,
) -> CommandResult<Employee> {
    Ok(state
        .db()?
        .write(|tx| people::create_employee(tx, &input, today()))?)
}

/// Saves the form; `version` is the one the form was loaded with, so a save over someone
/// else's newer change is refused as stale.
#[tauri::command(async)]
#[specta::specta]
pub fn update_employee(
    state: State<'_, AppState>,
    id: u32,
    version: u32,
    input: EmployeeInput,
) -> CommandResult<Employee> {
    Ok(state
        .db()?
        .write(|tx| people::update_employee(tx, id, version, &input, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn archive_employee(state: State<'_, AppState>, id: u32) -> CommandResult<Employee> {
    Ok(state
        .db()?
        .write(|tx| people::archive_employee(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn restore_employee(state: State<'_, AppState>, id: u32) -> CommandResult<Employee> {
    Ok(state.db()?.write(|tx| people::restore_employee(tx, id))?)
}
