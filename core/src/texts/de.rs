//! German: the users' first language, and the CLI's only one.

use super::PrintLabels;
use crate::backup::BackupReason;
use crate::error::{Entity, Error, Field, Problem};
use crate::exchange::issues::{Issue, IssueKind};
use crate::pilots::{PilotStatus, StatusWarning};

pub(super) const LEVEL_NAMES: [&str; 4] = [
    "keine",
    "Grundkenntnisse",
    "selbstständig",
    "Experte (kann andere anleiten)",
];

fn entity(entity: Entity) -> &'static str {
    match entity {
        Entity::Company => "Unternehmen",
        Entity::Department => "Abteilung",
        Entity::Employee => "Mitarbeiter/in",
        Entity::Pillar => "Säule",
        Entity::Competency => "Kompetenz",
        Entity::Role => "KI-Rolle",
        Entity::Pilot => "Pilotprojekt",
        Entity::Backup => "Sicherung",
    }
}

/// The field as the subject of a sentence, with its article.
fn field(field: Field) -> &'static str {
    match field {
        Field::CompanyName => "Der Unternehmensname",
        Field::HourlyRate => "Der Stundensatz",
        Field::WorkingWeeks => "Die Zahl der Arbeitswochen",
        Field::Language => "Die Sprache",
        Field::DepartmentName | Field::Department => "Die Abteilung",
        Field::PersonnelNumber => "Die Personalnummer",
        Field::Name => "Der Name",
        Field::JobTitle => "Die Funktion",
        Field::Role | Field::RoleName => "Die KI-Rolle",
        Field::EntryDate => "Das Eintrittsdatum",
        Field::TechnicalInterest => "Die technische Affinität",
        Field::Communication => "Die Kommunikationsstärke",
        Field::DomainExpertise => "Die Fachexpertise",
        Field::AiUsage => "Die KI-Nutzung",
        Field::PillarName | Field::Pillar => "Die Säule",
        Field::CompetencyCode => "Das Kompetenzkürzel",
        Field::CompetencyName | Field::Competency => "Die Kompetenz",
        Field::Description => "Die Beschreibung",
        Field::LevelDescriptor => "Die Stufenbeschreibung",
        Field::Level => "Die Stufe",
        Field::Date => "Das Datum",
        Field::Assessor => "Die einschätzende Person",
        Field::Note => "Die Notiz",
        Field::Title => "Der Titel",
        Field::Status => "Der Status",
        Field::Reason => "Die Begründung",
        Field::Benefit => "Der Nutzen",
        Field::Risk => "Das Risiko",
        Field::Measurability => "Die Messbarkeit",
        Field::Hours => "Die Stundenzahl",
        Field::Amount => "Der Betrag",
        Field::TeamMember => "Das Teammitglied",
        Field::TeamRole => "Die Rolle im Team",
        Field::RiskClass => "Die Risikoklasse",
        Field::Justification => "Die Begründung der Risikoklasse",
        Field::PersonalData => "Die Angabe zu personenbezogenen Daten",
    }
}

fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Empty => "darf nicht leer sein".to_string(),
        Problem::TooLong { max } => format!("ist zu lang (höchstens {max} Zeichen)"),
        Problem::OutOfRange { min, max } => format!("muss zwischen {min} und {max} liegen"),
        Problem::NotADate => "ist kein Datum (JJJJ-MM-TT)".into(),
        Problem::Unknown => "verweist auf etwas, das es nicht gibt".into(),
        Problem::NotAllowed => "enthält einen unzulässigen Wert".into(),
        Problem::Taken => "ist bereits vergeben".into(),
        Problem::InUse => "wird noch verwendet".into(),
    }
}

