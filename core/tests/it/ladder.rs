//! KI-Laufbahn: the career ladder, each person's stage, readiness for the next stage from
//! the live data, and "hire or upskill" per AI role.

use crate::support::{
    assess, cli, company, competency, department, employee, refused, refused_as, role, stdout,
    today, COMPANY,
};
use rusqlite::params;
use talentwerk_core::company::{self, Language};
use talentwerk_core::error::{Error, Field, Problem};
use talentwerk_core::fit::{self, Recommendation, FIT_THRESHOLD};
use talentwerk_core::framework;
use talentwerk_core::ladder::{
    self, Missing, Need, Readiness, RequirementInput, StageInput, MAX_SALARY,
};
use talentwerk_core::people::{self, EmployeeInput};
use talentwerk_core::pilots::{self, team::TeamMember, team::TeamRole, NewPilot, PilotStatus};
use talentwerk_core::Db;

fn stage_input(name: &str, position: i32, band: Option<(i32, i32)>) -> StageInput {
    StageInput {
        name: name.into(),
        position,
        responsibilities: format!("Verantwortung {name}"),
        salary_min: band.map(|b| b.0),
        salary_max: band.map(|b| b.1),
    }
}

/// Removes whatever ladder the company was created with, so a test builds its own.
fn empty_ladder(db: &Db) {
    db.write(|tx| {
        tx.execute("DELETE FROM employee_stage", [])?;
        tx.execute("DELETE FROM ladder_stage", [])?;
        Ok(())
    })
    .expect("the ladder can be emptied");
}

fn sql(db: &Db, statement: &str, values: impl rusqlite::Params) -> i64 {
    db.write(|tx| {
        tx.execute(statement, values)?;
        Ok(tx.last_insert_rowid())
    })
    .expect("the fixture row is written")
}

/// A learning path of two modules (plus a retired one) named `name`.
fn path_with_modules(db: &Db, name: &str) -> (u32, [u32; 2]) {
    let path = sql(
        db,
        "INSERT INTO learning_path (name, position) VALUES (?1, 90)",
        [name],
    ) as u32;
    let module = |position: i32, retired: Option<&str>| {
        sql(
            db,
            "INSERT INTO learning_module (path_id, position, title, format, hours, retired_on)
             VALUES (?1, ?2, 'Modul', 'workshop', 4, ?3)",
            params![path, position, retired],
        ) as u32
    };
    let first = module(1, None);
    let second = module(2, None);
    module(3, Some("2026-01-01"));
    (path, [first, second])
}

fn complete(db: &Db, employee_id: u32, module_id: u32, on: &str) {
    sql(
        db,
        "INSERT INTO module_completion (employee_id, module_id, completed_on, title, hours, cost)
         SELECT ?1, ?2, ?3, title, hours, cost FROM learning_module WHERE id = ?2",
        params![employee_id, module_id, on],
    );
}

fn rate_maturity(db: &Db, employee_id: u32, on: &str, levels: [i32; 5]) {
    sql(
        db,
        "INSERT INTO maturity_assessment
             (employee_id, assessed_on, tools, breadth, autonomy, innovation, sharing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            employee_id,
            on,
            levels[0],
            levels[1],
            levels[2],
            levels[3],
            levels[4]
        ],
    );
}

fn pair(db: &Db, mentor: u32, mentee: u32, from: &str, to: Option<&str>) {
    sql(
        db,
        "INSERT INTO mentoring_pair (mentor_id, mentee_id, started_on, ended_on)
         VALUES (?1, ?2, ?3, ?4)",
        params![mentor, mentee, from, to],
    );
}

fn into_team(db: &Db, employee_id: u32) {
    into_pilot(db, employee_id, PilotStatus::Running, "2026-06-01");
}

/// A pilot recorded with `status` on `on`, with the employee as its team; its id.
fn into_pilot(db: &Db, employee_id: u32, status: PilotStatus, on: &str) -> u32 {
    db.write(|tx| {
        let id = pilots::add(
            tx,
            &NewPilot {
                title: "Angebotserstellung".into(),
                department_id: None,
                status,
                on: on.into(),
            },
        )?
        .id;
        pilots::team::set_team(
            tx,
            id,
            &[TeamMember {
                employee_id,
                role: TeamRole::Enthusiast,
            }],
        )?;
        Ok(id)
    })
    .expect("the pilot team is set")
}

/// A three-stage ladder: Einstieg (no requirements), Aufstieg (one of each kind), Gipfel.
struct Ladder {
    first: u32,
    second: u32,
    top: u32,
    modules: [u32; 2],
}

fn ladder_of_each_kind(db: &Db) -> Ladder {
    empty_ladder(db);
    let g2 = competency(db, "G2");
    let (path, modules) = path_with_modules(db, "Testpfad");
    db.write(|tx| {
        let first = ladder::create_stage(tx, &stage_input("Einstieg", 1, Some((40_000, 50_000))))?;
        let second = ladder::create_stage(tx, &stage_input("Aufstieg", 2, None))?;
        let top = ladder::create_stage(tx, &stage_input("Gipfel", 3, Some((70_000, 90_000))))?;
        for need in [
            RequirementInput::Competency {
                competency_id: g2,
                min_level: 2,
            },
            RequirementInput::Maturity { min_index: 2.0 },
            RequirementInput::LearningPath { path_id: path },
            RequirementInput::PilotTeam,
            RequirementInput::Mentoring,
        ] {
            ladder::add_requirement(tx, second.id, &need)?;
        }
        Ok(Ladder {
            first: first.id,
            second: second.id,
            top: top.id,
            modules,
        })
    })
    .expect("a valid ladder is accepted")
}

fn set_stage(db: &Db, employee_id: u32, stage: Option<u32>, since: &str) {
    db.write(|tx| ladder::set_stage(tx, employee_id, stage, since, today()))
        .expect("a valid stage change is recorded");
}

fn readiness(db: &Db, employee_id: u32) -> Readiness {
    readiness_on(db, employee_id, &today().to_string())
}

