//! What can be wrong with an import file, as data: each issue names the line and column the
//! user sees in the spreadsheet and a stable kind the UI translates. The CLI's sentences for
//! them live in [`crate::texts::describe_issue`].

use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum IssueKind {
    FileTooLarge {
        max_megabytes: u32,
    },
    /// Not a CSV or XLSX we can read (damaged, truncated, random bytes).
    FileNotReadable,
    EmptyFile,
    /// A header but no data rows.
    NoDataRows,
    SheetNotFound {
        name: String,
    },
    MissingColumn {
        name: String,
    },
    DuplicateColumn {
        name: String,
    },
    /// A column that is neither a fixed column nor a competency; it is ignored.
    UnknownColumn {
        name: String,
    },
    /// A required value is empty.
    Empty,
    TooLong {
        max: u32,
    },
    /// Not a level 0–3.
    BadLevel {
        value: String,
    },
    /// The same Personalnummer appears earlier in the file.
    DuplicatePersonnelNumber {
        first_line: u32,
    },
    /// Created only when the user confirms (`--create-missing`).
    UnknownDepartment {
        name: String,
    },
    UnknownRole {
        name: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    /// Line (CSV) or row (XLSX) number as shown in the file; `None` for the file as a whole.
    pub line: Option<u32>,
    /// The column's header text.
    pub column: Option<String>,
    pub kind: IssueKind,
}
