//! The page plan: which columns and rows go on which page, decided here rather than by
//! typst, so the printout's rules hold by construction (see the `print` module). Pure
//! arithmetic over the matrix and the page geometry; nothing here reads the store or
//! knows a word of text.

use super::Paper;
use crate::matrix::{Coverage, Matrix, MatrixRow};
use serde::Serialize;

/// Page geometry in millimetres, shared by the pagination here and the template.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Geometry {
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
    pub(super) fn of(paper: Paper) -> Self {
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

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Band {
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
pub(super) struct PillarSpan {
    name: String,
    span: usize,
    continued: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Page {
    band: usize,
    rows: Vec<PageRow>,
    footer: bool,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub(super) enum PageRow {
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
#[serde(rename_all = "camelCase")]
pub(super) struct KeyEntry {
    code: String,
    name: String,
    pillar: String,
}

/// Splits the columns into bands of whole pillars that fit the page width.
pub(super) fn bands(matrix: &Matrix, geometry: &Geometry) -> Vec<Band> {
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
pub(super) fn departments(rows: &[MatrixRow]) -> Vec<&[MatrixRow]> {
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

pub(super) fn pages(
    matrix: &Matrix,
    bands: &[Band],
    geometry: &Geometry,
    pseudonymize: bool,
) -> Vec<Page> {
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

/// Splits the code key (every competency with its pillar) into pages of two columns each.
pub(super) fn key_pages(matrix: &Matrix, geometry: &Geometry) -> Vec<[Vec<KeyEntry>; 2]> {
    let mut entries: Vec<KeyEntry> = matrix
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
    fn bands_hold_whole_pillars() {
        use crate::framework::{Competency, Pillar};
        use crate::matrix::{ColumnGroup, Coverage};
        let geometry = Geometry::of(Paper::A4);
        let capacity = geometry.columns_per_band();
        let group = |id: u32, n: usize| ColumnGroup {
            pillar: Pillar {
                id,
                name: format!("Säule {id}"),
                retired_on: None,
            },
            competencies: (0..n)
                .map(|i| Competency {
                    id: id * 100 + i as u32,
                    pillar_id: id,
                    code: format!("P{id}.{i}"),
                    name: String::new(),
                    description: String::new(),
                    level_descriptors: Vec::new(),
                    retired_on: None,
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
