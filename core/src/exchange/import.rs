//! Import of employees and their levels from a table in the export layout.
//!
//! [`plan`] compares the file with the database and says what would change, with every problem
//! by line and column; [`apply`] writes exactly that plan. The caller runs both inside one
//! write transaction and applies only a plan without problems, so an import is all or
//! nothing. Employees are matched by Personalnummer (ignoring case): a changed file updates
//! people, never duplicates them. Each changed level becomes a dated assessment with assessor
//! "import"; an unchanged level or an empty cell writes nothing, so re-importing the same
//! file changes nothing.

use super::issues::{Issue, IssueKind};
use super::read::{ImportFile, Table};
use super::FIXED_COLUMNS;
use crate::assessment::{self, Assessor, NewAssessment};
use crate::backup::{self, BackupReason};
use crate::error::Result;
use crate::framework;
use crate::people::{self, EmployeeInput};
use crate::validate::MAX_NAME;
use crate::Db;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, Transaction};
use serde::Serialize;
use specta::Type;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fixed {
    PersonnelNumber,
    Name,
    Department,
    JobTitle,
    Role,
}

const FIXED: [Fixed; 5] = [
    Fixed::PersonnelNumber,
    Fixed::Name,
    Fixed::Department,
    Fixed::JobTitle,
    Fixed::Role,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Fixed(Fixed),
    Competency(usize),
    Ignored,
}

