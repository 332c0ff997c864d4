//! What a use case is about and what it aims for: owner, description, the pain point, the AI
//! system it uses, the planned start and end, measurable goals, milestones and the lessons
//! learned.
//!
//! These are the record's own fields and short lists the team keeps current; the dated
//! histories the KPIs read (status, measured hours, costs) stay in [`super`]. Goals are
//! written as a baseline and a target in one unit ("Angebotszeit: 120 → 30 Minuten"), so a
//! pilot states how its success will be measured before it starts — the seeds' "klare Ziele".

use super::pilot;
use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

/// Where the AI system runs — the first question of data protection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum AiHosting {
    /// On the company's own machines.
    Local,
    /// In a vendor's cloud.
    Cloud,
}

impl AiHosting {
    fn as_str(self) -> &'static str {
        match self {
            AiHosting::Local => "local",
            AiHosting::Cloud => "cloud",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        match value {
            "local" => Some(AiHosting::Local),
            "cloud" => Some(AiHosting::Cloud),
            _ => None,
        }
    }
}

/// The record's descriptive fields, as the detail page edits them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DetailsInput {
    pub title: String,
    pub department_id: Option<u32>,
    /// The person responsible: a current employee.
    pub owner_id: Option<u32>,
    pub description: String,
    pub pain_point: String,
    pub ai_system: String,
    pub ai_vendor: String,
    pub ai_hosting: Option<AiHosting>,
    /// ISO dates; the end may not lie before the start.
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
}

/// The descriptive fields with the owner's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Details {
    #[serde(flatten)]
    pub input: DetailsInput,
    pub owner: Option<String>,
}

/// What the team learned: what worked, what did not, what comes next.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Lessons {
    pub worked: String,
    pub not_worked: String,
    pub next_step: String,
}

impl Lessons {
    /// Whether anything was written down.
    pub fn documented(&self) -> bool {
        !(self.worked.is_empty() && self.not_worked.is_empty() && self.next_step.is_empty())
    }
}

pub fn details(conn: &Connection, pilot_id: u32) -> Result<Details> {
    conn.query_row(
        "SELECT p.title, p.department_id, p.owner_id, p.description, p.pain_point, p.ai_system,
                p.ai_vendor, p.ai_hosting, p.planned_start, p.planned_end, e.name
         FROM pilot p LEFT JOIN employee e ON e.id = p.owner_id WHERE p.id = ?1",
        [pilot_id],
        |row| {
            Ok(Details {
                input: DetailsInput {
                    title: row.get(0)?,
                    department_id: row.get(1)?,
                    owner_id: row.get(2)?,
                    description: row.get(3)?,
                    pain_point: row.get(4)?,
                    ai_system: row.get(5)?,
                    ai_vendor: row.get(6)?,
                    ai_hosting: row
                        .get::<_, Option<String>>(7)?
                        .as_deref()
                        .and_then(AiHosting::parse),
                    planned_start: row.get(8)?,
                    planned_end: row.get(9)?,
                },
                owner: row.get(10)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Pilot, pilot_id))
}

/// Replaces the descriptive fields. A newly named owner must be a current employee; the
/// planned end may not lie before the planned start.
pub fn set_details(tx: &Transaction, pilot_id: u32, input: &DetailsInput) -> Result<Details> {
    pilot(tx, pilot_id)?;
    let title = validate::required(Field::Title, &input.title, MAX_NAME)?;
    super::require_department(tx, input.department_id)?;
    // A new owner must be a current employee; one who has since left may stay until the
    // user names another, so the rest of the record can still be edited.
    let unchanged = details(tx, pilot_id)?.input.owner_id == input.owner_id;
    if let Some(owner) = input.owner_id.filter(|_| !unchanged) {
        let current: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM employee WHERE id = ?1 AND archived_on IS NULL)",
            [owner],
            |row| row.get(0),
        )?;
        if !current {
            return Err(Error::invalid(Field::Owner, Problem::Unknown));
        }
    }
    let description = validate::optional(Field::Description, &input.description, MAX_TEXT)?;
    let pain_point = validate::optional(Field::PainPoint, &input.pain_point, MAX_TEXT)?;
    let ai_system = validate::optional(Field::AiSystem, &input.ai_system, MAX_NAME)?;
    let ai_vendor = validate::optional(Field::AiVendor, &input.ai_vendor, MAX_NAME)?;
    let start = validate::optional_date(Field::PlannedStart, input.planned_start.as_deref())?;
    let end = validate::optional_date(Field::PlannedEnd, input.planned_end.as_deref())?;
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            return Err(Error::invalid(Field::PlannedEnd, Problem::BeforeStart));
        }
    }
    tx.execute(
        "UPDATE pilot SET title = ?1, department_id = ?2, owner_id = ?3, description = ?4,
                pain_point = ?5, ai_system = ?6, ai_vendor = ?7, ai_hosting = ?8,
                planned_start = ?9, planned_end = ?10
         WHERE id = ?11",
        params![
            title,
            input.department_id,
            input.owner_id,
            description,
            pain_point,
            ai_system,
            ai_vendor,
            input.ai_hosting.map(AiHosting::as_str),
            start.map(|d| d.to_string()),
            end.map(|d| d.to_string()),
            pilot_id
        ],
    )?;
    details(tx, pilot_id)
}

