//! Input checks at the core boundary: every command validates here before it writes.

use crate::error::{Error, Field, Problem, Result};
use chrono::{Datelike, NaiveDate};

/// Longest name, title or code we accept, in characters.
pub const MAX_NAME: usize = 120;
/// Longest free text (descriptions, notes), in characters.
pub const MAX_TEXT: usize = 2000;

/// A required text: trimmed, not empty, at most `max` characters.
pub fn required(field: Field, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, Problem::Empty));
    }
    optional(field, value, max)
}

/// An optional text: trimmed, at most `max` characters, possibly empty.
pub fn optional(field: Field, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(Error::invalid(field, Problem::TooLong { max: max as u32 }));
    }
    Ok(value.to_string())
}

/// A whole number in `min..=max`.
pub fn in_range(field: Field, value: i64, min: i32, max: i32) -> Result<i64> {
    if value < i64::from(min) || value > i64::from(max) {
        return Err(Error::invalid(field, Problem::OutOfRange { min, max }));
    }
    Ok(value)
}

/// A competency level or talent rating, 0–3.
pub fn level(field: Field, value: i64) -> Result<u8> {
    in_range(field, value, 0, 3).map(|v| v as u8)
}

/// A calendar date in ISO form (YYYY-MM-DD). Only years 1–9999: dates are stored as ISO
/// text and compared as text, which a signed or five-digit year would break.
pub fn date(field: Field, value: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1..=9999).contains(&d.year()))
        .ok_or(Error::invalid(field, Problem::NotADate))
}

/// The years a day of the company's own work can lie in: the roadmap's start, a tick, the
/// "as of" day of the figures. Anything outside is a slip of the keyboard.
pub const WORK_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// An ISO date within [`WORK_YEARS`].
pub fn work_date(field: Field, value: &str) -> Result<NaiveDate> {
    let day = date(field, value)?;
    if WORK_YEARS.contains(&day.year()) {
        Ok(day)
    } else {
        Err(Error::invalid(
            field,
            Problem::OutOfRange {
                min: *WORK_YEARS.start(),
                max: *WORK_YEARS.end(),
            },
        ))
    }
}

/// An optional ISO date: empty means none.
pub fn optional_date(field: Field, value: Option<&str>) -> Result<Option<NaiveDate>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => date(field, v).map(Some),
    }
}
