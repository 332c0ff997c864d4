//! The Kompetenzrahmen: pillars (Säulen), competencies with level descriptors, and the
//! AI roles (KI-Rollen) with their target profiles. Seeded with [`defaults`] for every new
//! company; everything here is editable. Codes are unique and case-insensitive because
//! spreadsheets name columns by them.
//!
//! Nothing with history is ever deleted: a competency with assessments, a pillar holding
//! one, or a role someone holds (or held) is **retired** instead — hidden from the matrix,
//! the filters, the printout and the import template, kept in every person's history and
//! detail page, and it can be reactivated. Only entries without history are deleted.

pub mod defaults;

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// The highest level of a competency; levels run 0 (keine) to 3 (Experte).
pub const MAX_LEVEL: u8 = 3;
const MAX_CODE: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Pillar {
    pub id: u32,
    pub name: String,
    /// The day it was retired; `None` while active.
    pub retired_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Competency {
    pub id: u32,
    pub pillar_id: u32,
    pub code: String,
    pub name: String,
    pub description: String,
    /// Descriptors of levels 1, 2 and 3 (level 0 always means "keine").
    pub level_descriptors: Vec<String>,
    /// The day it (or its pillar) was retired; `None` while active.
    pub retired_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleTarget {
    pub competency_id: u32,
    pub min_level: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub id: u32,
    pub name: String,
    pub description: String,
    /// Minimum levels, in framework order of the competencies.
    pub targets: Vec<RoleTarget>,
    /// The day it was retired: no longer offered for new assignments.
    pub retired_on: Option<String>,
}

/// What removing a framework entry did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Removal {
    /// It had no history and is gone.
    Deleted,
    /// It has history: hidden, kept, and can be reactivated.
    Retired,
}

/// The framework in display order: pillars, their competencies, the roles. From [`load`]
/// only active pillars and competencies (what the matrix, print and template show) and all
/// roles (a retired role still gives its holders their targets); from [`load_all`] every
/// entry, retired ones marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Framework {
    pub pillars: Vec<Pillar>,
    /// Ordered by pillar, then position within it.
    pub competencies: Vec<Competency>,
    pub roles: Vec<Role>,
}