/// Header matching ignores case and all white space: "KI - Rolle" is "KI-Rolle".
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannedEmployee {
    pub line: u32,
    pub personnel_number: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlannedLevel {
    pub line: u32,
    pub personnel_number: String,
    pub code: String,
    pub from: Option<u8>,
    pub to: u8,
}

/// What an import would do, and why it cannot (problems) or what it leaves out (warnings).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    pub rows: u32,
    pub new_employees: Vec<PlannedEmployee>,
    pub updated_employees: Vec<PlannedEmployee>,
    pub level_changes: Vec<PlannedLevel>,
    pub new_departments: Vec<String>,
    pub new_roles: Vec<String>,
    pub problems: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

impl ImportPlan {
    /// Nothing would change.
    pub fn is_unchanged(&self) -> bool {
        self.new_employees.is_empty()
            && self.updated_employees.is_empty()
            && self.level_changes.is_empty()
            && self.new_departments.is_empty()
            && self.new_roles.is_empty()
    }
}

/// One data row, checked and resolved against the database.
#[derive(Debug, Clone)]
struct Row {
    personnel_number: String,
    name: String,
    department: String,
    job_title: Option<String>,
    role: Option<String>,
    existing: Option<u32>,
    /// (competency id, level) for the cells that change.
    levels: Vec<(u32, u8)>,
}

/// A checked import, ready for [`apply`].
#[derive(Debug, Clone)]
pub struct Import {
    pub plan: ImportPlan,
    rows: Vec<Row>,
}

fn issue(line: u32, column: &str, kind: IssueKind) -> Issue {
    Issue {
        line: Some(line),
        column: Some(column.to_string()),
        kind,
    }
}

/// Compares `table` with the database. Unknown departments and roles are planned for
/// creation only with `create_missing`; otherwise each is a problem.
pub fn plan(conn: &Connection, table: &Table, create_missing: bool) -> Result<Import> {
    let framework = framework::load(conn)?;
    let mut plan = ImportPlan {
        rows: table.rows.len() as u32,
        ..ImportPlan::default()
    };

    // Columns: fixed ones by name, competencies by code or name.
    let mut columns = Vec::with_capacity(table.header.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, title) in table.header.iter().enumerate() {
        let key = normalized(title);
        let column = if let Some(f) = FIXED_COLUMNS.iter().position(|c| normalized(c) == key) {
            Column::Fixed(FIXED[f])
        } else if let Some(c) = framework
            .competencies
            .iter()
            .position(|c| normalized(&c.code) == key || normalized(&c.name) == key)
        {
            Column::Competency(c)
        } else {
            if !key.is_empty() {
                plan.warnings.push(Issue {
                    line: None,
                    column: Some(title.clone()),
                    kind: IssueKind::UnknownColumn {
                        name: title.clone(),
                    },
                });
            }
            Column::Ignored
        };
        let identity = match column {
            Column::Fixed(f) => format!("fixed:{f:?}"),
            Column::Competency(c) => format!("competency:{c}"),
            Column::Ignored => format!("ignored:{index}"),
        };
        if seen.insert(identity, index).is_some() {
            plan.problems.push(Issue {
                line: None,
                column: Some(title.clone()),
                kind: IssueKind::DuplicateColumn {
                    name: title.clone(),
                },
            });
        }
        columns.push(column);
    }
    let column_of = |fixed: Fixed| columns.iter().position(|c| *c == Column::Fixed(fixed));
    for (fixed, name) in FIXED.iter().zip(FIXED_COLUMNS) {
        let required = matches!(
            fixed,
            Fixed::PersonnelNumber | Fixed::Name | Fixed::Department
        );
        if required && column_of(*fixed).is_none() {
            plan.problems.push(Issue {
                line: None,
                column: None,
                kind: IssueKind::MissingColumn { name: name.into() },
            });
        }
    }
    if !plan.problems.is_empty() {
        return Ok(Import {
            plan,
            rows: Vec::new(),
        });
    }

    let departments: HashMap<String, String> = people::list_departments(conn)?
        .into_iter()
        .map(|d| (d.name.to_lowercase(), d.name))
        .collect();
    let roles: HashMap<String, String> = framework
        .roles
        .iter()
        .map(|r| (r.name.to_lowercase(), r.name.clone()))
        .collect();
    let employees: HashMap<String, people::Employee> = people::list_employees(conn, true)?
        .into_iter()
        .map(|e| (e.personnel_number.to_lowercase(), e))
        .collect();
    let mut current: HashMap<(u32, u32), u8> = HashMap::new();
    {
        let mut stmt =
            conn.prepare("SELECT employee_id, competency_id, level FROM current_level")?;
        let mut cursor = stmt.query([])?;
        while let Some(row) = cursor.next()? {
            current.insert((row.get(0)?, row.get(1)?), row.get(2)?);
        }
    }

    let mut first_line_of: HashMap<String, u32> = HashMap::new();
    // In order of first appearance, so the company's department order follows the file.
    let mut new_departments: Vec<String> = Vec::new();
    let mut new_roles: Vec<String> = Vec::new();
    let remember = |list: &mut Vec<String>, name: &str| {
        if !list.iter().any(|n| n.to_lowercase() == name.to_lowercase()) {
            list.push(name.to_string());
        }
    };
    let mut rows = Vec::new();
    for (line, cells) in &table.rows {
        let line = *line;
        let problems_before = plan.problems.len();
        let cell = |fixed: Fixed| -> Option<&str> {
            column_of(fixed).map(|i| cells.get(i).map(String::as_str).unwrap_or(""))
        };
        let mut text = |fixed: Fixed, required: bool| -> Option<String> {
            let title = &table.header[column_of(fixed)?];
            let value = cell(fixed)?.trim().to_string();
            if required && value.is_empty() {
                plan.problems.push(issue(line, title, IssueKind::Empty));
            } else if value.chars().count() > MAX_NAME {
                plan.problems.push(issue(
                    line,
                    title,
                    IssueKind::TooLong {
                        max: MAX_NAME as u32,
                    },
                ));
            }
            Some(value)
        };
        let personnel_number = text(Fixed::PersonnelNumber, true).unwrap_or_default();
        let name = text(Fixed::Name, true).unwrap_or_default();
        let department = text(Fixed::Department, true).unwrap_or_default();
        let job_title = text(Fixed::JobTitle, false);
        let role = text(Fixed::Role, false);

        let key = personnel_number.to_lowercase();
        if !key.is_empty() {
            if let Some(first) = first_line_of.get(&key) {
                let title = &table.header[column_of(Fixed::PersonnelNumber).unwrap_or(0)];
                plan.problems.push(issue(
                    line,
                    title,
                    IssueKind::DuplicatePersonnelNumber { first_line: *first },
                ));
            } else {
                first_line_of.insert(key.clone(), line);
            }
        }
        let department = match departments.get(&department.to_lowercase()) {
            Some(known) => known.clone(),
            None if department.is_empty() => department,
            None if create_missing => {
                remember(&mut new_departments, &department);
                department
            }
            None => {
                let title = &table.header[column_of(Fixed::Department).unwrap_or(0)];
                plan.problems.push(issue(
                    line,
                    title,
                    IssueKind::UnknownDepartment {
                        name: department.clone(),
                    },
                ));
                department
            }
        };
        let role = match role.filter(|r| !r.is_empty()) {
            None => role_or_none(column_of(Fixed::Role)),
            Some(r) => match roles.get(&r.to_lowercase()) {
                Some(known) => Some(Some(known.clone())),
                None if create_missing => {
                    remember(&mut new_roles, &r);
                    Some(Some(r))
                }
                None => {
                    let title = &table.header[column_of(Fixed::Role).unwrap_or(0)];
                    plan.problems.push(issue(
                        line,
                        title,
                        IssueKind::UnknownRole { name: r.clone() },
                    ));
                    Some(Some(r))
                }
            },
        };

        let existing = employees.get(&key);
        let mut levels = Vec::new();
        for (index, column) in columns.iter().enumerate() {
            let Column::Competency(c) = column else {
                continue;
            };
            let competency = &framework.competencies[*c];
            let value = cells.get(index).map(|v| v.trim()).unwrap_or("");
            if value.is_empty() {
                continue;
            }
            let Some(level) = value
                .parse::<u8>()
                .ok()
                .filter(|l| *l <= framework::MAX_LEVEL)
            else {
                plan.problems.push(issue(
                    line,
                    &table.header[index],
                    IssueKind::BadLevel {
                        value: value.to_string(),
                    },
                ));
                continue;
            };
            let before = existing.and_then(|e| current.get(&(e.id, competency.id)).copied());
            if before != Some(level) {
                levels.push((competency.id, level));
                plan.level_changes.push(PlannedLevel {
                    line,
                    personnel_number: personnel_number.clone(),
                    code: competency.code.clone(),
                    from: before,
                    to: level,
                });
            }
        }
        if plan.problems.len() > problems_before {
            continue;
        }

        let planned = PlannedEmployee {
            line,
            personnel_number: personnel_number.clone(),
            name: name.clone(),
        };
        match existing {
            None => plan.new_employees.push(planned),
            Some(e) => {
                let changed = e.name != name
                    || !e.department.eq_ignore_ascii_case(&department)
                    || job_title.as_ref().is_some_and(|t| *t != e.job_title)
                    || role.as_ref().is_some_and(|r| *r != e.role);
                if changed {
                    plan.updated_employees.push(planned);
                }
            }
        }
        rows.push(Row {
            personnel_number,
            name,
            department,
            job_title,
            role: role.map(|r| r.unwrap_or_default()),
            existing: existing.map(|e| e.id),
            levels,
        });
    }
    plan.new_departments = new_departments;
    plan.new_roles = new_roles;
    Ok(Import { plan, rows })
}

/// The whole import of a file as the CLI runs it: read, then [`import_read`]. A file that
/// cannot be read comes back as a plan whose only problem says why.
pub fn import_file(
    db: &Db,
    path: &Path,
    sheet: Option<&str>,
    create_missing: bool,
    dry_run: bool,
    now: NaiveDateTime,
) -> Result<ImportPlan> {
    match ImportFile::read(path) {
        Ok(file) => import_read(db, &file, sheet, create_missing, dry_run, now),
        Err(issue) => Ok(ImportPlan {
            problems: vec![issue],
            ..ImportPlan::default()
        }),
    }
}

/// Plans the import of a file already read; unless `dry_run`, and only without problems,
/// backs up the database and applies the plan in one write transaction (planned again
/// inside it, so a change by someone else in between is taken into account).
pub fn import_read(
    db: &Db,
    file: &ImportFile,
    sheet: Option<&str>,
    create_missing: bool,
    dry_run: bool,
    now: NaiveDateTime,
) -> Result<ImportPlan> {
    let table = match file.table(sheet) {
        Ok(table) => table,
        Err(issue) => {
            return Ok(ImportPlan {
                problems: vec![issue],
                ..ImportPlan::default()
            })
        }
    };
    let preview = db.read(|conn| plan(conn, &table, create_missing))?;
    if dry_run || !preview.plan.problems.is_empty() || preview.plan.is_unchanged() {
        return Ok(preview.plan);
    }
    backup::create(db, BackupReason::BeforeImport, now)?;
    db.write(|tx| {
        let import = plan(tx, &table, create_missing)?;
        if import.plan.problems.is_empty() {
            apply(tx, &import, now.date())?;
        }
        Ok(import.plan)
    })
}

/// With a role column, an empty cell means "no role"; without one the role is left alone.
fn role_or_none(column: Option<usize>) -> Option<Option<String>> {
    column.map(|_| None)
}

/// What an applied import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub new_employees: u32,
    pub updated_employees: u32,
    pub level_changes: u32,
}

