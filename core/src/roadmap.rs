//! The 90-Tage-Roadmap of seed 002: three phases from a start date — Tage 1–30 Assessment
//! und Strategie, 31–60 Pilotprojekte starten, 61–90 Skalierung vorbereiten — as a checklist
//! with due dates.
//!
//! Items the data can prove tick themselves and carry their proof ("112 von 140
//! Mitarbeitenden bewertet"), computed from the live records each time the roadmap is read,
//! so the list never claims what the data no longer shows. The others (an interview round, a
//! vision) no database can see; the user ticks them by hand with a date. A new company's
//! roadmap starts on the day it was created; the user may move the start.

use crate::error::{Error, Field, Problem, Result};
use crate::pilots::{self, compliance, team, History, PilotStatus};
use crate::validate;
use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// The share of active employees that must have been assessed.
pub const ASSESSED_SHARE: u32 = 80;
/// Pilots that should run with goals (the seeds' "2–3 überschaubare Use Cases").
pub const PILOTS_WITH_GOALS: u32 = 2;
/// Use cases scored before choosing pilots.
pub const USE_CASES_SCORED: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// Tage 1–30: Assessment und Strategie.
    Assessment,
    /// Tage 31–60: Pilotprojekte starten.
    Pilots,
    /// Tage 61–90: Skalierung vorbereiten.
    Scaling,
}

impl Phase {
    pub const ALL: [Phase; 3] = [Phase::Assessment, Phase::Pilots, Phase::Scaling];

    /// The phase's first and last day, counted from day 1 = the start date.
    pub fn days(self) -> (u32, u32) {
        match self {
            Phase::Assessment => (1, 30),
            Phase::Pilots => (31, 60),
            Phase::Scaling => (61, 90),
        }
    }
}

/// The checklist's items, in the order they are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ItemKey {
    /// Interviews with key people from every department (by hand).
    Interviews,
    /// At least [`ASSESSED_SHARE`] % of the active employees assessed in the matrix.
    StaffAssessed,
    /// Internal champions named (by hand).
    Champions,
    /// At least [`USE_CASES_SCORED`] use cases scored for benefit, risk and measurability.
    UseCasesScored,
    /// An AI vision: which problems are solved in 12 months (by hand).
    Vision,
    /// At least [`PILOTS_WITH_GOALS`] pilots running, each with a goal.
    PilotsRunning,
    /// Every running pilot has a team of 3–5 people.
    SmallTeams,
    /// Every running pilot that concerns staff data had the works council informed.
    WorksCouncil,
    /// Every running pilot has a planned end and milestones.
    Timelines,
    /// Every running pilot has measured time saved.
    TimeMeasured,
    /// Every use case that ran as a pilot has its lessons documented.
    LessonsDocumented,
    /// A scaling strategy: roles, infrastructure, governance (by hand).
    ScalingStrategy,
    /// A pilot moved on to scaling (or finished).
    PilotScaling,
    /// Competency development prioritised by business impact (by hand).
    Development,
    /// Successes made visible to the whole company (by hand).
    Communicated,
}

struct Definition {
    key: ItemKey,
    phase: Phase,
    /// Day of the roadmap (1 = start date) by which it is due.
    due_day: u32,
    automatic: bool,
}

const ITEMS: [Definition; 15] = [
    item(ItemKey::Interviews, Phase::Assessment, 20, false),
    item(ItemKey::StaffAssessed, Phase::Assessment, 30, true),
    item(ItemKey::Champions, Phase::Assessment, 30, false),
    item(ItemKey::UseCasesScored, Phase::Assessment, 30, true),
    item(ItemKey::Vision, Phase::Assessment, 30, false),
    item(ItemKey::PilotsRunning, Phase::Pilots, 45, true),
    item(ItemKey::SmallTeams, Phase::Pilots, 45, true),
    item(ItemKey::WorksCouncil, Phase::Pilots, 45, true),
    item(ItemKey::Timelines, Phase::Pilots, 50, true),
    item(ItemKey::TimeMeasured, Phase::Pilots, 60, true),
    item(ItemKey::LessonsDocumented, Phase::Scaling, 75, true),
    item(ItemKey::ScalingStrategy, Phase::Scaling, 85, false),
    item(ItemKey::PilotScaling, Phase::Scaling, 90, true),
    item(ItemKey::Development, Phase::Scaling, 90, false),
    item(ItemKey::Communicated, Phase::Scaling, 90, false),
];

