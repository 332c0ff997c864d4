//! Files nobody can lose: no output lands on the open database, a second writer waits
//! instead of failing, a stale form cannot overwrite newer data.

use crate::support::{
    cli, company, demo_file, department, employee, input, refused, snapshot, stderr, today,
};
use std::path::Path;
use std::process::Command;
use std::time::Duration;
use talentwerk_core::error::Entity;
use talentwerk_core::{people, Db, Error};

#[test]
fn no_command_writes_over_the_open_database_or_its_companions() {
    let (dir, path) = demo_file(12);
    let before = snapshot(&Db::open_existing(&path).unwrap());
    let link = dir.path().join("verknuepfung.db");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let hard = dir.path().join("zweiter-name.db");
    std::fs::hard_link(&path, &hard).unwrap();
    std::fs::create_dir(dir.path().join("unter")).unwrap();
    let spelled = dir.path().join("unter/../firma.db");
    let wal = dir.path().join("firma.db-wal");
    let journal = dir.path().join("firma.db-journal");
    for target in [&path, &link, &hard, &spelled, &wal, &journal] {
        let target = target.to_str().unwrap();
        for args in [
            vec!["export", "matrix", "--format", "csv", "--out", target],
            vec!["export", "matrix", "--format", "xlsx", "--out", target],
            vec!["export", "template", "--out", target],
            vec!["print", "matrix", "--out", target],
            vec!["print", "kpi", "--out", target],
            vec!["print", "pilot", "1", "--out", target],
            vec!["backup", "--out", target],
        ] {
            let output = cli(&path, &args);
            assert!(
                !output.status.success(),
                "{args:?} must be refused: it names the open database"
            );
            assert!(
                stderr(&output).contains("die geöffnete Datenbank selbst"),
                "{args:?}: the message must say why, got {}",
                stderr(&output)
            );
        }
    }
    assert!(
        !journal.exists(),
        "nothing was written at the journal's name"
    );
    let db = Db::open_existing(&path).expect("the database is still a Talentwerk file");
    assert!(db.integrity_problems().unwrap().is_empty());
    assert_eq!(snapshot(&db), before, "the database is unchanged");
}

#[test]
fn a_database_opened_through_a_link_guards_the_files_beside_its_target() {
    let (dir, path) = demo_file(3);
    let link = dir.path().join("verknuepfung.db");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let db = Db::open_existing(&link).unwrap();
    // SQLite keeps the -wal and -shm beside the real file, not beside the link.
    for target in [
        "firma.db",
        "firma.db-wal",
        "firma.db-shm",
        "verknuepfung.db-wal",
    ] {
        let error = db
            .write_file(&dir.path().join(target), b"kaputt")
            .expect_err("a companion of the open database");
        assert!(
            matches!(error, Error::OwnDatabase(_)),
            "{target}: got {error:?}"
        );
    }
    assert!(db.integrity_problems().unwrap().is_empty());
}

#[test]
fn the_core_guard_refuses_own_files_and_allows_others() {
    let (dir, path) = demo_file(3);
    let db = Db::open_existing(&path).unwrap();
    let error = db
        .write_file(&path, b"kaputt")
        .expect_err("the database itself must be refused");
    assert!(matches!(error, Error::OwnDatabase(_)), "got {error:?}");
    let other = dir.path().join("export.csv");
    db.write_file(&other, b"ok").expect("another file is fine");
    assert_eq!(std::fs::read(&other).unwrap(), b"ok");
    let memory = Db::open_in_memory().unwrap();
    memory
        .refuse_own_files(&path)
        .expect("an in-memory database owns no file");
}

#[test]
fn a_second_writer_waits_for_the_first_instead_of_failing() {
    let (_dir, path) = demo_file(5);
    let first = Db::open_existing(&path).unwrap();
    let second = Db::open_existing(&path).unwrap();
    let dept = first.read(people::list_departments).unwrap()[0].id;
    let (locked, lock_held) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let holder = scope.spawn(|| {
            first
                .write(|tx| {
                    // Read first, as a real change does; then hold the lock a while.
                    people::list_employees(tx, true)?;
                    locked.send(()).unwrap();
                    std::thread::sleep(Duration::from_millis(600));
                    people::create_employee(tx, &input("W-1", "Erste Schreiberin", dept), today())
                })
                .expect("the first writer commits")
        });
        // The second writer starts only while the first one holds the lock.
        lock_held.recv().unwrap();
        second
            .write(|tx| {
                people::list_employees(tx, true)?;
                people::create_employee(tx, &input("W-2", "Zweiter Schreiber", dept), today())
            })
            .expect("the second writer waits for the lock and then commits");
        holder.join().unwrap();
    });
    let all = first.read(|c| people::list_employees(c, true)).unwrap();
    assert!(all.iter().any(|e| e.personnel_number == "W-1"));
    assert!(all.iter().any(|e| e.personnel_number == "W-2"));
}

