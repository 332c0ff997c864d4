//! The printed AI-literacy record (Nachweis der Maßnahmen zur KI-Kompetenz, EU AI Act Art. 4)
//! on A4 landscape: the AI systems in use, the measures taken, the content of the trainings
//! with their attendance, every person employed on the day with the systems they work with and
//! the trainings they completed, and who owns the record and when it is reviewed next.
//!
//! All of it comes from [`crate::literacy::record`], so the PDF, the CSV and the app say the
//! same; this module only words and formats it for `literacy_sheet.typ`, as JSON, never as
//! markup. The per-person table is the widest part, hence landscape. A training's content is
//! printed once per module, not once per person. The sheet says it is evidence of measures,
//! not a certificate: it must never read as a grade of anyone.

use super::data::{format_date, Numbers};
use super::render::Template;
use crate::company::{self, Language};
use crate::error::Result;
use crate::learning;
use crate::literacy::{self, LiteracyRecord};
use crate::texts::{self, LiteracyLabels};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;

pub(super) static TEMPLATE: Template = Template {
    source: include_str!("literacy_sheet.typ"),
    ident: "talentwerk-ai-literacy-record",
    // Some pages of tables: the structure tree keeps them readable by assistive technology.
    tagged: true,
};

/// Everything `literacy_sheet.typ` reads, already worded and formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Sheet {
    lang: &'static str,
    text: &'static LiteracyLabels,
    company: String,
    as_of: String,
    owner: String,
    next_review: String,
    intro: String,
    systems: Vec<SystemRow>,
    measures: Vec<Fact>,
    paths: Vec<Fact>,
    contents: Vec<ContentRow>,
    people: Vec<PersonRow>,
    responsibility: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SystemRow {
    name: String,
    /// Not recorded on the pilot: the name is the placeholder.
    missing: bool,
    vendor: String,
    hosting: String,
    /// `Angebotserstellung (Pilot läuft)`, one per pilot.
    pilots: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fact {
    label: String,
    value: String,
    note: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ContentRow {
    path: String,
    module: String,
    format: &'static str,
    hours: String,
    content: String,
    content_missing: bool,
    attendance: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PersonRow {
    name: String,
    personnel_number: String,
    department: String,
    role: String,
    /// `ChatGPT Team – Angebotserstellung (Projektleitung)`
    systems: Vec<String>,
    trainings: Vec<TrainingLine>,
    maturity: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TrainingLine {
    date: String,
    title: String,
    hours: String,
}

/// Reads the record as of `day` and words it in the company's language.
pub(super) fn sheet(
    conn: &Connection,
    day: NaiveDate,
    owner: &str,
    next_review: NaiveDate,
    today: NaiveDate,
) -> Result<Sheet> {
    let record = literacy::record(conn, day, owner, next_review, today)?;
    let language = company::require(conn)?.language;
    // Training contents in the order of the paths and their modules, as the app lists them.
    let order = learning::all_paths(conn)?
        .iter()
        .enumerate()
        .flat_map(|(p, path)| {
            path.modules
                .iter()
                .enumerate()
                .map(move |(m, module)| (module.id, (p, m)))
        })
        .collect();
    Ok(word(&record, &order, day, next_review, language))
}

fn word(
    record: &LiteracyRecord,
    order: &HashMap<u32, (usize, usize)>,
    day: NaiveDate,
    next_review: NaiveDate,
    language: Language,
) -> Sheet {
    let t = texts::literacy_labels(language);
    let n = Numbers(language);
    let date = |iso: &str| {
        NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .map_or_else(|_| iso.to_string(), |d| format_date(d, language))
    };
    let hours = |h: f64| format!("{} {}", n.short(h), t.hours_unit);
    let system_name = |name: &str| {
        if name.is_empty() {
            t.not_recorded.to_string()
        } else {
            name.to_string()
        }
    };
    let m = &record.measures;

    // Each module once, with everyone who completed it up to the day; as the latest
    // completion recorded it.
    let mut contents: Vec<(u32, ContentRow)> = Vec::new();
    let mut row_of: HashMap<u32, usize> = HashMap::new();
    let mut trainings: Vec<&literacy::Training> =
        record.people.iter().flat_map(|p| &p.trainings).collect();
    trainings.sort_by(|a, b| a.completed_on.cmp(&b.completed_on));
    for training in trainings {
        let row = ContentRow {
            path: training.path.clone(),
            module: training.title.clone(),
            format: texts::module_format(training.format, language),
            hours: n.short(training.hours),
            content_missing: training.content.trim().is_empty(),
            content: if training.content.trim().is_empty() {
                t.no_content.to_string()
            } else {
                training.content.clone()
            },
            attendance: 1,
        };
        match row_of.get(&training.module_id) {
            Some(&i) => {
                contents[i].1 = ContentRow {
                    attendance: contents[i].1.attendance + 1,
                    ..row
                }
            }
            None => {
                row_of.insert(training.module_id, contents.len());
                contents.push((training.module_id, row));
            }
        }
    }
    contents.sort_by_key(|(module, _)| order.get(module).copied().unwrap_or((usize::MAX, 0)));

    Sheet {
        lang: language.as_str(),
        text: t,
        company: record.company.clone(),
        as_of: format_date(day, language),
        owner: record.owner.clone(),
        next_review: format_date(next_review, language),
        intro: t.intro.replace("{company}", &record.company),
        systems: record
            .systems
            .iter()
            .map(|s| SystemRow {
                name: system_name(&s.name),
                missing: s.name.is_empty(),
                vendor: if s.vendor.is_empty() {
                    "–".to_string()
                } else {
                    s.vendor.clone()
                },
                hosting: s
                    .hosting
                    .map_or("–", |h| texts::ai_hosting(h, language))
                    .to_string(),
                pilots: s
                    .pilots
                    .iter()
                    .map(|p| format!("{} ({})", p.title, texts::pilot_status(p.status, language)))
                    .collect(),
            })
            .collect(),
        measures: vec![
            Fact {
                label: t.trainings_done.into(),
                value: t
                    .trainings_value
                    .replace("{count}", &n.fixed(m.trainings_completed.into(), 0))
                    .replace("{hours}", &n.short(m.training_hours)),
                note: String::new(),
            },
            Fact {
                label: t.people_trained.into(),
                value: t
                    .people_value
                    .replace("{trained}", &n.fixed(m.people_trained.into(), 0))
                    .replace("{active}", &n.fixed(m.active_people.into(), 0)),
                note: String::new(),
            },
            Fact {
                label: t.mentoring.into(),
                value: t
                    .mentoring_value
                    .replace("{pairs}", &m.active_mentoring_pairs.to_string()),
                note: String::new(),
            },
        ],
        paths: m
            .paths
            .iter()
            .map(|p| Fact {
                label: p.name.clone(),
                value: t
                    .path_value
                    .replace("{modules}", &p.modules.to_string())
                    .replace("{hours}", &n.short(p.hours)),
                note: p
                    .role
                    .as_deref()
                    .map(|role| t.path_for.replace("{role}", role))
                    .unwrap_or_default(),
            })
            .collect(),
        contents: contents.into_iter().map(|(_, row)| row).collect(),
        people: record
            .people
            .iter()
            .map(|p| PersonRow {
                name: p.name.clone(),
                personnel_number: p.personnel_number.clone(),
                department: p.department.clone(),
                role: p.role.clone().unwrap_or_else(|| t.none.to_string()),
                systems: p
                    .systems
                    .iter()
                    .map(|u| {
                        format!(
                            "{} – {} ({})",
                            system_name(&u.system),
                            u.pilot,
                            texts::team_role(u.team_role, language)
                        )
                    })
                    .collect(),
                trainings: p
                    .trainings
                    .iter()
                    .map(|tr| TrainingLine {
                        date: date(&tr.completed_on),
                        title: tr.title.clone(),
                        hours: hours(tr.hours),
                    })
                    .collect(),
                maturity: p
                    .maturity_index
                    .map_or_else(|| t.not_rated.to_string(), |i| n.index(i)),
            })
            .collect(),
        responsibility: t
            .responsibility_value
            .replace("{owner}", &record.owner)
            .replace("{date}", &format_date(next_review, language)),
    }
}
