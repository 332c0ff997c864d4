//! The talent matrix read model: employees × competencies for a filter.
//!
//! One function, [`matrix`], serves the screen, the CLI and later the printouts, so every
//! view shows the same numbers. It reads the `current_level` projection (one row per
//! cell), never the assessment history. Rows come grouped by department in department
//! order, then by name; columns in framework order, grouped by pillar.

use crate::assessment::{self, Assessment};
use crate::error::{Entity, Error, Result};
use crate::framework::{self, Competency, Framework, Pillar};
use crate::people::{self, Employee};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// Level at which someone counts as covering a competency (selbstständig).
pub const COVERAGE_LEVEL: u8 = 2;
/// Expert level; a competency with at most one expert is a knowledge island.
pub const EXPERT_LEVEL: u8 = 3;

/// Fill and ink colour (RGB) per level 0–3, the screen's lightness steps: the exports and
/// printouts use them too, and they stay distinct in grayscale print.
pub const LEVEL_SHADES: [(u32, u32); 4] = [
    (0xEEF2F6, 0x1F2933),
    (0xBFD0E0, 0x1F2933),
    (0x5F86AA, 0xFFFFFF),
    (0x1F3F5E, 0xFFFFFF),
];

/// What the levels 0–3 mean, in German; the words live in [`crate::texts`].
pub use crate::texts::LEVEL_NAMES_DE;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MatrixFilter {
    pub department_id: Option<u32>,
    pub role_id: Option<u32>,
    pub pillar_id: Option<u32>,
    /// Matches name, personnel number, job title or pseudonym, case-insensitively.
    pub search: Option<String>,
    pub include_archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnGroup {
    pub pillar: Pillar,
    pub competencies: Vec<Competency>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MatrixRow {
    pub employee_id: u32,
    pub personnel_number: String,
    pub name: String,
    pub pseudonym: String,
    pub department_id: u32,
    pub department: String,
    pub job_title: String,
    pub role_id: Option<u32>,
    pub role: Option<String>,
    pub technical_interest: u8,
    pub communication: u8,
    pub archived: bool,
    /// Current level per column, in column order; `None` = not assessed yet.
    pub levels: Vec<Option<u8>>,
    /// The role's minimum per column, in column order; `None` = no requirement.
    pub targets: Vec<Option<u8>>,
    /// How far the level falls short of the target (0 when met or no target).
    pub gaps: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub competency_id: u32,
    /// People at level ≥ 2 among the rows.
    pub covered: u32,
    /// People at level 3 among the rows.
    pub experts: u32,
    /// At most one expert: a single point of failure.
    pub knowledge_island: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Matrix {
    pub groups: Vec<ColumnGroup>,
    pub rows: Vec<MatrixRow>,
    /// One per column, in column order.
    pub coverage: Vec<Coverage>,
}

impl Matrix {
    /// The columns in display order.
    pub fn columns(&self) -> impl Iterator<Item = &Competency> {
        self.groups.iter().flat_map(|g| g.competencies.iter())
    }
}

/// The gap between a level and a role's minimum: missing levels count as 0.
pub fn gap(level: Option<u8>, target: Option<u8>) -> u8 {
    target.unwrap_or(0).saturating_sub(level.unwrap_or(0))
}

/// One employee's matrix row with the framework columns and the full assessment history:
/// the detail page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeProfile {
    pub employee: Employee,
    pub groups: Vec<ColumnGroup>,
    pub row: MatrixRow,
    /// Newest first within each competency.
    pub history: Vec<Assessment>,
}

/// Builds the matrix for `filter`.
pub fn matrix(conn: &Connection, filter: &MatrixFilter) -> Result<Matrix> {
    build(conn, framework::load(conn)?, filter, None)
}

pub fn employee_profile(conn: &Connection, employee_id: u32) -> Result<EmployeeProfile> {
    let employee = people::employee(conn, employee_id)?;
    let filter = MatrixFilter {
        include_archived: true,
        ..MatrixFilter::default()
    };
    // Retired competencies stay on the detail page: they are part of the person's history.
    let mut matrix = build(conn, framework::load_all(conn)?, &filter, Some(employee_id))?;
    let row = matrix
        .rows
        .pop()
        .ok_or_else(|| Error::not_found(Entity::Employee, employee_id))?;
    Ok(EmployeeProfile {
        employee,
        groups: matrix.groups,
        row,
        history: assessment::history(conn, employee_id)?,
    })
}

fn build(
    conn: &Connection,
    framework: Framework,
    filter: &MatrixFilter,
    only_employee: Option<u32>,
) -> Result<Matrix> {
    let groups: Vec<ColumnGroup> = framework
        .pillars
        .iter()
        .filter(|p| filter.pillar_id.is_none_or(|id| id == p.id))
        .map(|p| ColumnGroup {
            pillar: p.clone(),
            competencies: framework
                .competencies
                .iter()
                .filter(|c| c.pillar_id == p.id)
                .cloned()
                .collect(),
        })
        .collect();
    let column_of: HashMap<u32, usize> = groups
        .iter()
        .flat_map(|g| g.competencies.iter())
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    let width = column_of.len();

    let role_targets: HashMap<u32, Vec<Option<u8>>> = framework
        .roles
        .iter()
        .map(|role| {
            let mut targets = vec![None; width];
            for t in &role.targets {
                if let Some(&col) = column_of.get(&t.competency_id) {
                    targets[col] = Some(t.min_level as u8);
                }
            }
            (role.id, targets)
        })
        .collect();

    // Matched in Rust, not with SQL LIKE: LIKE folds only ASCII case, so "özlem" would
    // miss "Özlem".
    let search = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase);
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.personnel_number, e.name, e.pseudonym, e.department_id, d.name,
                e.job_title, e.role_id, r.name, e.technical_interest, e.communication,
                e.archived_on IS NOT NULL
         FROM employee e
         JOIN department d ON d.id = e.department_id
         LEFT JOIN ai_role r ON r.id = e.role_id
         WHERE (?1 OR e.archived_on IS NULL)
           AND (?2 IS NULL OR e.department_id = ?2)
           AND (?3 IS NULL OR e.role_id = ?3)
           AND (?4 IS NULL OR e.id = ?4)
         ORDER BY d.position, d.id, e.name COLLATE de, e.id",
    )?;
    let mut rows = stmt
        .query_map(
            rusqlite::params![
                filter.include_archived,
                filter.department_id,
                filter.role_id,
                only_employee
            ],
            |row| {
                let role_id: Option<u32> = row.get(7)?;
                Ok(MatrixRow {
                    employee_id: row.get(0)?,
                    personnel_number: row.get(1)?,
                    name: row.get(2)?,
                    pseudonym: row.get(3)?,
                    department_id: row.get(4)?,
                    department: row.get(5)?,
                    job_title: row.get(6)?,
                    role_id,
                    role: row.get(8)?,
                    technical_interest: row.get(9)?,
                    communication: row.get(10)?,
                    archived: row.get(11)?,
                    levels: vec![None; width],
                    targets: role_id
                        .and_then(|id| role_targets.get(&id).cloned())
                        .unwrap_or_else(|| vec![None; width]),
                    gaps: Vec::new(),
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if let Some(needle) = &search {
        rows.retain(|r| {
            [&r.name, &r.personnel_number, &r.job_title, &r.pseudonym]
                .iter()
                .any(|text| text.to_lowercase().contains(needle.as_str()))
        });
    }

    let row_of: HashMap<u32, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.employee_id, i))
        .collect();
    let mut cells =
        conn.prepare_cached("SELECT employee_id, competency_id, level FROM current_level")?;
    let mut cursor = cells.query([])?;
    while let Some(cell) = cursor.next()? {
        let employee: u32 = cell.get(0)?;
        let competency: u32 = cell.get(1)?;
        if let (Some(&r), Some(&c)) = (row_of.get(&employee), column_of.get(&competency)) {
            rows[r].levels[c] = Some(cell.get(2)?);
        }
    }

    let mut coverage: Vec<Coverage> = groups
        .iter()
        .flat_map(|g| g.competencies.iter())
        .map(|c| Coverage {
            competency_id: c.id,
            covered: 0,
            experts: 0,
            knowledge_island: false,
        })
        .collect();
    for row in &mut rows {
        row.gaps = row
            .levels
            .iter()
            .zip(&row.targets)
            .map(|(&level, &target)| gap(level, target))
            .collect();
        for (cov, level) in coverage.iter_mut().zip(&row.levels) {
            let level = level.unwrap_or(0);
            cov.covered += u32::from(level >= COVERAGE_LEVEL);
            cov.experts += u32::from(level >= EXPERT_LEVEL);
        }
    }
    for cov in &mut coverage {
        cov.knowledge_island = cov.experts <= 1;
    }
    Ok(Matrix {
        groups,
        rows,
        coverage,
    })
}
