//! Assessments are dated, append-only history; the current level is the latest by date.

use crate::support::{
    assess, company, competency, count, department, employee, new_assessment, refused, refused_as,
};
use talentwerk_core::assessment::{self, Assessor, NewAssessment};
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{Db, Error};

fn setup() -> (Db, u32, u32) {
    let db = company();
    let dept = department(&db, "IT");
    let anna = employee(&db, "1", "Anna", dept);
    let g1 = competency(&db, "G1");
    (db, anna.id, g1)
}

/// The current level of one cell as the matrix shows it.
fn current(db: &Db, employee_id: u32, competency_id: u32) -> Option<u8> {
    let m = db
        .read(|c| {
            matrix::matrix(
                c,
                &MatrixFilter {
                    include_archived: true,
                    ..MatrixFilter::default()
                },
            )
        })
        .unwrap();
    let col = m.columns().position(|c| c.id == competency_id).unwrap();
    m.rows
        .iter()
        .find(|r| r.employee_id == employee_id)
        .unwrap()
        .levels[col]
}

#[test]
fn record_stores_the_assessment() {
    let (db, anna, g1) = setup();
    let a = db
        .write(|tx| {
            assessment::record(
                tx,
                &NewAssessment {
                    employee_id: anna,
                    competency_id: g1,
                    level: 2,
                    assessed_on: " 2026-05-04 ".into(),
                    assessor: Assessor::SelfAssessment,
                    note: "  nach dem Workshop ".into(),
                },
            )
        })
        .unwrap();
    assert_eq!(
        (a.level, a.assessed_on.as_str()),
        (2, "2026-05-04"),
        "level and normalised date must be stored"
    );
    assert_eq!(
        (a.assessor, a.note.as_str()),
        (Assessor::SelfAssessment, "nach dem Workshop"),
        "assessor and note"
    );
    assert_eq!(
        db.read(|c| assessment::history(c, anna)).unwrap(),
        [a],
        "history must hold what record returned"
    );
    assert_eq!(
        current(&db, anna, g1),
        Some(2),
        "the only assessment is the current level"
    );
    assert_eq!(
        current(&db, anna, competency(&db, "G2")),
        None,
        "an unassessed cell has no level"
    );
}

#[test]
fn levels_outside_0_to_3_are_refused() {
    let (db, anna, g1) = setup();
    for bad in [-1, 4, 100] {
        refused_as(
            &db,
            Field::Level,
            Problem::OutOfRange { min: 0, max: 3 },
            &format!("level {bad}"),
            |tx| assessment::record(tx, &new_assessment(anna, g1, bad, "2026-01-01")),
        );
    }
    for level in 0..=3 {
        assess(&db, anna, g1, level, "2026-01-01");
    }
    assert_eq!(count(&db, "assessment"), 4, "levels 0–3 are all valid");
}

#[test]
fn unknown_employee_or_competency_is_not_found() {
    let (db, anna, g1) = setup();
    let error = refused(&db, "an unknown employee", |tx| {
        assessment::record(tx, &new_assessment(999, g1, 1, "2026-01-01"))
    });
    assert!(
        matches!(&error, Error::NotFound { entity: Entity::Employee, id } if id == "999"),
        "an unknown employee must be NotFound(Employee 999), got {error:?}"
    );
    let error = refused(&db, "an unknown competency", |tx| {
        assessment::record(tx, &new_assessment(anna, 999, 1, "2026-01-01"))
    });
    assert!(
        matches!(&error, Error::NotFound { entity: Entity::Competency, id } if id == "999"),
        "an unknown competency must be NotFound(Competency 999), got {error:?}"
    );
    // Dates are compared as ISO text, so a signed or five-digit year must not get in.
    for bad in ["", "2026-02-30", "1.1.2026", "+12026-01-01", "-2026-01-01"] {
        refused_as(
            &db,
            Field::Date,
            Problem::NotADate,
            &format!("date {bad:?}"),
            |tx| assessment::record(tx, &new_assessment(anna, g1, 1, bad)),
        );
    }
}

#[test]
fn assessments_are_append_only() {
    let (db, anna, g1) = setup();
    assess(&db, anna, g1, 1, "2026-01-01");
    let before = db.read(|c| assessment::history(c, anna)).unwrap();
    let error = refused(&db, "an UPDATE on assessment", |tx| {
        Ok(tx.execute("UPDATE assessment SET level = 3", [])?)
    });
    assert!(
        error.to_string().contains("append-only"),
        "the append-only trigger must refuse the UPDATE, got {error}"
    );
    assert_eq!(
        db.read(|c| assessment::history(c, anna)).unwrap(),
        before,
        "history must be unchanged"
    );
}

#[test]
fn the_current_level_is_the_latest_by_date() {
    let (db, anna, g1) = setup();
    assess(&db, anna, g1, 1, "2026-03-01");
    assess(&db, anna, g1, 3, "2026-06-01");
    assert_eq!(
        current(&db, anna, g1),
        Some(3),
        "a newer assessment becomes the current level"
    );

    assess(&db, anna, g1, 0, "2026-01-15");
    assert_eq!(
        current(&db, anna, g1),
        Some(3),
        "a back-dated assessment must not change the current level"
    );
    let history = db.read(|c| assessment::history(c, anna)).unwrap();
    let dates: Vec<&str> = history.iter().map(|a| a.assessed_on.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-06-01", "2026-03-01", "2026-01-15"],
        "a back-dated assessment joins the history, newest first"
    );

    assess(&db, anna, g1, 2, "2026-06-01");
    assert_eq!(
        current(&db, anna, g1),
        Some(2),
        "a later entry on the same day wins"
    );
    let history = db.read(|c| assessment::history(c, anna)).unwrap();
    assert_eq!(
        history[0].level, 2,
        "the same-day later entry comes first in history"
    );
    assert_eq!(history.len(), 4, "nothing is ever replaced in history");

    assess(&db, anna, g1, 1, "2026-06-02");
    assert_eq!(
        current(&db, anna, g1),
        Some(1),
        "a later date wins even when the level drops"
    );
}

#[test]
fn the_current_level_projection_matches_the_history() {
    let (db, anna, g1) = setup();
    let g2 = competency(&db, "G2");
    for (c, level, on) in [
        (g1, 1, "2026-02-01"),
        (g1, 2, "2025-12-01"),
        (g2, 3, "2026-01-01"),
        (g2, 0, "2026-01-01"),
        (g1, 0, "2026-02-01"),
    ] {
        assess(&db, anna, c, level, on);
    }
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
        "current_level must equal the latest assessment of every cell"
    );
    assert_eq!(
        count(&db, "current_level"),
        2,
        "one current level per assessed cell"
    );
}
