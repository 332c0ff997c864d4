//! KI-Reifegrad: ratings, group figures as of a day and before/after.

use crate::error::CommandResult;
use crate::state::{day_or_today, today, AppState};
use serde::Serialize;
use specta::Type;
use talentwerk_core::error::Field;
use talentwerk_core::maturity::{
    self, Aggregate, Comparison, MaturityAssessment, NewMaturity, Scope,
};
use talentwerk_core::people;
use talentwerk_core::validate;
use tauri::State;

#[tauri::command(async)]
#[specta::specta]
pub fn record_maturity(
    state: State<'_, AppState>,
    input: NewMaturity,
) -> CommandResult<MaturityAssessment> {
    Ok(state
        .db()?
        .write(|tx| maturity::record(tx, &input, today()))?)
}

/// The company and every department as of one day; figures below five people are withheld
/// by the core.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MaturityOverview {
    pub company: Aggregate,
    /// In department order.
    pub departments: Vec<Aggregate>,
    /// The smallest group whose figures are shown.
    pub min_group: u32,
}

#[tauri::command(async)]
#[specta::specta]
pub fn get_maturity_overview(
    state: State<'_, AppState>,
    as_of: Option<String>,
) -> CommandResult<MaturityOverview> {
    let day = day_or_today(as_of)?;
    Ok(state.db()?.read(|conn| {
        let departments = people::list_departments(conn)?
            .iter()
            .map(|d| maturity::aggregate(conn, day, Scope::Department(d.id)))
            .collect::<talentwerk_core::Result<_>>()?;
        Ok(MaturityOverview {
            company: maturity::aggregate(conn, day, Scope::Company)?,
            departments,
            min_group: maturity::MIN_GROUP,
        })
    })?)
}

#[tauri::command(async)]
#[specta::specta]
pub fn compare_maturity(
    state: State<'_, AppState>,
    before: String,
    after: String,
    scope: Scope,
) -> CommandResult<Comparison> {
    let before = validate::work_date(Field::Date, &before)?;
    let after = validate::work_date(Field::Date, &after)?;
    Ok(state
        .db()?
        .read(|conn| maturity::compare(conn, before, after, scope))?)
}
