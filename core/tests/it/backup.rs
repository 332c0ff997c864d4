//! Datensicherung: automatic and manual copies, their list, and restore — including every
//! bad file a user might pick, each of which must change nothing.

use crate::support::{cli, demo_file, snapshot};
use chrono::NaiveDateTime;
use std::path::Path;
use talentwerk_core::assessment::{self, Assessor, NewAssessment};
use talentwerk_core::backup::{self, BackupReason};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{Db, Error};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

/// The first cell's level and a way to change it: the edit a restore must undo.
fn first_cell(db: &Db) -> (u32, u32, Option<u8>) {
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    let comp = m.columns().next().unwrap().id;
    (m.rows[0].employee_id, comp, m.rows[0].levels[0])
}

fn set_level(db: &Db, employee_id: u32, competency_id: u32, level: i32) {
    db.write(|tx| {
        assessment::record(
            tx,
            &NewAssessment {
                employee_id,
                competency_id,
                level,
                assessed_on: "2026-11-30".into(),
                assessor: Assessor::Manager,
                note: String::new(),
            },
        )
    })
    .unwrap();
}

#[test]
fn a_manual_copy_is_listed_with_date_reason_size_and_people() {
    let (dir, path) = demo_file(17);
    let db = Db::open_existing(&path).unwrap();
    let info = backup::create(&db, BackupReason::Manual, at("2026-12-01 09:15:00"))
        .unwrap()
        .expect("a file has a backup folder");
    let copy = dir.path().join("Sicherungen").join(&info.file_name);
    assert!(
        copy.is_file(),
        "the copy lies in Sicherungen next to the file"
    );
    assert_eq!(info.file_name, "firma.db_2026-12-01_091500_manuell.db");
    let listed = backup::list(&path).unwrap();
    assert_eq!(listed, vec![info.clone()], "the list shows the one copy");
    assert_eq!(
        info.people,
        Some(17),
        "the list counts the people in the copy"
    );
    assert!(info.size_bytes > 10_000, "the size is the copy's");
    assert_eq!(
        std::fs::read_dir(dir.path().join("Sicherungen"))
            .unwrap()
            .count(),
        1,
        "a copy is one self-contained file, no -wal beside it"
    );
    let copied = Db::open_existing(&copy).unwrap();
    assert!(copied.integrity_problems().unwrap().is_empty());
    assert_eq!(
        snapshot(&copied),
        snapshot(&db),
        "the copy holds everything"
    );
}

#[test]
fn the_daily_copy_is_made_once_a_day() {
    let (_dir, path) = demo_file(3);
    let db = Db::open_existing(&path).unwrap();
    assert!(backup::daily_if_due(&db, at("2026-12-01 08:00:00"))
        .unwrap()
        .is_some());
    assert!(
        backup::daily_if_due(&db, at("2026-12-01 17:00:00"))
            .unwrap()
            .is_none(),
        "the second opening of the day makes no copy"
    );
    assert!(backup::daily_if_due(&db, at("2026-12-02 08:00:00"))
        .unwrap()
        .is_some());
    assert_eq!(backup::list(&path).unwrap().len(), 2);
}

#[test]
fn old_automatic_copies_are_thinned_out_on_disk() {
    let (dir, path) = demo_file(2);
    let db = Db::open_existing(&path).unwrap();
    let start = at("2026-09-01 08:00:00");
    for day in 0..40 {
        let now = start + chrono::Duration::days(day);
        backup::daily_if_due(&db, now).unwrap();
        backup::create(&db, BackupReason::BeforeImport, now).unwrap();
    }
    backup::create(&db, BackupReason::Manual, start).unwrap();
    let listed = backup::list(&path).unwrap();
    let of = |reason| listed.iter().filter(|b| b.reason == reason).count();
    assert_eq!(of(BackupReason::Daily), 11, "7 daily and 4 weekly copies");
    assert_eq!(
        of(BackupReason::BeforeImport),
        10,
        "the last 10 before-copies"
    );
    assert_eq!(of(BackupReason::Manual), 1, "a manual copy stays");
    let files = std::fs::read_dir(dir.path().join("Sicherungen"))
        .unwrap()
        .count();
    assert_eq!(files, 22, "removed copies are gone from the folder");
}

