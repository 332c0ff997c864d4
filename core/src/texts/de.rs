//! German: the users' first language, and the CLI's only one.

use super::{
    DevelopmentPlanLabels, KpiLabels, LadderSheetLabels, LiteracyLabels, PilotSheetLabels,
    PrintLabels,
};
use crate::backup::BackupReason;
use crate::error::{Entity, Error, Field, Problem};
use crate::exchange::issues::{Issue, IssueKind};
use crate::kpi::SizeClass;
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
        Entity::Goal => "Ziel",
        Entity::Milestone => "Meilenstein",
        Entity::LearningPath => "Lernpfad",
        Entity::LearningModule => "Lernmodul",
        Entity::Enrolment => "Einschreibung",
        Entity::Completion => "Abschluss",
        Entity::MentoringPair => "Mentoring-Paar",
        Entity::Stage => "Laufbahnstufe",
        Entity::Requirement => "Anforderung",
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
        Field::Owner => "Die verantwortliche Person",
        Field::PainPoint => "Der Schmerzpunkt",
        Field::AiSystem => "Das KI-System",
        Field::AiVendor => "Der Anbieter",
        Field::PlannedStart => "Der geplante Beginn",
        Field::PlannedEnd => "Das geplante Ende",
        Field::GoalName => "Der Name des Ziels",
        Field::Baseline => "Der Ausgangswert",
        Field::Target => "Der Zielwert",
        Field::Unit => "Die Einheit",
        Field::MilestoneTitle => "Der Titel des Meilensteins",
        Field::DueDate => "Das Fälligkeitsdatum",
        Field::DoneDate => "Das Erledigt-Datum",
        Field::LessonsWorked => "„Was hat funktioniert“",
        Field::LessonsNotWorked => "„Was hat nicht funktioniert“",
        Field::NextStep => "Der nächste Schritt",
        Field::RoadmapStart => "Der Beginn der Roadmap",
        Field::RoadmapItem => "Der Roadmap-Punkt",
        Field::Tools => "Die Tool-Kenntnisse",
        Field::Breadth => "Die Anwendungsbreite",
        Field::Autonomy => "Die Selbstständigkeit",
        Field::Innovation => "Die Innovation",
        Field::Sharing => "Die Wissensteilung",
        Field::PathName => "Der Name des Lernpfads",
        Field::ModuleTitle => "Der Titel des Moduls",
        Field::ModuleFormat => "Das Format",
        Field::Cost => "Die Kosten",
        Field::RaisesTo => "Die Zielstufe",
        Field::LearningPath => "Der Lernpfad",
        Field::Module => "Das Modul",
        Field::EnrolmentDate => "Das Einschreibedatum",
        Field::CompletionDate => "Das Abschlussdatum",
        Field::Mentor => "Die Mentorin oder der Mentor",
        Field::Mentee => "Die Mentee",
        Field::Topic => "Das Thema",
        Field::StartDate => "Der Beginn",
        Field::EndDate => "Das Ende",
        Field::StageName => "Der Name der Stufe",
        Field::StagePosition => "Die Position der Stufe",
        Field::Responsibilities => "Die Verantwortung",
        Field::SalaryMin => "Das Gehaltsband (von)",
        Field::SalaryMax => "Das Gehaltsband (bis)",
        Field::Stage => "Die Laufbahnstufe",
        Field::MinLevel => "Die Mindeststufe",
        Field::MinMaturity => "Der Mindest-Reifegrad",
        Field::NextReview => "Die nächste Überprüfung",
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
        Problem::BeforeStart => "liegt vor dem Beginn".into(),
    }
}

