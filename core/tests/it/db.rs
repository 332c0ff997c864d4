//! Opening, recognising and protecting the company file.

use crate::support::{company, department, employee, snapshot, today, COMPANY};
use rusqlite::Connection;
use std::path::Path;
use talentwerk_core::company::{self, Language};
use talentwerk_core::db::{schema_version, APPLICATION_ID};
use talentwerk_core::people;
use talentwerk_core::{Db, Error};

fn raw(path: &Path) -> Connection {
    Connection::open(path).expect("the file opens as plain SQLite")
}

fn tables(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn a_new_file_gets_the_schema_and_the_application_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/firma.talentwerk");
    let db = Db::open(&path).expect("a new file is created, with its folders");
    assert_eq!(
        db.path(),
        Some(path.as_path()),
        "the Db must remember its file"
    );
    assert_eq!(
        db.stored_schema_version().unwrap(),
        schema_version(),
        "a new file must be migrated to the latest schema"
    );
    drop(db);

    let conn = raw(&path);
    let id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(
        id, APPLICATION_ID,
        "a new file must carry Talentwerk's application_id"
    );
    let names = tables(&conn);
    for table in [
        "company",
        "department",
        "employee",
        "pillar",
        "competency",
        "ai_role",
        "role_target",
        "assessment",
        "current_level",
        "ai_usage",
    ] {
        assert!(
            names.iter().any(|n| n == table),
            "a new file must have the table {table}, has {names:?}"
        );
    }
}

#[test]
fn reopening_a_file_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.talentwerk");
    {
        let db = Db::open(&path).unwrap();
        db.write(|tx| company::create(tx, COMPANY, Language::En, today()))
            .unwrap();
        let it = department(&db, "IT");
        employee(&db, "P-1", "Anna Adler", it);
    }
    for (how, db) in [
        ("open_existing", Db::open_existing(&path).unwrap()),
        ("open", Db::open(&path).unwrap()),
    ] {
        let company = db
            .read(company::require)
            .unwrap_or_else(|e| panic!("{how}: company lost: {e}"));
        assert_eq!(
            company.name, COMPANY,
            "{how}: the company must survive reopening"
        );
        assert_eq!(
            company.language,
            Language::En,
            "{how}: settings must survive reopening"
        );
        let people = db.read(|c| people::list_employees(c, true)).unwrap();
        assert_eq!(people.len(), 1, "{how}: employees must survive reopening");
        assert_eq!(
            people[0].name, "Anna Adler",
            "{how}: employee data must survive reopening"
        );
        assert_eq!(
            db.stored_schema_version().unwrap(),
            schema_version(),
            "{how}: reopening must not change the schema version"
        );
        assert!(
            db.integrity_problems().unwrap().is_empty(),
            "{how}: a reopened file must be sound"
        );
    }
}

#[test]
fn open_existing_reports_a_missing_file_and_does_not_create_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vertippt/firma.talentwerk");
    match Db::open_existing(&path) {
        Err(Error::MissingFile(p)) => {
            assert_eq!(p, path, "MissingFile must name the path asked for")
        }
        Err(other) => panic!("a missing file must be MissingFile, got {other:?}"),
        Ok(_) => panic!("open_existing must not open a missing file"),
    }
    assert!(
        !path.exists(),
        "open_existing must not create the missing file"
    );
    assert!(
        !path.parent().unwrap().exists(),
        "open_existing must not create the missing folder"
    );

    let folder = dir.path();
    assert!(
        matches!(Db::open_existing(folder), Err(Error::MissingFile(_))),
        "a folder is not a database file"
    );
}

fn assert_foreign(path: &Path, what: &str) {
    let before = std::fs::read(path).unwrap();
    for (how, result) in [
        ("open", Db::open(path)),
        ("open_existing", Db::open_existing(path)),
    ] {
        match result {
            Err(Error::ForeignFile(p)) => {
                assert_eq!(p, path, "{how} {what}: ForeignFile must name the path")
            }
            Err(other) => panic!("{how} {what}: expected ForeignFile, got {other:?}"),
            Ok(_) => panic!("{how} {what}: a foreign file must be refused"),
        }
        assert_eq!(
            std::fs::read(path).unwrap(),
            before,
            "{how} {what}: a refused file must stay byte for byte unchanged"
        );
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_foreign() {
    let dir = tempfile::tempdir().unwrap();

    let random = dir.path().join("random.bin");
    // Deterministic noise, long enough to span several pages.
    let mut state = 0x2545_f491_u32;
    let bytes: Vec<u8> = (0..16_384)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect();
    std::fs::write(&random, bytes).unwrap();
    assert_foreign(&random, "random bytes");

    let text = dir.path().join("notizen.txt");
    std::fs::write(&text, "Personalnummer;Name\n1;Anna Adler\n".repeat(200)).unwrap();
    assert_foreign(&text, "a text file");
}

#[test]
fn a_sqlite_file_of_another_application_is_foreign() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = raw(&path);
        conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('meins');")
            .unwrap();
    }
    assert_foreign(&path, "another application's SQLite file");
    let conn = raw(&path);
    assert_eq!(
        tables(&conn),
        vec!["notes".to_string()],
        "a foreign file must not get our tables"
    );
    let id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(
        id, 0,
        "a foreign file must not be stamped with our application_id"
    );
}

