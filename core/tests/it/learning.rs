//! Lernpfade: the seeded paths, module validation, enrolments and dated completions, the
//! proposals a completion makes for the matrix, and training costs in the KPIs.

use crate::support::{
    assess, company, competency, date, department, employee, refused, refused_as, role, snapshot,
    today,
};
use talentwerk_core::assessment::{self, Assessor};
use talentwerk_core::error::{Error, Field, Problem};
use talentwerk_core::framework::{self, Removal};
use talentwerk_core::learning::{self, LearningPath, ModuleInput, ProposalStatus};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{kpi, people, Db};

/// A company with the default paths (seeding is idempotent, so this holds whether or not
/// `company::create` seeds them too).
fn seeded() -> Db {
    let db = company();
    db.write(learning::seed_defaults)
        .expect("the defaults seed");
    db
}

fn path(db: &Db, name: &str) -> LearningPath {
    db.read(learning::paths)
        .unwrap()
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("path {name} exists"))
}

/// The id of the module `title` of the Basis-Nutzer path.
fn basis_module(db: &Db, title: &str) -> u32 {
    path(db, "Basis-Nutzer")
        .modules
        .into_iter()
        .find(|m| m.title == title)
        .unwrap_or_else(|| panic!("module {title} exists"))
        .id
}

fn person(db: &Db, number: &str) -> u32 {
    let d = department(db, &format!("Abteilung {number}"));
    employee(db, number, &format!("Person {number}"), d).id
}

fn enrolled(db: &Db, employee_id: u32, on: &str) -> u32 {
    let path_id = path(db, "Basis-Nutzer").id;
    db.write(|tx| learning::enrol(tx, employee_id, path_id, on))
        .expect("a current employee is enrolled");
    path_id
}

/// The level the matrix shows for a person in a competency.
fn matrix_level(db: &Db, employee_id: u32, competency_id: u32) -> Option<u8> {
    let m = db
        .read(|c| matrix::matrix(c, &MatrixFilter::default()))
        .unwrap();
    let column = m.columns().position(|c| c.id == competency_id).unwrap();
    m.rows
        .iter()
        .find(|r| r.employee_id == employee_id)
        .unwrap()
        .levels[column]
}

fn module_input(title: &str) -> ModuleInput {
    ModuleInput {
        title: title.into(),
        format: "workshop".into(),
        hours: 4.0,
        cost: 200.0,
        competency_id: None,
        raises_to: None,
        content: String::new(),
    }
}

#[test]
fn the_three_role_specific_paths_are_seeded_once_with_modules_that_raise_a_competency() {
    let db = seeded();
    let paths = db.read(learning::paths).unwrap();
    let names: Vec<&str> = paths.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Basis-Nutzer", "Power-User", "KI-Champions"]);
    assert_eq!(paths[0].role, None, "Basis-Nutzer is for everyone");
    assert_eq!(paths[1].role.as_deref(), Some("Prompt Engineer"));
    assert_eq!(paths[2].role.as_deref(), Some("KI-Prozessmanager"));
    let titles: Vec<&str> = paths[0].modules.iter().map(|m| m.title.as_str()).collect();
    for expected in [
        "Grundlagen generativer KI",
        "Prompt Engineering für den Arbeitsalltag",
        "Datenschutz-Awareness",
    ] {
        assert!(
            titles.contains(&expected),
            "Basis-Nutzer teaches {expected}"
        );
    }
    for p in &paths {
        assert!(p.modules.len() >= 3, "{} has its modules", p.name);
        for m in &p.modules {
            assert!(
                m.hours > 0.0 && m.cost >= 0.0,
                "{} has hours and a cost",
                m.title
            );
            assert_eq!(m.competency_id.is_some(), m.raises_to.is_some());
        }
        assert!(
            p.modules.iter().any(|m| m.competency_code.is_some()),
            "{} raises competencies",
            p.name
        );
    }
    let g1 = &paths[0].modules[0];
    assert_eq!(
        (g1.competency_code.as_deref(), g1.raises_to),
        (Some("G1"), Some(1))
    );

    let before = snapshot(&db);
    db.write(learning::seed_defaults).unwrap();
    assert_eq!(snapshot(&db), before, "a second seed writes nothing");
}