fn readiness_on(db: &Db, employee_id: u32, day: &str) -> Readiness {
    db.read(|c| ladder::readiness(c, employee_id, crate::support::date(day)))
        .expect("readiness computes")
}

#[test]
fn readiness_counts_each_kind_of_requirement_met_and_missing() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-15");

    let r = readiness(&db, anna);
    assert_eq!(r.stage.as_ref().map(|s| s.id), Some(l.first));
    assert_eq!(r.next.as_ref().map(|s| s.id), Some(l.second));
    assert_eq!(
        (r.percent, r.met, r.total),
        (Some(0), 0, 5),
        "nothing met yet"
    );
    assert_eq!(
        r.missing,
        vec![
            Missing::Competency {
                code: "G2".into(),
                name: "Prompt Engineering".into(),
                level: None,
                required: 2
            },
            Missing::Maturity {
                index: None,
                required: 2.0
            },
            Missing::LearningPath {
                name: "Testpfad".into()
            },
            Missing::PilotTeam,
            Missing::Mentoring,
        ],
        "every requirement is listed as missing, typed, in ladder order"
    );

    // Competency: a level below the minimum is still missing, the minimum meets it.
    let g2 = competency(&db, "G2");
    assess(&db, anna, g2, 1, "2026-02-01");
    assert!(readiness(&db, anna).missing.contains(&Missing::Competency {
        code: "G2".into(),
        name: "Prompt Engineering".into(),
        level: Some(1),
        required: 2
    }));
    assess(&db, anna, g2, 2, "2026-03-01");
    assert_eq!(
        readiness(&db, anna).percent,
        Some(20),
        "fixing the level in the matrix raises the readiness"
    );

    // Maturity: the latest rating up to today counts, a future one does not.
    rate_maturity(&db, anna, "2026-04-01", [2, 2, 2, 2, 1]);
    rate_maturity(&db, anna, "2027-01-01", [3, 3, 3, 3, 3]);
    let r = readiness(&db, anna);
    assert!(
        r.missing.contains(&Missing::Maturity {
            index: Some(1.8),
            required: 2.0
        }),
        "an index of 1.8 misses 2.0; a rating after today does not count: {:?}",
        r.missing
    );
    rate_maturity(&db, anna, "2026-05-01", [2, 2, 2, 2, 2]);
    assert_eq!(readiness(&db, anna).percent, Some(40), "2.0 meets 2.0");

    // Learning path: every module not retired must be completed.
    complete(&db, anna, l.modules[0], "2026-06-01");
    assert!(readiness(&db, anna)
        .missing
        .contains(&Missing::LearningPath {
            name: "Testpfad".into()
        }));
    complete(&db, anna, l.modules[1], "2026-07-01");
    assert_eq!(
        readiness(&db, anna).percent,
        Some(60),
        "the retired module is not needed"
    );

    // Pilot team.
    into_team(&db, bert);
    assert!(readiness(&db, anna).missing.contains(&Missing::PilotTeam));
    into_team(&db, anna);
    assert_eq!(readiness(&db, anna).percent, Some(80));

    // Mentoring: a pair that ended, or one where she is the mentee, does not count.
    pair(&db, anna, bert, "2026-01-01", Some("2026-03-01"));
    pair(&db, bert, anna, "2026-04-01", None);
    assert_eq!(readiness(&db, anna).missing, vec![Missing::Mentoring]);
    pair(&db, anna, bert, "2026-09-01", None);
    let r = readiness(&db, anna);
    assert_eq!((r.percent, r.met, r.total), (Some(100), 5, 5));
    assert!(r.missing.is_empty(), "nothing missing at 100 %");
}

#[test]
fn the_top_stage_has_no_next_stage_and_no_stage_means_the_first() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    set_stage(&db, anna, Some(l.top), "2026-01-15");

    let r = readiness(&db, anna);
    assert_eq!(r.stage.map(|s| s.id), Some(l.top));
    assert_eq!(r.next, None, "nothing above the top stage");
    assert_eq!(r.percent, None, "no readiness without a next stage");
    assert!(r.missing.is_empty());

    let r = readiness(&db, bert);
    assert_eq!(r.stage, None);
    assert_eq!(
        r.next.map(|s| s.id),
        Some(l.first),
        "without a stage, the first is next"
    );
    assert_eq!(
        r.percent,
        Some(100),
        "a stage without requirements is reached"
    );

    // A stage held from a later day does not count yet.
    set_stage(&db, bert, Some(l.second), "2026-06-01");
    assert_eq!(readiness_on(&db, bert, "2026-05-31").stage, None);
    assert_eq!(
        readiness_on(&db, bert, "2026-06-01").stage.map(|s| s.id),
        Some(l.second)
    );
}

#[test]
fn a_stage_change_is_dated_history() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    set_stage(&db, anna, Some(l.first), "2025-01-01");
    set_stage(&db, anna, Some(l.second), "2026-01-01");
    set_stage(&db, anna, Some(l.second), "2026-02-01");
    let history = db.read(|c| ladder::stage_history(c, anna)).unwrap();
    assert_eq!(
        history
            .iter()
            .map(|e| (e.stage.as_ref().map(|s| s.id), e.since.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (Some(l.first), "2025-01-01"),
            (Some(l.second), "2026-01-01")
        ],
        "the same stage again is not a new entry"
    );
    assert_eq!(
        db.read(|c| ladder::stage_on(c, anna, crate::support::date("2025-06-01")))
            .unwrap()
            .map(|s| s.id),
        Some(l.first)
    );
    refused_as(
        &db,
        Field::Date,
        Problem::NotAllowed,
        "a change before the latest entry",
        |tx| ladder::set_stage(tx, anna, Some(l.top), "2025-12-31", today()),
    );
    refused_as(
        &db,
        Field::Stage,
        Problem::Unknown,
        "an unknown stage",
        |tx| ladder::set_stage(tx, anna, Some(9_999), "2026-06-01", today()),
    );
    refused_as(
        &db,
        Field::Stage,
        Problem::InUse,
        "deleting a stage someone held",
        |tx| ladder::delete_stage(tx, l.first),
    );
    db.write(|tx| ladder::delete_stage(tx, l.top))
        .expect("a stage nobody held can be deleted");
}

