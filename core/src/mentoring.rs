//! Mentoring (KI-Buddy, seed 002): a mentor and a mentee paired on a topic from a start day,
//! optionally until an end day, with dated check-ins and their notes.
//!
//! A pair's period runs from its start to its end day, both included; an open pair runs on.
//! Check-ins lie within it. Only current employees are paired, and never someone with
//! themselves. The knowledge-transfer figures are computed as of any day from these dates,
//! like every other KPI; nothing here is rewritten except a pair's end.

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_NAME, MAX_TEXT};
use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The window of "check-ins in the last 30 days": the day itself and the 29 before it.
pub const RECENT_DAYS: u64 = 30;

/// What "Neues Mentoring-Paar" asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewPair {
    pub mentor_id: u32,
    pub mentee_id: u32,
    pub topic: String,
    /// ISO date.
    pub started_on: String,
    /// ISO date of the last day; `None` or empty: open.
    pub ended_on: Option<String>,
}

/// A pair as the list shows it, with its latest check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Pair {
    pub id: u32,
    pub mentor_id: u32,
    pub mentor: String,
    pub mentee_id: u32,
    pub mentee: String,
    pub topic: String,
    pub started_on: String,
    pub ended_on: Option<String>,
    pub checkins: u32,
    pub last_checkin: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Checkin {
    pub id: u32,
    pub pair_id: u32,
    pub held_on: String,
    pub note: String,
}

const PAIR_SELECT: &str = "
    SELECT p.id, p.mentor_id, m.name, p.mentee_id, e.name, p.topic, p.started_on, p.ended_on,
           (SELECT count(*) FROM mentoring_checkin c WHERE c.pair_id = p.id),
           (SELECT max(held_on) FROM mentoring_checkin c WHERE c.pair_id = p.id)
    FROM mentoring_pair p
    JOIN employee m ON m.id = p.mentor_id
    JOIN employee e ON e.id = p.mentee_id";

fn pair_from_row(row: &rusqlite::Row) -> rusqlite::Result<Pair> {
    Ok(Pair {
        id: row.get(0)?,
        mentor_id: row.get(1)?,
        mentor: row.get(2)?,
        mentee_id: row.get(3)?,
        mentee: row.get(4)?,
        topic: row.get(5)?,
        started_on: row.get(6)?,
        ended_on: row.get(7)?,
        checkins: row.get(8)?,
        last_checkin: row.get(9)?,
    })
}

pub fn pair(conn: &Connection, id: u32) -> Result<Pair> {
    conn.query_row(
        &format!("{PAIR_SELECT} WHERE p.id = ?1"),
        [id],
        pair_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Entity::MentoringPair, id))
}