#[test]
fn restore_brings_back_the_old_level_and_keeps_the_state_before() {
    let (_dir, path) = demo_file(8);
    let db = Db::open_existing(&path).unwrap();
    let (employee, competency, level) = first_cell(&db);
    let saved = backup::create(&db, BackupReason::Manual, at("2026-12-01 09:00:00"))
        .unwrap()
        .unwrap();
    let new_level = if level == Some(3) { 0 } else { 3 };
    set_level(&db, employee, competency, new_level);
    let changed = snapshot(&db);

    let versions = |db: &Db| {
        db.read(|c| talentwerk_core::people::list_employees(c, true))
            .unwrap()
            .into_iter()
            .map(|e| (e.id, e.version))
            .collect::<Vec<_>>()
    };
    let loaded_before = versions(&db);
    let before = backup::restore_named(&db, &saved.file_name, at("2026-12-01 10:00:00"))
        .unwrap()
        .expect("the current state is backed up first");
    for ((id, old), (_, new)) in loaded_before.iter().zip(versions(&db)) {
        assert!(
            new > *old,
            "employee {id}: a form loaded before the restore must count as stale"
        );
    }
    assert_eq!(before.reason, BackupReason::BeforeRestore);
    assert_eq!(first_cell(&db).2, level, "the old level is back");
    let state_before =
        Db::open_existing(&backup::folder_for(&path).join(&before.file_name)).unwrap();
    assert_eq!(
        snapshot(&state_before),
        changed,
        "the copy made before the restore holds the changed state"
    );
    drop(db);
    let reopened = Db::open_existing(&path).unwrap();
    assert_eq!(first_cell(&reopened).2, level, "the restore is on disk");
    assert!(reopened.integrity_problems().unwrap().is_empty());
}

/// Restores `source` and checks it is refused with nothing changed, no copy made.
fn refused_restore(db: &Db, path: &Path, source: &Path, what: &str) -> Error {
    let before = snapshot(db);
    let copies = backup::list(path).unwrap();
    let error = backup::restore(db, source, at("2026-12-01 11:00:00"))
        .expect_err(&format!("{what} must be refused"));
    assert_eq!(
        snapshot(db),
        before,
        "{what}: the database must be unchanged"
    );
    assert_eq!(
        backup::list(path).unwrap(),
        copies,
        "{what}: a refused restore makes no copy"
    );
    error
}

