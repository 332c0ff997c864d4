//! The 90-day roadmap: items tick themselves when the data proves them, the others by hand.

use crate::support::{
    add, assess, cli, company, competency, date, department, input, refused_as, stdout, today,
};
use talentwerk_core::error::{Field, Problem};
use talentwerk_core::pilots::details::{self, GoalInput};
use talentwerk_core::pilots::team::{self, TeamMember, TeamRole};
use talentwerk_core::pilots::{self, NewPilot, PilotStatus};
use talentwerk_core::roadmap::{self, Evidence, ItemKey, Phase, Roadmap};
use talentwerk_core::Db;

fn load(db: &Db, day: &str) -> Roadmap {
    db.read(|c| roadmap::load(c, date(day))).unwrap()
}

fn item(plan: &Roadmap, key: ItemKey) -> &roadmap::RoadmapItem {
    plan.items.iter().find(|i| i.key == key).unwrap()
}

#[test]
fn a_new_company_starts_its_roadmap_on_the_day_it_was_created() {
    let db = company();
    let plan = load(&db, "2026-11-22");
    assert_eq!(plan.start, today().to_string());
    assert_eq!(plan.end, "2027-02-19", "day 90");
    assert_eq!(plan.today_day, 1);
    assert_eq!(plan.done(), 0);
    let phases: Vec<Phase> = plan.items.iter().map(|i| i.phase).collect();
    assert!(phases.is_sorted_by_key(|p| Phase::ALL.iter().position(|q| q == p)));
    assert_eq!(
        item(&plan, ItemKey::StaffAssessed).due_on,
        "2026-12-21",
        "due on day 30"
    );
    assert_eq!(
        item(&plan, ItemKey::StaffAssessed).evidence,
        Some(Evidence::Assessed {
            assessed: 0,
            active: 0
        })
    );
}

#[test]
fn assessing_80_percent_of_the_staff_ticks_the_item_with_its_proof() {
    let db = company();
    let sales = department(&db, "Vertrieb");
    let c = competency(&db, "G1");
    let people: Vec<u32> = (1..=5)
        .map(|i| add(&db, &input(&format!("P{i}"), &format!("Person {i}"), sales)).id)
        .collect();
    for id in &people[..3] {
        assess(&db, *id, c, 2, "2026-11-22");
    }
    let plan = load(&db, "2026-11-23");
    let assessed = item(&plan, ItemKey::StaffAssessed);
    assert!(!assessed.done, "3 of 5 is 60 %");
    assert_eq!(
        talentwerk_core::texts::roadmap_evidence(
            assessed.evidence.unwrap(),
            talentwerk_core::company::Language::De
        ),
        "3 von 5 Mitarbeitenden bewertet (60 %)"
    );
    assess(&db, people[3], c, 1, "2026-11-23");
    let plan = load(&db, "2026-11-23");
    assert!(item(&plan, ItemKey::StaffAssessed).done, "4 of 5 is 80 %");
}