pub fn lessons(conn: &Connection, pilot_id: u32) -> Result<Lessons> {
    conn.query_row(
        "SELECT learned_worked, learned_not_worked, next_step FROM pilot WHERE id = ?1",
        [pilot_id],
        |row| {
            Ok(Lessons {
                worked: row.get(0)?,
                not_worked: row.get(1)?,
                next_step: row.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Pilot, pilot_id))
}

pub fn set_lessons(tx: &Transaction, pilot_id: u32, input: &Lessons) -> Result<Lessons> {
    pilot(tx, pilot_id)?;
    let worked = validate::optional(Field::LessonsWorked, &input.worked, MAX_TEXT)?;
    let not_worked = validate::optional(Field::LessonsNotWorked, &input.not_worked, MAX_TEXT)?;
    let next_step = validate::optional(Field::NextStep, &input.next_step, MAX_TEXT)?;
    tx.execute(
        "UPDATE pilot SET learned_worked = ?1, learned_not_worked = ?2, next_step = ?3
         WHERE id = ?4",
        params![worked, not_worked, next_step, pilot_id],
    )?;
    lessons(tx, pilot_id)
}

/// A measurable goal: from `baseline` to `target`, in `unit`.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: u32,
    pub name: String,
    #[specta(type = i32)]
    pub baseline: f64,
    #[specta(type = i32)]
    pub target: f64,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalInput {
    pub name: String,
    #[specta(type = i32)]
    pub baseline: f64,
    #[specta(type = i32)]
    pub target: f64,
    pub unit: String,
}

/// Goal values: any finite number a business measures (minutes, per cent, euros).
const GOAL_LIMIT: f64 = 1_000_000_000.0;

fn goal_value(field: Field, value: f64) -> Result<f64> {
    if value.is_finite() && value.abs() <= GOAL_LIMIT {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            Problem::OutOfRange {
                min: -1_000_000_000,
                max: 1_000_000_000,
            },
        ))
    }
}

fn valid_goal(input: &GoalInput) -> Result<GoalInput> {
    Ok(GoalInput {
        name: validate::required(Field::GoalName, &input.name, MAX_NAME)?,
        baseline: goal_value(Field::Baseline, input.baseline)?,
        target: goal_value(Field::Target, input.target)?,
        unit: validate::optional(Field::Unit, &input.unit, 40)?,
    })
}

pub fn goals(conn: &Connection, pilot_id: u32) -> Result<Vec<Goal>> {
    Ok(conn
        .prepare(
            "SELECT id, name, baseline, target, unit FROM pilot_goal
             WHERE pilot_id = ?1 ORDER BY id",
        )?
        .query_map([pilot_id], goal_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn goal_from_row(row: &rusqlite::Row) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: row.get(0)?,
        name: row.get(1)?,
        baseline: row.get(2)?,
        target: row.get(3)?,
        unit: row.get(4)?,
    })
}

