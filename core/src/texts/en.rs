//! English: for companies that work in English, worded like the UI's `en` dictionary.

use super::{
    DevelopmentPlanLabels, KpiLabels, LadderSheetLabels, LiteracyLabels, PilotSheetLabels,
    PrintLabels,
};
use crate::backup::BackupReason;
use crate::error::{Entity, Error, Field, Problem};
use crate::exchange::issues::{Issue, IssueKind};
use crate::kpi::SizeClass;
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
        Entity::Goal => "Goal",
        Entity::Milestone => "Milestone",
        Entity::LearningPath => "Learning path",
        Entity::LearningModule => "Learning module",
        Entity::Enrolment => "Enrolment",
        Entity::Completion => "Completion",
        Entity::MentoringPair => "Mentoring pair",
        Entity::Stage => "Career stage",
        Entity::Requirement => "Requirement",
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
        Field::Owner => "The owner",
        Field::PainPoint => "The pain point",
        Field::AiSystem => "The AI system",
        Field::AiVendor => "The vendor",
        Field::PlannedStart => "The planned start",
        Field::PlannedEnd => "The planned end",
        Field::GoalName => "The goal's name",
        Field::Baseline => "The baseline",
        Field::Target => "The target",
        Field::Unit => "The unit",
        Field::MilestoneTitle => "The milestone's title",
        Field::DueDate => "The due date",
        Field::DoneDate => "The completion date",
        Field::LessonsWorked => "\"What worked\"",
        Field::LessonsNotWorked => "\"What did not work\"",
        Field::NextStep => "The next step",
        Field::RoadmapStart => "The roadmap's start",
        Field::RoadmapItem => "The roadmap item",
        Field::Tools => "Tool knowledge",
        Field::Breadth => "Breadth of use",
        Field::Autonomy => "Autonomy",
        Field::Innovation => "Innovation",
        Field::Sharing => "Knowledge sharing",
        Field::PathName => "The learning path's name",
        Field::ModuleTitle => "The module's title",
        Field::ModuleFormat => "The format",
        Field::Cost => "The cost",
        Field::RaisesTo => "The level it raises to",
        Field::LearningPath => "The learning path",
        Field::Module => "The module",
        Field::EnrolmentDate => "The enrolment date",
        Field::CompletionDate => "The completion date",
        Field::Mentor => "The mentor",
        Field::Mentee => "The mentee",
        Field::Topic => "The topic",
        Field::StartDate => "The start",
        Field::EndDate => "The end",
        Field::StageName => "The stage's name",
        Field::StagePosition => "The stage's position",
        Field::Responsibilities => "The responsibilities",
        Field::SalaryMin => "The salary band (from)",
        Field::SalaryMax => "The salary band (to)",
        Field::Stage => "The career stage",
        Field::MinLevel => "The minimum level",
        Field::MinMaturity => "The minimum maturity index",
        Field::NextReview => "The next review",
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
        Problem::BeforeStart => "lies before the start".into(),
    }
}

