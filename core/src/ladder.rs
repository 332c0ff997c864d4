//! KI-Laufbahn: the AI career ladder — ordered stages with responsibilities, a salary band
//! and requirements — each person's dated stage, and their **readiness** for the next stage.
//!
//! The ladder exists so a company can show its staff the criteria for pay and progression
//! (EU Pay Transparency Directive 2023/970): every requirement is something the data can
//! check — a minimum level in a competency, a minimum maturity index, a completed learning
//! path, and evidence from practice (membership in a pilot team, mentoring someone).
//! Readiness is therefore never stored: it is computed from the live data as of a day, so
//! fixing a level in the matrix raises it at once.
//!
//! Nothing here decides pay or a promotion; a person's stage changes only when the user sets
//! it, and every change is an appended, dated entry. The history of a stage someone held is
//! kept: such a stage cannot be deleted.
//!
//! Levels, maturity, learning paths, mentoring and pilot teams are read straight from their
//! tables as of the day (`current_level` with `assessment`, `maturity_assessment`,
//! `learning_module`, `module_completion`, `mentoring_pair`, `pilot_member` with the pilots'
//! status history), so the readiness of 5,000 people takes a handful of queries. A
//! requirement whose competency (or pillar) or learning path has been retired can no longer
//! be met: it stays on the stage, marked, but readiness leaves it out.

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::pilots::PilotStatus;
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{HashMap, HashSet};

/// The highest stage position we accept; positions order the stages (lowest first).
pub const MAX_POSITION: i32 = 99;
/// The highest salary (€/year) a band may name: anything above is a slip of the keyboard.
pub const MAX_SALARY: i32 = 10_000_000;

/// A stage as lists name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StageRef {
    pub id: u32,
    pub position: u32,
    pub name: String,
}

/// A stage of the ladder with its band and requirements.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    pub id: u32,
    pub position: u32,
    pub name: String,
    pub responsibilities: String,
    /// The salary band in €/year; either end may be open.
    pub salary_min: Option<u32>,
    pub salary_max: Option<u32>,
    pub requirements: Vec<Requirement>,
}

impl Stage {
    pub fn as_ref(&self) -> StageRef {
        StageRef {
            id: self.id,
            position: self.position,
            name: self.name.clone(),
        }
    }
}

/// One requirement of a stage.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Requirement {
    pub id: u32,
    pub stage_id: u32,
    pub need: Need,
    /// The competency (or its pillar) or the learning path it names has been retired since:
    /// nobody can meet it any more, so readiness leaves it out. It stays on the stage, shown
    /// as retired, because it is part of the criteria as they were written.
    pub retired: bool,
}

/// What a requirement asks for, as stored (with the names for display).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Need {
    /// At least `min_level` in a competency (the latest assessment up to the day).
    Competency {
        competency_id: u32,
        code: String,
        name: String,
        min_level: u8,
    },
    /// A maturity index (mean of the five dimensions, 1–3) of at least `min_index`.
    Maturity {
        #[specta(type = i32)]
        min_index: f64,
    },
    /// Every (non-retired) module of the learning path completed.
    LearningPath { path_id: u32, name: String },
    /// Member of the team of a pilot running, scaling or completed on the day.
    PilotTeam,
    /// Mentor in a mentoring pair active on the day, of a mentee employed on the day.
    Mentoring,
}

/// What the user enters for a stage. Numbers are wide so that an out-of-range value reaches
/// validation instead of failing deserialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StageInput {
    pub name: String,
    /// 1–[`MAX_POSITION`], unique: the order of the ladder.
    pub position: i32,
    pub responsibilities: String,
    /// €/year, 0–[`MAX_SALARY`]; `None` leaves that end of the band open.
    pub salary_min: Option<i32>,
    pub salary_max: Option<i32>,
}

/// What the user enters for a requirement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum RequirementInput {
    Competency {
        competency_id: u32,
        /// 1–3.
        min_level: i32,
    },
    Maturity {
        /// 1–3, decimals allowed.
        #[specta(type = i32)]
        min_index: f64,
    },
    LearningPath {
        path_id: u32,
    },
    PilotTeam,
    Mentoring,
}

/// What keeps someone from the next stage.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Missing {
    /// The level on the day (`None`: not assessed by then) is below the required one.
    Competency {
        code: String,
        name: String,
        level: Option<u8>,
        required: u8,
    },
    /// The latest maturity index up to the day (`None`: never rated) is below the minimum.
    Maturity {
        #[specta(type = Option<i32>)]
        index: Option<f64>,
        #[specta(type = i32)]
        required: f64,
    },
    /// The learning path is not completed.
    LearningPath { name: String },
    /// Not in the team of a pilot running, scaling or completed on the day.
    PilotTeam,
    /// Not mentoring anyone on the day.
    Mentoring,
}

