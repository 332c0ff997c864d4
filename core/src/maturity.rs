//! KI-Reifegrad: how far each person has come with AI, in five dimensions of three levels
//! (DOMAIN.md: Tool-Kenntnisse, Anwendungsbreite, Selbstständigkeit, Innovation,
//! Wissensteilung), and what that means for a department or the whole company.
//!
//! A rating is a dated, append-only entry (the table's triggers refuse any UPDATE and any
//! DELETE except a GDPR erasure), so every figure can be computed "as of" a day and a
//! before/after comparison needs no snapshot. The index is the mean of the five levels.
//!
//! What this module must never do: show a group figure that describes an individual.
//! Aggregates and comparisons over fewer than [`MIN_GROUP`] people withhold every figure
//! ("zu wenige Personen"), so the tool cannot rate people through the back door; only a
//! person's own history names one person.

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_TEXT};
use chrono::{Days, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

pub use crate::kpi::MIN_GROUP;

/// The five dimensions of the maturity model, in the order DOMAIN.md lists them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Dimension {
    /// Tool-Kenntnisse: Basis-Prompting → Erweiterte Techniken → Tool-Integration.
    Tools,
    /// Anwendungsbreite: Ein Use Case → Mehrere Use Cases → Bereichsübergreifend.
    Breadth,
    /// Selbstständigkeit: Angeleitet → Eigenständig → Mentoring anderer.
    Autonomy,
    /// Innovation: Bestehende lösen → Prozesse verbessern → Neue entwickeln.
    Innovation,
    /// Wissensteilung: Konsument → Gelegentlicher Beitrag → Aktiver Multiplikator.
    Sharing,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Tools,
        Dimension::Breadth,
        Dimension::Autonomy,
        Dimension::Innovation,
        Dimension::Sharing,
    ];

    /// The input field a refused level of this dimension is reported at.
    pub fn field(self) -> Field {
        match self {
            Dimension::Tools => Field::Tools,
            Dimension::Breadth => Field::Breadth,
            Dimension::Autonomy => Field::Autonomy,
            Dimension::Innovation => Field::Innovation,
            Dimension::Sharing => Field::Sharing,
        }
    }

    fn position(self) -> usize {
        self as usize
    }
}

/// The lowest and highest level of every dimension.
pub const LEVELS: std::ops::RangeInclusive<u8> = 1..=3;

/// One dated rating of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MaturityAssessment {
    pub id: u32,
    pub employee_id: u32,
    pub assessed_on: String,
    pub tools: u8,
    pub breadth: u8,
    pub autonomy: u8,
    pub innovation: u8,
    pub sharing: u8,
    /// The mean of the five levels, 1–3.
    #[specta(type = i32)]
    pub index: f64,
    pub note: String,
}

impl MaturityAssessment {
    /// The level in one dimension.
    pub fn level(&self, dimension: Dimension) -> u8 {
        self.levels()[dimension.position()]
    }

    fn levels(&self) -> [u8; 5] {
        [
            self.tools,
            self.breadth,
            self.autonomy,
            self.innovation,
            self.sharing,
        ]
    }
}

/// What the rating form asks for. Levels are plain numbers so a wrong one reaches
/// validation and is refused at its field instead of failing to deserialize.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewMaturity {
    pub employee_id: u32,
    /// ISO date of the rating.
    pub assessed_on: String,
    pub tools: i32,
    pub breadth: i32,
    pub autonomy: i32,
    pub innovation: i32,
    pub sharing: i32,
    /// Optional free text (what the rating rests on).
    pub note: String,
}

fn index_of(levels: [u8; 5]) -> f64 {
    levels.iter().map(|&l| f64::from(l)).sum::<f64>() / 5.0
}

