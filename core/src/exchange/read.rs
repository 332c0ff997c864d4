//! Reading what people's spreadsheets really look like into one plain table: CSV with `;` or
//! `,` (detected), UTF-8 with or without BOM or Windows-1252 (what German Excel writes,
//! detected), quoted fields with delimiters and line breaks; XLSX from Excel or LibreOffice
//! (first sheet, or a named one). Every refusal is an [`Issue`] the user can act on.

use super::issues::{Issue, IssueKind};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use std::path::Path;

/// Larger files are refused before parsing: a talent matrix of 5,000 people is well below.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// XLSX is a ZIP archive.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// A sheet as text: the header row and the data rows, each with its line number as the user
/// sees it in the file (1-based; for XLSX the row number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(u32, Vec<String>)>,
}

fn file_issue(kind: IssueKind) -> Issue {
    Issue {
        line: None,
        column: None,
        kind,
    }
}

/// A file read once for import: what was previewed is exactly what is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    bytes: Vec<u8>,
    named_xlsx: bool,
}

impl ImportFile {
    /// Reads the file, refusing one over the size limit.
    pub fn read(path: &Path) -> Result<Self, Issue> {
        let size = std::fs::metadata(path)
            .map_err(|_| file_issue(IssueKind::FileNotReadable))?
            .len();
        if size > MAX_FILE_BYTES {
            return Err(file_issue(IssueKind::FileTooLarge {
                max_megabytes: (MAX_FILE_BYTES / 1024 / 1024) as u32,
            }));
        }
        let bytes = std::fs::read(path).map_err(|_| file_issue(IssueKind::FileNotReadable))?;
        let named_xlsx = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xlsm"));
        Ok(ImportFile { bytes, named_xlsx })
    }

    /// The table in the file (CSV or XLSX, told apart by content, not by name).
    pub fn table(&self, sheet: Option<&str>) -> Result<Table, Issue> {
        if self.named_xlsx && !self.bytes.starts_with(ZIP_MAGIC) {
            return Err(file_issue(IssueKind::FileNotReadable));
        }
        table_from_bytes(&self.bytes, sheet)
    }
}

/// Reads a CSV or XLSX file into a table.
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, Issue> {
    ImportFile::read(path)?.table(sheet)
}

/// The same as [`read_table`] for bytes already in memory.
pub fn table_from_bytes(bytes: &[u8], sheet: Option<&str>) -> Result<Table, Issue> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_issue(IssueKind::EmptyFile));
    }
    let table = if bytes.starts_with(ZIP_MAGIC) {
        read_xlsx(bytes, sheet)?
    } else {
        read_csv(bytes)?
    };
    if table.rows.is_empty() {
        return Err(file_issue(IssueKind::NoDataRows));
    }
    Ok(table)
}

/// UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// `;` or `,`: whichever occurs more often outside quotes in the first line.
pub fn detect_delimiter(text: &str) -> u8 {
    let (mut semicolons, mut commas, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > semicolons {
        b','
    } else {
        b';'
    }
}

fn read_csv(bytes: &[u8]) -> Result<Table, Issue> {
    // Text has no control characters but tab and line ends; anything else is binary.
    if bytes
        .iter()
        .any(|b| *b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n'))
    {
        return Err(file_issue(IssueKind::FileNotReadable));
    }
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| Issue {
            line: e.position().map(|p| p.line() as u32),
            column: None,
            kind: IssueKind::FileNotReadable,
        })?;
        let line = record.position().map(|p| p.line() as u32).unwrap_or(0);
        lines.push((line, record.iter().map(|c| c.trim().to_string()).collect()));
    }
    into_table(lines)
}

/// Drops empty lines; the first remaining line is the header, the rest are data rows.
fn into_table(lines: Vec<(u32, Vec<String>)>) -> Result<Table, Issue> {
    let mut lines = lines
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let (_, header) = lines
        .next()
        .ok_or_else(|| file_issue(IssueKind::EmptyFile))?;
    Ok(Table {
        header,
        rows: lines.collect(),
    })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        // Whole numbers as integers: a level is 2, not 2.0.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(d) => d.to_string(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn read_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<Table, Issue> {
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|_| file_issue(IssueKind::FileNotReadable))?;
    let name = match sheet {
        Some(wanted) => workbook
            .sheet_names()
            .into_iter()
            .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            .ok_or_else(|| {
                file_issue(IssueKind::SheetNotFound {
                    name: wanted.to_string(),
                })
            })?,
        None => workbook
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| file_issue(IssueKind::EmptyFile))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|_| file_issue(IssueKind::FileNotReadable))?;
    let first_row = range.start().map(|(row, _)| row).unwrap_or(0);
    let first_col = range.start().map(|(_, col)| col).unwrap_or(0) as usize;
    let lines = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            // Keep columns where the user put them, even if column A is empty.
            let cells = std::iter::repeat_n(String::new(), first_col)
                .chain(row.iter().map(cell_text))
                .collect();
            (first_row + i as u32 + 1, cells)
        })
        .collect();
    into_table(lines)
}
