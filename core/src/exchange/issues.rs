//! What can be wrong with an import file, as data: each issue names the line and column the
//! user sees in the spreadsheet and a stable kind the UI translates. The CLI prints the German
//! sentence from [`Issue::describe`].

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

impl Issue {
    /// The issue in plain German, e.g. `Zeile 7, Spalte G3: „4“ ist keine gültige Stufe (0–3).`
    pub fn describe(&self) -> String {
        let place = match (&self.line, &self.column) {
            (Some(line), Some(column)) => format!("Zeile {line}, Spalte {column}: "),
            (Some(line), None) => format!("Zeile {line}: "),
            (None, Some(column)) => format!("Spalte {column}: "),
            (None, None) => String::new(),
        };
        let what = match &self.kind {
            IssueKind::FileTooLarge { max_megabytes } => {
                format!("Die Datei ist zu groß (höchstens {max_megabytes} MB).")
            }
            IssueKind::FileNotReadable => {
                "Die Datei ist keine lesbare CSV- oder XLSX-Datei (beschädigt oder unvollständig?).".into()
            }
            IssueKind::EmptyFile => "Die Datei ist leer.".into(),
            IssueKind::NoDataRows => "Die Datei enthält nur die Kopfzeile, aber keine Mitarbeitenden.".into(),
            IssueKind::SheetNotFound { name } => format!("Die Datei hat kein Blatt „{name}“."),
            IssueKind::MissingColumn { name } => format!("Die Spalte „{name}“ fehlt."),
            IssueKind::DuplicateColumn { name } => format!("Die Spalte „{name}“ kommt doppelt vor."),
            IssueKind::UnknownColumn { name } => {
                format!("„{name}“ ist keine bekannte Kompetenz; die Spalte wird ignoriert.")
            }
            IssueKind::Empty => "Der Wert fehlt.".into(),
            IssueKind::TooLong { max } => format!("Der Wert ist zu lang (höchstens {max} Zeichen)."),
            IssueKind::BadLevel { value } => {
                format!("„{value}“ ist keine gültige Stufe (0–3, leer für nicht eingeschätzt).")
            }
            IssueKind::DuplicatePersonnelNumber { first_line } => {
                format!("Die Personalnummer steht schon in Zeile {first_line}.")
            }
            IssueKind::UnknownDepartment { name } => format!(
                "Die Abteilung „{name}“ gibt es noch nicht (beim Import anlegen lassen: --create-missing)."
            ),
            IssueKind::UnknownRole { name } => format!(
                "Die KI-Rolle „{name}“ gibt es noch nicht (beim Import anlegen lassen: --create-missing)."
            ),
        };
        format!("{place}{what}")
    }
}
