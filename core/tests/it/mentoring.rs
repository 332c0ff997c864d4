//! Mentoring: KI-Buddy pairs, their dated check-ins, and the knowledge-transfer figures as
//! of a day.

use crate::support::{company, date, department, employee, refused, refused_as, today};
use talentwerk_core::error::{Error, Field, Problem};
use talentwerk_core::mentoring::{self, NewPair};
use talentwerk_core::{people, Db};

fn people_of(db: &Db, count: usize) -> Vec<u32> {
    let d = department(db, "Vertrieb");
    (1..=count)
        .map(|i| employee(db, &format!("{i}"), &format!("Person {i}"), d).id)
        .collect()
}

fn new_pair(mentor_id: u32, mentee_id: u32, start: &str, end: Option<&str>) -> NewPair {
    NewPair {
        mentor_id,
        mentee_id,
        topic: "Prompts für Angebote".into(),
        started_on: start.into(),
        ended_on: end.map(Into::into),
    }
}

fn pair(db: &Db, mentor: u32, mentee: u32, start: &str, end: Option<&str>) -> u32 {
    db.write(|tx| mentoring::create_pair(tx, &new_pair(mentor, mentee, start, end)))
        .expect("a valid pair is accepted")
        .id
}

fn checkin(db: &Db, pair_id: u32, on: &str) {
    db.write(|tx| mentoring::add_checkin(tx, pair_id, on, "Vorlage besprochen", today()))
        .expect("a check-in within the period is recorded");
}

#[test]
fn a_pair_is_recorded_and_listed_with_its_last_checkin() {
    let db = company();
    let p = people_of(&db, 2);
    let id = pair(&db, p[0], p[1], "2026-09-01", None);
    let listed = db.read(|c| mentoring::pairs(c, false)).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (listed[0].mentor.as_str(), listed[0].mentee.as_str()),
        ("Person 1", "Person 2")
    );
    assert_eq!(listed[0].last_checkin, None);
    checkin(&db, id, "2026-09-15");
    checkin(&db, id, "2026-09-08");
    let p0 = db.read(|c| mentoring::pair(c, id)).unwrap();
    assert_eq!(p0.last_checkin.as_deref(), Some("2026-09-15"));
    assert_eq!(p0.checkins, 2);
    let notes = db.read(|c| mentoring::checkins(c, id)).unwrap();
    assert_eq!(notes[0].held_on, "2026-09-15", "newest first");
    assert_eq!(notes[0].note, "Vorlage besprochen");
}

#[test]
fn nobody_mentors_themselves_and_archived_people_are_not_paired() {
    let db = company();
    let p = people_of(&db, 3);
    refused_as(
        &db,
        Field::Mentee,
        Problem::NotAllowed,
        "mentor is mentee",
        |tx| mentoring::create_pair(tx, &new_pair(p[0], p[0], "2026-09-01", None)),
    );
    db.write(|tx| people::archive_employee(tx, p[2], today()))
        .unwrap();
    refused_as(
        &db,
        Field::Mentor,
        Problem::NotAllowed,
        "archived mentor",
        |tx| mentoring::create_pair(tx, &new_pair(p[2], p[0], "2026-09-01", None)),
    );
    refused_as(
        &db,
        Field::Mentee,
        Problem::NotAllowed,
        "archived mentee",
        |tx| mentoring::create_pair(tx, &new_pair(p[0], p[2], "2026-09-01", None)),
    );
    refused_as(
        &db,
        Field::Mentor,
        Problem::Unknown,
        "unknown mentor",
        |tx| mentoring::create_pair(tx, &new_pair(9_999, p[0], "2026-09-01", None)),
    );
    refused_as(
        &db,
        Field::EndDate,
        Problem::BeforeStart,
        "end before start",
        |tx| mentoring::create_pair(tx, &new_pair(p[0], p[1], "2026-09-01", Some("2026-08-31"))),
    );
    refused_as(&db, Field::StartDate, Problem::NotADate, "no start", |tx| {
        mentoring::create_pair(tx, &new_pair(p[0], p[1], "", None))
    });
    refused_as(
        &db,
        Field::Topic,
        Problem::TooLong { max: 120 },
        "long topic",
        |tx| {
            mentoring::create_pair(
                tx,
                &NewPair {
                    topic: "x".repeat(121),
                    ..new_pair(p[0], p[1], "2026-09-01", None)
                },
            )
        },
    );
    pair(&db, p[0], p[1], "2026-09-01", Some("2026-09-01"));
    pair(&db, p[0], p[1], "2026-10-01", None);
    refused_as(
        &db,
        Field::Mentee,
        Problem::Taken,
        "the same two twice",
        |tx| mentoring::create_pair(tx, &new_pair(p[0], p[1], "2026-11-01", None)),
    );
}

#[test]
fn a_pair_ends_not_before_its_start_or_last_checkin_and_only_once() {
    let db = company();
    let p = people_of(&db, 2);
    let id = pair(&db, p[0], p[1], "2026-06-01", None);
    checkin(&db, id, "2026-06-20");
    refused_as(
        &db,
        Field::EndDate,
        Problem::BeforeStart,
        "before start",
        |tx| mentoring::end_pair(tx, id, "2026-05-31"),
    );
    refused_as(
        &db,
        Field::EndDate,
        Problem::BeforeStart,
        "before last check-in",
        |tx| mentoring::end_pair(tx, id, "2026-06-19"),
    );
    let ended = db
        .write(|tx| mentoring::end_pair(tx, id, "2026-06-30"))
        .unwrap();
    assert_eq!(ended.ended_on.as_deref(), Some("2026-06-30"));
    refused_as(&db, Field::EndDate, Problem::Taken, "ended twice", |tx| {
        mentoring::end_pair(tx, id, "2026-07-30")
    });
    assert!(db.read(|c| mentoring::pairs(c, false)).unwrap().is_empty());
    assert_eq!(db.read(|c| mentoring::pairs(c, true)).unwrap().len(), 1);
    let missing = refused(&db, "unknown pair", |tx| {
        mentoring::end_pair(tx, 9_999, "2026-07-30")
    });
    assert!(matches!(missing, Error::NotFound { .. }), "{missing:?}");
}

