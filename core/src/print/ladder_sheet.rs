//! The printed career ladder (KI-Laufbahn): the criteria for pay and progression that the EU
//! Pay Transparency Directive (EU) 2023/970 asks a company to make available to its staff —
//! per stage, lowest first, the responsibilities, the salary band and every requirement in
//! words a reader understands without the app, and how the requirements are read.
//!
//! It goes on the notice board, so it must never carry personal data: it reads the ladder
//! from [`crate::ladder::stages`] and nothing about the people holding a stage. Like the
//! other printouts, this module only words and formats; `ladder_sheet.typ` gets everything
//! as JSON, never as markup.

use super::data::{format_date, Numbers};
use super::render::Template;
use crate::company::{self, Language};
use crate::error::Result;
use crate::ladder::{self, Need, Stage};
use crate::maturity::Dimension;
use crate::texts::{self, LadderSheetLabels};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

pub(super) static TEMPLATE: Template = Template {
    source: include_str!("ladder_sheet.typ"),
    ident: "talentwerk-career-ladder",
    // A few pages: the accessible structure tree costs next to nothing.
    tagged: true,
};

/// Everything `ladder_sheet.typ` reads, already worded and formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Sheet {
    lang: &'static str,
    text: &'static LadderSheetLabels,
    company: String,
    printed_on: String,
    intro: String,
    stages: Vec<StageBlock>,
    /// How the kinds of requirement on this ladder are read; only the kinds it uses.
    rules: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StageBlock {
    position: u32,
    name: String,
    responsibilities: String,
    band: String,
    /// No band is set: the value is the placeholder.
    band_missing: bool,
    requirements: Vec<Line>,
    /// Short enough to keep on one page: a stage is not torn apart unless it must be.
    keep_together: bool,
}

/// A stage with more requirements than this may break across pages.
const KEEP_TOGETHER: usize = 30;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Line {
    text: String,
    /// Can no longer be met and does not count: set apart in the print.
    retired: bool,
}

/// Reads the ladder and words it in the company's language, printed on `today`.
pub(super) fn sheet(conn: &Connection, today: NaiveDate) -> Result<Sheet> {
    let company = company::require(conn)?;
    let language = company.language;
    let t = texts::ladder_sheet_labels(language);
    let stages = ladder::stages(conn)?;
    let n = Numbers(language);
    Ok(Sheet {
        lang: language.as_str(),
        text: t,
        intro: t.intro.replace("{company}", &company.name),
        company: company.name,
        printed_on: format_date(today, language),
        rules: rules(&stages, t, language),
        stages: stages
            .iter()
            .map(|s| {
                let (band, band_missing) = band(s, t, n);
                StageBlock {
                    keep_together: s.requirements.len() <= KEEP_TOGETHER,
                    position: s.position,
                    name: s.name.clone(),
                    responsibilities: s.responsibilities.clone(),
                    band,
                    band_missing,
                    requirements: s
                        .requirements
                        .iter()
                        .map(|r| Line {
                            text: criterion(&r.need, t, n, language),
                            retired: r.retired,
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}

/// `42.000 – 54.000 € pro Jahr`, `ab 42.000 € pro Jahr`, `bis …`, or `nicht festgelegt`.
fn band(stage: &Stage, t: &LadderSheetLabels, n: Numbers) -> (String, bool) {
    let euros = |v: u32| n.fixed(f64::from(v), 0);
    match (stage.salary_min, stage.salary_max) {
        (Some(min), Some(max)) => (
            t.band_range
                .replace("{min}", &euros(min))
                .replace("{max}", &euros(max)),
            false,
        ),
        (Some(min), None) => (t.band_from.replace("{min}", &euros(min)), false),
        (None, Some(max)) => (t.band_to.replace("{max}", &euros(max)), false),
        (None, None) => (t.band_none.to_string(), true),
    }
}

/// A requirement as the ladder states it to staff
/// (`Kompetenz G2 Prompt Engineering: mindestens Stufe 2 (selbstständig)`).
fn criterion(need: &Need, t: &LadderSheetLabels, n: Numbers, language: Language) -> String {
    match need {
        Need::Competency {
            code,
            name,
            min_level,
            ..
        } => t
            .need_competency
            .replace("{code}", code)
            .replace("{name}", name)
            .replace("{level}", &min_level.to_string())
            .replace(
                "{level_name}",
                // `Experte`, not `Experte (kann andere anleiten)`: the reading notes say
                // what each level means.
                texts::level_names(language)
                    .get(usize::from(*min_level))
                    .and_then(|name| name.split(" (").next())
                    .unwrap_or_default(),
            ),
        Need::Maturity { min_index } => t.need_maturity.replace("{index}", &n.index(*min_index)),
        Need::LearningPath { name, .. } => t.need_path.replace("{name}", name),
        Need::PilotTeam => t.need_pilot_team.to_string(),
        Need::Mentoring => t.need_mentoring.to_string(),
    }
}

/// The reading notes for the kinds of requirement the ladder uses, and how a stage is given.
fn rules(stages: &[Stage], t: &LadderSheetLabels, language: Language) -> Vec<String> {
    let requirements = || stages.iter().flat_map(|s| &s.requirements);
    let uses = |kind: fn(&Need) -> bool| requirements().any(|r| kind(&r.need));
    let mut rules = Vec::new();
    if uses(|n| matches!(n, Need::Competency { .. })) {
        let levels = texts::level_names(language)
            .iter()
            .enumerate()
            .map(|(level, name)| format!("{level} {name}"))
            .collect::<Vec<_>>()
            .join(" · ");
        rules.push(t.rule_levels.replace("{levels}", &levels));
    }
    if uses(|n| matches!(n, Need::Maturity { .. })) {
        let dimensions = Dimension::ALL
            .iter()
            .map(|d| texts::maturity_dimension(*d, language))
            .collect::<Vec<_>>()
            .join(", ");
        rules.push(t.rule_maturity.replace("{dimensions}", &dimensions));
    }
    if uses(|n| matches!(n, Need::LearningPath { .. })) {
        rules.push(t.rule_path.to_string());
    }
    if uses(|n| matches!(n, Need::PilotTeam | Need::Mentoring)) {
        rules.push(t.rule_practice.to_string());
    }
    if requirements().any(|r| r.retired) {
        rules.push(t.rule_retired.to_string());
    }
    if !stages.is_empty() {
        rules.push(t.rule_award.to_string());
    }
    rules
}