#[test]
fn a_module_is_validated_at_every_field() {
    let db = seeded();
    let path_id = path(&db, "Power-User").id;
    let g2 = competency(&db, "G2");
    let cases: Vec<(Field, Problem, &str, ModuleInput)> = vec![
        (
            Field::ModuleTitle,
            Problem::Empty,
            "no title",
            ModuleInput {
                title: "  ".into(),
                ..module_input("x")
            },
        ),
        (
            Field::ModuleFormat,
            Problem::NotAllowed,
            "unknown format",
            ModuleInput {
                format: "seminar".into(),
                ..module_input("x")
            },
        ),
        (
            Field::Hours,
            Problem::OutOfRange { min: 0, max: 1000 },
            "negative hours",
            ModuleInput {
                hours: -1.0,
                ..module_input("x")
            },
        ),
        (
            Field::Cost,
            Problem::OutOfRange {
                min: 0,
                max: 1_000_000,
            },
            "negative cost",
            ModuleInput {
                cost: -0.5,
                ..module_input("x")
            },
        ),
        (
            Field::Cost,
            Problem::OutOfRange {
                min: 0,
                max: 1_000_000,
            },
            "cost NaN",
            ModuleInput {
                cost: f64::NAN,
                ..module_input("x")
            },
        ),
        (
            Field::RaisesTo,
            Problem::OutOfRange { min: 1, max: 3 },
            "level 4",
            ModuleInput {
                competency_id: Some(g2),
                raises_to: Some(4),
                ..module_input("x")
            },
        ),
        (
            Field::RaisesTo,
            Problem::OutOfRange { min: 1, max: 3 },
            "level 0",
            ModuleInput {
                competency_id: Some(g2),
                raises_to: Some(0),
                ..module_input("x")
            },
        ),
        (
            Field::RaisesTo,
            Problem::Empty,
            "competency without level",
            ModuleInput {
                competency_id: Some(g2),
                ..module_input("x")
            },
        ),
        (
            Field::Competency,
            Problem::Empty,
            "level without competency",
            ModuleInput {
                raises_to: Some(2),
                ..module_input("x")
            },
        ),
        (
            Field::Competency,
            Problem::Unknown,
            "unknown competency",
            ModuleInput {
                competency_id: Some(9_999),
                raises_to: Some(2),
                ..module_input("x")
            },
        ),
    ];
    for (field, problem, what, input) in cases {
        refused_as(&db, field, problem, what, |tx| {
            learning::create_module(tx, path_id, &input)
        });
    }

    // A retired competency is no longer offered.
    let s2 = competency(&db, "S2");
    assess(&db, person(&db, "1"), s2, 1, "2026-01-05");
    db.write(|tx| framework::delete_competency(tx, s2, today()))
        .unwrap();
    refused_as(
        &db,
        Field::Competency,
        Problem::Unknown,
        "retired competency",
        |tx| {
            learning::create_module(
                tx,
                path_id,
                &ModuleInput {
                    competency_id: Some(s2),
                    raises_to: Some(1),
                    ..module_input("x")
                },
            )
        },
    );

    let created = db
        .write(|tx| {
            learning::create_module(
                tx,
                path_id,
                &ModuleInput {
                    competency_id: Some(g2),
                    raises_to: Some(3),
                    format: "consultationHour".into(),
                    hours: 0.0,
                    cost: 0.0,
                    ..module_input("  Prompt-Sprechstunde ")
                },
            )
        })
        .expect("a valid module is accepted; 0 hours and 0 € are allowed");
    assert_eq!(created.title, "Prompt-Sprechstunde", "the title is trimmed");
    assert_eq!(created.competency_code.as_deref(), Some("G2"));
    assert_eq!(
        path(&db, "Power-User").modules.last().unwrap().id,
        created.id,
        "a new module is appended to its path"
    );
    let updated = db
        .write(|tx| {
            learning::update_module(
                tx,
                created.id,
                &ModuleInput {
                    format: "onlineCourse".into(),
                    ..module_input("Prompt-Kurs")
                },
            )
        })
        .unwrap();
    assert_eq!(updated.title, "Prompt-Kurs");
    assert_eq!(updated.raises_to, None, "the update removed the raise");
    refused_as(
        &db,
        Field::ModuleTitle,
        Problem::Empty,
        "update without title",
        |tx| learning::update_module(tx, created.id, &module_input("")),
    );
    let missing = refused(&db, "update of a missing module", |tx| {
        learning::update_module(tx, 9_999, &module_input("x"))
    });
    assert!(matches!(missing, Error::NotFound { .. }), "{missing:?}");
}