#[test]
fn bad_stages_and_requirements_are_refused_at_their_field_and_write_nothing() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    refused_as(
        &db,
        Field::SalaryMax,
        Problem::OutOfRange {
            min: 60_000,
            max: MAX_SALARY,
        },
        "a salary band with min > max",
        |tx| ladder::create_stage(tx, &stage_input("Neu", 4, Some((60_000, 50_000)))),
    );
    refused_as(
        &db,
        Field::SalaryMax,
        Problem::OutOfRange {
            min: 60_000,
            max: MAX_SALARY,
        },
        "changing a band to min > max",
        |tx| ladder::update_stage(tx, l.top, &stage_input("Gipfel", 3, Some((60_000, 1)))),
    );
    refused_as(
        &db,
        Field::StagePosition,
        Problem::Taken,
        "a duplicate stage position",
        |tx| ladder::create_stage(tx, &stage_input("Neu", 2, None)),
    );
    refused_as(
        &db,
        Field::StageName,
        Problem::Taken,
        "a duplicate stage name, in other case",
        |tx| ladder::create_stage(tx, &stage_input("gipfel", 4, None)),
    );
    refused_as(
        &db,
        Field::StageName,
        Problem::Empty,
        "a stage without a name",
        |tx| ladder::create_stage(tx, &stage_input("  ", 4, None)),
    );
    refused_as(
        &db,
        Field::SalaryMin,
        Problem::OutOfRange {
            min: 0,
            max: MAX_SALARY,
        },
        "a negative salary",
        |tx| ladder::create_stage(tx, &stage_input("Neu", 4, Some((-1, 10)))),
    );
    refused_as(
        &db,
        Field::Competency,
        Problem::Unknown,
        "a requirement naming an unknown competency",
        |tx| {
            ladder::add_requirement(
                tx,
                l.top,
                &RequirementInput::Competency {
                    competency_id: 9_999,
                    min_level: 2,
                },
            )
        },
    );
    let g2 = competency(&db, "G2");
    for level in [0, 4] {
        refused_as(
            &db,
            Field::MinLevel,
            Problem::OutOfRange { min: 1, max: 3 },
            "a minimum level outside 1–3",
            |tx| {
                ladder::add_requirement(
                    tx,
                    l.top,
                    &RequirementInput::Competency {
                        competency_id: g2,
                        min_level: level,
                    },
                )
            },
        );
    }
    for index in [0.5, 3.5, f64::NAN] {
        refused_as(
            &db,
            Field::MinMaturity,
            Problem::OutOfRange { min: 1, max: 3 },
            "a maturity minimum outside 1–3",
            |tx| {
                ladder::add_requirement(tx, l.top, &RequirementInput::Maturity { min_index: index })
            },
        );
    }
    refused_as(
        &db,
        Field::LearningPath,
        Problem::Unknown,
        "an unknown learning path",
        |tx| {
            ladder::add_requirement(
                tx,
                l.top,
                &RequirementInput::LearningPath { path_id: 9_999 },
            )
        },
    );
    refused_as(
        &db,
        Field::Competency,
        Problem::Taken,
        "the same competency twice in a stage",
        |tx| {
            ladder::add_requirement(
                tx,
                l.second,
                &RequirementInput::Competency {
                    competency_id: g2,
                    min_level: 3,
                },
            )
        },
    );
    let error = refused(&db, "a requirement of a missing stage", |tx| {
        ladder::add_requirement(tx, 9_999, &RequirementInput::PilotTeam)
    });
    assert!(matches!(error, Error::NotFound { .. }), "{error:?}");

    // A retired competency is as unknown as a missing one.
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let d4 = competency(&db, "D4");
    assess(&db, anna, d4, 1, "2026-01-01");
    db.write(|tx| framework::delete_competency(tx, d4, today()))
        .expect("a competency with history is retired");
    refused_as(
        &db,
        Field::Competency,
        Problem::Unknown,
        "a requirement naming a retired competency",
        |tx| {
            ladder::add_requirement(
                tx,
                l.top,
                &RequirementInput::Competency {
                    competency_id: d4,
                    min_level: 1,
                },
            )
        },
    );
}

#[test]
fn the_default_ladder_has_three_stages_with_bands_and_evidence_from_practice() {
    let db = company();
    empty_ladder(&db);
    for name in ["Basis-Nutzer", "Power-User", "KI-Champions"] {
        sql(
            &db,
            "INSERT OR IGNORE INTO learning_path (name, position) VALUES (?1, 1)",
            [name],
        );
    }
    db.write(ladder::seed_defaults).expect("the defaults seed");
    db.write(ladder::seed_defaults)
        .expect("seeding twice is harmless");
    let stages = db.read(ladder::stages).unwrap();
    assert_eq!(
        stages
            .iter()
            .map(|s| (s.position, s.name.as_str()))
            .collect::<Vec<_>>(),
        vec![(1, "KI-Anwender"), (2, "KI-Spezialist"), (3, "KI-Experte")]
    );
    for (stage, path) in stages
        .iter()
        .zip(["Basis-Nutzer", "Power-User", "KI-Champions"])
    {
        let (min, max) = (stage.salary_min.unwrap(), stage.salary_max.unwrap());
        assert!(min < max, "{}: a band from low to high", stage.name);
        assert!(!stage.responsibilities.is_empty());
        let needs: Vec<&Need> = stage.requirements.iter().map(|r| &r.need).collect();
        assert!(needs.iter().any(|n| matches!(n, Need::Competency { .. })));
        assert!(needs.iter().any(|n| matches!(n, Need::Maturity { .. })));
        assert!(
            needs
                .iter()
                .any(|n| matches!(n, Need::LearningPath { name, .. } if name == path)),
            "{} requires the path {path}",
            stage.name
        );
    }
    let has = |i: usize, f: fn(&Need) -> bool| stages[i].requirements.iter().any(|r| f(&r.need));
    assert!(
        has(1, |n| matches!(n, Need::PilotTeam)),
        "stage 2: a pilot team"
    );
    assert!(
        has(2, |n| matches!(n, Need::Mentoring)),
        "stage 3: mentoring"
    );
    assert!(
        stages[0].salary_max < stages[2].salary_min,
        "pay rises along the ladder"
    );

    // Without the paths the ladder is seeded without them.
    let db = company();
    empty_ladder(&db);
    db.write(|tx| {
        tx.execute("DELETE FROM learning_module", [])?;
        tx.execute("DELETE FROM learning_path", [])?;
        ladder::seed_defaults(tx)
    })
    .unwrap();
    assert!(db
        .read(ladder::stages)
        .unwrap()
        .iter()
        .flat_map(|s| &s.requirements)
        .all(|r| !matches!(r.need, Need::LearningPath { .. })));
}