pub(super) fn error(error: &Error) -> String {
    match error {
        Error::NotFound { entity: e, id } => format!("{} “{id}” does not exist.", entity(*e)),
        // The review follows the day the record is as of, not a "start".
        Error::Invalid {
            field: Field::NextReview,
            problem: Problem::BeforeStart,
        } => "The next review may not lie before the record's date.".into(),
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

pub(super) fn size_class(class: SizeClass) -> &'static str {
    match class {
        SizeClass::TenOrMore => "firms with 10 or more employees",
        SizeClass::FiftyTo249 => "firms with 50–249 employees",
        SizeClass::TwoHundredFiftyOrMore => "firms with 250 or more employees",
    }
}

pub(super) static KPI: KpiLabels = KpiLabels {
    title: "KPI report",
    confidential: "Confidential",
    page: "Page",
    as_of: "As of",
    printed_on: "Printed on",
    at_a_glance: "At a glance",
    usage_rate: "Usage rate",
    usage_rate_note: "{regular} of {active} active employees use AI regularly",
    too_few: "too few people",
    too_few_note: "The rate is shown from {n} active employees.",
    hours_saved: "Time saved",
    hours_unit: "h/week",
    hours_note: "measured in running, scaling and completed pilot projects",
    euros_saved: "Time saved in euros",
    euros_unit: "€/year",
    euros_note: "at {weeks} working weeks and {rate} € per hour",
    roi: "ROI to date",
    roi_note: "savings of {savings} € on an investment of {investment} €",
    no_investment: "no investment recorded yet",
    maturity: "AI maturity (index)",
    maturity_unit: "of 3",
    pairs: "Active mentoring pairs",
    checkins: "Check-ins in the last 30 days",
    sharers: "Knowledge sharing at level 2+",
    comparison: "Usage rate in comparison",
    company_share: "Your company: share of people who use AI regularly",
    benchmark_share: "{source}: share of firms that use AI – {class}",
    benchmark_caveat: "The figures measure different things: your rate counts people, the \
        benchmark counts firms that use AI at all. It shows how widespread AI is in firms of \
        your size, not how many of their employees use it.",
    no_benchmark: "Destatis publishes no benchmark for firms with fewer than 10 employees.",
    details: "Key figures in detail",
    figure: "Key figure",
    value: "Value",
    unit: "Unit",
    active_employees: "Active employees",
    regular_users: "of whom use AI regularly",
    people: "people",
    count: "number",
    by_status: "Use cases by status",
    use_cases_total: "Use cases in total",
    average_benefit: "Ø benefit",
    average_risk: "Ø risk",
    average_measurability: "Ø measurability",
    scale: "1–5",
    new_in_quarter: "New use cases in Q{quarter}/{year}",
    investment: "Investment to date",
    savings: "Savings to date",
    no_use_cases: "No use cases recorded yet.",
    trend: "The last 12 months",
    trend_note: "Values at each month's end, the last one as of {date}.",
    chart_hours: "Time saved in hours per week",
    chart_usage: "Usage rate in % of active employees",
    chart_money: "Investment and savings to date in €",
    values: "The charts' values",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    definitions: "How the figures are computed",
    definition_lines: [
        "Usage rate: active employees whose latest recorded AI usage is “regular”, divided by \
         all active employees.",
        "Time saved: the latest measured hours per week of all pilot projects that are running, \
         scaling or completed; in euros times the company's working weeks and hourly rate.",
        "Investment: the pilot projects' one-off costs up to the day and monthly costs for \
         every month begun, plus every learning module completed by then at its price on the \
         day of completion. Savings: the hours actually saved since each measurement, in euros.",
        "ROI: (savings − investment) ÷ investment. Ø values: the use cases' scores from \
         1 (low) to 5 (high).",
    ],
};

pub(super) static PILOT_SHEET: PilotSheetLabels = PilotSheetLabels {
    title: "Pilot project profile",
    confidential: "Confidential – personal data",
    page: "Page",
    printed_on: "Printed on",
    pseudonymized: "pseudonymized",
    area: "Area",
    owner: "Owner",
    since: "since",
    not_recorded: "not recorded yet",
    profile: "Profile",
    description: "Description",
    pain_point: "Pain point",
    ai_system: "AI system",
    vendor: "Vendor",
    hosting_local: "on the company's own machines",
    hosting_cloud: "in the vendor's cloud",
    planned_period: "Planned period",
    from: "from",
    until: "until",
    scores: "Scores",
    scores_value: "Benefit {benefit} · risk {risk} · measurability {measurability}",
    priority_value: "Priority {priority} of 15 (scales 1–5 each)",
    not_scored: "not scored yet",
    goals: "Goals",
    baseline_to_target: "Baseline → target",
    no_goals: "No goals recorded yet.",
    time_saved: "Time saved",
    hours_unit: "h/week",
    euros_unit: "€/year",
    planned: "planned",
    measured_on: "measured on {date}",
    measured: "measured",
    not_planned: "not planned yet",
    not_measured: "not measured yet",
    measurements: "Measurements",
    hours_basis: "€/year = h/week × {weeks} working weeks × {rate} € per hour",
    not_counted: "does not count while the pilot is not running",
    costs: "Costs",
    once: "one-off on",
    monthly: "monthly from",
    monthly_ended: "no monthly costs from",
    no_costs: "No costs recorded yet.",
    investment: "Investment to date",
    savings: "Savings to date",
    balance: "Balance",
    team: "Team",
    name: "Name",
    pseudonym: "Pseudonym",
    team_role: "Team role",
    ai_role: "AI role",
    lead: "Project lead",
    expert: "Domain expert",
    enthusiast: "AI enthusiast",
    process_owner: "Process owner",
    no_ai_role: "none",
    no_team: "No team named yet.",
    levels_legend: "Level / target of the AI role (0 none – 3 expert) · ▼ below the target · \
        – not assessed or no target",
    no_competencies: "No needed competencies have been named for this pilot project yet.",
    team_too_small: "The team has {size} people; at least {min} are recommended.",
    team_too_large: "The team has {size} people; a pilot team should have at most {max}.",
    milestones: "Milestones",
    due: "due",
    done_on: "done on {date}",
    overdue: "overdue",
    open: "open",
    no_milestones: "No milestones recorded yet.",
    compliance: "EU AI Act and data protection",
    risk_class: "Risk class",
    minimal: "minimal risk",
    limited: "limited risk (transparency duties, Art. 50)",
    high: "high risk (Annex III)",
    prohibited: "prohibited practice (Art. 5)",
    not_classified: "not classified yet",
    personal_data: "Personal data",
    no_personal_data: "none",
    monitoring: "Employees could be monitored",
    yes: "yes",
    no: "no",
    works_council: "Works council informed",
    informed_on: "on {date}",
    not_informed: "not informed",
    council_hint: "The pilot project processes personal data or could monitor employees, and \
        the works council has not been informed. It has a say under \
        §\u{a0}87 (1) no.\u{a0}6 BetrVG: inform it before the AI system is used.",
    council_late: "The works council was only informed after the pilot project had started. It \
        has a say under §\u{a0}87 (1) no.\u{a0}6 BetrVG and must be informed before the AI system \
        is used.",
    lessons: "Lessons learned",
    worked: "What worked",
    not_worked: "What did not work",
    next_step: "Next step",
    history: "Status history",
    stop_reason: "Why it was stopped",
    idea_note:
        "Still an idea: goals, team, costs and the EU AI Act class follow with the evaluation.",
};

pub(super) fn roadmap_phase(phase: crate::roadmap::Phase) -> &'static str {
    use crate::roadmap::Phase;
    match phase {
        Phase::Assessment => "Days 1–30: assessment and strategy",
        Phase::Pilots => "Days 31–60: start pilot projects",
        Phase::Scaling => "Days 61–90: prepare scaling",
    }
}

