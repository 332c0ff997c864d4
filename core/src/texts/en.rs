//! English: for companies that work in English, worded like the UI's `en` dictionary.

use super::PrintLabels;
use crate::backup::BackupReason;
use crate::error::{Entity, Error, Field, Problem};
use crate::exchange::issues::{Issue, IssueKind};
use crate::pilots::{PilotStatus, StatusWarning};

fn entity(entity: Entity) -> &'static str {
    match entity {
        Entity::Company => "Company",
        Entity::Department => "Department",
        Entity::Employee => "Employee",
        Entity::Pillar => "Pillar",
        Entity::Competency => "Competency",
        Entity::Role => "AI role",
        Entity::Pilot => "Pilot project",
        Entity::Backup => "Backup",
    }
}

/// The field as the subject of a sentence, with its article.
fn field(field: Field) -> &'static str {
    match field {
        Field::CompanyName => "The company name",
        Field::HourlyRate => "The hourly rate",
        Field::WorkingWeeks => "The number of working weeks",
        Field::Language => "The language",
        Field::DepartmentName | Field::Department => "The department",
        Field::PersonnelNumber => "The personnel number",
        Field::Name => "The name",
        Field::JobTitle => "The job title",
        Field::Role | Field::RoleName => "The AI role",
        Field::EntryDate => "The entry date",
        Field::TechnicalInterest => "The technical interest",
        Field::Communication => "The communication skill",
        Field::DomainExpertise => "The domain expertise",
        Field::AiUsage => "The AI usage",
        Field::PillarName | Field::Pillar => "The pillar",
        Field::CompetencyCode => "The competency code",
        Field::CompetencyName | Field::Competency => "The competency",
        Field::Description => "The description",
        Field::LevelDescriptor => "The level description",
        Field::Level => "The level",
        Field::Date => "The date",
        Field::Assessor => "The assessor",
        Field::Note => "The note",
        Field::Title => "The title",
        Field::Status => "The status",
        Field::Reason => "The reason",
        Field::Benefit => "The benefit",
        Field::Risk => "The risk",
        Field::Measurability => "The measurability",
        Field::Hours => "The number of hours",
        Field::Amount => "The amount",
        Field::TeamMember => "The team member",
        Field::TeamRole => "The team role",
        Field::RiskClass => "The risk class",
        Field::Justification => "The justification of the risk class",
        Field::PersonalData => "The personal data",
    }
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Empty => "must not be empty".to_string(),
        Problem::TooLong { max } => format!("is too long (at most {max} characters)"),
        Problem::OutOfRange { min, max } => format!("must be between {min} and {max}"),
        Problem::NotADate => "is not a date (YYYY-MM-DD)".into(),
        Problem::Unknown => "refers to something that does not exist".into(),
        Problem::NotAllowed => "contains a value that is not allowed".into(),
        Problem::Taken => "is already taken".into(),
        Problem::InUse => "is still in use".into(),
    }
}

pub(super) fn error(error: &Error) -> String {
    match error {
        Error::NotFound { entity: e, id } => format!("{} “{id}” does not exist.", entity(*e)),
        Error::Invalid {
            field: f,
            problem: p,
        } => format!("{} {}.", field(*f), problem(p)),
        Error::CompanyExists => "The file already contains a company.".into(),
        Error::NoCompany => {
            "The file contains no company yet (run “init” or “demo” first).".into()
        }
        Error::MissingFile(path) => format!("There is no database at {}.", path.display()),
        Error::ForeignFile(path) => format!("{} is not a Talentwerk database.", path.display()),
        Error::NewerSchema(path, version) => format!(
            "{} was written by a newer version of Talentwerk (schema {version}); please update Talentwerk.",
            path.display()
        ),
        Error::DamagedFile(path, _) => {
            format!("{} is damaged and cannot be used.", path.display())
        }
        Error::FileInUse => "Another program is working on the file right now (a Talentwerk \
            window or a second command). Please try again in a moment."
            .into(),
        Error::Stale { entity: e, id } => format!(
            "{} “{id}” was changed in the meantime — please reload.",
            entity(*e)
        ),
        Error::OwnDatabase(path) => format!(
            "{} is the open database itself; nothing is written there. Please choose another file.",
            path.display()
        ),
        Error::FileAccess { path, source } => format!(
            "Cannot access {} ({}).",
            path.display(),
            io_reason(source)
        ),
        Error::Database(e) => format!("Database error: {e}"),
        Error::Migration(e) => format!("The database could not be updated: {e}"),
        Error::Io(e) => format!("{e}"),
    }
}