#[test]
fn readiness_csv_has_one_line_per_active_employee_and_fehlt_empty_exactly_at_100() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.db");
    let db = Db::open(&path).unwrap();
    db.write(|tx| company::create(tx, COMPANY, Language::De, today()))
        .unwrap();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let sales = department(&db, "Vertrieb");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    employee(&db, "2001", "Cora Conrad", sales);
    let gone = employee(&db, "2002", "Dora Dahl", sales).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    set_stage(&db, bert, Some(l.top), "2026-01-01");
    assess(&db, anna, competency(&db, "G2"), 3, "2026-02-01");
    db.write(|tx| people::archive_employee(tx, gone, today()))
        .unwrap();
    drop(db);

    let out = cli(&path, &["readiness", "--format", "csv"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Personalnummer;Name;Stufe;Nächste Stufe;Bereitschaft;Fehlt"
    );
    assert_eq!(lines.len(), 4, "one line per active employee: {text}");
    assert!(!text.contains("Dora"), "leavers are not listed");
    let row = |number: &str| -> Vec<&str> {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{number};")))
            .unwrap_or_else(|| panic!("a line for {number}"))
            .split(';')
            .collect()
    };
    let a = row("1001");
    assert_eq!(
        &a[..5],
        ["1001", "Anna Adler", "Einstieg", "Aufstieg", "20"]
    );
    assert!(
        a[5].contains("KI-Reifegrad") && a[5].contains("Testpfad"),
        "{a:?}"
    );
    assert_eq!(
        row("1002"),
        ["1002", "Bert Brandt", "Gipfel", "", "", ""],
        "on the top stage: next stage and readiness empty"
    );
    assert_eq!(
        row("2001"),
        ["2001", "Cora Conrad", "", "Einstieg", "100", ""]
    );
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(';').collect();
        assert_eq!(fields.len(), 6, "six fields: {line}");
        if !fields[3].is_empty() {
            assert_eq!(
                fields[5].is_empty(),
                fields[4] == "100",
                "Fehlt is empty exactly at 100: {line}"
            );
        }
    }

    let out = cli(
        &path,
        &["readiness", "--department", "vertrieb", "--format", "csv"],
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        stdout(&out).lines().count(),
        2,
        "only Vertrieb's active people"
    );

    let out = cli(&path, &["readiness"]);
    assert!(out.status.success(), "{out:?}");
    assert!(stdout(&out).contains("höchste Stufe erreicht"));

    let out = cli(&path, &["ladder", "--format", "csv"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    assert!(text.starts_with("Position;Stufe;Gehalt von;Gehalt bis;Verantwortung;Anforderungen\n"));
    assert!(text.contains("1;Einstieg;40000;50000;"), "{text}");
    assert!(text.contains("Mitglied eines Pilotteams"), "{text}");
    let out = cli(&path, &["ladder"]);
    assert!(stdout(&out).contains("Stufe 3 Gipfel (70.000–90.000 €/Jahr)"));
}

fn with_talents(input: EmployeeInput, interest: i32, communication: i32) -> EmployeeInput {
    EmployeeInput {
        technical_interest: interest,
        communication,
        ..input
    }
}

#[test]
fn fit_ranks_by_profile_coverage_weighted_by_interest_and_communication() {
    let db = company();
    let it = department(&db, "IT");
    let steward = role(&db, "Data Steward");
    let add = |number: &str, name: &str, interest: i32, communication: i32| {
        crate::support::add(
            &db,
            &with_talents(
                crate::support::input(number, name, it),
                interest,
                communication,
            ),
        )
        .id
    };
    // Data Steward: S1 3, D1 3, D2 2, D3 2 (10 levels).
    let full = add("1", "Volle Abdeckung", 0, 0);
    let half = add("2", "Halbe Abdeckung", 3, 3);
    let none = add("3", "Keine Abdeckung", 3, 3);
    for (code, level) in [("S1", 3), ("D1", 3), ("D2", 2), ("D3", 2)] {
        assess(&db, full, competency(&db, code), level, "2026-01-01");
    }
    for (code, level) in [("S1", 3), ("D2", 2)] {
        assess(&db, half, competency(&db, code), level, "2026-01-01");
    }
    // Above the target is capped: a 3 where 2 is asked adds nothing extra.
    assess(&db, none, competency(&db, "G1"), 3, "2026-01-01");
    let path = sql(
        &db,
        "INSERT INTO learning_path (name, role_id, position) VALUES ('Datenpfad', ?1, 99)",
        [steward],
    ) as u32;

    let result = db.read(|c| fit::role_fit(c, steward)).unwrap();
    assert_eq!(result.recommendation, Recommendation::Train);
    assert_eq!(
        result
            .candidates
            .iter()
            .map(|c| (c.employee_id, c.coverage, c.score))
            .collect::<Vec<_>>(),
        vec![(full, 100, 70)],
        "only who reaches the threshold ({FIT_THRESHOLD}) is named to train"
    );
    assert_eq!(result.suggested_path.map(|p| p.id), Some(path));

    // Raise the half-covered person: interest and communication lift them past the other.
    assess(&db, half, competency(&db, "D1"), 2, "2026-02-01");
    let result = db.read(|c| fit::role_fit(c, steward)).unwrap();
    let ranked: Vec<u32> = result.candidates.iter().map(|c| c.employee_id).collect();
    assert_eq!(ranked, vec![half, full], "{:?}", result.candidates);
    let h = &result.candidates[0];
    assert_eq!((h.coverage, h.score), (70, 79));
    assert_eq!(
        h.gaps
            .iter()
            .map(|g| (g.code.as_str(), g.level, g.required))
            .collect::<Vec<_>>(),
        vec![("D1", Some(2), 3), ("D3", None, 2)],
        "the gaps to train"
    );
}

#[test]
fn fit_recommends_hiring_when_nobody_reaches_the_threshold() {
    let db = company();
    let it = department(&db, "IT");
    let trainer = role(&db, "KI-Trainer");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    assess(&db, anna, competency(&db, "G1"), 3, "2026-01-01");
    let result = db.read(|c| fit::role_fit(c, trainer)).unwrap();
    assert_eq!(result.recommendation, Recommendation::Hire);
    assert_eq!(
        result
            .candidates
            .iter()
            .map(|c| c.employee_id)
            .collect::<Vec<_>>(),
        vec![anna, bert],
        "the closest are still shown, best first"
    );
    assert!(result.candidates.iter().all(|c| !c.fits));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.db");
    let file = Db::open(&path).unwrap();
    file.write(|tx| company::create(tx, COMPANY, Language::De, today()))
        .unwrap();
    drop(file);
    let out = cli(&path, &["fit", "--role", "ki-trainer"]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        stdout(&out).contains("Empfehlung: einstellen"),
        "{}",
        stdout(&out)
    );
    let out = cli(&path, &["fit", "--role", "ki-trainer", "--format", "csv"]);
    assert_eq!(
        stdout(&out).lines().nth(1),
        Some("KI-Trainer;einstellen;;;;;;;;"),
        "no one to rank: just the advice"
    );
    let out = cli(&path, &["fit", "--role", "Raumfahrt"]);
    assert!(!out.status.success(), "an unknown role is an error");
}

/// The parts of a readiness a list shows, to compare with values worked out by hand.
type Row = (
    String,
    Option<u32>,
    Option<u32>,
    Option<u8>,
    u32,
    u32,
    Vec<Missing>,
);

fn row(r: &Readiness) -> Row {
    (
        r.name.clone(),
        r.stage.as_ref().map(|s| s.id),
        r.next.as_ref().map(|s| s.id),
        r.percent,
        r.met,
        r.total,
        r.missing.clone(),
    )
}

#[test]
fn readiness_for_many_people_is_what_each_persons_data_says() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let sales = department(&db, "Vertrieb");
    let g2 = competency(&db, "G2");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    let cora = employee(&db, "1003", "Cora Conrad", it).id;
    let dora = employee(&db, "1004", "Dora Dahl", it).id;
    let emil = employee(&db, "1005", "Emil Ernst", it).id;
    let fritz = employee(&db, "2001", "Fritz Fuchs", sales).id;
    // Anna: stage 1, G2 at the minimum, nothing else.
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    assess(&db, anna, g2, 2, "2026-02-01");
    // Bert: no stage: the first stage, without requirements, is next.
    // Cora: stage 1, G2 too low, maturity 2.4, the path done, in a running pilot's team.
    set_stage(&db, cora, Some(l.first), "2026-01-01");
    assess(&db, cora, g2, 1, "2026-02-01");
    rate_maturity(&db, cora, "2026-03-01", [2, 2, 2, 3, 3]);
    complete(&db, cora, l.modules[0], "2026-04-01");
    complete(&db, cora, l.modules[1], "2026-04-02");
    into_team(&db, cora);
    // Dora: on the top stage.
    set_stage(&db, dora, Some(l.top), "2026-01-01");
    // Emil has left: not listed. Fritz is in another department, mentoring Anna.
    set_stage(&db, emil, Some(l.first), "2026-01-01");
    db.write(|tx| people::archive_employee(tx, emil, today()))
        .unwrap();
    pair(&db, fritz, anna, "2026-01-01", None);

    let g2_missing = |level| Missing::Competency {
        code: "G2".into(),
        name: "Prompt Engineering".into(),
        level,
        required: 2,
    };
    let path_missing = || Missing::LearningPath {
        name: "Testpfad".into(),
    };
    let all: Vec<Row> = db
        .read(|c| ladder::readiness_all(c, today(), Some(it)))
        .unwrap()
        .iter()
        .map(row)
        .collect();
    assert_eq!(
        all,
        vec![
            (
                "Anna Adler".into(),
                Some(l.first),
                Some(l.second),
                Some(20),
                1,
                5,
                vec![
                    Missing::Maturity {
                        index: None,
                        required: 2.0
                    },
                    path_missing(),
                    Missing::PilotTeam,
                    Missing::Mentoring
                ]
            ),
            (
                "Bert Brandt".into(),
                None,
                Some(l.first),
                Some(100),
                0,
                0,
                vec![]
            ),
            (
                "Cora Conrad".into(),
                Some(l.first),
                Some(l.second),
                Some(60),
                3,
                5,
                vec![g2_missing(Some(1)), Missing::Mentoring]
            ),
            ("Dora Dahl".into(), Some(l.top), None, None, 0, 0, vec![]),
        ],
        "IT's active people by name, each as worked out by hand"
    );
    let everyone = db
        .read(|c| ladder::readiness_all(c, today(), None))
        .unwrap();
    assert_eq!(
        everyone.iter().map(|r| r.employee_id).collect::<Vec<_>>(),
        vec![anna, bert, cora, dora, fritz],
        "every active person, department by department"
    );
    let f = &everyone[4];
    assert_eq!(
        (f.next.as_ref().map(|s| s.id), f.percent, f.total),
        (Some(l.first), Some(100), 0)
    );
    assert_eq!(
        row(&readiness(&db, emil)),
        (
            "Emil Ernst".into(),
            Some(l.first),
            Some(l.second),
            Some(0),
            0,
            5,
            vec![
                g2_missing(None),
                Missing::Maturity {
                    index: None,
                    required: 2.0
                },
                path_missing(),
                Missing::PilotTeam,
                Missing::Mentoring
            ]
        ),
        "a leaver's own page still shows their readiness"
    );
}