#[test]
fn restore_refuses_bad_files_and_changes_nothing() {
    let (dir, path) = demo_file(6);
    let db = Db::open_existing(&path).unwrap();
    let good = backup::create(&db, BackupReason::Manual, at("2026-12-01 09:00:00"))
        .unwrap()
        .unwrap();
    let good = backup::folder_for(&path).join(good.file_name);

    let text = dir.path().join("notizen.txt");
    std::fs::write(&text, "Das ist keine Datenbank.\n").unwrap();
    let e = refused_restore(&db, &path, &text, "a text file");
    assert!(matches!(e, Error::ForeignFile(_)), "got {e:?}");

    let bytes = std::fs::read(&good).unwrap();
    let truncated = dir.path().join("abgeschnitten.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let e = refused_restore(&db, &path, &truncated, "a truncated copy");
    assert!(matches!(e, Error::DamagedFile(..)), "got {e:?}");

    let newer = dir.path().join("neuer.db");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let e = refused_restore(&db, &path, &newer, "a file of a newer version");
    assert!(matches!(e, Error::NewerSchema(_, 99)), "got {e:?}");

    let foreign = dir.path().join("fremd.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE kunden (name TEXT); INSERT INTO kunden VALUES ('x');")
        .unwrap();
    let e = refused_restore(&db, &path, &foreign, "another program's database");
    assert!(matches!(e, Error::ForeignFile(_)), "got {e:?}");

    let missing = dir.path().join("gibt-es-nicht.db");
    let e = refused_restore(&db, &path, &missing, "a missing file");
    assert!(matches!(e, Error::MissingFile(_)), "got {e:?}");
    assert!(
        !missing.exists(),
        "restore must not create the missing file"
    );

    let e = refused_restore(&db, &path, &path, "the database itself");
    assert!(matches!(e, Error::OwnDatabase(_)), "got {e:?}");

    let before = snapshot(&db);
    let e = backup::restore_named(&db, "../firma.db", at("2026-12-01 11:00:00"))
        .expect_err("a name that is no copy of this file");
    assert!(matches!(e, Error::NotFound { .. }), "got {e:?}");
    assert_eq!(snapshot(&db), before);
}

#[test]
fn a_backup_folder_that_cannot_be_made_is_reported_and_nothing_changes() {
    let (dir, path) = demo_file(2);
    // A file where the folder should be: creating the folder fails for any user, root too.
    std::fs::write(dir.path().join("Sicherungen"), "im Weg").unwrap();
    let db = Db::open_existing(&path).unwrap();
    let before = snapshot(&db);
    let error = backup::create(&db, BackupReason::Manual, at("2026-12-01 09:00:00"))
        .expect_err("the folder cannot be made");
    assert!(matches!(error, Error::FileAccess { .. }), "got {error:?}");
    assert_eq!(snapshot(&db), before);

    let output = cli(&path, &["backup"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("kann nicht zugegriffen werden"),
        "a clear message, got {stderr}"
    );
    let output = cli(
        &path,
        &[
            "backup",
            "--out",
            dir.path().join("fehlt/kopie.db").to_str().unwrap(),
        ],
    );
    assert!(
        !output.status.success(),
        "a missing target folder is an error"
    );
}

#[test]
fn the_cli_backs_up_lists_and_restores() {
    let (dir, path) = demo_file(9);
    let out = dir.path().join("kopie.db");
    let made = cli(&path, &["backup", "--out", out.to_str().unwrap()]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert!(Db::open_existing(&out)
        .unwrap()
        .integrity_problems()
        .unwrap()
        .is_empty());
    assert!(cli(&path, &["backup"]).status.success());
    let listed = cli(&path, &["backups"]);
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(
        text.contains("von Hand"),
        "the list names the reason: {text}"
    );
    assert!(
        text.contains("9 Personen"),
        "the list counts people: {text}"
    );

    let db = Db::open_existing(&path).unwrap();
    let (employee, competency, level) = first_cell(&db);
    set_level(
        &db,
        employee,
        competency,
        if level == Some(3) { 0 } else { 3 },
    );
    drop(db);
    let restored = cli(&path, &["restore", out.to_str().unwrap()]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(first_cell(&Db::open_existing(&path).unwrap()).2, level);

    let text_file = dir.path().join("liste.csv");
    std::fs::write(&text_file, "a;b\n1;2\n").unwrap();
    let refused = cli(&path, &["restore", text_file.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("keine Talentwerk-Datenbank"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}

#[test]
fn an_import_is_preceded_by_a_copy() {
    let (dir, path) = demo_file(3);
    let csv = dir.path().join("neu.csv");
    std::fs::write(
        &csv,
        "Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1\nN-1;Nora Neu;Vertrieb;;;2\n",
    )
    .unwrap();
    let output = cli(&path, &["import", csv.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let copies = backup::list(&path).unwrap();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].reason, BackupReason::BeforeImport);
    assert_eq!(
        copies[0].people,
        Some(3),
        "the copy holds the state before the import"
    );
}

#[test]
fn opening_a_file_of_an_older_version_backs_it_up_before_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alt.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../migrations/0001_init.sql"))
            .unwrap();
        conn.pragma_update(None, "application_id", talentwerk_core::db::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO company (id, name, created_on) VALUES (1, 'Alt GmbH', '2026-01-01')",
            [],
        )
        .unwrap();
    }
    let db = Db::open_existing(&path).unwrap();
    assert_eq!(
        db.stored_schema_version().unwrap(),
        talentwerk_core::db::schema_version()
    );
    let copies = backup::list(&path).unwrap();
    assert_eq!(copies.len(), 1, "one copy before the migration");
    assert_eq!(copies[0].reason, BackupReason::BeforeMigration);
    let copy = backup::folder_for(&path).join(&copies[0].file_name);
    let facts = backup::inspect(&copy).unwrap();
    assert_eq!(facts.schema_version, 1, "the copy is the file as it was");
    assert_eq!(facts.company.as_deref(), Some("Alt GmbH"));
}