/// Records a rating.
///
/// Refused, with nothing written: a level outside 1–3 (at that dimension's field, as
/// `OutOfRange { 1, 3 }`); a date that is no date, or one after `today` (`Field::Date`,
/// `NotAllowed`: a rating describes what was observed, and a future one would silently
/// change the figures later); an unknown employee (`Field::Name`, `Unknown`) or one who has
/// left (`Field::Name`, `NotAllowed`: leavers keep their history but get no new ratings);
/// a note longer than [`MAX_TEXT`].
pub fn record(tx: &Transaction, new: &NewMaturity, today: NaiveDate) -> Result<MaturityAssessment> {
    let given = [
        new.tools,
        new.breadth,
        new.autonomy,
        new.innovation,
        new.sharing,
    ];
    let mut levels = [0u8; 5];
    for (dimension, value) in Dimension::ALL.into_iter().zip(given) {
        levels[dimension.position()] = validate::in_range(
            dimension.field(),
            value.into(),
            i32::from(*LEVELS.start()),
            i32::from(*LEVELS.end()),
        )? as u8;
    }
    let on = validate::date(Field::Date, &new.assessed_on)?;
    if on > today {
        return Err(Error::invalid(Field::Date, Problem::NotAllowed));
    }
    let note = validate::optional(Field::Note, &new.note, MAX_TEXT)?;
    let archived: Option<bool> = tx
        .prepare_cached("SELECT archived_on IS NOT NULL FROM employee WHERE id = ?1")?
        .query_row([new.employee_id], |row| row.get(0))
        .optional()?;
    match archived {
        None => return Err(Error::invalid(Field::Name, Problem::Unknown)),
        Some(true) => return Err(Error::invalid(Field::Name, Problem::NotAllowed)),
        Some(false) => {}
    }
    let on = on.to_string();
    tx.prepare_cached(
        "INSERT INTO maturity_assessment
             (employee_id, assessed_on, tools, breadth, autonomy, innovation, sharing, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        new.employee_id,
        on,
        levels[0],
        levels[1],
        levels[2],
        levels[3],
        levels[4],
        note
    ])?;
    Ok(MaturityAssessment {
        id: tx.last_insert_rowid() as u32,
        employee_id: new.employee_id,
        assessed_on: on,
        tools: levels[0],
        breadth: levels[1],
        autonomy: levels[2],
        innovation: levels[3],
        sharing: levels[4],
        index: index_of(levels),
        note,
    })
}

const SELECT: &str = "SELECT id, employee_id, assessed_on, tools, breadth, autonomy, innovation,
                             sharing, note
                      FROM maturity_assessment";

fn from_row(row: &rusqlite::Row) -> rusqlite::Result<MaturityAssessment> {
    let levels = [
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
    ];
    Ok(MaturityAssessment {
        id: row.get(0)?,
        employee_id: row.get(1)?,
        assessed_on: row.get(2)?,
        tools: levels[0],
        breadth: levels[1],
        autonomy: levels[2],
        innovation: levels[3],
        sharing: levels[4],
        index: index_of(levels),
        note: row.get(8)?,
    })
}

fn require_employee(conn: &Connection, id: u32) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM employee WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::not_found(Entity::Employee, id))
    }
}

/// Every rating of one person (also one who has left), oldest first; entries of the same
/// day in the order they were recorded.
pub fn history(conn: &Connection, employee_id: u32) -> Result<Vec<MaturityAssessment>> {
    require_employee(conn, employee_id)?;
    Ok(conn
        .prepare(&format!(
            "{SELECT} WHERE employee_id = ?1 ORDER BY assessed_on, id"
        ))?
        .query_map([employee_id], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

/// The person's latest rating up to the end of `day` (the last recorded, if several share
/// that date); `None` if they had none by then.
pub fn person_as_of(
    conn: &Connection,
    employee_id: u32,
    day: NaiveDate,
) -> Result<Option<MaturityAssessment>> {
    require_employee(conn, employee_id)?;
    Ok(conn
        .query_row(
            &format!(
                "{SELECT} WHERE employee_id = ?1 AND assessed_on <= ?2
                 ORDER BY assessed_on DESC, id DESC LIMIT 1"
            ),
            params![employee_id, day.to_string()],
            from_row,
        )
        .optional()?)
}

/// Whom a group figure is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Scope {
    Company,
    /// The people who belong to this department now (departments have no dated history).
    Department(u32),
}

/// One dimension of a group: the mean level and how many people are at each level.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DimensionFigures {
    pub dimension: Dimension,
    #[specta(type = i32)]
    pub mean: f64,
    /// People at level 1, 2 and 3.
    pub at_level: [u32; 3],
}

/// A group's figures; only ever built for [`MIN_GROUP`] people or more.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GroupFigures {
    /// In the order of [`Dimension::ALL`].
    pub dimensions: Vec<DimensionFigures>,
    /// The mean of the people's indexes (equal to the mean of the dimension means).
    #[specta(type = i32)]
    pub index: f64,
}

