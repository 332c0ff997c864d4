//! KI-Reifegrad: how far each person has come with AI, in five dimensions of three levels
//! (DOMAIN.md: Tool-Kenntnisse, Anwendungsbreite, Selbstständigkeit, Innovation,
//! Wissensteilung), and what that means for a department or the whole company.
//!
//! A rating is a dated, append-only entry (the table's triggers refuse any UPDATE and any
//! DELETE except a GDPR erasure), so every figure can be computed "as of" a day and a
//! before/after comparison needs no snapshot. The index is the mean of the five levels.
//!
//! What this module must never do: show a group figure that describes an individual, alone
//! or by subtracting one shown figure from another. Therefore:
//!
//! - Aggregates and comparisons over fewer than [`MIN_GROUP`] people withhold every figure
//!   ("zu wenige Personen"); only a person's own history names one person.
//! - Secondary suppression: the department figures of a day are decided together. Every
//!   department with 1 to [`MIN_GROUP`] − 1 rated people is withheld; if the withheld
//!   people add up to 1 to [`MIN_GROUP`] − 1 (the company figure minus the shown
//!   departments would describe them), the smallest shown department is withheld too, until
//!   they number 0 or at least [`MIN_GROUP`]. Every employee belongs to a department
//!   (`department_id` is NOT NULL), so the departments add up to the company.
//! - A comparison is withheld when the people rated on either day but not compared number 1
//!   to [`MIN_GROUP`] − 1 (the day's aggregate minus the comparison would describe them); a
//!   department's comparison also when its aggregate is withheld on either day, and by the
//!   same secondary suppression over the people compared.
//! - Group figures count whole months only ([`counted_until`]): asked for any day, they are
//!   the figures at the end of that month if the day is its last, else at the end of the
//!   month before, so two days of one month cannot be subtracted to reveal one rating.
//!
//! Residual risk, by design: if in a whole month exactly one person of a shown group was
//! rated (or joined or left the rated group), the figures of the two month ends differ by
//! that one person. Counts of rated people are shown, so the works council can see when a
//! month-to-month difference rests on few people; the figures never name anyone.

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::validate::{self, MAX_TEXT};
use chrono::{Datelike, Days, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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

    /// People at `level` or above in `dimension` (the dashboard's "Wissensteilung ≥ 2").
    pub fn at_least(&self, dimension: Dimension, level: u8) -> u32 {
        let at_level = &self.dimensions[dimension.position()].at_level;
        LEVELS
            .filter(|&l| l >= level)
            .map(|l| at_level[usize::from(l - 1)])
            .sum()
    }
}

/// The maturity of a department or the company as of a day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Aggregate {
    /// The month end counted up to ([`counted_until`] the day asked for).
    pub as_of: String,
    pub scope: Scope,
    /// People in the scope who are employed on the day.
    pub active_people: u32,
    /// Those among them with a rating up to the day.
    pub people_rated: u32,
    /// `None` ("zu wenige Personen") below [`MIN_GROUP`] rated people, and for a department
    /// also when withheld so it cannot be subtracted from the company (module doc).
    pub figures: Option<GroupFigures>,
}

/// The day group figures are counted up to when `day` is asked for: `day` itself if it is
/// the last day of its month, otherwise the last day of the month before.
///
/// Counting only whole months means two days of the same month give the same figures, so
/// comparing "as of" one day with the next cannot single out the rating entered in between.
pub fn counted_until(day: NaiveDate) -> NaiveDate {
    match day.succ_opt() {
        Some(next) if next.month() != day.month() => day,
        _ => {
            let first = day.with_day(1).unwrap_or(day);
            first.pred_opt().unwrap_or(first)
        }
    }
}

/// One rated person: employee id, department (every employee has one; departments have no
/// dated history, so it is the current one) and the five levels in the order of
/// [`Dimension::ALL`].
struct Rated {
    id: u32,
    department: u32,
    levels: [u8; 5],
}

/// Everyone employed on a day (entered by then, not left before it), per department, and
/// each one's latest rating up to the day. One indexed look-up per person.
struct Day {
    active: BTreeMap<u32, u32>,
    rated: Vec<Rated>,
}

