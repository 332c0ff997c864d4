//! Export to spreadsheets: the layout import relies on, umlauts Excel shows right, XLSX that
//! reads back to the same matrix, and files that are complete or not there at all.

use crate::support::today;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use talentwerk_core::company::Language;
use talentwerk_core::exchange;
use talentwerk_core::framework;
use talentwerk_core::matrix::{self, Matrix, MatrixFilter};
use talentwerk_core::{demo, Db};

fn demo_matrix() -> Matrix {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, demo::DEFAULT_EMPLOYEES, Language::De, today()))
        .unwrap();
    db.read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap()
}

const HEADER: &str =
    "Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2;G3;G4;A1;A2;A3;A4;S1;S2;S3;S4;D1;D2;D3;D4";

#[test]
fn csv_for_excel_starts_with_a_bom_and_keeps_the_import_layout() {
    let matrix = demo_matrix();
    let bytes = exchange::matrix_csv(&matrix).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "Excel needs the BOM to show umlauts"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0], HEADER,
        "the header is the documented import layout"
    );
    assert_eq!(lines.len(), 1 + 140, "one line per active employee");
    assert!(text.contains("Jürgen Müßig"), "umlauts and ß are kept");

    let mut plain = Vec::new();
    exchange::write_csv(&matrix, &mut plain, false).unwrap();
    assert_eq!(
        plain,
        bytes[3..],
        "the file export and the CLI's CSV differ only by the BOM"
    );
}

fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec()))
        .expect("the export is a valid XLSX");
    workbook
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name} must exist: {e}"))
        .rows()
        .map(|r| r.to_vec())
        .collect()
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Empty => String::new(),
        other => panic!("unexpected cell {other:?}"),
    }
}

#[test]
fn xlsx_reads_back_to_the_same_matrix() {
    let matrix = demo_matrix();
    let rows = sheet(&exchange::matrix_xlsx(&matrix).unwrap(), "Talentmatrix");
    let header: Vec<String> = rows[0].iter().map(text).collect();
    assert_eq!(
        header.join(";"),
        HEADER,
        "the XLSX header is the import layout"
    );
    assert_eq!(rows.len(), 1 + matrix.rows.len(), "one row per employee");
    for (row, expected) in rows[1..].iter().zip(exchange::records(&matrix)) {
        let mut got: Vec<String> = row.iter().map(text).collect();
        got.resize(expected.len(), String::new());
        assert_eq!(got, expected, "every cell reads back as exported");
    }
    assert!(
        rows[1..]
            .iter()
            .flat_map(|r| r[5..].iter())
            .all(|c| matches!(c, Data::Float(_) | Data::Empty)),
        "levels are numbers, not text, so Excel can filter and sum them"
    );
}

#[test]
fn xlsx_has_a_legend_with_levels_and_descriptors() {
    let matrix = demo_matrix();
    let legend = sheet(&exchange::matrix_xlsx(&matrix).unwrap(), "Legende");
    let all: Vec<String> = legend.iter().flatten().map(text).collect();
    for expected in [
        "keine",
        "Grundkenntnisse",
        "selbstständig",
        "G1",
        "KI-Grundbegriffe",
        "Vermittelt die Grundlagen verständlich an andere",
    ] {
        assert!(
            all.iter().any(|c| c == expected),
            "the legend names {expected:?}"
        );
    }
}

#[test]
fn the_template_has_the_header_and_no_people() {
    let db = Db::open_in_memory().unwrap();
    let competencies = db
        .write(|tx| {
            talentwerk_core::company::create(tx, "Vorlage", Language::De, today())?;
            Ok(framework::load(tx)?.competencies)
        })
        .unwrap();
    let bytes = exchange::template_xlsx(&competencies).unwrap();
    let rows = sheet(&bytes, "Talentmatrix");
    assert_eq!(rows.len(), 1, "a template holds only the header row");
    assert_eq!(
        rows[0].iter().map(text).collect::<Vec<_>>().join(";"),
        HEADER
    );
}

#[test]
fn an_export_is_complete_or_not_there() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("matrix.csv");
    std::fs::write(&target, "alter Inhalt").unwrap();
    talentwerk_core::files::write_atomically(&target, b"neu").unwrap();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"neu",
        "the old file is replaced whole"
    );

    let missing = dir.path().join("gibt-es-nicht/matrix.csv");
    assert!(
        talentwerk_core::files::write_atomically(&missing, b"x").is_err(),
        "a missing folder is an error"
    );
    assert!(!missing.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["matrix.csv"],
        "no temporary file is left behind"
    );
}
