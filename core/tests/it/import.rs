//! Import from CSV and XLSX as people's files really are, and bad files that must never hurt:
//! every refused import leaves the database exactly as it was (snapshot before and after).

use crate::support::{company, snapshot, today};
use talentwerk_core::assessment::{self, Assessor};
use talentwerk_core::company::Language;
use talentwerk_core::exchange::import::{self, ImportPlan};
use talentwerk_core::exchange::issues::IssueKind;
use talentwerk_core::exchange::read::{self, table_from_bytes};
use talentwerk_core::exchange::{self as exchange};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{demo, people, Db};

fn demo_db(employees: u32) -> Db {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, employees, Language::De, today()))
        .unwrap();
    db
}

fn records(db: &Db) -> Vec<Vec<String>> {
    let matrix = db
        .read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap();
    exchange::records(&matrix).collect()
}

/// Plans and, when the plan has no problems, applies — as the CLI and the app do.
fn import(db: &Db, bytes: &[u8], create_missing: bool) -> ImportPlan {
    let table = table_from_bytes(bytes, None).expect("the file is readable");
    db.write(|tx| {
        let planned = import::plan(tx, &table, create_missing)?;
        if planned.plan.problems.is_empty() {
            import::apply(tx, &planned, today())?;
        }
        Ok(planned.plan)
    })
    .unwrap()
}

fn export_csv(db: &Db) -> Vec<u8> {
    let matrix = db
        .read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap();
    exchange::matrix_csv(&matrix).unwrap()
}

fn export_xlsx(db: &Db) -> Vec<u8> {
    let matrix = db
        .read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap();
    exchange::matrix_xlsx(&matrix).unwrap()
}

#[test]
fn export_then_import_into_a_new_company_gives_the_identical_matrix() {
    let source = demo_db(60);
    for (format, bytes) in [("xlsx", export_xlsx(&source)), ("csv", export_csv(&source))] {
        let target = company();
        let plan = import(&target, &bytes, true);
        assert!(plan.problems.is_empty(), "{format}: {:?}", plan.problems);
        assert_eq!(plan.new_employees.len(), 60, "{format}: everyone is new");
        assert_eq!(
            records(&target),
            records(&source),
            "{format}: the round trip must give the identical matrix"
        );
    }
}

#[test]
fn reimporting_the_same_file_changes_nothing() {
    let db = demo_db(40);
    for bytes in [export_xlsx(&db), export_csv(&db)] {
        let before = snapshot(&db);
        let plan = import(&db, &bytes, false);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert!(plan.is_unchanged(), "nothing may change: {plan:?}");
        assert_eq!(
            snapshot(&db),
            before,
            "re-importing must not write anything"
        );
    }
}

#[test]
fn a_changed_file_updates_by_personnel_number_and_records_import_assessments() {
    let db = demo_db(20);
    let csv = String::from_utf8(export_csv(&db)).unwrap();
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let mut first: Vec<String> = lines[1].split(';').map(str::to_string).collect();
    let number = first[0].clone();
    first[1] = "Neuer Name".into();
    let old = first[5].parse::<u8>().unwrap_or(0);
    let new = (old + 1) % 4;
    first[5] = new.to_string();
    lines[1] = first.join(";");
    let changed = lines.join("\n");

    let plan = import(&db, changed.as_bytes(), false);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(
        plan.new_employees.len(),
        0,
        "matching is by Personalnummer: nobody is new"
    );
    assert_eq!(
        plan.updated_employees.len(),
        1,
        "the renamed employee is updated"
    );
    assert_eq!(plan.level_changes.len(), 1, "exactly one level changed");

    let employees = db.read(|c| people::list_employees(c, true)).unwrap();
    assert_eq!(employees.len(), 20, "an import never duplicates people");
    let employee = employees
        .iter()
        .find(|e| e.personnel_number == number)
        .unwrap();
    assert_eq!(employee.name, "Neuer Name");
    let history = db.read(|c| assessment::history(c, employee.id)).unwrap();
    let latest = history
        .iter()
        .find(|a| a.assessor == Assessor::Import)
        .expect("the changed level is recorded as an import assessment");
    assert_eq!(latest.level, new);
    assert_eq!(latest.assessed_on, today().to_string(), "dated today");
}