#[test]
fn retired_paths_and_modules_are_hidden_but_kept() {
    let db = seeded();
    let champions = path(&db, "KI-Champions").id;
    let first = path(&db, "Basis-Nutzer").modules[0].id;
    db.write(|tx| learning::retire_path(tx, champions, today()))
        .unwrap();
    db.write(|tx| learning::retire_module(tx, first, today()))
        .unwrap();
    let active = db.read(learning::paths).unwrap();
    assert!(
        active.iter().all(|p| p.id != champions),
        "a retired path is hidden"
    );
    assert!(
        active[0].modules.iter().all(|m| m.id != first),
        "a retired module is hidden"
    );
    let all = db.read(learning::all_paths).unwrap();
    assert_eq!(all.len(), 3, "retired paths stay in the file");
    assert_eq!(
        all[2].retired_on.as_deref(),
        Some(today().to_string().as_str())
    );
    let anna = person(&db, "1");
    refused_as(
        &db,
        Field::LearningPath,
        Problem::NotAllowed,
        "enrol in retired path",
        |tx| learning::enrol(tx, anna, champions, "2026-05-01"),
    );
    enrolled(&db, anna, "2026-05-01");
    refused_as(
        &db,
        Field::Module,
        Problem::NotAllowed,
        "complete retired module",
        |tx| learning::complete(tx, anna, first, "2026-05-02", today()),
    );
    db.write(|tx| learning::reactivate_path(tx, champions))
        .unwrap();
    assert_eq!(db.read(learning::paths).unwrap().len(), 3);
}

#[test]
fn only_current_employees_are_enrolled_once_per_path() {
    let db = seeded();
    let anna = person(&db, "1");
    let basis = path(&db, "Basis-Nutzer").id;
    let enrolment = db
        .write(|tx| learning::enrol(tx, anna, basis, "2026-03-01"))
        .unwrap();
    assert_eq!(
        (enrolment.path.as_str(), enrolment.enrolled_on.as_str()),
        ("Basis-Nutzer", "2026-03-01")
    );
    refused_as(
        &db,
        Field::LearningPath,
        Problem::Taken,
        "enrolled twice",
        |tx| learning::enrol(tx, anna, basis, "2026-04-01"),
    );
    let power = path(&db, "Power-User").id;
    refused_as(
        &db,
        Field::EnrolmentDate,
        Problem::NotADate,
        "bad date",
        |tx| learning::enrol(tx, anna, power, "1.3.2026"),
    );
    refused_as(
        &db,
        Field::LearningPath,
        Problem::Unknown,
        "unknown path",
        |tx| learning::enrol(tx, anna, 9_999, "2026-03-01"),
    );

    // The bad input: an archived employee is not enrolled.
    let bernd = person(&db, "2");
    db.write(|tx| people::archive_employee(tx, bernd, today()))
        .unwrap();
    refused_as(
        &db,
        Field::Name,
        Problem::NotAllowed,
        "archived employee",
        |tx| learning::enrol(tx, bernd, basis, "2026-03-01"),
    );
    let missing = refused(&db, "unknown employee", |tx| {
        learning::enrol(tx, 9_999, basis, "2026-03-01")
    });
    assert!(matches!(missing, Error::NotFound { .. }), "{missing:?}");
}

#[test]
fn a_completion_needs_the_enrolment_and_a_day_not_before_it() {
    let db = seeded();
    let anna = person(&db, "1");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    refused_as(
        &db,
        Field::LearningPath,
        Problem::Unknown,
        "not enrolled",
        |tx| learning::complete(tx, anna, grundlagen, "2026-04-01", today()),
    );
    enrolled(&db, anna, "2026-03-10");
    // The bad input: a completion date before the enrolment.
    refused_as(
        &db,
        Field::CompletionDate,
        Problem::BeforeStart,
        "before enrolment",
        |tx| learning::complete(tx, anna, grundlagen, "2026-03-09", today()),
    );
    refused_as(
        &db,
        Field::CompletionDate,
        Problem::NotADate,
        "no date",
        |tx| learning::complete(tx, anna, grundlagen, "", today()),
    );
    refused_as(
        &db,
        Field::Module,
        Problem::Unknown,
        "unknown module",
        |tx| learning::complete(tx, anna, 9_999, "2026-03-10", today()),
    );
    let done = db
        .write(|tx| learning::complete(tx, anna, grundlagen, "2026-03-10", today()))
        .expect("the enrolment day itself is fine");
    assert_eq!(done.completed_on, "2026-03-10");
    refused_as(
        &db,
        Field::Module,
        Problem::Taken,
        "completed twice",
        |tx| learning::complete(tx, anna, grundlagen, "2026-04-10", today()),
    );
    db.write(|tx| people::archive_employee(tx, anna, today()))
        .unwrap();
    let datenschutz = basis_module(&db, "Datenschutz-Awareness");
    refused_as(
        &db,
        Field::Name,
        Problem::NotAllowed,
        "archived employee",
        |tx| learning::complete(tx, anna, datenschutz, "2026-04-10", today()),
    );
}

