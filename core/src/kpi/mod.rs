//! Kennzahlen: where the company stands as of any day, computed from the dated histories
//! (AI usage, pilot statuses, measured hours, costs, completed learning modules) — no
//! snapshot job, so a trend over the last 12 months is twelve "as of" computations.
//!
//! Money follows the company's settings: hours saved per week × working weeks per year ×
//! hourly rate is the saving per year (seed 002: 6 + 4 + 3 h/week at 46 weeks and 60 €/h are
//! 35,880 €). The usage rate is a share of people and is left out for fewer than five active
//! employees, so it can never describe an individual.

use crate::company;
use crate::error::Result;
use crate::learning;
use crate::pilots::{self, CostKind, History, PilotStatus};
use chrono::{Datelike, Months, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use specta::Type;

/// Below this many active employees the usage rate is not shown.
pub const MIN_GROUP: u32 = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: PilotStatus,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Kpis {
    pub as_of: String,
    pub active_employees: u32,
    /// Active employees whose latest recorded AI usage is "regular".
    pub regular_users: u32,
    /// `regular_users / active_employees` in percent; `None` below [`MIN_GROUP`] people.
    #[specta(type = Option<i32>)]
    pub usage_rate: Option<f64>,
    /// Measured hours saved per week by running, scaling and finished pilots.
    #[specta(type = i32)]
    pub hours_per_week: f64,
    /// `hours_per_week` × working weeks × hourly rate.
    #[specta(type = i32)]
    pub euros_per_year: f64,
    /// Use cases by their status on the day, in stage order.
    pub by_status: Vec<StatusCount>,
    #[specta(type = Option<i32>)]
    pub average_benefit: Option<f64>,
    #[specta(type = Option<i32>)]
    pub average_risk: Option<f64>,
    #[specta(type = Option<i32>)]
    pub average_measurability: Option<f64>,
    /// Use cases recorded in the calendar quarter of the day (Innovationsrate).
    pub new_in_quarter: u32,
    /// Pilots' one-off costs up to the day plus monthly costs for every month begun, plus
    /// the cost of every learning module completed up to the day (training).
    #[specta(type = i32)]
    pub investment_to_date: f64,
    /// Hours saved from each measurement on, while the pilot saved time, in euros.
    #[specta(type = i32)]
    pub savings_to_date: f64,
    /// (savings − investment) / investment in percent; `None` without investment.
    #[specta(type = Option<i32>)]
    pub roi_percent: Option<f64>,
}

/// The KPIs as of the end of `day`.
pub fn as_of(conn: &Connection, day: NaiveDate) -> Result<Kpis> {
    let company = company::require(conn)?;
    let pilots = pilots::histories(conn)?;
    let training = learning::training_costs(conn)?;
    let (active_employees, regular_users) = usage(conn, day)?;
    Ok(compute(
        &pilots,
        &training,
        day,
        active_employees,
        regular_users,
        company.hourly_rate,
        f64::from(company.working_weeks),
    ))
}

/// The KPIs at the end of each of the 12 months up to `day` (the last one as of `day`).
pub fn trend(conn: &Connection, day: NaiveDate) -> Result<Vec<Kpis>> {
    let company = company::require(conn)?;
    let pilots = pilots::histories(conn)?;
    let training = learning::training_costs(conn)?;
    (0..12)
        .rev()
        .map(|back| {
            let point = if back == 0 {
                day
            } else {
                month_end(day - Months::new(back))
            };
            let (active, regular) = usage(conn, point)?;
            Ok(compute(
                &pilots,
                &training,
                point,
                active,
                regular,
                company.hourly_rate,
                f64::from(company.working_weeks),
            ))
        })
        .collect()
}

fn month_end(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).expect("day 1 exists");
    first + Months::new(1) - chrono::Days::new(1)
}

/// Active employees on `day` (entered by then, not left) and those among them whose latest
/// AI usage recorded by then is "regular".
fn usage(conn: &Connection, day: NaiveDate) -> Result<(u32, u32)> {
    let day = day.to_string();
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum((
             SELECT usage FROM ai_usage u WHERE u.employee_id = e.id AND u.recorded_on <= ?1
             ORDER BY u.recorded_on DESC, u.id DESC LIMIT 1) = 'regular'), 0)
         FROM employee e
         WHERE (e.archived_on IS NULL OR e.archived_on > ?1)
           AND (e.entry_date IS NULL OR e.entry_date <= ?1)",
        [&day],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

