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
        p.priority(),
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
