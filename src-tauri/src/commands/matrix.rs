use crate::error::CommandResult;
use crate::state::{today, AppState};
use talentwerk_core::assessment::{self, Assessment, Assessor, NewAssessment};
use talentwerk_core::matrix::{self, Matrix, MatrixFilter};
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
pub fn get_matrix(state: State<'_, AppState>, filter: MatrixFilter) -> CommandResult<Matrix> {
    Ok(state.db()?.read(|conn| matrix::matrix(conn, &filter))?)
}

/// An edit in the matrix: recorded as today's assessment by the person at the keyboard.
#[tauri::command(async)]
#[specta::specta]
pub fn set_level(
    state: State<'_, AppState>,
    employee_id: u32,
    competency_id: u32,
    level: i32,
    assessor: Assessor,
    note: String,
) -> CommandResult<Assessment> {
    let new = NewAssessment {
        employee_id,
        competency_id,
        level,
        assessed_on: today().to_string(),
        assessor,
        note,
    };
    Ok(state.db()?.write(|tx| assessment::record(tx, &new))?)
}
