//! Pilotprojekte and the KPIs computed from their dated histories, as of any day.

use crate::support::{
    add, assert_invalid, cli, company, date, department, input, refused, refused_as, stderr, stdout,
};
use talentwerk_core::error::{Entity, Error, Field, Problem};
use talentwerk_core::kpi;
use talentwerk_core::people::{self, AiUsage};
use talentwerk_core::pilots::{self, CostKind, NewPilot, PilotStatus};
use talentwerk_core::Db;

fn new_pilot(db: &Db, title: &str, status: PilotStatus, on: &str) -> u32 {
    db.write(|tx| {
        pilots::add(
            tx,
            &NewPilot {
                title: title.into(),
                department_id: None,
                status,
                on: on.into(),
            },
        )
    })
    .expect("a valid use case is recorded")
    .id
}

fn measured(db: &Db, id: u32, hours: f64, on: &str) {
    db.write(|tx| pilots::record_measured_hours(tx, id, hours, on))
        .expect("a valid measurement is recorded");
}

fn status(db: &Db, id: u32, status: PilotStatus, on: &str) {
    db.write(|tx| pilots::set_status(tx, id, status, on, "Grund"))
        .expect("a valid status change is recorded");
}

fn kpis(db: &Db, day: &str) -> kpi::Kpis {
    db.read(|c| kpi::as_of(c, date(day))).expect("KPIs compute")
}

#[test]
fn the_seed_example_saves_13_hours_a_week_and_35880_euros_a_year() {
    let db = company();
    for (title, hours) in [
        ("Angebotserstellung", 6.0),
        ("Kundenkommunikation", 4.0),
        ("Dokumentation", 3.0),
    ] {
        let id = new_pilot(&db, title, PilotStatus::Running, "2026-03-01");
        measured(&db, id, hours, "2026-04-01");
    }
    let k = kpis(&db, "2026-06-30");
    assert_eq!(k.hours_per_week, 13.0, "6 + 4 + 3 hours per week");
    assert_eq!(
        k.euros_per_year, 35_880.0,
        "13 h × 46 weeks × 60 €/h, the company's defaults"
    );
}

#[test]
fn as_of_a_day_before_any_pilot_everything_is_zero() {
    let db = company();
    let id = new_pilot(
        &db,
        "Angebotserstellung",
        PilotStatus::Running,
        "2026-03-01",
    );
    measured(&db, id, 6.0, "2026-03-01");
    db.write(|tx| pilots::add_cost(tx, id, CostKind::Once, 2_000.0, "2026-03-01"))
        .unwrap();
    let k = kpis(&db, "2026-02-28");
    assert_eq!(k.hours_per_week, 0.0);
    assert_eq!(k.euros_per_year, 0.0);
    assert_eq!(k.investment_to_date, 0.0);
    assert_eq!(k.savings_to_date, 0.0);
    assert_eq!(k.roi_percent, None, "no investment, no ROI");
    assert!(
        k.by_status.iter().all(|c| c.count == 0),
        "no use case existed yet"
    );
}

#[test]
fn only_running_scaling_and_finished_pilots_save_time_on_the_day() {
    let db = company();
    let idea = new_pilot(&db, "Nur eine Idee", PilotStatus::Idea, "2026-01-01");
    measured(&db, idea, 9.0, "2026-01-02");
    let stopped = new_pilot(&db, "Gestoppt", PilotStatus::Running, "2026-01-01");
    measured(&db, stopped, 5.0, "2026-01-02");
    db.write(|tx| {
        pilots::set_status(
            tx,
            stopped,
            PilotStatus::Stopped,
            "2026-03-01",
            "Datenschutz",
        )
    })
    .unwrap();
    let scaling = new_pilot(&db, "Skaliert", PilotStatus::Evaluation, "2026-01-01");
    measured(&db, scaling, 2.0, "2026-01-02");
    status(&db, scaling, PilotStatus::Running, "2026-02-01");
    status(&db, scaling, PilotStatus::Scaling, "2026-04-01");
    let done = new_pilot(&db, "Fertig", PilotStatus::Running, "2026-01-01");
    measured(&db, done, 1.5, "2026-01-02");
    status(&db, done, PilotStatus::Completed, "2026-02-15");

    assert_eq!(
        kpis(&db, "2026-01-15").hours_per_week,
        5.0 + 1.5,
        "in January: the running ones, not the idea nor the one still in evaluation"
    );
    assert_eq!(
        kpis(&db, "2026-05-01").hours_per_week,
        2.0 + 1.5,
        "in May: the stopped pilot no longer counts; scaling and finished ones do"
    );
    let by_status = kpis(&db, "2026-05-01").by_status;
    let count = |s: PilotStatus| by_status.iter().find(|c| c.status == s).unwrap().count;
    assert_eq!(
        (
            count(PilotStatus::Idea),
            count(PilotStatus::Scaling),
            count(PilotStatus::Completed),
            count(PilotStatus::Stopped)
        ),
        (1, 1, 1, 1)
    );
}