fn latest(conn: &Connection, day: NaiveDate) -> Result<Day> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.department_id, m.tools, m.breadth, m.autonomy, m.innovation, m.sharing
         FROM employee e
         LEFT JOIN maturity_assessment m ON m.id = (
             SELECT id FROM maturity_assessment
             WHERE employee_id = e.id AND assessed_on <= ?1
             ORDER BY assessed_on DESC, id DESC LIMIT 1)
         WHERE (e.archived_on IS NULL OR e.archived_on > ?1)
           AND (e.entry_date IS NULL OR e.entry_date <= ?1)",
    )?;
    let mut rows = stmt.query(params![day.to_string()])?;
    let mut active = BTreeMap::new();
    let mut rated = Vec::new();
    while let Some(row) = rows.next()? {
        let department: u32 = row.get(1)?;
        *active.entry(department).or_insert(0) += 1;
        let levels: [Option<u8>; 5] = [
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
        ];
        if let [Some(a), Some(b), Some(c), Some(d), Some(e)] = levels {
            rated.push(Rated {
                id: row.get(0)?,
                department,
                levels: [a, b, c, d, e],
            });
        }
    }
    Ok(Day { active, rated })
}

/// Whether `scope` contains the department `department`.
fn covers(scope: Scope, department: u32) -> bool {
    match scope {
        Scope::Company => true,
        Scope::Department(id) => id == department,
    }
}

/// Between 1 and [`MIN_GROUP`] − 1 people: too few to show, and too few to be revealed by
/// subtracting one shown figure from another.
fn too_few(n: u32) -> bool {
    (1..MIN_GROUP).contains(&n)
}

/// The departments whose figures may be shown, given per department the people its figure
/// is about and whether it must be withheld for a reason of its own.
///
/// Every department of 1 to [`MIN_GROUP`] − 1 people is withheld (primary suppression). The
/// company figure minus the shown departments' figures describes exactly the withheld
/// people, so while those add up to 1 to [`MIN_GROUP`] − 1, the smallest shown department
/// is withheld as well (secondary suppression), until they number 0 or at least
/// [`MIN_GROUP`].
fn shown_departments(groups: &BTreeMap<u32, (u32, bool)>) -> BTreeSet<u32> {
    let mut shown = BTreeSet::new();
    let mut withheld = 0;
    for (&id, &(people, own_reason)) in groups {
        if people >= MIN_GROUP && !own_reason {
            shown.insert(id);
        } else {
            withheld += people;
        }
    }
    while too_few(withheld) {
        let Some(&smallest) = shown.iter().min_by_key(|&&id| (groups[&id].0, id)) else {
            break;
        };
        shown.remove(&smallest);
        withheld += groups[&smallest].0;
    }
    shown
}

/// The departments whose aggregate may be shown on `day`.
fn shown_on(day: &Day) -> BTreeSet<u32> {
    let mut groups: BTreeMap<u32, (u32, bool)> = BTreeMap::new();
    for person in &day.rated {
        groups.entry(person.department).or_default().0 += 1;
    }
    shown_departments(&groups)
}