/// One person's position on the ladder and how ready they are for the next stage.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    pub employee_id: u32,
    pub personnel_number: String,
    pub name: String,
    pub department_id: u32,
    pub department: String,
    /// The stage held on the day; `None`: none yet.
    pub stage: Option<StageRef>,
    pub stage_since: Option<String>,
    /// The stage above; `None` on the top stage (or when the ladder is empty).
    pub next: Option<StageRef>,
    /// Share of the next stage's requirements met, 0–100, rounded down (100 only when
    /// nothing is missing; a stage without requirements is 100). `None` without a next stage.
    /// Retired requirements count neither in `total` nor in `missing`.
    pub percent: Option<u8>,
    pub met: u32,
    pub total: u32,
    /// In the order of the next stage's requirements.
    pub missing: Vec<Missing>,
}

/// One entry of a person's stage history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StageEntry {
    /// `None`: back to no stage.
    pub stage: Option<StageRef>,
    pub since: String,
}

// ---------------------------------------------------------------------------------------
// Reading the ladder

/// The ladder, lowest stage first, with requirements in the order they were added.
pub fn stages(conn: &Connection) -> Result<Vec<Stage>> {
    let mut stages: Vec<Stage> = conn
        .prepare(
            "SELECT id, position, name, responsibilities, salary_min, salary_max
             FROM ladder_stage ORDER BY position, id",
        )?
        .query_map([], |row| {
            Ok(Stage {
                id: row.get(0)?,
                position: row.get(1)?,
                name: row.get(2)?,
                responsibilities: row.get(3)?,
                salary_min: row.get(4)?,
                salary_max: row.get(5)?,
                requirements: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let index: HashMap<u32, usize> = stages.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut stmt = conn.prepare(
        "SELECT r.id, r.stage_id, r.kind, r.competency_id, c.code, c.name, r.min_level,
                r.min_maturity, r.path_id, p.name,
                CASE r.kind
                    WHEN 'competency' THEN c.retired_on IS NOT NULL OR pl.retired_on IS NOT NULL
                    WHEN 'learningPath' THEN p.retired_on IS NOT NULL
                    ELSE 0
                END
         FROM stage_requirement r
         LEFT JOIN competency c ON c.id = r.competency_id
         LEFT JOIN pillar pl ON pl.id = c.pillar_id
         LEFT JOIN learning_path p ON p.id = r.path_id
         ORDER BY r.stage_id, r.id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(2)?;
        let need = match kind.as_str() {
            "competency" => Need::Competency {
                competency_id: row.get(3)?,
                code: row.get(4)?,
                name: row.get(5)?,
                min_level: row.get(6)?,
            },
            "maturity" => Need::Maturity {
                min_index: row.get(7)?,
            },
            "learningPath" => Need::LearningPath {
                path_id: row.get(8)?,
                name: row.get(9)?,
            },
            "pilotTeam" => Need::PilotTeam,
            _ => Need::Mentoring,
        };
        let stage_id: u32 = row.get(1)?;
        if let Some(&i) = index.get(&stage_id) {
            stages[i].requirements.push(Requirement {
                id: row.get(0)?,
                stage_id,
                need,
                retired: row.get(10)?,
            });
        }
    }
    Ok(stages)
}

pub fn stage(conn: &Connection, id: u32) -> Result<Stage> {
    stages(conn)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| Error::not_found(Entity::Stage, id))
}

// ---------------------------------------------------------------------------------------
// Changing the ladder

struct ValidStage {
    name: String,
    position: u32,
    responsibilities: String,
    salary_min: Option<u32>,
    salary_max: Option<u32>,
}

fn salary(field: Field, value: Option<i32>) -> Result<Option<u32>> {
    value
        .map(|v| validate::in_range(field, v.into(), 0, MAX_SALARY).map(|v| v as u32))
        .transpose()
}

/// Checks a stage; `id` is the stage being changed (it may keep its own name and position).
fn validate_stage(conn: &Connection, input: &StageInput, id: Option<u32>) -> Result<ValidStage> {
    let name = validate::required(Field::StageName, &input.name, MAX_NAME)?;
    let position =
        validate::in_range(Field::StagePosition, input.position.into(), 1, MAX_POSITION)? as u32;
    let responsibilities =
        validate::optional(Field::Responsibilities, &input.responsibilities, MAX_TEXT)?;
    let salary_min = salary(Field::SalaryMin, input.salary_min)?;
    let salary_max = salary(Field::SalaryMax, input.salary_max)?;
    if let (Some(min), Some(max)) = (salary_min, salary_max) {
        // The upper end must lie between the lower end and the ceiling: the message then
        // names the range the user can choose from.
        if min > max {
            return Err(Error::invalid(
                Field::SalaryMax,
                Problem::OutOfRange {
                    min: min as i32,
                    max: MAX_SALARY,
                },
            ));
        }
    }
    let other = id.unwrap_or(0);
    let taken = |sql: &str, value: &dyn rusqlite::ToSql| -> Result<bool> {
        Ok(conn.query_row(sql, params![value, other], |r| r.get(0))?)
    };
    if taken(
        "SELECT EXISTS (SELECT 1 FROM ladder_stage WHERE name = ?1 AND id <> ?2)",
        &name,
    )? {
        return Err(Error::invalid(Field::StageName, Problem::Taken));
    }
    if taken(
        "SELECT EXISTS (SELECT 1 FROM ladder_stage WHERE position = ?1 AND id <> ?2)",
        &position,
    )? {
        return Err(Error::invalid(Field::StagePosition, Problem::Taken));
    }
    Ok(ValidStage {
        name,
        position,
        responsibilities,
        salary_min,
        salary_max,
    })
}

/// Adds a stage. A name or position another stage has is refused as `Taken`; a band whose
/// lower end lies above its upper end is refused at [`Field::SalaryMax`] as `OutOfRange`
/// (from the lower end to [`MAX_SALARY`]).
pub fn create_stage(tx: &Transaction, input: &StageInput) -> Result<Stage> {
    let v = validate_stage(tx, input, None)?;
    tx.execute(
        "INSERT INTO ladder_stage (position, name, responsibilities, salary_min, salary_max)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            v.position,
            v.name,
            v.responsibilities,
            v.salary_min,
            v.salary_max
        ],
    )?;
    stage(tx, tx.last_insert_rowid() as u32)
}

/// Changes a stage's name, position, responsibilities and band (rules as [`create_stage`]).
pub fn update_stage(tx: &Transaction, id: u32, input: &StageInput) -> Result<Stage> {
    stage(tx, id)?;
    let v = validate_stage(tx, input, Some(id))?;
    tx.execute(
        "UPDATE ladder_stage SET position = ?1, name = ?2, responsibilities = ?3,
                salary_min = ?4, salary_max = ?5 WHERE id = ?6",
        params![
            v.position,
            v.name,
            v.responsibilities,
            v.salary_min,
            v.salary_max,
            id
        ],
    )?;
    stage(tx, id)
}

/// Deletes a stage with its requirements. A stage someone holds or held is part of their
/// history and is refused at [`Field::Stage`] as `InUse`.
pub fn delete_stage(tx: &Transaction, id: u32) -> Result<()> {
    stage(tx, id)?;
    let held: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM employee_stage WHERE stage_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if held {
        return Err(Error::invalid(Field::Stage, Problem::InUse));
    }
    tx.execute("DELETE FROM ladder_stage WHERE id = ?1", [id])?;
    Ok(())
}

/// Adds a requirement to a stage. A competency that does not exist or is retired (itself or
/// its pillar) is refused at [`Field::Competency`] as `Unknown`, so is an unknown or retired
/// learning path at [`Field::LearningPath`]; levels must be 1–3 ([`Field::MinLevel`]), a
/// maturity index 1–3 ([`Field::MinMaturity`]). The same competency, path or kind of
/// evidence twice in one stage is refused as `Taken`.
pub fn add_requirement(
    tx: &Transaction,
    stage_id: u32,
    input: &RequirementInput,
) -> Result<Requirement> {
    stage(tx, stage_id)?;
    let exists = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<bool> {
        Ok(tx.query_row(sql, p, |r| r.get(0))?)
    };
    let (kind, competency_id, min_level, min_maturity, path_id, field) = match input {
        RequirementInput::Competency {
            competency_id,
            min_level,
        } => {
            let active = exists(
                "SELECT EXISTS (SELECT 1 FROM competency c JOIN pillar p ON p.id = c.pillar_id
                 WHERE c.id = ?1 AND c.retired_on IS NULL AND p.retired_on IS NULL)",
                &[competency_id],
            )?;
            if !active {
                return Err(Error::invalid(Field::Competency, Problem::Unknown));
            }
            let level = validate::in_range(Field::MinLevel, (*min_level).into(), 1, 3)?;
            (
                "competency",
                Some(*competency_id),
                Some(level),
                None,
                None,
                Field::Competency,
            )
        }
        RequirementInput::Maturity { min_index } => {
            if !min_index.is_finite() || !(1.0..=3.0).contains(min_index) {
                return Err(Error::invalid(
                    Field::MinMaturity,
                    Problem::OutOfRange { min: 1, max: 3 },
                ));
            }
            // Two decimals are all a person can read on the ladder.
            let index = (min_index * 100.0).round() / 100.0;
            (
                "maturity",
                None,
                None,
                Some(index),
                None,
                Field::MinMaturity,
            )
        }
        RequirementInput::LearningPath { path_id } => {
            let active = exists(
                "SELECT EXISTS (SELECT 1 FROM learning_path WHERE id = ?1 AND retired_on IS NULL)",
                &[path_id],
            )?;
            if !active {
                return Err(Error::invalid(Field::LearningPath, Problem::Unknown));
            }
            (
                "learningPath",
                None,
                None,
                None,
                Some(*path_id),
                Field::LearningPath,
            )
        }
        RequirementInput::PilotTeam => ("pilotTeam", None, None, None, None, Field::Stage),
        RequirementInput::Mentoring => ("mentoring", None, None, None, None, Field::Stage),
    };
    // One maturity minimum, one pilot-team and one mentoring requirement per stage; a
    // competency or path at most once.
    let taken = exists(
        "SELECT EXISTS (SELECT 1 FROM stage_requirement WHERE stage_id = ?1 AND kind = ?2
         AND competency_id IS ?3 AND path_id IS ?4)",
        &[&stage_id, &kind, &competency_id, &path_id],
    )?;
    if taken {
        return Err(Error::invalid(field, Problem::Taken));
    }
    tx.execute(
        "INSERT INTO stage_requirement (stage_id, kind, competency_id, min_level, min_maturity, path_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![stage_id, kind, competency_id, min_level, min_maturity, path_id],
    )?;
    let id = tx.last_insert_rowid() as u32;
    stage(tx, stage_id)?
        .requirements
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::not_found(Entity::Requirement, id))
}