#[test]
fn savings_and_investment_accumulate_from_their_dates() {
    let db = company();
    let id = new_pilot(&db, "Angebote", PilotStatus::Running, "2026-01-01");
    measured(&db, id, 5.0, "2026-01-01");
    db.write(|tx| {
        pilots::add_cost(tx, id, CostKind::Once, 1_000.0, "2026-01-15")?;
        pilots::add_cost(tx, id, CostKind::Monthly, 100.0, "2026-02-10")
    })
    .unwrap();
    let january = kpis(&db, "2026-01-31");
    let expected = 5.0 * 31.0 * 46.0 / 365.0 * 60.0;
    assert!(
        (january.savings_to_date - expected).abs() < 1e-6,
        "31 days at 5 h/week, worked weeks only: {} ≠ {expected}",
        january.savings_to_date
    );
    assert_eq!(january.investment_to_date, 1_000.0);
    let april = kpis(&db, "2026-04-01");
    assert_eq!(
        april.investment_to_date, 1_300.0,
        "1,000 € once and 100 € for each month begun: February, March, April"
    );
    let roi = april.roi_percent.expect("there is an investment");
    let expected_roi = (april.savings_to_date - 1_300.0) * 100.0 / 1_300.0;
    assert!((roi - expected_roi).abs() < 1e-9);

    // A newer monthly amount replaces the old one from its month on; 0 ends it.
    db.write(|tx| pilots::add_cost(tx, id, CostKind::Monthly, 0.0, "2026-05-03"))
        .unwrap();
    assert_eq!(
        kpis(&db, "2026-12-31").investment_to_date,
        1_300.0,
        "February to April at 100 €, nothing from May on"
    );
}

#[test]
fn the_usage_rate_counts_people_as_of_the_day_and_hides_small_groups() {
    let db = company();
    let dept = department(&db, "Vertrieb");
    let mut ids = Vec::new();
    for n in 0..4 {
        ids.push(add(&db, &input(&format!("P{n}"), &format!("Person {n}"), dept)).id);
    }
    let regular = |id: u32, on: &str| {
        db.write(|tx| people::record_ai_usage(tx, id, AiUsage::Regular, date(on)))
            .unwrap()
    };
    regular(ids[0], "2026-02-01");
    assert_eq!(
        kpis(&db, "2026-06-01").usage_rate,
        None,
        "four people are too few to show a share"
    );
    for n in 4..10 {
        ids.push(add(&db, &input(&format!("P{n}"), &format!("Person {n}"), dept)).id);
    }
    regular(ids[1], "2026-03-01");
    regular(ids[2], "2026-05-01");
    let june = kpis(&db, "2026-06-01");
    assert_eq!((june.active_employees, june.regular_users), (10, 3));
    assert_eq!(june.usage_rate, Some(30.0));
    assert_eq!(
        kpis(&db, "2026-04-01").regular_users,
        2,
        "as of April the third person did not use AI regularly yet"
    );
    db.write(|tx| people::archive_employee(tx, ids[0], date("2026-07-01")))
        .unwrap();
    let august = kpis(&db, "2026-08-01");
    assert_eq!(
        (august.active_employees, august.regular_users),
        (9, 2),
        "a leaver counts no longer"
    );
    assert_eq!(
        kpis(&db, "2026-06-15").active_employees,
        10,
        "before leaving they counted"
    );
}