pub(super) fn error(error: &Error) -> String {
    match error {
        Error::NotFound { entity: e, id } => format!("{} „{id}“ gibt es nicht.", entity(*e)),
        Error::Invalid {
            field: f,
            problem: p,
        } => format!("{} {}.", field(*f), problem(p)),
        Error::CompanyExists => "Die Datei enthält bereits ein Unternehmen.".into(),
        Error::NoCompany => {
            "Die Datei enthält noch kein Unternehmen (zuerst „init“ oder „demo“ ausführen).".into()
        }
        Error::MissingFile(path) => format!("Es gibt keine Datenbank unter {}.", path.display()),
        Error::ForeignFile(path) => {
            format!("{} ist keine Talentwerk-Datenbank.", path.display())
        }
        Error::NewerSchema(path, version) => format!(
            "{} stammt von einer neueren Talentwerk-Version (Schema {version}); bitte aktualisieren Sie Talentwerk.",
            path.display()
        ),
        Error::DamagedFile(path, _) => format!(
            "{} ist beschädigt und kann nicht verwendet werden.",
            path.display()
        ),
        Error::FileInUse => "Die Datei wird gerade von einem anderen Programm bearbeitet \
            (einem Talentwerk-Fenster oder einem zweiten Aufruf). Bitte versuchen Sie es gleich \
            noch einmal."
            .into(),
        Error::Stale { entity: e, id } => format!(
            "{} „{id}“ wurde inzwischen geändert — bitte neu laden.",
            entity(*e)
        ),
        Error::OwnDatabase(path) => format!(
            "{} ist die geöffnete Datenbank selbst; dorthin wird nichts geschrieben. Bitte \
             wählen Sie eine andere Datei.",
            path.display()
        ),
        Error::FileAccess { path, source } => format!(
            "Auf {} kann nicht zugegriffen werden ({}).",
            path.display(),
            io_reason(source)
        ),
        Error::Database(e) => format!("Datenbankfehler: {e}"),
        Error::Migration(e) => format!("Die Datenbank konnte nicht aktualisiert werden: {e}"),
        Error::Io(e) => format!("{e}"),
    }
}

fn io_reason(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => "nicht gefunden",
        std::io::ErrorKind::PermissionDenied => "keine Berechtigung",
        std::io::ErrorKind::AlreadyExists => "existiert bereits",
        std::io::ErrorKind::IsADirectory => "ist ein Ordner",
        std::io::ErrorKind::NotADirectory => "ein Teil des Pfads ist kein Ordner",
        std::io::ErrorKind::StorageFull => "kein Platz mehr auf dem Datenträger",
        std::io::ErrorKind::ReadOnlyFilesystem => "schreibgeschützt",
        _ => "Ein-/Ausgabefehler",
    }
}

pub(super) fn backup_reason(reason: BackupReason) -> &'static str {
    match reason {
        BackupReason::Daily => "täglich",
        BackupReason::Manual => "von Hand",
        BackupReason::BeforeImport => "vor Import",
        BackupReason::BeforeRestore => "vor Wiederherstellung",
        BackupReason::BeforeMigration => "vor Update",
    }
}

pub(super) fn pilot_status(status: PilotStatus) -> &'static str {
    match status {
        PilotStatus::Idea => "Idee",
        PilotStatus::Evaluation => "Bewertung",
        PilotStatus::Running => "Pilot läuft",
        PilotStatus::Scaling => "Skalierung",
        PilotStatus::Completed => "Abgeschlossen",
        PilotStatus::Stopped => "Gestoppt",
    }
}

pub(super) fn status_warning(warning: StatusWarning) -> &'static str {
    match warning {
        StatusWarning::WorksCouncilNotInformed => {
            "Das Pilotprojekt verarbeitet personenbezogene Daten von Beschäftigten (oder könnte sie überwachen), und der Betriebsrat ist noch nicht informiert: Er bestimmt nach §87 (1) Nr. 6 BetrVG mit."
        }
    }
}

pub(super) fn issue(issue: &Issue) -> String {
    let place = match (&issue.line, &issue.column) {
        (Some(line), Some(column)) => format!("Zeile {line}, Spalte {column}: "),
        (Some(line), None) => format!("Zeile {line}: "),
        (None, Some(column)) => format!("Spalte {column}: "),
        (None, None) => String::new(),
    };
    let what = match &issue.kind {
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

pub(super) static PRINT: PrintLabels = PrintLabels {
    title: "Talentmatrix",
    confidential: "Vertraulich – Personaldaten",
    page: "Seite",
    as_of: "Stand",
    name: "Name",
    pseudonym: "Pseudonym",
    role: "KI-Rolle",
    covered: "Stufe ≥ 2",
    experts: "Stufe 3",
    island: "Wissensinsel (höchstens eine Person auf Stufe 3)",
    gap: "unter dem Ziel der KI-Rolle",
    not_assessed: "nicht eingeschätzt",
    continued: "Forts.",
    archived: "ausgeschieden",
    pseudonymized: "pseudonymisiert",
    selection_all: "alle aktiven Mitarbeitenden",
    department: "Abteilung",
    pillar: "Säule",
    with_archived: "mit Ausgeschiedenen",
    people: "Personen",
    no_rows: "Für diese Auswahl gibt es keine Mitarbeitenden.",
    legend: "Legende: Stufen",
    levels: LEVEL_NAMES,
    key: "Kompetenzen",
    code: "Kürzel",
    competency: "Kompetenz",
};
