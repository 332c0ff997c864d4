//! What a use case is about, its goals, milestones and lessons, and the page that shows it.

use crate::support::{add, company, department, input, refused_as, snapshot, today};
use talentwerk_core::error::{Entity, Error, Field, Problem};
use talentwerk_core::people;
use talentwerk_core::pilots::details::{
    self, AiHosting, DetailsInput, GoalInput, Lessons, MilestoneInput,
};
use talentwerk_core::pilots::{self, page, NewPilot, PilotStatus};
use talentwerk_core::Db;

fn new_pilot(db: &Db) -> u32 {
    db.write(|tx| {
        pilots::add(
            tx,
            &NewPilot {
                title: "Angebotserstellung".into(),
                department_id: None,
                status: PilotStatus::Idea,
                on: "2026-03-01".into(),
            },
        )
    })
    .expect("a valid use case is recorded")
    .id
}

fn described(owner_id: Option<u32>) -> DetailsInput {
    DetailsInput {
        title: "Angebote mit KI".into(),
        department_id: None,
        owner_id,
        description: "Entwürfe für Standardangebote".into(),
        pain_point: "Zwei Stunden je Angebot".into(),
        ai_system: "ChatGPT Team".into(),
        ai_vendor: "OpenAI".into(),
        ai_hosting: Some(AiHosting::Cloud),
        planned_start: Some("2026-04-01".into()),
        planned_end: Some("2026-07-31".into()),
    }
}

#[test]
fn the_details_are_kept_with_the_owner_by_name() {
    let db = company();
    let id = new_pilot(&db);
    let sales = department(&db, "Vertrieb");
    let anna = add(&db, &input("P1", "Anna Berg", sales));
    let saved = db
        .write(|tx| details::set_details(tx, id, &described(Some(anna.id))))
        .unwrap();
    assert_eq!(saved.owner.as_deref(), Some("Anna Berg"));
    assert_eq!(saved.input, described(Some(anna.id)));
    assert_eq!(
        db.read(|c| pilots::pilot(c, id)).unwrap().title,
        "Angebote mit KI",
        "the title is the record's"
    );
}

#[test]
fn bad_details_are_refused_at_their_field_and_write_nothing() {
    let db = company();
    let id = new_pilot(&db);
    let sales = department(&db, "Vertrieb");
    let gone = add(&db, &input("P2", "Bernd Alt", sales));
    db.write(|tx| people::archive_employee(tx, gone.id, crate::support::date("2026-05-01")))
        .unwrap();
    let mut end_first = described(None);
    end_first.planned_end = Some("2026-03-31".into());
    refused_as(
        &db,
        Field::PlannedEnd,
        Problem::BeforeStart,
        "an end before the start",
        |tx| details::set_details(tx, id, &end_first),
    );
    let mut no_date = described(None);
    no_date.planned_start = Some("1.4.2026".into());
    refused_as(
        &db,
        Field::PlannedStart,
        Problem::NotADate,
        "a start that is no date",
        |tx| details::set_details(tx, id, &no_date),
    );
    for (owner, what) in [(gone.id, "an archived owner"), (999, "an unknown owner")] {
        refused_as(&db, Field::Owner, Problem::Unknown, what, |tx| {
            details::set_details(tx, id, &described(Some(owner)))
        });
    }
    let mut untitled = described(None);
    untitled.title = " ".into();
    refused_as(&db, Field::Title, Problem::Empty, "an empty title", |tx| {
        details::set_details(tx, id, &untitled)
    });
}