#[test]
fn the_trend_has_twelve_month_ends_up_to_the_day() {
    let db = company();
    let id = new_pilot(&db, "Angebote", PilotStatus::Running, "2026-03-01");
    measured(&db, id, 6.0, "2026-03-10");
    let trend = db.read(|c| kpi::trend(c, date("2026-11-22"))).unwrap();
    let days: Vec<&str> = trend.iter().map(|k| k.as_of.as_str()).collect();
    assert_eq!(days.len(), 12);
    assert_eq!(days[0], "2025-12-31");
    assert_eq!(days[2], "2026-02-28");
    assert_eq!(days[11], "2026-11-22", "the last point is the day itself");
    let hours: Vec<f64> = trend.iter().map(|k| k.hours_per_week).collect();
    assert_eq!(&hours[..3], &[0.0, 0.0, 0.0], "nothing before March");
    assert!(
        hours[3..].iter().all(|h| *h == 6.0),
        "6 h/week from March on"
    );
}

#[test]
fn priority_comes_from_benefit_risk_and_measurability() {
    let db = company();
    let id = new_pilot(&db, "Angebote", PilotStatus::Evaluation, "2026-03-01");
    let p = db.write(|tx| pilots::set_scores(tx, id, 5, 1, 4)).unwrap();
    assert_eq!(
        p.priority,
        Some(5 + 4 + 5),
        "high benefit, low risk, measurable"
    );
    let listed = db.read(pilots::list).unwrap();
    assert_eq!(listed[0].benefit, Some(5));
}

#[test]
fn bad_input_is_refused_and_writes_nothing() {
    let db = company();
    let id = new_pilot(&db, "Angebote", PilotStatus::Idea, "2026-03-01");
    let named = |title: &str, department_id, status, on: &str| NewPilot {
        title: title.into(),
        department_id,
        status,
        on: on.into(),
    };
    refused_as(&db, Field::Title, Problem::Empty, "an empty title", |tx| {
        pilots::add(tx, &named("  ", None, PilotStatus::Idea, "2026-03-01"))
    });
    refused_as(
        &db,
        Field::Date,
        Problem::NotADate,
        "a date that is no date",
        |tx| pilots::add(tx, &named("X", None, PilotStatus::Idea, "2026-02-30")),
    );
    refused_as(
        &db,
        Field::Department,
        Problem::Unknown,
        "an unknown department",
        |tx| pilots::add(tx, &named("X", Some(999), PilotStatus::Idea, "2026-03-01")),
    );
    refused_as(
        &db,
        Field::Status,
        Problem::NotAllowed,
        "a use case that starts stopped, without a reason",
        |tx| pilots::add(tx, &named("X", None, PilotStatus::Stopped, "2026-03-01")),
    );
    for (benefit, risk, measurability, field) in [
        (0, 3, 3, Field::Benefit),
        (6, 3, 3, Field::Benefit),
        (3, 0, 3, Field::Risk),
        (3, 3, 9, Field::Measurability),
    ] {
        refused_as(
            &db,
            field,
            Problem::OutOfRange { min: 1, max: 5 },
            "a score outside 1–5",
            |tx| pilots::set_scores(tx, id, benefit, risk, measurability),
        );
    }
    for hours in [-1.0, 169.0, f64::NAN, f64::INFINITY] {
        refused_as(
            &db,
            Field::Hours,
            Problem::OutOfRange { min: 0, max: 168 },
            "hours outside a week",
            |tx| pilots::record_measured_hours(tx, id, hours, "2026-03-02"),
        );
        refused_as(
            &db,
            Field::Hours,
            Problem::OutOfRange { min: 0, max: 168 },
            "planned hours outside a week",
            |tx| pilots::set_planned_hours(tx, id, hours),
        );
    }
    let error = refused(&db, "a negative cost", |tx| {
        pilots::add_cost(tx, id, CostKind::Once, -5.0, "2026-03-02")
    });
    assert!(matches!(
        error,
        Error::Invalid {
            field: Field::Amount,
            ..
        }
    ));
    refused_as(
        &db,
        Field::Reason,
        Problem::Empty,
        "stopping without a reason",
        |tx| pilots::set_status(tx, id, PilotStatus::Stopped, "2026-03-02", " "),
    );
    refused_as(
        &db,
        Field::Date,
        Problem::NotAllowed,
        "a status before the use case was recorded",
        |tx| pilots::set_status(tx, id, PilotStatus::Running, "2026-02-01", ""),
    );
    let error = refused(&db, "an unknown pilot", |tx| {
        pilots::set_status(tx, 999, PilotStatus::Running, "2026-03-02", "")
    });
    assert!(
        matches!(
            error,
            Error::NotFound {
                entity: Entity::Pilot,
                ..
            }
        ),
        "got {error:?}"
    );
    assert_invalid(
        &db.write(|tx| pilots::record_measured_hours(tx, id, 1.0, "gestern"))
            .unwrap_err(),
        Field::Date,
        Problem::NotADate,
        "a measurement without a date",
    );
}