/// Removes a requirement.
pub fn remove_requirement(tx: &Transaction, id: u32) -> Result<()> {
    if tx.execute("DELETE FROM stage_requirement WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found(Entity::Requirement, id));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Default ladder

/// One default stage (DOMAIN.md, seed 002). The salary bands are **examples** for a German
/// Mittelstand company (€/year, gross); every company should set its own.
pub struct DefaultStage {
    pub position: u32,
    pub name: &'static str,
    pub responsibilities: &'static str,
    pub salary: (u32, u32),
    /// (competency code, minimum level)
    pub levels: &'static [(&'static str, u8)],
    pub min_maturity: f64,
    /// The learning path completed, linked only when a path of that name exists.
    pub path: &'static str,
    pub pilot_team: bool,
    pub mentoring: bool,
}

pub const DEFAULT_STAGES: [DefaultStage; 3] = [
    DefaultStage {
        position: 1,
        name: "KI-Anwender",
        responsibilities: "Grundkenntnisse und erste Use Cases: nutzt KI-Werkzeuge sicher im \
            eigenen Arbeitsalltag, kennt Grenzen, Risiken und die Datenschutzregeln.",
        salary: (42_000, 54_000),
        levels: &[("G1", 1), ("G2", 1), ("A1", 1), ("S1", 1)],
        min_maturity: 1.2,
        path: "Basis-Nutzer",
        pilot_team: false,
        mentoring: false,
    },
    DefaultStage {
        position: 2,
        name: "KI-Spezialist",
        responsibilities: "Erweiterte Fähigkeiten und Mentoring-Rolle: entwickelt Use Cases im \
            eigenen Bereich, arbeitet in Pilotteams mit und unterstützt Kolleginnen und Kollegen.",
        salary: (52_000, 68_000),
        levels: &[("G2", 2), ("G3", 2), ("A1", 2), ("A2", 2), ("S1", 2)],
        min_maturity: 2.0,
        path: "Power-User",
        pilot_team: true,
        mentoring: false,
    },
    DefaultStage {
        position: 3,
        name: "KI-Experte",
        responsibilities: "Strategische Verantwortung und Innovationsprojekte: gestaltet den \
            KI-Einsatz im Unternehmen, leitet Innovationsprojekte und bildet andere aus.",
        salary: (65_000, 88_000),
        levels: &[
            ("G2", 3),
            ("A2", 3),
            ("A3", 2),
            ("A4", 2),
            ("S4", 2),
            ("D1", 2),
        ],
        min_maturity: 2.6,
        path: "KI-Champions",
        pilot_team: false,
        mentoring: true,
    },
];

