//! The AI career ladder, readiness, each person's growth page and hire-or-upskill.

use crate::error::CommandResult;
use crate::state::{today, AppState};
use serde::Serialize;
use specta::Type;
use talentwerk_core::fit::{self, RoleFit};
use talentwerk_core::ladder::{
    self, Readiness, Requirement, RequirementInput, Stage, StageEntry, StageInput,
};
use talentwerk_core::learning::{self, LearningRecord};
use talentwerk_core::maturity::{self, MaturityAssessment};
use talentwerk_core::mentoring::{self, Pair};
use tauri::State;

/// The ladder overview and the readiness list: the stages and everyone's readiness as of
/// today (the people of a stage are those whose `stage` names it).
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Ladder {
    pub as_of: String,
    pub stages: Vec<Stage>,
    /// Every active employee, in department order, then by name.
    pub people: Vec<Readiness>,
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_ladder(state: State<'_, AppState>) -> CommandResult<Ladder> {
    let day = today();
    Ok(state.db()?.read(|conn| {
        Ok(Ladder {
            as_of: day.to_string(),
            stages: ladder::stages(conn)?,
            people: ladder::readiness_all(conn, day, None)?,
        })
    })?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn create_stage(state: State<'_, AppState>, input: StageInput) -> CommandResult<Stage> {
    Ok(state.db()?.write(|tx| ladder::create_stage(tx, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_stage(
    state: State<'_, AppState>,
    id: u32,
    input: StageInput,
) -> CommandResult<Stage> {
    Ok(state
        .db()?
        .write(|tx| ladder::update_stage(tx, id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn delete_stage(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| ladder::delete_stage(tx, id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_stage_requirement(
    state: State<'_, AppState>,
    stage_id: u32,
    input: RequirementInput,
) -> CommandResult<Requirement> {
    Ok(state
        .db()?
        .write(|tx| ladder::add_requirement(tx, stage_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn remove_stage_requirement(state: State<'_, AppState>, id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| ladder::remove_requirement(tx, id))?)
}

/// Records the stage someone holds from `since` on (`None`: no stage); returns their
/// readiness as it is now.
#[tauri::command(async)]
#[specta::specta]
pub fn set_employee_stage(
    state: State<'_, AppState>,
    employee_id: u32,
    stage_id: Option<u32>,
    since: String,
) -> CommandResult<Readiness> {
    let day = today();
    let db = state.db()?;
    db.write(|tx| ladder::set_stage(tx, employee_id, stage_id, &since, day))?;
    Ok(db.read(|conn| ladder::readiness(conn, employee_id, day))?)
}

/// What a person's page shows of their growth.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonGrowth {
    pub readiness: Readiness,
    /// Oldest first.
    pub stage_history: Vec<StageEntry>,
    /// Oldest first.
    pub maturity: Vec<MaturityAssessment>,
    pub learning: LearningRecord,
    /// Pairs in which they mentor or are mentored, open ones first.
    pub mentoring: Vec<Pair>,
    /// The ladder's stages, lowest first, to choose from when setting the stage.
    pub stages: Vec<Stage>,
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_person_growth(
    state: State<'_, AppState>,
    employee_id: u32,
) -> CommandResult<PersonGrowth> {
    let day = today();
    Ok(state.db()?.read(|conn| {
        Ok(PersonGrowth {
            readiness: ladder::readiness(conn, employee_id, day)?,
            stage_history: ladder::stage_history(conn, employee_id)?,
            maturity: maturity::history(conn, employee_id)?,
            learning: learning::record(conn, employee_id)?,
            mentoring: mentoring::pairs_of(conn, employee_id)?,
            stages: ladder::stages(conn)?,
        })
    })?)
}

/// The rule behind hire-or-upskill, shown beside the result.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FitRule {
    /// Percent of the score from covering the role's target profile.
    pub coverage_weight: u8,
    /// Percent from technical interest.
    pub interest_weight: u8,
    /// Percent from communication strength.
    pub communication_weight: u8,
    /// The score (0–100) from which someone is a candidate to train.
    pub threshold: u8,
}

#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HireOrUpskill {
    pub rule: FitRule,
    /// One per active AI role, in framework order.
    pub roles: Vec<RoleFit>,
}

fn percent(weight: f64) -> u8 {
    (weight * 100.0).round() as u8
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_hire_or_upskill(state: State<'_, AppState>) -> CommandResult<HireOrUpskill> {
    Ok(HireOrUpskill {
        rule: FitRule {
            coverage_weight: percent(fit::COVERAGE_WEIGHT),
            interest_weight: percent(fit::INTEREST_WEIGHT),
            communication_weight: percent(fit::COMMUNICATION_WEIGHT),
            threshold: fit::FIT_THRESHOLD,
        },
        roles: state.db()?.read(fit::all_roles)?,
    })
}