#[test]
fn the_cli_records_pilots_and_reports_the_kpis() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("firma.db");
    assert!(cli(&db, &["init", "--company", "Metallbau GmbH"])
        .status
        .success());
    let mut ids = Vec::new();
    for (title, hours) in [
        ("Angebotserstellung", "6"),
        ("Kundenkommunikation", "4"),
        ("Dokumentation", "3"),
    ] {
        let added = cli(
            &db,
            &[
                "pilot",
                "add",
                "--title",
                title,
                "--status",
                "bewertung",
                "--on",
                "2026-02-01",
            ],
        );
        assert!(added.status.success(), "{}", stderr(&added));
        let id = stdout(&added).trim().to_string();
        assert!(id.parse::<u32>().is_ok(), "prints the new id, got {id}");
        let moved = cli(
            &db,
            &["pilot", "status", &id, "pilot", "--on", "2026-03-01"],
        );
        assert!(moved.status.success(), "{}", stderr(&moved));
        let hours = cli(
            &db,
            &[
                "pilot",
                "hours",
                &id,
                "--measured",
                hours,
                "--on",
                "2026-04-01",
            ],
        );
        assert!(hours.status.success(), "{}", stderr(&hours));
        ids.push(id);
    }
    let cost = cli(
        &db,
        &[
            "pilot",
            "cost",
            &ids[0],
            "--once",
            "1500",
            "--on",
            "2026-03-01",
        ],
    );
    assert!(cost.status.success(), "{}", stderr(&cost));

    let listed = stdout(&cli(&db, &["pilots", "--format", "csv"]));
    assert!(listed.starts_with("ID;Titel;Bereich;Status;"), "{listed}");
    assert_eq!(
        listed.lines().count(),
        4,
        "header and three pilots: {listed}"
    );
    assert!(listed.contains(";Angebotserstellung;;pilot;"), "{listed}");

    let k = stdout(&cli(
        &db,
        &["kpi", "--as-of", "2026-06-30", "--format", "csv"],
    ));
    assert!(k.starts_with("KPI;Wert;Einheit\n"), "{k}");
    assert!(k.contains("Zeitersparnis;13;h/Woche"), "{k}");
    assert!(k.contains("Zeitersparnis in Euro;35880;€/Jahr"), "{k}");
    assert!(k.contains("Investition bisher;1500;€"), "{k}");
    // Nobody rated and nobody paired: the people's figures are there, withheld or zero.
    assert!(k.contains("KI-Reifegrad (Index);–;1–3"), "{k}");
    assert!(k.contains("Wissensteilung ab Stufe 2;–;Personen"), "{k}");
    assert!(k.contains("Aktive Mentoring-Paare;0;Anzahl"), "{k}");
    assert!(
        k.contains("Check-ins in den letzten 30 Tagen;0;Anzahl"),
        "{k}"
    );

    let wrong = cli(&db, &["pilot", "status", &ids[0], "fertig"]);
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("ist kein Status"),
        "{}",
        stderr(&wrong)
    );
    let no_reason = cli(&db, &["pilot", "status", &ids[0], "gestoppt"]);
    assert!(!no_reason.status.success());
    assert!(
        stderr(&no_reason).contains("Begründung darf nicht leer sein"),
        "{}",
        stderr(&no_reason)
    );
    let bad_day = cli(&db, &["kpi", "--as-of", "30.06.2026"]);
    assert!(!bad_day.status.success());
    assert!(
        stderr(&bad_day).contains("kein Datum"),
        "{}",
        stderr(&bad_day)
    );
}

