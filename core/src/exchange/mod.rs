//! The talent matrix in spreadsheets: the one column layout that export writes and import
//! reads, CSV for scripts and German Excel, and XLSX that looks like the screen.
//!
//! The layout is `Personalnummer;Name;Abteilung;Funktion;KI-Rolle;<code>…` with competency
//! codes in framework order, one row per employee, levels 0–3 and an empty cell for
//! "not assessed". Files are written through [`crate::Db::write_file`]: complete or not at
//! all, and never over the open database.

pub mod import;
pub mod issues;
pub mod read;
mod xlsx;

pub use xlsx::{matrix_xlsx, template_xlsx};

use crate::error::Result;
use crate::matrix::Matrix;
use std::io::Write;

/// The columns before the competency codes.
pub const FIXED_COLUMNS: [&str; 5] = [
    "Personalnummer",
    "Name",
    "Abteilung",
    "Funktion",
    "KI-Rolle",
];

/// The header row: the fixed columns, then the competency codes in framework order.
pub fn header<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    FIXED_COLUMNS
        .iter()
        .copied()
        .chain(codes)
        .map(str::to_string)
        .collect()
}

/// One row per employee of the matrix, as text in header order.
pub fn records(matrix: &Matrix) -> impl Iterator<Item = Vec<String>> + '_ {
    matrix.rows.iter().map(|row| {
        let mut record = vec![
            row.personnel_number.clone(),
            row.name.clone(),
            row.department.clone(),
            row.job_title.clone(),
            row.role.clone().unwrap_or_default(),
        ];
        record.extend(
            row.levels
                .iter()
                .map(|level| level.map(|l| l.to_string()).unwrap_or_default()),
        );
        record
    })
}

/// Writes the matrix as `;`-separated UTF-8. With `bom`, a byte-order mark first, so that
/// Excel opens the file with umlauts intact.
pub fn write_csv(matrix: &Matrix, out: impl Write, bom: bool) -> Result<()> {
    let mut out = out;
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(out);
    let io = |e: csv::Error| crate::Error::Io(std::io::Error::other(e));
    writer
        .write_record(header(matrix.columns().map(|c| c.code.as_str())))
        .map_err(io)?;
    for record in records(matrix) {
        writer.write_record(&record).map_err(io)?;
    }
    writer.flush()?;
    Ok(())
}

/// The matrix as CSV bytes for Excel (UTF-8 with BOM).
pub fn matrix_csv(matrix: &Matrix) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_csv(matrix, &mut bytes, true)?;
    Ok(bytes)
}
