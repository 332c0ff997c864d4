//! Departments and employees: validation, pseudonyms, archiving, dated AI usage.

use crate::support::{
    add, company, count, date, department, employee, input, refused, refused_as, role, today,
    update_current,
};
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::people::{self, AiUsage, EmployeeInput};
use talentwerk_core::{Db, Error};

fn one_department() -> (Db, u32) {
    let db = company();
    let id = department(&db, "Vertrieb");
    (db, id)
}

#[test]
fn create_stores_every_field_trimmed() {
    let (db, dept) = one_department();
    let trainer = role(&db, "KI-Trainer");
    let e = add(
        &db,
        &EmployeeInput {
            personnel_number: "  P-100 ".into(),
            name: "  Jürgen Müßig ".into(),
            department_id: dept,
            job_title: " Vertriebsingenieur ".into(),
            role_id: Some(trainer),
            entry_date: Some("2019-04-01".into()),
            technical_interest: 3,
            communication: 2,
            domain_expertise: 1,
            ai_usage: Some(AiUsage::Occasional),
        },
    );
    assert_eq!(
        e.personnel_number, "P-100",
        "the personnel number must be trimmed"
    );
    assert_eq!(
        e.name, "Jürgen Müßig",
        "the name must be trimmed, umlauts kept"
    );
    assert_eq!(
        e.job_title, "Vertriebsingenieur",
        "the job title must be trimmed"
    );
    assert_eq!(
        (e.department_id, e.department.as_str()),
        (dept, "Vertrieb"),
        "department must be stored"
    );
    assert_eq!(
        (e.role_id, e.role.as_deref()),
        (Some(trainer), Some("KI-Trainer")),
        "role must be stored"
    );
    assert_eq!(
        e.entry_date.as_deref(),
        Some("2019-04-01"),
        "entry date must be stored"
    );
    assert_eq!(
        (e.technical_interest, e.communication, e.domain_expertise),
        (3, 2, 1),
        "talent ratings must be stored"
    );
    assert_eq!(
        e.ai_usage,
        Some(AiUsage::Occasional),
        "AI usage must be stored"
    );
    assert_eq!(
        e.ai_usage_since.as_deref(),
        Some("2026-11-22"),
        "AI usage must be dated today"
    );
    assert_eq!(e.archived_on, None, "a new employee is active");
    assert_eq!(
        db.read(|c| people::employee(c, e.id)).unwrap(),
        e,
        "create must return what is stored"
    );

    let blank_date = add(
        &db,
        &EmployeeInput {
            entry_date: Some("  ".into()),
            ..input("P-101", "Anna Adler", dept)
        },
    );
    assert_eq!(blank_date.entry_date, None, "a blank entry date means none");
    assert_eq!(
        blank_date.ai_usage, None,
        "no AI usage given means none recorded"
    );
}

#[test]
fn pseudonyms_count_up_and_never_change() {
    let (db, dept) = one_department();
    let a = employee(&db, "1", "Anna", dept);
    let b = employee(&db, "2", "Bernd", dept);
    let c = employee(&db, "3", "Carla", dept);
    let codes = [
        a.pseudonym.as_str(),
        b.pseudonym.as_str(),
        c.pseudonym.as_str(),
    ];
    assert_eq!(
        codes,
        ["MA-001", "MA-002", "MA-003"],
        "pseudonyms must be MA-001, MA-002, … in order of creation"
    );

    let updated = db
        .write(|tx| update_current(tx, a.id, &input("1", "Anna Adler", dept), today()))
        .unwrap();
    assert_eq!(
        updated.pseudonym, "MA-001",
        "an update must keep the pseudonym"
    );
    let archived = db
        .write(|tx| people::archive_employee(tx, b.id, today()))
        .unwrap();
    assert_eq!(
        archived.pseudonym, "MA-002",
        "archiving must keep the pseudonym"
    );
    let d = employee(&db, "4", "Dora", dept);
    assert_eq!(
        d.pseudonym, "MA-004",
        "a leaver's pseudonym must not be reused"
    );
}

