//! The printed development plan (Entwicklungsplan) of one person: the sheet a manager and an
//! employee fill in and sign at their development talk. Where they stand against the target
//! profile of their AI role, their stage on the career ladder and what is missing for the
//! next one, their learning paths module by module, who mentors them and whom they mentor —
//! then room for what they agree, and signatures.
//!
//! Every figure comes from the modules the screens use — [`matrix::employee_profile`] for
//! levels and targets, [`ladder::readiness`] for the stage and what is missing,
//! [`learning::record`] for paths and completions, [`mentoring::pairs`] — so the sheet shows
//! what the app shows. This module only words and formats it for `development_plan.typ`, as
//! JSON, never as markup. It names one person and is marked confidential.

use super::data::{format_date, Numbers};
use super::render::Template;
use crate::company;
use crate::error::Result;
use crate::texts::{self, DevelopmentPlanLabels};
use crate::{ladder, learning, matrix, mentoring, people};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashSet;

pub(super) static TEMPLATE: Template = Template {
    source: include_str!("development_plan.typ"),
    ident: "talentwerk-development-plan",
    // One or two pages: the accessible structure tree costs next to nothing.
    tagged: true,
};

/// Everything `development_plan.typ` reads, already worded and formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Plan {
    lang: &'static str,
    text: &'static DevelopmentPlanLabels,
    company: String,
    printed_on: String,
    name: String,
    /// `ausgeschieden am …` for someone who has left; empty otherwise.
    left: String,
    facts: Vec<Fact>,
    competencies_title: String,
    /// Said instead of the table: no AI role, or a role without a target profile.
    competencies_note: Option<String>,
    levels: Vec<LevelRow>,
    ladder: Vec<Fact>,
    /// Said instead of the stage facts when the company has no ladder yet.
    ladder_note: Option<&'static str>,
    /// What is missing for the next stage; shown only when there is a next stage.
    missing: Vec<String>,
    has_next: bool,
    paths: Vec<PathBlock>,
    mentored_by: Vec<String>,
    mentor_of: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fact {
    label: &'static str,
    value: String,
    /// Nothing recorded: the value is a placeholder, set apart.
    missing: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LevelRow {
    code: String,
    name: String,
    /// `2`, or `–` when not assessed.
    current: String,
    target: String,
    /// `erreicht` or `1 Stufe darunter`.
    gap: String,
    below: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PathBlock {
    name: String,
    enrolled: String,
    progress: String,
    modules: Vec<ModuleRow>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ModuleRow {
    title: String,
    format: &'static str,
    hours: String,
    state: String,
    done: bool,
}

/// Reads everything about `employee_id` as of `today` and words it in the company's language.
pub(super) fn plan(conn: &Connection, employee_id: u32, today: NaiveDate) -> Result<Plan> {
    let employee = people::employee(conn, employee_id)?;
    let company = company::require(conn)?;
    let language = company.language;
    let t = texts::development_plan_labels(language);
    let n = Numbers(language);
    let day = today.to_string();
    let date = |iso: &str| {
        NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .map_or_else(|_| iso.to_string(), |d| format_date(d, language))
    };
    let given = |label, value: &str, placeholder: &str| {
        let missing = value.trim().is_empty();
        Fact {
            label,
            value: if missing { placeholder } else { value }.to_string(),
            missing,
        }
    };

    let facts = vec![
        given(
            t.personnel_number,
            &employee.personnel_number,
            t.not_recorded,
        ),
        given(t.department, &employee.department, t.not_recorded),
        given(t.job_title, &employee.job_title, t.not_recorded),
        given(t.role, employee.role.as_deref().unwrap_or(""), t.none),
    ];

    // The role's profile: the active competencies it sets a target for, in framework order.
    let profile = matrix::employee_profile(conn, employee_id)?;
    let levels: Vec<LevelRow> = profile
        .groups
        .iter()
        .flat_map(|g| &g.competencies)
        .zip(profile.row.levels.iter().zip(&profile.row.targets))
        .filter(|(c, (_, target))| c.retired_on.is_none() && target.is_some())
        .map(|(c, (level, target))| {
            let gap = matrix::gap(*level, *target);
            LevelRow {
                code: c.code.clone(),
                name: c.name.clone(),
                current: level.map_or_else(|| "–".to_string(), |l| l.to_string()),
                target: target.map(|t| t.to_string()).unwrap_or_default(),
                gap: match gap {
                    0 => t.met.to_string(),
                    1 => t.below_one.to_string(),
                    n => t.below_many.replace("{n}", &n.to_string()),
                },
                below: gap > 0,
            }
        })
        .collect();
    let (competencies_title, competencies_note) = match &employee.role {
        None => (
            t.competencies_no_role.to_string(),
            Some(t.no_role.to_string()),
        ),
        Some(role) => (
            t.competencies.replace("{role}", role),
            levels
                .is_empty()
                .then(|| t.no_targets.replace("{role}", role)),
        ),
    };

    let readiness = ladder::readiness(conn, employee_id, today)?;
    let has_ladder = !ladder::stages(conn)?.is_empty();
    let stage = |s: &ladder::StageRef| {
        t.stage_value
            .replace("{position}", &s.position.to_string())
            .replace("{name}", &s.name)
    };
    let ladder = if has_ladder {
        let held = match (&readiness.stage, &readiness.stage_since) {
            (Some(s), Some(since)) => Fact {
                label: t.stage_held,
                value: format!("{} {}", stage(s), t.since.replace("{date}", &date(since))),
                missing: false,
            },
            (Some(s), None) => Fact {
                label: t.stage_held,
                value: stage(s),
                missing: false,
            },
            (None, _) => given(t.stage_held, "", t.no_stage),
        };
        let mut facts = vec![
            held,
            match &readiness.next {
                Some(next) => given(t.next_stage, &stage(next), ""),
                None => given(t.next_stage, "", t.top_reached),
            },
        ];
        if let Some(percent) = readiness.percent {
            facts.push(Fact {
                label: t.readiness,
                value: t
                    .readiness_value
                    .replace("{percent}", &percent.to_string())
                    .replace("{met}", &readiness.met.to_string())
                    .replace("{total}", &readiness.total.to_string()),
                missing: false,
            });
        }
        facts
    } else {
        Vec::new()
    };

    let record = learning::record(conn, employee_id)?;
    let completions: Vec<&learning::Completion> = record
        .completions
        .iter()
        .filter(|c| c.completed_on <= day)
        .collect();
    let mut paths = Vec::new();
    for enrolment in record.enrolments.iter().filter(|e| e.enrolled_on <= day) {
        let path = learning::path(conn, enrolment.path_id)?;
        let offered = |m: &learning::LearningModule| m.retired_on.as_ref().is_none_or(|r| *r > day);
        let mut modules = Vec::new();
        let (mut done, mut all) = (0, 0);
        for module in &path.modules {
            let taken: Vec<&&learning::Completion> = completions
                .iter()
                .filter(|c| c.module_id == module.id)
                .collect();
            if offered(module) {
                all += 1;
                done += usize::from(!taken.is_empty());
            } else if taken.is_empty() {
                // Retired before they took it: no longer part of their path.
                continue;
            }
            let state = match taken.last() {
                Some(last) if taken.len() > 1 => format!(
                    "{} {}",
                    t.done_on.replace("{date}", &date(&last.completed_on)),
                    t.times.replace("{count}", &taken.len().to_string())
                ),
                Some(last) => t.done_on.replace("{date}", &date(&last.completed_on)),
                None => t.open.to_string(),
            };
            modules.push(ModuleRow {
                title: module.title.clone(),
                format: texts::module_format(module.format, language),
                hours: n.short(module.hours),
                state,
                done: !taken.is_empty(),
            });
        }
        paths.push(PathBlock {
            name: path.name,
            enrolled: t
                .enrolled_on
                .replace("{date}", &date(&enrolment.enrolled_on)),
            progress: t
                .progress
                .replace("{done}", &done.to_string())
                .replace("{all}", &all.to_string()),
            modules,
        });
    }

    // Pairs active today whose other person is still employed.
    let employed: HashSet<u32> = people::list_employees(conn, true)?
        .into_iter()
        .filter(|e| e.archived_on.as_ref().is_none_or(|a| *a > day))
        .map(|e| e.id)
        .collect();
    let pairs: Vec<mentoring::Pair> = mentoring::pairs_of(conn, employee_id)?
        .into_iter()
        .filter(|p| p.started_on <= day && p.ended_on.as_ref().is_none_or(|end| *end >= day))
        .collect();
    let pair = |name: &str, topic: &str, since: &str| {
        if topic.trim().is_empty() {
            t.pair_value_plain
                .replace("{name}", name)
                .replace("{date}", &date(since))
        } else {
            t.pair_value
                .replace("{name}", name)
                .replace("{topic}", topic)
                .replace("{date}", &date(since))
        }
    };
    let mentored_by = pairs
        .iter()
        .filter(|p| p.mentee_id == employee_id && employed.contains(&p.mentor_id))
        .map(|p| pair(&p.mentor, &p.topic, &p.started_on))
        .collect();
    let mentor_of = pairs
        .iter()
        .filter(|p| p.mentor_id == employee_id && employed.contains(&p.mentee_id))
        .map(|p| pair(&p.mentee, &p.topic, &p.started_on))
        .collect();

    Ok(Plan {
        lang: language.as_str(),
        text: t,
        company: company.name,
        printed_on: format_date(today, language),
        left: employee
            .archived_on
            .as_deref()
            .map(|on| t.left_on.replace("{date}", &date(on)))
            .unwrap_or_default(),
        name: employee.name,
        facts,
        competencies_title,
        competencies_note,
        levels,
        ladder,
        ladder_note: (!has_ladder).then_some(t.no_ladder),
        has_next: readiness.next.is_some(),
        missing: readiness
            .missing
            .iter()
            .map(|m| texts::ladder_missing(m, language))
            .collect(),
        paths,
        mentored_by,
        mentor_of,
    })
}