#[test]
fn a_completion_proposes_the_raised_level_and_confirming_puts_it_in_the_matrix() {
    let db = seeded();
    let anna = person(&db, "1");
    let g2 = competency(&db, "G2");
    assess(&db, anna, g2, 1, "2026-01-15");
    enrolled(&db, anna, "2026-02-01");
    let prompting = basis_module(&db, "Prompt Engineering für den Arbeitsalltag");
    let done = db
        .write(|tx| learning::complete(tx, anna, prompting, "2026-03-20", today()))
        .unwrap();
    assert_eq!(done.proposal, ProposalStatus::Pending);
    let raise = done
        .raise
        .clone()
        .expect("a pending proposal names its raise");
    assert_eq!(
        (raise.code.as_str(), raise.level),
        ("G2", 2),
        "raise G2 to 2"
    );
    assert_eq!(
        matrix_level(&db, anna, g2),
        Some(1),
        "a proposal alone does not change the matrix"
    );
    let pending = db.read(learning::pending_proposals).unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].id, done.id);

    let confirmed = db
        .write(|tx| learning::confirm_proposal(tx, done.id, today()))
        .unwrap();
    assert_eq!(confirmed.proposal, ProposalStatus::Confirmed);
    assert_eq!(
        matrix_level(&db, anna, g2),
        Some(2),
        "a confirmed proposal appears in the matrix"
    );
    let history = db.read(|c| assessment::history(c, anna)).unwrap();
    let recorded = history
        .iter()
        .find(|a| Some(a.id) == confirmed.assessment_id)
        .expect("the completion keeps the assessment it became");
    assert_eq!(
        (
            recorded.level,
            recorded.assessor,
            recorded.assessed_on.as_str()
        ),
        (2, Assessor::Trainer, "2026-03-20"),
        "an assessment by the trainer, dated the completion day"
    );
    assert!(db.read(learning::pending_proposals).unwrap().is_empty());
    refused_as(
        &db,
        Field::Status,
        Problem::NotAllowed,
        "confirm twice",
        |tx| learning::confirm_proposal(tx, done.id, today()),
    );
    refused_as(
        &db,
        Field::Status,
        Problem::NotAllowed,
        "reject after confirm",
        |tx| learning::reject_proposal(tx, done.id),
    );
}

#[test]
fn rejecting_a_proposal_leaves_the_matrix_unchanged() {
    let db = seeded();
    let anna = person(&db, "1");
    let g1 = competency(&db, "G1");
    enrolled(&db, anna, "2026-02-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    let done = db
        .write(|tx| learning::complete(tx, anna, grundlagen, "2026-02-20", today()))
        .unwrap();
    assert_eq!(
        done.proposal,
        ProposalStatus::Pending,
        "not assessed is below 1"
    );
    let levels = snapshot(&db).remove("current_level");
    let rejected = db
        .write(|tx| learning::reject_proposal(tx, done.id))
        .unwrap();
    assert_eq!(rejected.proposal, ProposalStatus::Rejected);
    assert_eq!(rejected.assessment_id, None);
    assert_eq!(matrix_level(&db, anna, g1), None, "still not assessed");
    assert_eq!(snapshot(&db).remove("current_level"), levels);
    assert!(db.read(learning::pending_proposals).unwrap().is_empty());
    refused_as(
        &db,
        Field::Status,
        Problem::NotAllowed,
        "confirm after reject",
        |tx| learning::confirm_proposal(tx, done.id, today()),
    );
}

#[test]
fn no_proposal_when_the_person_is_already_at_the_level_or_the_module_raises_nothing() {
    let db = seeded();
    let anna = person(&db, "1");
    assess(&db, anna, competency(&db, "S1"), 2, "2026-01-10");
    enrolled(&db, anna, "2026-02-01");
    for title in ["Datenschutz-Awareness", "Monatliches KI-Update"] {
        let module = basis_module(&db, title);
        let done = db
            .write(|tx| learning::complete(tx, anna, module, "2026-02-10", today()))
            .unwrap();
        assert_eq!(done.proposal, ProposalStatus::None, "{title}");
        assert_eq!(done.raise, None, "{title}");
    }
    let none = refused(&db, "nothing to confirm", |tx| {
        let id = learning::record(tx, anna)?.completions[0].id;
        learning::confirm_proposal(tx, id, today())
    });
    assert!(
        matches!(
            none,
            Error::Invalid {
                field: Field::Status,
                ..
            }
        ),
        "{none:?}"
    );
}

#[test]
fn a_proposal_keeps_what_it_proposed_when_the_module_changes_later() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-02-01");
    let module = basis_module(&db, "Grundlagen generativer KI");
    let done = db
        .write(|tx| learning::complete(tx, anna, module, "2026-02-10", today()))
        .unwrap();
    db.write(|tx| learning::update_module(tx, module, &module_input("Grundlagen")))
        .unwrap();
    let confirmed = db
        .write(|tx| learning::confirm_proposal(tx, done.id, today()))
        .unwrap();
    assert_eq!(
        confirmed.raise.map(|r| (r.code, r.level)),
        Some(("G1".into(), 1))
    );
    assert_eq!(matrix_level(&db, anna, competency(&db, "G1")), Some(1));
}

