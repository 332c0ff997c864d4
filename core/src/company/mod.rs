//! The Unternehmen: the one company a database file describes, and its settings
//! (hourly cost rate for turning saved hours into euros, working weeks per year, language).

use crate::error::{Entity, Error, Field, Problem, Result};
use crate::framework;
use crate::validate::{self, MAX_NAME};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Language {
    De,
    En,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    fn parse(value: &str) -> Self {
        if value == "en" {
            Language::En
        } else {
            Language::De
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Company {
    pub name: String,
    /// Hourly cost rate in euros. Always finite, so TypeScript sees a plain `number`
    /// (specta would otherwise add `| null` for NaN).
    #[specta(type = i32)]
    pub hourly_rate: f64,
    pub working_weeks: u32,
    pub language: Language,
    pub created_on: String,
    /// The demo company "Muster Maschinenbau GmbH": the app shows a "Demo-Daten" banner.
    pub demo: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CompanySettings {
    pub name: String,
    /// Euros per hour; JSON cannot carry NaN, so a plain `number` in TypeScript.
    #[specta(type = i32)]
    pub hourly_rate: f64,
    pub working_weeks: i32,
    pub language: Language,
}

pub const DEFAULT_HOURLY_RATE: f64 = 60.0;
pub const DEFAULT_WORKING_WEEKS: u32 = 46;

/// The company, or `None` in a fresh file.
pub fn get(conn: &Connection) -> Result<Option<Company>> {
    Ok(conn
        .query_row(
            "SELECT name, hourly_rate, working_weeks, language, created_on, demo FROM company",
            [],
            |row| {
                Ok(Company {
                    name: row.get(0)?,
                    hourly_rate: row.get(1)?,
                    working_weeks: row.get(2)?,
                    language: Language::parse(&row.get::<_, String>(3)?),
                    created_on: row.get(4)?,
                    demo: row.get(5)?,
                })
            },
        )
        .optional()?)
}

/// The company, or [`Error::NoCompany`].
pub fn require(conn: &Connection) -> Result<Company> {
    get(conn)?.ok_or(Error::NoCompany)
}

/// Creates the company in an empty file and seeds the default competency framework.
pub fn create(
    tx: &Transaction,
    name: &str,
    language: Language,
    today: NaiveDate,
) -> Result<Company> {
    let name = validate::required(Field::CompanyName, name, MAX_NAME)?;
    if get(tx)?.is_some() {
        return Err(Error::CompanyExists);
    }
    tx.execute(
        "INSERT INTO company (id, name, hourly_rate, working_weeks, language, created_on)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        rusqlite::params![
            name,
            DEFAULT_HOURLY_RATE,
            DEFAULT_WORKING_WEEKS,
            language.as_str(),
            today.to_string()
        ],
    )?;
    seed_defaults(tx)?;
    require(tx)
}

/// The defaults a company of this version starts with; `company.defaults_version` records
/// which a company has received (0: the framework; 6: also learning paths and the ladder).
pub const DEFAULTS_VERSION: u32 = 6;

/// What every company starts with, all editable: the competency framework with its AI
/// roles, the three learning paths and the career ladder whose stages ask for them.
fn seed_defaults(tx: &Transaction) -> Result<()> {
    framework::seed_defaults(tx)?;
    upgrade_defaults(tx)
}

/// Seeds what a company created by an older version has not received yet — the learning
/// paths, then the career ladder (a stage names its path) — and records that it has. Run
/// once per company: what the user later deletes is not seeded again.
pub(crate) fn upgrade_defaults(tx: &Transaction) -> Result<()> {
    crate::learning::seed_defaults(tx)?;
    crate::ladder::seed_defaults(tx)?;
    tx.execute(
        "UPDATE company SET defaults_version = ?1",
        [DEFAULTS_VERSION],
    )?;
    Ok(())
}

/// "Neue Firma…": a new company file at `path` with the default framework. A file that
/// already holds a company is never replaced ([`Error::CompanyExists`]); a foreign file is
/// refused as such. The name is checked before any file is touched.
pub fn create_file(
    path: &std::path::Path,
    name: &str,
    language: Language,
    today: NaiveDate,
) -> Result<Company> {
    validate::required(Field::CompanyName, name, MAX_NAME)?;
    if path.exists() && crate::backup::inspect(path)?.company.is_some() {
        return Err(Error::CompanyExists);
    }
    crate::Db::open(path)?.write(|tx| create(tx, name, language, today))
}

/// Changes the settings; all fields are validated before anything is written.
pub fn update(tx: &Transaction, settings: &CompanySettings) -> Result<Company> {
    let name = validate::required(Field::CompanyName, &settings.name, MAX_NAME)?;
    if !settings.hourly_rate.is_finite() || !(0.0..=10_000.0).contains(&settings.hourly_rate) {
        return Err(Error::invalid(
            Field::HourlyRate,
            Problem::OutOfRange {
                min: 0,
                max: 10_000,
            },
        ));
    }
    let weeks = validate::in_range(Field::WorkingWeeks, settings.working_weeks.into(), 1, 53)?;
    let changed = tx.execute(
        "UPDATE company SET name = ?1, hourly_rate = ?2, working_weeks = ?3, language = ?4",
        rusqlite::params![
            name,
            settings.hourly_rate,
            weeks,
            settings.language.as_str()
        ],
    )?;
    if changed == 0 {
        return Err(Error::not_found(Entity::Company, 1));
    }
    require(tx)
}
