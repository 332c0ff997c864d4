//! The one error shape that crosses IPC: a stable `kind` the UI branches on and translates.
//! Storage failures carry their message for the details line and the log only.

use serde::Serialize;
use specta::Type;
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::Error;

/// Why the database file could not be used.
#[derive(Debug, Clone, Copy, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum FileProblem {
    Missing,
    Foreign,
    Newer,
    Damaged,
}

#[derive(Debug, Clone, Serialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum AppError {
    NotFound {
        entity: Entity,
        id: String,
    },
    Invalid {
        field: Field,
        problem: Problem,
    },
    CompanyExists,
    NoCompany,
    /// The database file cannot be used (missing, not ours, from a newer version, damaged).
    Unavailable {
        path: String,
        problem: FileProblem,
    },
    /// Another program holds the file's write lock (a second window, the CLI).
    FileInUse,
    /// The record changed since it was loaded: reload, then edit again.
    Stale {
        entity: Entity,
    },
    /// The chosen target is the open database itself.
    OwnDatabase,
    /// A file or folder cannot be read or written; `message` is the system's reason.
    FileAccess {
        path: String,
        message: String,
    },
    /// The file picked for import changed after its preview: preview again.
    FileChanged,
    /// Anything the user cannot fix by changing input; `message` is for the details line.
    Storage {
        message: String,
    },
}

impl From<Error> for AppError {
    fn from(error: Error) -> Self {
        let unavailable = |path: &std::path::Path, problem| AppError::Unavailable {
            path: path.display().to_string(),
            problem,
        };
        match error {
            Error::NotFound { entity, id } => AppError::NotFound { entity, id },
            Error::Invalid { field, problem } => AppError::Invalid { field, problem },
            Error::CompanyExists => AppError::CompanyExists,
            Error::NoCompany => AppError::NoCompany,
            Error::MissingFile(path) => unavailable(&path, FileProblem::Missing),
            Error::ForeignFile(path) => unavailable(&path, FileProblem::Foreign),
            Error::NewerSchema(path, _) => unavailable(&path, FileProblem::Newer),
            Error::DamagedFile(path, _) => unavailable(&path, FileProblem::Damaged),
            Error::FileInUse => AppError::FileInUse,
            Error::Stale { entity, .. } => AppError::Stale { entity },
            Error::OwnDatabase(_) => AppError::OwnDatabase,
            Error::FileAccess { path, source } => AppError::FileAccess {
                path: path.display().to_string(),
                message: source.to_string(),
            },
            other => {
                eprintln!("talentwerk: {other}");
                AppError::Storage {
                    message: other.to_string(),
                }
            }
        }
    }
}

pub type CommandResult<T> = Result<T, AppError>;