#[test]
fn a_persons_record_lists_enrolments_and_dated_completions_with_hours_and_content() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-02-01");
    let power = path(&db, "Power-User").id;
    db.write(|tx| learning::enrol(tx, anna, power, "2026-04-01"))
        .unwrap();
    for (title, on) in [
        ("Datenschutz-Awareness", "2026-03-01"),
        ("Grundlagen generativer KI", "2026-02-15"),
    ] {
        let module = basis_module(&db, title);
        db.write(|tx| learning::complete(tx, anna, module, on, today()))
            .unwrap();
    }
    let record = db.read(|c| learning::record(c, anna)).unwrap();
    let paths: Vec<&str> = record.enrolments.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["Basis-Nutzer", "Power-User"]);
    let done: Vec<(&str, &str)> = record
        .completions
        .iter()
        .map(|c| (c.module.as_str(), c.completed_on.as_str()))
        .collect();
    assert_eq!(
        done,
        [
            ("Grundlagen generativer KI", "2026-02-15"),
            ("Datenschutz-Awareness", "2026-03-01")
        ],
        "completions in date order"
    );
    assert_eq!(record.hours, 4.0 + 2.0);
    assert!(record.completions.iter().all(|c| !c.content.is_empty()));
    assert!(db.read(|c| learning::record(c, 9_999)).is_err());
}

#[test]
fn training_costs_raise_the_investment_from_the_completion_day_on() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-05-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    let cost = path(&db, "Basis-Nutzer").modules[0].cost;
    assert_eq!(cost, 250.0);
    db.write(|tx| learning::complete(tx, anna, grundlagen, "2026-05-10", today()))
        .unwrap();
    let investment = |day: &str| {
        db.read(|c| kpi::as_of(c, date(day)))
            .unwrap()
            .investment_to_date
    };
    assert_eq!(investment("2026-05-09"), 0.0, "not before the completion");
    assert_eq!(
        investment("2026-05-10"),
        250.0,
        "from the completion day on"
    );
    assert_eq!(investment("2026-11-22"), 250.0);
    let trend = db.read(|c| kpi::trend(c, date("2026-11-22"))).unwrap();
    let points: Vec<f64> = trend.iter().map(|k| k.investment_to_date).collect();
    assert_eq!(points[4], 0.0, "end of April 2026");
    assert_eq!(points[5], 250.0, "end of May 2026");
}