pub(super) fn error(error: &Error) -> String {
    match error {
        Error::NotFound { entity: e, id } => format!("{} „{id}“ gibt es nicht.", entity(*e)),
        // The review follows the day the record is as of, not a "start".
        Error::Invalid {
            field: Field::NextReview,
            problem: Problem::BeforeStart,
        } => "Die nächste Überprüfung darf nicht vor dem Stichtag liegen.".into(),
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

pub(super) fn size_class(class: SizeClass) -> &'static str {
    match class {
        SizeClass::TenOrMore => "Unternehmen ab 10 Beschäftigten",
        SizeClass::FiftyTo249 => "Unternehmen mit 50–249 Beschäftigten",
        SizeClass::TwoHundredFiftyOrMore => "Unternehmen ab 250 Beschäftigten",
    }
}

pub(super) static KPI: KpiLabels = KpiLabels {
    title: "KPI-Bericht",
    confidential: "Vertraulich",
    page: "Seite",
    as_of: "Stand",
    printed_on: "Gedruckt am",
    at_a_glance: "Auf einen Blick",
    usage_rate: "Anwendungsquote",
    usage_rate_note: "{regular} von {active} aktiven Mitarbeitenden nutzen KI regelmäßig",
    too_few: "zu wenige Personen",
    too_few_note: "Die Quote erscheint erst ab {n} aktiven Mitarbeitenden.",
    hours_saved: "Zeitersparnis",
    hours_unit: "h/Woche",
    hours_note: "gemessen in laufenden, skalierten und abgeschlossenen Pilotprojekten",
    euros_saved: "Zeitersparnis in Euro",
    euros_unit: "€/Jahr",
    euros_note: "bei {weeks} Arbeitswochen und {rate} € je Stunde",
    roi: "ROI bisher",
    roi_note: "Einsparung {savings} € bei einer Investition von {investment} €",
    no_investment: "noch keine Investition erfasst",
    maturity: "KI-Reifegrad (Index)",
    maturity_unit: "von 3",
    pairs: "Aktive Mentoring-Paare",
    checkins: "Check-ins in den letzten 30 Tagen",
    sharers: "Wissensteilung ab Stufe 2",
    comparison: "Anwendungsquote im Vergleich",
    company_share: "Ihr Unternehmen: Anteil der Personen, die KI regelmäßig nutzen",
    benchmark_share: "{source}: Anteil der Unternehmen, die KI nutzen – {class}",
    benchmark_caveat: "Die Zahlen messen Verschiedenes: Ihre Quote zählt Personen, der \
        Vergleichswert zählt Unternehmen, in denen KI überhaupt eingesetzt wird. Er zeigt, \
        wie verbreitet KI in Betrieben Ihrer Größe ist, nicht wie viele Beschäftigte sie nutzen.",
    no_benchmark: "Für Unternehmen mit weniger als 10 Beschäftigten veröffentlicht Destatis \
        keinen Vergleichswert.",
    details: "Kennzahlen im Detail",
    figure: "Kennzahl",
    value: "Wert",
    unit: "Einheit",
    active_employees: "Aktive Mitarbeitende",
    regular_users: "davon mit regelmäßiger KI-Nutzung",
    people: "Personen",
    count: "Anzahl",
    by_status: "Use Cases nach Status",
    use_cases_total: "Use Cases insgesamt",
    average_benefit: "Ø Nutzen",
    average_risk: "Ø Risiko",
    average_measurability: "Ø Messbarkeit",
    scale: "1–5",
    new_in_quarter: "Neue Use Cases in Q{quarter}/{year}",
    investment: "Investition bisher",
    savings: "Einsparung bisher",
    no_use_cases: "Noch keine Use Cases erfasst.",
    trend: "Entwicklung der letzten 12 Monate",
    trend_note: "Werte jeweils zum Monatsende, der letzte zum Stichtag {date}.",
    chart_hours: "Zeitersparnis in Stunden pro Woche",
    chart_usage: "Anwendungsquote in % der aktiven Mitarbeitenden",
    chart_money: "Investition und Einsparung bisher in €",
    values: "Die Werte der Diagramme",
    months: [
        "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
    ],
    definitions: "So wird gerechnet",
    definition_lines: [
        "Anwendungsquote: aktive Mitarbeitende, deren zuletzt erfasste KI-Nutzung „regelmäßig“ \
         lautet, geteilt durch alle aktiven Mitarbeitenden.",
        "Zeitersparnis: die zuletzt gemessenen Stunden pro Woche aller Pilotprojekte mit dem \
         Status Pilot läuft, Skalierung oder Abgeschlossen; in Euro mal Arbeitswochen und \
         Stundensatz des Unternehmens.",
        "Investition: einmalige Kosten der Pilotprojekte bis zum Stichtag, ihre monatlichen \
         Kosten für jeden begonnenen Monat und die Kosten jedes bis dahin abgeschlossenen \
         Lernmoduls zum Preis am Abschlusstag. Einsparung: die seit jeder Messung tatsächlich \
         gesparten Stunden in Euro.",
        "ROI: (Einsparung − Investition) ÷ Investition. Ø-Werte: Bewertungen der Use Cases \
         von 1 (gering) bis 5 (hoch).",
    ],
};

pub(super) static PILOT_SHEET: PilotSheetLabels = PilotSheetLabels {
    title: "Pilotprojekt-Steckbrief",
    confidential: "Vertraulich – Personaldaten",
    page: "Seite",
    printed_on: "Gedruckt am",
    pseudonymized: "pseudonymisiert",
    area: "Bereich",
    owner: "Verantwortlich",
    since: "seit",
    not_recorded: "noch nicht erfasst",
    profile: "Steckbrief",
    description: "Beschreibung",
    pain_point: "Schmerzpunkt",
    ai_system: "KI-System",
    vendor: "Anbieter",
    hosting_local: "lokal auf eigenen Rechnern",
    hosting_cloud: "in der Cloud des Anbieters",
    planned_period: "Geplanter Zeitraum",
    from: "ab",
    until: "bis",
    scores: "Bewertung",
    scores_value: "Nutzen {benefit} · Risiko {risk} · Messbarkeit {measurability}",
    priority_value: "Priorität {priority} von 15 (Skalen je 1–5)",
    not_scored: "noch nicht bewertet",
    goals: "Ziele",
    baseline_to_target: "Ausgangswert → Zielwert",
    no_goals: "Noch keine Ziele erfasst.",
    time_saved: "Zeitersparnis",
    hours_unit: "h/Woche",
    euros_unit: "€/Jahr",
    planned: "geplant",
    measured_on: "gemessen am {date}",
    measured: "gemessen",
    not_planned: "noch nicht geplant",
    not_measured: "noch nicht gemessen",
    measurements: "Messungen",
    hours_basis: "€/Jahr = h/Woche × {weeks} Arbeitswochen × {rate} € je Stunde",
    not_counted: "zählt nicht, solange der Pilot nicht läuft",
    costs: "Kosten",
    once: "einmalig am",
    monthly: "monatlich ab",
    monthly_ended: "keine monatlichen Kosten mehr ab",
    no_costs: "Noch keine Kosten erfasst.",
    investment: "Investition bisher",
    savings: "Einsparung bisher",
    balance: "Saldo",
    team: "Team",
    name: "Name",
    pseudonym: "Pseudonym",
    team_role: "Rolle im Team",
    ai_role: "KI-Rolle",
    lead: "Projektleitung",
    expert: "Fachexpertise",
    enthusiast: "KI-Interessierte/r",
    process_owner: "Prozessverantwortung",
    no_ai_role: "keine",
    no_team: "Noch kein Team benannt.",
    levels_legend: "Stufe / Ziel der KI-Rolle (0 keine – 3 Experte) · ▼ unter dem Ziel · \
        – nicht eingeschätzt oder kein Ziel",
    no_competencies: "Für dieses Pilotprojekt sind noch keine benötigten Kompetenzen festgelegt.",
    team_too_small: "Das Team hat {size} Personen; empfohlen sind mindestens {min}.",
    team_too_large: "Das Team hat {size} Personen; ein Pilotteam sollte höchstens {max} haben.",
    milestones: "Meilensteine",
    due: "fällig",
    done_on: "erledigt am {date}",
    overdue: "überfällig",
    open: "offen",
    no_milestones: "Noch keine Meilensteine erfasst.",
    compliance: "EU AI Act und Datenschutz",
    risk_class: "Risikoklasse",
    minimal: "minimales Risiko",
    limited: "begrenztes Risiko (Transparenzpflichten, Art. 50)",
    high: "hohes Risiko (Anhang III)",
    prohibited: "verbotene Praxis (Art. 5)",
    not_classified: "noch nicht eingestuft",
    personal_data: "Personenbezogene Daten",
    no_personal_data: "keine",
    monitoring: "Überwachung von Beschäftigten möglich",
    yes: "ja",
    no: "nein",
    works_council: "Betriebsrat informiert",
    informed_on: "am {date}",
    not_informed: "nicht informiert",
    council_hint: "Das Pilotprojekt verarbeitet personenbezogene Daten oder könnte Beschäftigte \
        überwachen, und der Betriebsrat ist nicht informiert. Er bestimmt nach \
        §\u{a0}87 Abs.\u{a0}1 Nr.\u{a0}6 BetrVG mit: Informieren Sie ihn, bevor das KI-System eingesetzt wird.",
    council_late: "Der Betriebsrat wurde erst nach dem Start des Pilotprojekts informiert. Er \
        bestimmt nach §\u{a0}87 Abs.\u{a0}1 Nr.\u{a0}6 BetrVG mit und ist zu informieren, bevor das \
        KI-System eingesetzt wird.",
    lessons: "Learnings",
    worked: "Was hat funktioniert",
    not_worked: "Was hat nicht funktioniert",
    next_step: "Nächster Schritt",
    history: "Statusverlauf",
    stop_reason: "Grund für den Stopp",
    idea_note: "Noch eine Idee: Ziele, Team, Kosten und die Einstufung nach dem EU AI Act folgen mit der Bewertung.",
};

pub(super) fn roadmap_phase(phase: crate::roadmap::Phase) -> &'static str {
    use crate::roadmap::Phase;
    match phase {
        Phase::Assessment => "Tage 1–30: Assessment und Strategie",
        Phase::Pilots => "Tage 31–60: Pilotprojekte starten",
        Phase::Scaling => "Tage 61–90: Skalierung vorbereiten",
    }
}

