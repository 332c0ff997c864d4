//! Pilotprojekte: AI use cases from the first idea to a measured result.
//!
//! One record per use case carries its title, Bereich (department) and scores; everything
//! that changes over time — the status, the measured hours saved per week, the costs — is an
//! appended, dated history, so [`crate::kpi`] can compute every figure "as of" any day.
//! Nothing here is ever rewritten in place except the record's own fields.

pub mod compliance;
pub mod details;
pub mod page;
pub mod team;

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The stages of a use case (Idee → Bewertung → Pilot läuft → Skalierung → Abgeschlossen,
/// or Gestoppt).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum PilotStatus {
    Idea,
    Evaluation,
    Running,
    Scaling,
    Completed,
    Stopped,
}

impl PilotStatus {
    pub const ALL: [PilotStatus; 6] = [
        PilotStatus::Idea,
        PilotStatus::Evaluation,
        PilotStatus::Running,
        PilotStatus::Scaling,
        PilotStatus::Completed,
        PilotStatus::Stopped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PilotStatus::Idea => "idea",
            PilotStatus::Evaluation => "evaluation",
            PilotStatus::Running => "running",
            PilotStatus::Scaling => "scaling",
            PilotStatus::Completed => "completed",
            PilotStatus::Stopped => "stopped",
        }
    }

    pub(crate) fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The word the CLI and the users' spreadsheets use (`idee`, `pilot`, …).
    pub fn slug_de(self) -> &'static str {
        match self {
            PilotStatus::Idea => "idee",
            PilotStatus::Evaluation => "bewertung",
            PilotStatus::Running => "pilot",
            PilotStatus::Scaling => "skalierung",
            PilotStatus::Completed => "abgeschlossen",
            PilotStatus::Stopped => "gestoppt",
        }
    }

    /// Reads the CLI's word (case ignored); `None` for anything else.
    pub fn from_slug_de(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|s| s.slug_de().eq_ignore_ascii_case(value.trim()))
    }

    /// Whether a use case in this stage saves time: a running, scaling or finished pilot.
    pub fn saves_time(self) -> bool {
        matches!(
            self,
            PilotStatus::Running | PilotStatus::Scaling | PilotStatus::Completed
        )
    }
}

/// One-off or monthly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum CostKind {
    Once,
    Monthly,
}

impl CostKind {
    fn as_str(self) -> &'static str {
        match self {
            CostKind::Once => "once",
            CostKind::Monthly => "monthly",
        }
    }
}

/// A use case as lists show it: its record and where it stands today.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Pilot {
    pub id: u32,
    pub title: String,
    pub department_id: Option<u32>,
    pub department: Option<String>,
    pub status: PilotStatus,
    pub status_since: String,
    pub benefit: Option<u8>,
    pub risk: Option<u8>,
    pub measurability: Option<u8>,
    /// Derived from the scores, see [`priority`].
    pub priority: Option<u8>,
    /// Planned hours saved per week.
    #[specta(type = i32)]
    pub planned_hours: f64,
    /// The latest measured hours saved per week, if any.
    #[specta(type = Option<i32>)]
    pub measured_hours: Option<f64>,
    pub created_on: String,
    /// The EU AI Act class the user confirmed, if any.
    pub risk_class: Option<compliance::RiskClass>,
}

/// The priority derived from the scores (the seeds' criteria: high benefit, low risk,
/// measurable results): benefit + measurability + (6 − risk), 3 to 15; `None` until all
/// three are scored.
pub fn priority(benefit: Option<u8>, risk: Option<u8>, measurability: Option<u8>) -> Option<u8> {
    Some(benefit? + measurability? + (6 - risk?))
}

/// What "Neues Pilotprojekt" asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewPilot {
    pub title: String,
    pub department_id: Option<u32>,
    pub status: PilotStatus,
    /// ISO date of the first status; also the day the use case was recorded.
    pub on: String,
}

const PILOT_SELECT: &str = "
    SELECT p.id, p.title, p.department_id, d.name, s.status, s.changed_on, p.benefit, p.risk,
           p.measurability, p.planned_hours, h.hours, p.created_on, p.risk_class
    FROM pilot p
    LEFT JOIN department d ON d.id = p.department_id
    JOIN pilot_status s ON s.id = (
        SELECT id FROM pilot_status WHERE pilot_id = p.id ORDER BY changed_on DESC, id DESC LIMIT 1)
    LEFT JOIN pilot_hours h ON h.id = (
        SELECT id FROM pilot_hours WHERE pilot_id = p.id ORDER BY measured_on DESC, id DESC LIMIT 1)";

