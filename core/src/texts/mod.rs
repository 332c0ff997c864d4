//! The words the Rust side shows people, in German and English: error messages, import
//! problems and the printout's labels.
//!
//! Every user-facing text of the Rust side belongs here, one file per language (`de`,
//! `en`), so a translation is checked side by side and a new error variant or issue kind
//! fails to compile until both languages name it. Nothing here decides anything: callers
//! pass data in ([`Error`], [`Issue`]) and get words back.
//!
//! The desktop UI has its own dictionary in `ui/src/lib/i18n` and translates the stable
//! `kind`s of errors and issues itself; these texts serve the CLI and the printed documents.
//! Not (yet) here: the CLI's own progress lines (`Geschrieben: …`), which stay with its
//! commands, and the German spreadsheet layout in [`crate::exchange`] — its column headers
//! are a file format the import reads back, its legend sheet is German like them.

mod de;
mod en;

use crate::company::Language;
use crate::error::Error;
use crate::exchange::issues::Issue;
use serde::Serialize;

/// The error as one sentence for a person, e.g. `Abteilung „Raumfahrt“ gibt es nicht.`
pub fn describe_error(error: &Error, language: Language) -> String {
    match language {
        Language::De => de::error(error),
        Language::En => en::error(error),
    }
}

/// Why a backup copy was made, as the list shows it (`vor Import`).
pub fn backup_reason(reason: crate::backup::BackupReason, language: Language) -> &'static str {
    match language {
        Language::De => de::backup_reason(reason),
        Language::En => en::backup_reason(reason),
    }
}

/// A pilot project's stage (`Pilot läuft`).
pub fn pilot_status(status: crate::pilots::PilotStatus, language: Language) -> &'static str {
    match language {
        Language::De => de::pilot_status(status),
        Language::En => en::pilot_status(status),
    }
}

/// A warning after a status change, as one sentence.
pub fn status_warning(warning: crate::pilots::StatusWarning, language: Language) -> &'static str {
    match language {
        Language::De => de::status_warning(warning),
        Language::En => en::status_warning(warning),
    }
}

/// A roadmap phase with its days (`Tage 1–30: Assessment und Strategie`).
pub fn roadmap_phase(phase: crate::roadmap::Phase, language: Language) -> &'static str {
    match language {
        Language::De => de::roadmap_phase(phase),
        Language::En => en::roadmap_phase(phase),
    }
}

/// A roadmap item's title.
pub fn roadmap_item(key: crate::roadmap::ItemKey, language: Language) -> &'static str {
    match language {
        Language::De => de::roadmap_item(key),
        Language::En => en::roadmap_item(key),
    }
}

/// What the data shows for a roadmap item (`112 von 140 Mitarbeitenden bewertet (80 %)`).
pub fn roadmap_evidence(evidence: crate::roadmap::Evidence, language: Language) -> String {
    match language {
        Language::De => de::roadmap_evidence(evidence),
        Language::En => en::roadmap_evidence(evidence),
    }
}

/// An import problem with its place in the file, e.g.
/// `Zeile 7, Spalte G3: „4“ ist keine gültige Stufe (0–3, leer für nicht eingeschätzt).`
/// The hints name the CLI's options (`--create-missing`).
pub fn describe_issue(issue: &Issue, language: Language) -> String {
    match language {
        Language::De => de::issue(issue),
        Language::En => en::issue(issue),
    }
}

/// What the levels 0–3 mean.
pub fn level_names(language: Language) -> &'static [&'static str; 4] {
    &print_labels(language).levels
}

/// What the levels 0–3 mean, in German: the spreadsheets' legend is German whatever the
/// company's language, like their column headers.
pub const LEVEL_NAMES_DE: [&str; 4] = de::LEVEL_NAMES;