pub(super) fn roadmap_item(key: crate::roadmap::ItemKey) -> &'static str {
    use crate::roadmap::ItemKey;
    match key {
        ItemKey::Interviews => "Interviews mit Schlüsselpersonen aller Fachbereiche geführt",
        ItemKey::StaffAssessed => "Mindestens 80 % der Mitarbeitenden in der Matrix bewertet",
        ItemKey::Champions => "Interne KI-Champions benannt",
        ItemKey::UseCasesScored => {
            "Mindestens 3 Use Cases nach Nutzen, Risiko und Messbarkeit bewertet"
        }
        ItemKey::Vision => "KI-Vision festgelegt: Welche Probleme sind in 12 Monaten gelöst?",
        ItemKey::PilotsRunning => "2–3 Pilotprojekte laufen mit klaren Zielen",
        ItemKey::SmallTeams => "Kleine, interdisziplinäre Teams (3–5 Personen)",
        ItemKey::WorksCouncil => {
            "Betriebsrat vor dem Start informiert, wo Personaldaten betroffen sind"
        }
        ItemKey::Timelines => "Zeitplan und Meilensteine für jedes laufende Pilotprojekt",
        ItemKey::TimeMeasured => "Zeitersparnis in jedem laufenden Pilotprojekt gemessen",
        ItemKey::LessonsDocumented => "Learnings aus den Pilotprojekten dokumentiert",
        ItemKey::ScalingStrategy => "Skalierungsstrategie: Rollen, Infrastruktur, Governance",
        ItemKey::PilotScaling => "Ein Pilotprojekt in die Skalierung überführt",
        ItemKey::Development => "Kompetenzentwicklung nach Business Impact priorisiert",
        ItemKey::Communicated => "Erfolge im Unternehmen sichtbar gemacht",
    }
}