fn compute(
    pilots: &[History],
    training: &[(NaiveDate, f64)],
    day: NaiveDate,
    active_employees: u32,
    regular_users: u32,
    hourly_rate: f64,
    working_weeks: f64,
) -> Kpis {
    let existing: Vec<&History> = pilots.iter().filter(|p| p.created_on <= day).collect();
    let hours_per_week: f64 = existing
        .iter()
        .filter(|p| p.status_on(day).is_some_and(PilotStatus::saves_time))
        .filter_map(|p| p.hours_on(day))
        .sum();
    let by_status = PilotStatus::ALL
        .into_iter()
        .map(|status| StatusCount {
            status,
            count: existing
                .iter()
                .filter(|p| p.status_on(day) == Some(status))
                .count() as u32,
        })
        .collect();
    let average = |score: fn(&History) -> Option<u8>| {
        let scored: Vec<f64> = existing
            .iter()
            .filter_map(|p| score(p))
            .map(f64::from)
            .collect();
        (!scored.is_empty()).then(|| scored.iter().sum::<f64>() / scored.len() as f64)
    };
    let quarter = |d: NaiveDate| (d.year(), d.month0() / 3);
    let investment_to_date: f64 = existing.iter().map(|p| investment(p, day)).sum::<f64>()
        + training
            .iter()
            .filter(|(on, _)| *on <= day)
            .map(|(_, cost)| cost)
            .sum::<f64>();
    let savings_to_date: f64 = existing
        .iter()
        .map(|p| savings(p, day, hourly_rate, working_weeks))
        .sum();
    Kpis {
        as_of: day.to_string(),
        active_employees,
        regular_users,
        usage_rate: (active_employees >= MIN_GROUP)
            .then(|| f64::from(regular_users) * 100.0 / f64::from(active_employees)),
        hours_per_week,
        euros_per_year: hours_per_week * working_weeks * hourly_rate,
        by_status,
        average_benefit: average(|p| p.benefit),
        average_risk: average(|p| p.risk),
        average_measurability: average(|p| p.measurability),
        new_in_quarter: existing
            .iter()
            .filter(|p| quarter(p.created_on) == quarter(day))
            .count() as u32,
        investment_to_date,
        savings_to_date,
        roi_percent: (investment_to_date > 0.0)
            .then(|| (savings_to_date - investment_to_date) * 100.0 / investment_to_date),
    }
}

/// One pilot's money up to a day, as the dashboard counts it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PilotFigures {
    #[specta(type = i32)]
    pub investment: f64,
    #[specta(type = i32)]
    pub savings: f64,
}

/// The costs and savings of one pilot up to the end of `day`.
pub fn pilot_to_date(conn: &Connection, pilot_id: u32, day: NaiveDate) -> Result<PilotFigures> {
    let company = company::require(conn)?;
    let history = pilots::histories(conn)?
        .into_iter()
        .find(|p| p.id == pilot_id)
        .ok_or_else(|| crate::error::Error::not_found(crate::error::Entity::Pilot, pilot_id))?;
    Ok(PilotFigures {
        investment: investment(&history, day),
        savings: savings(
            &history,
            day,
            company.hourly_rate,
            f64::from(company.working_weeks),
        ),
    })
}

/// Hours saved up to `day`, in euros.
fn savings(pilot: &History, day: NaiveDate, hourly_rate: f64, working_weeks: f64) -> f64 {
    saved_hours(pilot, day) * working_weeks / 365.0 * hourly_rate
}

/// Months from the month of `from` to the month of `to`, both counted (a monthly cost is due
/// for every month begun).
fn months_begun(from: NaiveDate, to: NaiveDate) -> i64 {
    let index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    (index(to) - index(from) + 1).max(0)
}