pub(super) fn roadmap_item(key: crate::roadmap::ItemKey) -> &'static str {
    use crate::roadmap::ItemKey;
    match key {
        ItemKey::Interviews => "Interviews held with key people from every department",
        ItemKey::StaffAssessed => "At least 80 % of employees assessed in the matrix",
        ItemKey::Champions => "Internal AI champions named",
        ItemKey::UseCasesScored => {
            "At least 3 use cases scored for benefit, risk and measurability"
        }
        ItemKey::Vision => "AI vision set: which problems are solved in 12 months?",
        ItemKey::PilotsRunning => "2–3 pilot projects running with clear goals",
        ItemKey::SmallTeams => "Small interdisciplinary teams (3–5 people)",
        ItemKey::WorksCouncil => {
            "Works council informed before the start where staff data is concerned"
        }
        ItemKey::Timelines => "Timeline and milestones for every running pilot",
        ItemKey::TimeMeasured => "Time saved measured in every running pilot",
        ItemKey::LessonsDocumented => "Lessons learned from the pilots documented",
        ItemKey::ScalingStrategy => "Scaling strategy: roles, infrastructure, governance",
        ItemKey::PilotScaling => "A pilot moved on to scaling",
        ItemKey::Development => "Competency development prioritised by business impact",
        ItemKey::Communicated => "Successes made visible across the company",
    }
}