/// Every word a printout uses, in one language; the print template reads them as `text`,
/// so the field names are part of the template's contract.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PrintLabels {
    pub title: &'static str,
    pub confidential: &'static str,
    pub page: &'static str,
    pub as_of: &'static str,
    pub name: &'static str,
    pub pseudonym: &'static str,
    pub role: &'static str,
    pub covered: &'static str,
    pub experts: &'static str,
    pub island: &'static str,
    pub gap: &'static str,
    pub not_assessed: &'static str,
    pub continued: &'static str,
    pub archived: &'static str,
    pub pseudonymized: &'static str,
    pub selection_all: &'static str,
    pub department: &'static str,
    pub pillar: &'static str,
    pub with_archived: &'static str,
    pub people: &'static str,
    pub no_rows: &'static str,
    pub legend: &'static str,
    pub levels: [&'static str; 4],
    pub key: &'static str,
    pub code: &'static str,
    pub competency: &'static str,
}

pub(crate) fn print_labels(language: Language) -> &'static PrintLabels {
    match language {
        Language::De => &de::PRINT,
        Language::En => &en::PRINT,
    }
}

/// The company's size class as the comparison names it (`Unternehmen mit 50–249 Beschäftigten`).
pub fn size_class(class: crate::kpi::SizeClass, language: Language) -> &'static str {
    match language {
        Language::De => de::size_class(class),
        Language::En => en::size_class(class),
    }
}

/// Every word of the printed KPI report, in one language; `kpi_report.typ` reads them as
/// `text`. Sentences with `{placeholders}` are filled in by `print::kpi_report`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct KpiLabels {
    pub title: &'static str,
    pub confidential: &'static str,
    pub page: &'static str,
    pub as_of: &'static str,
    pub printed_on: &'static str,
    pub at_a_glance: &'static str,
    pub usage_rate: &'static str,
    /// `{regular}`, `{active}`
    pub usage_rate_note: &'static str,
    pub too_few: &'static str,
    /// `{n}`
    pub too_few_note: &'static str,
    pub hours_saved: &'static str,
    pub hours_unit: &'static str,
    pub hours_note: &'static str,
    pub euros_saved: &'static str,
    pub euros_unit: &'static str,
    /// `{weeks}`, `{rate}`
    pub euros_note: &'static str,
    pub roi: &'static str,
    /// `{savings}`, `{investment}`
    pub roi_note: &'static str,
    pub no_investment: &'static str,
    pub maturity: &'static str,
    pub maturity_unit: &'static str,
    pub pairs: &'static str,
    pub checkins: &'static str,
    pub sharers: &'static str,
    pub comparison: &'static str,
    pub company_share: &'static str,
    /// `{source}`, `{class}`
    pub benchmark_share: &'static str,
    pub benchmark_caveat: &'static str,
    pub no_benchmark: &'static str,
    pub details: &'static str,
    pub figure: &'static str,
    pub value: &'static str,
    pub unit: &'static str,
    pub active_employees: &'static str,
    pub regular_users: &'static str,
    pub people: &'static str,
    pub count: &'static str,
    pub by_status: &'static str,
    pub use_cases_total: &'static str,
    pub average_benefit: &'static str,
    pub average_risk: &'static str,
    pub average_measurability: &'static str,
    pub scale: &'static str,
    /// `{quarter}`, `{year}`
    pub new_in_quarter: &'static str,
    pub investment: &'static str,
    pub savings: &'static str,
    pub no_use_cases: &'static str,
    pub trend: &'static str,
    /// `{date}`
    pub trend_note: &'static str,
    pub chart_hours: &'static str,
    pub chart_usage: &'static str,
    pub chart_money: &'static str,
    pub values: &'static str,
    pub months: [&'static str; 12],
    pub definitions: &'static str,
    pub definition_lines: [&'static str; 4],
}

pub(crate) fn kpi_labels(language: Language) -> &'static KpiLabels {
    match language {
        Language::De => &de::KPI,
        Language::En => &en::KPI,
    }
}