pub(super) fn roadmap_evidence(evidence: crate::roadmap::Evidence) -> String {
    use crate::roadmap::Evidence;
    match evidence {
        Evidence::Assessed { assessed, active } => format!(
            "{assessed} von {active} Mitarbeitenden bewertet ({} %)",
            percent(assessed, active)
        ),
        Evidence::Scored { scored: 1 } => "1 Use Case bewertet".into(),
        Evidence::Scored { scored } => format!("{scored} Use Cases bewertet"),
        Evidence::WithGoals { count: 1 } => "1 Pilotprojekt läuft mit Zielen".into(),
        Evidence::WithGoals { count } => format!("{count} Pilotprojekte laufen mit Zielen"),
        Evidence::OfRunning { running: 0, .. } => "Noch kein Pilotprojekt läuft".into(),
        Evidence::OfRunning { met, running } => {
            format!("{met} von {running} laufenden Pilotprojekten")
        }
        Evidence::Informed { running: 0, .. } => "Noch kein Pilotprojekt läuft".into(),
        Evidence::Informed { concerned: 0, .. } => {
            "Kein laufendes Pilotprojekt verarbeitet Personaldaten".into()
        }
        Evidence::Informed {
            informed,
            concerned,
            ..
        } => format!("Betriebsrat bei {informed} von {concerned} Pilotprojekten mit Personaldaten informiert"),
        Evidence::Lessons { ran: 0, .. } => "Noch kein Pilotprojekt gelaufen".into(),
        Evidence::Lessons { documented, ran } => {
            format!("Learnings für {documented} von {ran} Pilotprojekten dokumentiert")
        }
        Evidence::Scaling { count: 0 } => "Noch kein Pilotprojekt in Skalierung".into(),
        Evidence::Scaling { count: 1 } => "1 Pilotprojekt in Skalierung oder abgeschlossen".into(),
        Evidence::Scaling { count } => {
            format!("{count} Pilotprojekte in Skalierung oder abgeschlossen")
        }
    }
}

