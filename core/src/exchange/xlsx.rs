//! XLSX export: the matrix as Excel users expect it — coloured level cells like the screen
//! (readable in grayscale), frozen header and name column, an autofilter, and a legend sheet
//! with the level descriptors of every competency.

use super::{header, records};
use crate::error::{Error, Result};
use crate::framework::Competency;
use crate::matrix::{Matrix, LEVEL_NAMES_DE, LEVEL_SHADES};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

impl From<XlsxError> for Error {
    fn from(error: XlsxError) -> Self {
        Error::Io(std::io::Error::other(error))
    }
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xE4E7EB))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xC7CDD4))
}

fn level_format(level: usize) -> Format {
    let (fill, font) = LEVEL_SHADES[level];
    Format::new()
        .set_align(FormatAlign::Center)
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(font))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xFFFFFF))
}

/// Writes the header row, freezes it and the name column, and sizes the columns.
fn write_header(sheet: &mut Worksheet, columns: &[String]) -> Result<()> {
    let bold = header_format();
    for (col, title) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    for (col, width) in [(0u16, 15.0), (1, 28.0), (2, 26.0), (3, 26.0), (4, 24.0)] {
        sheet.set_column_width(col, width)?;
    }
    for col in super::FIXED_COLUMNS.len()..columns.len() {
        sheet.set_column_width(col as u16, 6.0)?;
    }
    Ok(())
}

fn write_legend(workbook: &mut Workbook, competencies: &[&Competency]) -> Result<()> {
    let sheet = workbook.add_worksheet();
    sheet.set_name("Legende")?;
    let bold = header_format();
    sheet.write_string_with_format(0, 0, "Stufe", &bold)?;
    sheet.write_string_with_format(0, 1, "Bedeutung", &bold)?;
    for (level, name) in LEVEL_NAMES_DE.iter().enumerate() {
        let row = 1 + level as u32;
        sheet.write_number_with_format(row, 0, level as f64, &level_format(level))?;
        sheet.write_string(row, 1, *name)?;
    }
    sheet.write_string(6, 0, "Leere Zelle: noch nicht eingeschätzt.")?;

    let top = 8;
    for (col, title) in ["Kürzel", "Kompetenz", "Stufe 1", "Stufe 2", "Stufe 3"]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(top, col as u16, *title, &bold)?;
    }
    for (i, competency) in competencies.iter().enumerate() {
        let row = top + 1 + i as u32;
        sheet.write_string(row, 0, &competency.code)?;
        sheet.write_string(row, 1, &competency.name)?;
        for (k, descriptor) in competency.level_descriptors.iter().enumerate() {
            sheet.write_string(row, 2 + k as u16, descriptor)?;
        }
    }
    sheet.set_column_width(0, 10.0)?;
    sheet.set_column_width(1, 44.0)?;
    for col in 2..5 {
        sheet.set_column_width(col, 42.0)?;
    }
    Ok(())
}

/// The talent matrix as an XLSX workbook: sheet "Talentmatrix" and sheet "Legende".
pub fn matrix_xlsx(matrix: &Matrix) -> Result<Vec<u8>> {
    let competencies: Vec<&Competency> = matrix.columns().collect();
    let columns = header(competencies.iter().map(|c| c.code.as_str()));
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Talentmatrix")?;
    write_header(sheet, &columns)?;
    let formats: Vec<Format> = (0..4).map(level_format).collect();
    let fixed = super::FIXED_COLUMNS.len();
    for (r, (record, row)) in records(matrix).zip(&matrix.rows).enumerate() {
        let line = 1 + r as u32;
        for (col, text) in record.iter().take(fixed).enumerate() {
            sheet.write_string(line, col as u16, text)?;
        }
        for (k, level) in row.levels.iter().enumerate() {
            if let Some(level) = level {
                let level = usize::from(*level);
                sheet.write_number_with_format(
                    line,
                    (fixed + k) as u16,
                    level as f64,
                    &formats[level],
                )?;
            }
        }
    }
    sheet.autofilter(0, 0, matrix.rows.len() as u32, (columns.len() - 1) as u16)?;
    write_legend(&mut workbook, &competencies)?;
    Ok(workbook.save_to_buffer()?)
}

/// An empty import template: the header row for these competencies and the legend.
pub fn template_xlsx(competencies: &[Competency]) -> Result<Vec<u8>> {
    let competencies: Vec<&Competency> = competencies.iter().collect();
    let columns = header(competencies.iter().map(|c| c.code.as_str()));
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Talentmatrix")?;
    write_header(sheet, &columns)?;
    sheet.autofilter(0, 0, 0, (columns.len() - 1) as u16)?;
    write_legend(&mut workbook, &competencies)?;
    Ok(workbook.save_to_buffer()?)
}