#[test]
fn a_completion_keeps_the_price_title_and_hours_of_its_day() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-05-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    db.write(|tx| learning::complete(tx, anna, grundlagen, "2026-05-10", today()))
        .unwrap();
    let kpis_before = db.read(|c| kpi::as_of(c, today())).unwrap();
    let trend_before = db.read(|c| kpi::trend(c, today())).unwrap();
    assert_eq!(kpis_before.investment_to_date, 250.0);
    db.write(|tx| {
        learning::update_module(
            tx,
            grundlagen,
            &ModuleInput {
                hours: 8.0,
                cost: 900.0,
                ..module_input("Grundlagen, neu")
            },
        )
    })
    .unwrap();
    assert_eq!(
        db.read(|c| kpi::as_of(c, today())).unwrap(),
        kpis_before,
        "a later price leaves past figures alone"
    );
    assert_eq!(db.read(|c| kpi::trend(c, today())).unwrap(), trend_before);
    let record = db.read(|c| learning::record(c, anna)).unwrap();
    let done = &record.completions[0];
    assert_eq!(
        (done.module.as_str(), done.hours, done.cost),
        ("Grundlagen generativer KI", 4.0, 250.0),
        "the record shows the module as it was completed"
    );
    assert_eq!(record.hours, 4.0);

    // Someone completing it after the change pays the new price.
    let bernd = person(&db, "2");
    enrolled(&db, bernd, "2026-11-01");
    db.write(|tx| learning::complete(tx, bernd, grundlagen, "2026-11-02", today()))
        .unwrap();
    assert_eq!(
        db.read(|c| kpi::as_of(c, today()))
            .unwrap()
            .investment_to_date,
        250.0 + 900.0
    );
}

#[test]
fn a_recurring_module_is_completed_again_on_other_days_a_one_off_module_once() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-02-01");
    let update = basis_module(&db, "Monatliches KI-Update");
    for on in ["2026-03-05", "2026-04-02"] {
        db.write(|tx| learning::complete(tx, anna, update, on, today()))
            .unwrap_or_else(|e| panic!("the monthly update on {on}: {e:?}"));
    }
    refused_as(
        &db,
        Field::Module,
        Problem::Taken,
        "the monthly update twice on one day",
        |tx| learning::complete(tx, anna, update, "2026-04-02", today()),
    );
    let workshop = basis_module(&db, "Grundlagen generativer KI");
    db.write(|tx| learning::complete(tx, anna, workshop, "2026-03-05", today()))
        .unwrap();
    refused_as(
        &db,
        Field::Module,
        Problem::Taken,
        "a workshop twice",
        |tx| learning::complete(tx, anna, workshop, "2026-05-05", today()),
    );
    let record = db.read(|c| learning::record(c, anna)).unwrap();
    let done: Vec<(&str, &str)> = record
        .completions
        .iter()
        .map(|c| (c.module.as_str(), c.completed_on.as_str()))
        .collect();
    assert_eq!(
        done,
        [
            ("Monatliches KI-Update", "2026-03-05"),
            ("Grundlagen generativer KI", "2026-03-05"),
            ("Monatliches KI-Update", "2026-04-02"),
        ]
    );
    assert_eq!(record.hours, 1.0 + 4.0 + 1.0);
}

#[test]
fn a_completion_lies_in_the_working_years_and_not_in_the_future() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-02-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    refused_as(
        &db,
        Field::CompletionDate,
        Problem::NotAllowed,
        "a completion tomorrow",
        |tx| learning::complete(tx, anna, grundlagen, "2026-11-23", today()),
    );
    refused_as(
        &db,
        Field::CompletionDate,
        Problem::OutOfRange {
            min: 2000,
            max: 2100,
        },
        "a completion in 1999",
        |tx| learning::complete(tx, anna, grundlagen, "1999-12-31", today()),
    );
    refused_as(
        &db,
        Field::EnrolmentDate,
        Problem::OutOfRange {
            min: 2000,
            max: 2100,
        },
        "an enrolment in 2101",
        |tx| {
            let power = learning::paths(tx)?[1].id;
            learning::enrol(tx, anna, power, "2101-01-01")
        },
    );
    db.write(|tx| learning::complete(tx, anna, grundlagen, "2026-11-22", today()))
        .expect("today itself is fine");
}

