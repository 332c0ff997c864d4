//! The template data: everything `matrix.typ` reads, gathered from the store and the page
//! plan into one [`Document`] that typst gets as JSON. Names and labels travel as data,
//! never as markup; pseudonymized printouts carry no name here at all. The date and number
//! formats every printout shares live here too.

use super::pagination::{self, Band, Geometry, KeyEntry, Page};
use super::{Paper, PrintOptions};
use crate::company::{self, Language};
use crate::error::{Entity, Error, Result};
use crate::matrix::{self, Matrix, MatrixFilter, LEVEL_SHADES};
use crate::people;
use crate::texts::{self, PrintLabels};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Document {
    lang: &'static str,
    paper: &'static str,
    geometry: Geometry,
    text: &'static PrintLabels,
    company: String,
    date: String,
    selection: String,
    /// No employee matches the selection: the page says so under the header.
    empty: bool,
    first_column: &'static str,
    shades: Vec<[String; 2]>,
    bands: Vec<Band>,
    pages: Vec<Page>,
    levels: Vec<LevelEntry>,
    /// Pages of the code key, each in two columns; the first also holds the legend.
    key_pages: Vec<[Vec<KeyEntry>; 2]>,
    /// Pages as planned here: matrix pages plus key pages.
    pub(super) total_pages: usize,
    /// Number pages with typst's counter instead (the fallback, see `render::lay_out`).
    pub(super) count_pages: bool,
}

#[derive(Serialize)]
struct LevelEntry {
    level: u8,
    name: &'static str,
}

pub(super) fn format_date(date: NaiveDate, language: Language) -> String {
    match language {
        Language::De => date.format("%d.%m.%Y").to_string(),
        Language::En => date.format("%d/%m/%Y").to_string(),
    }
}

/// Reads the company and the matrix for `options` and gathers what the template shows.
pub(super) fn document(
    conn: &Connection,
    options: &PrintOptions,
    language: Language,
    today: NaiveDate,
) -> Result<Document> {
    let company = company::require(conn)?;
    let filter = MatrixFilter {
        department_id: options.department_id,
        role_id: options.role_id,
        pillar_id: options.pillar_id,
        search: None,
        include_archived: options.include_archived,
    };
    let mut matrix = matrix::matrix(conn, &filter)?;
    let labels = texts::print_labels(language);

    let mut selection = Vec::new();
    if let Some(id) = options.department_id {
        let name = people::list_departments(conn)?
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| Error::not_found(Entity::Department, id))?
            .name;
        selection.push(format!("{}: {name}", labels.department));
    }
    if let Some(id) = options.pillar_id {
        let name = matrix
            .groups
            .first()
            .filter(|g| g.pillar.id == id)
            .map(|g| g.pillar.name.clone())
            .ok_or_else(|| Error::not_found(Entity::Pillar, id))?;
        selection.push(format!("{}: {name}", labels.pillar));
    }
    if let Some(id) = options.role_id {
        let name = crate::framework::load(conn)?
            .roles
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| Error::not_found(Entity::Role, id))?
            .name;
        selection.push(format!("{}: {name}", labels.role));
    }
    if selection.is_empty() {
        selection.push(labels.selection_all.to_string());
    }
    if options.include_archived {
        selection.push(labels.with_archived.to_string());
    }
    if options.pseudonymize {
        selection.push(labels.pseudonymized.to_string());
        // Alphabetical order would hint at the names behind the codes.
        let department_order: Vec<u32> = pagination::departments(&matrix.rows)
            .iter()
            .map(|g| g[0].department_id)
            .collect();
        matrix.rows.sort_by(|a, b| {
            let rank = |id| department_order.iter().position(|&d| d == id);
            (rank(a.department_id), &a.pseudonym).cmp(&(rank(b.department_id), &b.pseudonym))
        });
    }
    selection.push(format!("{} {}", matrix.rows.len(), labels.people));

    Ok(assemble(
        &company.name,
        &matrix,
        options,
        labels,
        language,
        today,
        selection,
    ))
}