pub(super) fn roadmap_evidence(evidence: crate::roadmap::Evidence) -> String {
    use crate::roadmap::Evidence;
    match evidence {
        Evidence::Assessed { assessed, active } => format!(
            "{assessed} of {active} employees assessed ({} %)",
            super::de::percent(assessed, active)
        ),
        Evidence::Scored { scored: 1 } => "1 use case scored".into(),
        Evidence::Scored { scored } => format!("{scored} use cases scored"),
        Evidence::WithGoals { count: 1 } => "1 pilot running with goals".into(),
        Evidence::WithGoals { count } => format!("{count} pilots running with goals"),
        Evidence::OfRunning { running: 0, .. } => "No pilot running yet".into(),
        Evidence::OfRunning { met, running } => format!("{met} of {running} running pilots"),
        Evidence::Informed { running: 0, .. } => "No pilot running yet".into(),
        Evidence::Informed { concerned: 0, .. } => {
            "No running pilot processes personal data".into()
        }
        Evidence::Informed {
            informed,
            concerned,
            ..
        } => format!(
            "Works council informed for {informed} of {concerned} pilots with personal data"
        ),
        Evidence::Lessons { ran: 0, .. } => "No pilot has run yet".into(),
        Evidence::Lessons { documented, ran } => {
            format!("Lessons documented for {documented} of {ran} pilots")
        }
        Evidence::Scaling { count: 0 } => "No pilot scaling yet".into(),
        Evidence::Scaling { count: 1 } => "1 pilot project scaling or completed".into(),
        Evidence::Scaling { count } => format!("{count} pilot projects scaling or completed"),
    }
}

/// A maturity dimension's name.
pub(super) fn maturity_dimension(dimension: crate::maturity::Dimension) -> &'static str {
    use crate::maturity::Dimension;
    match dimension {
        Dimension::Tools => "Tool knowledge",
        Dimension::Breadth => "Breadth of use",
        Dimension::Autonomy => "Autonomy",
        Dimension::Innovation => "Innovation",
        Dimension::Sharing => "Knowledge sharing",
    }
}

/// The names of a maturity dimension's levels 1, 2 and 3.
pub(super) fn maturity_levels(dimension: crate::maturity::Dimension) -> &'static [&'static str; 3] {
    use crate::maturity::Dimension;
    match dimension {
        Dimension::Tools => &["Basic prompting", "Advanced techniques", "Tool integration"],
        Dimension::Breadth => &["One use case", "Several use cases", "Across departments"],
        Dimension::Autonomy => &["Guided", "Independent", "Mentoring others"],
        Dimension::Innovation => &[
            "Solving existing problems",
            "Improving processes",
            "Creating new ones",
        ],
        Dimension::Sharing => &["Consumer", "Occasional contributor", "Active multiplier"],
    }
}

/// A decimal with at most two places (`1.5`).
fn ladder_decimal(value: f64) -> String {
    crate::print::Numbers(crate::company::Language::En).index(value)
}

pub(super) fn ladder_missing(missing: &crate::ladder::Missing) -> String {
    use crate::ladder::Missing;
    match missing {
        Missing::Competency {
            code,
            name,
            level: Some(level),
            required,
        } => format!("{code} {name}: level {level} instead of {required}"),
        Missing::Competency {
            code,
            name,
            level: None,
            required,
        } => format!("{code} {name}: not assessed, level {required} needed"),
        Missing::Maturity {
            index: Some(index),
            required,
        } => format!(
            "AI maturity {} instead of {}",
            ladder_decimal(*index),
            ladder_decimal(*required)
        ),
        Missing::Maturity {
            index: None,
            required,
        } => format!(
            "AI maturity not rated, {} needed",
            ladder_decimal(*required)
        ),
        Missing::LearningPath { name } => format!("Learning path “{name}” not completed"),
        Missing::PilotTeam => "Not in a pilot team yet".into(),
        Missing::Mentoring => "Not mentoring anyone yet".into(),
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
        } => format!("{code} {name}: at least level {min_level}"),
        Need::Maturity { min_index } => {
            format!("AI maturity at least {}", ladder_decimal(*min_index))
        }
        Need::LearningPath { name, .. } => format!("Learning path “{name}” completed"),
        Need::PilotTeam => "Member of a pilot team".into(),
        Need::Mentoring => "Mentors someone".into(),
    }
}

