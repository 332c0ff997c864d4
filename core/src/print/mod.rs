//! The printed talent matrix: a PDF laid out by typst, used as a library.
//!
//! Spreadsheets print matrices badly — cut-off names, columns spilled onto extra pages, no
//! legend. Here the core decides the pages itself, so the rules hold by construction:
//! - the framework is split into column bands by pillar, never mid-pillar (only a pillar
//!   wider than the page is split, and its continuation is marked);
//! - every page starts with the pillar and code header rows and the name column;
//! - a department starts on a new page rather than being torn apart, unless it is longer
//!   than a page; a continued department repeats its title;
//! - the coverage footer closes each band, the legend and the code key close the document.
//!
//! typst then sets the type: shaping, the embedded font, shades and the PDF itself. The
//! template (`matrix.typ`) gets every name and label through a JSON file, never as markup.
//! Pseudonymized printouts carry the pseudonym code instead of the name, drop the job
//! title and sort by code, so no person's name appears anywhere in the file.
//!
//! One job per file: `pagination` plans the pages, `data` gathers what the template reads,
//! `render` runs typst in the World of `world`. The printout's words are in [`crate::texts`].
//!
//! The KPI report (`kpi_report` and its template) is short and fixed in shape: typst numbers
//! its pages itself, and it goes through the same World and renderer. So does the pilot
//! one-pager (`pilot_sheet`), which flows onto a second page only when its texts are long,
//! and so do the printouts for growing people: the career ladder for the notice board
//! (`ladder_sheet`, no personal data), one person's development plan (`development_plan`)
//! and the AI-literacy record of EU AI Act Art. 4 (`literacy_sheet`). These three print in
//! the company's language.

mod data;
mod development_plan;
mod kpi_report;
mod ladder_sheet;
mod literacy_sheet;
mod pagination;
mod pilot_sheet;
mod render;
mod world;

pub(crate) use data::Numbers;
pub use render::Printout;

use crate::company::Language;
use crate::error::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Paper {
    #[default]
    A4,
    A3,
}

/// What to print: paper, the selection (like the matrix filter, but without a search term:
/// the page header names the selection, and a meeting must be able to read it back), and
/// whether pseudonym codes replace the names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PrintOptions {
    pub paper: Paper,
    pub pseudonymize: bool,
    pub department_id: Option<u32>,
    pub pillar_id: Option<u32>,
    pub role_id: Option<u32>,
    pub include_archived: bool,
}

/// Reads the company and the matrix for `options` and lays out the printout.
pub fn matrix_printout(
    conn: &Connection,
    options: &PrintOptions,
    language: Language,
    today: NaiveDate,
) -> Result<Printout> {
    render::lay_out(data::document(conn, options, language, today)?)
}

/// The KPI report as of the end of `as_of` on A4 portrait: the key figures beside the
/// Destatis benchmark, use cases by status, and the 12-month trend, printed on `today`.
pub fn kpi_printout(
    conn: &Connection,
    as_of: NaiveDate,
    language: Language,
    today: NaiveDate,
) -> Result<Printout> {
    render::lay_out_counted(
        &kpi_report::TEMPLATE,
        &kpi_report::report(conn, as_of, language, today)?,
    )
}

/// The one-pager of pilot project `id` on A4 portrait, as of and printed on `today`: what it
/// is about, goals, time saved and costs, team and skills, milestones, EU AI Act class and
/// works council, lessons learned and the status history. With `pseudonymize`, every person
/// appears by pseudonym code only.
pub fn pilot_printout(
    conn: &Connection,
    id: u32,
    pseudonymize: bool,
    language: Language,
    today: NaiveDate,
) -> Result<Printout> {
    render::lay_out_counted(
        &pilot_sheet::TEMPLATE,
        &pilot_sheet::sheet(conn, id, pseudonymize, language, today)?,
    )
}

/// The career ladder (KI-Laufbahn) on A4 portrait, printed on `today`: per stage, lowest
/// first, its responsibilities, salary band and requirements in words, and how they are read —
/// the criteria for pay and progression staff may see under the EU Pay Transparency Directive
/// (EU) 2023/970. It names no person.
pub fn ladder_printout(conn: &Connection, today: NaiveDate) -> Result<Printout> {
    render::lay_out_counted(&ladder_sheet::TEMPLATE, &ladder_sheet::sheet(conn, today)?)
}

/// The development plan of employee `employee_id` on A4 portrait, as of and printed on
/// `today`: levels against the targets of their AI role, their stage with what is missing for
/// the next one, learning paths module by module, mentoring, room for agreements and
/// signatures. An unknown employee is `NotFound`.
pub fn development_plan_printout(
    conn: &Connection,
    employee_id: u32,
    today: NaiveDate,
) -> Result<Printout> {
    render::lay_out_counted(
        &development_plan::TEMPLATE,
        &development_plan::plan(conn, employee_id, today)?,
    )
}

/// The AI-literacy record (EU AI Act Art. 4) as of `day` on A4 landscape, from
/// [`crate::literacy::record`] (which validates `day`, `owner` and `next_review`): AI systems
/// in use, measures, training contents with attendance, everyone employed on the day with
/// their systems and trainings, the owner and the next review.
pub fn literacy_printout(
    conn: &Connection,
    day: NaiveDate,
    owner: &str,
    next_review: NaiveDate,
    today: NaiveDate,
) -> Result<Printout> {
    render::lay_out_counted(
        &literacy_sheet::TEMPLATE,
        &literacy_sheet::sheet(conn, day, owner, next_review, today)?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_plan_holds_for_a_large_company_and_framework() {
        use crate::framework::{self, CompetencyInput};
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let db = crate::Db::open_in_memory().unwrap();
        db.write(|tx| {
            crate::demo::create(tx, 400, Language::De, today)?;
            let pillar = framework::load(tx)?.pillars[1].id;
            for i in 1..=90 {
                framework::create_competency(
                    tx,
                    &CompetencyInput {
                        pillar_id: pillar,
                        code: format!("Z{i}"),
                        name: format!("Zusätzliche Kompetenz mit einem recht langen Namen {i}"),
                        description: String::new(),
                        level_descriptors: vec![String::new(); 3],
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
        for paper in [Paper::A4, Paper::A3] {
            let options = PrintOptions {
                paper,
                ..PrintOptions::default()
            };
            let printout = db
                .read(|conn| matrix_printout(conn, &options, Language::De, today))
                .unwrap();
            assert!(
                !printout.numbered_by_counter(),
                "{paper:?}: typst laid out exactly the planned pages"
            );
            assert!(printout.page_count() > 10);
        }
    }
}