#[test]
fn goals_are_added_changed_and_removed() {
    let db = company();
    let id = new_pilot(&db);
    let goal = |name: &str, baseline, target| GoalInput {
        name: name.into(),
        baseline,
        target,
        unit: "Minuten".into(),
    };
    let first = db
        .write(|tx| details::add_goal(tx, id, &goal("Zeit je Angebot", 120.0, 45.0)))
        .unwrap();
    db.write(|tx| details::add_goal(tx, id, &goal("Rückfragen", 5.0, 2.0)))
        .unwrap();
    let changed = db
        .write(|tx| details::update_goal(tx, first.id, &goal("Zeit je Angebot", 120.0, 30.0)))
        .unwrap();
    assert_eq!(changed.target, 30.0);
    db.write(|tx| details::remove_goal(tx, first.id)).unwrap();
    let goals = db.read(|c| details::goals(c, id)).unwrap();
    assert_eq!(
        goals.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(),
        ["Rückfragen"]
    );

    refused_as(
        &db,
        Field::GoalName,
        Problem::Empty,
        "a nameless goal",
        |tx| details::add_goal(tx, id, &goal("", 1.0, 2.0)),
    );
    refused_as(
        &db,
        Field::Target,
        Problem::OutOfRange {
            min: -1_000_000_000,
            max: 1_000_000_000,
        },
        "a target that is no number",
        |tx| details::add_goal(tx, id, &goal("X", 1.0, f64::NAN)),
    );
    let before = snapshot(&db);
    let error = db
        .write(|tx| details::remove_goal(tx, first.id))
        .unwrap_err();
    assert!(matches!(
        error,
        Error::NotFound {
            entity: Entity::Goal,
            ..
        }
    ));
    assert_eq!(snapshot(&db), before);
}

#[test]
fn milestones_are_due_in_order_and_ticked_off_with_a_date() {
    let db = company();
    let id = new_pilot(&db);
    let milestone = |title: &str, due: &str, done: Option<&str>| MilestoneInput {
        title: title.into(),
        due_on: due.into(),
        done_on: done.map(Into::into),
    };
    let later = db
        .write(|tx| details::add_milestone(tx, id, &milestone("Auswertung", "2026-06-30", None)))
        .unwrap();
    db.write(|tx| details::add_milestone(tx, id, &milestone("Vorlagen", "2026-04-15", None)))
        .unwrap();
    db.write(|tx| {
        details::update_milestone(
            tx,
            later.id,
            &milestone("Auswertung", "2026-06-30", Some("2026-06-28")),
        )
    })
    .unwrap();
    let list = db.read(|c| details::milestones(c, id)).unwrap();
    assert_eq!(
        list.iter()
            .map(|m| (m.title.as_str(), m.done_on.as_deref()))
            .collect::<Vec<_>>(),
        [("Vorlagen", None), ("Auswertung", Some("2026-06-28"))]
    );
    refused_as(
        &db,
        Field::DueDate,
        Problem::NotADate,
        "a due date that is no date",
        |tx| details::add_milestone(tx, id, &milestone("X", "morgen", None)),
    );
    refused_as(
        &db,
        Field::MilestoneTitle,
        Problem::Empty,
        "an untitled milestone",
        |tx| details::add_milestone(tx, id, &milestone(" ", "2026-05-01", None)),
    );
}

#[test]
fn the_page_shows_everything_recorded_about_a_pilot() {
    let db = company();
    let id = new_pilot(&db);
    db.write(|tx| {
        pilots::set_status(tx, id, PilotStatus::Running, "2026-04-01", "")?;
        pilots::record_measured_hours(tx, id, 6.0, "2026-05-01")?;
        pilots::add_cost(tx, id, pilots::CostKind::Once, 1_000.0, "2026-04-01")?;
        details::set_lessons(
            tx,
            id,
            &Lessons {
                worked: "Standardangebote".into(),
                not_worked: String::new(),
                next_step: "Katalog anbinden".into(),
            },
        )
    })
    .unwrap();
    let page = db.read(|c| page::page(c, id, today())).unwrap();
    assert_eq!(
        page.statuses
            .iter()
            .map(|s| (s.status, s.on.as_str()))
            .collect::<Vec<_>>(),
        [
            (PilotStatus::Idea, "2026-03-01"),
            (PilotStatus::Running, "2026-04-01")
        ]
    );
    assert_eq!(page.hours.len(), 1);
    assert_eq!(page.lessons.next_step, "Katalog anbinden");
    assert_eq!(page.to_date.investment, 1_000.0);
    // 6 h/week on each of the 206 days from 1 May to 22 November, at 46 working weeks a
    // year and the default 60 €/h.
    let expected = 6.0 * 206.0 * 46.0 / 365.0 * 60.0;
    assert!(
        (page.to_date.savings - expected).abs() < 0.01,
        "{} ≠ {expected}",
        page.to_date.savings
    );
    assert!(
        page.team_warning.is_some(),
        "a pilot without a team is told it is too small"
    );
}