impl GroupFigures {
    pub fn mean(&self, dimension: Dimension) -> f64 {
        self.dimensions[dimension.position()].mean
    }
}

/// The maturity of a department or the company as of a day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Aggregate {
    pub as_of: String,
    pub scope: Scope,
    /// People in the scope who are employed on the day.
    pub active_people: u32,
    /// Those among them with a rating up to the day.
    pub people_rated: u32,
    /// `None` ("zu wenige Personen") below [`MIN_GROUP`] rated people.
    pub figures: Option<GroupFigures>,
}

/// Each person's latest levels up to `day`, for the people in `scope` employed that day
/// (entered by then, not left before it). One indexed look-up per person.
/// One person's five levels, in the order of [`Dimension::ALL`], by employee id.
type Rated = Vec<(u32, [u8; 5])>;

fn latest(conn: &Connection, day: NaiveDate, scope: Scope) -> Result<(u32, Rated)> {
    let department = match scope {
        Scope::Company => None,
        Scope::Department(id) => {
            crate::pilots::require_department(conn, Some(id))?;
            Some(id)
        }
    };
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, m.tools, m.breadth, m.autonomy, m.innovation, m.sharing
         FROM employee e
         LEFT JOIN maturity_assessment m ON m.id = (
             SELECT id FROM maturity_assessment
             WHERE employee_id = e.id AND assessed_on <= ?1
             ORDER BY assessed_on DESC, id DESC LIMIT 1)
         WHERE (e.archived_on IS NULL OR e.archived_on > ?1)
           AND (e.entry_date IS NULL OR e.entry_date <= ?1)
           AND (?2 IS NULL OR e.department_id = ?2)",
    )?;
    let mut rows = stmt.query(params![day.to_string(), department])?;
    let mut active = 0;
    let mut rated = Vec::new();
    while let Some(row) = rows.next()? {
        active += 1;
        let levels: [Option<u8>; 5] = [
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
        ];
        if let [Some(a), Some(b), Some(c), Some(d), Some(e)] = levels {
            rated.push((row.get(0)?, [a, b, c, d, e]));
        }
    }
    Ok((active, rated))
}

fn figures<'a>(people: impl ExactSizeIterator<Item = &'a [u8; 5]> + Clone) -> Option<GroupFigures> {
    let n = people.len();
    if (n as u32) < MIN_GROUP {
        return None;
    }
    let dimensions: Vec<DimensionFigures> = Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let mut at_level = [0u32; 3];
            let mut sum = 0.0;
            for levels in people.clone() {
                let level = levels[dimension.position()];
                sum += f64::from(level);
                at_level[usize::from(level.clamp(1, 3)) - 1] += 1;
            }
            DimensionFigures {
                dimension,
                mean: sum / n as f64,
                at_level,
            }
        })
        .collect();
    let index = dimensions.iter().map(|d| d.mean).sum::<f64>() / 5.0;
    Some(GroupFigures { dimensions, index })
}

/// The maturity of `scope` as of the end of `day`: each employed person's latest rating up
/// to the day. A department that does not exist is refused (`Field::Department`, `Unknown`).
pub fn aggregate(conn: &Connection, day: NaiveDate, scope: Scope) -> Result<Aggregate> {
    let (active_people, rated) = latest(conn, day, scope)?;
    Ok(Aggregate {
        as_of: day.to_string(),
        scope,
        active_people,
        people_rated: rated.len() as u32,
        figures: figures(rated.iter().map(|(_, levels)| levels)),
    })
}

/// One figure before and after, and the change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Delta {
    #[specta(type = i32)]
    pub before: f64,
    #[specta(type = i32)]
    pub after: f64,
    /// `after − before`: positive is growth.
    #[specta(type = i32)]
    pub change: f64,
}