fn io_reason(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => "not found",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::AlreadyExists => "already exists",
        std::io::ErrorKind::IsADirectory => "is a folder",
        std::io::ErrorKind::NotADirectory => "part of the path is not a folder",
        std::io::ErrorKind::StorageFull => "no space left on the drive",
        std::io::ErrorKind::ReadOnlyFilesystem => "read-only",
        _ => "input/output error",
    }
}

pub(super) fn backup_reason(reason: BackupReason) -> &'static str {
    match reason {
        BackupReason::Daily => "daily",
        BackupReason::Manual => "by hand",
        BackupReason::BeforeImport => "before import",
        BackupReason::BeforeRestore => "before restore",
        BackupReason::BeforeMigration => "before update",
    }
}

pub(super) fn pilot_status(status: PilotStatus) -> &'static str {
    match status {
        PilotStatus::Idea => "Idea",
        PilotStatus::Evaluation => "Evaluation",
        PilotStatus::Running => "Pilot running",
        PilotStatus::Scaling => "Scaling",
        PilotStatus::Completed => "Completed",
        PilotStatus::Stopped => "Stopped",
    }
}

pub(super) fn status_warning(warning: StatusWarning) -> &'static str {
    match warning {
        StatusWarning::WorksCouncilNotInformed => {
            "The pilot processes employees' personal data (or could monitor them) and the works council has not been informed yet: it has a say under §87 (1) no. 6 BetrVG."
        }
    }
}

pub(super) fn issue(issue: &Issue) -> String {
    let place = match (&issue.line, &issue.column) {
        (Some(line), Some(column)) => format!("Line {line}, column {column}: "),
        (Some(line), None) => format!("Line {line}: "),
        (None, Some(column)) => format!("Column {column}: "),
        (None, None) => String::new(),
    };
    let what = match &issue.kind {
        IssueKind::FileTooLarge { max_megabytes } => {
            format!("The file is too large (at most {max_megabytes} MB).")
        }
        IssueKind::FileNotReadable => {
            "The file is not a readable CSV or XLSX file (damaged or incomplete?).".into()
        }
        IssueKind::EmptyFile => "The file is empty.".into(),
        IssueKind::NoDataRows => {
            "The file contains only the header row and no employees.".into()
        }
        IssueKind::SheetNotFound { name } => format!("The file has no sheet “{name}”."),
        IssueKind::MissingColumn { name } => format!("The column “{name}” is missing."),
        IssueKind::DuplicateColumn { name } => format!("The column “{name}” appears twice."),
        IssueKind::UnknownColumn { name } => {
            format!("“{name}” is not a known competency; the column is ignored.")
        }
        IssueKind::Empty => "The value is missing.".into(),
        IssueKind::TooLong { max } => format!("The value is too long (at most {max} characters)."),
        IssueKind::BadLevel { value } => {
            format!("“{value}” is not a valid level (0–3, empty for not assessed).")
        }
        IssueKind::DuplicatePersonnelNumber { first_line } => {
            format!("The personnel number already appears in line {first_line}.")
        }
        IssueKind::UnknownDepartment { name } => format!(
            "The department “{name}” does not exist yet (to create it during the import: --create-missing)."
        ),
        IssueKind::UnknownRole { name } => format!(
            "The AI role “{name}” does not exist yet (to create it during the import: --create-missing)."
        ),
    };
    format!("{place}{what}")
}

pub(super) static PRINT: PrintLabels = PrintLabels {
    title: "Talent matrix",
    confidential: "Confidential – personal data",
    page: "Page",
    as_of: "As of",
    name: "Name",
    pseudonym: "Pseudonym",
    role: "AI role",
    covered: "Level ≥ 2",
    experts: "Level 3",
    island: "Knowledge island (at most one person at level 3)",
    gap: "below the AI role's target",
    not_assessed: "not assessed",
    continued: "cont.",
    archived: "left",
    pseudonymized: "pseudonymized",
    selection_all: "all active employees",
    department: "Department",
    pillar: "Pillar",
    with_archived: "including former employees",
    people: "people",
    no_rows: "There are no employees in this selection.",
    legend: "Legend: levels",
    levels: [
        "none",
        "basic knowledge",
        "independent",
        "expert (can guide others)",
    ],
    key: "Competencies",
    code: "Code",
    competency: "Competency",
};
