//! Nachweis KI-Kompetenz: the company's record of its measures for the AI literacy of its staff
//! (EU AI Act Art. 4, applying since 2 February 2025, eased in 2026 to "take measures to
//! support the development of AI literacy").
//!
//! The Act asks for no certificate and no test; an internal record of the measures suffices.
//! A good record names the AI systems in use, who works with them in which role, the trainings
//! with date, content and attendance, an owner and the next review. Everything but the owner
//! and the review date is already in the file — pilots with their AI system and team, learning
//! paths and completions, mentoring, maturity ratings — so [`record`] gathers it as of one day
//! and never asks anyone to type it twice. A record for a past day says what was true then:
//! who was employed, which pilots ran, which trainings had been completed.
//!
//! What it must never do: attest anything about a person. It lists the trainings someone
//! attended and the maturity index the company recorded, nothing that reads as a grade or a
//! qualification; the printout says so. It writes nothing.

use crate::company::{self, Language};
use crate::error::{Error, Field, Problem, Result};
use crate::learning::{self, ModuleFormat};
use crate::pilots::details::{self, AiHosting};
use crate::pilots::team::{self, TeamRole};
use crate::pilots::{self, PilotStatus};
use crate::print::Numbers;
use crate::validate::{self, MAX_NAME};
use crate::{maturity, mentoring, people, texts};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use specta::Type;
use std::collections::HashMap;

/// The record as of one day, with its owner and the next review.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LiteracyRecord {
    pub company: String,
    /// ISO date the record is as of.
    pub as_of: String,
    pub owner: String,
    /// ISO date, not before `as_of`.
    pub next_review: String,
    /// The AI systems of the pilots running, scaling or completed on the day, by name.
    pub systems: Vec<SystemInUse>,
    /// Everyone employed on the day, in department order, then by name.
    pub people: Vec<PersonRecord>,
    pub measures: Measures,
}

/// One AI system and the pilots that use it on the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SystemInUse {
    /// Empty: a pilot in use that has not recorded its system yet.
    pub name: String,
    pub vendor: String,
    pub hosting: Option<AiHosting>,
    pub pilots: Vec<PilotInUse>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PilotInUse {
    pub pilot_id: u32,
    pub title: String,
    /// Its status on the day: running, scaling or completed.
    pub status: PilotStatus,
}

/// One person as of the day: who they are, what they work with, what they learned.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonRecord {
    pub employee_id: u32,
    pub personnel_number: String,
    pub name: String,
    pub department: String,
    pub job_title: String,
    /// The AI role (KI-Rolle), if any.
    pub role: Option<String>,
    /// The systems of the pilots in use on the day whose team they are on.
    pub systems: Vec<SystemUse>,
    /// Modules completed up to the day, oldest first.
    pub trainings: Vec<Training>,
    /// The maturity index of their latest rating up to the day; `None`: not rated by then.
    #[specta(type = Option<i32>)]
    pub maturity_index: Option<f64>,
}

/// A person working with an AI system in a pilot's team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SystemUse {
    /// Empty when the pilot has not recorded its system yet.
    pub system: String,
    pub pilot_id: u32,
    pub pilot: String,
    pub team_role: TeamRole,
}

/// A completed module, as it was on the day of completion.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Training {
    pub completion_id: u32,
    pub module_id: u32,
    pub completed_on: String,
    pub title: String,
    pub path: String,
    pub format: ModuleFormat,
    #[specta(type = i32)]
    pub hours: f64,
    pub content: String,
}

/// What the company offers and what was done, as of the day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Measures {
    /// The learning paths offered on the day (not retired by then), with the modules offered.
    pub paths: Vec<PathOffered>,
    /// Module completions of the listed people up to the day, and their hours.
    pub trainings_completed: u32,
    #[specta(type = i32)]
    pub training_hours: f64,
    /// Listed people with at least one completed module.
    pub people_trained: u32,
    /// People listed: everyone employed on the day.
    pub active_people: u32,
    /// Mentoring pairs active on the day (both people employed then).
    pub active_mentoring_pairs: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PathOffered {
    pub path_id: u32,
    pub name: String,
    /// The AI role it is meant for, if any.
    pub role: Option<String>,
    pub modules: u32,
    #[specta(type = i32)]
    pub hours: f64,
}

