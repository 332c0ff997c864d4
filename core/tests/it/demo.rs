//! The demo company: its size, its names, and that it is the same on every machine.

use crate::support::{date, today};
use talentwerk_core::company::{self, Language};
use talentwerk_core::demo;
use talentwerk_core::matrix::{self, Matrix, MatrixFilter};
use talentwerk_core::people::{self, Employee};
use talentwerk_core::{Db, Error};

fn demo_db(employees: u32, on: chrono::NaiveDate) -> Db {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, employees, Language::De, on))
        .expect("the demo fills an empty file");
    db
}

fn everything(db: &Db) -> (Matrix, Vec<Employee>) {
    db.read(|c| {
        Ok((
            matrix::matrix(
                c,
                &MatrixFilter {
                    include_archived: true,
                    ..MatrixFilter::default()
                },
            )?,
            people::list_employees(c, true)?,
        ))
    })
    .unwrap()
}

#[test]
fn the_demo_company_has_140_people_in_6_departments() {
    let db = demo_db(demo::DEFAULT_EMPLOYEES, today());
    let company = db.read(company::require).unwrap();
    assert_eq!(
        company.name,
        demo::COMPANY_NAME,
        "the demo company has its fixed name"
    );
    assert_eq!(
        company.created_on, "2026-11-22",
        "the demo is created today"
    );
    let departments = db.read(people::list_departments).unwrap();
    assert_eq!(departments.len(), 6, "the demo has six departments");
    assert!(
        departments.iter().all(|d| d.active_employees > 0),
        "no demo department is empty"
    );
    let (m, employees) = everything(&db);
    assert_eq!(employees.len(), 140, "the demo has 140 employees");
    assert_eq!(
        departments.iter().map(|d| d.active_employees).sum::<u32>(),
        140,
        "all demo employees are active"
    );
    assert_eq!(m.rows.len(), 140, "the matrix shows every demo employee");
    let names: Vec<&str> = employees.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Jürgen Müßig"),
        "the demo names must include Jürgen Müßig (umlauts and ß)"
    );
    assert!(
        m.rows.iter().any(|r| r.levels.iter().any(Option::is_none)),
        "the demo leaves some cells unassessed"
    );
    assert!(
        m.coverage.iter().any(|c| c.covered > 0),
        "the demo has covered competencies"
    );
    assert!(
        m.rows.iter().any(|r| r.gaps.iter().any(|&g| g > 0)),
        "the demo shows some gaps"
    );
    assert!(
        db.integrity_problems().unwrap().is_empty(),
        "the demo file must be sound"
    );
    let mismatches: i64 = db
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM current_level cl
                 WHERE cl.level IS NOT (SELECT a.level FROM assessment a
                                        WHERE a.employee_id = cl.employee_id AND a.competency_id = cl.competency_id
                                        ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(
        mismatches, 0,
        "the demo's current levels must be its latest assessments"
    );
    let future: i64 = db
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM assessment WHERE assessed_on > '2026-11-22'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(
        future, 0,
        "the demo must not hold assessments dated after today"
    );
}

#[test]
fn the_demo_is_deterministic() {
    let a = everything(&demo_db(demo::DEFAULT_EMPLOYEES, today()));
    let b = everything(&demo_db(demo::DEFAULT_EMPLOYEES, today()));
    assert_eq!(
        a.0, b.0,
        "two demos with the same today must give identical matrices"
    );
    assert_eq!(
        a.1, b.1,
        "two demos with the same today must give identical employees"
    );

    let later = everything(&demo_db(demo::DEFAULT_EMPLOYEES, date("2027-03-01")));
    let names =
        |x: &(Matrix, Vec<Employee>)| x.1.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&a),
        names(&later),
        "the demo's people do not depend on the date"
    );
}

#[test]
fn the_demo_honours_the_requested_size() {
    for n in [0, 1, 7, 25] {
        let db = demo_db(n, today());
        let employees = db.read(|c| people::list_employees(c, true)).unwrap();
        assert_eq!(
            employees.len(),
            n as usize,
            "demo::create with {n} employees must create {n}"
        );
        assert_eq!(
            db.read(people::list_departments).unwrap().len(),
            6,
            "the demo always has its six departments"
        );
    }
}

