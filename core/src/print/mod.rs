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

mod world;

use crate::company::{self, Language};
use crate::error::{Entity, Error, Result};
use crate::matrix::{self, Coverage, Matrix, MatrixFilter, MatrixRow, LEVEL_SHADES};
use crate::people;
use crate::texts::{self, PrintLabels};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use world::PrintWorld;

const TEMPLATE: &str = include_str!("matrix.typ");

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

/// Page geometry in millimetres, shared by the pagination here and the template.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
struct Geometry {
    page_width: f64,
    page_height: f64,
    /// Type size relative to A4.
    scale: f64,
    margin_x: f64,
    margin_top: f64,
    margin_bottom: f64,
    name_width: f64,
    role_width: f64,
    min_cell_width: f64,
    max_cell_width: f64,
    header_row_height: f64,
    row_height: f64,
}

impl Geometry {
    fn of(paper: Paper) -> Self {
        let (page_width, page_height) = match paper {
            Paper::A4 => (297.0, 210.0),
            Paper::A3 => (420.0, 297.0),
        };
        // People choose A3 to read the matrix across a meeting table: the table is set a
        // quarter larger there, and still takes about 60 % more columns than A4.
        let scale = match paper {
            Paper::A4 => 1.0,
            Paper::A3 => 1.25,
        };
        Self {
            page_width,
            page_height,
            scale,
            margin_x: 12.0,
            margin_top: 22.0,
            margin_bottom: 16.0,
            name_width: 46.0 * scale,
            role_width: 34.0 * scale,
            min_cell_width: 8.0 * scale,
            max_cell_width: 12.0 * scale,
            header_row_height: 5.5 * scale,
            row_height: 4.5 * scale,
        }
    }

    fn cell_area(&self) -> f64 {
        self.page_width - 2.0 * self.margin_x - self.name_width - self.role_width
    }

    /// Competency columns that fit beside the name and role columns.
    fn columns_per_band(&self) -> usize {
        ((self.cell_area() / self.min_cell_width).floor() as usize).max(1)
    }

    /// Body rows below the two header rows, with a millimetre of slack for rounding.
    fn rows_per_page(&self) -> usize {
        let rows = (self.body_height() - 2.0 * self.header_row_height - 1.0) / self.row_height;
        (rows.floor() as usize).max(4)
    }

    fn body_height(&self) -> f64 {
        self.page_height - self.margin_top - self.margin_bottom
    }

    /// Key entries per column: on the first key page below the legend (about 60 mm), on
    /// later pages below the title.
    fn key_rows(&self, first: bool) -> usize {
        let above = if first { 62.0 } else { 12.0 };
        let rows = (self.body_height() - above - self.row_height - 1.0) / self.row_height;
        (rows.floor() as usize).max(4)
    }
}

/// Rows of the coverage footer at the end of each band.
const FOOTER_ROWS: usize = 2;