#[test]
fn running_pilots_with_goals_and_small_teams_tick_phase_two() {
    let db = company();
    let sales = department(&db, "Vertrieb");
    let staff: Vec<u32> = (1..=6)
        .map(|i| add(&db, &input(&format!("P{i}"), &format!("Person {i}"), sales)).id)
        .collect();
    let mut ids = Vec::new();
    for title in ["Angebote", "Kundenmails"] {
        let id = db
            .write(|tx| {
                pilots::add(
                    tx,
                    &NewPilot {
                        title: title.into(),
                        department_id: None,
                        status: PilotStatus::Running,
                        on: "2026-11-22".into(),
                    },
                )
            })
            .unwrap()
            .id;
        ids.push(id);
    }
    let plan = load(&db, "2026-11-23");
    assert!(!item(&plan, ItemKey::PilotsRunning).done, "no goals yet");
    assert_eq!(
        item(&plan, ItemKey::SmallTeams).evidence,
        Some(Evidence::OfRunning { met: 0, running: 2 })
    );
    for (n, id) in ids.iter().enumerate() {
        db.write(|tx| {
            details::add_goal(
                tx,
                *id,
                &GoalInput {
                    name: "Zeit je Vorgang".into(),
                    baseline: 60.0,
                    target: 20.0,
                    unit: "Minuten".into(),
                },
            )?;
            let members: Vec<TeamMember> = staff[n * 3..n * 3 + 3]
                .iter()
                .map(|e| TeamMember {
                    employee_id: *e,
                    role: TeamRole::Expert,
                })
                .collect();
            team::set_team(tx, *id, &members)
        })
        .unwrap();
    }
    let plan = load(&db, "2026-11-23");
    assert!(item(&plan, ItemKey::PilotsRunning).done);
    assert!(item(&plan, ItemKey::SmallTeams).done);
    assert!(
        item(&plan, ItemKey::WorksCouncil).done,
        "no running pilot concerns staff data"
    );
    assert!(!item(&plan, ItemKey::TimeMeasured).done);

    // Stopping one: it no longer counts as running, and its lessons become due.
    db.write(|tx| pilots::set_status(tx, ids[1], PilotStatus::Stopped, "2026-11-23", "zu teuer"))
        .unwrap();
    let plan = load(&db, "2026-11-23");
    assert!(
        !item(&plan, ItemKey::PilotsRunning).done,
        "1 is fewer than 2"
    );
    assert_eq!(
        item(&plan, ItemKey::LessonsDocumented).evidence,
        Some(Evidence::Lessons {
            documented: 0,
            ran: 2
        })
    );
}

#[test]
fn items_the_data_cannot_prove_are_ticked_by_hand_and_overdue_ones_stand_out() {
    let db = company();
    let plan = load(&db, "2026-12-31");
    let interviews = item(&plan, ItemKey::Interviews);
    assert!(interviews.overdue, "due on day 20, it is day 40");
    assert!(!interviews.automatic && interviews.evidence.is_none());

    db.write(|tx| roadmap::tick(tx, ItemKey::Interviews, Some("2026-12-05")))
        .unwrap();
    let plan = load(&db, "2026-12-31");
    let interviews = item(&plan, ItemKey::Interviews);
    assert!(interviews.done && !interviews.overdue);
    assert_eq!(interviews.ticked_on.as_deref(), Some("2026-12-05"));

    db.write(|tx| roadmap::tick(tx, ItemKey::Interviews, None))
        .unwrap();
    assert!(!item(&load(&db, "2026-12-31"), ItemKey::Interviews).done);

    refused_as(
        &db,
        Field::RoadmapItem,
        Problem::NotAllowed,
        "ticking an item the data proves",
        |tx| roadmap::tick(tx, ItemKey::StaffAssessed, Some("2026-12-05")),
    );
    refused_as(
        &db,
        Field::Date,
        Problem::NotADate,
        "a tick without a date",
        |tx| roadmap::tick(tx, ItemKey::Vision, Some("gestern")),
    );
}

#[test]
fn the_start_can_be_moved_and_the_due_dates_follow() {
    let db = company();
    db.write(|tx| roadmap::set_start(tx, "2027-01-01")).unwrap();
    let plan = load(&db, "2027-01-01");
    assert_eq!(plan.start, "2027-01-01");
    assert_eq!(item(&plan, ItemKey::Interviews).due_on, "2027-01-20");
    assert_eq!(plan.today_day, 1);
    refused_as(
        &db,
        Field::RoadmapStart,
        Problem::NotADate,
        "a start that is no date",
        |tx| roadmap::set_start(tx, "2027-02-30"),
    );
}

#[test]
fn the_demo_roadmap_started_60_days_ago_with_phase_one_and_two_done() {
    // Made by the CLI, so "60 days ago" counts from the same today as `roadmap`.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.db");
    assert!(cli(&file, &["demo"]).status.success());
    let out = cli(&file, &["roadmap", "--format", "csv"]);
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Phase;Punkt;Fällig;Status;Erledigt am;Nachweis")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(';').collect()).collect();
    assert_eq!(rows.len(), 15);
    let done = |phase: &str| {
        rows.iter()
            .filter(|r| r[0].starts_with(phase))
            .all(|r| r[3] == "erledigt")
    };
    assert!(done("Tage 1–30"), "{text}");
    assert!(done("Tage 31–60"), "{text}");
    assert!(!done("Tage 61–90"), "{text}");
    assert!(
        text.contains("3 Pilotprojekte laufen mit Zielen"),
        "the proof is shown: {text}"
    );
    let table = stdout(&cli(&file, &["roadmap"]));
    assert!(table.contains("(heute: Tag 61)"), "{table}");
}