#[test]
fn update_changes_the_employee() {
    let (db, dept) = one_department();
    let it = department(&db, "IT");
    let e = employee(&db, "P-1", "Anna Adler", dept);
    let steward = role(&db, "Data Steward");
    let changed = EmployeeInput {
        personnel_number: "P-1a".into(),
        name: "Anna Berg".into(),
        department_id: it,
        job_title: "ERP-Betreuerin".into(),
        role_id: Some(steward),
        entry_date: Some("2020-01-15".into()),
        technical_interest: 2,
        communication: 3,
        domain_expertise: 3,
        ai_usage: None,
    };
    let u = db
        .write(|tx| update_current(tx, e.id, &changed, today()))
        .unwrap();
    assert_eq!(
        (
            u.personnel_number.as_str(),
            u.name.as_str(),
            u.department.as_str(),
            u.job_title.as_str()
        ),
        ("P-1a", "Anna Berg", "IT", "ERP-Betreuerin"),
        "update must change the text fields and the department"
    );
    assert_eq!(
        u.role.as_deref(),
        Some("Data Steward"),
        "update must change the role"
    );
    assert_eq!(
        u.entry_date.as_deref(),
        Some("2020-01-15"),
        "update must change the entry date"
    );
    assert_eq!(
        (u.technical_interest, u.communication, u.domain_expertise),
        (2, 3, 3),
        "update must change the ratings"
    );

    let same_number_other_case = EmployeeInput {
        personnel_number: "p-1A".into(),
        ..changed.clone()
    };
    let u = db
        .write(|tx| update_current(tx, e.id, &same_number_other_case, today()))
        .expect("an employee may keep (and re-case) their own personnel number");
    assert_eq!(
        u.personnel_number, "p-1A",
        "re-casing one's own number must be stored"
    );

    let error = refused(&db, "update of an unknown employee", |tx| {
        update_current(tx, 999, &changed, today())
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Employee,
                ..
            }
        ),
        "updating an unknown employee must be NotFound, got {error:?}"
    );
}

#[test]
fn archive_hides_and_restore_brings_back() {
    let (db, dept) = one_department();
    let a = employee(&db, "1", "Anna", dept);
    let b = employee(&db, "2", "Bernd", dept);
    let archived = db
        .write(|tx| people::archive_employee(tx, a.id, today()))
        .unwrap();
    assert_eq!(
        archived.archived_on.as_deref(),
        Some("2026-11-22"),
        "archiving must date the leave"
    );

    let active: Vec<u32> = db
        .read(|c| people::list_employees(c, false))
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        active,
        [b.id],
        "an archived employee must be hidden from the active list"
    );
    let all: Vec<u32> = db
        .read(|c| people::list_employees(c, true))
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        all,
        [a.id, b.id],
        "an archived employee must stay in the full list"
    );
    let depts = db.read(people::list_departments).unwrap();
    assert_eq!(
        depts[0].active_employees, 1,
        "a department counts only active employees"
    );

    let again = db
        .write(|tx| people::archive_employee(tx, a.id, date("2027-01-01")))
        .unwrap();
    assert_eq!(
        again.archived_on.as_deref(),
        Some("2026-11-22"),
        "archiving twice must keep the first leaving date"
    );

    let restored = db.write(|tx| people::restore_employee(tx, a.id)).unwrap();
    assert_eq!(
        restored.archived_on, None,
        "restore must clear the leaving date"
    );
    assert_eq!(
        db.read(|c| people::list_employees(c, false)).unwrap().len(),
        2,
        "a restored employee is active again"
    );

    for (what, result) in [
        (
            "archive",
            db.write(|tx| people::archive_employee(tx, 999, today())),
        ),
        ("restore", db.write(|tx| people::restore_employee(tx, 999))),
    ] {
        assert!(
            matches!(
                result,
                Err(Error::NotFound {
                    entity: Entity::Employee,
                    ..
                })
            ),
            "{what} of an unknown employee must be NotFound, got {result:?}"
        );
    }
}

#[test]
fn a_personnel_number_is_unique_ignoring_case() {
    let (db, dept) = one_department();
    employee(&db, "P-100", "Anna Adler", dept);
    let other = employee(&db, "P-200", "Bernd Zeller", dept);
    for number in ["P-100", "p-100", " P-100 "] {
        refused_as(
            &db,
            Field::PersonnelNumber,
            Problem::Taken,
            &format!("a second {number:?}"),
            |tx| people::create_employee(tx, &input(number, "Carla Berg", dept), today()),
        );
        refused_as(
            &db,
            Field::PersonnelNumber,
            Problem::Taken,
            &format!("updating to {number:?}"),
            |tx| update_current(tx, other.id, &input(number, "Bernd Zeller", dept), today()),
        );
    }
}