// ---- What the template reads ------------------------------------------------------------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document {
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
    total_pages: usize,
    /// Number pages with typst's counter instead (the fallback, see [`render`]).
    count_pages: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Band {
    /// Pillar headings with the number of columns each spans.
    pillars: Vec<PillarSpan>,
    codes: Vec<String>,
    /// The matrix's coverage of these columns, for the footer.
    coverage: Vec<Coverage>,
    cell_width: f64,
    /// Range of matrix columns this band shows.
    #[serde(skip)]
    columns: std::ops::Range<usize>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PillarSpan {
    name: String,
    span: usize,
    continued: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Page {
    band: usize,
    rows: Vec<PageRow>,
    footer: bool,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
enum PageRow {
    #[serde(rename_all = "camelCase")]
    Department {
        name: String,
        count: usize,
        continued: bool,
    },
    #[serde(rename_all = "camelCase")]
    Person {
        name: String,
        role: String,
        archived: bool,
        /// `[level or null, gap]` per column of the band.
        cells: Vec<(Option<u8>, u8)>,
    },
}

#[derive(Serialize)]
struct LevelEntry {
    level: u8,
    name: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct KeyEntry {
    code: String,
    name: String,
    pillar: String,
}

// ---- Pagination -------------------------------------------------------------------------

/// Splits the columns into bands of whole pillars that fit the page width.
fn bands(matrix: &Matrix, geometry: &Geometry) -> Vec<Band> {
    let capacity = geometry.columns_per_band();
    // (pillar name, first column, column count, continued)
    let mut pieces = Vec::new();
    let mut start = 0;
    for group in &matrix.groups {
        let mut remaining = group.competencies.len();
        let mut continued = false;
        while remaining > 0 {
            let take = remaining.min(capacity);
            pieces.push((group.pillar.name.clone(), start, take, continued));
            start += take;
            remaining -= take;
            continued = true;
        }
    }
    let mut result: Vec<Vec<(String, usize, usize, bool)>> = Vec::new();
    let mut used = capacity; // forces a first band
    for piece in pieces {
        if used + piece.2 > capacity {
            result.push(Vec::new());
            used = 0;
        }
        used += piece.2;
        result.last_mut().expect("pushed above").push(piece);
    }
    if result.is_empty() {
        result.push(Vec::new());
    }
    let codes: Vec<&str> = matrix.columns().map(|c| c.code.as_str()).collect();
    result
        .into_iter()
        .map(|pieces| {
            let first = pieces.first().map_or(0, |p| p.1);
            let end = pieces.last().map_or(0, |p| p.1 + p.2);
            let columns = first..end;
            let width =
                (geometry.cell_area() / columns.len().max(1) as f64).min(geometry.max_cell_width);
            Band {
                pillars: pieces
                    .into_iter()
                    .map(|(name, _, span, continued)| PillarSpan {
                        name,
                        span,
                        continued,
                    })
                    .collect(),
                codes: codes[columns.clone()]
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
                coverage: matrix.coverage[columns.clone()].to_vec(),
                cell_width: width,
                columns,
            }
        })
        .collect()
}

/// Consecutive rows of one department.
fn departments(rows: &[MatrixRow]) -> Vec<&[MatrixRow]> {
    rows.chunk_by(|a, b| a.department_id == b.department_id)
        .collect()
}

/// Lays the department groups onto pages of `per_page` rows, leaving `trailing` rows free
/// after the last group for the coverage footer. A group that fits on a page is never
/// split; a longer one fills pages and repeats its title on each. Returns, per page, the
/// groups' slices and whether each continues from the page before.
fn paginate<'a>(
    groups: &[&'a [MatrixRow]],
    per_page: usize,
    trailing: usize,
) -> Vec<Vec<(&'a [MatrixRow], bool)>> {
    let mut pages: Vec<Vec<(&'a [MatrixRow], bool)>> = vec![Vec::new()];
    let mut used = 0;
    for (index, group) in groups.iter().enumerate() {
        let trailing = if index + 1 == groups.len() {
            trailing
        } else {
            0
        };
        let needed = group.len() + 1 + trailing;
        let free = per_page - used;
        // Start on a new page when the group would fit there but not here, or when too
        // little of it would be left here to be worth a title row.
        if used > 0 && (needed > free && (needed <= per_page || free < 4)) {
            pages.push(Vec::new());
            used = 0;
        }
        let mut rest: &[MatrixRow] = group;
        let mut continued = false;
        loop {
            let room = per_page - used - 1;
            let take = if rest.len() + trailing <= room {
                rest.len()
            } else if rest.len() <= room {
                // The rows fit but the footer would not: carry the last row over so the
                // footer never stands on a page alone (a lone row on a fresh page stays).
                if rest.len() > 1 || used > 0 {
                    rest.len() - 1
                } else {
                    rest.len()
                }
            } else {
                room
            };
            if take > 0 {
                pages
                    .last_mut()
                    .expect("at least one page")
                    .push((&rest[..take], continued));
                used += take + 1;
                rest = &rest[take..];
                continued = true;
            }
            if rest.is_empty() {
                break;
            }
            pages.push(Vec::new());
            used = 0;
        }
    }
    pages
}

fn page_row(row: &MatrixRow, columns: &std::ops::Range<usize>, pseudonymize: bool) -> PageRow {
    PageRow::Person {
        name: if pseudonymize {
            row.pseudonym.clone()
        } else {
            row.name.clone()
        },
        role: row.role.clone().unwrap_or_default(),
        archived: row.archived,
        cells: columns
            .clone()
            .map(|c| (row.levels[c], row.gaps[c]))
            .collect(),
    }
}

fn pages(matrix: &Matrix, bands: &[Band], geometry: &Geometry, pseudonymize: bool) -> Vec<Page> {
    let per_page = geometry.rows_per_page();
    let groups = departments(&matrix.rows);
    let layout = paginate(&groups, per_page, FOOTER_ROWS);
    let mut result = Vec::new();
    for (index, band) in bands.iter().enumerate() {
        for page in &layout {
            let rows = page
                .iter()
                .flat_map(|(rows, continued)| {
                    let first = &rows[0];
                    let total = groups
                        .iter()
                        .find(|g| g[0].department_id == first.department_id)
                        .map_or(rows.len(), |g| g.len());
                    std::iter::once(PageRow::Department {
                        name: first.department.clone(),
                        count: total,
                        continued: *continued,
                    })
                    .chain(
                        rows.iter()
                            .map(|r| page_row(r, &band.columns, pseudonymize)),
                    )
                })
                .collect();
            result.push(Page {
                band: index,
                rows,
                footer: false,
            });
        }
        // `paginate` left room for the coverage footer on the band's last page.
        if let Some(last) = result.last_mut() {
            last.footer = true;
        }
    }
    result
}

/// Splits the key into pages of two columns each.
fn key_pages(mut entries: Vec<KeyEntry>, geometry: &Geometry) -> Vec<[Vec<KeyEntry>; 2]> {
    let mut pages = Vec::new();
    loop {
        let per_column = geometry.key_rows(pages.is_empty());
        let left: Vec<KeyEntry> = entries.drain(..per_column.min(entries.len())).collect();
        let right: Vec<KeyEntry> = entries.drain(..per_column.min(entries.len())).collect();
        pages.push([left, right]);
        if entries.is_empty() {
            return pages;
        }
    }
}

// ---- Entry points ---------------------------------------------------------------------

/// A laid-out printout: the PDF and, for a preview, its pages as SVG.
pub struct Printout {
    document: PagedDocument,
    /// The plan's page count was off and typst counted the pages itself.
    numbered_by_counter: bool,
}

impl Printout {
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// Whether typst laid out more or fewer pages than planned and numbered them itself
    /// (correct, but twice the layout time); for tests and diagnostics.
    pub fn numbered_by_counter(&self) -> bool {
        self.numbered_by_counter
    }

    pub fn pdf(&self) -> Result<Vec<u8>> {
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom("talentwerk-talent-matrix".into()),
            creator: Smart::Custom(Some("Talentwerk".into())),
            // A tagged (accessible) structure tree for thousands of table cells makes the file
            // twelve times larger and the export twice as slow; the screen is the accessible view.
            tagged: false,
            ..typst_pdf::PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| layout_error(&errors))
    }

    /// The first `count` pages as standalone SVG images.
    pub fn svg_pages(&self, count: usize) -> Vec<String> {
        self.document
            .pages()
            .iter()
            .take(count)
            .map(|page| typst_svg::svg(page, &typst_svg::SvgOptions::default()))
            .collect()
    }
}

fn layout_error(errors: &[typst::diag::SourceDiagnostic]) -> Error {
    let message = errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Error::Io(std::io::Error::other(format!(
        "PDF layout failed: {message}"
    )))
}

fn format_date(date: NaiveDate, language: Language) -> String {
    match language {
        Language::De => date.format("%d.%m.%Y").to_string(),
        Language::En => date.format("%d/%m/%Y").to_string(),
    }
}

/// Reads the company and the matrix for `options` and lays out the printout.
pub fn matrix_printout(
    conn: &Connection,
    options: &PrintOptions,
    language: Language,
    today: NaiveDate,
) -> Result<Printout> {
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
        let department_order: Vec<u32> = departments(&matrix.rows)
            .iter()
            .map(|g| g[0].department_id)
            .collect();
        matrix.rows.sort_by(|a, b| {
            let rank = |id| department_order.iter().position(|&d| d == id);
            (rank(a.department_id), &a.pseudonym).cmp(&(rank(b.department_id), &b.pseudonym))
        });
    }
    selection.push(format!("{} {}", matrix.rows.len(), labels.people));

    render(
        &company.name,
        &matrix,
        options,
        labels,
        language,
        today,
        selection,
    )
}

fn render(
    company: &str,
    matrix: &Matrix,
    options: &PrintOptions,
    labels: &'static PrintLabels,
    language: Language,
    today: NaiveDate,
    selection: Vec<String>,
) -> Result<Printout> {
    let geometry = Geometry::of(options.paper);
    let bands = bands(matrix, &geometry);
    let pages = pages(matrix, &bands, &geometry, options.pseudonymize);
    let key = matrix
        .groups
        .iter()
        .flat_map(|g| {
            g.competencies.iter().map(|c| KeyEntry {
                code: c.code.clone(),
                name: c.name.clone(),
                pillar: g.pillar.name.clone(),
            })
        })
        .collect();
    let key_pages = key_pages(key, &geometry);
    let mut document = Document {
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
    };
    // Page numbers from the plan need one layout pass; typst's "x / y" counter needs two.
    // Should a page ever overflow the plan, the numbers would be wrong: lay out again with
    // the counter.
    let mut laid_out = compile(&document)?;
    let planned = laid_out.pages().len() == document.total_pages;
    if !planned {
        eprintln!(
            "talentwerk: printout has {} pages, {} planned; numbering by counter",
            laid_out.pages().len(),
            document.total_pages
        );
        document.count_pages = true;
        laid_out = compile(&document)?;
    }
    Ok(Printout {
        document: laid_out,
        numbered_by_counter: !planned,
    })
}

fn compile(document: &Document) -> Result<PagedDocument> {
    let data = serde_json::to_vec(document).map_err(|e| Error::Io(std::io::Error::other(e)))?;
    let world = PrintWorld::new(TEMPLATE, data);
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // typst memoizes across calls; a desktop app prints now and then, so keep nothing.
    typst::comemo::evict(0);
    compiled.map_err(|errors| layout_error(&errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(departments: &[(u32, usize)]) -> Vec<MatrixRow> {
        let mut result = Vec::new();
        for &(department, count) in departments {
            for i in 0..count {
                result.push(MatrixRow {
                    employee_id: result.len() as u32 + 1,
                    personnel_number: format!("{department}-{i}"),
                    name: format!("Person {department}-{i}"),
                    pseudonym: format!("MA-{:03}", result.len() + 1),
                    department_id: department,
                    department: format!("Abteilung {department}"),
                    job_title: String::new(),
                    role_id: None,
                    role: None,
                    technical_interest: 0,
                    communication: 0,
                    archived: false,
                    levels: Vec::new(),
                    targets: Vec::new(),
                    gaps: Vec::new(),
                });
            }
        }
        result
    }

    fn shape(pages: &[Vec<(&[MatrixRow], bool)>]) -> Vec<Vec<(u32, usize, bool)>> {
        pages
            .iter()
            .map(|page| {
                page.iter()
                    .map(|(rows, continued)| (rows[0].department_id, rows.len(), *continued))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_department_that_fits_on_a_page_is_never_split() {
        let all = rows(&[(1, 6), (2, 5), (3, 3)]);
        let groups = departments(&all);
        // 10 rows per page: 1+6 fills 7, the next group (1+5) moves to a new page,
        // then 1+3 joins it.
        let pages = paginate(&groups, 10, 0);
        assert_eq!(
            shape(&pages),
            vec![vec![(1, 6, false)], vec![(2, 5, false), (3, 3, false)]]
        );
    }

    #[test]
    fn a_department_longer_than_a_page_continues_with_its_title() {
        let all = rows(&[(1, 2), (2, 20)]);
        let groups = departments(&all);
        let pages = paginate(&groups, 10, 0);
        assert_eq!(
            shape(&pages),
            vec![
                vec![(1, 2, false), (2, 6, false)],
                vec![(2, 9, true)],
                vec![(2, 5, true)]
            ]
        );
        assert!(
            pages.iter().flatten().all(|(rows, _)| rows.len() < 10),
            "title row and rows fit"
        );
    }

    #[test]
    fn the_coverage_footer_never_stands_on_a_page_alone() {
        // 1+6 and then 1+2 fill 10 rows exactly; the 2-row footer needs the last group to
        // move to the next page, where it fits together with the footer.
        let all = rows(&[(1, 6), (2, 2)]);
        let groups = departments(&all);
        assert_eq!(
            shape(&paginate(&groups, 10, 2)),
            vec![vec![(1, 6, false)], vec![(2, 2, false)]]
        );
        // A department longer than a page ends on the footer's page…
        let all = rows(&[(1, 16)]);
        let groups = departments(&all);
        assert_eq!(
            shape(&paginate(&groups, 10, 2)),
            vec![vec![(1, 9, false)], vec![(1, 7, true)]]
        );
        // …and carries its last row over when the footer would not fit beside the rest.
        let all = rows(&[(1, 17)]);
        let groups = departments(&all);
        assert_eq!(
            shape(&paginate(&groups, 10, 2)),
            vec![vec![(1, 9, false)], vec![(1, 7, true)], vec![(1, 1, true)]]
        );
    }

    #[test]
    fn every_row_is_placed_once_in_order_and_no_page_overflows() {
        for per_page in 4..14 {
            for sizes in [
                vec![1],
                vec![1, 1, 1, 1, 1],
                vec![per_page - 1],
                vec![per_page, 1],
                vec![3, per_page * 2 + 1, 2],
                vec![per_page - 3, per_page - 2, 1],
            ] {
                let spec: Vec<(u32, usize)> = sizes
                    .iter()
                    .enumerate()
                    .map(|(i, &n)| (i as u32 + 1, n))
                    .collect();
                let all = rows(&spec);
                let groups = departments(&all);
                let pages = paginate(&groups, per_page, FOOTER_ROWS);
                let placed: Vec<u32> = pages
                    .iter()
                    .flatten()
                    .flat_map(|(rows, _)| rows.iter().map(|r| r.employee_id))
                    .collect();
                let expected: Vec<u32> = all.iter().map(|r| r.employee_id).collect();
                assert_eq!(placed, expected, "{per_page} per page, groups {sizes:?}");
                for page in &pages {
                    let used: usize = page.iter().map(|(rows, _)| rows.len() + 1).sum();
                    assert!(used <= per_page, "{per_page} per page, groups {sizes:?}");
                }
                let last: usize = pages
                    .last()
                    .unwrap()
                    .iter()
                    .map(|(rows, _)| rows.len() + 1)
                    .sum();
                assert!(
                    last + FOOTER_ROWS <= per_page,
                    "the footer fits: {per_page} per page, groups {sizes:?}"
                );
            }
        }
    }

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

    #[test]
    fn bands_hold_whole_pillars() {
        use crate::framework::{Competency, Pillar};
        use crate::matrix::{ColumnGroup, Coverage};
        let geometry = Geometry::of(Paper::A4);
        let capacity = geometry.columns_per_band();
        let group = |id: u32, n: usize| ColumnGroup {
            pillar: Pillar {
                id,
                name: format!("Säule {id}"),
            },
            competencies: (0..n)
                .map(|i| Competency {
                    id: id * 100 + i as u32,
                    pillar_id: id,
                    code: format!("P{id}.{i}"),
                    name: String::new(),
                    description: String::new(),
                    level_descriptors: Vec::new(),
                })
                .collect(),
        };
        // Two pillars that together exceed a page, then one wider than a page: only that
        // one is split, into a full band and its continuation.
        let sizes = [capacity - 2, 5, capacity + 3];
        let groups: Vec<ColumnGroup> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| group(i as u32 + 1, n))
            .collect();
        let total: usize = sizes.iter().sum();
        let matrix = Matrix {
            coverage: (0..total)
                .map(|i| Coverage {
                    competency_id: i as u32,
                    covered: 0,
                    experts: 0,
                    knowledge_island: true,
                })
                .collect(),
            groups,
            rows: Vec::new(),
        };
        let bands = bands(&matrix, &geometry);
        let spans: Vec<Vec<(String, usize, bool)>> = bands
            .iter()
            .map(|b| {
                b.pillars
                    .iter()
                    .map(|p| (p.name.clone(), p.span, p.continued))
                    .collect()
            })
            .collect();
        assert_eq!(
            spans,
            vec![
                vec![("Säule 1".to_string(), capacity - 2, false)],
                vec![("Säule 2".to_string(), 5, false)],
                vec![("Säule 3".to_string(), capacity, false)],
                vec![("Säule 3".to_string(), 3, true)],
            ]
        );
        assert!(bands.iter().all(|b| b.codes.len() <= capacity));
    }
}