/// Writes a plan without problems. Call inside the same transaction as [`plan`].
pub fn apply(tx: &Transaction, import: &Import, today: NaiveDate) -> Result<ImportSummary> {
    assert!(
        import.plan.problems.is_empty(),
        "an import with problems must never be applied"
    );
    for name in &import.plan.new_departments {
        people::create_department(tx, name)?;
    }
    for name in &import.plan.new_roles {
        framework::create_role(
            tx,
            &framework::RoleInput {
                name: name.clone(),
                description: String::new(),
                targets: Vec::new(),
            },
        )?;
    }
    let department_ids: HashMap<String, u32> = people::list_departments(tx)?
        .into_iter()
        .map(|d| (d.name.to_lowercase(), d.id))
        .collect();
    let role_ids: HashMap<String, u32> = framework::load(tx)?
        .roles
        .into_iter()
        .map(|r| (r.name.to_lowercase(), r.id))
        .collect();
    let updated: BTreeSet<&str> = import
        .plan
        .updated_employees
        .iter()
        .map(|e| e.personnel_number.as_str())
        .collect();
    for row in &import.rows {
        let department_id = department_ids[&row.department.to_lowercase()];
        let role_for = |current: Option<u32>| match &row.role {
            None => current,
            Some(name) if name.is_empty() => None,
            Some(name) => role_ids.get(&name.to_lowercase()).copied(),
        };
        let id = match row.existing {
            Some(id) => {
                if updated.contains(row.personnel_number.as_str()) {
                    let e = people::employee(tx, id)?;
                    let input = EmployeeInput {
                        personnel_number: e.personnel_number.clone(),
                        name: row.name.clone(),
                        department_id,
                        job_title: row.job_title.clone().unwrap_or(e.job_title.clone()),
                        role_id: role_for(e.role_id),
                        entry_date: e.entry_date.clone(),
                        technical_interest: e.technical_interest.into(),
                        communication: e.communication.into(),
                        domain_expertise: e.domain_expertise.into(),
                        ai_usage: None,
                    };
                    people::update_employee(tx, id, e.version, &input, today)?;
                }
                id
            }
            None => {
                let input = EmployeeInput {
                    personnel_number: row.personnel_number.clone(),
                    name: row.name.clone(),
                    department_id,
                    job_title: row.job_title.clone().unwrap_or_default(),
                    role_id: role_for(None),
                    entry_date: None,
                    technical_interest: 0,
                    communication: 0,
                    domain_expertise: 0,
                    ai_usage: None,
                };
                people::create_employee(tx, &input, today)?.id
            }
        };
        for (competency_id, level) in &row.levels {
            assessment::record(
                tx,
                &NewAssessment {
                    employee_id: id,
                    competency_id: *competency_id,
                    level: i32::from(*level),
                    assessed_on: today.to_string(),
                    assessor: Assessor::Import,
                    note: String::new(),
                },
            )?;
        }
    }
    Ok(ImportSummary {
        new_employees: import.plan.new_employees.len() as u32,
        updated_employees: import.plan.updated_employees.len() as u32,
        level_changes: import.plan.level_changes.len() as u32,
    })
}