pub(super) fn ladder_retired() -> &'static str {
    "retired"
}

pub(super) fn fit_no_profile() -> &'static str {
    "Recommendation: none — the role has no target profile (no target level in an active \
     competency); set the role's profile first."
}

pub(super) fn module_format(format: crate::learning::ModuleFormat) -> &'static str {
    use crate::learning::ModuleFormat;
    match format {
        ModuleFormat::Workshop => "Workshop",
        ModuleFormat::OnlineCourse => "Online course",
        ModuleFormat::Mentoring => "Mentoring",
        ModuleFormat::LearningByDoing => "Learning by doing",
        ModuleFormat::ConsultationHour => "AI consultation hour",
        ModuleFormat::MonthlyUpdate => "Monthly AI update",
    }
}

pub(super) static LADDER_SHEET: LadderSheetLabels = LadderSheetLabels {
    title: "AI career ladder",
    heading: "AI career ladder: criteria for pay and progression",
    audience: "For all staff",
    page: "Page",
    printed_on: "As of",
    intro: "This overview sets out the criteria by which {company} determines pay and \
        progression on the AI career ladder: for each stage the responsibilities, the salary \
        band and the requirements. It is available to all staff (pay transparency under \
        Directive (EU)\u{a0}2023/970, Art.\u{a0}6).",
    stage: "Stage",
    responsibilities: "Responsibilities",
    not_described: "not described",
    salary_band: "Salary band (gross)",
    band_range: "{min} – {max} € per year",
    band_from: "from {min} € per year",
    band_to: "up to {max} € per year",
    band_none: "not set",
    requirements: "Requirements",
    no_requirements: "No requirements are set for this stage.",
    need_competency: "Competency {code} {name}: at least level {level} ({level_name})",
    need_maturity: "AI maturity index at least {index}",
    need_path: "Learning path “{name}” completed",
    need_pilot_team: "Member of the team of a running, scaling or completed pilot project",
    need_mentoring: "Mentors another person",
    retired: "(can no longer be met, does not count)",
    no_stages: "No career stages have been set yet.",
    rules_title: "How to read the requirements",
    rule_levels: "Competency levels: {levels}. The latest assessed level counts.",
    rule_maturity: "AI maturity index: the mean of the five dimensions ({dimensions}), each on \
        levels 1 to 3; the latest rating counts.",
    rule_path: "A learning path is completed when all its current modules are completed.",
    rule_practice: "A pilot project and mentoring count while they last: the pilot is \
        running, scaling or completed; the mentoring pair is active.",
    rule_retired: "A requirement marked as no longer achievable names a competency or \
        learning path that no longer exists; it stays for completeness but does not count.",
    rule_award: "Readiness for the next stage is the share of its requirements met. A stage \
        is awarded by the company with a date; it is not reached automatically.",
};