mod team_and_compliance {
    use super::{new_pilot, status};
    use crate::support::{
        add, assess, company, competency, count, department, input, refused, refused_as, role,
        today,
    };
    use talentwerk_core::error::{Field, Problem};
    use talentwerk_core::people::{self, EmployeeInput};
    use talentwerk_core::pilots::compliance::{self, RiskClass, RiskQuestions};
    use talentwerk_core::pilots::team::{self, TeamMember, TeamRole, TeamWarning};
    use talentwerk_core::pilots::{self, PilotStatus, StatusWarning};

    fn member(employee_id: u32, role: TeamRole) -> TeamMember {
        TeamMember { employee_id, role }
    }

    #[test]
    fn a_team_outside_three_to_five_people_is_kept_with_a_warning() {
        let db = company();
        let dept = department(&db, "Vertrieb");
        let people: Vec<u32> = (0..6)
            .map(|n| add(&db, &input(&format!("T{n}"), &format!("Person {n}"), dept)).id)
            .collect();
        let pilot = new_pilot(&db, "Angebote", PilotStatus::Evaluation, "2026-03-01");
        let with = |n: usize| -> Vec<TeamMember> {
            people[..n]
                .iter()
                .map(|id| member(*id, TeamRole::Expert))
                .collect()
        };
        let set = |n: usize| db.write(|tx| team::set_team(tx, pilot, &with(n))).unwrap();
        assert_eq!(set(2), Some(TeamWarning::TooSmall { size: 2, min: 3 }));
        assert_eq!(set(4), None, "four people are a good pilot team");
        assert_eq!(set(6), Some(TeamWarning::TooLarge { size: 6, max: 5 }));
        assert_eq!(count(&db, "pilot_member"), 6, "a warning keeps the team");
    }

    #[test]
    fn a_team_member_must_be_a_current_employee_once() {
        let db = company();
        let dept = department(&db, "Vertrieb");
        let anna = add(&db, &input("1", "Anna", dept)).id;
        let bernd = add(&db, &input("2", "Bernd", dept)).id;
        db.write(|tx| people::archive_employee(tx, bernd, today()))
            .unwrap();
        let pilot = new_pilot(&db, "Angebote", PilotStatus::Evaluation, "2026-03-01");
        db.write(|tx| team::set_team(tx, pilot, &[member(anna, TeamRole::Lead)]))
            .unwrap();
        refused_as(
            &db,
            Field::TeamMember,
            Problem::Unknown,
            "a former employee",
            |tx| team::set_team(tx, pilot, &[member(bernd, TeamRole::Expert)]),
        );
        refused_as(
            &db,
            Field::TeamMember,
            Problem::Unknown,
            "nobody at all",
            |tx| team::set_team(tx, pilot, &[member(999, TeamRole::Expert)]),
        );
        refused_as(
            &db,
            Field::TeamMember,
            Problem::Taken,
            "the same person twice",
            |tx| {
                team::set_team(
                    tx,
                    pilot,
                    &[member(anna, TeamRole::Lead), member(anna, TeamRole::Expert)],
                )
            },
        );
        db.write(|tx| people::erase_employee(tx, anna)).unwrap();
        assert_eq!(
            count(&db, "pilot_member"),
            0,
            "erasing a person removes their memberships"
        );
    }