/// Whole per cent, rounded down: 159 of 200 is 79 %, never the 80 % it has not reached.
pub(super) fn percent(part: u32, whole: u32) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0)
}

/// A maturity dimension as DOMAIN.md names it.
pub(super) fn maturity_dimension(dimension: crate::maturity::Dimension) -> &'static str {
    use crate::maturity::Dimension;
    match dimension {
        Dimension::Tools => "Tool-Kenntnisse",
        Dimension::Breadth => "Anwendungsbreite",
        Dimension::Autonomy => "Selbstständigkeit",
        Dimension::Innovation => "Innovation",
        Dimension::Sharing => "Wissensteilung",
    }
}

/// The names of a maturity dimension's levels 1, 2 and 3.
pub(super) fn maturity_levels(dimension: crate::maturity::Dimension) -> &'static [&'static str; 3] {
    use crate::maturity::Dimension;
    match dimension {
        Dimension::Tools => &[
            "Basis-Prompting",
            "Erweiterte Techniken",
            "Tool-Integration",
        ],
        Dimension::Breadth => &["Ein Use Case", "Mehrere Use Cases", "Bereichsübergreifend"],
        Dimension::Autonomy => &["Angeleitet", "Eigenständig", "Mentoring anderer"],
        Dimension::Innovation => &["Bestehende lösen", "Prozesse verbessern", "Neue entwickeln"],
        Dimension::Sharing => &[
            "Konsument",
            "Gelegentlicher Beitrag",
            "Aktiver Multiplikator",
        ],
    }
}

/// A decimal the German way (`1,5`), at most two places.
fn ladder_decimal(value: f64) -> String {
    crate::print::Numbers(crate::company::Language::De).index(value)
}

pub(super) fn ladder_missing(missing: &crate::ladder::Missing) -> String {
    use crate::ladder::Missing;
    match missing {
        Missing::Competency {
            code,
            name,
            level: Some(level),
            required,
        } => format!("{code} {name}: Stufe {level} statt {required}"),
        Missing::Competency {
            code,
            name,
            level: None,
            required,
        } => format!("{code} {name}: nicht eingeschätzt, nötig Stufe {required}"),
        Missing::Maturity {
            index: Some(index),
            required,
        } => format!(
            "KI-Reifegrad {} statt {}",
            ladder_decimal(*index),
            ladder_decimal(*required)
        ),
        Missing::Maturity {
            index: None,
            required,
        } => format!(
            "KI-Reifegrad nicht eingeschätzt, nötig {}",
            ladder_decimal(*required)
        ),
        Missing::LearningPath { name } => format!("Lernpfad „{name}“ nicht abgeschlossen"),
        Missing::PilotTeam => "Noch in keinem Pilotteam".into(),
        Missing::Mentoring => "Betreut noch niemanden als Mentor/in".into(),
    }
}