#[test]
fn a_checkin_lies_within_the_pairs_period() {
    let db = company();
    let p = people_of(&db, 2);
    let id = pair(&db, p[0], p[1], "2026-06-01", Some("2026-06-30"));
    refused_as(
        &db,
        Field::Date,
        Problem::BeforeStart,
        "before start",
        |tx| mentoring::add_checkin(tx, id, "2026-05-31", "", today()),
    );
    refused_as(&db, Field::Date, Problem::NotAllowed, "after end", |tx| {
        mentoring::add_checkin(tx, id, "2026-07-01", "", today())
    });
    refused_as(&db, Field::Date, Problem::NotADate, "no date", |tx| {
        mentoring::add_checkin(tx, id, "morgen", "", today())
    });
    refused_as(
        &db,
        Field::Note,
        Problem::TooLong { max: 2000 },
        "long note",
        |tx| mentoring::add_checkin(tx, id, "2026-06-10", &"x".repeat(2001), today()),
    );
    checkin(&db, id, "2026-06-01");
    checkin(&db, id, "2026-06-30");

    let open = pair(&db, p[0], p[1], "2026-11-01", None);
    refused_as(&db, Field::Date, Problem::NotAllowed, "tomorrow", |tx| {
        mentoring::add_checkin(tx, open, "2026-11-23", "", today())
    });
    refused_as(
        &db,
        Field::Date,
        Problem::OutOfRange {
            min: 2000,
            max: 2100,
        },
        "in 2101",
        |tx| mentoring::add_checkin(tx, open, "2101-01-01", "", today()),
    );
    checkin(&db, open, "2026-11-22");
    refused_as(
        &db,
        Field::StartDate,
        Problem::OutOfRange {
            min: 2000,
            max: 2100,
        },
        "a pair from 1999",
        |tx| mentoring::create_pair(tx, &new_pair(p[1], p[0], "1999-12-31", None)),
    );
}

#[test]
fn knowledge_transfer_counts_active_pairs_and_recent_checkins_as_of_a_day() {
    let db = company();
    let p = people_of(&db, 6);
    let open = pair(&db, p[0], p[1], "2026-01-10", None);
    let spring = pair(&db, p[2], p[3], "2026-03-01", Some("2026-06-30"));
    let autumn = pair(&db, p[0], p[4], "2026-09-01", None);
    for (id, on) in [
        (open, "2026-01-20"),
        (spring, "2026-06-30"),
        (autumn, "2026-10-24"),
        (autumn, "2026-10-23"),
        (open, "2026-11-22"),
    ] {
        checkin(&db, id, on);
    }
    let at = |day: &str| {
        let k = db
            .read(|c| mentoring::knowledge_transfer(c, date(day)))
            .unwrap();
        (k.active_pairs, k.checkins_last_30_days)
    };
    assert_eq!(at("2026-01-09"), (0, 0), "before any pair");
    assert_eq!(at("2026-01-20"), (1, 1));
    assert_eq!(at("2026-06-30"), (2, 1), "the end day still counts");
    assert_eq!(at("2026-07-01"), (1, 1), "the spring pair has ended");
    assert_eq!(
        at("2026-07-30"),
        (1, 0),
        "30 days after the check-in it drops out"
    );
    assert_eq!(
        at("2026-11-22"),
        (2, 2),
        "two open pairs; check-ins on 23.10. (30 days back) is out, 24.10. and 22.11. in"
    );
    let k = db
        .read(|c| mentoring::knowledge_transfer(c, today()))
        .unwrap();
    assert_eq!(
        (k.active_mentors, k.active_mentees),
        (1, 2),
        "one mentor with two mentees"
    );
    assert_eq!(k.as_of, "2026-11-22");

    // A person who leaves no longer makes a pair active from that day on.
    db.write(|tx| people::archive_employee(tx, p[4], date("2026-11-01")))
        .unwrap();
    assert_eq!(at("2026-10-31").0, 2);
    assert_eq!(at("2026-11-22").0, 1);
}

#[test]
fn the_demo_has_mentoring_pairs_with_weekly_checkins() {
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
    let all = db.read(|c| mentoring::pairs(c, true)).unwrap();
    assert!((6..=10).contains(&all.len()), "{} pairs", all.len());
    assert!(all.iter().any(|p| p.ended_on.is_some()), "some have ended");
    assert!(all.iter().all(|p| p.checkins > 0), "every pair has met");
    // One person's pairs: those naming them as mentor or mentee, ended ones too.
    let person = all[0].mentee_id;
    let theirs = db.read(|c| mentoring::pairs_of(c, person)).unwrap();
    let expected: Vec<_> = all
        .iter()
        .filter(|p| p.mentor_id == person || p.mentee_id == person)
        .cloned()
        .collect();
    assert!(!theirs.is_empty());
    assert_eq!(theirs, expected, "in the order of the full list");
    let k = db
        .read(|c| mentoring::knowledge_transfer(c, today()))
        .unwrap();
    assert!(k.active_pairs >= 4 && k.checkins_last_30_days >= 8, "{k:?}");
    // A small demo still works.
    let small = Db::open_in_memory().unwrap();
    small
        .write(|tx| {
            talentwerk_core::demo::create(tx, 4, talentwerk_core::company::Language::De, today())
        })
        .expect("a tiny demo company has no one to pair, and that is fine");
}