#[test]
fn retired_requirements_are_listed_but_not_counted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("firma.db");
    let db = Db::open(&file).unwrap();
    db.write(|tx| company::create(tx, COMPANY, Language::De, today()))
        .unwrap();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    set_stage(&db, bert, Some(l.first), "2026-01-01");
    // Everything but G2.
    rate_maturity(&db, anna, "2026-02-01", [2, 2, 2, 2, 2]);
    complete(&db, anna, l.modules[0], "2026-03-01");
    complete(&db, anna, l.modules[1], "2026-03-01");
    into_team(&db, anna);
    pair(&db, anna, bert, "2026-01-01", None);
    let r = readiness(&db, anna);
    assert_eq!((r.percent, r.met, r.total), (Some(80), 4, 5));

    let g2 = competency(&db, "G2");
    let removal = db
        .write(|tx| framework::delete_competency(tx, g2, today()))
        .unwrap();
    assert_eq!(removal, framework::Removal::Retired);
    let r = readiness(&db, anna);
    assert_eq!(
        (r.percent, r.met, r.total),
        (Some(100), 4, 4),
        "a requirement nobody can meet any more is left out: {:?}",
        r.missing
    );
    assert!(r.missing.is_empty());
    let stage = db.read(|c| ladder::stage(c, l.second)).unwrap();
    assert_eq!(
        stage
            .requirements
            .iter()
            .map(|r| r.retired)
            .collect::<Vec<_>>(),
        [true, false, false, false, false],
        "still on the stage, marked as retired"
    );

    // A retired learning path, and a competency whose pillar is retired, are left out too.
    db.write(|tx| {
        tx.execute("UPDATE learning_path SET retired_on = '2026-10-01'", [])?;
        Ok(())
    })
    .unwrap();
    let r = readiness(&db, bert);
    assert_eq!((r.met, r.total), (0, 3), "{:?}", r.missing);
    assert!(!r.missing.contains(&Missing::LearningPath {
        name: "Testpfad".into()
    }));
    let a1 = competency(&db, "A1");
    db.write(|tx| {
        ladder::add_requirement(
            tx,
            l.top,
            &RequirementInput::Competency {
                competency_id: a1,
                min_level: 1,
            },
        )?;
        tx.execute(
            "UPDATE pillar SET retired_on = '2026-10-01'
             WHERE id = (SELECT pillar_id FROM competency WHERE id = ?1)",
            [a1],
        )?;
        Ok(())
    })
    .unwrap();
    let top = db.read(|c| ladder::stage(c, l.top)).unwrap();
    assert!(top.requirements.iter().all(|r| r.retired));
    drop(db);

    let out = cli(&file, &["ladder"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    assert!(
        text.contains("G2 Prompt Engineering: mindestens Stufe 2 (stillgelegt)"),
        "{text}"
    );
    assert!(
        text.contains("Lernpfad „Testpfad“ abgeschlossen (stillgelegt)"),
        "{text}"
    );
    assert_eq!(
        text.matches("(stillgelegt)").count(),
        3,
        "G2, the path and A1 are marked, the rest not: {text}"
    );
}

#[test]
fn a_learning_path_without_active_modules_is_met() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    let path = Missing::LearningPath {
        name: "Testpfad".into(),
    };
    assert!(readiness(&db, anna).missing.contains(&path));
    db.write(|tx| {
        tx.execute(
            "UPDATE learning_module SET retired_on = '2026-10-01' WHERE retired_on IS NULL",
            [],
        )?;
        Ok(())
    })
    .unwrap();
    let r = readiness(&db, anna);
    assert!(
        !r.missing.contains(&path),
        "nothing left to complete, though nobody completed anything: {:?}",
        r.missing
    );
    assert_eq!((r.met, r.total), (1, 5));
    assert!(
        readiness_on(&db, anna, "2026-09-30")
            .missing
            .contains(&path),
        "before the modules were retired, they were needed"
    );
}