pub(super) fn ladder_need(need: &crate::ladder::Need) -> String {
    use crate::ladder::Need;
    match need {
        Need::Competency {
            code,
            name,
            min_level,
            ..
        } => format!("{code} {name}: mindestens Stufe {min_level}"),
        Need::Maturity { min_index } => {
            format!("KI-Reifegrad mindestens {}", ladder_decimal(*min_index))
        }
        Need::LearningPath { name, .. } => format!("Lernpfad „{name}“ abgeschlossen"),
        Need::PilotTeam => "Mitglied eines Pilotteams".into(),
        Need::Mentoring => "Betreut jemanden als Mentor/in".into(),
    }
}

pub(super) fn ladder_retired() -> &'static str {
    "stillgelegt"
}

pub(super) fn fit_no_profile() -> &'static str {
    "Empfehlung: keine — die Rolle hat kein Zielprofil (keine Zielstufe in einer aktiven \
     Kompetenz); zuerst das Profil der Rolle festlegen."
}

pub(super) fn module_format(format: crate::learning::ModuleFormat) -> &'static str {
    use crate::learning::ModuleFormat;
    match format {
        ModuleFormat::Workshop => "Workshop",
        ModuleFormat::OnlineCourse => "Online-Kurs",
        ModuleFormat::Mentoring => "Mentoring",
        ModuleFormat::LearningByDoing => "Lernen durch Tun",
        ModuleFormat::ConsultationHour => "KI-Sprechstunde",
        ModuleFormat::MonthlyUpdate => "monatliches KI-Update",
    }
}

pub(super) static LADDER_SHEET: LadderSheetLabels = LadderSheetLabels {
    title: "KI-Laufbahn",
    heading: "KI-Laufbahn: Kriterien für Gehalt und Entwicklung",
    audience: "Für alle Beschäftigten",
    page: "Seite",
    printed_on: "Stand",
    intro: "Diese Übersicht nennt die Kriterien, nach denen {company} Gehalt und Entwicklung \
        auf der KI-Laufbahn festlegt: für jede Stufe die Verantwortung, das Gehaltsband und die \
        Anforderungen. Sie steht allen Beschäftigten zur Verfügung (Entgelttransparenz nach der \
        Richtlinie (EU)\u{a0}2023/970, Art.\u{a0}6).",
    stage: "Stufe",
    responsibilities: "Verantwortung",
    not_described: "nicht beschrieben",
    salary_band: "Gehaltsband (brutto)",
    band_range: "{min} – {max} € pro Jahr",
    band_from: "ab {min} € pro Jahr",
    band_to: "bis {max} € pro Jahr",
    band_none: "nicht festgelegt",
    requirements: "Anforderungen",
    no_requirements: "Für diese Stufe sind keine Anforderungen festgelegt.",
    need_competency: "Kompetenz {code} {name}: mindestens Stufe {level} ({level_name})",
    need_maturity: "KI-Reifegrad-Index mindestens {index}",
    need_path: "Lernpfad „{name}“ abgeschlossen",
    need_pilot_team: "Mitglied im Team eines laufenden, skalierten oder abgeschlossenen \
        Pilotprojekts",
    need_mentoring: "betreut als Mentor/in eine andere Person",
    retired: "(nicht mehr erfüllbar, zählt nicht)",
    no_stages: "Es sind noch keine Laufbahnstufen festgelegt.",
    rules_title: "So werden die Anforderungen gelesen",
    rule_levels: "Kompetenzstufen: {levels}. Es zählt die zuletzt eingeschätzte Stufe.",
    rule_maturity: "KI-Reifegrad-Index: der Mittelwert der fünf Dimensionen ({dimensions}), \
        jeweils auf den Stufen 1 bis 3; es zählt die letzte Einschätzung.",
    rule_path:
        "Ein Lernpfad ist abgeschlossen, wenn alle seine aktuellen Module abgeschlossen sind.",
    rule_practice: "Pilotprojekt und Mentoring zählen, solange sie bestehen: das Pilotprojekt \
        läuft, wird skaliert oder ist abgeschlossen; das Mentoring-Paar ist aktiv.",
    rule_retired: "Eine als nicht mehr erfüllbar markierte Anforderung nennt eine Kompetenz \
        oder einen Lernpfad, die es nicht mehr gibt; sie bleibt der Vollständigkeit halber \
        stehen, zählt aber nicht.",
    rule_award: "Die Bereitschaft für die nächste Stufe ist der Anteil ihrer erfüllten \
        Anforderungen. Eine Stufe wird vom Unternehmen mit Datum vergeben; sie wird nicht \
        automatisch erreicht.",
};

