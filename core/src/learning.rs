//! Lernpfade: role-specific learning paths (Basis-Nutzer, Power-User, KI-Champions — seed 002:
//! not one course for all), their modules, who is enrolled and which modules they completed.
//!
//! A completed module never changes the talent matrix by itself. When the module raises a
//! competency above the person's current level, the completion carries a *proposal*; only
//! the user's confirmation turns it into an assessment by "trainer", dated the day of the
//! completion (or of the cell's latest assessment, if that is later), through
//! [`crate::assessment::record`]. Rejecting leaves the matrix alone.
//! Enrolments and completions are dated history: nothing here rewrites them, except a
//! proposal's one step from pending to confirmed or rejected. A completion keeps what the
//! module was that day (title, hours, price), so editing a module later changes neither the
//! person's record nor past training costs.
//!
//! One-off formats (workshop, online course, mentoring, learning by doing) are completed
//! once; recurring ones (consultation hour, monthly update) again on other days, at most
//! once a day.
//!
//! Paths and modules are retired, never deleted (like the framework): retired ones are
//! hidden from the lists and take no new enrolments or completions, and stay in every
//! person's record.

use crate::assessment::{self, Assessor, NewAssessment};
use crate::error::{Entity, Error, Field, Problem, Result};
use crate::framework::{self, unique_violation};
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The most hours one module may take (a semester of evening classes).
pub const MAX_HOURS: i32 = 1_000;
/// The most one module may cost, in euros.
pub const MAX_COST: i32 = 1_000_000;

/// How a module is taught (DOMAIN.md: Workshop, Online-Kurs, Mentoring, Lernen durch Tun,
/// KI-Sprechstunde, monatliches KI-Update).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ModuleFormat {
    Workshop,
    OnlineCourse,
    Mentoring,
    LearningByDoing,
    ConsultationHour,
    MonthlyUpdate,
}

