//! talentwerk-cli as scripts use it: exit codes, stderr, and the CSV layout import relies on.

use crate::support::{cli, stderr, stdout};
use std::process::Command;

#[test]
fn demo_then_matrix_csv_has_the_documented_header_and_one_line_per_employee() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let demo = cli(&db, &["demo"]);
    assert!(
        demo.status.success(),
        "demo must succeed: {}",
        stderr(&demo)
    );

    let matrix = cli(&db, &["matrix", "--format", "csv"]);
    assert!(
        matrix.status.success(),
        "matrix must succeed: {}",
        stderr(&matrix)
    );
    let text = stdout(&matrix);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2;G3;G4;A1;A2;A3;A4;S1;S2;S3;S4;D1;D2;D3;D4"),
        "the CSV header is the import layout, competency codes in framework order"
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(';').collect()).collect();
    assert_eq!(rows.len(), 140, "one line per active employee of the demo");
    for row in &rows {
        assert_eq!(row.len(), 21, "every line has all columns: {row:?}");
        for level in &row[5..] {
            assert!(
                matches!(*level, "" | "0" | "1" | "2" | "3"),
                "levels are 0–3 or empty for not assessed, got {level:?}"
            );
        }
    }
    assert!(
        rows.iter().any(|r| r[1] == "Jürgen Müßig"),
        "umlauts come out intact"
    );
}

#[test]
fn matrix_filters_by_department_name_ignoring_case() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo", "--employees", "60"]).status.success());
    let it = cli(&db, &["matrix", "--department", "it", "--format", "csv"]);
    assert!(it.status.success(), "{}", stderr(&it));
    let text = stdout(&it);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert!(!rows.is_empty(), "the demo has an IT department");
    assert!(
        rows.iter().all(|r| r.split(';').nth(2) == Some("IT")),
        "only IT employees are listed"
    );

    let unknown = cli(&db, &["matrix", "--department", "Raumfahrt"]);
    assert!(
        !unknown.status.success(),
        "an unknown department is an error"
    );
    assert!(
        stderr(&unknown).contains("Abteilung „Raumfahrt“ gibt es nicht"),
        "the error names the department: {}",
        stderr(&unknown)
    );
}

#[test]
fn commands_other_than_init_and_demo_never_create_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("vertippt.db");
    for args in [&["matrix"][..], &["check"][..]] {
        let out = cli(&db, args);
        assert!(
            !out.status.success(),
            "{args:?} on a missing file must fail"
        );
        assert!(
            stderr(&out).contains("Es gibt keine Datenbank"),
            "{args:?} says the file is missing: {}",
            stderr(&out)
        );
        assert!(!db.exists(), "{args:?} must not create the file");
    }
}