    #[test]
    fn the_team_shows_levels_in_the_needed_competencies_next_to_role_targets() {
        let db = company();
        let dept = department(&db, "IT");
        let trainer = add(
            &db,
            &EmployeeInput {
                role_id: Some(role(&db, "KI-Trainer")),
                ..input("1", "Tina Trainer", dept)
            },
        )
        .id;
        let newcomer = add(&db, &input("2", "Nils Neu", dept)).id;
        let (g1, s1, d1) = (
            competency(&db, "G1"),
            competency(&db, "S1"),
            competency(&db, "D1"),
        );
        assess(&db, trainer, g1, 2, "2026-02-01");
        let pilot = new_pilot(&db, "Schulungsbot", PilotStatus::Evaluation, "2026-03-01");
        db.write(|tx| {
            team::set_needed_competencies(tx, pilot, &[s1, g1])?;
            team::set_team(
                tx,
                pilot,
                &[
                    member(newcomer, TeamRole::Enthusiast),
                    member(trainer, TeamRole::Lead),
                ],
            )
        })
        .unwrap();
        let view = db.read(|c| team::team(c, pilot)).unwrap();
        assert_eq!(view[0].name, "Tina Trainer", "the lead comes first");
        assert_eq!(view[0].ai_role.as_deref(), Some("KI-Trainer"));
        let codes: Vec<&str> = view[0].levels.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(
            codes,
            ["G1", "S1"],
            "needed competencies in framework order"
        );
        assert_eq!(
            (view[0].levels[0].level, view[0].levels[0].target),
            (Some(2), Some(3)),
            "G1 at 2 where the KI-Trainer role asks for 3"
        );
        assert!(view[0].levels[0].below, "2 is below the target 3");
        assert!(
            view[0].levels[1].below,
            "never assessed in S1 counts as 0 against the role's target"
        );
        assert_eq!(
            (view[1].levels[0].level, view[1].levels[0].target),
            (None, None),
            "never assessed, no role"
        );
        assert!(
            !view[1].levels[0].below,
            "no target, nothing to fall short of"
        );
        refused_as(
            &db,
            Field::Competency,
            Problem::Unknown,
            "an unknown competency",
            |tx| team::set_needed_competencies(tx, pilot, &[d1, 999]),
        );
    }

    #[test]
    fn the_questionnaire_proposes_the_strictest_risk_class() {
        let ask = |prohibited_practice, annex_three_area, interacts_or_generates| {
            compliance::propose(&RiskQuestions {
                prohibited_practice,
                annex_three_area,
                interacts_or_generates,
            })
        };
        assert_eq!(ask(false, false, false), RiskClass::Minimal);
        assert_eq!(ask(false, false, true), RiskClass::Limited);
        assert_eq!(
            ask(false, true, true),
            RiskClass::High,
            "HR decisions are Annex III"
        );
        assert_eq!(ask(true, true, true), RiskClass::Prohibited);
    }

    #[test]
    fn a_risk_class_needs_a_justification() {
        let db = company();
        let pilot = new_pilot(&db, "Bewerberauswahl", PilotStatus::Idea, "2026-03-01");
        refused_as(
            &db,
            Field::Justification,
            Problem::Empty,
            "a class without a reason",
            |tx| compliance::set_risk_class(tx, pilot, RiskClass::High, " "),
        );
        let set = db
            .write(|tx| {
                compliance::set_risk_class(tx, pilot, RiskClass::High, "Anhang III: Beschäftigung")
            })
            .unwrap();
        assert_eq!(set.risk_class, Some(RiskClass::High));
    }