pub(super) static DEVELOPMENT_PLAN: DevelopmentPlanLabels = DevelopmentPlanLabels {
    title: "Development plan",
    confidential: "Confidential – personal data",
    page: "Page",
    printed_on: "As of",
    personnel_number: "Personnel number",
    department: "Department",
    job_title: "Job title",
    role: "AI role",
    none: "none",
    not_recorded: "not recorded",
    left_on: "left on {date}",
    competencies: "Competencies: current levels and targets of the AI role {role}",
    competencies_no_role: "Competencies",
    code: "Code",
    competency: "Competency",
    current: "Current",
    target: "Target",
    gap: "Gap",
    met: "met",
    below_one: "1 level below",
    below_many: "{n} levels below",
    no_role: "No AI role assigned: without a target profile there is nothing to compare with.",
    no_targets: "The AI role {role} has no target profile yet.",
    levels_legend: "Levels: 0 none · 1 basic knowledge · 2 independent · 3 expert (can guide \
        others) · – not assessed · ▼ below target",
    ladder: "AI career ladder",
    stage_held: "Current stage",
    stage_value: "Stage {position} {name}",
    since: "since {date}",
    no_stage: "no stage yet",
    next_stage: "Next stage",
    top_reached: "top stage reached",
    no_ladder: "No career stages have been set yet.",
    readiness: "Readiness",
    readiness_value: "{percent} % ({met} of {total} requirements met)",
    missing: "Still missing",
    nothing_missing: "All requirements of the next stage are met.",
    learning: "Learning paths",
    enrolled_on: "enrolled on {date}",
    progress: "{done} of {all} modules completed",
    module: "Module",
    format: "Format",
    hours: "h",
    state: "Status",
    done_on: "completed on {date}",
    times: "(attended {count} times)",
    open: "open",
    retired_module: "no longer offered",
    no_enrolments: "Not enrolled in any learning path yet.",
    mentoring: "Mentoring",
    mentored_by: "Mentored by",
    mentor_of: "Mentor of",
    pair_value: "{name} – {topic}, since {date}",
    pair_value_plain: "{name}, since {date}",
    no_mentoring: "No mentoring at present.",
    agreements: "Agreed next steps",
    agreements_note: "What is to be achieved by when, with what support?",
    place_date: "Place, date",
    employee_sign: "Employee",
    manager_sign: "Manager",
};

pub(super) static LITERACY: LiteracyLabels = LiteracyLabels {
    title: "AI literacy record",
    heading: "Record of measures on AI literacy (Art.\u{a0}4 EU AI Act)",
    confidential: "Confidential – personal data",
    page: "Page",
    as_of: "As of",
    owner: "Owner",
    next_review: "Next review",
    intro: "This record documents the measures {company} takes to support the AI literacy of \
        the staff who work with AI systems (Art.\u{a0}4 of Regulation (EU)\u{a0}2024/1689, \
        the AI Act): which AI systems are in use, who works with them, and which trainings and \
        other measures took place.",
    evidence_note: "It is an internal record, not a certificate: it attests to no person \
        having passed an examination or holding a qualification.",
    systems: "AI systems in use",
    system: "AI system",
    vendor: "Vendor",
    hosting: "Runs",
    pilots: "Pilot projects (status on the day)",
    not_recorded: "not recorded",
    no_systems: "On the day no pilot project is running, scaling or completed: no AI system \
        in use is recorded.",
    systems_note: "Listed are the AI systems of the pilot projects running, scaling or \
        completed on the day. AI tools used outside pilot projects are not kept in Talentwerk; \
        add them here.",
    measures: "Measures",
    paths_offered: "Learning paths offered",
    path_value: "{modules} modules, {hours} hours in all",
    path_for: "for the AI role {role}",
    no_paths: "none",
    trainings_done: "Trainings completed",
    trainings_value: "{count} module completions, {hours} hours in all",
    people_trained: "People trained",
    people_value: "{trained} of {active} active staff",
    mentoring: "Mentoring (AI buddy)",
    mentoring_value: "{pairs} active mentoring pairs",
    contents: "Content of the trainings",
    path: "Learning path",
    module: "Module",
    format: "Format",
    hours: "h",
    content: "Content",
    attendance: "Attendance",
    no_content: "not described",
    no_trainings: "No training was completed by the day.",
    people: "Staff, AI systems and trainings",
    name: "Name",
    department: "Department",
    role: "AI role",
    works_with: "Works with",
    trainings: "Trainings up to the day",
    maturity: "AI maturity",
    none: "–",
    not_rated: "–",
    hours_unit: "h",
    people_note: "All staff active on the day. Works with: AI systems of the pilot projects \
        whose team the person is on, with their role in the team. AI maturity: index of the \
        latest rating up to the day (mean of five dimensions, levels 1–3); – not rated. \
        Department, AI role, pilot teams and training contents are kept without dates: they \
        show the state on the day of printing.",
    no_people: "There are no active staff on the day.",
    responsibility: "Responsibility and review",
    responsibility_value: "Owner of this record: {owner}. It will be reviewed and updated by \
        {date} at the latest.",
    place_date: "Place, date",
    owner_sign: "Signature of the owner",
};