const fn item(key: ItemKey, phase: Phase, due_day: u32, automatic: bool) -> Definition {
    Definition {
        key,
        phase,
        due_day,
        automatic,
    }
}

impl ItemKey {
    fn as_str(self) -> &'static str {
        match self {
            ItemKey::Interviews => "interviews",
            ItemKey::StaffAssessed => "staffAssessed",
            ItemKey::Champions => "champions",
            ItemKey::UseCasesScored => "useCasesScored",
            ItemKey::Vision => "vision",
            ItemKey::PilotsRunning => "pilotsRunning",
            ItemKey::SmallTeams => "smallTeams",
            ItemKey::WorksCouncil => "worksCouncil",
            ItemKey::Timelines => "timelines",
            ItemKey::TimeMeasured => "timeMeasured",
            ItemKey::LessonsDocumented => "lessonsDocumented",
            ItemKey::ScalingStrategy => "scalingStrategy",
            ItemKey::PilotScaling => "pilotScaling",
            ItemKey::Development => "development",
            ItemKey::Communicated => "communicated",
        }
    }

    fn definition(self) -> &'static Definition {
        ITEMS
            .iter()
            .find(|d| d.key == self)
            .expect("every key has a definition")
    }
}

/// What the data shows for an item that ticks itself, whether or not it is met yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Evidence {
    /// `assessed` of `active` employees have at least one assessment.
    Assessed { assessed: u32, active: u32 },
    /// Use cases with all three scores.
    Scored { scored: u32 },
    /// Running or scaling pilots with at least one goal.
    WithGoals { count: u32 },
    /// Of the running pilots, `met` satisfy the item (team size, timeline, measurement).
    OfRunning { met: u32, running: u32 },
    /// Of the running pilots that concern staff data, `informed` had the works council
    /// informed by the day they started.
    Informed {
        informed: u32,
        concerned: u32,
        running: u32,
    },
    /// Of the use cases that ran as pilots (running, scaling or finished at some point up to
    /// today), `documented` have lessons learned.
    Lessons { documented: u32, ran: u32 },
    /// Pilots in scaling or finished.
    Scaling { count: u32 },
}