impl ModuleFormat {
    pub const ALL: [ModuleFormat; 6] = [
        ModuleFormat::Workshop,
        ModuleFormat::OnlineCourse,
        ModuleFormat::Mentoring,
        ModuleFormat::LearningByDoing,
        ModuleFormat::ConsultationHour,
        ModuleFormat::MonthlyUpdate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ModuleFormat::Workshop => "workshop",
            ModuleFormat::OnlineCourse => "onlineCourse",
            ModuleFormat::Mentoring => "mentoring",
            ModuleFormat::LearningByDoing => "learningByDoing",
            ModuleFormat::ConsultationHour => "consultationHour",
            ModuleFormat::MonthlyUpdate => "monthlyUpdate",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == value)
    }

    /// Whether a person takes part again and again (KI-Sprechstunde, monatliches
    /// KI-Update) rather than completing it once.
    pub fn is_recurring(self) -> bool {
        matches!(
            self,
            ModuleFormat::ConsultationHour | ModuleFormat::MonthlyUpdate
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LearningModule {
    pub id: u32,
    pub path_id: u32,
    pub title: String,
    pub format: ModuleFormat,
    #[specta(type = i32)]
    pub hours: f64,
    /// Euros per participant.
    #[specta(type = i32)]
    pub cost: f64,
    /// The competency a completion raises, with its code, and to which level (1–3).
    pub competency_id: Option<u32>,
    pub competency_code: Option<String>,
    pub raises_to: Option<u8>,
    pub content: String,
    pub retired_on: Option<String>,
    /// Taken part in again and again (KI-Sprechstunde, monatliches KI-Update) rather than
    /// completed once: [`ModuleFormat::is_recurring`].
    pub recurring: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LearningPath {
    pub id: u32,
    pub name: String,
    /// The AI role it is meant for, if any.
    pub role_id: Option<u32>,
    pub role: Option<String>,
    pub description: String,
    pub retired_on: Option<String>,
    /// Its modules in order; from [`paths`] only the active ones.
    pub modules: Vec<LearningModule>,
    /// What one participant takes and costs: the sums over the modules not retired.
    #[specta(type = i32)]
    pub hours: f64,
    #[specta(type = i32)]
    pub cost: f64,
}

/// What the module form asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ModuleInput {
    pub title: String,
    /// One of the [`ModuleFormat`] words; a string so a wrong value reaches validation.
    pub format: String,
    #[specta(type = i32)]
    pub hours: f64,
    #[specta(type = i32)]
    pub cost: f64,
    /// Set together with `raises_to`, or neither.
    pub competency_id: Option<u32>,
    /// 1–3; wide so that a wrong value reaches validation.
    pub raises_to: Option<i32>,
    pub content: String,
}

// ---------------------------------------------------------------------------------------
// Defaults

struct DefaultModule {
    title: &'static str,
    format: ModuleFormat,
    hours: f64,
    cost: f64,
    /// (competency code, level)
    raises: Option<(&'static str, u8)>,
    content: &'static str,
}

struct DefaultPath {
    name: &'static str,
    /// The default AI role it fits, if any.
    role: Option<&'static str>,
    description: &'static str,
    modules: &'static [DefaultModule],
}

/// The three role-specific paths of seed 002 with plausible formats, hours and costs.
const DEFAULT_PATHS: &[DefaultPath] = &[
    DefaultPath {
        name: "Basis-Nutzer",
        role: None,
        description: "Für alle Mitarbeitenden: KI im Arbeitsalltag sicher und nützlich einsetzen.",
        modules: &[
            DefaultModule {
                title: "Grundlagen generativer KI",
                format: ModuleFormat::Workshop,
                hours: 4.0,
                cost: 250.0,
                raises: Some(("G1", 1)),
                content: "Wie Sprachmodelle arbeiten, was sie können und was nicht.",
            },
            DefaultModule {
                title: "Prompt Engineering für den Arbeitsalltag",
                format: ModuleFormat::OnlineCourse,
                hours: 6.0,
                cost: 150.0,
                raises: Some(("G2", 2)),
                content: "Rollen, Beispiele und Struktur in Anfragen an eigenen Aufgaben üben.",
            },
            DefaultModule {
                title: "Datenschutz-Awareness",
                format: ModuleFormat::OnlineCourse,
                hours: 2.0,
                cost: 90.0,
                raises: Some(("S1", 1)),
                content: "Welche Daten in KI-Werkzeuge dürfen und welche nicht (DSGVO).",
            },
            DefaultModule {
                title: "Monatliches KI-Update",
                format: ModuleFormat::MonthlyUpdate,
                hours: 1.0,
                cost: 0.0,
                raises: None,
                content: "Neue Werkzeuge, Regeln und Erfahrungen aus den Pilotprojekten.",
            },
        ],
    },
    DefaultPath {
        name: "Power-User",
        role: Some("Prompt Engineer"),
        description: "Für regelmäßige Nutzerinnen und Nutzer, die Vorlagen und Abläufe für \
                      ihr Team bauen.",
        modules: &[
            DefaultModule {
                title: "Erweiterte Prompting-Techniken",
                format: ModuleFormat::Workshop,
                hours: 8.0,
                cost: 450.0,
                raises: Some(("G2", 3)),
                content: "Prompt-Ketten, Vorlagen für das Team, Ergebnisse systematisch prüfen.",
            },
            DefaultModule {
                title: "Tool-Integration",
                format: ModuleFormat::LearningByDoing,
                hours: 16.0,
                cost: 300.0,
                raises: Some(("A3", 2)),
                content: "Einen eigenen Ablauf mit No-/Low-Code-Werkzeugen bauen.",
            },
            DefaultModule {
                title: "Use-Case-Entwicklung",
                format: ModuleFormat::Workshop,
                hours: 8.0,
                cost: 400.0,
                raises: Some(("A2", 2)),
                content: "Anwendungsfälle finden, nach Nutzen, Risiko und Messbarkeit bewerten.",
            },
            DefaultModule {
                title: "KI-Sprechstunde",
                format: ModuleFormat::ConsultationHour,
                hours: 2.0,
                cost: 0.0,
                raises: Some(("G3", 2)),
                content: "Eigene Ergebnisse mit einer Expertin auf Fehler und Bias prüfen.",
            },
        ],
    },
    DefaultPath {
        name: "KI-Champions",
        role: Some("KI-Prozessmanager"),
        description: "Für die Treiber der KI-Einführung: umsetzen, Abläufe verbessern, \
                      Menschen mitnehmen.",
        modules: &[
            DefaultModule {
                title: "Technische Umsetzung",
                format: ModuleFormat::OnlineCourse,
                hours: 20.0,
                cost: 900.0,
                raises: Some(("A3", 3)),
                content: "KI über Schnittstellen in Geschäftsprozesse und Systeme einbinden.",
            },
            DefaultModule {
                title: "Prozessoptimierung",
                format: ModuleFormat::Workshop,
                hours: 12.0,
                cost: 700.0,
                raises: Some(("A4", 2)),
                content: "Abläufe aufnehmen, mit KI verbessern und den Erfolg messen.",
            },
            DefaultModule {
                title: "Change Management",
                format: ModuleFormat::Mentoring,
                hours: 10.0,
                cost: 500.0,
                raises: Some(("A4", 3)),
                content: "Veränderungen bereichsübergreifend führen, begleitet von einem Mentor.",
            },
        ],
    },
];

/// Writes the three default paths with their modules, linked to the fitting default AI
/// roles where those exist. Does nothing when the company has any path already (also a
/// retired one), so it is safe to call for new and existing companies alike. A default
/// module whose competency code the company no longer has (or retired) raises nothing.
pub fn seed_defaults(tx: &Transaction) -> Result<()> {
    let any: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM learning_path)", [], |r| {
        r.get(0)
    })?;
    if any {
        return Ok(());
    }
    let framework = framework::load(tx)?;
    for path in DEFAULT_PATHS {
        let role_id = path.role.and_then(|name| {
            framework
                .roles
                .iter()
                .find(|r| r.name == name && r.retired_on.is_none())
                .map(|r| r.id)
        });
        let path_id = create_path(tx, path.name, role_id, path.description)?.id;
        for module in path.modules {
            let raises = module
                .raises
                .and_then(|(code, level)| Some((framework.competency_by_code(code)?.id, level)));
            create_module(
                tx,
                path_id,
                &ModuleInput {
                    title: module.title.into(),
                    format: module.format.as_str().into(),
                    hours: module.hours,
                    cost: module.cost,
                    competency_id: raises.map(|(id, _)| id),
                    raises_to: raises.map(|(_, level)| i32::from(level)),
                    content: module.content.into(),
                },
            )?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Paths and modules

const MODULE_SELECT: &str = "
    SELECT m.id, m.path_id, m.title, m.format, m.hours, m.cost, m.competency_id, c.code,
           m.raises_to, m.content, m.retired_on
    FROM learning_module m LEFT JOIN competency c ON c.id = m.competency_id";

fn module_from_row(row: &rusqlite::Row) -> rusqlite::Result<LearningModule> {
    let format = ModuleFormat::parse(&row.get::<_, String>(3)?).unwrap_or(ModuleFormat::Workshop);
    Ok(LearningModule {
        id: row.get(0)?,
        path_id: row.get(1)?,
        title: row.get(2)?,
        format,
        recurring: format.is_recurring(),
        hours: row.get(4)?,
        cost: row.get(5)?,
        competency_id: row.get(6)?,
        competency_code: row.get(7)?,
        raises_to: row.get(8)?,
        content: row.get(9)?,
        retired_on: row.get(10)?,
    })
}

/// The active paths in order, each with its active modules: what enrolment offers.
pub fn paths(conn: &Connection) -> Result<Vec<LearningPath>> {
    paths_scoped(conn, false)
}

/// Every path and module, retired ones marked: the editing screen.
pub fn all_paths(conn: &Connection) -> Result<Vec<LearningPath>> {
    paths_scoped(conn, true)
}

fn paths_scoped(conn: &Connection, include_retired: bool) -> Result<Vec<LearningPath>> {
    let mut paths: Vec<LearningPath> = conn
        .prepare(
            "SELECT p.id, p.name, p.role_id, r.name, p.description, p.retired_on
             FROM learning_path p LEFT JOIN ai_role r ON r.id = p.role_id
             WHERE ?1 OR p.retired_on IS NULL ORDER BY p.position, p.id",
        )?
        .query_map([include_retired], path_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let modules: Vec<LearningModule> = conn
        .prepare(&format!(
            "{MODULE_SELECT} WHERE ?1 OR m.retired_on IS NULL ORDER BY m.path_id, m.position, m.id"
        ))?
        .query_map([include_retired], module_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for module in modules {
        if let Some(path) = paths.iter_mut().find(|p| p.id == module.path_id) {
            if module.retired_on.is_none() {
                path.hours += module.hours;
                path.cost += module.cost;
            }
            path.modules.push(module);
        }
    }
    Ok(paths)
}

fn path_from_row(row: &rusqlite::Row) -> rusqlite::Result<LearningPath> {
    Ok(LearningPath {
        id: row.get(0)?,
        name: row.get(1)?,
        role_id: row.get(2)?,
        role: row.get(3)?,
        description: row.get(4)?,
        retired_on: row.get(5)?,
        modules: Vec::new(),
        hours: 0.0,
        cost: 0.0,
    })
}

/// One path with all its modules (retired ones included, marked).
pub fn path(conn: &Connection, id: u32) -> Result<LearningPath> {
    all_paths(conn)?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| Error::not_found(Entity::LearningPath, id))
}

pub fn module(conn: &Connection, id: u32) -> Result<LearningModule> {
    conn.query_row(
        &format!("{MODULE_SELECT} WHERE m.id = ?1"),
        [id],
        module_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::LearningModule, id))
}

fn require_role(conn: &Connection, role_id: Option<u32>) -> Result<()> {
    let Some(id) = role_id else { return Ok(()) };
    let active: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM ai_role WHERE id = ?1 AND retired_on IS NULL)",
        [id],
        |r| r.get(0),
    )?;
    if active {
        Ok(())
    } else {
        Err(Error::invalid(Field::Role, Problem::Unknown))
    }
}

/// Adds a path at the end, optionally for an (active) AI role. Names are unique.
pub fn create_path(
    tx: &Transaction,
    name: &str,
    role_id: Option<u32>,
    description: &str,
) -> Result<LearningPath> {
    let name = validate::required(Field::PathName, name, MAX_NAME)?;
    let description = validate::optional(Field::Description, description, MAX_TEXT)?;
    require_role(tx, role_id)?;
    tx.execute(
        "INSERT INTO learning_path (name, role_id, description, position)
         VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM learning_path))",
        params![name, role_id, description],
    )
    .map_err(unique_violation(Field::PathName))?;
    path(tx, tx.last_insert_rowid() as u32)
}

