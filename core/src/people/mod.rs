//! Abteilungen and Mitarbeitende: the people a talent matrix is about.
//!
//! Leavers are archived, not deleted, so their history stays for the record; the matrix
//! hides them unless asked. Each employee gets a pseudonym code (`MA-017`) at creation that
//! printouts use instead of the name. AI usage is dated history: the latest entry counts.

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::framework::unique_violation;
use crate::validate::{self, MAX_NAME};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Department {
    pub id: u32,
    pub name: String,
    /// Active (not archived) employees in it.
    pub active_employees: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum AiUsage {
    None,
    Occasional,
    Regular,
}

impl AiUsage {
    pub fn as_str(self) -> &'static str {
        match self {
            AiUsage::None => "none",
            AiUsage::Occasional => "occasional",
            AiUsage::Regular => "regular",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        match value {
            "none" => Some(AiUsage::None),
            "occasional" => Some(AiUsage::Occasional),
            "regular" => Some(AiUsage::Regular),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Employee {
    pub id: u32,
    pub personnel_number: String,
    pub name: String,
    pub department_id: u32,
    pub department: String,
    pub job_title: String,
    pub role_id: Option<u32>,
    pub role: Option<String>,
    pub entry_date: Option<String>,
    pub pseudonym: String,
    pub technical_interest: u8,
    pub communication: u8,
    pub domain_expertise: u8,
    pub ai_usage: Option<AiUsage>,
    pub ai_usage_since: Option<String>,
    /// Set when the employee left.
    pub archived_on: Option<String>,
    /// Raised by every change; an update names the version it was based on, so a form
    /// saved from a stale window cannot overwrite newer data.
    pub version: u32,
}

/// What a user enters for an employee. Numbers are wide on purpose so that an
/// out-of-range value reaches validation instead of failing deserialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeInput {
    pub personnel_number: String,
    pub name: String,
    pub department_id: u32,
    pub job_title: String,
    pub role_id: Option<u32>,
    pub entry_date: Option<String>,
    pub technical_interest: i32,
    pub communication: i32,
    pub domain_expertise: i32,
    pub ai_usage: Option<AiUsage>,
}

pub fn list_departments(conn: &Connection) -> Result<Vec<Department>> {
    Ok(conn
        .prepare(
            "SELECT d.id, d.name,
                    (SELECT count(*) FROM employee e WHERE e.department_id = d.id AND e.archived_on IS NULL)
             FROM department d ORDER BY d.position, d.id",
        )?
        .query_map([], |row| {
            Ok(Department {
                id: row.get(0)?,
                name: row.get(1)?,
                active_employees: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn create_department(tx: &Transaction, name: &str) -> Result<Department> {
    let name = validate::required(Field::DepartmentName, name, MAX_NAME)?;
    tx.execute(
        "INSERT INTO department (name, position)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM department))",
        [&name],
    )
    .map_err(unique_violation(Field::DepartmentName))?;
    Ok(Department {
        id: tx.last_insert_rowid() as u32,
        name,
        active_employees: 0,
    })
}

pub fn rename_department(tx: &Transaction, id: u32, name: &str) -> Result<()> {
    let name = validate::required(Field::DepartmentName, name, MAX_NAME)?;
    let changed = tx
        .execute(
            "UPDATE department SET name = ?1 WHERE id = ?2",
            params![name, id],
        )
        .map_err(unique_violation(Field::DepartmentName))?;
    if changed == 0 {
        return Err(Error::not_found(Entity::Department, id));
    }
    Ok(())
}

/// Deletes a department that nobody (not even a leaver) belongs to.
pub fn delete_department(tx: &Transaction, id: u32) -> Result<()> {
    let used: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM employee WHERE department_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if used {
        return Err(Error::invalid(Field::Department, Problem::InUse));
    }
    if tx.execute("DELETE FROM department WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found(Entity::Department, id));
    }
    Ok(())
}

const EMPLOYEE_SELECT: &str = "
    SELECT e.id, e.personnel_number, e.name, e.department_id, d.name, e.job_title,
           e.role_id, r.name, e.entry_date, e.pseudonym, e.technical_interest,
           e.communication, e.domain_expertise, u.usage, u.recorded_on, e.archived_on, e.version
    FROM employee e
    JOIN department d ON d.id = e.department_id
    LEFT JOIN ai_role r ON r.id = e.role_id
    LEFT JOIN ai_usage u ON u.id = (
        SELECT id FROM ai_usage WHERE employee_id = e.id ORDER BY recorded_on DESC, id DESC LIMIT 1)";

fn employee_from_row(row: &Row) -> rusqlite::Result<Employee> {
    Ok(Employee {
        id: row.get(0)?,
        personnel_number: row.get(1)?,
        name: row.get(2)?,
        department_id: row.get(3)?,
        department: row.get(4)?,
        job_title: row.get(5)?,
        role_id: row.get(6)?,
        role: row.get(7)?,
        entry_date: row.get(8)?,
        pseudonym: row.get(9)?,
        technical_interest: row.get(10)?,
        communication: row.get(11)?,
        domain_expertise: row.get(12)?,
        ai_usage: row
            .get::<_, Option<String>>(13)?
            .as_deref()
            .and_then(AiUsage::parse),
        ai_usage_since: row.get(14)?,
        archived_on: row.get(15)?,
        version: row.get(16)?,
    })
}

/// Employees ordered by department, then name; leavers only when asked for.
pub fn list_employees(conn: &Connection, include_archived: bool) -> Result<Vec<Employee>> {
    let sql = format!(
        "{EMPLOYEE_SELECT} WHERE ?1 OR e.archived_on IS NULL
         ORDER BY d.position, d.id, e.name COLLATE de, e.id"
    );
    Ok(conn
        .prepare(&sql)?
        .query_map([include_archived], employee_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn employee(conn: &Connection, id: u32) -> Result<Employee> {
    conn.query_row(
        &format!("{EMPLOYEE_SELECT} WHERE e.id = ?1"),
        [id],
        employee_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Employee, id))
}

struct ValidEmployee {
    personnel_number: String,
    name: String,
    job_title: String,
    entry_date: Option<String>,
    technical_interest: u8,
    communication: u8,
    domain_expertise: u8,
}

fn validate_employee(conn: &Connection, input: &EmployeeInput) -> Result<ValidEmployee> {
    let personnel_number = validate::required(Field::PersonnelNumber, &input.personnel_number, 32)?;
    let name = validate::required(Field::Name, &input.name, MAX_NAME)?;
    let job_title = validate::optional(Field::JobTitle, &input.job_title, MAX_NAME)?;
    let entry_date = validate::optional_date(Field::EntryDate, input.entry_date.as_deref())?
        .map(|d| d.to_string());
    let technical_interest =
        validate::level(Field::TechnicalInterest, input.technical_interest.into())?;
    let communication = validate::level(Field::Communication, input.communication.into())?;
    let domain_expertise = validate::level(Field::DomainExpertise, input.domain_expertise.into())?;
    let exists =
        |sql: &str, id: u32| -> Result<bool> { Ok(conn.query_row(sql, [id], |r| r.get(0))?) };
    if !exists(
        "SELECT EXISTS (SELECT 1 FROM department WHERE id = ?1)",
        input.department_id,
    )? {
        return Err(Error::invalid(Field::Department, Problem::Unknown));
    }
    if let Some(role) = input.role_id {
        if !exists("SELECT EXISTS (SELECT 1 FROM ai_role WHERE id = ?1)", role)? {
            return Err(Error::invalid(Field::Role, Problem::Unknown));
        }
    }
    Ok(ValidEmployee {
        personnel_number,
        name,
        job_title,
        entry_date,
        technical_interest,
        communication,
        domain_expertise,
    })
}

fn next_pseudonym(tx: &Transaction) -> Result<String> {
    // Codes are handed out in id order, so the newest employee holds the highest one; reading
    // only that row keeps bulk imports linear.
    let n: i64 = tx.query_row(
        "SELECT coalesce(max(CAST(substr(pseudonym, 4) AS INTEGER)), 0) + 1 FROM (
             SELECT pseudonym FROM employee WHERE pseudonym LIKE 'MA-%' ORDER BY id DESC LIMIT 1)",
        [],
        |r| r.get(0),
    )?;
    Ok(format!("MA-{n:03}"))
}

fn record_usage(tx: &Transaction, id: u32, usage: Option<AiUsage>, today: NaiveDate) -> Result<()> {
    let Some(usage) = usage else { return Ok(()) };
    let current: Option<String> = tx
        .query_row(
            "SELECT usage FROM ai_usage WHERE employee_id = ?1 ORDER BY recorded_on DESC, id DESC LIMIT 1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    if current.as_deref() != Some(usage.as_str()) {
        tx.execute(
            "INSERT INTO ai_usage (employee_id, usage, recorded_on) VALUES (?1, ?2, ?3)",
            params![id, usage.as_str(), today.to_string()],
        )?;
    }
    Ok(())
}

/// Records dated AI usage as of `on` (for imports and the demo's history).
pub fn record_ai_usage(tx: &Transaction, id: u32, usage: AiUsage, on: NaiveDate) -> Result<()> {
    record_usage(tx, id, Some(usage), on)
}

pub fn create_employee(
    tx: &Transaction,
    input: &EmployeeInput,
    today: NaiveDate,
) -> Result<Employee> {
    let e = validate_employee(tx, input)?;
    let pseudonym = next_pseudonym(tx)?;
    tx.execute(
        "INSERT INTO employee (personnel_number, name, department_id, job_title, role_id, entry_date,
                               pseudonym, technical_interest, communication, domain_expertise)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            e.personnel_number,
            e.name,
            input.department_id,
            e.job_title,
            input.role_id,
            e.entry_date,
            pseudonym,
            e.technical_interest,
            e.communication,
            e.domain_expertise
        ],
    )
    .map_err(unique_violation(Field::PersonnelNumber))?;
    let id = tx.last_insert_rowid() as u32;
    record_usage(tx, id, input.ai_usage, today)?;
    employee(tx, id)
}

/// Changes an employee whose stored version is still `based_on`; otherwise
/// [`Error::Stale`]: someone else saved in between, and the form must be reloaded.
pub fn update_employee(
    tx: &Transaction,
    id: u32,
    based_on: u32,
    input: &EmployeeInput,
    today: NaiveDate,
) -> Result<Employee> {
    if employee(tx, id)?.version != based_on {
        return Err(Error::Stale {
            entity: Entity::Employee,
            id: id.to_string(),
        });
    }
    let e = validate_employee(tx, input)?;
    tx.execute(
        "UPDATE employee SET personnel_number = ?1, name = ?2, department_id = ?3, job_title = ?4,
             role_id = ?5, entry_date = ?6, technical_interest = ?7, communication = ?8,
             domain_expertise = ?9, version = version + 1
         WHERE id = ?10",
        params![
            e.personnel_number,
            e.name,
            input.department_id,
            e.job_title,
            input.role_id,
            e.entry_date,
            e.technical_interest,
            e.communication,
            e.domain_expertise,
            id
        ],
    )
    .map_err(unique_violation(Field::PersonnelNumber))?;
    record_usage(tx, id, input.ai_usage, today)?;
    employee(tx, id)
}

/// Marks a leaver: hidden from the matrix, history kept.
pub fn archive_employee(tx: &Transaction, id: u32, today: NaiveDate) -> Result<Employee> {
    employee(tx, id)?;
    tx.execute(
        "UPDATE employee SET archived_on = ?1, version = version + 1
         WHERE id = ?2 AND archived_on IS NULL",
        params![today.to_string(), id],
    )?;
    employee(tx, id)
}

pub fn restore_employee(tx: &Transaction, id: u32) -> Result<Employee> {
    employee(tx, id)?;
    tx.execute(
        "UPDATE employee SET archived_on = NULL, version = version + 1
         WHERE id = ?1 AND archived_on IS NOT NULL",
        [id],
    )?;
    employee(tx, id)
}

/// Erases a person and everything recorded about them (GDPR Art. 17). The only path that
/// may delete assessments: it holds a permit for this person while the rows go, inside
/// the caller's transaction.
pub fn erase_employee(tx: &Transaction, id: u32) -> Result<()> {
    employee(tx, id)?;
    tx.execute("INSERT INTO erasure_permit (employee_id) VALUES (?1)", [id])?;
    tx.execute("DELETE FROM employee WHERE id = ?1", [id])?;
    tx.execute("DELETE FROM erasure_permit WHERE employee_id = ?1", [id])?;
    Ok(())
}
