//! The editable competency framework: pillars, competencies, roles and their targets.

use crate::support::{
    assess, company, competency, count, department, employee, refused, refused_as, role,
};
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::framework::{self, CompetencyInput, RoleInput, RoleTarget};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::people;
use talentwerk_core::{Db, Error};

fn pillar_of(db: &Db, code: &str) -> u32 {
    let fw = db.read(framework::load).unwrap();
    fw.competency_by_code(code).unwrap().pillar_id
}

fn competency_input(pillar_id: u32, code: &str) -> CompetencyInput {
    CompetencyInput {
        pillar_id,
        code: code.into(),
        name: "Agenten und Workflows".into(),
        description: "Mehrstufige KI-Abläufe".into(),
        level_descriptors: vec!["kennt".into(), "nutzt".into(), "baut".into()],
    }
}

fn target(competency_id: u32, min_level: i32) -> RoleTarget {
    RoleTarget {
        competency_id,
        min_level,
    }
}

fn role_input(name: &str, targets: Vec<RoleTarget>) -> RoleInput {
    RoleInput {
        name: name.into(),
        description: String::new(),
        targets,
    }
}

#[test]
fn a_new_competency_is_appended_to_its_pillar() {
    let db = company();
    let grundlagen = pillar_of(&db, "G1");
    let created = db
        .write(|tx| framework::create_competency(tx, &competency_input(grundlagen, "G5")))
        .unwrap();
    assert_eq!(
        created.level_descriptors,
        ["kennt", "nutzt", "baut"],
        "level descriptors must be stored"
    );
    let codes: Vec<String> = db
        .read(framework::load)
        .unwrap()
        .competencies
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(
        &codes[..6],
        ["G1", "G2", "G3", "G4", "G5", "A1"],
        "a new competency goes to the end of its pillar"
    );

    let short = db
        .write(|tx| {
            framework::create_competency(
                tx,
                &CompetencyInput {
                    level_descriptors: vec!["nur eins".into()],
                    ..competency_input(grundlagen, "G6")
                },
            )
        })
        .unwrap();
    assert_eq!(
        short.level_descriptors,
        ["nur eins", "", ""],
        "missing level descriptors are empty"
    );
    refused_as(
        &db,
        Field::LevelDescriptor,
        Problem::NotAllowed,
        "four level descriptors",
        |tx| {
            framework::create_competency(
                tx,
                &CompetencyInput {
                    level_descriptors: vec!["a".into(); 4],
                    ..competency_input(grundlagen, "G7")
                },
            )
        },
    );
    refused_as(
        &db,
        Field::Pillar,
        Problem::Unknown,
        "an unknown pillar",
        |tx| framework::create_competency(tx, &competency_input(999, "X1")),
    );
}

#[test]
fn competency_codes_are_unique_ignoring_case() {
    let db = company();
    let pillar = pillar_of(&db, "A1");
    for code in ["G1", "g1", " a2 "] {
        refused_as(
            &db,
            Field::CompetencyCode,
            Problem::Taken,
            &format!("a second code {code:?}"),
            |tx| framework::create_competency(tx, &competency_input(pillar, code)),
        );
    }
    let a1 = competency(&db, "A1");
    refused_as(
        &db,
        Field::CompetencyCode,
        Problem::Taken,
        "renaming A1 to d4",
        |tx| framework::update_competency(tx, a1, &competency_input(pillar, "d4")),
    );
    for code in ["A 1", "A;1", "A,1"] {
        refused_as(
            &db,
            Field::CompetencyCode,
            Problem::NotAllowed,
            &format!("code {code:?}"),
            |tx| framework::create_competency(tx, &competency_input(pillar, code)),
        );
    }
    refused_as(
        &db,
        Field::CompetencyCode,
        Problem::Empty,
        "an empty code",
        |tx| framework::create_competency(tx, &competency_input(pillar, "")),
    );
    let updated = db
        .write(|tx| framework::update_competency(tx, a1, &competency_input(pillar, "a1")))
        .unwrap();
    assert_eq!(updated.code, "a1", "a competency may re-case its own code");
}