fn goal(conn: &Connection, id: u32) -> Result<Goal> {
    conn.query_row(
        "SELECT id, name, baseline, target, unit FROM pilot_goal WHERE id = ?1",
        [id],
        goal_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Goal, id))
}

pub fn add_goal(tx: &Transaction, pilot_id: u32, input: &GoalInput) -> Result<Goal> {
    pilot(tx, pilot_id)?;
    let input = valid_goal(input)?;
    tx.execute(
        "INSERT INTO pilot_goal (pilot_id, name, baseline, target, unit)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            pilot_id,
            input.name,
            input.baseline,
            input.target,
            input.unit
        ],
    )?;
    goal(tx, tx.last_insert_rowid() as u32)
}

pub fn update_goal(tx: &Transaction, goal_id: u32, input: &GoalInput) -> Result<Goal> {
    goal(tx, goal_id)?;
    let input = valid_goal(input)?;
    tx.execute(
        "UPDATE pilot_goal SET name = ?1, baseline = ?2, target = ?3, unit = ?4 WHERE id = ?5",
        params![
            input.name,
            input.baseline,
            input.target,
            input.unit,
            goal_id
        ],
    )?;
    goal(tx, goal_id)
}

pub fn remove_goal(tx: &Transaction, goal_id: u32) -> Result<()> {
    goal(tx, goal_id)?;
    tx.execute("DELETE FROM pilot_goal WHERE id = ?1", [goal_id])?;
    Ok(())
}

/// A milestone: due on a day, done on a day (or not yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    pub id: u32,
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MilestoneInput {
    pub title: String,
    pub due_on: String,
    pub done_on: Option<String>,
}

fn valid_milestone(input: &MilestoneInput) -> Result<(String, String, Option<String>)> {
    Ok((
        validate::required(Field::MilestoneTitle, &input.title, MAX_NAME)?,
        validate::date(Field::DueDate, &input.due_on)?.to_string(),
        validate::optional_date(Field::DoneDate, input.done_on.as_deref())?.map(|d| d.to_string()),
    ))
}

fn milestone_from_row(row: &rusqlite::Row) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: row.get(0)?,
        title: row.get(1)?,
        due_on: row.get(2)?,
        done_on: row.get(3)?,
    })
}

/// The milestones in the order they are due.
pub fn milestones(conn: &Connection, pilot_id: u32) -> Result<Vec<Milestone>> {
    Ok(conn
        .prepare(
            "SELECT id, title, due_on, done_on FROM pilot_milestone
             WHERE pilot_id = ?1 ORDER BY due_on, id",
        )?
        .query_map([pilot_id], milestone_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn milestone(conn: &Connection, id: u32) -> Result<Milestone> {
    conn.query_row(
        "SELECT id, title, due_on, done_on FROM pilot_milestone WHERE id = ?1",
        [id],
        milestone_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Milestone, id))
}

pub fn add_milestone(tx: &Transaction, pilot_id: u32, input: &MilestoneInput) -> Result<Milestone> {
    pilot(tx, pilot_id)?;
    let (title, due_on, done_on) = valid_milestone(input)?;
    tx.execute(
        "INSERT INTO pilot_milestone (pilot_id, title, due_on, done_on) VALUES (?1, ?2, ?3, ?4)",
        params![pilot_id, title, due_on, done_on],
    )?;
    milestone(tx, tx.last_insert_rowid() as u32)
}

/// Changes a milestone; ticking it off is `done_on: Some(day)`.
pub fn update_milestone(
    tx: &Transaction,
    milestone_id: u32,
    input: &MilestoneInput,
) -> Result<Milestone> {
    milestone(tx, milestone_id)?;
    let (title, due_on, done_on) = valid_milestone(input)?;
    tx.execute(
        "UPDATE pilot_milestone SET title = ?1, due_on = ?2, done_on = ?3 WHERE id = ?4",
        params![title, due_on, done_on, milestone_id],
    )?;
    milestone(tx, milestone_id)
}

pub fn remove_milestone(tx: &Transaction, milestone_id: u32) -> Result<()> {
    milestone(tx, milestone_id)?;
    tx.execute("DELETE FROM pilot_milestone WHERE id = ?1", [milestone_id])?;
    Ok(())
}
