//! Shared fixtures: a fixed "today", a fresh in-memory company, small builders, and a
//! snapshot of the whole database so a refused change can be shown to have written nothing.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Transaction;
use std::collections::BTreeMap;
use std::fmt::Debug;
use talentwerk_core::assessment::{self, Assessment, Assessor, NewAssessment};
use talentwerk_core::company::{self, Language};
use talentwerk_core::error::{Field, Problem};
use talentwerk_core::framework;
use talentwerk_core::people::{self, Employee, EmployeeInput};
use talentwerk_core::{Db, Error, Result};

pub const COMPANY: &str = "Testwerk GmbH";

/// The fixed date every test treats as today.
pub fn today() -> NaiveDate {
    date("2026-11-22")
}

pub fn date(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("test dates are ISO dates")
}

/// A fresh in-memory database holding one company with the default framework.
pub fn company() -> Db {
    let db = Db::open_in_memory().expect("an in-memory database opens");
    db.write(|tx| company::create(tx, COMPANY, Language::De, today()))
        .expect("a fresh file accepts a company");
    db
}

/// Every user table's rows, sorted, as text: equal snapshots mean equal content.
pub type Snapshot = BTreeMap<String, Vec<String>>;

pub fn snapshot(db: &Db) -> Snapshot {
    db.read(|conn| {
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 ORDER BY name",
            )?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut snapshot = Snapshot::new();
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
            let width = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |row| {
                    (0..width)
                        .map(|i| row.get::<_, Value>(i))
                        .collect::<rusqlite::Result<Vec<_>>>()
                        .map(|values| format!("{values:?}"))
                })?
                .collect::<rusqlite::Result<_>>()?;
            rows.sort();
            snapshot.insert(table, rows);
        }
        Ok(snapshot)
    })
    .expect("the database can be read")
}

/// Runs a change that must be refused and checks that it left the database untouched.
pub fn refused<T: Debug>(
    db: &Db,
    what: &str,
    change: impl FnOnce(&Transaction) -> Result<T>,
) -> Error {
    let before = snapshot(db);
    let error = match db.write(change) {
        Ok(value) => panic!("{what}: must be refused, but succeeded with {value:?}"),
        Err(error) => error,
    };
    assert_eq!(
        snapshot(db),
        before,
        "{what}: a refused change must write nothing"
    );
    error
}

/// Asserts that `error` is `Invalid { field, problem }`.
#[track_caller]
pub fn assert_invalid(error: &Error, field: Field, problem: Problem, what: &str) {
    match error {
        Error::Invalid {
            field: f,
            problem: p,
        } => {
            assert_eq!((*f, p), (field, &problem), "{what}: wrong field or problem");
        }
        other => panic!("{what}: expected Invalid {{ {field:?}, {problem:?} }}, got {other:?}"),
    }
}

/// A change that must be refused as `Invalid { field, problem }` without writing anything.
#[track_caller]
pub fn refused_as<T: Debug>(
    db: &Db,
    field: Field,
    problem: Problem,
    what: &str,
    change: impl FnOnce(&Transaction) -> Result<T>,
) {
    let error = refused(db, what, change);
    assert_invalid(&error, field, problem, what);
}

pub fn department(db: &Db, name: &str) -> u32 {
    db.write(|tx| people::create_department(tx, name))
        .expect("a new department name is accepted")
        .id
}

pub fn input(personnel_number: &str, name: &str, department_id: u32) -> EmployeeInput {
    EmployeeInput {
        personnel_number: personnel_number.into(),
        name: name.into(),
        department_id,
        job_title: String::new(),
        role_id: None,
        entry_date: None,
        technical_interest: 0,
        communication: 0,
        domain_expertise: 0,
        ai_usage: None,
    }
}

/// Updates an employee based on the version stored now, as a freshly opened form would.
pub fn update_current(
    tx: &Transaction,
    id: u32,
    input: &EmployeeInput,
    on: NaiveDate,
) -> Result<Employee> {
    let version = people::employee(tx, id).map_or(0, |e| e.version);
    people::update_employee(tx, id, version, input, on)
}

pub fn employee(db: &Db, personnel_number: &str, name: &str, department_id: u32) -> Employee {
    add(db, &input(personnel_number, name, department_id))
}

pub fn add(db: &Db, input: &EmployeeInput) -> Employee {
    db.write(|tx| people::create_employee(tx, input, today()))
        .expect("a valid employee is accepted")
}

pub fn competency(db: &Db, code: &str) -> u32 {
    db.read(framework::load)
        .expect("the framework loads")
        .competency_by_code(code)
        .unwrap_or_else(|| panic!("competency {code} exists"))
        .id
}

pub fn role(db: &Db, name: &str) -> u32 {
    db.read(framework::load)
        .expect("the framework loads")
        .roles
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("role {name} exists"))
        .id
}

pub fn new_assessment(employee_id: u32, competency_id: u32, level: i32, on: &str) -> NewAssessment {
    NewAssessment {
        employee_id,
        competency_id,
        level,
        assessed_on: on.into(),
        assessor: Assessor::Manager,
        note: String::new(),
    }
}

pub fn assess(db: &Db, employee_id: u32, competency_id: u32, level: i32, on: &str) -> Assessment {
    db.write(|tx| assessment::record(tx, &new_assessment(employee_id, competency_id, level, on)))
        .expect("a valid assessment is accepted")
}

pub fn count(db: &Db, table: &str) -> i64 {
    db.read(|conn| {
        Ok(
            conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })?,
        )
    })
    .expect("the table can be counted")
}

/// `talentwerk-cli --db DB ARGS…` as a script runs it, without a `TALENTWERK_DB` of the caller.
pub fn cli(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_talentwerk-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("TALENTWERK_DB")
        .output()
        .expect("talentwerk-cli runs")
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// The demo company with `people` employees in a fresh file `firma.db`; the folder lives as
/// long as the returned guard.
pub fn demo_file(people: u32) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("firma.db");
    Db::open(&path)
        .and_then(|db| {
            db.write(|tx| talentwerk_core::demo::create(tx, people, Language::De, today()))
        })
        .expect("the demo company is created");
    (dir, path)
}