#[test]
fn a_module_completed_twice_counts_once() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    let path = Missing::LearningPath {
        name: "Testpfad".into(),
    };
    complete(&db, anna, l.modules[0], "2026-02-01");
    complete(&db, anna, l.modules[0], "2026-03-01");
    assert!(
        readiness(&db, anna).missing.contains(&path),
        "one module twice is not two modules"
    );
    complete(&db, anna, l.modules[1], "2026-04-01");
    assert!(!readiness(&db, anna).missing.contains(&path));
    assert!(
        readiness_on(&db, anna, "2026-03-31")
            .missing
            .contains(&path),
        "a completion after the day does not count"
    );
}

#[test]
fn levels_are_the_latest_assessment_up_to_the_day() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    let g2 = competency(&db, "G2");
    assess(&db, anna, g2, 3, "2026-02-01");
    assess(&db, anna, g2, 1, "2026-06-01");
    let g2_missing = |level| Missing::Competency {
        code: "G2".into(),
        name: "Prompt Engineering".into(),
        level,
        required: 2,
    };
    assert!(readiness_on(&db, anna, "2026-01-31")
        .missing
        .contains(&g2_missing(None)));
    assert!(
        !readiness_on(&db, anna, "2026-05-31")
            .missing
            .iter()
            .any(|m| matches!(m, Missing::Competency { .. })),
        "level 3 held until the next assessment"
    );
    assert!(readiness_on(&db, anna, "2026-06-01")
        .missing
        .contains(&g2_missing(Some(1))));
    assert!(readiness(&db, anna).missing.contains(&g2_missing(Some(1))));
    // The whole list agrees.
    let all = db
        .read(|c| ladder::readiness_all(c, crate::support::date("2026-05-31"), None))
        .unwrap();
    let a = all.iter().find(|r| r.employee_id == anna).unwrap();
    assert!(!a.missing.contains(&g2_missing(Some(1))));
}