#[test]
fn moving_a_competency_appends_it_to_the_new_pillar() {
    let db = company();
    let g1 = competency(&db, "G1");
    let daten = pillar_of(&db, "D1");
    db.write(|tx| framework::update_competency(tx, g1, &competency_input(daten, "G1")))
        .unwrap();
    let codes: Vec<String> = db
        .read(framework::load)
        .unwrap()
        .competencies
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(codes[0], "G2", "the moved competency leaves its old pillar");
    assert_eq!(
        codes.last().unwrap(),
        "G1",
        "the moved competency is last in its new pillar"
    );
    let error = refused(&db, "updating an unknown competency", |tx| {
        framework::update_competency(tx, 999, &competency_input(daten, "Z9"))
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Competency,
                ..
            }
        ),
        "got {error:?}"
    );
}

#[test]
fn a_role_naming_an_unknown_competency_is_refused_whole() {
    let db = company();
    let g1 = competency(&db, "G1");
    refused_as(
        &db,
        Field::Competency,
        Problem::Unknown,
        "creating a role with an unknown competency",
        |tx| {
            framework::create_role(
                tx,
                &role_input("KI-Pionier", vec![target(g1, 2), target(999, 2)]),
            )
        },
    );
    assert!(
        !db.read(framework::load)
            .unwrap()
            .roles
            .iter()
            .any(|r| r.name == "KI-Pionier"),
        "a refused role must not be created"
    );

    let trainer = role(&db, "KI-Trainer");
    refused_as(
        &db,
        Field::Competency,
        Problem::Unknown,
        "changing a role to an unknown competency",
        |tx| {
            framework::update_role(
                tx,
                trainer,
                &role_input("KI-Coach", vec![target(g1, 1), target(999, 2)]),
            )
        },
    );
    let fw = db.read(framework::load).unwrap();
    let kept = fw.roles.iter().find(|r| r.id == trainer).unwrap();
    assert_eq!(
        kept.name, "KI-Trainer",
        "a refused update must keep the role's name"
    );
    assert_eq!(
        kept.targets.len(),
        6,
        "a refused update must keep the role's whole target profile"
    );
}

#[test]
fn role_levels_are_checked_and_level_0_is_no_target() {
    let db = company();
    let (g1, g2, d4) = (
        competency(&db, "G1"),
        competency(&db, "G2"),
        competency(&db, "D4"),
    );
    for bad in [4, -1] {
        refused_as(
            &db,
            Field::Level,
            Problem::OutOfRange { min: 0, max: 3 },
            &format!("min level {bad}"),
            |tx| framework::create_role(tx, &role_input("KI-Pionier", vec![target(g1, bad)])),
        );
    }
    let created = db
        .write(|tx| {
            framework::create_role(
                tx,
                &role_input(
                    "KI-Pionier",
                    vec![target(d4, 3), target(g1, 0), target(g2, 1)],
                ),
            )
        })
        .unwrap();
    assert_eq!(
        created.targets,
        [target(g2, 1), target(d4, 3)],
        "level 0 targets are dropped and targets come in framework order"
    );
    let updated = db
        .write(|tx| {
            framework::update_role(
                tx,
                created.id,
                &role_input("KI-Pionier", vec![target(g2, 0), target(g1, 2)]),
            )
        })
        .unwrap();
    assert_eq!(
        updated.targets,
        [target(g1, 2)],
        "an update replaces the whole profile"
    );

    refused_as(
        &db,
        Field::RoleName,
        Problem::Taken,
        "a second role of the same name",
        |tx| framework::create_role(tx, &role_input("ki-trainer", vec![])),
    );
    refused_as(
        &db,
        Field::Level,
        Problem::OutOfRange { min: 0, max: 3 },
        "updating to level 4",
        |tx| {
            framework::update_role(
                tx,
                created.id,
                &role_input("KI-Pionier", vec![target(g1, 4)]),
            )
        },
    );
    let error = refused(&db, "updating an unknown role", |tx| {
        framework::update_role(tx, 999, &role_input("X", vec![]))
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Role,
                ..
            }
        ),
        "got {error:?}"
    );
}

