//! Lernpfade (paths, modules, enrolments, completions and the proposals they raise) and
//! mentoring.

use crate::error::CommandResult;
use crate::state::{today, AppState};
use talentwerk_core::learning::{
    self, Completion, Enrolment, LearningModule, LearningPath, ModuleInput, Participant,
};
use talentwerk_core::mentoring::{self, Checkin, NewPair, Pair};
use tauri::State;

/// Every path with its modules, retired ones included (the screen greys them).
#[tauri::command(async)]
#[specta::specta]
pub fn list_learning_paths(state: State<'_, AppState>) -> CommandResult<Vec<LearningPath>> {
    Ok(state.db()?.read(learning::all_paths)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_learning_path(
    state: State<'_, AppState>,
    name: String,
    role_id: Option<u32>,
    description: String,
) -> CommandResult<LearningPath> {
    Ok(state
        .db()?
        .write(|tx| learning::create_path(tx, &name, role_id, &description))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn retire_learning_path(state: State<'_, AppState>, id: u32) -> CommandResult<LearningPath> {
    Ok(state
        .db()?
        .write(|tx| learning::retire_path(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reactivate_learning_path(
    state: State<'_, AppState>,
    id: u32,
) -> CommandResult<LearningPath> {
    Ok(state.db()?.write(|tx| learning::reactivate_path(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_learning_module(
    state: State<'_, AppState>,
    path_id: u32,
    input: ModuleInput,
) -> CommandResult<LearningModule> {
    Ok(state
        .db()?
        .write(|tx| learning::create_module(tx, path_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_learning_module(
    state: State<'_, AppState>,
    id: u32,
    input: ModuleInput,
) -> CommandResult<LearningModule> {
    Ok(state
        .db()?
        .write(|tx| learning::update_module(tx, id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn retire_learning_module(
    state: State<'_, AppState>,
    id: u32,
) -> CommandResult<LearningModule> {
    Ok(state
        .db()?
        .write(|tx| learning::retire_module(tx, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reactivate_learning_module(
    state: State<'_, AppState>,
    id: u32,
) -> CommandResult<LearningModule> {
    Ok(state
        .db()?
        .write(|tx| learning::reactivate_module(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn list_path_participants(
    state: State<'_, AppState>,
    path_id: u32,
) -> CommandResult<Vec<Participant>> {
    Ok(state
        .db()?
        .read(|conn| learning::participants(conn, path_id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn enrol_employee(
    state: State<'_, AppState>,
    employee_id: u32,
    path_id: u32,
    on: String,
) -> CommandResult<Enrolment> {
    Ok(state
        .db()?
        .write(|tx| learning::enrol(tx, employee_id, path_id, &on))?)
}

/// Records a completed module; a completion that raises a level returns a pending proposal.
#[tauri::command(async)]
#[specta::specta]
pub fn complete_module(
    state: State<'_, AppState>,
    employee_id: u32,
    module_id: u32,
    on: String,
) -> CommandResult<Completion> {
    Ok(state
        .db()?
        .write(|tx| learning::complete(tx, employee_id, module_id, &on, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn list_pending_proposals(state: State<'_, AppState>) -> CommandResult<Vec<Completion>> {
    Ok(state.db()?.read(learning::pending_proposals)?)
}

/// Confirms the raised level: recorded as an assessment by "Trainer", the matrix shows it.
#[tauri::command(async)]
#[specta::specta]
pub fn confirm_proposal(
    state: State<'_, AppState>,
    completion_id: u32,
) -> CommandResult<Completion> {
    Ok(state
        .db()?
        .write(|tx| learning::confirm_proposal(tx, completion_id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn reject_proposal(
    state: State<'_, AppState>,
    completion_id: u32,
) -> CommandResult<Completion> {
    Ok(state
        .db()?
        .write(|tx| learning::reject_proposal(tx, completion_id))?)
}

/// Every pair, open ones first; ended pairs too.
#[tauri::command(async)]
#[specta::specta]
pub fn list_mentoring_pairs(state: State<'_, AppState>) -> CommandResult<Vec<Pair>> {
    Ok(state.db()?.read(|conn| mentoring::pairs(conn, true))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_mentoring_pair(state: State<'_, AppState>, input: NewPair) -> CommandResult<Pair> {
    Ok(state.db()?.write(|tx| mentoring::create_pair(tx, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn end_mentoring_pair(state: State<'_, AppState>, id: u32, on: String) -> CommandResult<Pair> {
    Ok(state.db()?.write(|tx| mentoring::end_pair(tx, id, &on))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn list_checkins(state: State<'_, AppState>, pair_id: u32) -> CommandResult<Vec<Checkin>> {
    Ok(state
        .db()?
        .read(|conn| mentoring::checkins(conn, pair_id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_checkin(
    state: State<'_, AppState>,
    pair_id: u32,
    on: String,
    note: String,
) -> CommandResult<Checkin> {
    Ok(state
        .db()?
        .write(|tx| mentoring::add_checkin(tx, pair_id, &on, &note, today()))?)
}
