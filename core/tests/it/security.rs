//! Hostile-looking text is data: stored and returned verbatim, never interpreted.

use crate::support::{add, assess, company, competency, count, input};
use talentwerk_core::assessment;
use talentwerk_core::company::{self, CompanySettings, Language};
use talentwerk_core::framework::{self, CompetencyInput};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::people::{self, EmployeeInput};

const SQL: &str = "'; DROP TABLE employee; --";
const HTML: &str = "<img src=x onerror=alert(1)>";

#[test]
fn injection_looking_text_is_stored_verbatim() {
    let db = company();
    let dept = db.write(|tx| people::create_department(tx, HTML)).unwrap();
    assert_eq!(dept.name, HTML, "a department name is stored verbatim");
    let sql = add(
        &db,
        &EmployeeInput {
            job_title: HTML.into(),
            ..input(SQL, SQL, dept.id)
        },
    );
    let html = add(&db, &input("\"; --", HTML, dept.id));
    let got = db.read(|c| people::employee(c, sql.id)).unwrap();
    assert_eq!(
        (
            got.name.as_str(),
            got.personnel_number.as_str(),
            got.job_title.as_str()
        ),
        (SQL, SQL, HTML),
        "employee text is returned verbatim"
    );
    assert_eq!(
        db.read(|c| people::employee(c, html.id)).unwrap().name,
        HTML,
        "HTML in a name is returned verbatim"
    );
    assert_eq!(
        db.read(people::list_departments).unwrap()[0].name,
        HTML,
        "department names are returned verbatim"
    );
    assert_eq!(
        count(&db, "employee"),
        2,
        "the employee table must still be there with both rows"
    );

    let g1 = competency(&db, "G1");
    let a = db
        .write(|tx| {
            assessment::record(
                tx,
                &assessment::NewAssessment {
                    note: format!("{SQL} {HTML}"),
                    ..crate::support::new_assessment(sql.id, g1, 2, "2026-01-01")
                },
            )
        })
        .unwrap();
    assert_eq!(
        a.note,
        format!("{SQL} {HTML}"),
        "an assessment note is stored verbatim"
    );
    assess(&db, html.id, g1, 1, "2026-01-01");

    let pillar = db.read(framework::load).unwrap().pillars[0].id;
    let c = db
        .write(|tx| {
            framework::create_competency(
                tx,
                &CompetencyInput {
                    pillar_id: pillar,
                    code: "X'1".into(),
                    name: SQL.into(),
                    description: HTML.into(),
                    level_descriptors: vec![HTML.into()],
                },
            )
        })
        .unwrap();
    assert_eq!(
        (c.name.as_str(), c.description.as_str()),
        (SQL, HTML),
        "competency text is stored verbatim"
    );

    let settings = CompanySettings {
        name: SQL.into(),
        hourly_rate: 60.0,
        working_weeks: 46,
        language: Language::De,
    };
    assert_eq!(
        db.write(|tx| company::update(tx, &settings)).unwrap().name,
        SQL,
        "a company name is stored verbatim"
    );

    let found = db
        .read(|c| {
            matrix::matrix(
                c,
                &MatrixFilter {
                    search: Some(SQL.into()),
                    ..MatrixFilter::default()
                },
            )
        })
        .unwrap();
    assert_eq!(
        found.rows.len(),
        1,
        "searching for injection text finds exactly the row holding it"
    );
    assert_eq!(
        found.rows[0].name, SQL,
        "the matrix returns the name verbatim"
    );
    let found = db
        .read(|c| {
            matrix::matrix(
                c,
                &MatrixFilter {
                    search: Some("onerror".into()),
                    ..MatrixFilter::default()
                },
            )
        })
        .unwrap();
    assert_eq!(
        found.rows.len(),
        2,
        "HTML is searchable as plain text (name and job title)"
    );
    assert!(
        db.integrity_problems().unwrap().is_empty(),
        "hostile text must leave the file sound"
    );
}
