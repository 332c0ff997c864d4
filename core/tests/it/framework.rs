//! The editable competency framework: pillars, competencies, roles and their targets.

use crate::support::{
    assess, company, competency, count, department, employee, refused, refused_as, role, today,
};
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::framework::{self, CompetencyInput, Removal, RoleInput, RoleTarget};
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
        |tx| framework::delete_pillar(tx, grundlagen, today()),
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
    let removal = db
        .write(|tx| framework::delete_pillar(tx, ethik.id, today()))
        .expect("an empty pillar can be deleted");
    assert_eq!(removal, Removal::Deleted);
    assert_eq!(
        db.read(framework::load).unwrap().pillars.len(),
        4,
        "the empty pillar must be gone"
    );
    let error = refused(&db, "deleting a missing pillar", |tx| {
        framework::delete_pillar(tx, ethik.id, today())
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
fn a_competency_without_history_is_deleted_with_its_targets() {
    let db = company();
    let g4 = competency(&db, "G4");
    let removal = db
        .write(|tx| framework::delete_competency(tx, g4, today()))
        .unwrap();
    assert_eq!(
        removal,
        Removal::Deleted,
        "nobody was assessed in G4, and no learning module or career stage names it"
    );
    let fw = db.read(framework::load_all).unwrap();
    assert!(
        fw.competency_by_code("G4").is_none(),
        "the competency must be gone"
    );
    assert!(
        fw.roles
            .iter()
            .all(|r| r.targets.iter().all(|t| t.competency_id != g4)),
        "no role may still target a deleted competency"
    );
    let error = refused(&db, "deleting it again", |tx| {
        framework::delete_competency(tx, g4, today())
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
fn a_competency_with_history_is_retired_never_deleted_and_can_come_back() {
    let db = company();
    let dept = department(&db, "IT");
    let anna = employee(&db, "1", "Anna", dept);
    let (g1, g2) = (competency(&db, "G1"), competency(&db, "G2"));
    assess(&db, anna.id, g1, 2, "2026-01-01");
    assess(&db, anna.id, g1, 3, "2026-02-01");
    assess(&db, anna.id, g2, 1, "2026-02-01");
    let history_before = count(&db, "assessment");

    let removal = db
        .write(|tx| framework::delete_competency(tx, g1, today()))
        .unwrap();
    assert_eq!(
        removal,
        Removal::Retired,
        "G1 has history, so it is retired"
    );
    assert_eq!(
        count(&db, "assessment"),
        history_before,
        "retiring must keep every assessment"
    );
    let active = db.read(framework::load).unwrap();
    assert!(
        active.competency_by_code("G1").is_none(),
        "a retired competency leaves the active framework (filters, print, template)"
    );
    assert!(
        active
            .roles
            .iter()
            .all(|r| r.targets.iter().all(|t| t.competency_id != g1)),
        "a retired competency is not asked for by any role while retired"
    );
    let all = db.read(framework::load_all).unwrap();
    assert_eq!(
        all.competency_by_code("G1").unwrap().retired_on.as_deref(),
        Some("2026-11-22"),
        "the framework screen sees it, marked with the day it was retired"
    );
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(m.columns().count(), 15, "the matrix hides the column");
    assert_eq!(
        m.rows[0].levels[0],
        Some(1),
        "G2 is now the first column and keeps its level"
    );
    let template = talentwerk_core::exchange::template_xlsx(&active.competencies).unwrap();
    assert!(!template.is_empty());
    let profile = db.read(|c| matrix::employee_profile(c, anna.id)).unwrap();
    assert!(
        profile.groups[0].competencies.iter().any(|c| c.id == g1),
        "the detail page still shows the retired competency"
    );
    assert_eq!(
        profile
            .history
            .iter()
            .filter(|a| a.competency_id == g1)
            .count(),
        2,
        "the person's history keeps both G1 assessments"
    );

    db.write(|tx| framework::reactivate_competency(tx, g1))
        .unwrap();
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(m.columns().count(), 16, "reactivated, the column is back");
    assert_eq!(
        m.rows[0].levels[0],
        Some(3),
        "with the level it had before it was retired"
    );
    assert!(db.integrity_problems().unwrap().is_empty());
}

#[test]
fn a_pillar_with_history_is_retired_with_its_competencies() {
    let db = company();
    let dept = department(&db, "IT");
    let anna = employee(&db, "1", "Anna", dept);
    assess(&db, anna.id, competency(&db, "S1"), 2, "2026-01-01");
    let sicherheit = pillar_of(&db, "S1");
    let removal = db
        .write(|tx| framework::delete_pillar(tx, sicherheit, today()))
        .unwrap();
    assert_eq!(removal, Removal::Retired);
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(
        m.columns().count(),
        12,
        "the retired pillar's four competencies leave the matrix"
    );
    assert!(
        db.read(framework::load)
            .unwrap()
            .pillars
            .iter()
            .all(|p| p.id != sicherheit),
        "a retired pillar is not offered as a filter"
    );
    db.write(|tx| framework::reactivate_pillar(tx, sicherheit))
        .unwrap();
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    assert_eq!(m.columns().count(), 16, "reactivated, all columns are back");
}

#[test]
fn a_role_someone_holds_is_retired_and_they_keep_it() {
    let db = company();
    let dept = department(&db, "IT");
    let trainer = role(&db, "KI-Trainer");
    let steward = role(&db, "Data Steward");
    let targets_before = db
        .read(framework::load)
        .unwrap()
        .roles
        .into_iter()
        .find(|r| r.id == trainer)
        .unwrap()
        .targets;
    let anna = crate::support::add(
        &db,
        &people::EmployeeInput {
            role_id: Some(trainer),
            ..crate::support::input("1", "Anna", dept)
        },
    );
    db.write(|tx| people::archive_employee(tx, anna.id, today()))
        .unwrap();
    let removal = db
        .write(|tx| framework::delete_role(tx, trainer, today()))
        .unwrap();
    assert_eq!(
        removal,
        Removal::Retired,
        "even a former employee's role is history"
    );
    let now = db.read(|c| people::employee(c, anna.id)).unwrap();
    assert_eq!(
        now.role.as_deref(),
        Some("KI-Trainer"),
        "the holder keeps the retired role"
    );
    let roles = db.read(framework::load_all).unwrap().roles;
    let retired = roles.iter().find(|r| r.id == trainer).unwrap();
    assert!(retired.retired_on.is_some(), "the role is marked retired");
    assert_eq!(
        retired.targets, targets_before,
        "its target profile is kept"
    );

    let removal = db
        .write(|tx| framework::delete_role(tx, steward, today()))
        .unwrap();
    assert_eq!(removal, Removal::Deleted, "nobody holds Data Steward");
    db.write(|tx| framework::reactivate_role(tx, trainer))
        .unwrap();
    assert!(db.integrity_problems().unwrap().is_empty());
}

#[test]
fn assessments_cannot_be_deleted_except_by_erasing_the_person() {
    let db = company();
    let dept = department(&db, "IT");
    let anna = employee(&db, "1", "Anna", dept);
    let bernd = employee(&db, "2", "Bernd", dept);
    let g1 = competency(&db, "G1");
    assess(&db, anna.id, g1, 2, "2026-01-01");
    assess(&db, bernd.id, g1, 3, "2026-01-01");
    refused(&db, "a plain DELETE of an assessment", |tx| {
        Ok(tx.execute("DELETE FROM assessment", [])?)
    });
    refused(
        &db,
        "deleting a competency's row behind the core's back",
        |tx| Ok(tx.execute("DELETE FROM competency WHERE id = ?1", [g1])?),
    );
    refused(
        &db,
        "deleting an employee row behind the core's back",
        |tx| Ok(tx.execute("DELETE FROM employee WHERE id = ?1", [anna.id])?),
    );
    db.write(|tx| people::erase_employee(tx, anna.id))
        .expect("erasure is the sanctioned path");
    assert_eq!(
        count(&db, "assessment"),
        1,
        "erasing Anna removes her history and only hers"
    );
    assert_eq!(
        count(&db, "erasure_permit"),
        0,
        "the permit does not outlive the erasure"
    );
    assert!(db.integrity_problems().unwrap().is_empty());
}
