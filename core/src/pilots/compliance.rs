//! A pilot's EU AI Act risk class, the personal data it processes, and the works council.
//!
//! The class is proposed from a short questionnaire, as AI use-case registers do — a
//! prohibited practice (Art. 5)? an Annex III area such as employment and decisions about
//! workers? does it interact with people or generate content (transparency duties)? — and
//! the user confirms it with a written justification. Whether the works council was informed
//! is recorded; moving a pilot that processes employees' personal data into "Pilot läuft"
//! without that gives a warning naming §87 (1) Nr. 6 BetrVG. The user decides; nothing here
//! refuses a status change.

use super::pilot;
use crate::error::{Error, Field, Problem, Result};
use crate::validate::{self, MAX_TEXT};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum RiskClass {
    /// minimal
    Minimal,
    /// begrenzt (transparency duties)
    Limited,
    /// hoch (Annex III)
    High,
    /// verboten (Art. 5)
    Prohibited,
}

impl RiskClass {
    const ALL: [RiskClass; 4] = [
        RiskClass::Minimal,
        RiskClass::Limited,
        RiskClass::High,
        RiskClass::Prohibited,
    ];

    fn as_str(self) -> &'static str {
        match self {
            RiskClass::Minimal => "minimal",
            RiskClass::Limited => "limited",
            RiskClass::High => "high",
            RiskClass::Prohibited => "prohibited",
        }
    }

    pub(crate) fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == value)
    }

    /// The German word the CLI's listing uses (`minimal`, `begrenzt`, `hoch`, `verboten`).
    pub fn slug_de(self) -> &'static str {
        match self {
            RiskClass::Minimal => "minimal",
            RiskClass::Limited => "begrenzt",
            RiskClass::High => "hoch",
            RiskClass::Prohibited => "verboten",
        }
    }
}

/// The questionnaire's answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RiskQuestions {
    /// A practice Art. 5 prohibits (e.g. social scoring, emotion recognition at work).
    pub prohibited_practice: bool,
    /// An Annex III area: employment, worker management, HR decisions, access to services …
    pub annex_three_area: bool,
    /// It talks with people or generates text, images or audio they see.
    pub interacts_or_generates: bool,
}

/// The class the answers point to; the strictest answer wins.
pub fn propose(answers: &RiskQuestions) -> RiskClass {
    if answers.prohibited_practice {
        RiskClass::Prohibited
    } else if answers.annex_three_area {
        RiskClass::High
    } else if answers.interacts_or_generates {
        RiskClass::Limited
    } else {
        RiskClass::Minimal
    }
}

/// What is recorded about a pilot's compliance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Compliance {
    pub risk_class: Option<RiskClass>,
    pub justification: String,
    /// Categories of personal data processed; empty: none.
    pub personal_data: String,
    pub monitoring_possible: bool,
    pub works_council_informed_on: Option<String>,
}

pub fn compliance(conn: &Connection, pilot_id: u32) -> Result<Compliance> {
    pilot(conn, pilot_id)?;
    Ok(conn.query_row(
        "SELECT risk_class, risk_justification, personal_data, monitoring_possible,
                works_council_informed_on
         FROM pilot WHERE id = ?1",
        [pilot_id],
        |row| {
            Ok(Compliance {
                risk_class: row
                    .get::<_, Option<String>>(0)?
                    .as_deref()
                    .and_then(RiskClass::parse),
                justification: row.get(1)?,
                personal_data: row.get(2)?,
                monitoring_possible: row.get(3)?,
                works_council_informed_on: row.get(4)?,
            })
        },
    )?)
}

/// Confirms a risk class; the justification is required.
pub fn set_risk_class(
    tx: &Transaction,
    pilot_id: u32,
    class: RiskClass,
    justification: &str,
) -> Result<Compliance> {
    pilot(tx, pilot_id)?;
    let justification = validate::required(Field::Justification, justification, MAX_TEXT)?;
    tx.execute(
        "UPDATE pilot SET risk_class = ?1, risk_justification = ?2 WHERE id = ?3",
        params![class.as_str(), justification, pilot_id],
    )?;
    compliance(tx, pilot_id)
}

/// Records which personal data the pilot processes and whether employees could be monitored.
pub fn set_personal_data(
    tx: &Transaction,
    pilot_id: u32,
    categories: &str,
    monitoring_possible: bool,
) -> Result<Compliance> {
    pilot(tx, pilot_id)?;
    let categories = validate::optional(Field::PersonalData, categories, MAX_TEXT)?;
    tx.execute(
        "UPDATE pilot SET personal_data = ?1, monitoring_possible = ?2 WHERE id = ?3",
        params![categories, monitoring_possible, pilot_id],
    )?;
    compliance(tx, pilot_id)
}

/// Records the day the works council was informed (or clears it).
pub fn set_works_council_informed(
    tx: &Transaction,
    pilot_id: u32,
    on: Option<&str>,
) -> Result<Compliance> {
    pilot(tx, pilot_id)?;
    let on = validate::optional_date(Field::Date, on)?.map(|d| d.to_string());
    tx.execute(
        "UPDATE pilot SET works_council_informed_on = ?1 WHERE id = ?2",
        params![on, pilot_id],
    )?;
    compliance(tx, pilot_id)
}

/// Whether starting the pilot on `day` needs the works council first: employees' personal
/// data are processed (or they could be monitored) and the council was not informed by then.
pub fn works_council_pending(conn: &Connection, pilot_id: u32, day: &str) -> Result<bool> {
    let found: Option<(String, bool, Option<String>)> = conn
        .query_row(
            "SELECT personal_data, monitoring_possible, works_council_informed_on
             FROM pilot WHERE id = ?1",
            [pilot_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    let Some((personal_data, monitoring, informed_on)) = found else {
        return Err(Error::invalid(Field::Status, Problem::Unknown));
    };
    Ok(concerns_staff(&personal_data, monitoring) && !informed_by(informed_on.as_deref(), day))
}

/// Whether the works council has a say (§87 (1) Nr. 6 BetrVG): personal data are processed,
/// or employees could be monitored.
pub fn concerns_staff(personal_data: &str, monitoring_possible: bool) -> bool {
    !personal_data.trim().is_empty() || monitoring_possible
}

/// Whether the works council had been informed by `day` (ISO dates compare as text).
pub fn informed_by(informed_on: Option<&str>, day: &str) -> bool {
    informed_on.is_some_and(|on| on <= day)
}