#[test]
fn a_pillar_with_competencies_cannot_be_deleted() {
    let db = company();
    let grundlagen = pillar_of(&db, "G1");
    refused_as(
        &db,
        Field::Pillar,
        Problem::InUse,
        "deleting a pillar with competencies",
        |tx| framework::delete_pillar(tx, grundlagen),
    );
    refused_as(
        &db,
        Field::PillarName,
        Problem::Taken,
        "a second pillar 'grundlagen'",
        |tx| framework::create_pillar(tx, "grundlagen"),
    );
    let ethik = db
        .write(|tx| framework::create_pillar(tx, "Ethik"))
        .unwrap();
    let renamed = db
        .write(|tx| framework::rename_pillar(tx, ethik.id, "Ethik & Recht"))
        .unwrap();
    assert_eq!(
        renamed.name, "Ethik & Recht",
        "rename must store the new name"
    );
    db.write(|tx| framework::delete_pillar(tx, ethik.id))
        .expect("an empty pillar can be deleted");
    assert_eq!(
        db.read(framework::load).unwrap().pillars.len(),
        4,
        "the empty pillar must be gone"
    );
    let error = refused(&db, "deleting a missing pillar", |tx| {
        framework::delete_pillar(tx, ethik.id)
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Pillar,
                ..
            }
        ),
        "got {error:?}"
    );
}

#[test]
fn deleting_a_competency_removes_its_targets_and_assessments() {
    let db = company();
    let dept = department(&db, "IT");
    let anna = employee(&db, "1", "Anna", dept);
    let (g1, g2) = (competency(&db, "G1"), competency(&db, "G2"));
    assess(&db, anna.id, g1, 2, "2026-01-01");
    assess(&db, anna.id, g1, 3, "2026-02-01");
    assess(&db, anna.id, g2, 1, "2026-02-01");

    db.write(|tx| framework::delete_competency(tx, g1)).unwrap();
    let fw = db.read(framework::load).unwrap();
    assert!(
        fw.competency_by_code("G1").is_none(),
        "the competency must be gone"
    );
    assert!(
        fw.roles
            .iter()
            .all(|r| r.targets.iter().all(|t| t.competency_id != g1)),
        "no role may still target a deleted competency"
    );
    assert_eq!(
        fw.roles
            .iter()
            .find(|r| r.name == "KI-Trainer")
            .unwrap()
            .targets
            .len(),
        5,
        "other targets stay"
    );
    let left = |table: &str| {
        db.read(|c| {
            Ok(c.query_row(
                &format!("SELECT count(*) FROM {table} WHERE competency_id = ?1"),
                [g1],
                |r| r.get::<_, i64>(0),
            )?)
        })
        .unwrap()
    };
    assert_eq!(
        left("assessment"),
        0,
        "a deleted competency's assessments must go"
    );
    assert_eq!(
        left("current_level"),
        0,
        "a deleted competency's current levels must go"
    );
    assert_eq!(count(&db, "assessment"), 1, "other assessments stay");
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(m.columns().count(), 15, "the matrix loses the column");
    assert_eq!(
        m.rows[0].levels[0],
        Some(1),
        "G2 is now the first column and keeps its level"
    );
    assert!(
        db.integrity_problems().unwrap().is_empty(),
        "deleting a competency must leave the file sound"
    );
    let error = refused(&db, "deleting it again", |tx| {
        framework::delete_competency(tx, g1)
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Competency,
                ..
            }
        ),
        "got {error:?}"
    );
}

#[test]
fn deleting_a_role_keeps_its_holders_and_their_levels() {
    let db = company();
    let dept = department(&db, "IT");
    let trainer = role(&db, "KI-Trainer");
    let anna = crate::support::add(
        &db,
        &people::EmployeeInput {
            role_id: Some(trainer),
            ..crate::support::input("1", "Anna", dept)
        },
    );
    assess(&db, anna.id, competency(&db, "G1"), 3, "2026-01-01");
    db.write(|tx| framework::delete_role(tx, trainer)).unwrap();
    let now = db.read(|c| people::employee(c, anna.id)).unwrap();
    assert_eq!(
        (now.role_id, now.role),
        (None, None),
        "a deleted role's holders lose only the role"
    );
    assert_eq!(
        count(&db, "assessment"),
        1,
        "a deleted role's holders keep their assessments"
    );
    assert_eq!(
        count(&db, "role_target"),
        db.read(framework::load)
            .unwrap()
            .roles
            .iter()
            .map(|r| r.targets.len() as i64)
            .sum::<i64>(),
        "the role's targets go with it"
    );
    assert!(
        db.integrity_problems().unwrap().is_empty(),
        "deleting a role must leave the file sound"
    );
}
