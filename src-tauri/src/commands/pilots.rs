//! Pilot projects, the KPI dashboard and the 90-day roadmap.

use crate::error::CommandResult;
use crate::state::{day_or_today, today, AppState};
use serde::{Deserialize, Serialize};
use specta::Type;
use talentwerk_core::kpi::{self, Benchmark, Kpis};
use talentwerk_core::maturity::{self, Aggregate, Dimension, Scope};
use talentwerk_core::mentoring::{self, KnowledgeTransfer};
use talentwerk_core::pilots::compliance::{self, Compliance, RiskClass, RiskQuestions};
use talentwerk_core::pilots::details::{
    self, Details, DetailsInput, Goal, GoalInput, Lessons, Milestone, MilestoneInput,
};
use talentwerk_core::pilots::page::{self, PilotPage};
use talentwerk_core::pilots::team::{self, TeamMember, TeamWarning};
use talentwerk_core::pilots::{self, CostKind, NewPilot, Pilot, PilotStatus, StatusChange};
use talentwerk_core::roadmap::{self, ItemKey, Roadmap};
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
pub fn list_pilots(state: State<'_, AppState>) -> CommandResult<Vec<Pilot>> {
    Ok(state.db()?.read(pilots::list)?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_pilot_page(state: State<'_, AppState>, id: u32) -> CommandResult<PilotPage> {
    Ok(state.db()?.read(|conn| page::page(conn, id, today()))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_pilot(state: State<'_, AppState>, input: NewPilot) -> CommandResult<Pilot> {
    Ok(state.db()?.write(|tx| pilots::add(tx, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_pilot_status(
    state: State<'_, AppState>,
    id: u32,
    status: PilotStatus,
    on: String,
    reason: String,
) -> CommandResult<StatusChange> {
    Ok(state
        .db()?
        .write(|tx| pilots::set_status(tx, id, status, &on, &reason))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_pilot_scores(
    state: State<'_, AppState>,
    id: u32,
    benefit: i32,
    risk: i32,
    measurability: i32,
) -> CommandResult<Pilot> {
    Ok(state
        .db()?
        .write(|tx| pilots::set_scores(tx, id, benefit, risk, measurability))?)
}

/// Hours saved per week; a struct so TypeScript sees a plain `number` (a bare `f64`
/// argument would be typed `number | null`, for NaN).
#[derive(Debug, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Hours {
    #[specta(type = i32)]
    pub hours: f64,
    /// The day of a measurement; ignored for planned hours.
    pub on: String,
}

#[derive(Debug, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewCost {
    pub kind: CostKind,
    #[specta(type = i32)]
    pub amount: f64,
    pub on: String,
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_planned_hours(
    state: State<'_, AppState>,
    id: u32,
    planned: Hours,
) -> CommandResult<Pilot> {
    Ok(state
        .db()?
        .write(|tx| pilots::set_planned_hours(tx, id, planned.hours))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn record_measured_hours(
    state: State<'_, AppState>,
    id: u32,
    measured: Hours,
) -> CommandResult<Pilot> {
    Ok(state
        .db()?
        .write(|tx| pilots::record_measured_hours(tx, id, measured.hours, &measured.on))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_pilot_cost(state: State<'_, AppState>, id: u32, cost: NewCost) -> CommandResult<()> {
    Ok(state
        .db()?
        .write(|tx| pilots::add_cost(tx, id, cost.kind, cost.amount, &cost.on))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_pilot_details(
    state: State<'_, AppState>,
    id: u32,
    input: DetailsInput,
) -> CommandResult<Details> {
    Ok(state
        .db()?
        .write(|tx| details::set_details(tx, id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_pilot_lessons(
    state: State<'_, AppState>,
    id: u32,
    lessons: Lessons,
) -> CommandResult<Lessons> {
    Ok(state
        .db()?
        .write(|tx| details::set_lessons(tx, id, &lessons))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_pilot_goal(
    state: State<'_, AppState>,
    pilot_id: u32,
    input: GoalInput,
) -> CommandResult<Goal> {
    Ok(state
        .db()?
        .write(|tx| details::add_goal(tx, pilot_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_pilot_goal(
    state: State<'_, AppState>,
    goal_id: u32,
    input: GoalInput,
) -> CommandResult<Goal> {
    Ok(state
        .db()?
        .write(|tx| details::update_goal(tx, goal_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn remove_pilot_goal(state: State<'_, AppState>, goal_id: u32) -> CommandResult<()> {
    Ok(state.db()?.write(|tx| details::remove_goal(tx, goal_id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn add_pilot_milestone(
    state: State<'_, AppState>,
    pilot_id: u32,
    input: MilestoneInput,
) -> CommandResult<Milestone> {
    Ok(state
        .db()?
        .write(|tx| details::add_milestone(tx, pilot_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn update_pilot_milestone(
    state: State<'_, AppState>,
    milestone_id: u32,
    input: MilestoneInput,
) -> CommandResult<Milestone> {
    Ok(state
        .db()?
        .write(|tx| details::update_milestone(tx, milestone_id, &input))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn remove_pilot_milestone(state: State<'_, AppState>, milestone_id: u32) -> CommandResult<()> {
    Ok(state
        .db()?
        .write(|tx| details::remove_milestone(tx, milestone_id))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_pilot_team(
    state: State<'_, AppState>,
    id: u32,
    members: Vec<TeamMember>,
) -> CommandResult<Option<TeamWarning>> {
    Ok(state.db()?.write(|tx| team::set_team(tx, id, &members))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_needed_competencies(
    state: State<'_, AppState>,
    id: u32,
    competencies: Vec<u32>,
) -> CommandResult<()> {
    Ok(state
        .db()?
        .write(|tx| team::set_needed_competencies(tx, id, &competencies))?)
}

/// The class the questionnaire's answers point to; the user confirms or overrides it.
#[tauri::command]
#[specta::specta]
pub fn propose_risk_class(answers: RiskQuestions) -> CommandResult<RiskClass> {
    Ok(compliance::propose(&answers))
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_risk_class(
    state: State<'_, AppState>,
    id: u32,
    risk_class: RiskClass,
    justification: String,
) -> CommandResult<Compliance> {
    Ok(state
        .db()?
        .write(|tx| compliance::set_risk_class(tx, id, risk_class, &justification))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_personal_data(
    state: State<'_, AppState>,
    id: u32,
    categories: String,
    monitoring_possible: bool,
) -> CommandResult<Compliance> {
    Ok(state
        .db()?
        .write(|tx| compliance::set_personal_data(tx, id, &categories, monitoring_possible))?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_works_council_informed(
    state: State<'_, AppState>,
    id: u32,
    on: Option<String>,
) -> CommandResult<Compliance> {
    Ok(state
        .db()?
        .write(|tx| compliance::set_works_council_informed(tx, id, on.as_deref()))?)
}

/// Everything the dashboard shows as of one day.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub kpis: Kpis,
    /// Month ends of the 12 months up to the day, the last one the day itself.
    pub trend: Vec<Kpis>,
    /// The share of firms of the company's size that use AI (not a share of people).
    pub benchmark: Option<Benchmark>,
    /// Use cases recorded by the day (the dashboard explains itself when there are none).
    pub pilots: u32,
    /// The company's KI-Reifegrad counted to the last month end (withheld below five
    /// people); people at Wissensteilung ≥ 2 are its sharing dimension's levels 2 and 3.
    pub maturity: Aggregate,
    /// Mentoring pairs and check-ins as of the day.
    pub knowledge_transfer: KnowledgeTransfer,
    /// People at Wissensteilung 2 or 3, from the company's maturity figures (`None` where
    /// those are withheld).
    pub sharers: Option<u32>,
}

/// The dashboard as of `as_of` (ISO date), or today.
#[tauri::command(async)]
#[specta::specta]
pub fn get_dashboard(
    state: State<'_, AppState>,
    as_of: Option<String>,
) -> CommandResult<Dashboard> {
    let day = day_or_today(as_of)?;
    Ok(state.db()?.read(|conn| {
        let kpis = kpi::as_of(conn, day)?;
        let company = maturity::aggregate(conn, day, Scope::Company)?;
        Ok(Dashboard {
            benchmark: kpi::benchmark(kpis.active_employees),
            trend: kpi::trend(conn, day)?,
            pilots: kpis.by_status.iter().map(|c| c.count).sum(),
            sharers: company
                .figures
                .as_ref()
                .map(|f| f.at_least(Dimension::Sharing, 2)),
            maturity: company,
            knowledge_transfer: mentoring::knowledge_transfer(conn, day)?,
            kpis,
        })
    })?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_roadmap(state: State<'_, AppState>) -> CommandResult<Roadmap> {
    Ok(state.db()?.read(|conn| roadmap::load(conn, today()))?)
}

/// Ticks an item the data cannot prove on `on`, or unticks it (`None`).
#[tauri::command(async)]
#[specta::specta]
pub fn tick_roadmap_item(
    state: State<'_, AppState>,
    item: ItemKey,
    on: Option<String>,
) -> CommandResult<Roadmap> {
    Ok(state.db()?.write(|tx| {
        roadmap::tick(tx, item, on.as_deref())?;
        roadmap::load(tx, today())
    })?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn set_roadmap_start(state: State<'_, AppState>, on: String) -> CommandResult<Roadmap> {
    Ok(state.db()?.write(|tx| {
        roadmap::set_start(tx, &on)?;
        roadmap::load(tx, today())
    })?)
}
