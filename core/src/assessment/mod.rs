//! Einschätzungen: dated, append-only assessments of one employee in one competency.
//!
//! The current level of a cell is its latest assessment (by date, then by entry order).
//! `current_level` is a projection of exactly that, maintained in the same transaction as
//! every new assessment, so the matrix never scans the history.

use crate::error::{Entity, Error, Field, Result};
use crate::validate::{self, MAX_TEXT};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Assessor {
    #[serde(rename = "self")]
    SelfAssessment,
    Manager,
    Trainer,
    Import,
}

impl Assessor {
    pub fn as_str(self) -> &'static str {
        match self {
            Assessor::SelfAssessment => "self",
            Assessor::Manager => "manager",
            Assessor::Trainer => "trainer",
            Assessor::Import => "import",
        }
    }

    fn parse(value: &str) -> Self {
        match value {
            "self" => Assessor::SelfAssessment,
            "trainer" => Assessor::Trainer,
            "import" => Assessor::Import,
            _ => Assessor::Manager,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewAssessment {
    pub employee_id: u32,
    pub competency_id: u32,
    /// 0–3; wide so that a wrong value reaches validation.
    pub level: i32,
    /// ISO date (YYYY-MM-DD).
    pub assessed_on: String,
    pub assessor: Assessor,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub id: u32,
    pub employee_id: u32,
    pub competency_id: u32,
    pub level: u8,
    pub assessed_on: String,
    pub assessor: Assessor,
    pub note: String,
}

/// Appends one assessment and updates the cell's current level.
pub fn record(tx: &Transaction, new: &NewAssessment) -> Result<Assessment> {
    let level = validate::level(Field::Level, new.level.into())?;
    let on = validate::date(Field::Date, &new.assessed_on)?.to_string();
    let note = validate::optional(Field::Note, &new.note, MAX_TEXT)?;
    let exists = |sql: &str, id: u32| -> Result<bool> {
        Ok(tx.prepare_cached(sql)?.query_row([id], |r| r.get(0))?)
    };
    if !exists(
        "SELECT EXISTS (SELECT 1 FROM employee WHERE id = ?1)",
        new.employee_id,
    )? {
        return Err(Error::not_found(Entity::Employee, new.employee_id));
    }
    if !exists(
        "SELECT EXISTS (SELECT 1 FROM competency WHERE id = ?1)",
        new.competency_id,
    )? {
        return Err(Error::not_found(Entity::Competency, new.competency_id));
    }
    tx.prepare_cached(
        "INSERT INTO assessment (employee_id, competency_id, level, assessed_on, assessor, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        new.employee_id,
        new.competency_id,
        level,
        on,
        new.assessor.as_str(),
        note
    ])?;
    let id = tx.last_insert_rowid() as u32;
    // The newest by date wins; a back-dated entry only joins the history.
    tx.prepare_cached(
        "INSERT INTO current_level (employee_id, competency_id, level, assessed_on)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (employee_id, competency_id) DO UPDATE
         SET level = excluded.level, assessed_on = excluded.assessed_on
         WHERE excluded.assessed_on >= current_level.assessed_on",
    )?
    .execute(params![new.employee_id, new.competency_id, level, on])?;
    Ok(Assessment {
        id,
        employee_id: new.employee_id,
        competency_id: new.competency_id,
        level,
        assessed_on: on,
        assessor: new.assessor,
        note,
    })
}

/// An employee's whole history, newest first within each competency.
pub fn history(conn: &Connection, employee_id: u32) -> Result<Vec<Assessment>> {
    Ok(conn
        .prepare(
            "SELECT a.id, a.employee_id, a.competency_id, a.level, a.assessed_on, a.assessor, a.note
             FROM assessment a WHERE a.employee_id = ?1
             ORDER BY a.competency_id, a.assessed_on DESC, a.id DESC",
        )?
        .query_map([employee_id], |row| {
            Ok(Assessment {
                id: row.get(0)?,
                employee_id: row.get(1)?,
                competency_id: row.get(2)?,
                level: row.get(3)?,
                assessed_on: row.get(4)?,
                assessor: Assessor::parse(&row.get::<_, String>(5)?),
                note: row.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}