#[test]
fn a_pilot_team_counts_only_while_its_pilot_runs_scales_or_completed() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    set_stage(&db, bert, Some(l.first), "2026-01-01");
    let team = |who: u32, day: &str| {
        !readiness_on(&db, who, day)
            .missing
            .contains(&Missing::PilotTeam)
    };

    let idea = into_pilot(&db, anna, PilotStatus::Idea, "2026-02-01");
    assert!(
        !team(anna, "2026-11-22"),
        "an idea is no evidence from practice"
    );
    let status = |id: u32, status: PilotStatus, on: &str, reason: &str| {
        db.write(|tx| pilots::set_status(tx, id, status, on, reason))
            .expect("the status changes");
    };
    status(idea, PilotStatus::Evaluation, "2026-03-01", "");
    assert!(!team(anna, "2026-03-15"), "nor is an evaluation");
    status(idea, PilotStatus::Running, "2026-04-01", "");
    assert!(!team(anna, "2026-03-31"));
    assert!(team(anna, "2026-04-01"), "from the day it runs");
    status(idea, PilotStatus::Scaling, "2026-06-01", "");
    assert!(team(anna, "2026-07-01"));
    status(idea, PilotStatus::Stopped, "2026-08-01", "kein Nutzen");
    assert!(
        !team(anna, "2026-08-01"),
        "a stopped pilot no longer counts"
    );
    assert!(team(anna, "2026-07-31"), "but it did before it stopped");

    let done = into_pilot(&db, bert, PilotStatus::Running, "2026-02-01");
    status(done, PilotStatus::Completed, "2026-05-01", "");
    assert!(team(bert, "2026-11-22"), "a completed pilot is evidence");
    assert!(
        !team(bert, "2026-01-31"),
        "not before the pilot was recorded"
    );
}

#[test]
fn a_mentor_counts_only_with_a_mentee_employed_on_the_day() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let bert = employee(&db, "1002", "Bert Brandt", it).id;
    set_stage(&db, anna, Some(l.first), "2026-01-01");
    pair(&db, anna, bert, "2026-03-01", None);
    let mentors = |day: &str| {
        !readiness_on(&db, anna, day)
            .missing
            .contains(&Missing::Mentoring)
    };
    assert!(!mentors("2026-02-28"), "not before the pair started");
    assert!(mentors("2026-03-01"));
    db.write(|tx| people::archive_employee(tx, bert, today()))
        .unwrap();
    assert!(
        !mentors(&today().to_string()),
        "the mentee has left: nobody to mentor"
    );
    assert!(mentors("2026-11-21"), "the day before, he was still there");
}

#[test]
fn a_stage_is_recorded_on_a_work_day_not_after_today() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    refused_as(
        &db,
        Field::Date,
        Problem::OutOfRange {
            min: 2000,
            max: 2100,
        },
        "a stage from a year outside the company's work",
        |tx| ladder::set_stage(tx, anna, Some(l.first), "1999-12-31", today()),
    );
    refused_as(
        &db,
        Field::Date,
        Problem::NotADate,
        "a stage from no date",
        |tx| ladder::set_stage(tx, anna, Some(l.first), "31.12.2025", today()),
    );
    refused_as(
        &db,
        Field::Date,
        Problem::NotAllowed,
        "a stage from tomorrow: a stage is recorded when it is granted",
        |tx| ladder::set_stage(tx, anna, Some(l.first), "2026-11-23", today()),
    );
    set_stage(&db, anna, Some(l.first), "2026-11-22");
    refused_as(
        &db,
        Field::Date,
        Problem::NotAllowed,
        "a change before the latest entry",
        |tx| ladder::set_stage(tx, anna, Some(l.second), "2026-11-21", today()),
    );
    set_stage(&db, anna, Some(l.second), "2026-11-22");
    assert_eq!(readiness(&db, anna).stage.map(|s| s.id), Some(l.second));
}

#[test]
fn the_file_refuses_a_second_requirement_of_a_kind_in_a_stage() {
    let db = company();
    let l = ladder_of_each_kind(&db);
    let g2 = competency(&db, "G2");
    for (what, statement) in [
        (
            "a second maturity minimum",
            "INSERT INTO stage_requirement (stage_id, kind, min_maturity) VALUES (?1, 'maturity', 1.5)",
        ),
        (
            "a second pilot-team requirement",
            "INSERT INTO stage_requirement (stage_id, kind) VALUES (?1, 'pilotTeam')",
        ),
        (
            "a second mentoring requirement",
            "INSERT INTO stage_requirement (stage_id, kind) VALUES (?1, 'mentoring')",
        ),
    ] {
        let result = db.write(|tx| Ok(tx.execute(statement, [l.second])?));
        assert!(result.is_err(), "{what} is refused by the file");
    }
    let result = db.write(|tx| {
        Ok(tx.execute(
            "INSERT INTO stage_requirement (stage_id, kind, competency_id, min_level)
             VALUES (?1, 'competency', ?2, 3)",
            params![l.second, g2],
        )?)
    });
    assert!(
        result.is_err(),
        "the same competency twice is refused by the file"
    );
    // Another competency, or the same on another stage, is fine.
    let g1 = competency(&db, "G1");
    db.write(|tx| {
        ladder::add_requirement(
            tx,
            l.second,
            &RequirementInput::Competency {
                competency_id: g1,
                min_level: 1,
            },
        )?;
        ladder::add_requirement(tx, l.top, &RequirementInput::PilotTeam)?;
        ladder::add_requirement(tx, l.top, &RequirementInput::Mentoring)
    })
    .expect("other requirements are accepted");
    refused_as(
        &db,
        Field::Stage,
        Problem::Taken,
        "the program still answers with a typed error",
        |tx| ladder::add_requirement(tx, l.second, &RequirementInput::PilotTeam),
    );
}