/// One-off costs up to `day`, and each monthly amount for the months from its date until the
/// next monthly amount (or `day`).
fn investment(pilot: &History, day: NaiveDate) -> f64 {
    let once: f64 = pilot
        .costs
        .iter()
        .filter(|(on, kind, _)| *on <= day && *kind == CostKind::Once)
        .map(|(_, _, amount)| amount)
        .sum();
    let monthly: Vec<(NaiveDate, f64)> = pilot
        .costs
        .iter()
        .filter(|(on, kind, _)| *on <= day && *kind == CostKind::Monthly)
        .map(|(on, _, amount)| (*on, *amount))
        .collect();
    let recurring: f64 = monthly
        .iter()
        .enumerate()
        .map(|(i, (since, amount))| {
            let months = match monthly.get(i + 1) {
                // The next amount takes over in its own month.
                Some((next, _)) => months_begun(*since, *next) - 1,
                None => months_begun(*since, day),
            };
            amount * months.max(0) as f64
        })
        .sum();
    once + recurring
}

/// The measured hours per week, summed over every calendar day up to the end of `day` on
/// which the pilot saved time (between two changes — a status or a measurement — the rate
/// stays). × working weeks / 365 turns it into hours actually saved.
fn saved_hours(pilot: &History, day: NaiveDate) -> f64 {
    let mut changes: Vec<NaiveDate> = pilot
        .statuses
        .iter()
        .map(|(on, _)| *on)
        .chain(pilot.hours.iter().map(|(on, _)| *on))
        .filter(|on| *on <= day)
        .collect();
    changes.sort();
    changes.dedup();
    let end = day + chrono::Days::new(1);
    changes
        .iter()
        .enumerate()
        .map(|(i, from)| {
            let to = changes.get(i + 1).copied().unwrap_or(end);
            let saving = pilot
                .status_on(*from)
                .filter(|s| s.saves_time())
                .and(pilot.hours_on(*from))
                .unwrap_or(0.0);
            saving * (to - *from).num_days() as f64
        })
        .sum()
}

/// The size classes for which Destatis reports AI use in German firms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum SizeClass {
    /// All firms with 10 or more employees: the comparison for companies of 10–49 people,
    /// for which Destatis publishes no class of their own.
    TenOrMore,
    /// 50–249 employees.
    FiftyTo249,
    /// 250 or more employees.
    TwoHundredFiftyOrMore,
}

/// What the usage rate is shown beside: the share of *firms* of the company's size class
/// that use AI at all — not a share of people, so the two figures are never equal in kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Benchmark {
    /// Firms using AI, in percent of all firms in the class.
    pub percent: u8,
    /// The class the company falls into; the UI and the printouts name it in words.
    pub size_class: SizeClass,
    /// Who counted, and when (`Destatis 2024`).
    pub source: &'static str,
}

/// The only place the outside figures live; dashboard and printed report read them here.
pub const BENCHMARK_SOURCE: &str = "Destatis 2024";

/// The Destatis 2024 share of firms using AI for a company of `active_employees`:
/// 48 % from 250 employees, 28 % for 50–249, and 20 % (all firms from 10 employees) below
/// 50. `None` below 10 employees: Destatis does not survey firms that small.
pub fn benchmark(active_employees: u32) -> Option<Benchmark> {
    let (percent, size_class) = match active_employees {
        0..=9 => return None,
        10..=49 => (20, SizeClass::TenOrMore),
        50..=249 => (28, SizeClass::FiftyTo249),
        _ => (48, SizeClass::TwoHundredFiftyOrMore),
    };
    Some(Benchmark {
        percent,
        size_class,
        source: BENCHMARK_SOURCE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_follows_the_destatis_size_classes() {
        let percent = |people| benchmark(people).map(|b| (b.percent, b.size_class));
        assert_eq!(percent(0), None, "no company, no comparison");
        assert_eq!(percent(9), None, "Destatis does not count firms below 10");
        assert_eq!(percent(10), Some((20, SizeClass::TenOrMore)));
        assert_eq!(percent(49), Some((20, SizeClass::TenOrMore)));
        assert_eq!(percent(50), Some((28, SizeClass::FiftyTo249)));
        assert_eq!(percent(249), Some((28, SizeClass::FiftyTo249)));
        assert_eq!(percent(250), Some((48, SizeClass::TwoHundredFiftyOrMore)));
        assert_eq!(percent(5_000), Some((48, SizeClass::TwoHundredFiftyOrMore)));
        assert_eq!(benchmark(85).unwrap().source, "Destatis 2024");
    }
}