/// Seeds [`DEFAULT_STAGES`] when the ladder is empty (a company that edited its ladder keeps
/// it). A named competency that is missing or retired, or a learning path that does not
/// exist yet, is left out rather than invented.
pub fn seed_defaults(tx: &Transaction) -> Result<()> {
    let any: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM ladder_stage)", [], |r| {
        r.get(0)
    })?;
    if any {
        return Ok(());
    }
    for default in &DEFAULT_STAGES {
        let stage = create_stage(
            tx,
            &StageInput {
                name: default.name.into(),
                position: default.position as i32,
                responsibilities: default.responsibilities.into(),
                salary_min: Some(default.salary.0 as i32),
                salary_max: Some(default.salary.1 as i32),
            },
        )?;
        for (code, level) in default.levels {
            let competency: Option<u32> = tx
                .query_row(
                    "SELECT c.id FROM competency c JOIN pillar p ON p.id = c.pillar_id
                     WHERE c.code = ?1 AND c.retired_on IS NULL AND p.retired_on IS NULL",
                    [code],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(competency_id) = competency {
                add_requirement(
                    tx,
                    stage.id,
                    &RequirementInput::Competency {
                        competency_id,
                        min_level: (*level).into(),
                    },
                )?;
            }
        }
        add_requirement(
            tx,
            stage.id,
            &RequirementInput::Maturity {
                min_index: default.min_maturity,
            },
        )?;
        let path: Option<u32> = tx
            .query_row(
                "SELECT id FROM learning_path WHERE name = ?1 AND retired_on IS NULL",
                [default.path],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(path_id) = path {
            add_requirement(tx, stage.id, &RequirementInput::LearningPath { path_id })?;
        }
        if default.pilot_team {
            add_requirement(tx, stage.id, &RequirementInput::PilotTeam)?;
        }
        if default.mentoring {
            add_requirement(tx, stage.id, &RequirementInput::Mentoring)?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Each person's stage

/// Records that the employee holds `stage_id` (`None`: no stage) from `since` on. A stage is
/// recorded when it is granted, so `since` must be a work day (years
/// [`validate::WORK_YEARS`], else [`Field::Date`] `OutOfRange`) not after `today`
/// ([`Field::Date`], `NotAllowed`). A day before their latest entry is refused at
/// [`Field::Date`] as `NotAllowed` (it would slip into the middle of the history); an unknown
/// stage at [`Field::Stage`] as `Unknown`; an archived employee at [`Field::Stage`] as
/// `NotAllowed`. Setting the stage they already hold writes nothing.
pub fn set_stage(
    tx: &Transaction,
    employee_id: u32,
    stage_id: Option<u32>,
    since: &str,
    today: NaiveDate,
) -> Result<()> {
    let archived: Option<String> = tx
        .query_row(
            "SELECT archived_on FROM employee WHERE id = ?1",
            [employee_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| Error::not_found(Entity::Employee, employee_id))?;
    let since = validate::work_date(Field::Date, since)?;
    if since > today {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    let since = since.to_string();
    if let Some(id) = stage_id {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM ladder_stage WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(Error::invalid(Field::Stage, Problem::Unknown));
        }
    }
    if archived.is_some() {
        return Err(Error::invalid(Field::Stage, Problem::NotAllowed));
    }
    let latest: Option<(Option<u32>, String)> = tx
        .query_row(
            "SELECT stage_id, since FROM employee_stage WHERE employee_id = ?1
             ORDER BY since DESC, id DESC LIMIT 1",
            [employee_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match latest {
        Some((_, latest_since)) if since < latest_since => {
            return Err(Error::invalid(Field::Date, Problem::NotAllowed))
        }
        Some((current, _)) if current == stage_id => return Ok(()),
        None if stage_id.is_none() => return Ok(()),
        _ => {}
    }
    tx.execute(
        "INSERT INTO employee_stage (employee_id, stage_id, since) VALUES (?1, ?2, ?3)",
        params![employee_id, stage_id, since],
    )?;
    Ok(())
}

/// The employee's stage history, oldest first.
pub fn stage_history(conn: &Connection, employee_id: u32) -> Result<Vec<StageEntry>> {
    Ok(conn
        .prepare(
            "SELECT s.id, s.position, s.name, h.since FROM employee_stage h
             LEFT JOIN ladder_stage s ON s.id = h.stage_id
             WHERE h.employee_id = ?1 ORDER BY h.since, h.id",
        )?
        .query_map([employee_id], |row| {
            let id: Option<u32> = row.get(0)?;
            Ok(StageEntry {
                stage: match id {
                    Some(id) => Some(StageRef {
                        id,
                        position: row.get(1)?,
                        name: row.get(2)?,
                    }),
                    None => None,
                },
                since: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The stage the employee holds on `day`, if any.
pub fn stage_on(conn: &Connection, employee_id: u32, day: NaiveDate) -> Result<Option<StageRef>> {
    let day = day.to_string();
    Ok(stage_history(conn, employee_id)?
        .into_iter()
        .take_while(|e| e.since <= day)
        .last()
        .and_then(|e| e.stage))
}

// ---------------------------------------------------------------------------------------
// Readiness

/// Readiness of one employee (archived ones too: their page still shows it) as of `today`.
pub fn readiness(conn: &Connection, employee_id: u32, today: NaiveDate) -> Result<Readiness> {
    compute(conn, today, Scope::Employee(employee_id))?
        .pop()
        .ok_or_else(|| Error::not_found(Entity::Employee, employee_id))
}

/// Readiness of every active employee (of one department if given), in department order,
/// then by name. Reads the live data in a fixed handful of queries, whatever the head count.
pub fn readiness_all(
    conn: &Connection,
    today: NaiveDate,
    department: Option<u32>,
) -> Result<Vec<Readiness>> {
    compute(conn, today, Scope::Active(department))
}

enum Scope {
    Active(Option<u32>),
    Employee(u32),
}

/// The facts the requirements ask about, for everyone at once, as of one day.
struct Facts {
    /// (employee, competency) → the level of the latest assessment up to the day.
    levels: HashMap<(u32, u32), u8>,
    /// employee → latest maturity index up to the day.
    maturity: HashMap<u32, f64>,
    /// path → its modules not retired on the day (a path without any is completed by all).
    modules: HashMap<u32, i64>,
    /// (employee, path) → distinct modules of the path not retired on the day that the
    /// employee completed up to the day.
    done: HashMap<(u32, u32), i64>,
    /// Members of a pilot team whose pilot is running, scaling or completed on the day.
    pilot_team: HashSet<u32>,
    /// Mentors in a pair active on the day whose mentee is employed on the day.
    mentors: HashSet<u32>,
}

fn facts(conn: &Connection, day: NaiveDate, ladder: &[Stage], only: Option<u32>) -> Result<Facts> {
    let today = day.to_string();
    let today = today.as_str();
    // Retired requirements are not checked, so what only they ask about is not read.
    let needs = || {
        ladder
            .iter()
            .flat_map(|s| s.requirements.iter().filter(|r| !r.retired))
            .map(|r| &r.need)
    };
    // One person's readiness reads only that person's rows.
    let only = |column: &str| {
        only.map(|id| format!(" AND {column} = {id}"))
            .unwrap_or_default()
    };
    let mut facts = Facts {
        levels: HashMap::new(),
        maturity: HashMap::new(),
        modules: HashMap::new(),
        done: HashMap::new(),
        pilot_team: HashSet::new(),
        mentors: HashSet::new(),
    };
    // Only what some requirement asks about is read.
    if needs().any(|n| matches!(n, Need::Competency { .. })) {
        // The latest assessment up to the day, per cell. `current_level` holds the latest of
        // all (by day, then entry): when that is not after the day it is also the latest up
        // to the day; otherwise the history is searched (index `assessment_cell`). A cell
        // first assessed after the day has no level on it.
        let mut stmt = conn.prepare(&format!(
            "SELECT l.employee_id, l.competency_id,
                    CASE WHEN l.assessed_on <= ?1 THEN l.level ELSE
                        (SELECT a.level FROM assessment a
                         WHERE a.employee_id = l.employee_id AND a.competency_id = l.competency_id
                           AND a.assessed_on <= ?1
                         ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)
                    END
             FROM current_level l
             WHERE l.competency_id IN (SELECT competency_id FROM stage_requirement
                                       WHERE kind = 'competency'){}",
            only("l.employee_id")
        ))?;
        let mut rows = stmt.query([today])?;
        while let Some(row) = rows.next()? {
            if let Some(level) = row.get::<_, Option<u8>>(2)? {
                facts.levels.insert((row.get(0)?, row.get(1)?), level);
            }
        }
    }
    if needs().any(|n| matches!(n, Need::Maturity { .. })) {
        // Rows come in date order per person: the last one up to the day wins.
        let mut stmt = conn.prepare(&format!(
            "SELECT employee_id, tools + breadth + autonomy + innovation + sharing
             FROM maturity_assessment WHERE assessed_on <= ?1{}
             ORDER BY employee_id, assessed_on, id",
            only("employee_id")
        ))?;
        let mut rows = stmt.query([today])?;
        while let Some(row) = rows.next()? {
            let sum: i64 = row.get(1)?;
            facts.maturity.insert(row.get(0)?, sum as f64 / 5.0);
        }
    }
    if needs().any(|n| matches!(n, Need::LearningPath { .. })) {
        // A path is completed when every module not retired on the day has a completion up
        // to the day. A module may be completed more than once: it counts once.
        facts.modules = conn
            .prepare(
                "SELECT path_id, count(*) FROM learning_module
                 WHERE retired_on IS NULL OR retired_on > ?1 GROUP BY path_id",
            )?
            .query_map([today], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = conn.prepare(&format!(
            "SELECT c.employee_id, m.path_id, count(DISTINCT c.module_id) FROM module_completion c
             JOIN learning_module m ON m.id = c.module_id
             WHERE c.completed_on <= ?1 AND (m.retired_on IS NULL OR m.retired_on > ?1)
               AND m.path_id IN (SELECT path_id FROM stage_requirement WHERE kind = 'learningPath'){}
             GROUP BY c.employee_id, m.path_id",
            only("c.employee_id")
        ))?;
        let mut rows = stmt.query([today])?;
        while let Some(row) = rows.next()? {
            facts.done.insert((row.get(0)?, row.get(1)?), row.get(2)?);
        }
    }
    if needs().any(|n| matches!(n, Need::PilotTeam)) {
        // A team counts from the day its pilot runs; a stopped one, or one still an idea or
        // being evaluated, is no evidence from practice.
        let practised: HashSet<u32> = crate::pilots::histories(conn)?
            .iter()
            .filter(|h| {
                matches!(
                    h.status_on(day),
                    Some(PilotStatus::Running | PilotStatus::Scaling | PilotStatus::Completed)
                )
            })
            .map(|h| h.id)
            .collect();
        let mut stmt = conn.prepare(&format!(
            "SELECT pilot_id, employee_id FROM pilot_member WHERE 1{}",
            only("employee_id")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            if practised.contains(&row.get(0)?) {
                facts.pilot_team.insert(row.get(1)?);
            }
        }
    }
    if needs().any(|n| matches!(n, Need::Mentoring)) {
        facts.mentors = conn
            .prepare(&format!(
                "SELECT DISTINCT p.mentor_id FROM mentoring_pair p
                 JOIN employee e ON e.id = p.mentee_id
                 WHERE p.started_on <= ?1 AND (p.ended_on IS NULL OR p.ended_on >= ?1)
                   AND (e.archived_on IS NULL OR e.archived_on > ?1){}",
                only("p.mentor_id")
            ))?
            .query_map([today], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(facts)
}

/// Whether `need` is met for `employee`; what is missing otherwise.
fn check(facts: &Facts, employee: u32, need: &Need) -> Option<Missing> {
    match need {
        Need::Competency {
            competency_id,
            code,
            name,
            min_level,
        } => {
            let level = facts.levels.get(&(employee, *competency_id)).copied();
            (level.unwrap_or(0) < *min_level).then(|| Missing::Competency {
                code: code.clone(),
                name: name.clone(),
                level,
                required: *min_level,
            })
        }
        Need::Maturity { min_index } => {
            let index = facts.maturity.get(&employee).copied();
            // Indices are fifths; the tolerance keeps 2.0 from failing a 2.0 minimum.
            (index.unwrap_or(0.0) + 1e-9 < *min_index).then_some(Missing::Maturity {
                index,
                required: *min_index,
            })
        }
        Need::LearningPath { path_id, name } => {
            let all = facts.modules.get(path_id).copied().unwrap_or(0);
            let done = facts.done.get(&(employee, *path_id)).copied().unwrap_or(0);
            (done < all).then(|| Missing::LearningPath { name: name.clone() })
        }
        Need::PilotTeam => (!facts.pilot_team.contains(&employee)).then_some(Missing::PilotTeam),
        Need::Mentoring => (!facts.mentors.contains(&employee)).then_some(Missing::Mentoring),
    }
}

fn compute(conn: &Connection, today: NaiveDate, scope: Scope) -> Result<Vec<Readiness>> {
    let day = today.to_string();
    let ladder = stages(conn)?;
    let only = match scope {
        Scope::Employee(e) => Some(e),
        Scope::Active(_) => None,
    };
    let (filter, id) = match scope {
        Scope::Active(None) => ("e.archived_on IS NULL AND ?1 IS NULL", None),
        Scope::Active(Some(d)) => ("e.archived_on IS NULL AND e.department_id = ?1", Some(d)),
        Scope::Employee(e) => ("e.id = ?1", Some(e)),
    };
    let people: Vec<(u32, String, String, u32, String)> = conn
        .prepare(&format!(
            "SELECT e.id, e.personnel_number, e.name, d.id, d.name
             FROM employee e JOIN department d ON d.id = e.department_id
             WHERE {filter}
             ORDER BY d.position, d.id, e.name COLLATE de, e.id"
        ))?
        .query_map([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // The stage each person holds on the day: the last entry up to it.
    let mut held: HashMap<u32, (Option<u32>, String)> = HashMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT employee_id, stage_id, since FROM employee_stage WHERE since <= ?1{}
         ORDER BY employee_id, since, id",
        only.map(|e| format!(" AND employee_id = {e}"))
            .unwrap_or_default()
    ))?;
    let mut rows = stmt.query([&day])?;
    while let Some(row) = rows.next()? {
        held.insert(row.get(0)?, (row.get(1)?, row.get(2)?));
    }
    let facts = facts(conn, today, &ladder, only)?;
    let position: HashMap<u32, usize> = ladder.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    Ok(people
        .into_iter()
        .map(
            |(employee_id, personnel_number, name, department_id, department)| {
                let (stage_id, stage_since) = match held.remove(&employee_id) {
                    Some((stage, since)) => (stage, stage.map(|_| since)),
                    None => (None, None),
                };
                let current = stage_id.and_then(|id| position.get(&id).copied());
                let next = match current {
                    Some(i) => ladder.get(i + 1),
                    None => ladder.first(),
                };
                // A retired requirement can no longer be met: it is left out.
                let active = || {
                    next.into_iter()
                        .flat_map(|s| s.requirements.iter().filter(|r| !r.retired))
                };
                let missing: Vec<Missing> = active()
                    .filter_map(|r| check(&facts, employee_id, &r.need))
                    .collect();
                let total = active().count() as u32;
                let met = total - missing.len() as u32;
                Readiness {
                    employee_id,
                    personnel_number,
                    name,
                    department_id,
                    department,
                    stage: current.map(|i| ladder[i].as_ref()),
                    stage_since,
                    next: next.map(Stage::as_ref),
                    // Rounded down: 100 only when nothing is missing; no requirements, 100.
                    percent: next.map(|_| (met * 100).checked_div(total).unwrap_or(100) as u8),
                    met,
                    total,
                    missing,
                }
            },
        )
        .collect())
}

// ---------------------------------------------------------------------------------------
// Demo

/// Gives the demo company plausible stages with a dated history: most people none or
/// stage 1, some stage 2, one or two stage 3. Seeds the default ladder first if it is empty.
pub(crate) fn demo(tx: &Transaction, today: NaiveDate) -> Result<()> {
    // The paths first, so the demo ladder links them (both seeds do nothing when present).
    crate::learning::seed_defaults(tx)?;
    seed_defaults(tx)?;
    let ladder = stages(tx)?;
    if ladder.is_empty() {
        return Ok(());
    }
    let ago = |days: u64| (today - chrono::Days::new(days)).to_string();
    // The most AI-literate people (by current levels) climb furthest, so readiness and
    // stages agree with the matrix.
    let people: Vec<u32> = tx
        .prepare(
            "SELECT e.id FROM employee e LEFT JOIN current_level l ON l.employee_id = e.id
             WHERE e.archived_on IS NULL
             GROUP BY e.id ORDER BY coalesce(sum(l.level), 0) DESC, e.id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let count = people.len();
    let experts = if count >= 40 { 2 } else { 1.min(count) };
    let specialists = (count * 12 / 100).max(1.min(count.saturating_sub(experts)));
    let users = count * 40 / 100;
    let top = ladder.len() - 1;
    for (n, &employee) in people.iter().enumerate() {
        let reached = if n < experts {
            top.min(2)
        } else if n < experts + specialists {
            top.min(1)
        } else if n < experts + specialists + users {
            0
        } else {
            continue;
        };
        // Stage 1 about a year ago (spread over a few months), each further stage later.
        let start = 330 + (n as u64 * 7) % 120;
        for (step, stage) in ladder.iter().take(reached + 1).enumerate() {
            set_stage(
                tx,
                employee,
                Some(stage.id),
                &ago(start - step as u64 * 140),
                today,
            )?;
        }
    }
    Ok(())
}