#[test]
fn the_cli_widens_the_demo_to_the_designed_upper_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gross.db");
    let made = crate::support::cli(
        &path,
        &["demo", "--employees", "30", "--competencies", "40"],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let db = Db::open_existing(&path).unwrap();
    let matrix = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(matrix.rows.len(), 30);
    assert_eq!(matrix.columns().count(), 40, "16 seeded and 24 added");
    let added: Vec<usize> = matrix
        .columns()
        .enumerate()
        .filter(|(_, c)| c.code.starts_with('X'))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(added.len(), 24);
    assert!(
        matrix
            .rows
            .iter()
            .all(|row| added.iter().all(|&i| row.levels[i].is_some())),
        "everyone is assessed in every added competency"
    );

    let narrow = dir.path().join("schmal.db");
    let refused = crate::support::cli(&narrow, &["demo", "--competencies", "15"]);
    assert!(
        !refused.status.success(),
        "fewer than the framework's 16 is refused"
    );
    assert!(!narrow.exists(), "a refused demo leaves no file behind");
}

#[test]
fn the_demo_needs_an_empty_file() {
    let db = crate::support::company();
    let before = crate::support::snapshot(&db);
    let result = db.write(|tx| demo::create(tx, 3, Language::De, today()));
    assert!(
        matches!(result, Err(Error::CompanyExists)),
        "the demo must not overwrite a company, got {result:?}"
    );
    assert_eq!(
        crate::support::snapshot(&db),
        before,
        "a refused demo must write nothing"
    );
}

#[test]
fn the_demo_has_the_seeds_pilots_with_a_history() {
    let db = demo_db(demo::DEFAULT_EMPLOYEES, today());
    let k = db
        .read(|c| talentwerk_core::kpi::as_of(c, today()))
        .unwrap();
    assert_eq!(
        k.hours_per_week, 13.0,
        "Angebotserstellung 6, Kundenkommunikation 4, Dokumentation 3 h/week"
    );
    assert_eq!(k.euros_per_year, 13.0 * 46.0 * 58.0, "at the demo's 58 €/h");
    let count = |s: talentwerk_core::pilots::PilotStatus| {
        k.by_status.iter().find(|c| c.status == s).unwrap().count
    };
    use talentwerk_core::pilots::PilotStatus::*;
    assert_eq!(
        (
            count(Idea),
            count(Evaluation),
            count(Running),
            count(Stopped)
        ),
        (1, 1, 3, 1),
        "ideas, one in evaluation, three running pilots, one stopped"
    );
    assert!(k.investment_to_date > 0.0 && k.savings_to_date > 0.0);
    let a_year_ago = today() - chrono::Days::new(365);
    assert_eq!(
        db.read(|c| talentwerk_core::kpi::as_of(c, a_year_ago))
            .unwrap()
            .hours_per_week,
        0.0,
        "a year ago nothing ran yet"
    );
    let team = db
        .read(|c| {
            let first = talentwerk_core::pilots::list(c)?
                .into_iter()
                .find(|p| p.title == "Angebotserstellung")
                .unwrap();
            talentwerk_core::pilots::team::team(c, first.id)
        })
        .unwrap();
    assert_eq!(team.len(), 4, "a team of four from Vertrieb");
    assert_eq!(team[0].levels.len(), 3, "levels in G2, A1 and S1");
}

#[test]
fn erasing_a_person_removes_everything_of_theirs_across_the_demo() {
    // Every person in the demo with a trace in any table that names people: erasing each
    // (GDPR Art. 17) must work and leave no row behind that still names them.
    let db = demo_db(60, today());
    let tables = [
        ("assessment", "employee_id"),
        ("ai_usage", "employee_id"),
        ("pilot_member", "employee_id"),
        ("maturity_assessment", "employee_id"),
        ("enrolment", "employee_id"),
        ("module_completion", "employee_id"),
        ("mentoring_pair", "mentor_id"),
        ("mentoring_pair", "mentee_id"),
        ("employee_stage", "employee_id"),
    ];
    let ids: Vec<u32> = db
        .read(|c| talentwerk_core::people::list_employees(c, true))
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    for id in ids {
        db.write(|tx| talentwerk_core::people::erase_employee(tx, id))
            .unwrap_or_else(|e| panic!("erasing {id}: {e}"));
        for (table, column) in tables {
            let left: i64 = db
                .read(|c| {
                    Ok(c.query_row(
                        &format!("SELECT count(*) FROM {table} WHERE {column} = ?1"),
                        [id],
                        |row| row.get(0),
                    )?)
                })
                .unwrap();
            assert_eq!(left, 0, "{table}.{column} still names {id}");
        }
    }
    let pilots_owned: i64 = db
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM pilot WHERE owner_id IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(pilots_owned, 0, "no pilot names an erased owner");
}