/// Gathers the record as of the end of `day`. The owner is required (at most
/// [`MAX_NAME`] characters, refused at [`Field::Owner`]); a `next_review` before `day` is
/// refused at [`Field::NextReview`] as `BeforeStart`; a `day` after `today` at
/// [`Field::Date`] as `NotAllowed` (evidence describes what happened, not what is planned).
pub fn record(
    conn: &Connection,
    day: NaiveDate,
    owner: &str,
    next_review: NaiveDate,
    today: NaiveDate,
) -> Result<LiteracyRecord> {
    if day > today {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    let owner = validate::required(Field::Owner, owner, MAX_NAME)?;
    if next_review < day {
        return Err(Error::invalid(Field::NextReview, Problem::BeforeStart));
    }
    let company = company::require(conn)?;
    let iso = day.to_string();
    let on_day =
        |retired_on: &Option<String>| retired_on.as_deref().is_none_or(|r| r > iso.as_str());

    let (systems, mut uses) = systems(conn, day)?;
    let mut people = Vec::new();
    for e in people::list_employees(conn, true)? {
        let employed = e.entry_date.as_deref().is_none_or(|d| d <= iso.as_str())
            && e.archived_on.as_deref().is_none_or(|a| a > iso.as_str());
        if !employed {
            continue;
        }
        let trainings = learning::record(conn, e.id)?
            .completions
            .into_iter()
            .filter(|c| c.completed_on <= iso)
            .map(|c| Training {
                completion_id: c.id,
                module_id: c.module_id,
                completed_on: c.completed_on,
                title: c.module,
                path: c.path,
                format: c.format,
                hours: c.hours,
                content: c.content,
            })
            .collect();
        people.push(PersonRecord {
            maturity_index: maturity::person_as_of(conn, e.id, day)?.map(|m| m.index),
            systems: uses.remove(&e.id).unwrap_or_default(),
            employee_id: e.id,
            personnel_number: e.personnel_number,
            name: e.name,
            department: e.department,
            job_title: e.job_title,
            role: e.role,
            trainings,
        });
    }

    let trainings = people.iter().flat_map(|p| &p.trainings);
    let measures = Measures {
        paths: learning::all_paths(conn)?
            .into_iter()
            .filter(|p| on_day(&p.retired_on))
            .map(|p| {
                let offered: Vec<_> = p.modules.iter().filter(|m| on_day(&m.retired_on)).collect();
                PathOffered {
                    path_id: p.id,
                    name: p.name,
                    role: p.role,
                    modules: offered.len() as u32,
                    hours: offered.iter().map(|m| m.hours).sum(),
                }
            })
            .collect(),
        trainings_completed: trainings.clone().count() as u32,
        training_hours: trainings.map(|t| t.hours).sum(),
        people_trained: people.iter().filter(|p| !p.trainings.is_empty()).count() as u32,
        active_people: people.len() as u32,
        active_mentoring_pairs: mentoring::knowledge_transfer(conn, day)?.active_pairs,
    };
    Ok(LiteracyRecord {
        company: company.name,
        as_of: iso,
        owner,
        next_review: next_review.to_string(),
        systems,
        people,
        measures,
    })
}

/// What each employee works with, by employee id.
type UsesByEmployee = HashMap<u32, Vec<SystemUse>>;

/// The systems of the pilots in use on `day` (running, scaling or completed — an idea, an
/// evaluation or a stopped pilot puts no AI system to work), one entry per system however
/// many pilots use it, and each team member's uses by employee.
fn systems(conn: &Connection, day: NaiveDate) -> Result<(Vec<SystemInUse>, UsesByEmployee)> {
    let mut systems: Vec<SystemInUse> = Vec::new();
    let mut uses = UsesByEmployee::new();
    for history in pilots::histories(conn)? {
        let Some(status) = history.status_on(day).filter(|s| s.saves_time()) else {
            continue;
        };
        let d = details::details(conn, history.id)?.input;
        let name = d.ai_system.trim().to_string();
        let vendor = d.ai_vendor.trim().to_string();
        // The same system typed in another case is the same system.
        let key = (name.to_lowercase(), vendor.to_lowercase(), d.ai_hosting);
        let pilot = PilotInUse {
            pilot_id: history.id,
            title: d.title.clone(),
            status,
        };
        match systems
            .iter_mut()
            .find(|s| (s.name.to_lowercase(), s.vendor.to_lowercase(), s.hosting) == key)
        {
            Some(system) => system.pilots.push(pilot),
            None => systems.push(SystemInUse {
                name: name.clone(),
                vendor,
                hosting: d.ai_hosting,
                pilots: vec![pilot],
            }),
        }
        for member in team::team(conn, history.id)? {
            uses.entry(member.employee_id).or_default().push(SystemUse {
                system: name.clone(),
                pilot_id: history.id,
                pilot: d.title.clone(),
                team_role: member.role,
            });
        }
    }
    // By name; a system not recorded yet goes last.
    systems.sort_by_key(|s| (s.name.is_empty(), s.name.to_lowercase()));
    Ok((systems, uses))
}

/// The columns of [`csv`]: German like the other spreadsheets, a file format in its own right.
pub const CSV_COLUMNS: [&str; 15] = [
    "Personalnummer",
    "Name",
    "Abteilung",
    "KI-Rolle",
    "KI-Systeme",
    "KI-Reifegrad-Index",
    "Schulung am",
    "Schulung",
    "Lernpfad",
    "Format",
    "Stunden",
    "Inhalt",
    "Stichtag",
    "Verantwortlich",
    "Nächste Überprüfung",
];

/// The record for a spreadsheet: `;`-separated UTF-8 with a byte-order mark (so German Excel
/// opens it with umlauts intact), one line per person and completed module, one line without
/// a module for someone who completed none. Dates are ISO, decimals German (`1,5`). The
/// systems cell reads `ChatGPT Team (Angebotserstellung, Projektleitung)`, several joined
/// by ` | `.
pub fn csv(record: &LiteracyRecord) -> String {
    let n = Numbers(Language::De);
    let not_recorded = texts::literacy_labels(Language::De).not_recorded;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let mut write = |fields: &[&str]| {
        writer
            .write_record(fields)
            .expect("a record of fixed width is written to memory");
    };
    write(&CSV_COLUMNS);
    for person in &record.people {
        let systems = person
            .systems
            .iter()
            .map(|u| {
                let system = if u.system.is_empty() {
                    not_recorded
                } else {
                    &u.system
                };
                format!(
                    "{system} ({}, {})",
                    u.pilot,
                    texts::team_role(u.team_role, Language::De)
                )
            })
            .collect::<Vec<_>>()
            .join(" | ");
        let index = person
            .maturity_index
            .map(|i| n.index(i))
            .unwrap_or_default();
        let role = person.role.as_deref().unwrap_or("");
        let head = [
            person.personnel_number.as_str(),
            &person.name,
            &person.department,
            role,
            &systems,
            &index,
        ];
        let tail = [record.as_of.as_str(), &record.owner, &record.next_review];
        if person.trainings.is_empty() {
            write(&[&head[..], &[""; 6][..], &tail[..]].concat());
        }
        for t in &person.trainings {
            let hours = n.short(t.hours);
            let training = [
                t.completed_on.as_str(),
                &t.title,
                &t.path,
                texts::module_format(t.format, Language::De),
                &hours,
                &t.content,
            ];
            write(&[&head[..], &training[..], &tail[..]].concat());
        }
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    let text = String::from_utf8(bytes).expect("the record's texts are UTF-8");
    format!("\u{feff}{text}")
}