fn pilot_from_row(row: &rusqlite::Row) -> rusqlite::Result<Pilot> {
    let status: String = row.get(4)?;
    let (benefit, risk, measurability) = (row.get(6)?, row.get(7)?, row.get(8)?);
    Ok(Pilot {
        id: row.get(0)?,
        title: row.get(1)?,
        department_id: row.get(2)?,
        department: row.get(3)?,
        status: PilotStatus::parse(&status).unwrap_or(PilotStatus::Idea),
        status_since: row.get(5)?,
        benefit,
        risk,
        measurability,
        priority: priority(benefit, risk, measurability),
        planned_hours: row.get(9)?,
        measured_hours: row.get(10)?,
        created_on: row.get(11)?,
        risk_class: row
            .get::<_, Option<String>>(12)?
            .as_deref()
            .and_then(compliance::RiskClass::parse),
    })
}

/// Every use case, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Pilot>> {
    Ok(conn
        .prepare(&format!(
            "{PILOT_SELECT} ORDER BY p.created_on DESC, p.id DESC"
        ))?
        .query_map([], pilot_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn pilot(conn: &Connection, id: u32) -> Result<Pilot> {
    conn.query_row(
        &format!("{PILOT_SELECT} WHERE p.id = ?1"),
        [id],
        pilot_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Pilot, id))
}

pub(crate) fn require_department(conn: &Connection, id: Option<u32>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM department WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::invalid(Field::Department, Problem::Unknown))
    }
}

/// Records a new use case with its first status on `new.on`.
pub fn add(tx: &Transaction, new: &NewPilot) -> Result<Pilot> {
    let title = validate::required(Field::Title, &new.title, MAX_NAME)?;
    let on = validate::date(Field::Date, &new.on)?;
    require_department(tx, new.department_id)?;
    if new.status == PilotStatus::Stopped {
        // A stop needs its reason; a use case is recorded first, then stopped.
        return Err(Error::invalid(Field::Status, Problem::NotAllowed));
    }
    tx.execute(
        "INSERT INTO pilot (title, department_id, created_on) VALUES (?1, ?2, ?3)",
        params![title, new.department_id, on.to_string()],
    )?;
    let id = tx.last_insert_rowid() as u32;
    tx.execute(
        "INSERT INTO pilot_status (pilot_id, status, changed_on) VALUES (?1, ?2, ?3)",
        params![id, new.status.as_str(), on.to_string()],
    )?;
    pilot(tx, id)
}

/// What the user should weigh after a status change; the change itself is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum StatusWarning {
    /// The pilot runs on employees' personal data (or could monitor them) and the works
    /// council was not informed: §87 (1) Nr. 6 BetrVG gives it a say.
    WorksCouncilNotInformed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub pilot: Pilot,
    pub warnings: Vec<StatusWarning>,
}

/// Moves a use case to `status` on `on`. Stopping needs a reason; a date before the current
/// stage began (and so before the use case was recorded) is refused. Starting a pilot that concerns employees' data before the
/// works council was informed is recorded with a warning.
pub fn set_status(
    tx: &Transaction,
    id: u32,
    status: PilotStatus,
    on: &str,
    reason: &str,
) -> Result<StatusChange> {
    let current = pilot(tx, id)?;
    let on = validate::date(Field::Date, on)?;
    let reason = if status == PilotStatus::Stopped {
        validate::required(Field::Reason, reason, MAX_TEXT)?
    } else {
        validate::optional(Field::Reason, reason, MAX_TEXT)?
    };
    // A change dated before the current stage began would slip into the middle of the
    // history and leave the current stage as it is.
    if on.to_string() < current.status_since {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    tx.execute(
        "INSERT INTO pilot_status (pilot_id, status, changed_on, reason) VALUES (?1, ?2, ?3, ?4)",
        params![id, status.as_str(), on.to_string(), reason],
    )?;
    let mut warnings = Vec::new();
    if status == PilotStatus::Running && compliance::works_council_pending(tx, id, &on.to_string())?
    {
        warnings.push(StatusWarning::WorksCouncilNotInformed);
    }
    Ok(StatusChange {
        pilot: pilot(tx, id)?,
        warnings,
    })
}

fn not_before_recorded(pilot: &Pilot, on: NaiveDate) -> Result<()> {
    if on.to_string() < pilot.created_on {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    Ok(())
}

/// Hours per week: finite, 0 to a full 168-hour week.
fn hours(value: f64) -> Result<f64> {
    if value.is_finite() && (0.0..=168.0).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            Field::Hours,
            Problem::OutOfRange { min: 0, max: 168 },
        ))
    }
}

/// Sets the planned hours saved per week.
pub fn set_planned_hours(tx: &Transaction, id: u32, planned: f64) -> Result<Pilot> {
    pilot(tx, id)?;
    tx.execute(
        "UPDATE pilot SET planned_hours = ?1 WHERE id = ?2",
        params![hours(planned)?, id],
    )?;
    pilot(tx, id)
}