#[test]
fn an_empty_sqlite_file_claimed_by_another_application_is_foreign() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimed.sqlite");
    raw(&path)
        .pragma_update(None, "application_id", 42)
        .unwrap();
    assert_foreign(&path, "an empty file with another application_id");

    let unclaimed = dir.path().join("unclaimed.sqlite");
    raw(&unclaimed)
        .pragma_update(None, "user_version", 0)
        .unwrap();
    let db =
        Db::open_existing(&unclaimed).expect("an empty, unclaimed SQLite file may become ours");
    assert!(
        db.read(company::get).unwrap().is_none(),
        "an adopted empty file holds no company yet"
    );
    drop(db);
    let id: i32 = raw(&unclaimed)
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(
        id, APPLICATION_ID,
        "an adopted file must be stamped as ours"
    );
}

#[test]
fn a_file_from_a_newer_talentwerk_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("neu.talentwerk");
    drop(Db::open(&path).unwrap());
    let newer = schema_version() as i64 + 1;
    raw(&path)
        .pragma_update(None, "user_version", newer)
        .unwrap();
    match Db::open_existing(&path) {
        Err(Error::NewerSchema(_, v)) => assert_eq!(
            v as i64, newer,
            "NewerSchema must report the file's version"
        ),
        other => panic!(
            "a newer schema must be refused, got {:?}",
            other.map(|_| ())
        ),
    }
}

#[test]
fn a_sound_database_has_no_integrity_problems() {
    let db = Db::open_in_memory().unwrap();
    assert_eq!(
        db.integrity_problems().unwrap(),
        Vec::<String>::new(),
        "an empty database must be sound"
    );
    let db = company();
    assert_eq!(
        db.integrity_problems().unwrap(),
        Vec::<String>::new(),
        "a seeded company must be sound"
    );
}

#[test]
fn integrity_problems_reports_a_broken_foreign_key() {
    let db = company();
    db.read(|conn| {
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO department (id, name, position) VALUES (1, 'IT', 1);
             INSERT INTO employee (personnel_number, name, department_id, pseudonym) VALUES ('1', 'x', 99, 'MA-001');
             PRAGMA foreign_keys = ON;",
        )?;
        Ok(())
    })
    .unwrap();
    let problems = db.integrity_problems().unwrap();
    assert!(
        problems.iter().any(|p| p.contains("employee")),
        "a dangling department reference must be reported, got {problems:?}"
    );
}

#[test]
fn wal_and_foreign_keys_are_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("firma.talentwerk")).unwrap();
    let (mode, fk): (String, bool) = db
        .read(|c| {
            Ok((
                c.pragma_query_value(None, "journal_mode", |r| r.get(0))?,
                c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?,
            ))
        })
        .unwrap();
    assert_eq!(mode.to_lowercase(), "wal", "a file database must use WAL");
    assert!(fk, "foreign keys must be enforced on a file database");
    drop(db);
    let db = Db::open_existing(&dir.path().join("firma.talentwerk")).unwrap();
    let fk: bool = db
        .read(|c| Ok(c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?))
        .unwrap();
    assert!(fk, "foreign keys must be enforced after reopening too");

    let fk: bool = company()
        .read(|c| Ok(c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?))
        .unwrap();
    assert!(fk, "foreign keys must be enforced in memory as well");
}

#[test]
fn a_failing_write_rolls_everything_back() {
    let db = company();
    let before = snapshot(&db);
    let result: Result<(), Error> = db.write(|tx| {
        let it = people::create_department(tx, "IT")?;
        people::create_employee(
            tx,
            &crate::support::input("P-1", "Anna Adler", it.id),
            today(),
        )?;
        company::update(
            tx,
            &company::CompanySettings {
                name: "Umbenannt".into(),
                hourly_rate: 70.0,
                working_weeks: 44,
                language: Language::En,
            },
        )?;
        Err(Error::NoCompany)
    });
    assert!(
        matches!(result, Err(Error::NoCompany)),
        "write must hand the closure's error back"
    );
    assert_eq!(
        snapshot(&db),
        before,
        "a failed write must leave nothing behind"
    );
}

#[test]
fn a_panicking_write_rolls_back_and_the_db_stays_usable() {
    let db = company();
    let before = snapshot(&db);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _: Result<(), Error> = db.write(|tx| {
            people::create_department(tx, "IT")?;
            panic!("a bug in the middle of a change");
        });
    }));
    assert!(outcome.is_err(), "the panic must reach the caller");
    assert_eq!(snapshot(&db), before, "a panic inside write must roll back");
    department(&db, "IT");
    assert_eq!(
        db.read(people::list_departments).unwrap().len(),
        1,
        "the Db must stay usable after a panic"
    );
}

#[test]
fn open_existing_refuses_an_empty_file_and_leaves_it_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leer.db");
    std::fs::write(&path, b"").unwrap();
    match Db::open_existing(&path) {
        Err(Error::ForeignFile(p)) => assert_eq!(p, path, "ForeignFile must name the path"),
        Err(other) => panic!("expected ForeignFile for an empty file, got {other:?}"),
        Ok(_) => panic!("an empty file chosen by mistake must not become a database"),
    }
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        0,
        "the empty file must stay untouched"
    );
}