#[test]
fn csv_as_german_excel_writes_it_is_understood() {
    // Windows-1252, comma-separated, quoted fields with delimiters and a line break, headers in
    // other case and spacing, a competency named instead of coded.
    let text = " personalnummer ,NAME,Abteilung,funktion,KI - Rolle,g1,Prompt Engineering\r\n\
                7,\"Müßig, Jürgen\",Vertrieb,\"Innendienst; Angebote\",,2,3\r\n\
                8,Zoë Fähnrich,Vertrieb,\"Leitung\nVertrieb\",KI-Trainer,,1\r\n";
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!lossy, "the test text fits Windows-1252");
    let db = company();
    let plan = import(&db, &bytes, true);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(plan.new_employees.len(), 2);
    let rows = records(&db);
    assert_eq!(
        rows[0][1], "Müßig, Jürgen",
        "umlauts decoded, the comma kept inside quotes"
    );
    assert_eq!(rows[0][3], "Innendienst; Angebote");
    assert_eq!(rows[1][1], "Zoë Fähnrich");
    assert_eq!(
        rows[1][3], "Leitung\nVertrieb",
        "a line break inside quotes is kept"
    );
    assert_eq!(rows[1][4], "KI-Trainer");
    assert_eq!(rows[0][5], "2", "G1 by code");
    assert_eq!(rows[0][6], "3", "G2 by its name");
    assert_eq!(rows[1][5], "", "an empty cell means not assessed");
}

#[test]
fn utf8_with_bom_and_semicolons_is_understood() {
    let text = "\u{feff}Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1\n1;René Çelik;IT;;;1\n";
    let db = company();
    let plan = import(&db, text.as_bytes(), true);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(records(&db)[0][1], "René Çelik");
}

#[test]
fn unknown_columns_are_reported_and_ignored() {
    let text = "Personalnummer;Name;Abteilung;Bemerkung;G1\n1;Anna;IT;egal;2\n";
    let db = company();
    let plan = import(&db, text.as_bytes(), true);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    assert_eq!(
        plan.warnings.iter().map(|w| &w.kind).collect::<Vec<_>>(),
        [&IssueKind::UnknownColumn {
            name: "Bemerkung".into()
        }],
        "the unknown column is reported"
    );
    assert_eq!(plan.new_employees.len(), 1);
}

/// A file that must be refused: the first problem's kind, with nothing written.
fn refused(
    db: &Db,
    bytes: &[u8],
    create_missing: bool,
) -> (Option<u32>, Option<String>, IssueKind) {
    let before = snapshot(db);
    let issue = match table_from_bytes(bytes, None) {
        Err(issue) => issue,
        Ok(_) => {
            let plan = import(db, bytes, create_missing);
            assert!(
                !plan.problems.is_empty(),
                "the file must be refused: {plan:?}"
            );
            plan.problems[0].clone()
        }
    };
    assert_eq!(
        snapshot(db),
        before,
        "a refused import must leave the database unchanged"
    );
    (issue.line, issue.column, issue.kind)
}

const HEAD: &str = "Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2;G3";

#[test]
fn bad_levels_are_refused_with_line_and_column() {
    let db = demo_db(10);
    for value in ["4", "x", "-1", "2.5"] {
        let text = format!("{HEAD}\n10001;Anna;IT;;;1;2;3\n10002;Bert;IT;;;0;{value};1\n");
        assert_eq!(
            refused(&db, text.as_bytes(), true),
            (
                Some(3),
                Some("G2".into()),
                IssueKind::BadLevel {
                    value: value.into()
                }
            ),
            "level {value:?}"
        );
    }
}