/// Every word of the printed pilot one-pager (Pilotprojekt-Steckbrief), in one language;
/// `pilot_sheet.typ` reads them as `text`. Sentences with `{placeholders}` are filled in by
/// `print::pilot_sheet`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PilotSheetLabels {
    pub title: &'static str,
    pub confidential: &'static str,
    pub page: &'static str,
    pub printed_on: &'static str,
    pub pseudonymized: &'static str,
    pub area: &'static str,
    pub owner: &'static str,
    pub since: &'static str,
    pub not_recorded: &'static str,
    pub profile: &'static str,
    pub description: &'static str,
    pub pain_point: &'static str,
    pub ai_system: &'static str,
    pub vendor: &'static str,
    pub hosting_local: &'static str,
    pub hosting_cloud: &'static str,
    pub planned_period: &'static str,
    pub from: &'static str,
    pub until: &'static str,
    pub scores: &'static str,
    /// `{benefit}`, `{risk}`, `{measurability}`
    pub scores_value: &'static str,
    /// `{priority}`
    pub priority_value: &'static str,
    pub not_scored: &'static str,
    pub goals: &'static str,
    pub baseline_to_target: &'static str,
    pub no_goals: &'static str,
    pub time_saved: &'static str,
    pub hours_unit: &'static str,
    pub euros_unit: &'static str,
    pub planned: &'static str,
    /// `{date}`
    pub measured_on: &'static str,
    pub measured: &'static str,
    pub not_planned: &'static str,
    pub not_measured: &'static str,
    pub measurements: &'static str,
    /// `{weeks}`, `{rate}`
    pub hours_basis: &'static str,
    /// Beside measured hours while the pilot does not run: no euros per year for them.
    pub not_counted: &'static str,
    pub costs: &'static str,
    pub once: &'static str,
    pub monthly: &'static str,
    pub monthly_ended: &'static str,
    pub no_costs: &'static str,
    pub investment: &'static str,
    pub savings: &'static str,
    pub balance: &'static str,
    pub team: &'static str,
    pub name: &'static str,
    pub pseudonym: &'static str,
    pub team_role: &'static str,
    pub ai_role: &'static str,
    pub lead: &'static str,
    pub expert: &'static str,
    pub enthusiast: &'static str,
    pub process_owner: &'static str,
    pub no_ai_role: &'static str,
    pub no_team: &'static str,
    pub levels_legend: &'static str,
    pub no_competencies: &'static str,
    /// `{size}`, `{min}`
    pub team_too_small: &'static str,
    /// `{size}`, `{max}`
    pub team_too_large: &'static str,
    pub milestones: &'static str,
    pub due: &'static str,
    /// `{date}`
    pub done_on: &'static str,
    pub overdue: &'static str,
    pub open: &'static str,
    pub no_milestones: &'static str,
    pub compliance: &'static str,
    pub risk_class: &'static str,
    pub minimal: &'static str,
    pub limited: &'static str,
    pub high: &'static str,
    pub prohibited: &'static str,
    pub not_classified: &'static str,
    pub personal_data: &'static str,
    pub no_personal_data: &'static str,
    pub monitoring: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub works_council: &'static str,
    /// `{date}`
    pub informed_on: &'static str,
    pub not_informed: &'static str,
    pub council_hint: &'static str,
    /// The works council was informed only after the pilot had started.
    pub council_late: &'static str,
    pub lessons: &'static str,
    pub worked: &'static str,
    pub not_worked: &'static str,
    pub next_step: &'static str,
    pub history: &'static str,
    pub stop_reason: &'static str,
    /// Under the title of a use case that is still an idea.
    pub idea_note: &'static str,
}

pub(crate) fn pilot_sheet_labels(language: Language) -> &'static PilotSheetLabels {
    match language {
        Language::De => &de::PILOT_SHEET,
        Language::En => &en::PILOT_SHEET,
    }
}

