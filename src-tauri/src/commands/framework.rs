use crate::error::CommandResult;
use crate::state::{today, AppState};
use talentwerk_core::framework::{
    self, Competency, CompetencyInput, Framework, Pillar, Removal, Role, RoleInput,
};
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
/// The whole framework, retired entries included and marked: the framework screen offers
/// to reactivate them, every other screen leaves them out.
pub fn get_framework(state: State<'_, AppState>) -> CommandResult<Framework> {
    Ok(state.db()?.read(framework::load_all)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_pillar(state: State<'_, AppState>, name: String) -> CommandResult<Pillar> {
    Ok(state
        .db()?
        .write(|tx| framework::create_pillar(tx, &name))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn rename_pillar(state: State<'_, AppState>, id: u32, name: String) -> CommandResult<Pillar> {
    Ok(state
        .db()?
        .write(|tx| framework::rename_pillar(tx, id, &name))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_pillar(state: State<'_, AppState>, id: u32) -> CommandResult<Removal> {
    Ok(state
        .db()?
        .write(|tx| framework::delete_pillar(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reactivate_pillar(state: State<'_, AppState>, id: u32) -> CommandResult<Pillar> {
    Ok(state
        .db()?
        .write(|tx| framework::reactivate_pillar(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_competency(
    state: State<'_, AppState>,
    input: CompetencyInput,
) -> CommandResult<Competency> {
    Ok(state
        .db()?
        .write(|tx| framework::create_competency(tx, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_competency(
    state: State<'_, AppState>,
    id: u32,
    input: CompetencyInput,
) -> CommandResult<Competency> {
    Ok(state
        .db()?
        .write(|tx| framework::update_competency(tx, id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_competency(state: State<'_, AppState>, id: u32) -> CommandResult<Removal> {
    Ok(state
        .db()?
        .write(|tx| framework::delete_competency(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reactivate_competency(state: State<'_, AppState>, id: u32) -> CommandResult<Competency> {
    Ok(state
        .db()?
        .write(|tx| framework::reactivate_competency(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_role(state: State<'_, AppState>, input: RoleInput) -> CommandResult<Role> {
    Ok(state.db()?.write(|tx| framework::create_role(tx, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_role(state: State<'_, AppState>, id: u32, input: RoleInput) -> CommandResult<Role> {
    Ok(state
        .db()?
        .write(|tx| framework::update_role(tx, id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_role(state: State<'_, AppState>, id: u32) -> CommandResult<Removal> {
    Ok(state
        .db()?
        .write(|tx| framework::delete_role(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reactivate_role(state: State<'_, AppState>, id: u32) -> CommandResult<Role> {
    Ok(state.db()?.write(|tx| framework::reactivate_role(tx, id))?)
}
