//! The core's one error type.
//!
//! Every failure a user can cause has a variant with a stable, serializable shape
//! ([`Entity`], [`Field`], [`Problem`]) so the desktop UI and the CLI can translate it;
//! nobody downstream parses message strings. Storage errors keep their source for logs.

use serde::Serialize;
use specta::Type;
use std::path::PathBuf;

/// The kinds of records a lookup can miss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    Company,
    Department,
    Employee,
    Pillar,
    Competency,
    Role,
    Backup,
    Pilot,
    Goal,
    Milestone,
    LearningPath,
    LearningModule,
    Enrolment,
    Completion,
    MentoringPair,
    Stage,
    Requirement,
}

/// The input fields validation speaks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    CompanyName,
    HourlyRate,
    WorkingWeeks,
    Language,
    DepartmentName,
    PersonnelNumber,
    Name,
    JobTitle,
    Department,
    Role,
    EntryDate,
    TechnicalInterest,
    Communication,
    DomainExpertise,
    AiUsage,
    PillarName,
    Pillar,
    CompetencyCode,
    CompetencyName,
    Description,
    LevelDescriptor,
    RoleName,
    Competency,
    Level,
    Date,
    Assessor,
    Note,
    Title,
    Status,
    Reason,
    Benefit,
    Risk,
    Measurability,
    Hours,
    Amount,
    TeamMember,
    TeamRole,
    RiskClass,
    Justification,
    PersonalData,
    Owner,
    PainPoint,
    AiSystem,
    AiVendor,
    PlannedStart,
    PlannedEnd,
    GoalName,
    Baseline,
    Target,
    Unit,
    MilestoneTitle,
    DueDate,
    DoneDate,
    LessonsWorked,
    LessonsNotWorked,
    NextStep,
    RoadmapStart,
    RoadmapItem,
    Tools,
    Breadth,
    Autonomy,
    Innovation,
    Sharing,
    PathName,
    ModuleTitle,
    ModuleFormat,
    Cost,
    RaisesTo,
    LearningPath,
    Module,
    EnrolmentDate,
    CompletionDate,
    Mentor,
    Mentee,
    Topic,
    StartDate,
    EndDate,
    StageName,
    StagePosition,
    Responsibilities,
    SalaryMin,
    SalaryMax,
    Stage,
    MinLevel,
    MinMaturity,
    /// The next review of the AI-literacy record.
    NextReview,
}

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(tag = "problem", rename_all = "camelCase")]
pub enum Problem {
    /// Required, but empty or only whitespace.
    Empty,
    /// Longer than `max` characters.
    TooLong { max: u32 },
    /// A number outside `min..=max`.
    OutOfRange { min: i32, max: i32 },
    /// Not a date in the form YYYY-MM-DD.
    NotADate,
    /// Names a record that does not exist (for example a role profile's competency).
    Unknown,
    /// Not one of the allowed values.
    NotAllowed,
    /// Already used by another record; must be unique.
    Taken,
    /// Still referenced by other records, so it cannot be removed.
    InUse,
    /// An end date before its start date.
    BeforeStart,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{entity:?} {id} does not exist")]
    NotFound { entity: Entity, id: String },

    #[error("invalid {field:?}: {problem:?}")]
    Invalid { field: Field, problem: Problem },

    #[error("the file already holds a company")]
    CompanyExists,

    #[error("the file holds no company yet")]
    NoCompany,

    #[error("there is no database at {0}")]
    MissingFile(PathBuf),

    #[error("{0} is not a Talentwerk database")]
    ForeignFile(PathBuf),

    #[error("{0} was written by a newer Talentwerk (schema {1}); please update the app")]
    NewerSchema(PathBuf, usize),

    #[error("{0} is damaged: {1}")]
    DamagedFile(PathBuf, String),

    /// Another program (a second window, the CLI) holds the file's write lock longer than
    /// the busy timeout.
    #[error("the database file is in use by another program")]
    FileInUse,

    /// The record changed since the caller read it (another window, the CLI).
    #[error("{entity:?} {id} was changed in the meantime")]
    Stale { entity: Entity, id: String },

    /// A file would be written over the open database or one of its companion files.
    #[error("{0} is the open database; refusing to write over it")]
    OwnDatabase(PathBuf),

    /// A file or folder named by the user cannot be read or written.
    #[error("cannot access {path}: {source}")]
    FileAccess {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("database error: {0}")]
    Database(rusqlite::Error),

    #[error("migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<rusqlite::Error> for Error {
    /// A busy or locked file means another writer held on longer than the busy timeout:
    /// that is a situation the user can act on, not a storage failure.
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::FileInUse
            }
            _ => Error::Database(error),
        }
    }
}

impl Error {
    pub fn invalid(field: Field, problem: Problem) -> Self {
        Error::Invalid { field, problem }
    }

    /// An I/O failure on a path the user named.
    pub fn file_access(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> Self + '_ {
        move |source| Error::FileAccess {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn not_found(entity: Entity, id: impl ToString) -> Self {
        Error::NotFound {
            entity,
            id: id.to_string(),
        }
    }
}