pub(super) static DEVELOPMENT_PLAN: DevelopmentPlanLabels = DevelopmentPlanLabels {
    title: "Entwicklungsplan",
    confidential: "Vertraulich – Personaldaten",
    page: "Seite",
    printed_on: "Stand",
    personnel_number: "Personalnummer",
    department: "Abteilung",
    job_title: "Funktion",
    role: "KI-Rolle",
    none: "keine",
    not_recorded: "nicht erfasst",
    left_on: "ausgeschieden am {date}",
    competencies: "Kompetenzen: Ist-Stand und Ziel der KI-Rolle {role}",
    competencies_no_role: "Kompetenzen",
    code: "Kürzel",
    competency: "Kompetenz",
    current: "Aktuell",
    target: "Ziel",
    gap: "Abstand",
    met: "erreicht",
    below_one: "1 Stufe darunter",
    below_many: "{n} Stufen darunter",
    no_role: "Keine KI-Rolle zugeordnet: Ohne Zielprofil gibt es keinen Abgleich von Ist und Ziel.",
    no_targets: "Die KI-Rolle {role} hat noch kein Zielprofil.",
    levels_legend: "Stufen: 0 keine · 1 Grundkenntnisse · 2 selbstständig · 3 Experte (kann \
        andere anleiten) · – nicht eingeschätzt · ▼ unter dem Ziel",
    ladder: "KI-Laufbahn",
    stage_held: "Aktuelle Stufe",
    stage_value: "Stufe {position} {name}",
    since: "seit {date}",
    no_stage: "noch keine Stufe",
    next_stage: "Nächste Stufe",
    top_reached: "höchste Stufe erreicht",
    no_ladder: "Es sind noch keine Laufbahnstufen festgelegt.",
    readiness: "Bereitschaft",
    readiness_value: "{percent} % ({met} von {total} Anforderungen erfüllt)",
    missing: "Es fehlt noch",
    nothing_missing: "Alle Anforderungen der nächsten Stufe sind erfüllt.",
    learning: "Lernpfade",
    enrolled_on: "eingeschrieben am {date}",
    progress: "{done} von {all} Modulen abgeschlossen",
    module: "Modul",
    format: "Format",
    hours: "Std.",
    state: "Stand",
    done_on: "abgeschlossen am {date}",
    times: "({count}-mal teilgenommen)",
    open: "offen",
    retired_module: "nicht mehr angeboten",
    no_enrolments: "Noch in keinem Lernpfad eingeschrieben.",
    mentoring: "Mentoring",
    mentored_by: "Begleitet von",
    mentor_of: "Betreut als Mentor/in",
    pair_value: "{name} – {topic}, seit {date}",
    pair_value_plain: "{name}, seit {date}",
    no_mentoring: "Derzeit kein Mentoring.",
    agreements: "Vereinbarte Schritte",
    agreements_note: "Was wird bis wann erreicht, mit welcher Unterstützung?",
    place_date: "Ort, Datum",
    employee_sign: "Mitarbeiter/in",
    manager_sign: "Führungskraft",
};