impl Delta {
    fn new(before: f64, after: f64) -> Self {
        Delta {
            before,
            after,
            change: after - before,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct DimensionDelta {
    pub dimension: Dimension,
    pub delta: Delta,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ComparisonFigures {
    /// In the order of [`Dimension::ALL`].
    pub dimensions: Vec<DimensionDelta>,
    pub index: Delta,
}

/// The same group's maturity at two days (seed 004: before and after an intervention).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub before: String,
    pub after: String,
    pub scope: Scope,
    /// People in the scope employed and rated at both days: the only ones compared.
    pub people_compared: u32,
    /// `None` ("zu wenige Personen") below [`MIN_GROUP`] people compared.
    pub figures: Option<ComparisonFigures>,
}

/// Before/after between `before` and `after` for `scope`, per dimension and for the index.
///
/// Only people employed and rated by both days count, each with their latest rating up to
/// each day: a change in the group (new hires rated low, leavers who were rated high) would
/// otherwise move the means without anyone having grown. Someone not re-rated in between
/// counts with a change of 0. An `after` before `before` is refused (`Field::Date`,
/// `BeforeStart`).
pub fn compare(
    conn: &Connection,
    before: NaiveDate,
    after: NaiveDate,
    scope: Scope,
) -> Result<Comparison> {
    if after < before {
        return Err(Error::invalid(Field::Date, Problem::BeforeStart));
    }
    let (_, earlier) = latest(conn, before, scope)?;
    let (_, later) = latest(conn, after, scope)?;
    let later: HashMap<u32, [u8; 5]> = later.into_iter().collect();
    let pairs: Vec<([u8; 5], [u8; 5])> = earlier
        .into_iter()
        .filter_map(|(id, levels)| later.get(&id).map(|after| (levels, *after)))
        .collect();
    let figures = figures(pairs.iter().map(|(b, _)| b))
        .zip(figures(pairs.iter().map(|(_, a)| a)))
        .map(|(b, a)| ComparisonFigures {
            dimensions: Dimension::ALL
                .into_iter()
                .map(|dimension| DimensionDelta {
                    dimension,
                    delta: Delta::new(b.mean(dimension), a.mean(dimension)),
                })
                .collect(),
            index: Delta::new(b.index, a.index),
        });
    Ok(Comparison {
        before: before.to_string(),
        after: after.to_string(),
        scope,
        people_compared: pairs.len() as u32,
        figures,
    })
}

/// How the demo's departments start and grow: (starting bias, chance per dimension to rise
/// a level in three months). Keyed by the demo's department names; others get the default.
fn demo_profile(department: &str) -> (i32, f64) {
    match department {
        "IT" => (1, 0.45),
        "Konstruktion" => (0, 0.4),
        "Vertrieb" => (0, 0.35),
        "Qualität" => (0, 0.3),
        "Produktion" => (-1, 0.25),
        _ => (0, 0.3),
    }
}

/// Rates about 85 % of the demo's active employees twice, about three months apart, with
/// plausible growth that varies by department; people who joined after the first rating day
/// are left out. Deterministic for a given `rng` state.
pub(crate) fn demo(tx: &Transaction, today: NaiveDate, rng: &mut ChaCha8Rng) -> Result<()> {
    for employee in crate::people::list_employees(tx, false)? {
        if !rng.random_bool(0.85) {
            continue;
        }
        let (bias, growth) = demo_profile(&employee.department);
        let interest = i32::from(employee.technical_interest);
        let mut before = [0i32; 5];
        for level in &mut before {
            // Most start at 1; curious people and technical departments a little higher.
            let ahead = bias > 0 && rng.random_bool(0.5);
            let curious = interest >= 2 && rng.random_bool(0.4 + 0.1 * f64::from(bias));
            *level = (1 + i32::from(ahead) + i32::from(curious)).clamp(1, 3);
        }
        let mut after = before;
        for level in &mut after {
            if rng.random_bool(growth + 0.05 * f64::from(interest)) {
                *level = (*level + 1).min(3);
            }
        }
        let first = today - Days::new(rng.random_range(95..105));
        let second = today - Days::new(rng.random_range(3..12));
        // Newcomers are first rated once they have been around for a while.
        if employee
            .entry_date
            .as_deref()
            .is_some_and(|entry| entry > first.to_string().as_str())
        {
            continue;
        }
        for (on, levels, note) in [
            (first, before, "Ersteinschätzung"),
            (second, after, "Nach drei Monaten"),
        ] {
            record(
                tx,
                &NewMaturity {
                    employee_id: employee.id,
                    assessed_on: on.to_string(),
                    tools: levels[0],
                    breadth: levels[1],
                    autonomy: levels[2],
                    innovation: levels[3],
                    sharing: levels[4],
                    note: note.to_string(),
                },
                today,
            )?;
        }
    }
    Ok(())
}