#[test]
fn a_change_dated_ahead_proves_nothing_yet() {
    let db = company();
    let id = db
        .write(|tx| {
            pilots::add(
                tx,
                &NewPilot {
                    title: "Angebote".into(),
                    department_id: None,
                    status: PilotStatus::Running,
                    on: "2026-11-22".into(),
                },
            )
        })
        .unwrap()
        .id;
    db.write(|tx| pilots::set_status(tx, id, PilotStatus::Scaling, "2026-12-15", ""))
        .unwrap();
    assert!(
        !item(&load(&db, "2026-12-01"), ItemKey::PilotScaling).done,
        "scaling from 15 December does not count on 1 December"
    );
    assert!(item(&load(&db, "2026-12-15"), ItemKey::PilotScaling).done);
}

#[test]
fn the_works_council_counts_only_when_informed_before_the_pilot_started() {
    use talentwerk_core::pilots::compliance;
    let db = company();
    let id = db
        .write(|tx| {
            pilots::add(
                tx,
                &NewPilot {
                    title: "Bewerbermails".into(),
                    department_id: None,
                    status: PilotStatus::Idea,
                    on: "2026-11-22".into(),
                },
            )
        })
        .unwrap()
        .id;
    db.write(|tx| {
        compliance::set_personal_data(tx, id, "Namen der Bearbeitenden", false)?;
        compliance::set_works_council_informed(tx, id, Some("2026-12-10"))?;
        pilots::set_status(tx, id, PilotStatus::Running, "2026-12-01", "")
    })
    .unwrap();
    let plan = load(&db, "2026-12-20");
    let council = item(&plan, ItemKey::WorksCouncil);
    assert!(
        !council.done,
        "informed nine days after the start is not before it"
    );
    assert_eq!(
        council.evidence,
        Some(Evidence::Informed {
            informed: 0,
            concerned: 1,
            running: 1
        })
    );
    db.write(|tx| compliance::set_works_council_informed(tx, id, Some("2026-11-30")))
        .unwrap();
    assert!(item(&load(&db, "2026-12-20"), ItemKey::WorksCouncil).done);
}

#[test]
fn a_use_case_stopped_before_it_ran_owes_no_lessons() {
    let db = company();
    let id = db
        .write(|tx| {
            pilots::add(
                tx,
                &NewPilot {
                    title: "Bewerbungen".into(),
                    department_id: None,
                    status: PilotStatus::Evaluation,
                    on: "2026-11-22".into(),
                },
            )
        })
        .unwrap()
        .id;
    db.write(|tx| pilots::set_status(tx, id, PilotStatus::Stopped, "2026-11-23", "Hochrisiko"))
        .unwrap();
    assert_eq!(
        item(&load(&db, "2026-11-24"), ItemKey::LessonsDocumented).evidence,
        Some(Evidence::Lessons {
            documented: 0,
            ran: 0
        })
    );
}

#[test]
fn a_share_just_short_of_80_percent_reads_79() {
    let text = talentwerk_core::texts::roadmap_evidence(
        Evidence::Assessed {
            assessed: 159,
            active: 200,
        },
        talentwerk_core::company::Language::De,
    );
    assert_eq!(text, "159 von 200 Mitarbeitenden bewertet (79 %)");
}

#[test]
fn dates_outside_the_working_years_are_refused() {
    let db = company();
    let range = Problem::OutOfRange {
        min: 2000,
        max: 2100,
    };
    refused_as(
        &db,
        Field::RoadmapStart,
        range.clone(),
        "a start in 1999",
        |tx| roadmap::set_start(tx, "1999-12-31"),
    );
    refused_as(&db, Field::Date, range, "a tick in 9999", |tx| {
        roadmap::tick(tx, ItemKey::Vision, Some("9999-12-31"))
    });
    refused_as(
        &db,
        Field::Date,
        Problem::NotADate,
        "an empty tick date",
        |tx| roadmap::tick(tx, ItemKey::Vision, Some("")),
    );
}