/// A pilot team member's role (`Projektleitung`), as the pilot one-pager names it.
pub fn team_role(role: crate::pilots::team::TeamRole, language: Language) -> &'static str {
    use crate::pilots::team::TeamRole;
    let t = pilot_sheet_labels(language);
    match role {
        TeamRole::Lead => t.lead,
        TeamRole::Expert => t.expert,
        TeamRole::Enthusiast => t.enthusiast,
        TeamRole::ProcessOwner => t.process_owner,
    }
}

/// Where an AI system runs (`in der Cloud des Anbieters`), as the pilot one-pager says it.
pub fn ai_hosting(hosting: crate::pilots::details::AiHosting, language: Language) -> &'static str {
    use crate::pilots::details::AiHosting;
    let t = pilot_sheet_labels(language);
    match hosting {
        AiHosting::Local => t.hosting_local,
        AiHosting::Cloud => t.hosting_cloud,
    }
}

/// How a learning module is taught (`Lernen durch Tun`).
pub fn module_format(format: crate::learning::ModuleFormat, language: Language) -> &'static str {
    match language {
        Language::De => de::module_format(format),
        Language::En => en::module_format(format),
    }
}

/// Every word of the printed career ladder (KI-Laufbahn), in one language; `ladder_sheet.typ`
/// reads them as `text`. Sentences with `{placeholders}` are filled in by
/// `print::ladder_sheet`. The requirements are worded in full here, not as the short list
/// lines of [`ladder_need`]: the printout states the criteria for pay and progression to
/// people who never open the app.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LadderSheetLabels {
    pub title: &'static str,
    pub heading: &'static str,
    pub audience: &'static str,
    pub page: &'static str,
    pub printed_on: &'static str,
    /// `{company}`
    pub intro: &'static str,
    /// Above a stage's position: `Stufe`.
    pub stage: &'static str,
    pub responsibilities: &'static str,
    pub not_described: &'static str,
    pub salary_band: &'static str,
    /// `{min}`, `{max}` (formatted amounts)
    pub band_range: &'static str,
    /// `{min}`
    pub band_from: &'static str,
    /// `{max}`
    pub band_to: &'static str,
    pub band_none: &'static str,
    pub requirements: &'static str,
    pub no_requirements: &'static str,
    /// `{code}`, `{name}`, `{level}`, `{level_name}`
    pub need_competency: &'static str,
    /// `{index}`
    pub need_maturity: &'static str,
    /// `{name}`
    pub need_path: &'static str,
    pub need_pilot_team: &'static str,
    pub need_mentoring: &'static str,
    /// After a requirement whose competency or learning path has been retired.
    pub retired: &'static str,
    pub no_stages: &'static str,
    pub rules_title: &'static str,
    /// `{levels}`
    pub rule_levels: &'static str,
    /// `{dimensions}`
    pub rule_maturity: &'static str,
    pub rule_path: &'static str,
    pub rule_practice: &'static str,
    pub rule_retired: &'static str,
    pub rule_award: &'static str,
}

pub(crate) fn ladder_sheet_labels(language: Language) -> &'static LadderSheetLabels {
    match language {
        Language::De => &de::LADDER_SHEET,
        Language::En => &en::LADDER_SHEET,
    }
}