struct ValidModule {
    title: String,
    format: ModuleFormat,
    hours: f64,
    cost: f64,
    raises: Option<(u32, u8)>,
    content: String,
}

fn validate_module(conn: &Connection, input: &ModuleInput) -> Result<ValidModule> {
    let title = validate::required(Field::ModuleTitle, &input.title, MAX_NAME)?;
    let format = ModuleFormat::parse(input.format.trim())
        .ok_or(Error::invalid(Field::ModuleFormat, Problem::NotAllowed))?;
    let amount = |field: Field, value: f64, max: i32| {
        if value.is_finite() && (0.0..=f64::from(max)).contains(&value) {
            Ok(value)
        } else {
            Err(Error::invalid(field, Problem::OutOfRange { min: 0, max }))
        }
    };
    let hours = amount(Field::Hours, input.hours, MAX_HOURS)?;
    let cost = amount(Field::Cost, input.cost, MAX_COST)?;
    let raises = match (input.competency_id, input.raises_to) {
        (None, None) => None,
        // A level without a competency, or a competency without a level, raises nothing
        // the user could confirm.
        (None, Some(_)) => return Err(Error::invalid(Field::Competency, Problem::Empty)),
        (Some(_), None) => return Err(Error::invalid(Field::RaisesTo, Problem::Empty)),
        (Some(competency_id), Some(level)) => {
            let level = validate::in_range(Field::RaisesTo, level.into(), 1, 3)? as u8;
            let active = framework::load(conn)?
                .competencies
                .iter()
                .any(|c| c.id == competency_id);
            if !active {
                return Err(Error::invalid(Field::Competency, Problem::Unknown));
            }
            Some((competency_id, level))
        }
    };
    let content = validate::optional(Field::Description, &input.content, MAX_TEXT)?;
    Ok(ValidModule {
        title,
        format,
        hours,
        cost,
        raises,
        content,
    })
}