#[test]
fn names_are_required_and_bounded() {
    let (db, dept) = one_department();
    for name in ["", "   ", "\t\n"] {
        refused_as(
            &db,
            Field::Name,
            Problem::Empty,
            &format!("name {name:?}"),
            |tx| people::create_employee(tx, &input("1", name, dept), today()),
        );
    }
    refused_as(
        &db,
        Field::Name,
        Problem::TooLong { max: 120 },
        "a 121-character name",
        |tx| people::create_employee(tx, &input("1", &"x".repeat(121), dept), today()),
    );
    refused_as(
        &db,
        Field::PersonnelNumber,
        Problem::Empty,
        "an empty personnel number",
        |tx| people::create_employee(tx, &input(" ", "Anna", dept), today()),
    );
    refused_as(
        &db,
        Field::JobTitle,
        Problem::TooLong { max: 120 },
        "a 121-character job title",
        |tx| {
            people::create_employee(
                tx,
                &EmployeeInput {
                    job_title: "y".repeat(121),
                    ..input("1", "Anna", dept)
                },
                today(),
            )
        },
    );
    let e = employee(&db, "1", &"ß".repeat(120), dept);
    assert_eq!(
        e.name.chars().count(),
        120,
        "120 characters (not bytes) are allowed"
    );

    let a = employee(&db, "2", "Anna", dept);
    refused_as(
        &db,
        Field::Name,
        Problem::Empty,
        "clearing the name on update",
        |tx| update_current(tx, a.id, &input("2", "", dept), today()),
    );
}

#[test]
fn talent_ratings_must_be_0_to_3() {
    let (db, dept) = one_department();
    let range = Problem::OutOfRange { min: 0, max: 3 };
    for bad in [-1, 4, i32::MIN, i32::MAX] {
        let base = input("1", "Anna", dept);
        let cases = [
            (
                Field::TechnicalInterest,
                EmployeeInput {
                    technical_interest: bad,
                    ..base.clone()
                },
            ),
            (
                Field::Communication,
                EmployeeInput {
                    communication: bad,
                    ..base.clone()
                },
            ),
            (
                Field::DomainExpertise,
                EmployeeInput {
                    domain_expertise: bad,
                    ..base.clone()
                },
            ),
        ];
        for (field, bad_input) in cases {
            refused_as(
                &db,
                field,
                range.clone(),
                &format!("{field:?} = {bad}"),
                |tx| people::create_employee(tx, &bad_input, today()),
            );
        }
    }
    let e = add(
        &db,
        &EmployeeInput {
            technical_interest: 3,
            communication: 0,
            domain_expertise: 3,
            ..input("1", "Anna", dept)
        },
    );
    assert_eq!(
        (e.technical_interest, e.communication, e.domain_expertise),
        (3, 0, 3),
        "0 and 3 are valid ratings"
    );
    refused_as(
        &db,
        Field::Communication,
        range,
        "an out-of-range update",
        |tx| {
            update_current(
                tx,
                e.id,
                &EmployeeInput {
                    communication: 4,
                    ..input("1", "Anna", dept)
                },
                today(),
            )
        },
    );
}

#[test]
fn unknown_department_or_role_is_refused() {
    let (db, dept) = one_department();
    refused_as(
        &db,
        Field::Department,
        Problem::Unknown,
        "an unknown department",
        |tx| people::create_employee(tx, &input("1", "Anna", 999), today()),
    );
    refused_as(
        &db,
        Field::Role,
        Problem::Unknown,
        "an unknown role",
        |tx| {
            people::create_employee(
                tx,
                &EmployeeInput {
                    role_id: Some(999),
                    ..input("1", "Anna", dept)
                },
                today(),
            )
        },
    );
    let e = employee(&db, "1", "Anna", dept);
    refused_as(
        &db,
        Field::Department,
        Problem::Unknown,
        "moving to an unknown department",
        |tx| update_current(tx, e.id, &input("1", "Anna", 999), today()),
    );
}

#[test]
fn a_bad_entry_date_is_refused() {
    let (db, dept) = one_department();
    for bad in [
        "2024-02-30",
        "2023-02-29",
        "2024-13-01",
        "31.12.2024",
        "12/31/2024",
        "gestern",
        "2024-01-01T00:00",
        "+12026-01-01",
        "-0001-01-01",
        "0000-01-01",
    ] {
        refused_as(
            &db,
            Field::EntryDate,
            Problem::NotADate,
            &format!("entry date {bad:?}"),
            |tx| {
                people::create_employee(
                    tx,
                    &EmployeeInput {
                        entry_date: Some(bad.into()),
                        ..input("1", "Anna", dept)
                    },
                    today(),
                )
            },
        );
    }
    let leap = add(
        &db,
        &EmployeeInput {
            entry_date: Some("2024-02-29".into()),
            ..input("1", "Anna", dept)
        },
    );
    assert_eq!(
        leap.entry_date.as_deref(),
        Some("2024-02-29"),
        "a leap day is a date"
    );
}

fn usage_rows(db: &Db, id: u32) -> i64 {
    db.read(|c| {
        Ok(c.query_row(
            "SELECT count(*) FROM ai_usage WHERE employee_id = ?1",
            [id],
            |r| r.get(0),
        )?)
    })
    .unwrap()
}