/// Every word of the printed development plan (Entwicklungsplan), in one language;
/// `development_plan.typ` reads them as `text`. Sentences with `{placeholders}` are filled in
/// by `print::development_plan`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DevelopmentPlanLabels {
    pub title: &'static str,
    pub confidential: &'static str,
    pub page: &'static str,
    pub printed_on: &'static str,
    pub personnel_number: &'static str,
    pub department: &'static str,
    pub job_title: &'static str,
    pub role: &'static str,
    pub none: &'static str,
    pub not_recorded: &'static str,
    /// `{date}`
    pub left_on: &'static str,
    /// `{role}`
    pub competencies: &'static str,
    pub competencies_no_role: &'static str,
    pub code: &'static str,
    pub competency: &'static str,
    pub current: &'static str,
    pub target: &'static str,
    pub gap: &'static str,
    pub met: &'static str,
    /// `{n}`: levels below the target.
    pub below_one: &'static str,
    pub below_many: &'static str,
    pub no_role: &'static str,
    /// `{role}`
    pub no_targets: &'static str,
    pub levels_legend: &'static str,
    pub ladder: &'static str,
    pub stage_held: &'static str,
    /// `{position}`, `{name}`
    pub stage_value: &'static str,
    /// `{date}`
    pub since: &'static str,
    pub no_stage: &'static str,
    pub next_stage: &'static str,
    pub top_reached: &'static str,
    pub no_ladder: &'static str,
    pub readiness: &'static str,
    /// `{percent}`, `{met}`, `{total}`
    pub readiness_value: &'static str,
    pub missing: &'static str,
    pub nothing_missing: &'static str,
    pub learning: &'static str,
    /// `{date}`
    pub enrolled_on: &'static str,
    /// `{done}`, `{all}`
    pub progress: &'static str,
    pub module: &'static str,
    pub format: &'static str,
    pub hours: &'static str,
    pub state: &'static str,
    /// `{date}`
    pub done_on: &'static str,
    /// `{count}`: a recurring module taken part in several times.
    pub times: &'static str,
    pub open: &'static str,
    pub retired_module: &'static str,
    pub no_enrolments: &'static str,
    pub mentoring: &'static str,
    pub mentored_by: &'static str,
    pub mentor_of: &'static str,
    /// `{name}`, `{topic}`, `{date}`
    pub pair_value: &'static str,
    /// `{name}`, `{date}`: a pair without a topic.
    pub pair_value_plain: &'static str,
    pub no_mentoring: &'static str,
    pub agreements: &'static str,
    pub agreements_note: &'static str,
    pub place_date: &'static str,
    pub employee_sign: &'static str,
    pub manager_sign: &'static str,
}

pub(crate) fn development_plan_labels(language: Language) -> &'static DevelopmentPlanLabels {
    match language {
        Language::De => &de::DEVELOPMENT_PLAN,
        Language::En => &en::DEVELOPMENT_PLAN,
    }
}

/// Every word of the printed AI-literacy record (Nachweis KI-Kompetenz, EU AI Act Art. 4),
/// in one language; `literacy_sheet.typ` reads them as `text`. Sentences with
/// `{placeholders}` are filled in by `print::literacy_sheet`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LiteracyLabels {
    pub title: &'static str,
    pub heading: &'static str,
    pub confidential: &'static str,
    pub page: &'static str,
    pub as_of: &'static str,
    pub owner: &'static str,
    pub next_review: &'static str,
    /// `{company}`
    pub intro: &'static str,
    pub evidence_note: &'static str,
    pub systems: &'static str,
    pub system: &'static str,
    pub vendor: &'static str,
    pub hosting: &'static str,
    pub pilots: &'static str,
    pub not_recorded: &'static str,
    pub no_systems: &'static str,
    pub systems_note: &'static str,
    pub measures: &'static str,
    pub paths_offered: &'static str,
    /// `{modules}`, `{hours}`
    pub path_value: &'static str,
    /// `{role}`
    pub path_for: &'static str,
    pub no_paths: &'static str,
    pub trainings_done: &'static str,
    /// `{count}`, `{hours}`
    pub trainings_value: &'static str,
    pub people_trained: &'static str,
    /// `{trained}`, `{active}`
    pub people_value: &'static str,
    pub mentoring: &'static str,
    /// `{pairs}`
    pub mentoring_value: &'static str,
    pub contents: &'static str,
    pub path: &'static str,
    pub module: &'static str,
    pub format: &'static str,
    pub hours: &'static str,
    pub content: &'static str,
    pub attendance: &'static str,
    pub no_content: &'static str,
    pub no_trainings: &'static str,
    pub people: &'static str,
    pub name: &'static str,
    pub department: &'static str,
    pub role: &'static str,
    pub works_with: &'static str,
    pub trainings: &'static str,
    pub maturity: &'static str,
    pub none: &'static str,
    pub not_rated: &'static str,
    pub hours_unit: &'static str,
    pub people_note: &'static str,
    pub no_people: &'static str,
    pub responsibility: &'static str,
    /// `{owner}`, `{date}`
    pub responsibility_value: &'static str,
    pub place_date: &'static str,
    pub owner_sign: &'static str,
}