impl Framework {
    pub fn competency_by_code(&self, code: &str) -> Option<&Competency> {
        self.competencies
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(code))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CompetencyInput {
    pub pillar_id: u32,
    pub code: String,
    pub name: String,
    pub description: String,
    pub level_descriptors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleInput {
    pub name: String,
    pub description: String,
    pub targets: Vec<RoleTarget>,
}

/// The active framework: what the matrix, the printout and the template show.
pub fn load(conn: &Connection) -> Result<Framework> {
    load_scoped(conn, false)
}

/// Every entry including retired ones: the framework screen and a person's detail page.
pub fn load_all(conn: &Connection) -> Result<Framework> {
    load_scoped(conn, true)
}

fn load_scoped(conn: &Connection, include_retired: bool) -> Result<Framework> {
    let pillars = conn
        .prepare(
            "SELECT id, name, retired_on FROM pillar WHERE ?1 OR retired_on IS NULL
             ORDER BY position, id",
        )?
        .query_map([include_retired], |row| {
            Ok(Pillar {
                id: row.get(0)?,
                name: row.get(1)?,
                retired_on: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let competencies = conn
        .prepare(
            "SELECT c.id, c.pillar_id, c.code, c.name, c.description, c.level_1, c.level_2, c.level_3,
                    coalesce(c.retired_on, p.retired_on)
             FROM competency c JOIN pillar p ON p.id = c.pillar_id
             WHERE ?1 OR (c.retired_on IS NULL AND p.retired_on IS NULL)
             ORDER BY p.position, p.id, c.position, c.id",
        )?
        .query_map([include_retired], competency_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let order: HashMap<u32, usize> = competencies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    let mut targets: HashMap<u32, Vec<RoleTarget>> = HashMap::new();
    let mut stmt = conn.prepare("SELECT role_id, competency_id, min_level FROM role_target")?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get::<_, u32>(0)?,
            RoleTarget {
                competency_id: row.get(1)?,
                min_level: row.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (role, target) = row?;
        // A retired competency's target is kept in the file, but not asked for while retired.
        if order.contains_key(&target.competency_id) {
            targets.entry(role).or_default().push(target);
        }
    }
    for list in targets.values_mut() {
        list.sort_by_key(|t| order[&t.competency_id]);
    }
    let roles = conn
        .prepare("SELECT id, name, description, retired_on FROM ai_role ORDER BY position, id")?
        .query_map([], |row| {
            Ok(Role {
                id: row.get(0)?,
                name: row.get(1)?,
                description: row.get(2)?,
                targets: Vec::new(),
                retired_on: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .map(|mut role| {
            role.targets = targets.remove(&role.id).unwrap_or_default();
            role
        })
        .collect();
    Ok(Framework {
        pillars,
        competencies,
        roles,
    })
}

fn competency_from_row(row: &rusqlite::Row) -> rusqlite::Result<Competency> {
    Ok(Competency {
        id: row.get(0)?,
        pillar_id: row.get(1)?,
        code: row.get(2)?,
        name: row.get(3)?,
        description: row.get(4)?,
        level_descriptors: vec![row.get(5)?, row.get(6)?, row.get(7)?],
        retired_on: row.get(8)?,
    })
}

/// Writes the default framework into an empty company.
pub fn seed_defaults(tx: &Transaction) -> Result<()> {
    for pillar in defaults::PILLARS {
        let pillar_id = create_pillar(tx, pillar.name)?.id;
        for c in pillar.competencies {
            create_competency(
                tx,
                &CompetencyInput {
                    pillar_id,
                    code: c.code.into(),
                    name: c.name.into(),
                    description: c.description.into(),
                    level_descriptors: c.levels.iter().map(|s| s.to_string()).collect(),
                },
            )?;
        }
    }
    let framework = load(tx)?;
    for role in defaults::ROLES {
        let targets = role
            .targets
            .iter()
            .map(|(code, level)| RoleTarget {
                competency_id: framework
                    .competency_by_code(code)
                    .map(|c| c.id)
                    .expect("default role profiles name default competencies"),
                min_level: i32::from(*level),
            })
            .collect();
        create_role(
            tx,
            &RoleInput {
                name: role.name.into(),
                description: role.description.into(),
                targets,
            },
        )?;
    }
    Ok(())
}

fn next_position(tx: &Connection, sql: &str) -> Result<i64> {
    Ok(tx.query_row(sql, [], |row| row.get(0))?)
}

/// Maps a UNIQUE violation to "this value is taken".
pub(crate) fn unique_violation(field: Field) -> impl Fn(rusqlite::Error) -> Error {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Error::invalid(field, Problem::Taken)
        }
        _ => Error::from(e),
    }
}

pub fn create_pillar(tx: &Transaction, name: &str) -> Result<Pillar> {
    let name = validate::required(Field::PillarName, name, MAX_NAME)?;
    let position = next_position(tx, "SELECT coalesce(max(position), 0) + 1 FROM pillar")?;
    tx.execute(
        "INSERT INTO pillar (name, position) VALUES (?1, ?2)",
        params![name, position],
    )
    .map_err(unique_violation(Field::PillarName))?;
    Ok(Pillar {
        id: tx.last_insert_rowid() as u32,
        name,
        retired_on: None,
    })
}

pub fn rename_pillar(tx: &Transaction, id: u32, name: &str) -> Result<Pillar> {
    let name = validate::required(Field::PillarName, name, MAX_NAME)?;
    let changed = tx
        .execute(
            "UPDATE pillar SET name = ?1 WHERE id = ?2",
            params![name, id],
        )
        .map_err(unique_violation(Field::PillarName))?;
    if changed == 0 {
        return Err(Error::not_found(Entity::Pillar, id));
    }
    pillar(tx, id)
}

fn pillar(conn: &Connection, id: u32) -> Result<Pillar> {
    conn.query_row(
        "SELECT id, name, retired_on FROM pillar WHERE id = ?1",
        [id],
        |row| {
            Ok(Pillar {
                id: row.get(0)?,
                name: row.get(1)?,
                retired_on: row.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Pillar, id))
}

fn exists(conn: &Connection, sql: &str, id: u32) -> Result<bool> {
    Ok(conn.query_row(sql, [id], |row| row.get(0))?)
}

/// Retires (sets `retired_on`) or reactivates (clears it) one row of `table`.
fn set_retired(
    tx: &Transaction,
    table: &str,
    entity: Entity,
    id: u32,
    on: Option<NaiveDate>,
) -> Result<()> {
    let sql = format!("UPDATE {table} SET retired_on = ?1 WHERE id = ?2");
    if tx.execute(&sql, params![on.map(|d| d.to_string()), id])? == 0 {
        return Err(Error::not_found(entity, id));
    }
    Ok(())
}

/// Retires the row `id` of `table` when the query `history` finds any history of it,
/// otherwise deletes it.
fn retire_or_delete(
    tx: &Transaction,
    table: &str,
    entity: Entity,
    id: u32,
    history: &str,
    today: NaiveDate,
) -> Result<Removal> {
    if exists(tx, history, id)? {
        set_retired(tx, table, entity, id, Some(today))?;
        return Ok(Removal::Retired);
    }
    tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
    Ok(Removal::Deleted)
}

/// Removes a pillar: deleted when empty, retired (with everything in it) when one of its
/// competencies has assessments. One that holds competencies without history is refused:
/// remove those first.
pub fn delete_pillar(tx: &Transaction, id: u32, today: NaiveDate) -> Result<Removal> {
    pillar(tx, id)?;
    let history = "SELECT EXISTS (SELECT 1 FROM assessment a JOIN competency c
                   ON c.id = a.competency_id WHERE c.pillar_id = ?1)";
    if exists(tx, history, id)? {
        set_retired(tx, "pillar", Entity::Pillar, id, Some(today))?;
        return Ok(Removal::Retired);
    }
    if exists(
        tx,
        "SELECT EXISTS (SELECT 1 FROM competency WHERE pillar_id = ?1)",
        id,
    )? {
        return Err(Error::invalid(Field::Pillar, Problem::InUse));
    }
    tx.execute("DELETE FROM pillar WHERE id = ?1", [id])?;
    Ok(Removal::Deleted)
}

/// Brings a retired pillar back, with its competencies that were not retired on their own.
pub fn reactivate_pillar(tx: &Transaction, id: u32) -> Result<Pillar> {
    set_retired(tx, "pillar", Entity::Pillar, id, None)?;
    pillar(tx, id)
}

struct ValidCompetency {
    pillar_id: u32,
    code: String,
    name: String,
    description: String,
    levels: [String; 3],
}

fn validate_competency(tx: &Connection, input: &CompetencyInput) -> Result<ValidCompetency> {
    let code = validate::required(Field::CompetencyCode, &input.code, MAX_CODE)?;
    if code.contains(|c: char| c.is_whitespace() || c == ';' || c == ',') {
        return Err(Error::invalid(Field::CompetencyCode, Problem::NotAllowed));
    }
    let name = validate::required(Field::CompetencyName, &input.name, MAX_NAME)?;
    let description = validate::optional(Field::Description, &input.description, MAX_TEXT)?;
    if input.level_descriptors.len() > usize::from(MAX_LEVEL) {
        return Err(Error::invalid(Field::LevelDescriptor, Problem::NotAllowed));
    }
    let mut levels: [String; 3] = Default::default();
    for (slot, text) in levels.iter_mut().zip(&input.level_descriptors) {
        *slot = validate::optional(Field::LevelDescriptor, text, MAX_TEXT)?;
    }
    let pillar_exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pillar WHERE id = ?1)",
        [input.pillar_id],
        |row| row.get(0),
    )?;
    if !pillar_exists {
        return Err(Error::invalid(Field::Pillar, Problem::Unknown));
    }
    Ok(ValidCompetency {
        pillar_id: input.pillar_id,
        code,
        name,
        description,
        levels,
    })
}

pub fn create_competency(tx: &Transaction, input: &CompetencyInput) -> Result<Competency> {
    let c = validate_competency(tx, input)?;
    let position = tx.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM competency WHERE pillar_id = ?1",
        [c.pillar_id],
        |row| row.get::<_, i64>(0),
    )?;
    tx.execute(
        "INSERT INTO competency (pillar_id, code, name, description, level_1, level_2, level_3, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            c.pillar_id, c.code, c.name, c.description, c.levels[0], c.levels[1], c.levels[2], position
        ],
    )
    .map_err(unique_violation(Field::CompetencyCode))?;
    competency(tx, tx.last_insert_rowid() as u32)
}

pub fn update_competency(tx: &Transaction, id: u32, input: &CompetencyInput) -> Result<Competency> {
    let c = validate_competency(tx, input)?;
    let current = competency(tx, id)?;
    // Moving to another pillar appends it there.
    let position_sql = if current.pillar_id == c.pillar_id {
        "position"
    } else {
        "(SELECT coalesce(max(position), 0) + 1 FROM competency WHERE pillar_id = ?1)"
    };
    tx.execute(
        &format!(
            "UPDATE competency SET pillar_id = ?1, code = ?2, name = ?3, description = ?4,
             level_1 = ?5, level_2 = ?6, level_3 = ?7, position = {position_sql} WHERE id = ?8"
        ),
        params![
            c.pillar_id,
            c.code,
            c.name,
            c.description,
            c.levels[0],
            c.levels[1],
            c.levels[2],
            id
        ],
    )
    .map_err(unique_violation(Field::CompetencyCode))?;
    competency(tx, id)
}

/// Removes a competency: retired when anyone was ever assessed in it (or a learning module
/// raises it, or a completion proposed it), otherwise deleted with its role targets.
pub fn delete_competency(tx: &Transaction, id: u32, today: NaiveDate) -> Result<Removal> {
    competency(tx, id)?;
    retire_or_delete(
        tx,
        "competency",
        Entity::Competency,
        id,
        "SELECT EXISTS (SELECT 1 FROM assessment WHERE competency_id = ?1)
             OR EXISTS (SELECT 1 FROM learning_module WHERE competency_id = ?1)
             OR EXISTS (SELECT 1 FROM module_completion WHERE proposed_competency_id = ?1)
             OR EXISTS (SELECT 1 FROM stage_requirement WHERE competency_id = ?1)",
        today,
    )
}

/// Brings a retired competency back into the matrix with its whole history.
pub fn reactivate_competency(tx: &Transaction, id: u32) -> Result<Competency> {
    set_retired(tx, "competency", Entity::Competency, id, None)?;
    competency(tx, id)
}

pub fn competency(conn: &Connection, id: u32) -> Result<Competency> {
    conn.query_row(
        "SELECT c.id, c.pillar_id, c.code, c.name, c.description, c.level_1, c.level_2, c.level_3,
                coalesce(c.retired_on, p.retired_on)
         FROM competency c JOIN pillar p ON p.id = c.pillar_id WHERE c.id = ?1",
        [id],
        competency_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Competency, id))
}

fn write_targets(tx: &Transaction, role_id: u32, targets: &[RoleTarget]) -> Result<()> {
    tx.execute("DELETE FROM role_target WHERE role_id = ?1", [role_id])?;
    let mut exists = tx.prepare("SELECT EXISTS (SELECT 1 FROM competency WHERE id = ?1)")?;
    let mut insert = tx.prepare(
        "INSERT INTO role_target (role_id, competency_id, min_level) VALUES (?1, ?2, ?3)
         ON CONFLICT (role_id, competency_id) DO UPDATE SET min_level = excluded.min_level",
    )?;
    for target in targets {
        if !exists.query_row([target.competency_id], |row| row.get::<_, bool>(0))? {
            return Err(Error::invalid(Field::Competency, Problem::Unknown));
        }
        let level = validate::in_range(Field::Level, target.min_level.into(), 0, 3)?;
        // A minimum of 0 is no requirement at all.
        if level > 0 {
            insert.execute(params![role_id, target.competency_id, level])?;
        }
    }
    Ok(())
}

fn role(conn: &Connection, id: u32) -> Result<Role> {
    load_all(conn)?
        .roles
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::not_found(Entity::Role, id))
}

pub fn create_role(tx: &Transaction, input: &RoleInput) -> Result<Role> {
    let name = validate::required(Field::RoleName, &input.name, MAX_NAME)?;
    let description = validate::optional(Field::Description, &input.description, MAX_TEXT)?;
    let position = next_position(tx, "SELECT coalesce(max(position), 0) + 1 FROM ai_role")?;
    tx.execute(
        "INSERT INTO ai_role (name, description, position) VALUES (?1, ?2, ?3)",
        params![name, description, position],
    )
    .map_err(unique_violation(Field::RoleName))?;
    let id = tx.last_insert_rowid() as u32;
    write_targets(tx, id, &input.targets)?;
    role(tx, id)
}

/// Renames a role and replaces its whole target profile.
pub fn update_role(tx: &Transaction, id: u32, input: &RoleInput) -> Result<Role> {
    let name = validate::required(Field::RoleName, &input.name, MAX_NAME)?;
    let description = validate::optional(Field::Description, &input.description, MAX_TEXT)?;
    let changed = tx
        .execute(
            "UPDATE ai_role SET name = ?1, description = ?2 WHERE id = ?3",
            params![name, description, id],
        )
        .map_err(unique_violation(Field::RoleName))?;
    if changed == 0 {
        return Err(Error::not_found(Entity::Role, id));
    }
    write_targets(tx, id, &input.targets)?;
    role(tx, id)
}

/// Removes a role: retired while anyone (also a former employee) holds it, so nobody loses
/// their role; deleted otherwise.
pub fn delete_role(tx: &Transaction, id: u32, today: NaiveDate) -> Result<Removal> {
    role(tx, id)?;
    retire_or_delete(
        tx,
        "ai_role",
        Entity::Role,
        id,
        "SELECT EXISTS (SELECT 1 FROM employee WHERE role_id = ?1)",
        today,
    )
}

/// Offers a retired role again for new assignments.
pub fn reactivate_role(tx: &Transaction, id: u32) -> Result<Role> {
    set_retired(tx, "ai_role", Entity::Role, id, None)?;
    role(tx, id)
}
