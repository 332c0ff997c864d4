//! Everything the detail page and the printed one-pager show about one use case, read in
//! one go so both present the same state.

use super::compliance::{self, Compliance};
use super::details::{self, Details, Goal, Lessons, Milestone};
use super::team::{self, TeamView, TeamWarning};
use super::{pilot, CostKind, Pilot, PilotStatus};
use crate::error::Result;
use crate::kpi;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusEntry {
    pub status: PilotStatus,
    pub on: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HoursEntry {
    pub on: String,
    #[specta(type = i32)]
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CostEntry {
    pub on: String,
    pub kind: CostKind,
    #[specta(type = i32)]
    pub amount: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PilotPage {
    pub pilot: Pilot,
    pub details: Details,
    pub lessons: Lessons,
    pub goals: Vec<Goal>,
    pub milestones: Vec<Milestone>,
    pub team: Vec<TeamView>,
    pub team_warning: Option<TeamWarning>,
    /// The competencies the pilot needs, in framework order.
    pub needed_competencies: Vec<u32>,
    pub compliance: Compliance,
    /// Oldest first.
    pub statuses: Vec<StatusEntry>,
    pub hours: Vec<HoursEntry>,
    pub costs: Vec<CostEntry>,
    /// Costs and savings up to `as_of`, as the dashboard counts them.
    pub to_date: kpi::PilotFigures,
}

/// The use case as of `today`.
pub fn page(conn: &Connection, id: u32, today: NaiveDate) -> Result<PilotPage> {
    let pilot = pilot(conn, id)?;
    let team = team::team(conn, id)?;
    let needed_competencies = team::needed_competencies(conn, id)?;
    let statuses = conn
        .prepare(
            "SELECT status, changed_on, reason FROM pilot_status
             WHERE pilot_id = ?1 ORDER BY changed_on, id",
        )?
        .query_map([id], |row| {
            Ok(StatusEntry {
                status: PilotStatus::parse(&row.get::<_, String>(0)?).unwrap_or(PilotStatus::Idea),
                on: row.get(1)?,
                reason: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let hours = conn
        .prepare(
            "SELECT measured_on, hours FROM pilot_hours WHERE pilot_id = ?1
             ORDER BY measured_on, id",
        )?
        .query_map([id], |row| {
            Ok(HoursEntry {
                on: row.get(0)?,
                hours: row.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let costs = conn
        .prepare(
            "SELECT since, kind, amount FROM pilot_cost WHERE pilot_id = ?1 ORDER BY since, id",
        )?
        .query_map([id], |row| {
            Ok(CostEntry {
                on: row.get(0)?,
                kind: if row.get::<_, String>(1)? == "monthly" {
                    CostKind::Monthly
                } else {
                    CostKind::Once
                },
                amount: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(PilotPage {
        details: details::details(conn, id)?,
        lessons: details::lessons(conn, id)?,
        goals: details::goals(conn, id)?,
        milestones: details::milestones(conn, id)?,
        team_warning: team::size_warning(team.len()),
        team,
        needed_competencies,
        compliance: compliance::compliance(conn, id)?,
        statuses,
        hours,
        costs,
        to_date: kpi::pilot_to_date(conn, id, today)?,
        pilot,
    })
}
