//! The printed KPI report (Kennzahlen-Bericht): where the company stands on one day and how it
//! got there over the twelve months before, on two A4 pages a managing director can put on
//! the table of a meeting.
//!
//! Every figure comes from [`crate::kpi`] and the outside comparison from
//! [`kpi::benchmark`]; this module only formats them, the German way or the English way, and
//! hands them to `kpi_report.typ` as JSON (the company name too, never as markup). It must
//! never show a usage rate the KPIs hide — nor the head count behind it — and never put the
//! company's share of people next to Destatis' share of firms without saying so.
//! Each chart also carries its values as text: labels on the bars, a table under the lines.

use super::data::{format_date, Numbers};
use super::render::Template;
use crate::company::{self, Language};
use crate::error::Result;
use crate::kpi::{self, Kpis};
use crate::maturity::{self, Aggregate, Dimension, Scope};
use crate::mentoring::{self, KnowledgeTransfer};
use crate::texts::{self, KpiLabels};
use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

pub(super) static TEMPLATE: Template = Template {
    source: include_str!("kpi_report.typ"),
    ident: "talentwerk-kpi-report",
    // Two pages: the accessible structure tree costs next to nothing.
    tagged: true,
};

/// Everything `kpi_report.typ` reads, already worded and formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Report {
    lang: &'static str,
    text: &'static KpiLabels,
    company: String,
    as_of: String,
    printed_on: String,
    tiles: Vec<Tile>,
    comparison: Comparison,
    details: Vec<Row>,
    statuses: Vec<StatusBar>,
    /// The longest bar's count (at least 1, so an empty chart still has a scale).
    status_max: u32,
    no_use_cases: bool,
    charts: Vec<Chart>,
    /// The trend's points as column heads: `Dez 25`.
    months: Vec<String>,
    trend_rows: Vec<TrendRow>,
    trend_note: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Tile {
    label: &'static str,
    value: String,
    unit: &'static str,
    note: String,
    /// The figure cannot be given (too few people, no investment): the value is a phrase.
    missing: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Comparison {
    company: Option<Share>,
    company_label: &'static str,
    company_note: String,
    /// Said instead of the bar when the usage rate is hidden.
    company_missing: &'static str,
    benchmark: Option<Share>,
    benchmark_label: String,
    caveat: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Share {
    /// 0–100, for the bar's length.
    percent: f64,
    value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Row {
    label: String,
    value: String,
    unit: &'static str,
    /// A sub-figure of the row above (`davon …`).
    indent: bool,
    /// A thin rule above: the table's groups.
    group: bool,
}

#[derive(Serialize)]
struct StatusBar {
    label: &'static str,
    count: u32,
}

/// A line chart: values as fractions of the y-axis' top, ticks with their labels.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Chart {
    title: &'static str,
    /// Said across the chart when no point can be drawn (the usage rate of a small company).
    empty_note: Option<String>,
    ticks: Vec<Tick>,
    series: Vec<Series>,
}

#[derive(Serialize)]
struct Tick {
    at: f64,
    label: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Series {
    /// Empty for a chart's only series: its title names it.
    name: &'static str,
    /// Solid line with filled dots, or dashed with open squares: told apart without colour.
    dashed: bool,
    points: Vec<Option<f64>>,
    /// The last point's value, written beside it.
    last: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TrendRow {
    label: &'static str,
    unit: &'static str,
    values: Vec<String>,
}

/// Reads the KPIs as of `as_of`, their 12-month trend and the company, and words them.
pub(super) fn report(
    conn: &Connection,
    as_of: NaiveDate,
    language: Language,
    today: NaiveDate,
) -> Result<Report> {
    let company = company::require(conn)?;
    let now = kpi::as_of(conn, as_of)?;
    let trend = kpi::trend(conn, as_of)?;
    let t = texts::kpi_labels(language);
    let n = Numbers(language);
    let statuses: Vec<StatusBar> = now
        .by_status
        .iter()
        .map(|c| StatusBar {
            label: texts::pilot_status(c.status, language),
            count: c.count,
        })
        .collect();
    let total: u32 = statuses.iter().map(|s| s.count).sum();
    Ok(Report {
        lang: language.as_str(),
        text: t,
        company: company.name.clone(),
        as_of: format_date(as_of, language),
        printed_on: format_date(today, language),
        tiles: tiles(&now, t, n, company.working_weeks, company.hourly_rate),
        comparison: comparison(&now, t, n, language),
        details: details(&now, t, n, as_of, total)
            .into_iter()
            .chain(growth_rows(
                &maturity::aggregate(conn, as_of, Scope::Company)?,
                &mentoring::knowledge_transfer(conn, as_of)?,
                t,
                n,
            ))
            .collect(),
        status_max: statuses.iter().map(|s| s.count).max().unwrap_or(0).max(1),
        statuses,
        no_use_cases: total == 0,
        charts: charts(&trend, t, n),
        months: trend
            .iter()
            .map(|k| {
                let day = day_of(k);
                format!(
                    "{} {:02}",
                    t.months[day.month0() as usize],
                    day.year() % 100
                )
            })
            .collect(),
        trend_rows: trend_rows(&trend, t, n),
        trend_note: t
            .trend_note
            .replace("{date}", &format_date(as_of, language)),
    })
}

/// The people's side of the dashboard below the pilots' figures: the company's maturity
/// index and the people at Wissensteilung 2 or 3 (both "zu wenige Personen" where the
/// maturity figures are withheld below five rated people), active mentoring pairs and
/// check-ins in the 30 days up to the day.
fn growth_rows(
    m: &Aggregate,
    k: &KnowledgeTransfer,
    t: &'static KpiLabels,
    n: Numbers,
) -> Vec<Row> {
    let count = |v: u32| n.fixed(v.into(), 0);
    let row = |label: &str, value: String, unit: &'static str, group: bool| Row {
        label: label.to_string(),
        value,
        unit,
        indent: false,
        group,
    };
    let (index, sharers, sharers_unit) = match &m.figures {
        Some(f) => (
            n.fixed(f.index, 1),
            count(f.at_least(Dimension::Sharing, 2)),
            t.people,
        ),
        None => (t.too_few.to_string(), t.too_few.to_string(), ""),
    };
    vec![
        row(t.maturity, index, t.maturity_unit, true),
        row(t.sharers, sharers, sharers_unit, false),
        row(t.pairs, count(k.active_pairs), t.count, false),
        row(t.checkins, count(k.checkins_last_30_days), t.count, false),
    ]
}

fn day_of(k: &Kpis) -> NaiveDate {
    NaiveDate::parse_from_str(&k.as_of, "%Y-%m-%d").expect("the KPIs carry an ISO date")
}

fn tiles(k: &Kpis, t: &'static KpiLabels, n: Numbers, weeks: u32, rate: f64) -> Vec<Tile> {
    let usage = match k.usage_rate {
        Some(rate) => Tile {
            label: t.usage_rate,
            value: n.fixed(rate, 1),
            unit: "%",
            note: t
                .usage_rate_note
                .replace("{regular}", &n.fixed(k.regular_users.into(), 0))
                .replace("{active}", &n.fixed(k.active_employees.into(), 0)),
            missing: false,
        },
        None => Tile {
            label: t.usage_rate,
            value: t.too_few.into(),
            unit: "",
            note: t.too_few_note.replace("{n}", &kpi::MIN_GROUP.to_string()),
            missing: true,
        },
    };
    let roi = match k.roi_percent {
        Some(roi) => Tile {
            label: t.roi,
            value: n.fixed(roi, 1),
            unit: "%",
            note: t
                .roi_note
                .replace("{savings}", &n.fixed(k.savings_to_date, 0))
                .replace("{investment}", &n.fixed(k.investment_to_date, 0)),
            missing: false,
        },
        None => Tile {
            label: t.roi,
            value: "–".into(),
            unit: "",
            note: t.no_investment.into(),
            missing: true,
        },
    };
    vec![
        usage,
        Tile {
            label: t.hours_saved,
            value: n.short(k.hours_per_week),
            unit: t.hours_unit,
            note: t.hours_note.into(),
            missing: false,
        },
        Tile {
            label: t.euros_saved,
            value: n.fixed(k.euros_per_year, 0),
            unit: t.euros_unit,
            note: t
                .euros_note
                .replace("{weeks}", &weeks.to_string())
                .replace("{rate}", &n.short(rate)),
            missing: false,
        },
        roi,
    ]
}

fn comparison(k: &Kpis, t: &'static KpiLabels, n: Numbers, language: Language) -> Comparison {
    let benchmark = kpi::benchmark(k.active_employees);
    Comparison {
        company: k.usage_rate.map(|rate| Share {
            percent: rate,
            value: format!("{} %", n.fixed(rate, 1)),
        }),
        company_label: t.company_share,
        company_note: match k.usage_rate {
            Some(_) => t
                .usage_rate_note
                .replace("{regular}", &n.fixed(k.regular_users.into(), 0))
                .replace("{active}", &n.fixed(k.active_employees.into(), 0)),
            None => t.too_few_note.replace("{n}", &kpi::MIN_GROUP.to_string()),
        },
        company_missing: t.too_few,
        benchmark_label: match &benchmark {
            Some(b) => t
                .benchmark_share
                .replace("{source}", b.source)
                .replace("{class}", texts::size_class(b.size_class, language)),
            None => t.no_benchmark.into(),
        },
        benchmark: benchmark.map(|b| Share {
            percent: f64::from(b.percent),
            value: format!("{} %", b.percent),
        }),
        caveat: t.benchmark_caveat,
    }
}

fn details(k: &Kpis, t: &'static KpiLabels, n: Numbers, day: NaiveDate, total: u32) -> Vec<Row> {
    let row = |label: &str, value: String, unit: &'static str| Row {
        label: label.to_string(),
        value,
        unit,
        indent: false,
        group: false,
    };
    let grouped = |mut row: Row| {
        row.group = true;
        row
    };
    let optional = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| n.fixed(v, 1));
    let mut regular = row(
        t.regular_users,
        match k.usage_rate {
            Some(_) => n.fixed(k.regular_users.into(), 0),
            None => t.too_few.into(),
        },
        if k.usage_rate.is_some() { t.people } else { "" },
    );
    regular.indent = true;
    let quarter = t
        .new_in_quarter
        .replace("{quarter}", &(day.month0() / 3 + 1).to_string())
        .replace("{year}", &day.year().to_string());
    vec![
        row(
            t.active_employees,
            n.fixed(k.active_employees.into(), 0),
            t.people,
        ),
        regular,
        row(
            t.usage_rate,
            k.usage_rate.map_or_else(|| "–".into(), |r| n.fixed(r, 1)),
            "%",
        ),
        grouped(row(t.hours_saved, n.short(k.hours_per_week), t.hours_unit)),
        row(t.euros_saved, n.fixed(k.euros_per_year, 0), t.euros_unit),
        grouped(row(t.use_cases_total, total.to_string(), t.count)),
        row(&quarter, k.new_in_quarter.to_string(), t.count),
        row(t.average_benefit, optional(k.average_benefit), t.scale),
        row(t.average_risk, optional(k.average_risk), t.scale),
        row(
            t.average_measurability,
            optional(k.average_measurability),
            t.scale,
        ),
        grouped(row(t.investment, n.fixed(k.investment_to_date, 0), "€")),
        row(t.savings, n.fixed(k.savings_to_date, 0), "€"),
        row(t.roi, optional(k.roi_percent), "%"),
    ]
}

fn charts(trend: &[Kpis], t: &'static KpiLabels, n: Numbers) -> Vec<Chart> {
    let hours: Vec<Option<f64>> = trend.iter().map(|k| Some(k.hours_per_week)).collect();
    let usage: Vec<Option<f64>> = trend.iter().map(|k| k.usage_rate).collect();
    let investment: Vec<Option<f64>> = trend.iter().map(|k| Some(k.investment_to_date)).collect();
    let savings: Vec<Option<f64>> = trend.iter().map(|k| Some(k.savings_to_date)).collect();
    let last = |values: &[Option<f64>], format: &dyn Fn(f64) -> String| {
        values
            .last()
            .copied()
            .flatten()
            .map_or_else(String::new, format)
    };
    let money_top = investment.iter().chain(&savings).flatten().copied();
    vec![
        chart(
            t.chart_hours,
            Scale::nice(hours.iter().flatten().copied()),
            n,
            vec![(
                "",
                false,
                last(&hours, &|v| format!("{} {}", n.short(v), t.hours_unit)),
                hours.clone(),
            )],
        ),
        Chart {
            empty_note: usage
                .iter()
                .all(Option::is_none)
                .then(|| t.too_few_note.replace("{n}", &kpi::MIN_GROUP.to_string())),
            ..chart(
                t.chart_usage,
                Scale {
                    top: 100.0,
                    step: 25.0,
                },
                n,
                vec![(
                    "",
                    false,
                    last(&usage, &|v| format!("{} %", n.fixed(v, 1))),
                    usage.clone(),
                )],
            )
        },
        chart(
            t.chart_money,
            Scale::nice(money_top),
            n,
            vec![
                (
                    t.savings,
                    false,
                    last(&savings, &|v| format!("{} €", n.fixed(v, 0))),
                    savings.clone(),
                ),
                (
                    t.investment,
                    true,
                    last(&investment, &|v| format!("{} €", n.fixed(v, 0))),
                    investment.clone(),
                ),
            ],
        ),
    ]
}

type SeriesData = (&'static str, bool, String, Vec<Option<f64>>);

fn chart(title: &'static str, scale: Scale, n: Numbers, series: Vec<SeriesData>) -> Chart {
    let steps = (scale.top / scale.step).round() as usize;
    Chart {
        title,
        empty_note: None,
        ticks: (0..=steps)
            .map(|i| {
                let value = scale.step * i as f64;
                Tick {
                    at: value / scale.top,
                    label: n.short(value),
                }
            })
            .collect(),
        series: series
            .into_iter()
            .map(|(name, dashed, last, values)| Series {
                name,
                dashed,
                points: values
                    .into_iter()
                    .map(|v| v.map(|v| (v / scale.top).clamp(0.0, 1.0)))
                    .collect(),
                last,
            })
            .collect(),
    }
}

fn trend_rows(trend: &[Kpis], t: &'static KpiLabels, n: Numbers) -> Vec<TrendRow> {
    let row = |label, unit, value: &dyn Fn(&Kpis) -> String| TrendRow {
        label,
        unit,
        values: trend.iter().map(value).collect(),
    };
    let optional = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| n.fixed(v, 1));
    vec![
        row(t.hours_saved, t.hours_unit, &|k| n.short(k.hours_per_week)),
        row(t.euros_saved, t.euros_unit, &|k| {
            n.fixed(k.euros_per_year, 0)
        }),
        row(t.usage_rate, "%", &|k| optional(k.usage_rate)),
        row(t.investment, "€", &|k| n.fixed(k.investment_to_date, 0)),
        row(t.savings, "€", &|k| n.fixed(k.savings_to_date, 0)),
        row(t.roi, "%", &|k| optional(k.roi_percent)),
    ]
}

/// A y-axis from 0 to `top` in steps of `step`.
#[derive(Debug, PartialEq)]
struct Scale {
    top: f64,
    step: f64,
}

impl Scale {
    /// Four or five steps of 1, 2, 2.5 or 5 × a power of ten that reach the largest value;
    /// 0 to 4 when everything is zero.
    fn nice(values: impl Iterator<Item = f64>) -> Scale {
        let max = values.fold(0.0_f64, f64::max);
        if max <= 0.0 {
            return Scale {
                top: 4.0,
                step: 1.0,
            };
        }
        let magnitude = 10f64.powf((max / 4.0).log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0]
            .into_iter()
            .map(|m| m * magnitude)
            .find(|step| step * 4.0 >= max)
            .unwrap_or(10.0 * magnitude);
        Scale {
            top: step * (max / step).ceil(),
            step,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axes_end_on_a_round_number_above_the_largest_value() {
        let scale = |values: &[f64]| Scale::nice(values.iter().copied());
        assert_eq!(
            scale(&[0.0, 13.0]),
            Scale {
                top: 15.0,
                step: 5.0
            }
        );
        assert_eq!(
            scale(&[3_620.0, 4_517.0]),
            Scale {
                top: 6_000.0,
                step: 2_000.0
            }
        );
        assert_eq!(
            scale(&[0.0]),
            Scale {
                top: 4.0,
                step: 1.0
            }
        );
        assert_eq!(
            scale(&[8.0]),
            Scale {
                top: 8.0,
                step: 2.0
            }
        );
        assert_eq!(
            scale(&[10.0]),
            Scale {
                top: 10.0,
                step: 2.5
            }
        );
    }
}