#[test]
fn ai_usage_is_dated_history() {
    let (db, dept) = one_department();
    let with = |usage| EmployeeInput {
        ai_usage: usage,
        ..input("1", "Anna", dept)
    };
    let e = db
        .write(|tx| people::create_employee(tx, &with(Some(AiUsage::None)), date("2026-01-10")))
        .unwrap();
    assert_eq!(
        (e.ai_usage, e.ai_usage_since.as_deref()),
        (Some(AiUsage::None), Some("2026-01-10")),
        "first usage"
    );

    let same = db
        .write(|tx| update_current(tx, e.id, &with(Some(AiUsage::None)), date("2026-03-01")))
        .unwrap();
    assert_eq!(
        usage_rows(&db, e.id),
        1,
        "the same usage again must not append"
    );
    assert_eq!(
        same.ai_usage_since.as_deref(),
        Some("2026-01-10"),
        "the same usage keeps its original date"
    );

    let unset = db
        .write(|tx| update_current(tx, e.id, &with(None), date("2026-04-01")))
        .unwrap();
    assert_eq!(usage_rows(&db, e.id), 1, "no usage given must not append");
    assert_eq!(
        unset.ai_usage,
        Some(AiUsage::None),
        "no usage given keeps the current usage"
    );

    let changed = db
        .write(|tx| update_current(tx, e.id, &with(Some(AiUsage::Regular)), date("2026-06-01")))
        .unwrap();
    assert_eq!(usage_rows(&db, e.id), 2, "a changed usage must append");
    assert_eq!(
        (changed.ai_usage, changed.ai_usage_since.as_deref()),
        (Some(AiUsage::Regular), Some("2026-06-01")),
        "the latest usage counts"
    );

    db.write(|tx| people::record_ai_usage(tx, e.id, AiUsage::Occasional, date("2025-05-05")))
        .unwrap();
    assert_eq!(
        usage_rows(&db, e.id),
        3,
        "a different back-dated usage joins the history"
    );
    let now = db.read(|c| people::employee(c, e.id)).unwrap();
    assert_eq!(
        now.ai_usage,
        Some(AiUsage::Regular),
        "a back-dated usage must not replace the latest one"
    );
}

#[test]
fn department_names_are_unique_ignoring_case() {
    let db = company();
    department(&db, "Vertrieb");
    let it = department(&db, "IT");
    for name in ["Vertrieb", "vertrieb", " VERTRIEB "] {
        refused_as(
            &db,
            Field::DepartmentName,
            Problem::Taken,
            &format!("a second department {name:?}"),
            |tx| people::create_department(tx, name),
        );
        refused_as(
            &db,
            Field::DepartmentName,
            Problem::Taken,
            &format!("renaming IT to {name:?}"),
            |tx| people::rename_department(tx, it, name),
        );
    }
    refused_as(
        &db,
        Field::DepartmentName,
        Problem::Empty,
        "an empty department name",
        |tx| people::create_department(tx, "  "),
    );
    let created = db
        .write(|tx| people::create_department(tx, "Qualität"))
        .unwrap()
        .id;
    db.write(|tx| people::rename_department(tx, created, "Qualitätssicherung"))
        .unwrap();
    let names: Vec<String> = db
        .read(people::list_departments)
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(
        names,
        ["Vertrieb", "IT", "Qualitätssicherung"],
        "departments list in creation order, renamed"
    );
}

#[test]
fn a_used_department_cannot_be_deleted() {
    let db = company();
    let used = department(&db, "Vertrieb");
    let left = department(&db, "Einkauf");
    let empty = department(&db, "IT");
    employee(&db, "1", "Anna", used);
    let leaver = employee(&db, "2", "Bernd", left);
    db.write(|tx| people::archive_employee(tx, leaver.id, today()))
        .unwrap();

    refused_as(
        &db,
        Field::Department,
        Problem::InUse,
        "deleting a department with employees",
        |tx| people::delete_department(tx, used),
    );
    refused_as(
        &db,
        Field::Department,
        Problem::InUse,
        "deleting a department a leaver belonged to",
        |tx| people::delete_department(tx, left),
    );
    db.write(|tx| people::delete_department(tx, empty))
        .expect("an empty department can be deleted");
    assert_eq!(
        count(&db, "department"),
        2,
        "the empty department must be gone"
    );
    let error = refused(&db, "deleting it again", |tx| {
        people::delete_department(tx, empty)
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Department,
                ..
            }
        ),
        "deleting an unknown department must be NotFound, got {error:?}"
    );
}