/// Appends a module to an active path.
pub fn create_module(
    tx: &Transaction,
    path_id: u32,
    input: &ModuleInput,
) -> Result<LearningModule> {
    let m = validate_module(tx, input)?;
    let owner =
        path(tx, path_id).map_err(|_| Error::invalid(Field::LearningPath, Problem::Unknown))?;
    if owner.retired_on.is_some() {
        return Err(Error::invalid(Field::LearningPath, Problem::NotAllowed));
    }
    tx.execute(
        "INSERT INTO learning_module
             (path_id, position, title, format, hours, cost, competency_id, raises_to, content)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM learning_module
                      WHERE path_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            path_id,
            m.title,
            m.format.as_str(),
            m.hours,
            m.cost,
            m.raises.map(|r| r.0),
            m.raises.map(|r| r.1),
            m.content
        ],
    )?;
    module(tx, tx.last_insert_rowid() as u32)
}

/// Changes a module. Completions keep what they proposed and the title, hours and price the
/// module had on their day, so past training costs and learning records stay as they were;
/// the new price counts for completions from now on.
pub fn update_module(tx: &Transaction, id: u32, input: &ModuleInput) -> Result<LearningModule> {
    module(tx, id)?;
    let m = validate_module(tx, input)?;
    tx.execute(
        "UPDATE learning_module SET title = ?1, format = ?2, hours = ?3, cost = ?4,
             competency_id = ?5, raises_to = ?6, content = ?7 WHERE id = ?8",
        params![
            m.title,
            m.format.as_str(),
            m.hours,
            m.cost,
            m.raises.map(|r| r.0),
            m.raises.map(|r| r.1),
            m.content,
            id
        ],
    )?;
    module(tx, id)
}

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

/// Hides a path (with its modules) from the lists and from new enrolments; history stays.
pub fn retire_path(tx: &Transaction, id: u32, today: NaiveDate) -> Result<LearningPath> {
    set_retired(tx, "learning_path", Entity::LearningPath, id, Some(today))?;
    path(tx, id)
}

pub fn reactivate_path(tx: &Transaction, id: u32) -> Result<LearningPath> {
    set_retired(tx, "learning_path", Entity::LearningPath, id, None)?;
    path(tx, id)
}