pub(crate) fn literacy_labels(language: Language) -> &'static LiteracyLabels {
    match language {
        Language::De => &de::LITERACY,
        Language::En => &en::LITERACY,
    }
}

/// A maturity dimension (`Tool-Kenntnisse`).
pub fn maturity_dimension(
    dimension: crate::maturity::Dimension,
    language: Language,
) -> &'static str {
    match language {
        Language::De => de::maturity_dimension(dimension),
        Language::En => en::maturity_dimension(dimension),
    }
}

/// The names of a maturity dimension's levels 1, 2 and 3 (`Basis-Prompting`, …).
pub fn maturity_levels(
    dimension: crate::maturity::Dimension,
    language: Language,
) -> &'static [&'static str; 3] {
    match language {
        Language::De => de::maturity_levels(dimension),
        Language::En => en::maturity_levels(dimension),
    }
}

/// What keeps someone from the next career stage, as one line
/// (`G2 Prompt Engineering: Stufe 1 statt 2`).
pub fn ladder_missing(missing: &crate::ladder::Missing, language: Language) -> String {
    match language {
        Language::De => de::ladder_missing(missing),
        Language::En => en::ladder_missing(missing),
    }
}

/// A career stage's requirement, as the ladder states it
/// (`G2 Prompt Engineering: mindestens Stufe 2`).
pub fn ladder_need(need: &crate::ladder::Need, language: Language) -> String {
    match language {
        Language::De => de::ladder_need(need),
        Language::En => en::ladder_need(need),
    }
}

/// The mark of a career stage's requirement whose competency or learning path has been
/// retired (`stillgelegt`).
pub fn ladder_retired(language: Language) -> &'static str {
    match language {
        Language::De => de::ladder_retired(),
        Language::En => en::ladder_retired(),
    }
}

/// "Hire or upskill" for a role without a target profile: no advice, set the profile first.
pub fn fit_no_profile(language: Language) -> &'static str {
    match language {
        Language::De => de::fit_no_profile(),
        Language::En => en::fit_no_profile(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Entity, Field, Problem};
    use crate::exchange::issues::IssueKind;

    #[test]
    fn errors_read_as_sentences_in_both_languages() {
        let missing = Error::not_found(Entity::Department, "Raumfahrt");
        assert_eq!(
            describe_error(&missing, Language::De),
            "Abteilung „Raumfahrt“ gibt es nicht."
        );
        assert_eq!(
            describe_error(&missing, Language::En),
            "Department “Raumfahrt” does not exist."
        );
        let empty = Error::invalid(Field::CompanyName, Problem::Empty);
        assert_eq!(
            describe_error(&empty, Language::De),
            "Der Unternehmensname darf nicht leer sein."
        );
        assert_eq!(
            describe_error(&empty, Language::En),
            "The company name must not be empty."
        );
    }

    #[test]
    fn an_issue_names_its_place_in_the_file() {
        let issue = Issue {
            line: Some(7),
            column: Some("G3".into()),
            kind: IssueKind::BadLevel { value: "4".into() },
        };
        assert_eq!(
            describe_issue(&issue, Language::De),
            "Zeile 7, Spalte G3: „4“ ist keine gültige Stufe (0–3, leer für nicht eingeschätzt)."
        );
        assert_eq!(
            describe_issue(&issue, Language::En),
            "Line 7, column G3: “4” is not a valid level (0–3, empty for not assessed)."
        );
    }

    #[test]
    fn the_printout_names_the_levels_like_the_spreadsheets() {
        assert_eq!(level_names(Language::De), &LEVEL_NAMES_DE);
        assert_eq!(level_names(Language::En)[0], "none");
    }
}