#[test]
fn a_duplicate_personnel_number_and_a_missing_name_are_refused() {
    let db = demo_db(10);
    let duplicate = format!("{HEAD}\n77;Anna;IT;;;1;;\n78;Bert;IT;;;;;\n77;Carl;IT;;;;;\n");
    assert_eq!(
        refused(&db, duplicate.as_bytes(), true).2,
        IssueKind::DuplicatePersonnelNumber { first_line: 2 }
    );
    let nameless = format!("{HEAD}\n77;  ;IT;;;1;;\n");
    assert_eq!(
        refused(&db, nameless.as_bytes(), true),
        (Some(2), Some("Name".into()), IssueKind::Empty)
    );
    let no_number_column = "Name;Abteilung;G1\nAnna;IT;1\n";
    assert_eq!(
        refused(&db, no_number_column.as_bytes(), true).2,
        IssueKind::MissingColumn {
            name: "Personalnummer".into()
        }
    );
}

#[test]
fn unknown_departments_and_roles_need_confirmation() {
    let db = demo_db(10);
    let text = format!("{HEAD}\n99;Neu;Raumfahrt;;;1;;\n");
    assert_eq!(
        refused(&db, text.as_bytes(), false).2,
        IssueKind::UnknownDepartment {
            name: "Raumfahrt".into()
        }
    );
    let role = format!("{HEAD}\n99;Neu;IT;;Chief Prompt Officer;1;;\n");
    assert_eq!(
        refused(&db, role.as_bytes(), false).2,
        IssueKind::UnknownRole {
            name: "Chief Prompt Officer".into()
        }
    );
    let plan = import(&db, role.as_bytes(), true);
    assert_eq!(
        plan.new_roles,
        ["Chief Prompt Officer"],
        "created on confirmation"
    );
}

#[test]
fn broken_and_empty_files_are_refused() {
    let db = demo_db(10);
    assert_eq!(refused(&db, b"", true).2, IssueKind::EmptyFile);
    assert_eq!(refused(&db, b"  \n \n", true).2, IssueKind::EmptyFile);
    assert_eq!(refused(&db, HEAD.as_bytes(), true).2, IssueKind::NoDataRows);

    let mut random = b"PK\x03\x04".to_vec();
    random.extend((0..4000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    assert_eq!(
        refused(&db, &random, true).2,
        IssueKind::FileNotReadable,
        "random bytes"
    );

    let binary: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2246822519) >> 7) as u8)
        .collect();
    assert_eq!(
        refused(&db, &binary, true).2,
        IssueKind::FileNotReadable,
        "binary, not text"
    );

    let dir = tempfile::tempdir().unwrap();
    let named = dir.path().join("matrix.xlsx");
    std::fs::write(&named, "Personalnummer;Name;Abteilung\n1;Anna;IT\n").unwrap();
    assert_eq!(
        read::read_table(&named, None).unwrap_err().kind,
        IssueKind::FileNotReadable,
        "a file named .xlsx that is no XLSX"
    );

    let xlsx = export_xlsx(&db);
    assert_eq!(
        refused(&db, &xlsx[..xlsx.len() / 2], true).2,
        IssueKind::FileNotReadable,
        "a truncated XLSX"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("riesig.csv");
    let line = "1;Anna;IT;;;1;2;3\n";
    let mut text = format!("{HEAD}\n");
    while text.len() < 20 * 1024 * 1024 {
        text.push_str(line);
    }
    std::fs::write(&path, text).unwrap();
    let issue = read::read_table(&path, None).expect_err("20 MB is too large");
    assert_eq!(issue.kind, IssueKind::FileTooLarge { max_megabytes: 10 });
}

#[test]
fn names_that_look_like_code_are_stored_as_text() {
    let db = company();
    let text = format!(
        "{HEAD}\n1;<img src=x onerror=alert(1)>;IT;;;;;\n2;\"'; DROP TABLE employee; --\";IT;;;;;\n"
    );
    let plan = import(&db, text.as_bytes(), true);
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let names: Vec<String> = records(&db).into_iter().map(|r| r[1].clone()).collect();
    assert!(names.contains(&"<img src=x onerror=alert(1)>".to_string()));
    assert!(names.contains(&"'; DROP TABLE employee; --".to_string()));
}