#[test]
fn fit_answers_no_profile_for_a_role_without_active_targets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.db");
    let db = Db::open(&path).unwrap();
    db.write(|tx| company::create(tx, COMPANY, Language::De, today()))
        .unwrap();
    let it = department(&db, "IT");
    let anna = employee(&db, "1001", "Anna Adler", it).id;
    let d4 = competency(&db, "D4");
    assess(&db, anna, d4, 3, "2026-01-01");
    let (fresh, narrow) = db
        .write(|tx| {
            let fresh = framework::create_role(
                tx,
                &framework::RoleInput {
                    name: "Neue Rolle".into(),
                    description: String::new(),
                    targets: vec![],
                },
            )?;
            let narrow = framework::create_role(
                tx,
                &framework::RoleInput {
                    name: "Schmale Rolle".into(),
                    description: String::new(),
                    targets: vec![framework::RoleTarget {
                        competency_id: d4,
                        min_level: 2,
                    }],
                },
            )?;
            Ok((fresh.id, narrow.id))
        })
        .unwrap();
    let result = db.read(|c| fit::role_fit(c, fresh)).unwrap();
    assert_eq!(result.recommendation, Recommendation::NoProfile);
    assert!(result.candidates.is_empty(), "nobody to train for nothing");
    let result = db.read(|c| fit::role_fit(c, narrow)).unwrap();
    assert_eq!(
        result.recommendation,
        Recommendation::Train,
        "Anna covers D4"
    );
    assert_eq!(
        db.write(|tx| framework::delete_competency(tx, d4, today()))
            .unwrap(),
        framework::Removal::Retired
    );
    let result = db.read(|c| fit::role_fit(c, narrow)).unwrap();
    assert_eq!(
        (result.recommendation, result.candidates.len()),
        (Recommendation::NoProfile, 0),
        "every target retired: no profile left"
    );
    drop(db);

    let out = cli(&path, &["fit", "--role", "neue rolle"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    assert!(text.contains("kein Zielprofil"), "{text}");
    assert!(!text.contains("schulen"), "{text}");
    let out = cli(&path, &["fit", "--role", "Neue Rolle", "--format", "csv"]);
    assert_eq!(
        stdout(&out).lines().nth(1),
        Some("Neue Rolle;kein Zielprofil;;;;;;;;")
    );
    assert!(talentwerk_core::texts::fit_no_profile(Language::En).contains("no target profile"));
}

#[test]
fn the_demo_gives_plausible_stages() {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| talentwerk_core::demo::create(tx, 140, Language::De, today()))
        .unwrap();
    let all = db
        .read(|c| ladder::readiness_all(c, today(), None))
        .unwrap();
    let at = |position: Option<u32>| {
        all.iter()
            .filter(|r| r.stage.as_ref().map(|s| s.position) == position)
            .count()
    };
    let (none, first, second, third) = (at(None), at(Some(1)), at(Some(2)), at(Some(3)));
    assert!(none + first > all.len() / 2, "most people none or stage 1");
    assert!(second >= 3, "some at stage 2: {second}");
    assert!((1..=2).contains(&third), "one or two at stage 3: {third}");
    assert!(all
        .iter()
        .all(|r| r.stage.is_none() || r.stage_since.is_some()));
}

#[test]
fn a_company_from_before_the_ladder_gets_the_default_paths_and_stages_when_opened() {
    use talentwerk_core::Db;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alt.db");
    {
        // A file as version 5 left it: a company with its framework, no paths, no ladder.
        let db = Db::open(&path).unwrap();
        db.write(|tx| {
            talentwerk_core::company::create(
                tx,
                "Alt GmbH",
                talentwerk_core::company::Language::De,
                crate::support::today(),
            )
        })
        .unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE employee_stage; DROP TABLE stage_requirement; DROP TABLE ladder_stage;
             DROP TABLE mentoring_checkin; DROP TABLE mentoring_pair;
             DROP TABLE module_completion; DROP TABLE enrolment; DROP TABLE learning_module;
             DROP TABLE learning_path; DROP TABLE maturity_assessment;
             ALTER TABLE company DROP COLUMN defaults_version;
             PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    let db = Db::open_existing(&path).unwrap();
    let stages = db.read(ladder::stages).unwrap();
    assert_eq!(
        stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["KI-Anwender", "KI-Spezialist", "KI-Experte"]
    );
    let paths = db.read(talentwerk_core::learning::paths).unwrap();
    assert_eq!(paths.len(), 3, "Basis-Nutzer, Power-User, KI-Champions");
    let ladder_csv = stdout(&cli(&path, &["ladder", "--format", "csv"]));
    assert!(
        ladder_csv.contains("Basis-Nutzer"),
        "stage 1 names its path: {ladder_csv}"
    );
}

#[test]
fn a_competency_a_stage_requires_is_retired_not_deleted() {
    let db = company();
    let g1 = crate::support::competency(&db, "G1");
    let stage = db.read(ladder::stages).unwrap()[0].id;
    let before = db
        .read(|c| ladder::stage(c, stage))
        .unwrap()
        .requirements
        .len();
    let removal = db
        .write(|tx| talentwerk_core::framework::delete_competency(tx, g1, crate::support::today()))
        .unwrap();
    assert_eq!(removal, talentwerk_core::framework::Removal::Retired);
    assert_eq!(
        db.read(|c| ladder::stage(c, stage))
            .unwrap()
            .requirements
            .len(),
        before,
        "the stage's criteria stay as they were written"
    );
}