/// Appends a measurement of the hours saved per week, as of `on`.
pub fn record_measured_hours(tx: &Transaction, id: u32, measured: f64, on: &str) -> Result<Pilot> {
    let current = pilot(tx, id)?;
    let measured = hours(measured)?;
    let on = validate::date(Field::Date, on)?;
    not_before_recorded(&current, on)?;
    tx.execute(
        "INSERT INTO pilot_hours (pilot_id, hours, measured_on) VALUES (?1, ?2, ?3)",
        params![id, measured, on.to_string()],
    )?;
    pilot(tx, id)
}

/// Appends a cost: one-off on `on`, or a monthly amount from `on` on (replacing an earlier
/// monthly amount; 0 ends it).
pub fn add_cost(tx: &Transaction, id: u32, kind: CostKind, amount: f64, on: &str) -> Result<()> {
    let current = pilot(tx, id)?;
    if !amount.is_finite() || !(0.0..=10_000_000.0).contains(&amount) {
        return Err(Error::invalid(
            Field::Amount,
            Problem::OutOfRange {
                min: 0,
                max: 10_000_000,
            },
        ));
    }
    let on = validate::date(Field::Date, on)?;
    not_before_recorded(&current, on)?;
    tx.execute(
        "INSERT INTO pilot_cost (pilot_id, kind, amount, since) VALUES (?1, ?2, ?3, ?4)",
        params![id, kind.as_str(), amount, on.to_string()],
    )?;
    Ok(())
}

/// Scores benefit, risk and measurability, each 1–5.
pub fn set_scores(
    tx: &Transaction,
    id: u32,
    benefit: i32,
    risk: i32,
    measurability: i32,
) -> Result<Pilot> {
    pilot(tx, id)?;
    let benefit = validate::in_range(Field::Benefit, benefit.into(), 1, 5)?;
    let risk = validate::in_range(Field::Risk, risk.into(), 1, 5)?;
    let measurability = validate::in_range(Field::Measurability, measurability.into(), 1, 5)?;
    tx.execute(
        "UPDATE pilot SET benefit = ?1, risk = ?2, measurability = ?3 WHERE id = ?4",
        params![benefit, risk, measurability, id],
    )?;
    pilot(tx, id)
}

/// One pilot's dated histories, in date order: what the KPIs integrate over.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub id: u32,
    pub created_on: NaiveDate,
    pub benefit: Option<u8>,
    pub risk: Option<u8>,
    pub measurability: Option<u8>,
    pub statuses: Vec<(NaiveDate, PilotStatus)>,
    pub hours: Vec<(NaiveDate, f64)>,
    pub costs: Vec<(NaiveDate, CostKind, f64)>,
}

impl History {
    /// The status on `day`, or `None` before the use case was recorded.
    pub fn status_on(&self, day: NaiveDate) -> Option<PilotStatus> {
        self.statuses
            .iter()
            .take_while(|(on, _)| *on <= day)
            .last()
            .map(|(_, s)| *s)
    }

    /// The latest measured hours per week on `day`.
    pub fn hours_on(&self, day: NaiveDate) -> Option<f64> {
        self.hours
            .iter()
            .take_while(|(on, _)| *on <= day)
            .last()
            .map(|(_, h)| *h)
    }
}

/// Every pilot's histories, read in four queries (the KPIs of a whole company as of any
/// day come from these).
pub fn histories(conn: &Connection) -> Result<Vec<History>> {
    let parse = |s: String| {
        NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    let mut pilots: Vec<History> = conn
        .prepare("SELECT id, created_on, benefit, risk, measurability FROM pilot ORDER BY id")?
        .query_map([], |row| {
            Ok(History {
                id: row.get(0)?,
                created_on: parse(row.get(1)?)?,
                benefit: row.get(2)?,
                risk: row.get(3)?,
                measurability: row.get(4)?,
                statuses: Vec::new(),
                hours: Vec::new(),
                costs: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let index: std::collections::HashMap<u32, usize> =
        pilots.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let mut stmt = conn
        .prepare("SELECT pilot_id, changed_on, status FROM pilot_status ORDER BY changed_on, id")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let status = PilotStatus::parse(&row.get::<_, String>(2)?).unwrap_or(PilotStatus::Idea);
        pilots[index[&row.get::<_, u32>(0)?]]
            .statuses
            .push((parse(row.get(1)?)?, status));
    }
    let mut stmt = conn
        .prepare("SELECT pilot_id, measured_on, hours FROM pilot_hours ORDER BY measured_on, id")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        pilots[index[&row.get::<_, u32>(0)?]]
            .hours
            .push((parse(row.get(1)?)?, row.get(2)?));
    }
    let mut stmt =
        conn.prepare("SELECT pilot_id, since, kind, amount FROM pilot_cost ORDER BY since, id")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let kind = if row.get::<_, String>(2)? == "monthly" {
            CostKind::Monthly
        } else {
            CostKind::Once
        };
        pilots[index[&row.get::<_, u32>(0)?]]
            .costs
            .push((parse(row.get(1)?)?, kind, row.get(3)?));
    }
    Ok(pilots)
}