impl Evidence {
    fn proves(self) -> bool {
        match self {
            Evidence::Assessed { assessed, active } => {
                active > 0 && assessed * 100 >= ASSESSED_SHARE * active
            }
            Evidence::Scored { scored } => scored >= USE_CASES_SCORED,
            Evidence::WithGoals { count } => count >= PILOTS_WITH_GOALS,
            Evidence::OfRunning { met, running } => running > 0 && met == running,
            Evidence::Informed {
                informed,
                concerned,
                running,
            } => running > 0 && informed == concerned,
            Evidence::Lessons { documented, ran } => ran > 0 && documented == ran,
            Evidence::Scaling { count } => count > 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoadmapItem {
    pub key: ItemKey,
    pub phase: Phase,
    pub due_on: String,
    /// Ticks itself from the data; otherwise ticked by hand.
    pub automatic: bool,
    /// What the data shows now (items that tick themselves only).
    pub evidence: Option<Evidence>,
    pub done: bool,
    /// The day it was ticked by hand.
    pub ticked_on: Option<String>,
    /// Not done and its due date has passed.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Roadmap {
    pub start: String,
    /// Day 90.
    pub end: String,
    /// Today's day of the roadmap (1 on the start date; 0 or less before it).
    pub today_day: i32,
    pub items: Vec<RoadmapItem>,
}

impl Roadmap {
    pub fn done(&self) -> usize {
        self.items.iter().filter(|i| i.done).count()
    }
}

fn day_of(start: NaiveDate, day: u32) -> NaiveDate {
    start + Days::new(u64::from(day.saturating_sub(1)))
}

/// The start date: as moved by the user, or the day the company was created.
pub fn start(conn: &Connection) -> Result<NaiveDate> {
    let company = crate::company::require(conn)?;
    let moved: Option<String> =
        conn.query_row("SELECT roadmap_start FROM company", [], |row| row.get(0))?;
    let value = moved.unwrap_or(company.created_on);
    validate::date(Field::RoadmapStart, &value)
}

/// Moves the roadmap's start.
pub fn set_start(tx: &Transaction, on: &str) -> Result<()> {
    crate::company::require(tx)?;
    let on = validate::work_date(Field::RoadmapStart, on)?;
    tx.execute(
        "UPDATE company SET roadmap_start = ?1",
        params![on.to_string()],
    )?;
    Ok(())
}

/// Ticks an item the data cannot prove, on `on`, or unticks it (`None`). An empty date is
/// no date, never an untick.
pub fn tick(tx: &Transaction, key: ItemKey, on: Option<&str>) -> Result<()> {
    if key.definition().automatic {
        return Err(Error::invalid(Field::RoadmapItem, Problem::NotAllowed));
    }
    match on
        .map(|on| validate::work_date(Field::Date, on))
        .transpose()?
    {
        Some(on) => tx.execute(
            "INSERT INTO roadmap_tick (item, done_on) VALUES (?1, ?2)
             ON CONFLICT (item) DO UPDATE SET done_on = excluded.done_on",
            params![key.as_str(), on.to_string()],
        )?,
        None => tx.execute("DELETE FROM roadmap_tick WHERE item = ?1", [key.as_str()])?,
    };
    Ok(())
}

/// The roadmap as the data stands, with `today` deciding what is overdue.
pub fn load(conn: &Connection, today: NaiveDate) -> Result<Roadmap> {
    let start = start(conn)?;
    let ticks: HashMap<String, String> = conn
        .prepare("SELECT item, done_on FROM roadmap_tick")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let facts = Facts::read(conn, today)?;
    let items = ITEMS
        .iter()
        .map(|d| {
            let due_on = day_of(start, d.due_day);
            let evidence = d.automatic.then(|| facts.evidence(d.key)).flatten();
            let ticked_on = (!d.automatic)
                .then(|| ticks.get(d.key.as_str()).cloned())
                .flatten();
            let done = evidence.is_some_and(Evidence::proves) || ticked_on.is_some();
            RoadmapItem {
                key: d.key,
                phase: d.phase,
                due_on: due_on.to_string(),
                automatic: d.automatic,
                evidence,
                done,
                ticked_on,
                overdue: !done && due_on < today,
            }
        })
        .collect();
    Ok(Roadmap {
        start: start.to_string(),
        end: day_of(start, 90).to_string(),
        today_day: (today - start).num_days() as i32 + 1,
        items,
    })
}

/// The counts the automatic items are proven by, read in a handful of queries.
struct Facts {
    active: u32,
    assessed: u32,
    scored: u32,
    with_goals: u32,
    running: u32,
    small_teams: u32,
    timelines: u32,
    measured: u32,
    concerned: u32,
    informed: u32,
    ran: u32,
    documented: u32,
    scaling: u32,
}

impl Facts {
    /// The facts as of `today`: statuses, measurements and the works council's date count
    /// from their day on, like the KPIs, so a change dated ahead proves nothing yet.
    fn read(conn: &Connection, today: NaiveDate) -> Result<Facts> {
        let (active, assessed) = conn.query_row(
            "SELECT count(*), coalesce(sum(EXISTS (
                 SELECT 1 FROM assessment a WHERE a.employee_id = e.id)), 0)
             FROM employee e WHERE e.archived_on IS NULL",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let histories: HashMap<u32, History> = pilots::histories(conn)?
            .into_iter()
            .map(|h| (h.id, h))
            .collect();
        // What is recorded about each use case beside its dated history.
        let mut stmt = conn.prepare(
            "SELECT p.id,
                    p.benefit IS NOT NULL AND p.risk IS NOT NULL AND p.measurability IS NOT NULL,
                    EXISTS (SELECT 1 FROM pilot_goal g WHERE g.pilot_id = p.id),
                    (SELECT count(*) FROM pilot_member m WHERE m.pilot_id = p.id),
                    p.planned_end IS NOT NULL
                        AND EXISTS (SELECT 1 FROM pilot_milestone ms WHERE ms.pilot_id = p.id),
                    p.personal_data, p.monitoring_possible, p.works_council_informed_on,
                    p.learned_worked <> '' OR p.learned_not_worked <> '' OR p.next_step <> ''
             FROM pilot p",
        )?;
        let mut facts = Facts {
            active,
            assessed,
            scored: 0,
            with_goals: 0,
            running: 0,
            small_teams: 0,
            timelines: 0,
            measured: 0,
            concerned: 0,
            informed: 0,
            ran: 0,
            documented: 0,
            scaling: 0,
        };
        let count = |yes: bool| u32::from(yes);
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let Some(history) = histories.get(&row.get::<_, u32>(0)?) else {
                continue;
            };
            let Some(status) = history.status_on(today) else {
                continue; // recorded after today
            };
            facts.scored += count(row.get(1)?);
            let running = status == PilotStatus::Running;
            let has_goal: bool = row.get(2)?;
            facts.with_goals += count((running || status == PilotStatus::Scaling) && has_goal);
            facts.scaling += count(matches!(
                status,
                PilotStatus::Scaling | PilotStatus::Completed
            ));
            // The day it first ran as a pilot, up to today.
            let started = history
                .statuses
                .iter()
                .find(|(on, s)| *on <= today && s.saves_time())
                .map(|(on, _)| *on);
            if running {
                let members: u32 = row.get(3)?;
                facts.running += 1;
                facts.small_teams += count(team::size_warning(members as usize).is_none());
                facts.timelines += count(row.get(4)?);
                facts.measured += count(history.hours_on(today).is_some());
                let personal_data: String = row.get(5)?;
                if compliance::concerns_staff(&personal_data, row.get(6)?) {
                    facts.concerned += 1;
                    // Informed before it started, as §87 BetrVG asks.
                    let informed_on: Option<String> = row.get(7)?;
                    let start = started.unwrap_or(today).to_string();
                    facts.informed +=
                        count(compliance::informed_by(informed_on.as_deref(), &start));
                }
            }
            // It ran as a pilot at some point: its lessons are due.
            if started.is_some() {
                facts.ran += 1;
                facts.documented += count(row.get(8)?);
            }
        }
        Ok(facts)
    }

    fn evidence(&self, key: ItemKey) -> Option<Evidence> {
        let of_running = |met| Evidence::OfRunning {
            met,
            running: self.running,
        };
        Some(match key {
            ItemKey::StaffAssessed => Evidence::Assessed {
                assessed: self.assessed,
                active: self.active,
            },
            ItemKey::UseCasesScored => Evidence::Scored {
                scored: self.scored,
            },
            ItemKey::PilotsRunning => Evidence::WithGoals {
                count: self.with_goals,
            },
            ItemKey::SmallTeams => of_running(self.small_teams),
            ItemKey::Timelines => of_running(self.timelines),
            ItemKey::TimeMeasured => of_running(self.measured),
            ItemKey::WorksCouncil => Evidence::Informed {
                informed: self.informed,
                concerned: self.concerned,
                running: self.running,
            },
            ItemKey::LessonsDocumented => Evidence::Lessons {
                documented: self.documented,
                ran: self.ran,
            },
            ItemKey::PilotScaling => Evidence::Scaling {
                count: self.scaling,
            },
            ItemKey::Interviews
            | ItemKey::Champions
            | ItemKey::Vision
            | ItemKey::ScalingStrategy
            | ItemKey::Development
            | ItemKey::Communicated => return None,
        })
    }
}