/// The page plan for `matrix` and the words around it.
fn assemble(
    company: &str,
    matrix: &Matrix,
    options: &PrintOptions,
    labels: &'static PrintLabels,
    language: Language,
    today: NaiveDate,
    selection: Vec<String>,
) -> Document {
    let geometry = Geometry::of(options.paper);
    let bands = pagination::bands(matrix, &geometry);
    let pages = pagination::pages(matrix, &bands, &geometry, options.pseudonymize);
    let key_pages = pagination::key_pages(matrix, &geometry);
    Document {
        lang: language.as_str(),
        paper: match options.paper {
            Paper::A4 => "a4",
            Paper::A3 => "a3",
        },
        geometry,
        text: labels,
        company: company.to_string(),
        date: format_date(today, language),
        selection: selection.join(" · "),
        empty: matrix.rows.is_empty(),
        first_column: if options.pseudonymize {
            labels.pseudonym
        } else {
            labels.name
        },
        shades: LEVEL_SHADES
            .iter()
            .map(|(fill, ink)| [format!("#{fill:06x}"), format!("#{ink:06x}")])
            .collect(),
        bands,
        total_pages: pages.len() + key_pages.len(),
        pages,
        levels: labels
            .levels
            .iter()
            .enumerate()
            .map(|(level, name)| LevelEntry {
                level: level as u8,
                name,
            })
            .collect(),
        key_pages,
        count_pages: false,
    }
}

/// Numbers the way a printout's language writes them: `1.234,5` or `1,234.5`. The
/// AI-literacy CSV writes its decimals with it too.
#[derive(Clone, Copy)]
pub(crate) struct Numbers(pub(crate) Language);

impl Numbers {
    /// `decimals` places, thousands grouped.
    pub(crate) fn fixed(self, value: f64, decimals: usize) -> String {
        let (group, point) = match self.0 {
            Language::De => ('.', ','),
            Language::En => (',', '.'),
        };
        // `+ 0.0` turns a negative zero (an empty sum) into zero: no "-0" on paper.
        let text = format!("{:.decimals$}", value.abs() + 0.0);
        let rounded_to_zero = text.chars().all(|c| c == '0' || c == '.');
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value < 0.0 && !rounded_to_zero {
            out.push('−');
        }
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(point);
            out.push_str(fraction);
        }
        out
    }

    /// A maturity index (a mean of levels 1–3): one decimal, two where it has them —
    /// `2,0`, `1,2`, `1,25` — so an index never reads like a level.
    pub(crate) fn index(self, value: f64) -> String {
        let tenths = value * 10.0;
        let decimals = if (tenths - tenths.round()).abs() < 1e-6 {
            1
        } else {
            2
        };
        self.fixed(value, decimals)
    }

    /// Up to two decimals, without trailing zeros: `13`, `4,5`, `2,25`.
    pub(crate) fn short(self, value: f64) -> String {
        let mut text = self.fixed(value, 2);
        let point = if self.0 == Language::De { ',' } else { '.' };
        if text.contains(point) {
            text = text
                .trim_end_matches('0')
                .trim_end_matches(point)
                .to_string();
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_german_and_the_english_way() {
        let de = Numbers(Language::De);
        let en = Numbers(Language::En);
        assert_eq!(de.fixed(35_880.0, 0), "35.880");
        assert_eq!(de.fixed(1_234.5, 1), "1.234,5");
        assert_eq!(en.fixed(1_234.5, 1), "1,234.5");
        assert_eq!(de.fixed(1_234_567.0, 0), "1.234.567");
        assert_eq!(de.fixed(-0.0, 0), "0", "an empty sum is no negative zero");
        assert_eq!(de.fixed(-0.04, 1), "0,0");
        assert_eq!(de.fixed(-1_500.0, 0), "−1.500");
        assert_eq!(de.fixed(999.96, 1), "1.000,0");
        assert_eq!(de.short(13.0), "13");
        assert_eq!(de.short(4.5), "4,5");
        assert_eq!(de.short(2.25), "2,25");
        assert_eq!(de.short(-0.0), "0");
        assert_eq!(de.index(2.0), "2,0");
        assert_eq!(de.index(1.2), "1,2");
        assert_eq!(de.index(1.25), "1,25");
        assert_eq!(en.index(2.6), "2.6");
    }
}