#[test]
fn a_file_locked_longer_than_the_timeout_is_reported_as_in_use() {
    let (_dir, path) = demo_file(3);
    let db = Db::open_existing(&path).unwrap();
    db.set_busy_timeout(Duration::from_millis(200)).unwrap();
    let before = snapshot(&db);
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let dept = db.read(people::list_departments).unwrap()[0].id;
    let error = db
        .write(|tx| people::create_employee(tx, &input("X", "Xaver", dept), today()))
        .expect_err("the lock is held elsewhere");
    assert!(matches!(error, Error::FileInUse), "got {error:?}");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(snapshot(&db), before, "nothing was written");
}

#[test]
fn two_concurrent_cli_imports_of_halves_of_a_5000_row_file_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.db");
    assert!(cli(&path, &["init", "--company", "Parallel GmbH"])
        .status
        .success());
    let half = |from: u32| {
        let mut csv = String::from("Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2\n");
        for n in from..from + 2500 {
            csv.push_str(&format!(
                "P{n:05};Person {n};Produktion;Fachkraft;;{};{}\n",
                n % 4,
                (n + 1) % 4
            ));
        }
        let file = dir.path().join(format!("haelfte-{from}.csv"));
        std::fs::write(&file, csv).unwrap();
        file
    };
    let (a, b) = (half(0), half(2500));
    let spawn = |file: &Path| {
        Command::new(env!("CARGO_BIN_EXE_talentwerk-cli"))
            .arg("--db")
            .arg(&path)
            .args(["import", "--create-missing"])
            .arg(file)
            .env_remove("TALENTWERK_DB")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(&a), spawn(&b));
    for child in [first, second] {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "both imports must succeed, one after the other; stderr: {}",
            stderr(&output)
        );
    }
    let db = Db::open_existing(&path).unwrap();
    let all = db.read(|c| people::list_employees(c, true)).unwrap();
    assert_eq!(all.len(), 5000, "every row of both halves arrived");
    assert_eq!(
        db.read(people::list_departments).unwrap().len(),
        1,
        "the department both files name was created once"
    );
}

#[test]
fn a_form_saved_from_a_stale_window_is_refused() {
    let db = company();
    let dept = department(&db, "Vertrieb");
    let anna = employee(&db, "1", "Anna Adler", dept);
    // Two windows opened the same person at version 1; the first saves.
    let saved = db
        .write(|tx| {
            people::update_employee(
                tx,
                anna.id,
                anna.version,
                &input("1", "Anna Berg", dept),
                today(),
            )
        })
        .unwrap();
    assert_eq!(saved.version, anna.version + 1, "a save raises the version");
    let error = refused(&db, "the second window's save", |tx| {
        people::update_employee(
            tx,
            anna.id,
            anna.version,
            &input("1", "Anna Alt", dept),
            today(),
        )
    });
    assert!(
        matches!(
            error,
            Error::Stale {
                entity: Entity::Employee,
                ..
            }
        ),
        "got {error:?}"
    );
    let archived = db
        .write(|tx| people::archive_employee(tx, anna.id, today()))
        .unwrap();
    assert_eq!(
        archived.version,
        saved.version + 1,
        "archiving changes the person too"
    );
    refused(&db, "a save based on the state before archiving", |tx| {
        people::update_employee(
            tx,
            anna.id,
            saved.version,
            &input("1", "Anna", dept),
            today(),
        )
    });
}

#[test]
fn the_demo_company_is_marked_and_a_new_company_is_not() {
    let (_dir, path) = demo_file(4);
    let db = Db::open_existing(&path).unwrap();
    assert!(
        db.read(talentwerk_core::company::require).unwrap().demo,
        "the demo file carries the demo mark"
    );
    assert!(
        !company()
            .read(talentwerk_core::company::require)
            .unwrap()
            .demo,
        "a company of one's own is not a demo"
    );
}
