use crate::error::CommandResult;
use crate::state::AppState;
use talentwerk_core::framework::{
    self, Competency, CompetencyInput, Framework, Pillar, Role, RoleInput,
};
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
pub fn get_framework(state: State<'_, AppState>) -> CommandResult<Framework> {
    Ok(state.db()?.read(framework::load)?)
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
pub fn delete_pillar(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| framework::delete_pillar(tx, id))?)
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
pub fn delete_competency(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state
        .db()?
        .write(|tx| framework::delete_competency(tx, id))?)
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
pub fn delete_role(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| framework::delete_role(tx, id))?)
}