#[test]
fn a_module_of_a_retired_path_is_not_completed() {
    let db = seeded();
    let anna = person(&db, "1");
    let basis = enrolled(&db, anna, "2026-02-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    db.write(|tx| learning::retire_path(tx, basis, today()))
        .unwrap();
    refused_as(
        &db,
        Field::LearningPath,
        Problem::NotAllowed,
        "a module of a retired path",
        |tx| learning::complete(tx, anna, grundlagen, "2026-03-01", today()),
    );
    db.write(|tx| learning::reactivate_path(tx, basis)).unwrap();
    db.write(|tx| learning::complete(tx, anna, grundlagen, "2026-03-01", today()))
        .expect("the path is active again");
}

#[test]
fn confirming_a_proposal_the_person_has_already_reached_is_refused() {
    let db = seeded();
    let anna = person(&db, "1");
    let g2 = competency(&db, "G2");
    assess(&db, anna, g2, 1, "2026-01-15");
    enrolled(&db, anna, "2026-02-01");
    let prompting = basis_module(&db, "Prompt Engineering für den Arbeitsalltag");
    let done = db
        .write(|tx| learning::complete(tx, anna, prompting, "2026-03-20", today()))
        .unwrap();
    assert_eq!(done.proposal, ProposalStatus::Pending);
    // The manager assesses G2 at 2 before the proposal is decided.
    assess(&db, anna, g2, 2, "2026-04-01");
    let history = db.read(|c| assessment::history(c, anna)).unwrap().len();
    refused_as(
        &db,
        Field::Status,
        Problem::NotAllowed,
        "an obsolete proposal",
        |tx| learning::confirm_proposal(tx, done.id, today()),
    );
    assert_eq!(
        db.read(|c| assessment::history(c, anna)).unwrap().len(),
        history,
        "no assessment was recorded"
    );
    assert_eq!(matrix_level(&db, anna, g2), Some(2));
    let rejected = db
        .write(|tx| learning::reject_proposal(tx, done.id))
        .expect("an obsolete proposal can still be rejected");
    assert_eq!(rejected.proposal, ProposalStatus::Rejected);
}

#[test]
fn a_confirmed_level_is_dated_not_before_the_cells_latest_assessment() {
    let db = seeded();
    let anna = person(&db, "1");
    let g2 = competency(&db, "G2");
    enrolled(&db, anna, "2026-02-01");
    let prompting = basis_module(&db, "Prompt Engineering für den Arbeitsalltag");
    let done = db
        .write(|tx| learning::complete(tx, anna, prompting, "2026-03-20", today()))
        .unwrap();
    assert_eq!(done.proposal, ProposalStatus::Pending);
    // After the course the manager still rates G2 at 1, on a later day.
    assess(&db, anna, g2, 1, "2026-05-04");
    let confirmed = db
        .write(|tx| learning::confirm_proposal(tx, done.id, today()))
        .unwrap();
    let history = db.read(|c| assessment::history(c, anna)).unwrap();
    let recorded = history
        .iter()
        .find(|a| Some(a.id) == confirmed.assessment_id)
        .unwrap();
    assert_eq!(
        (recorded.level, recorded.assessed_on.as_str()),
        (2, "2026-05-04"),
        "dated the day of the later assessment, not the completion day"
    );
    assert_eq!(
        matrix_level(&db, anna, g2),
        Some(2),
        "the confirmed level is the current one"
    );
}

#[test]
fn a_competency_a_module_raises_is_retired_not_deleted_and_a_role_may_go() {
    let db = seeded();
    let g1 = competency(&db, "G1");
    assert_eq!(
        db.write(|tx| framework::delete_competency(tx, g1, today()))
            .unwrap(),
        Removal::Retired,
        "a module still names it"
    );
    let prompt_engineer = role(&db, "Prompt Engineer");
    assert_eq!(
        db.write(|tx| framework::delete_role(tx, prompt_engineer, today()))
            .unwrap(),
        Removal::Deleted,
        "nobody holds the role"
    );
    assert_eq!(
        path(&db, "Power-User").role_id,
        None,
        "the path stops naming it"
    );
}

#[test]
fn the_demo_enrols_people_with_dated_completions_and_open_proposals() {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        talentwerk_core::demo::create(
            tx,
            talentwerk_core::demo::DEFAULT_EMPLOYEES,
            talentwerk_core::company::Language::De,
            today(),
        )
    })
    .unwrap();
    let employees = db.read(|c| people::list_employees(c, false)).unwrap();
    let records: Vec<_> = employees
        .iter()
        .map(|e| db.read(|c| learning::record(c, e.id)).unwrap())
        .collect();
    let enrolled = records.iter().filter(|r| !r.enrolments.is_empty()).count();
    assert!(
        (40..=100).contains(&enrolled),
        "a plausible share is enrolled: {enrolled} of 140"
    );
    for r in &records {
        for c in &r.completions {
            let since = &r
                .enrolments
                .iter()
                .find(|e| e.path_id == c.path_id)
                .expect("completions lie in an enrolled path")
                .enrolled_on;
            assert!(c.completed_on >= *since && c.completed_on < today().to_string());
        }
    }
    let completions: Vec<_> = records.iter().flat_map(|r| &r.completions).collect();
    let count = |s: ProposalStatus| completions.iter().filter(|c| c.proposal == s).count();
    assert!(
        count(ProposalStatus::Pending) >= 2,
        "a few pending proposals"
    );
    assert!(count(ProposalStatus::Confirmed) >= 5, "some confirmed");
    // The investment is exactly the pilots' part plus the training cost of every completion
    // up to the day, leavers' included.
    let investment = |db: &Db| {
        db.read(|c| kpi::as_of(c, today()))
            .unwrap()
            .investment_to_date
    };
    let with_training = investment(&db);
    let training: f64 = db
        .read(|c| people::list_employees(c, true))
        .unwrap()
        .iter()
        .flat_map(|e| db.read(|c| learning::record(c, e.id)).unwrap().completions)
        .filter(|c| c.completed_on <= today().to_string())
        .map(|c| c.cost)
        .sum();
    assert!(training > 0.0, "the demo's completions cost something");
    db.write(|tx| Ok(tx.execute("DELETE FROM module_completion", [])?))
        .unwrap();
    let pilots_only = investment(&db);
    assert!(pilots_only > 0.0, "the demo's pilots cost something");
    assert!(
        (with_training - (pilots_only + training)).abs() < 1e-6,
        "{with_training} = {pilots_only} + {training}"
    );
}