/// Hides a module from its path and from new completions; history stays.
pub fn retire_module(tx: &Transaction, id: u32, today: NaiveDate) -> Result<LearningModule> {
    set_retired(
        tx,
        "learning_module",
        Entity::LearningModule,
        id,
        Some(today),
    )?;
    module(tx, id)
}

pub fn reactivate_module(tx: &Transaction, id: u32) -> Result<LearningModule> {
    set_retired(tx, "learning_module", Entity::LearningModule, id, None)?;
    module(tx, id)
}

// ---------------------------------------------------------------------------------------
// Enrolments and completions

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Enrolment {
    pub id: u32,
    pub employee_id: u32,
    pub path_id: u32,
    pub path: String,
    pub enrolled_on: String,
}

/// Where a completion's proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ProposalStatus {
    /// The module raised nothing above the person's level then.
    None,
    Pending,
    Confirmed,
    Rejected,
}

impl ProposalStatus {
    fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::None => "none",
            ProposalStatus::Pending => "pending",
            ProposalStatus::Confirmed => "confirmed",
            ProposalStatus::Rejected => "rejected",
        }
    }

    fn parse(value: &str) -> Self {
        match value {
            "pending" => ProposalStatus::Pending,
            "confirmed" => ProposalStatus::Confirmed,
            "rejected" => ProposalStatus::Rejected,
            _ => ProposalStatus::None,
        }
    }
}

/// "Raise G2 to 2": what a completion proposes for the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Raise {
    pub competency_id: u32,
    pub code: String,
    pub level: u8,
}

/// A completed module, as the person's record and the proposals list show it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Completion {
    pub id: u32,
    pub employee_id: u32,
    pub employee: String,
    pub module_id: u32,
    /// The module's title on the completion day.
    pub module: String,
    pub path_id: u32,
    pub path: String,
    pub format: ModuleFormat,
    /// The module's hours on the completion day.
    #[specta(type = i32)]
    pub hours: f64,
    /// The module's price per participant on the completion day, in euros.
    #[specta(type = i32)]
    pub cost: f64,
    pub content: String,
    pub completed_on: String,
    pub proposal: ProposalStatus,
    /// What was proposed; `None` exactly when `proposal` is `None`.
    pub raise: Option<Raise>,
    /// The assessment a confirmed proposal became.
    pub assessment_id: Option<u32>,
}

const COMPLETION_SELECT: &str = "
    SELECT mc.id, mc.employee_id, e.name, mc.module_id, mc.title, m.path_id, p.name, m.format,
           mc.hours, mc.cost, m.content, mc.completed_on, mc.proposal, mc.proposed_competency_id,
           c.code, mc.proposed_level, mc.assessment_id
    FROM module_completion mc
    JOIN employee e ON e.id = mc.employee_id
    JOIN learning_module m ON m.id = mc.module_id
    JOIN learning_path p ON p.id = m.path_id
    LEFT JOIN competency c ON c.id = mc.proposed_competency_id";

fn completion_from_row(row: &rusqlite::Row) -> rusqlite::Result<Completion> {
    let raise = match (
        row.get::<_, Option<u32>>(13)?,
        row.get::<_, Option<u8>>(15)?,
    ) {
        (Some(competency_id), Some(level)) => Some(Raise {
            competency_id,
            code: row.get::<_, Option<String>>(14)?.unwrap_or_default(),
            level,
        }),
        _ => None,
    };
    Ok(Completion {
        id: row.get(0)?,
        employee_id: row.get(1)?,
        employee: row.get(2)?,
        module_id: row.get(3)?,
        module: row.get(4)?,
        path_id: row.get(5)?,
        path: row.get(6)?,
        format: ModuleFormat::parse(&row.get::<_, String>(7)?).unwrap_or(ModuleFormat::Workshop),
        hours: row.get(8)?,
        cost: row.get(9)?,
        content: row.get(10)?,
        completed_on: row.get(11)?,
        proposal: ProposalStatus::parse(&row.get::<_, String>(12)?),
        raise,
        assessment_id: row.get(16)?,
    })
}

pub fn completion(conn: &Connection, id: u32) -> Result<Completion> {
    conn.query_row(
        &format!("{COMPLETION_SELECT} WHERE mc.id = ?1"),
        [id],
        completion_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::Completion, id))
}

/// Refuses anyone who has left: a leaver is not enrolled and completes nothing new. The
/// error names [`Field::Name`] (the person), as there is no field for "the employee".
fn require_current(conn: &Connection, employee_id: u32) -> Result<()> {
    let archived: Option<Option<String>> = conn
        .query_row(
            "SELECT archived_on FROM employee WHERE id = ?1",
            [employee_id],
            |r| r.get(0),
        )
        .optional()?;
    match archived {
        None => Err(Error::not_found(Entity::Employee, employee_id)),
        Some(Some(_)) => Err(Error::invalid(Field::Name, Problem::NotAllowed)),
        Some(None) => Ok(()),
    }
}