#[test]
fn a_foreign_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notizen.txt");
    std::fs::write(&db, "Einkaufsliste: Milch, Brot\n".repeat(100)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let out = cli(&db, &["check"]);
    assert!(!out.status.success(), "check on a text file must fail");
    assert!(
        stderr(&out).contains("keine Talentwerk-Datenbank"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the foreign file is untouched"
    );
}

#[test]
fn init_creates_a_company_once_and_check_reports_the_schema() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("firma.db");
    let init = cli(&db, &["init", "--company", "Beispiel GmbH"]);
    assert!(init.status.success(), "{}", stderr(&init));

    let again = cli(&db, &["init", "--company", "Andere GmbH"]);
    assert!(!again.status.success(), "a second init must fail");
    assert!(
        stderr(&again).contains("bereits ein Unternehmen"),
        "{}",
        stderr(&again)
    );

    let unnamed = dir.path().join("leer.db");
    let empty_name = cli(&unnamed, &["init", "--company", "  "]);
    assert!(
        !empty_name.status.success(),
        "an empty company name is refused"
    );
    assert!(stderr(&empty_name).contains("Unternehmensname darf nicht leer sein"));
    assert!(!unnamed.exists(), "a failed init leaves no file behind");

    let check = cli(&db, &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let report = stdout(&check);
    let version = format!("Schemaversion: {}", talentwerk_core::db::schema_version());
    assert!(report.contains(&version), "{report}");
    assert!(report.contains("Unternehmen: Beispiel GmbH"), "{report}");
    assert!(report.contains("Integrität: in Ordnung"), "{report}");
}

#[test]
fn export_writes_xlsx_csv_and_a_template() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo", "--employees", "20"]).status.success());
    for (format, file) in [("xlsx", "matrix.xlsx"), ("csv", "matrix.csv")] {
        let out = dir.path().join(file);
        let run = cli(
            &db,
            &[
                "export",
                "matrix",
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert!(run.status.success(), "{format}: {}", stderr(&run));
        assert!(
            std::fs::metadata(&out).unwrap().len() > 0,
            "{format} file is written"
        );
    }
    let csv = std::fs::read(dir.path().join("matrix.csv")).unwrap();
    assert!(
        csv.starts_with("\u{feff}Personalnummer;".as_bytes()),
        "CSV for Excel has a BOM"
    );

    // The template needs no company file.
    let template = dir.path().join("vorlage.xlsx");
    let run = Command::new(env!("CARGO_BIN_EXE_talentwerk-cli"))
        .args(["export", "template", "--out"])
        .arg(&template)
        .env_remove("TALENTWERK_DB")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(template.exists(), "the template is written");
}

#[test]
fn export_from_a_missing_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("matrix.xlsx");
    let run = cli(
        &dir.path().join("fehlt.db"),
        &[
            "export",
            "matrix",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(!run.status.success(), "exporting from a missing file fails");
    assert!(!out.exists(), "no output file appears");
}

#[test]
fn import_lists_every_problem_by_line_and_column_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo", "--employees", "10"]).status.success());
    let before = stdout(&cli(&db, &["matrix", "--format", "csv"]));
    let file = dir.path().join("fehler.csv");
    std::fs::write(
        &file,
        "Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2;G3\n\
         500;Anna;IT;;;1;2;3\n\
         501;Bert;IT;;;1;4;3\n\
         502;;IT;;;x;;\n",
    )
    .unwrap();
    let run = cli(&db, &["import", file.to_str().unwrap()]);
    assert!(!run.status.success(), "an import with problems fails");
    let errors = stderr(&run);
    for expected in [
        "Zeile 3, Spalte G2: „4“ ist keine gültige Stufe",
        "Zeile 4, Spalte Name: Der Wert fehlt.",
        "Zeile 4, Spalte G1: „x“ ist keine gültige Stufe",
        "es wurde nichts geändert",
    ] {
        assert!(
            errors.contains(expected),
            "stderr names {expected:?}: {errors}"
        );
    }
    assert_eq!(
        stdout(&cli(&db, &["matrix", "--format", "csv"])),
        before,
        "the database is unchanged"
    );
}

#[test]
fn import_dry_run_shows_changes_without_writing_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("firma.db");
    assert!(cli(&db, &["init", "--company", "Beispiel GmbH"])
        .status
        .success());
    let file = dir.path().join("neu.csv");
    std::fs::write(
        &file,
        "Personalnummer;Name;Abteilung;G1\n1;Anna Schulz;Vertrieb;2\n",
    )
    .unwrap();

    let dry = cli(
        &db,
        &[
            "import",
            file.to_str().unwrap(),
            "--dry-run",
            "--create-missing",
        ],
    );
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(
        stdout(&dry).contains("neue Mitarbeitende: 1"),
        "{}",
        stdout(&dry)
    );
    assert!(stdout(&dry).contains("Probelauf"));
    let after_dry = stdout(&cli(&db, &["matrix", "--format", "csv"]));
    assert_eq!(after_dry.lines().count(), 1, "a dry run writes nothing");

    let real = cli(&db, &["import", file.to_str().unwrap(), "--create-missing"]);
    assert!(real.status.success(), "{}", stderr(&real));
    let after = stdout(&cli(&db, &["matrix", "--format", "csv"]));
    assert!(after.contains("1;Anna Schulz;Vertrieb;;;2;"), "{after}");
}

#[test]
fn print_matrix_writes_a_pdf_with_the_documented_options() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo", "--employees", "40"]).status.success());
    let out = dir.path().join("matrix.pdf");
    let run = cli(
        &db,
        &[
            "print",
            "matrix",
            "--out",
            out.to_str().unwrap(),
            "--paper",
            "a3",
            "--pseudonymize",
            "--department",
            "vertrieb",
            "--pillar",
            "ANWENDUNG",
            "--role",
            "Prompt Engineer",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run).contains("Seiten)"), "{}", stdout(&run));
    let pdf = std::fs::read(&out).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF is written");
}

#[test]
fn print_matrix_with_an_unknown_filter_says_which_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo", "--employees", "5"]).status.success());
    let out = dir.path().join("matrix.pdf");
    for (flag, value, message) in [
        (
            "--department",
            "Marketing",
            "Abteilung „Marketing“ gibt es nicht.",
        ),
        ("--pillar", "Ethik", "Säule „Ethik“ gibt es nicht."),
        ("--role", "Astronaut", "KI-Rolle „Astronaut“ gibt es nicht."),
    ] {
        let run = cli(
            &db,
            &[
                "print",
                "matrix",
                "--out",
                out.to_str().unwrap(),
                flag,
                value,
            ],
        );
        assert!(!run.status.success(), "{flag} {value} must fail");
        assert!(stderr(&run).contains(message), "{}", stderr(&run));
        assert!(!out.exists(), "no file appears");
    }
    let run = cli(
        &db,
        &[
            "print",
            "matrix",
            "--out",
            dir.path().join("fehlt/x.pdf").to_str().unwrap(),
        ],
    );
    assert!(!run.status.success(), "a missing folder is reported");
}