#[test]
fn erasing_a_person_removes_their_learning_with_the_confirmed_assessment() {
    let db = seeded();
    let anna = person(&db, "1");
    enrolled(&db, anna, "2026-02-01");
    let grundlagen = basis_module(&db, "Grundlagen generativer KI");
    let done = db
        .write(|tx| learning::complete(tx, anna, grundlagen, "2026-02-10", today()))
        .unwrap();
    db.write(|tx| learning::confirm_proposal(tx, done.id, today()))
        .unwrap();
    db.write(|tx| people::erase_employee(tx, anna))
        .expect("GDPR erasure is not blocked by the completion's assessment");
    for table in ["enrolment", "module_completion", "assessment"] {
        assert_eq!(crate::support::count(&db, table), 0, "{table} is erased");
    }
}

#[test]
fn a_paths_participants_show_their_progress_and_the_path_its_totals_per_person() {
    let db = seeded();
    let basis = path(&db, "Basis-Nutzer");
    assert_eq!(basis.modules.len(), 4);
    assert_eq!(basis.hours, 13.0, "4 + 6 + 2 + 1 hours");
    assert_eq!(basis.cost, 490.0, "250 + 150 + 90 + 0 €");
    let update = basis_module(&db, "Monatliches KI-Update");
    assert!(
        basis
            .modules
            .iter()
            .find(|m| m.id == update)
            .unwrap()
            .recurring
    );
    let first = basis_module(&db, "Grundlagen generativer KI");
    assert!(
        !basis
            .modules
            .iter()
            .find(|m| m.id == first)
            .unwrap()
            .recurring
    );

    let anna = person(&db, "1");
    let ben = person(&db, "2");
    enrolled(&db, anna, "2026-03-01");
    enrolled(&db, ben, "2026-03-01");
    for (module, on) in [
        (first, "2026-03-10"),
        (update, "2026-03-31"),
        (update, "2026-04-30"),
    ] {
        db.write(|tx| learning::complete(tx, anna, module, on, today()))
            .unwrap();
    }
    let progress = |db: &Db| -> Vec<(u32, u32, u32, usize)> {
        db.read(|c| learning::participants(c, basis.id))
            .unwrap()
            .iter()
            .map(|p| (p.employee_id, p.done, p.total, p.completions.len()))
            .collect()
    };
    assert_eq!(
        progress(&db),
        [(anna, 2, 4, 3), (ben, 0, 4, 0)],
        "two distinct modules of four; the update attended twice counts once"
    );

    // A retired module is no longer offered: neither counted nor priced.
    db.write(|tx| learning::retire_module(tx, update, today()))
        .unwrap();
    assert_eq!(progress(&db), [(anna, 1, 3, 3), (ben, 0, 3, 0)]);
    let basis = db
        .read(learning::all_paths)
        .unwrap()
        .into_iter()
        .find(|p| p.id == basis.id)
        .unwrap();
    assert_eq!((basis.hours, basis.cost), (12.0, 490.0));
}