    #[test]
    fn starting_a_pilot_on_staff_data_before_the_works_council_knows_warns() {
        let db = company();
        let start = |pilot: u32, on: &str| {
            db.write(|tx| pilots::set_status(tx, pilot, PilotStatus::Running, on, ""))
                .unwrap()
                .warnings
        };
        let plain = new_pilot(&db, "Angebote", PilotStatus::Evaluation, "2026-03-01");
        assert_eq!(start(plain, "2026-04-01"), [], "no staff data, no warning");

        let staff = new_pilot(&db, "Schichtplanung", PilotStatus::Evaluation, "2026-03-01");
        db.write(|tx| compliance::set_personal_data(tx, staff, "Arbeitszeiten", false))
            .unwrap();
        assert_eq!(
            start(staff, "2026-04-01"),
            [StatusWarning::WorksCouncilNotInformed],
            "§87 (1) Nr. 6 BetrVG"
        );
        db.write(|tx| compliance::set_works_council_informed(tx, staff, Some("2026-04-15")))
            .unwrap();
        status(&db, staff, PilotStatus::Evaluation, "2026-04-02");
        assert_eq!(
            start(staff, "2026-04-10"),
            [StatusWarning::WorksCouncilNotInformed],
            "informed only after that day"
        );
        assert_eq!(start(staff, "2026-04-20"), [], "informed before the start");

        let watch = new_pilot(
            &db,
            "Leistungsmonitor",
            PilotStatus::Evaluation,
            "2026-03-01",
        );
        db.write(|tx| compliance::set_personal_data(tx, watch, "", true))
            .unwrap();
        assert_eq!(
            start(watch, "2026-04-01"),
            [StatusWarning::WorksCouncilNotInformed],
            "a pilot that could monitor employees needs the council too"
        );
        refused(&db, "a date that is no date", |tx| {
            compliance::set_works_council_informed(tx, watch, Some("morgen"))
        });
    }
}

#[test]
fn the_cli_reads_no_time_saved_as_0_not_minus_0() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("firma.db");
    assert!(cli(&db, &["init", "--company", "Beispiel GmbH"])
        .status
        .success());
    for format in ["table", "csv"] {
        let out = stdout(&cli(&db, &["kpi", "--format", format]));
        let line = out
            .lines()
            .find(|l| l.starts_with("Zeitersparnis") && l.contains("h/Woche"))
            .unwrap_or_else(|| panic!("{format}: no hours line in {out}"));
        assert!(
            line.contains('0') && !line.contains("-0"),
            "{format}: {line}"
        );
    }
}

#[test]
fn the_pilots_listing_names_each_confirmed_ai_act_class() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    assert!(cli(&db, &["demo"]).status.success());
    let listed = stdout(&cli(&db, &["pilots", "--format", "csv"]));
    let mut lines = listed.lines();
    assert_eq!(
        lines.next(),
        Some(
            "ID;Titel;Bereich;Status;Nutzen;Risiko;Messbarkeit;Priorität;\
             Geplant h/Woche;Gemessen h/Woche;Risikoklasse"
        )
    );
    let class = |title: &str| {
        listed
            .lines()
            .find(|l| l.split(';').nth(1) == Some(title))
            .and_then(|l| l.split(';').next_back())
            .unwrap_or_else(|| panic!("{title} missing: {listed}"))
            .to_string()
    };
    assert_eq!(class("Angebotserstellung"), "minimal");
    assert_eq!(class("Kundenkommunikation"), "begrenzt");
    assert_eq!(class("Vorauswahl von Bewerbungen"), "hoch");
    assert_eq!(
        class("Eingangsrechnungen vorprüfen"),
        "",
        "not classified yet"
    );
    let table = stdout(&cli(&db, &["pilots"]));
    assert!(table.contains("KI-VO hoch"), "{table}");
}

mod history_and_people_who_left {
    use super::{new_pilot, status};
    use crate::support::{
        add, assess, company, competency, date, department, input, refused_as, role,
    };
    use talentwerk_core::error::{Field, Problem};
    use talentwerk_core::framework;
    use talentwerk_core::people::{self, EmployeeInput};
    use talentwerk_core::pilots::details::{self, DetailsInput};
    use talentwerk_core::pilots::team::{self, TeamMember, TeamRole};
    use talentwerk_core::pilots::{self, PilotStatus};

    #[test]
    fn a_stage_change_dated_before_the_current_stage_began_is_refused() {
        let db = company();
        let id = new_pilot(&db, "Angebote", PilotStatus::Idea, "2026-03-01");
        status(&db, id, PilotStatus::Running, "2026-05-01");
        refused_as(
            &db,
            Field::Date,
            Problem::NotAllowed,
            "scaling dated before the pilot started",
            |tx| pilots::set_status(tx, id, PilotStatus::Scaling, "2026-04-10", ""),
        );
        status(&db, id, PilotStatus::Scaling, "2026-05-01");
        assert_eq!(
            db.read(|c| pilots::pilot(c, id)).unwrap().status,
            PilotStatus::Scaling,
            "the same day as the current stage is fine"
        );
    }