/// Every pair, the open ones first, then by start (newest first); ended pairs only with
/// `include_ended`.
pub fn pairs(conn: &Connection, include_ended: bool) -> Result<Vec<Pair>> {
    Ok(conn
        .prepare(&format!(
            "{PAIR_SELECT} WHERE ?1 OR p.ended_on IS NULL
             ORDER BY p.ended_on IS NOT NULL, p.started_on DESC, p.id DESC"
        ))?
        .query_map([include_ended], pair_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// Every pair in which `employee_id` mentors or is mentored, ended ones too, in the order
/// of [`pairs`]: a person's page and development plan.
pub fn pairs_of(conn: &Connection, employee_id: u32) -> Result<Vec<Pair>> {
    Ok(conn
        .prepare(&format!(
            "{PAIR_SELECT} WHERE p.mentor_id = ?1 OR p.mentee_id = ?1
             ORDER BY p.ended_on IS NOT NULL, p.started_on DESC, p.id DESC"
        ))?
        .query_map([employee_id], pair_from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// A current employee for `field`: a missing one is `Unknown`, one who has left
/// `NotAllowed`.
fn require_current(conn: &Connection, field: Field, id: u32) -> Result<()> {
    let archived: Option<Option<String>> = conn
        .query_row(
            "SELECT archived_on FROM employee WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match archived {
        None => Err(Error::invalid(field, Problem::Unknown)),
        Some(Some(_)) => Err(Error::invalid(field, Problem::NotAllowed)),
        Some(None) => Ok(()),
    }
}

/// Pairs a current mentor with a current mentee. Refused: a person paired with themselves
/// (`NotAllowed` at the mentee), an archived person (`NotAllowed` at their field), an end
/// before the start (`BeforeStart` at the end date), and a second open pair of the same two
/// (`Taken` at the mentee).
pub fn create_pair(tx: &Transaction, new: &NewPair) -> Result<Pair> {
    require_current(tx, Field::Mentor, new.mentor_id)?;
    require_current(tx, Field::Mentee, new.mentee_id)?;
    if new.mentor_id == new.mentee_id {
        return Err(Error::invalid(Field::Mentee, Problem::NotAllowed));
    }
    let topic = validate::optional(Field::Topic, &new.topic, MAX_NAME)?;
    let start = validate::work_date(Field::StartDate, &new.started_on)?;
    let end = match new.ended_on.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(end) => Some(validate::work_date(Field::EndDate, end)?),
    };
    if end.is_some_and(|end| end < start) {
        return Err(Error::invalid(Field::EndDate, Problem::BeforeStart));
    }
    let open_twice: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM mentoring_pair
                        WHERE mentor_id = ?1 AND mentee_id = ?2 AND ended_on IS NULL)",
        params![new.mentor_id, new.mentee_id],
        |r| r.get(0),
    )?;
    if open_twice {
        return Err(Error::invalid(Field::Mentee, Problem::Taken));
    }
    tx.execute(
        "INSERT INTO mentoring_pair (mentor_id, mentee_id, topic, started_on, ended_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            new.mentor_id,
            new.mentee_id,
            topic,
            start.to_string(),
            end.map(|d| d.to_string())
        ],
    )?;
    pair(tx, tx.last_insert_rowid() as u32)
}

/// Ends an open pair on `on`, its last day: not before the start nor before its latest
/// check-in (`BeforeStart` at the end date). An ended pair cannot be ended again.
pub fn end_pair(tx: &Transaction, id: u32, on: &str) -> Result<Pair> {
    let current = pair(tx, id)?;
    if current.ended_on.is_some() {
        return Err(Error::invalid(Field::EndDate, Problem::Taken));
    }
    let end = validate::work_date(Field::EndDate, on)?.to_string();
    if end < current.started_on || current.last_checkin.as_ref().is_some_and(|c| end < *c) {
        return Err(Error::invalid(Field::EndDate, Problem::BeforeStart));
    }
    tx.execute(
        "UPDATE mentoring_pair SET ended_on = ?1 WHERE id = ?2",
        params![end, id],
    )?;
    pair(tx, id)
}

/// Records a check-in held on `on` with a note; the day must lie in the working years,
/// within the pair's period (before the start: `BeforeStart`, after the end: `NotAllowed`)
/// and not after `today` (`NotAllowed`), all at [`Field::Date`].
pub fn add_checkin(
    tx: &Transaction,
    pair_id: u32,
    on: &str,
    note: &str,
    today: NaiveDate,
) -> Result<Checkin> {
    let current = pair(tx, pair_id)?;
    let held = validate::work_date(Field::Date, on)?;
    if held > today {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    let day = held.to_string();
    let note = validate::optional(Field::Note, note, MAX_TEXT)?;
    if day < current.started_on {
        return Err(Error::invalid(Field::Date, Problem::BeforeStart));
    }
    if current.ended_on.as_ref().is_some_and(|end| day > *end) {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    tx.execute(
        "INSERT INTO mentoring_checkin (pair_id, held_on, note) VALUES (?1, ?2, ?3)",
        params![pair_id, day, note],
    )?;
    Ok(Checkin {
        id: tx.last_insert_rowid() as u32,
        pair_id,
        held_on: day,
        note,
    })
}

/// A pair's check-ins, newest first.
pub fn checkins(conn: &Connection, pair_id: u32) -> Result<Vec<Checkin>> {
    pair(conn, pair_id)?;
    Ok(conn
        .prepare(
            "SELECT id, pair_id, held_on, note FROM mentoring_checkin WHERE pair_id = ?1
             ORDER BY held_on DESC, id DESC",
        )?
        .query_map([pair_id], |row| {
            Ok(Checkin {
                id: row.get(0)?,
                pair_id: row.get(1)?,
                held_on: row.get(2)?,
                note: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The Wissenstransfer tile as of the end of a day. The third figure of the tile, people at
/// Wissensteilung ≥ 2, comes from the maturity assessments (`crate::maturity`) and is not computed here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KnowledgeTransfer {
    pub as_of: String,
    /// Pairs whose period includes the day and whose two people had not left by then.
    pub active_pairs: u32,
    /// Check-ins held in the [`RECENT_DAYS`] days up to and including the day.
    pub checkins_last_30_days: u32,
    /// Different people mentoring in the active pairs.
    pub active_mentors: u32,
    /// Different people being mentored in the active pairs.
    pub active_mentees: u32,
}

pub fn knowledge_transfer(conn: &Connection, day: NaiveDate) -> Result<KnowledgeTransfer> {
    let as_of = day.to_string();
    let since = (day - Days::new(RECENT_DAYS - 1)).to_string();
    let (active_pairs, active_mentors, active_mentees) = conn.query_row(
        "SELECT count(*), count(DISTINCT p.mentor_id), count(DISTINCT p.mentee_id)
         FROM mentoring_pair p
         JOIN employee m ON m.id = p.mentor_id
         JOIN employee e ON e.id = p.mentee_id
         WHERE p.started_on <= ?1 AND (p.ended_on IS NULL OR p.ended_on >= ?1)
           AND (m.archived_on IS NULL OR m.archived_on > ?1)
           AND (e.archived_on IS NULL OR e.archived_on > ?1)",
        [&as_of],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let checkins_last_30_days = conn.query_row(
        "SELECT count(*) FROM mentoring_checkin WHERE held_on BETWEEN ?1 AND ?2",
        params![since, as_of],
        |r| r.get(0),
    )?;
    Ok(KnowledgeTransfer {
        as_of,
        active_pairs,
        checkins_last_30_days,
        active_mentors,
        active_mentees,
    })
}

/// Eight KI-Buddy pairs: a technically keen person mentors a colleague of the same
/// department, with weekly check-ins (a few skipped); two pairs have ended.
pub(crate) fn demo(tx: &Transaction, today: NaiveDate) -> Result<()> {
    use rand::{Rng, SeedableRng};
    const PAIRS: usize = 8;
    const TOPICS: &[&str] = &[
        "Prompts für Angebote",
        "KI im Schichtbericht",
        "Datenschutz im Alltag",
        "Auswertungen mit KI",
        "Texte für Kunden",
        "Prüfberichte vorformulieren",
    ];
    const NOTES: &[&str] = &[
        "Eigene Vorlage ausprobiert, Ergebnis besprochen.",
        "Fragen zum Datenschutz geklärt.",
        "Gemeinsam einen Prompt verbessert.",
        "Fortschritt gut, nächste Woche Praxisbeispiel.",
        "Erste Aufgabe selbstständig mit KI erledigt.",
    ];
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x6d65_6e74);
    let employees = crate::people::list_employees(tx, false)?;
    let mut taken = std::collections::HashSet::new();
    let mut made = 0;
    for mentor in employees.iter().filter(|e| e.technical_interest == 3) {
        if made == PAIRS {
            break;
        }
        let Some(mentee) = employees.iter().find(|e| {
            e.department_id == mentor.department_id
                && e.technical_interest <= 1
                && !taken.contains(&e.id)
        }) else {
            continue;
        };
        taken.insert(mentor.id);
        taken.insert(mentee.id);
        // The first two started long ago and ended after ten weeks.
        let start = if made < 2 {
            today - Days::new(rng.random_range(100..160))
        } else {
            today - Days::new(rng.random_range(20..100))
        };
        let end = (made < 2).then(|| start + Days::new(70));
        let pair = create_pair(
            tx,
            &NewPair {
                mentor_id: mentor.id,
                mentee_id: mentee.id,
                topic: TOPICS[made % TOPICS.len()].into(),
                started_on: start.to_string(),
                ended_on: end.map(|d| d.to_string()),
            },
        )?;
        let last = end.unwrap_or(today);
        let mut day = start + Days::new(7);
        while day <= last {
            if rng.random_bool(0.8) {
                add_checkin(
                    tx,
                    pair.id,
                    &day.to_string(),
                    NOTES[rng.random_range(0..NOTES.len())],
                    today,
                )?;
            }
            day = day + Days::new(7);
        }
        made += 1;
    }
    Ok(())
}