fn figures(people: &[&[u8; 5]]) -> Option<GroupFigures> {
    let n = people.len();
    if (n as u32) < MIN_GROUP {
        return None;
    }
    let dimensions: Vec<DimensionFigures> = Dimension::ALL
        .into_iter()
        .map(|dimension| {
            let mut at_level = [0u32; 3];
            let mut sum = 0.0;
            for levels in people {
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

/// The maturity of `scope` as of the end of the month [`counted_until`] `day`: each person
/// employed then with their latest rating up to then. A department that does not exist is
/// refused (`Field::Department`, `Unknown`).
///
/// The department figures of the day are decided together (see the module doc), so a
/// department of five or more can be withheld too when the company figure minus the other
/// departments would otherwise describe fewer than [`MIN_GROUP`] people.
pub fn aggregate(conn: &Connection, day: NaiveDate, scope: Scope) -> Result<Aggregate> {
    if let Scope::Department(id) = scope {
        crate::pilots::require_department(conn, Some(id))?;
    }
    let day = counted_until(day);
    let all = latest(conn, day)?;
    let active_people = all
        .active
        .iter()
        .filter(|(&department, _)| covers(scope, department))
        .map(|(_, &n)| n)
        .sum();
    let people: Vec<&[u8; 5]> = all
        .rated
        .iter()
        .filter(|p| covers(scope, p.department))
        .map(|p| &p.levels)
        .collect();
    let shown = match scope {
        Scope::Company => true,
        Scope::Department(id) => shown_on(&all).contains(&id),
    };
    Ok(Aggregate {
        as_of: day.to_string(),
        scope,
        active_people,
        people_rated: people.len() as u32,
        figures: if shown { figures(&people) } else { None },
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
    /// The month ends counted up to ([`counted_until`] the days asked for).
    pub before: String,
    pub after: String,
    pub scope: Scope,
    /// People in the scope employed and rated at both days: the only ones compared.
    pub people_compared: u32,
    /// `None` ("zu wenige Personen") below [`MIN_GROUP`] people compared, or when withheld
    /// so it cannot be subtracted from another figure (see [`compare`]).
    pub figures: Option<ComparisonFigures>,
}

/// Before/after between `before` and `after` for `scope`, per dimension and for the index;
/// both days are counted up to the end of their month as [`counted_until`] says.
///
/// Only people employed and rated by both days count, each with their latest rating up to
/// each day: a change in the group (new hires rated low, leavers who were rated high) would
/// otherwise move the means without anyone having grown. Someone not re-rated in between
/// counts with a change of 0. An `after` before `before` is refused (`Field::Date`,
/// `BeforeStart`).
///
/// Withheld, besides below [`MIN_GROUP`] people compared: when the people of the scope
/// rated on `before` but not compared, or those rated on `after` but not compared, number 1
/// to [`MIN_GROUP`] − 1 (the day's aggregate minus the comparison would describe them); for
/// a department also when its aggregate is withheld on either day, and by the same
/// secondary suppression across departments as [`aggregate`], over the people compared.
pub fn compare(
    conn: &Connection,
    before: NaiveDate,
    after: NaiveDate,
    scope: Scope,
) -> Result<Comparison> {
    if after < before {
        return Err(Error::invalid(Field::Date, Problem::BeforeStart));
    }
    if let Scope::Department(id) = scope {
        crate::pilots::require_department(conn, Some(id))?;
    }
    let (before, after) = (counted_until(before), counted_until(after));
    let earlier = latest(conn, before)?;
    let later = latest(conn, after)?;
    let earlier_ids: HashSet<u32> = earlier.rated.iter().map(|p| p.id).collect();
    let later_by_id: HashMap<u32, &[u8; 5]> =
        later.rated.iter().map(|p| (p.id, &p.levels)).collect();

    // Per department: people compared, and people rated on only one of the two days.
    let mut counts: BTreeMap<u32, [u32; 3]> = BTreeMap::new();
    let mut pairs: Vec<(u32, &[u8; 5], &[u8; 5])> = Vec::new();
    for person in &earlier.rated {
        let entry = counts.entry(person.department).or_default();
        match later_by_id.get(&person.id) {
            Some(after) => {
                entry[0] += 1;
                pairs.push((person.department, &person.levels, after));
            }
            None => entry[1] += 1,
        }
    }
    for person in later.rated.iter().filter(|p| !earlier_ids.contains(&p.id)) {
        counts.entry(person.department).or_default()[2] += 1;
    }
    let differenced =
        |[_, only_before, only_after]: [u32; 3]| too_few(only_before) || too_few(only_after);
    let shown = match scope {
        Scope::Company => {
            let total = counts.values().fold([0; 3], |sum, c| {
                [sum[0] + c[0], sum[1] + c[1], sum[2] + c[2]]
            });
            !differenced(total)
        }
        Scope::Department(id) => {
            let (shown_before, shown_after) = (shown_on(&earlier), shown_on(&later));
            let groups: BTreeMap<u32, (u32, bool)> = counts
                .iter()
                .map(|(&department, &c)| {
                    let own_reason = differenced(c)
                        || !shown_before.contains(&department)
                        || !shown_after.contains(&department);
                    (department, (c[0], own_reason))
                })
                .collect();
            shown_departments(&groups).contains(&id)
        }
    };
    let pairs: Vec<(&[u8; 5], &[u8; 5])> = pairs
        .into_iter()
        .filter(|(department, _, _)| covers(scope, *department))
        .map(|(_, b, a)| (b, a))
        .collect();
    let before_levels: Vec<&[u8; 5]> = pairs.iter().map(|(b, _)| *b).collect();
    let after_levels: Vec<&[u8; 5]> = pairs.iter().map(|(_, a)| *a).collect();
    let figures = figures(&before_levels)
        .zip(figures(&after_levels))
        .filter(|_| shown)
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
/// are left out. Both ratings lie before the last month end ([`counted_until`] `today`), so
/// the figures as of today show them. Deterministic for a given `rng` state.
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
        let month_end = counted_until(today);
        let first = month_end - Days::new(rng.random_range(95..105));
        let second = month_end - Days::new(rng.random_range(3..12));
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