    #[test]
    fn people_who_left_stay_on_a_record_until_the_user_replaces_them() {
        let db = company();
        let dept = department(&db, "Vertrieb");
        let staff: Vec<u32> = (1..=4)
            .map(|i| add(&db, &input(&i.to_string(), &format!("Person {i}"), dept)).id)
            .collect();
        let id = new_pilot(&db, "Angebote", PilotStatus::Running, "2026-03-01");
        let member = |employee_id, role| TeamMember { employee_id, role };
        db.write(|tx| {
            details::set_details(
                tx,
                id,
                &DetailsInput {
                    title: "Angebote".into(),
                    owner_id: Some(staff[0]),
                    ..DetailsInput::default()
                },
            )?;
            team::set_team(
                tx,
                id,
                &[
                    member(staff[0], TeamRole::Lead),
                    member(staff[1], TeamRole::Expert),
                ],
            )
        })
        .unwrap();
        db.write(|tx| people::archive_employee(tx, staff[0], date("2026-06-01")))
            .unwrap();

        // The owner who left may stay while the rest is edited.
        let edited = db
            .write(|tx| {
                details::set_details(
                    tx,
                    id,
                    &DetailsInput {
                        title: "Angebote".into(),
                        owner_id: Some(staff[0]),
                        description: "Standardangebote".into(),
                        ..DetailsInput::default()
                    },
                )
            })
            .unwrap();
        assert_eq!(edited.input.description, "Standardangebote");
        // The member who left does not block a role change or an addition.
        db.write(|tx| {
            team::set_team(
                tx,
                id,
                &[
                    member(staff[0], TeamRole::Lead),
                    member(staff[1], TeamRole::ProcessOwner),
                    member(staff[2], TeamRole::Expert),
                ],
            )
        })
        .unwrap();
        // But nobody who left is newly named.
        db.write(|tx| people::archive_employee(tx, staff[3], date("2026-06-01")))
            .unwrap();
        refused_as(
            &db,
            Field::Owner,
            Problem::Unknown,
            "a new owner who left",
            |tx| {
                details::set_details(
                    tx,
                    id,
                    &DetailsInput {
                        title: "Angebote".into(),
                        owner_id: Some(staff[3]),
                        ..DetailsInput::default()
                    },
                )
            },
        );
        refused_as(
            &db,
            Field::TeamMember,
            Problem::Unknown,
            "a new member who left",
            |tx| team::set_team(tx, id, &[member(staff[3], TeamRole::Expert)]),
        );
    }

    #[test]
    fn a_retired_competency_leaves_the_needed_list_and_the_team_levels() {
        let db = company();
        let dept = department(&db, "IT");
        let person = add(
            &db,
            &EmployeeInput {
                role_id: Some(role(&db, "KI-Trainer")),
                ..input("1", "Tina Trainer", dept)
            },
        )
        .id;
        let (g1, s1) = (competency(&db, "G1"), competency(&db, "S1"));
        assess(&db, person, s1, 1, "2026-02-01");
        let id = new_pilot(&db, "Schulungsbot", PilotStatus::Evaluation, "2026-03-01");
        db.write(|tx| {
            team::set_needed_competencies(tx, id, &[g1, s1])?;
            team::set_team(
                tx,
                id,
                &[TeamMember {
                    employee_id: person,
                    role: TeamRole::Lead,
                }],
            )
        })
        .unwrap();
        // S1 has history, so deleting it retires it.
        db.write(|tx| framework::delete_competency(tx, s1, date("2026-04-01")))
            .unwrap();
        assert_eq!(db.read(|c| team::needed_competencies(c, id)).unwrap(), [g1]);
        let view = db.read(|c| team::team(c, id)).unwrap();
        assert_eq!(
            view[0]
                .levels
                .iter()
                .map(|l| l.competency_id)
                .collect::<Vec<_>>(),
            [g1],
            "the columns and each member's cells agree"
        );
        db.write(|tx| team::set_needed_competencies(tx, id, &[g1]))
            .unwrap();
    }
}