pub(super) static LITERACY: LiteracyLabels = LiteracyLabels {
    title: "Nachweis KI-Kompetenz",
    heading: "Nachweis der Maßnahmen zur KI-Kompetenz (Art.\u{a0}4 KI-Verordnung)",
    confidential: "Vertraulich – Personaldaten",
    page: "Seite",
    as_of: "Stichtag",
    owner: "Verantwortlich",
    next_review: "Nächste Überprüfung",
    intro: "Dieser Nachweis dokumentiert die Maßnahmen, mit denen {company} die KI-Kompetenz \
        der Beschäftigten fördert, die mit KI-Systemen arbeiten (Art.\u{a0}4 der Verordnung \
        (EU)\u{a0}2024/1689, KI-Verordnung): welche KI-Systeme eingesetzt werden, wer mit ihnen \
        arbeitet, welche Schulungen und weiteren Maßnahmen es gab.",
    evidence_note: "Er ist ein interner Nachweis, kein Zertifikat: Er bescheinigt keiner Person \
        eine bestandene Prüfung oder eine Qualifikation.",
    systems: "Eingesetzte KI-Systeme",
    system: "KI-System",
    vendor: "Anbieter",
    hosting: "Betrieb",
    pilots: "Pilotprojekte (Status am Stichtag)",
    not_recorded: "nicht erfasst",
    no_systems: "Am Stichtag läuft kein Pilotprojekt, wird keines skaliert und ist keines \
        abgeschlossen: Es ist kein KI-System im Einsatz erfasst.",
    systems_note: "Erfasst sind die KI-Systeme der Pilotprojekte, die am Stichtag laufen, \
        skaliert werden oder abgeschlossen sind. KI-Werkzeuge, die außerhalb von \
        Pilotprojekten genutzt werden, führt Talentwerk nicht; sie sind hier zu ergänzen.",
    measures: "Maßnahmen",
    paths_offered: "Angebotene Lernpfade",
    path_value: "{modules} Module, zusammen {hours} Stunden",
    path_for: "für die KI-Rolle {role}",
    no_paths: "keine",
    trainings_done: "Abgeschlossene Schulungen",
    trainings_value: "{count} Modulabschlüsse mit zusammen {hours} Stunden",
    people_trained: "Geschulte Personen",
    people_value: "{trained} von {active} aktiven Beschäftigten",
    mentoring: "Mentoring (KI-Buddy)",
    mentoring_value: "{pairs} aktive Mentoring-Paare",
    contents: "Inhalte der Schulungen",
    path: "Lernpfad",
    module: "Modul",
    format: "Format",
    hours: "Std.",
    content: "Inhalt",
    attendance: "Teilnahmen",
    no_content: "nicht beschrieben",
    no_trainings: "Bis zum Stichtag wurde keine Schulung abgeschlossen.",
    people: "Beschäftigte, KI-Systeme und Schulungen",
    name: "Name",
    department: "Abteilung",
    role: "KI-Rolle",
    works_with: "Arbeitet mit",
    trainings: "Schulungen bis zum Stichtag",
    maturity: "KI-Reifegrad",
    none: "–",
    not_rated: "–",
    hours_unit: "Std.",
    people_note: "Alle am Stichtag aktiven Beschäftigten. Arbeitet mit: KI-Systeme der \
        Pilotprojekte, in deren Team die Person ist, mit ihrer Rolle im Team. KI-Reifegrad: \
        Index der letzten Einschätzung bis zum Stichtag (Mittelwert von fünf Dimensionen, \
        Stufen 1–3); – nicht eingeschätzt. Abteilung, KI-Rolle, Pilotteams und Inhalte der \
        Schulungen führt Talentwerk ohne Datum: Sie zeigen den Stand am Tag des Drucks.",
    no_people: "Am Stichtag gibt es keine aktiven Beschäftigten.",
    responsibility: "Verantwortung und Überprüfung",
    responsibility_value: "Verantwortlich für diesen Nachweis: {owner}. Er wird spätestens am \
        {date} überprüft und fortgeschrieben.",
    place_date: "Ort, Datum",
    owner_sign: "Unterschrift der verantwortlichen Person",
};