/// Enrols a current employee in an active path on `on`, once per path (`Taken` at
/// [`Field::LearningPath`]). Someone who has left is refused at [`Field::Name`]
/// (`NotAllowed`): there is no field for "the employee", and the name is how the form
/// shows the person.
pub fn enrol(tx: &Transaction, employee_id: u32, path_id: u32, on: &str) -> Result<Enrolment> {
    require_current(tx, employee_id)?;
    let on = validate::work_date(Field::EnrolmentDate, on)?;
    let target =
        path(tx, path_id).map_err(|_| Error::invalid(Field::LearningPath, Problem::Unknown))?;
    if target.retired_on.is_some() {
        return Err(Error::invalid(Field::LearningPath, Problem::NotAllowed));
    }
    tx.execute(
        "INSERT INTO enrolment (employee_id, path_id, enrolled_on) VALUES (?1, ?2, ?3)",
        params![employee_id, path_id, on.to_string()],
    )
    .map_err(unique_violation(Field::LearningPath))?;
    Ok(Enrolment {
        id: tx.last_insert_rowid() as u32,
        employee_id,
        path_id,
        path: target.name,
        enrolled_on: on.to_string(),
    })
}

/// Records that a current employee completed an active module of an active path on `on`,
/// a day in the working years and not after `today` (later: `NotAllowed` at
/// [`Field::CompletionDate`]); a retired module is `NotAllowed` at [`Field::Module`], a
/// module of a retired path `NotAllowed` at [`Field::LearningPath`]. They must be enrolled in
/// its path (otherwise `Unknown` at [`Field::LearningPath`]) since `on` at the latest (an
/// earlier day is `BeforeStart` at [`Field::CompletionDate`]). A one-off module is completed
/// once, a recurring one ([`ModuleFormat::is_recurring`]) once a day (`Taken` at
/// [`Field::Module`]). Someone who has left is refused at [`Field::Name`].
///
/// The completion keeps the module's title, hours and price of that moment. When the module
/// raises a competency above the person's current level, it carries a pending proposal.
pub fn complete(
    tx: &Transaction,
    employee_id: u32,
    module_id: u32,
    on: &str,
    today: NaiveDate,
) -> Result<Completion> {
    require_current(tx, employee_id)?;
    let day = validate::work_date(Field::CompletionDate, on)?;
    if day > today {
        return Err(Error::invalid(Field::CompletionDate, Problem::NotAllowed));
    }
    let on = day.to_string();
    let m = module(tx, module_id).map_err(|_| Error::invalid(Field::Module, Problem::Unknown))?;
    if m.retired_on.is_some() {
        return Err(Error::invalid(Field::Module, Problem::NotAllowed));
    }
    let path_retired: bool = tx.query_row(
        "SELECT retired_on IS NOT NULL FROM learning_path WHERE id = ?1",
        [m.path_id],
        |r| r.get(0),
    )?;
    if path_retired {
        return Err(Error::invalid(Field::LearningPath, Problem::NotAllowed));
    }
    let enrolled_on: Option<String> = tx
        .query_row(
            "SELECT enrolled_on FROM enrolment WHERE employee_id = ?1 AND path_id = ?2",
            params![employee_id, m.path_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(enrolled_on) = enrolled_on else {
        return Err(Error::invalid(Field::LearningPath, Problem::Unknown));
    };
    if on < enrolled_on {
        return Err(Error::invalid(Field::CompletionDate, Problem::BeforeStart));
    }
    let (earlier, same_day): (bool, bool) = tx.query_row(
        "SELECT count(*) > 0, coalesce(sum(completed_on = ?3), 0) > 0 FROM module_completion
         WHERE employee_id = ?1 AND module_id = ?2",
        params![employee_id, module_id, on],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if same_day || (earlier && !m.format.is_recurring()) {
        return Err(Error::invalid(Field::Module, Problem::Taken));
    }
    let raise = match (m.competency_id, m.raises_to) {
        (Some(competency_id), Some(level)) => {
            let current: Option<u8> = tx
                .query_row(
                    "SELECT level FROM current_level WHERE employee_id = ?1 AND competency_id = ?2",
                    params![employee_id, competency_id],
                    |r| r.get(0),
                )
                .optional()?;
            (current.unwrap_or(0) < level).then_some((competency_id, level))
        }
        _ => None,
    };
    let proposal = if raise.is_some() {
        ProposalStatus::Pending
    } else {
        ProposalStatus::None
    };
    tx.execute(
        "INSERT INTO module_completion
             (employee_id, module_id, completed_on, title, hours, cost, proposal,
              proposed_competency_id, proposed_level)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            employee_id,
            module_id,
            on,
            m.title,
            m.hours,
            m.cost,
            proposal.as_str(),
            raise.map(|r| r.0),
            raise.map(|r| r.1)
        ],
    )?;
    completion(tx, tx.last_insert_rowid() as u32)
}

fn pending(tx: &Transaction, completion_id: u32) -> Result<Completion> {
    let c = completion(tx, completion_id)?;
    if c.proposal != ProposalStatus::Pending {
        // Only a pending proposal can be decided, and only once.
        return Err(Error::invalid(Field::Status, Problem::NotAllowed));
    }
    Ok(c)
}

/// Confirms a pending proposal: records its level as an assessment by "trainer" and keeps
/// the assessment's id with the completion. It is dated the day of the completion, or the
/// day of the cell's latest assessment if that is later, so the confirmed level becomes the
/// current one and never lowers a later assessment in the history's order.
///
/// A proposal the person's current level has already reached (someone assessed them at or
/// above it since) is obsolete and refused (`NotAllowed` at [`Field::Status`]); it can
/// still be rejected.
pub fn confirm_proposal(
    tx: &Transaction,
    completion_id: u32,
    today: NaiveDate,
) -> Result<Completion> {
    let c = pending(tx, completion_id)?;
    let raise = c
        .raise
        .as_ref()
        .expect("a pending proposal names its raise");
    let (current, latest): (Option<u8>, Option<String>) = tx.query_row(
        "SELECT (SELECT level FROM current_level WHERE employee_id = ?1 AND competency_id = ?2),
                (SELECT max(assessed_on) FROM assessment
                 WHERE employee_id = ?1 AND competency_id = ?2)",
        params![c.employee_id, raise.competency_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if current.is_some_and(|level| level >= raise.level) {
        return Err(Error::invalid(Field::Status, Problem::NotAllowed));
    }
    let assessed_on = latest
        .filter(|latest| *latest > c.completed_on)
        .unwrap_or_else(|| c.completed_on.clone());
    let recorded = assessment::record(
        tx,
        &NewAssessment {
            employee_id: c.employee_id,
            competency_id: raise.competency_id,
            level: i32::from(raise.level),
            assessed_on,
            assessor: Assessor::Trainer,
            note: format!(
                "Lernmodul „{}“ abgeschlossen; bestätigt am {today}",
                c.module
            ),
        },
    )?;
    tx.execute(
        "UPDATE module_completion SET proposal = 'confirmed', assessment_id = ?1 WHERE id = ?2",
        params![recorded.id, completion_id],
    )?;
    completion(tx, completion_id)
}

/// Rejects a pending proposal; the matrix stays as it is.
pub fn reject_proposal(tx: &Transaction, completion_id: u32) -> Result<Completion> {
    pending(tx, completion_id)?;
    tx.execute(
        "UPDATE module_completion SET proposal = 'rejected' WHERE id = ?1",
        [completion_id],
    )?;
    completion(tx, completion_id)
}

/// Every pending proposal, oldest completion first.
pub fn pending_proposals(conn: &Connection) -> Result<Vec<Completion>> {
    Ok(conn
        .prepare(&format!(
            "{COMPLETION_SELECT} WHERE mc.proposal = 'pending' ORDER BY mc.completed_on, mc.id"
        ))?
        .query_map([], completion_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Someone enrolled in a path, with what they have completed of it: a row of the path's
/// participant table.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Participant {
    pub enrolment_id: u32,
    pub employee_id: u32,
    pub name: String,
    pub department: String,
    pub enrolled_on: String,
    /// The day they left, if they have: their record stays, but nothing new is entered.
    pub archived_on: Option<String>,
    /// Their completions of this path's modules, oldest first (recurring formats may
    /// appear several times).
    pub completions: Vec<Completion>,
    /// Of the path's modules not retired, how many they completed at least once, and how
    /// many there are: "3 von 5", counted as readiness counts a completed path.
    pub done: u32,
    pub total: u32,
}

/// Everyone enrolled in `path_id` (also those who have left), by name.
pub fn participants(conn: &Connection, path_id: u32) -> Result<Vec<Participant>> {
    let offered: Vec<u32> = path(conn, path_id)?
        .modules
        .iter()
        .filter(|m| m.retired_on.is_none())
        .map(|m| m.id)
        .collect();
    let mut people: Vec<Participant> = conn
        .prepare(
            "SELECT en.id, e.id, e.name, d.name, en.enrolled_on, e.archived_on
             FROM enrolment en
             JOIN employee e ON e.id = en.employee_id
             JOIN department d ON d.id = e.department_id
             WHERE en.path_id = ?1 ORDER BY e.name COLLATE de, e.id",
        )?
        .query_map([path_id], |row| {
            Ok(Participant {
                enrolment_id: row.get(0)?,
                employee_id: row.get(1)?,
                name: row.get(2)?,
                department: row.get(3)?,
                enrolled_on: row.get(4)?,
                archived_on: row.get(5)?,
                completions: Vec::new(),
                done: 0,
                total: 0,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let completions: Vec<Completion> = conn
        .prepare(&format!(
            "{COMPLETION_SELECT} WHERE m.path_id = ?1 ORDER BY mc.completed_on, mc.id"
        ))?
        .query_map([path_id], completion_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut by_employee: std::collections::HashMap<u32, Vec<Completion>> = Default::default();
    for c in completions {
        by_employee.entry(c.employee_id).or_default().push(c);
    }
    for p in &mut people {
        p.completions = by_employee.remove(&p.employee_id).unwrap_or_default();
        p.total = offered.len() as u32;
        p.done = offered
            .iter()
            .filter(|&&m| p.completions.iter().any(|c| c.module_id == m))
            .count() as u32;
    }
    Ok(people)
}

/// One person's learning: the paths they are enrolled in and every module they completed,
/// with dates, the title and hours of that day, and content (the AI-literacy record and the
/// development plan read it).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LearningRecord {
    pub employee_id: u32,
    /// In enrolment order.
    pub enrolments: Vec<Enrolment>,
    /// In completion order.
    pub completions: Vec<Completion>,
    /// Hours of all completed modules.
    #[specta(type = i32)]
    pub hours: f64,
}

pub fn record(conn: &Connection, employee_id: u32) -> Result<LearningRecord> {
    crate::people::employee(conn, employee_id)?;
    let enrolments = conn
        .prepare(
            "SELECT en.id, en.employee_id, en.path_id, p.name, en.enrolled_on
             FROM enrolment en JOIN learning_path p ON p.id = en.path_id
             WHERE en.employee_id = ?1 ORDER BY en.enrolled_on, en.id",
        )?
        .query_map([employee_id], |row| {
            Ok(Enrolment {
                id: row.get(0)?,
                employee_id: row.get(1)?,
                path_id: row.get(2)?,
                path: row.get(3)?,
                enrolled_on: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let completions: Vec<Completion> = conn
        .prepare(&format!(
            "{COMPLETION_SELECT} WHERE mc.employee_id = ?1 ORDER BY mc.completed_on, mc.id"
        ))?
        .query_map([employee_id], completion_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(LearningRecord {
        employee_id,
        enrolments,
        hours: completions.iter().map(|c| c.hours).sum(),
        completions,
    })
}

/// The cost of every completion on its day, at the price the module had then, in date
/// order: the training part of the dashboard's investment. A later price change leaves
/// past figures as they were.
pub fn training_costs(conn: &Connection) -> Result<Vec<(NaiveDate, f64)>> {
    let mut stmt = conn.prepare(
        "SELECT completed_on, cost FROM module_completion
         WHERE cost > 0 ORDER BY completed_on, id",
    )?;
    let rows = stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))?;
    let mut costs = Vec::new();
    for row in rows {
        let (on, cost) = row?;
        let on = NaiveDate::parse_from_str(&on, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })?;
        costs.push((on, cost));
    }
    Ok(costs)
}

// ---------------------------------------------------------------------------------------
// Demo

/// Enrols about half of the demo's people in the path of their role (Basis-Nutzer for
/// everyone else) over the last six months, with completions in module order two to four
/// weeks apart; older proposals are mostly confirmed, a few rejected, recent ones pending.
pub(crate) fn demo(tx: &Transaction, today: NaiveDate) -> Result<()> {
    use chrono::Days;
    use rand::{Rng, SeedableRng};
    // Its own seed: the rest of the demo stays as it was.
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x6c65_726e);
    seed_defaults(tx)?;
    let paths = paths(tx)?;
    let Some(basis) = paths.first() else {
        return Ok(());
    };
    for employee in crate::people::list_employees(tx, false)? {
        if !rng.random_bool(0.5) {
            continue;
        }
        let path = paths
            .iter()
            .find(|p| p.role_id.is_some() && p.role_id == employee.role_id)
            .unwrap_or(basis);
        let enrolled = today - Days::new(rng.random_range(20..180));
        enrol(tx, employee.id, path.id, &enrolled.to_string())?;
        let mut day = enrolled;
        for module in &path.modules {
            day = day + Days::new(rng.random_range(10..30));
            if day >= today || !rng.random_bool(0.75) {
                break;
            }
            let done = complete(tx, employee.id, module.id, &day.to_string(), today)?;
            if done.proposal == ProposalStatus::Pending && day + Days::new(21) < today {
                if rng.random_bool(0.85) {
                    confirm_proposal(tx, done.id, day + Days::new(rng.random_range(1..14)))?;
                } else {
                    reject_proposal(tx, done.id)?;
                }
            }
        }
    }
    Ok(())
}
