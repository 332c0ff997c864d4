//! KI-Reifegrad: dated, append-only ratings in five dimensions; group figures as of a day
//! that stay hidden below five people; before/after over the same people.

use crate::support::{
    cli, company, count, date, demo_file, department, employee, refused, refused_as, stderr,
    stdout, today,
};
use talentwerk_core::error::{Field, Problem};
use talentwerk_core::maturity::{self, Dimension, NewMaturity, Scope, MIN_GROUP};
use talentwerk_core::{people, Db, Error};

fn rating(employee_id: u32, on: &str, levels: [i32; 5]) -> NewMaturity {
    NewMaturity {
        employee_id,
        assessed_on: on.into(),
        tools: levels[0],
        breadth: levels[1],
        autonomy: levels[2],
        innovation: levels[3],
        sharing: levels[4],
        note: String::new(),
    }
}

fn rate(db: &Db, employee_id: u32, on: &str, levels: [i32; 5]) -> maturity::MaturityAssessment {
    db.write(|tx| maturity::record(tx, &rating(employee_id, on, levels), today()))
        .expect("a valid rating is accepted")
}

/// `n` employees in a new department `name`, personnel numbers from `first` on.
fn staff(db: &Db, name: &str, first: u32, n: u32) -> (u32, Vec<u32>) {
    let dept = department(db, name);
    let ids = (first..first + n)
        .map(|number| employee(db, &number.to_string(), &format!("Person {number}"), dept).id)
        .collect();
    (dept, ids)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_rating_is_stored_with_the_mean_of_the_five_as_its_index() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 1);
    let stored = db
        .write(|tx| {
            maturity::record(
                tx,
                &NewMaturity {
                    note: "  nach dem Workshop ".into(),
                    assessed_on: " 2026-05-04 ".into(),
                    ..rating(ids[0], "", [2, 1, 3, 1, 3])
                },
                today(),
            )
        })
        .unwrap();
    assert!(
        close(stored.index, 2.0),
        "(2+1+3+1+3)/5 = 2, got {}",
        stored.index
    );
    assert_eq!(
        (stored.assessed_on.as_str(), stored.note.as_str()),
        ("2026-05-04", "nach dem Workshop"),
        "date and note are trimmed"
    );
    assert_eq!(stored.level(Dimension::Autonomy), 3);
    let low = rate(&db, ids[0], "2026-06-01", [1, 1, 1, 1, 2]);
    assert!(
        close(low.index, 1.2),
        "(1+1+1+1+2)/5 = 1.2, got {}",
        low.index
    );
    let history = db.read(|c| maturity::history(c, ids[0])).unwrap();
    assert_eq!(
        history,
        vec![stored, low],
        "the history reads back what was stored"
    );
    assert_eq!(count(&db, "maturity_assessment"), 2);
}

#[test]
fn as_of_a_day_the_latest_rating_up_to_that_day_counts() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 1);
    let anna = ids[0];
    rate(&db, anna, "2026-08-01", [3, 3, 3, 3, 3]);
    let first = rate(&db, anna, "2026-01-10", [1, 1, 1, 1, 1]);
    rate(&db, anna, "2026-04-10", [2, 1, 1, 1, 1]);
    let same_day_later = rate(&db, anna, "2026-04-10", [2, 2, 1, 1, 1]);
    let at = |day: &str| {
        db.read(|c| maturity::person_as_of(c, anna, date(day)))
            .unwrap()
    };
    assert_eq!(at("2026-01-09"), None, "nothing before the first rating");
    assert_eq!(
        at("2026-01-10"),
        Some(first.clone()),
        "a rating counts on its own day"
    );
    assert_eq!(at("2026-03-31"), Some(first));
    assert_eq!(
        at("2026-05-01"),
        Some(same_day_later),
        "of two ratings on one day the later recorded counts"
    );
    assert!(close(at("2026-12-01").unwrap().index, 3.0));
    let days: Vec<String> = db
        .read(|c| maturity::history(c, anna))
        .unwrap()
        .into_iter()
        .map(|m| m.assessed_on)
        .collect();
    assert_eq!(
        days,
        ["2026-01-10", "2026-04-10", "2026-04-10", "2026-08-01"],
        "the history is in date order whatever the order of entry"
    );
    assert!(
        matches!(
            db.read(|c| maturity::history(c, 999)),
            Err(Error::NotFound { .. })
        ),
        "an unknown person has no history"
    );
}

#[test]
fn ratings_are_never_changed_or_deleted_except_by_erasing_the_person() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 2);
    rate(&db, ids[0], "2026-01-10", [1, 1, 1, 1, 1]);
    rate(&db, ids[0], "2026-04-10", [2, 2, 2, 2, 2]);
    rate(&db, ids[1], "2026-04-10", [3, 3, 3, 3, 3]);
    let error = refused(&db, "an UPDATE on maturity_assessment", |tx| {
        Ok(tx.execute("UPDATE maturity_assessment SET tools = 3", [])?)
    });
    assert!(
        error.to_string().contains("never changed"),
        "the append-only trigger must refuse the UPDATE, got {error}"
    );
    let error = refused(&db, "a DELETE on maturity_assessment", |tx| {
        Ok(tx.execute("DELETE FROM maturity_assessment", [])?)
    });
    assert!(
        error.to_string().contains("never deleted"),
        "the trigger must refuse the DELETE, got {error}"
    );
    let error = refused(&db, "archiving does not delete", |tx| {
        people::archive_employee(tx, ids[0], today())?;
        tx.execute(
            "DELETE FROM maturity_assessment WHERE employee_id = ?1",
            [ids[0]],
        )
        .map_err(Error::from)
    });
    assert!(error.to_string().contains("never deleted"), "{error}");

    db.write(|tx| people::erase_employee(tx, ids[0])).unwrap();
    let left: Vec<u32> = db
        .read(|c| {
            Ok(c.prepare("SELECT employee_id FROM maturity_assessment")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap();
    assert_eq!(
        left,
        vec![ids[1]],
        "erasure (GDPR Art. 17) removes the person's ratings and only theirs"
    );
    assert_eq!(
        count(&db, "erasure_permit"),
        0,
        "the permit does not outlive the erasure"
    );
}

#[test]
fn group_figures_are_withheld_below_five_people_and_shown_from_five() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 7);
    let day = date("2026-06-30");
    let levels = [
        [1, 1, 1, 1, 1],
        [2, 1, 1, 1, 1],
        [3, 2, 1, 1, 1],
        [2, 2, 2, 1, 3],
    ];
    for (id, l) in ids.iter().zip(levels) {
        rate(&db, *id, "2026-03-01", l);
    }
    // Rated only after the day: does not count as of the day.
    rate(&db, ids[5], "2026-07-01", [3, 3, 3, 3, 3]);
    let four = db
        .read(|c| maturity::aggregate(c, day, Scope::Company))
        .unwrap();
    assert_eq!((four.people_rated, four.active_people), (4, 7));
    assert_eq!(
        four.figures, None,
        "four rated people: no figure that could describe one of them"
    );

    rate(&db, ids[4], "2026-06-30", [2, 3, 2, 3, 1]);
    let five = db
        .read(|c| maturity::aggregate(c, day, Scope::Company))
        .unwrap();
    assert_eq!(five.people_rated, MIN_GROUP);
    let figures = five.figures.expect("five rated people are shown");
    assert!(close(figures.mean(Dimension::Tools), 10.0 / 5.0));
    assert!(close(figures.mean(Dimension::Breadth), 9.0 / 5.0));
    assert!(close(figures.mean(Dimension::Autonomy), 7.0 / 5.0));
    assert!(close(figures.mean(Dimension::Innovation), 7.0 / 5.0));
    assert!(close(figures.mean(Dimension::Sharing), 7.0 / 5.0));
    assert!(
        close(figures.index, 40.0 / 25.0),
        "the index is the mean of all levels, got {}",
        figures.index
    );
    assert_eq!(
        figures.dimensions[0].at_level,
        [1, 3, 1],
        "people per level in Tool-Kenntnisse"
    );
    assert_eq!(
        figures.at_least(Dimension::Tools, 2),
        4,
        "people at Tool-Kenntnisse 2 or 3"
    );
    assert_eq!(figures.at_least(Dimension::Tools, 3), 1);
    assert_eq!(figures.at_least(Dimension::Tools, 1), 5);

    // Someone who left before the day drops out again.
    db.write(|tx| people::archive_employee(tx, ids[0], date("2026-06-01")))
        .unwrap();
    let after_leaving = db
        .read(|c| maturity::aggregate(c, day, Scope::Company))
        .unwrap();
    assert_eq!(
        after_leaving.people_rated, 4,
        "a leaver is not counted after leaving"
    );
    assert_eq!(after_leaving.figures, None);
    let before_leaving = db
        .read(|c| maturity::aggregate(c, date("2026-05-31"), Scope::Company))
        .unwrap();
    assert_eq!(
        before_leaving.people_rated, 4,
        "on 31 May: Anna (still there) but not #5 yet"
    );
}

#[test]
fn a_department_aggregate_counts_only_its_people() {
    let db = company();
    let (it, it_people) = staff(&db, "IT", 1, 5);
    let (sales, sales_people) = staff(&db, "Vertrieb", 100, 6);
    for id in &it_people {
        rate(&db, *id, "2026-02-01", [3, 3, 3, 3, 3]);
    }
    for id in &sales_people {
        rate(&db, *id, "2026-02-01", [1, 1, 1, 1, 1]);
    }
    let day = date("2026-03-01");
    let of = |scope| db.read(|c| maturity::aggregate(c, day, scope)).unwrap();
    let it_figures = of(Scope::Department(it));
    assert_eq!(
        it_figures.as_of, "2026-02-28",
        "counted up to the last month end"
    );
    assert_eq!(it_figures.people_rated, 5);
    assert!(
        close(it_figures.figures.unwrap().index, 3.0),
        "IT alone: all at 3"
    );
    let sales_figures = of(Scope::Department(sales));
    assert_eq!(sales_figures.people_rated, 6);
    assert!(close(sales_figures.figures.unwrap().index, 1.0));
    let whole = of(Scope::Company)
        .figures
        .expect("eleven people in the company");
    assert!(close(whole.index, (5.0 * 3.0 + 6.0) / 11.0));
    assert!(
        matches!(
            db.read(|c| maturity::aggregate(c, day, Scope::Department(999))),
            Err(Error::Invalid {
                field: Field::Department,
                problem: Problem::Unknown
            })
        ),
        "an unknown department is refused"
    );
}

/// Mean × people of each dimension: what can be subtracted from another figure's.
fn sums(figures: &maturity::GroupFigures, people: u32) -> Vec<f64> {
    figures
        .dimensions
        .iter()
        .map(|d| d.mean * f64::from(people))
        .collect()
}

#[test]
fn the_company_minus_the_shown_departments_never_reveals_fewer_than_five() {
    // The attack: company (8) − IT (5) = the 3 in sales, exactly; with one left, one person.
    let db = company();
    let (it, it_people) = staff(&db, "IT", 1, 5);
    let (sales, sales_people) = staff(&db, "Vertrieb", 100, 3);
    for id in &it_people {
        rate(&db, *id, "2026-02-01", [3, 3, 3, 3, 3]);
    }
    let lone = [1, 2, 1, 3, 2];
    rate(&db, sales_people[0], "2026-02-01", lone);
    rate(&db, sales_people[1], "2026-02-01", [1, 1, 1, 1, 1]);
    rate(&db, sales_people[2], "2026-02-01", [2, 2, 2, 2, 2]);
    let day = date("2026-03-31");
    let of = |scope| db.read(|c| maturity::aggregate(c, day, scope)).unwrap();
    let whole = of(Scope::Company);
    assert_eq!(whole.people_rated, 8);
    assert!(whole.figures.is_some(), "eight people in the company");
    let it_figures = of(Scope::Department(it));
    assert_eq!(
        (it_figures.people_rated, it_figures.figures),
        (5, None),
        "IT is withheld too: company − IT would be the three in sales"
    );
    assert_eq!(of(Scope::Department(sales)).figures, None);

    // Two of sales leave: company (6) − IT (5) would be one person's ratings.
    db.write(|tx| people::archive_employee(tx, sales_people[1], date("2026-03-01")))
        .unwrap();
    db.write(|tx| people::archive_employee(tx, sales_people[2], date("2026-03-01")))
        .unwrap();
    let whole = of(Scope::Company);
    assert_eq!(whole.people_rated, 6);
    let it_figures = of(Scope::Department(it));
    assert_eq!(
        it_figures.figures, None,
        "IT withheld: one person would be left"
    );
    // What the attacker would have computed had IT been shown:
    let whole_sums = sums(whole.figures.as_ref().unwrap(), 6);
    let revealed: Vec<f64> = whole_sums.iter().map(|s| s - 5.0 * 3.0).collect();
    assert_eq!(
        revealed,
        lone.map(f64::from),
        "the company figure alone does not single anyone out, IT would"
    );

    // A third department of five: withheld are 1 (sales) + the smallest shown (IT, 5) = 6.
    let (quality, quality_people) = staff(&db, "Qualität", 200, 7);
    for id in &quality_people {
        rate(&db, *id, "2026-02-01", [2, 2, 2, 2, 2]);
    }
    assert!(
        of(Scope::Department(quality)).figures.is_some(),
        "Qualität (7) is shown: withheld are sales (1) and IT (5), six together"
    );
    assert_eq!(of(Scope::Department(it)).figures, None);
}

#[test]
fn secondary_suppression_stops_once_five_or_none_are_withheld() {
    let db = company();
    let (a, a_people) = staff(&db, "A", 1, 6);
    let (b, b_people) = staff(&db, "B", 100, 5);
    let (c, c_people) = staff(&db, "C", 200, 2);
    let (d, d_people) = staff(&db, "D", 300, 3);
    for id in a_people
        .iter()
        .chain(&b_people)
        .chain(&c_people)
        .chain(&d_people)
    {
        rate(&db, *id, "2026-01-10", [2, 2, 2, 2, 2]);
    }
    let shown = |scope| {
        db.read(|conn| maturity::aggregate(conn, date("2026-01-31"), scope))
            .unwrap()
            .figures
            .is_some()
    };
    assert!(shown(Scope::Company));
    assert_eq!(
        [a, b, c, d].map(|id| shown(Scope::Department(id))),
        [true, true, false, false],
        "C (2) and D (3) are five withheld together: nothing more to hide"
    );
}

#[test]
fn before_and_after_compare_the_same_people_per_dimension() {
    let db = company();
    let (dept, ids) = staff(&db, "IT", 1, 12);
    for id in &ids[..5] {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
    }
    // Three of the five grew in tools, one of them in sharing too; one was not re-rated.
    rate(&db, ids[0], "2026-04-15", [2, 1, 1, 1, 2]);
    rate(&db, ids[1], "2026-04-15", [2, 1, 1, 1, 1]);
    rate(&db, ids[2], "2026-04-15", [3, 1, 1, 1, 1]);
    rate(&db, ids[3], "2026-04-15", [1, 1, 1, 1, 1]);
    // Five rated only after: newcomers to the ratings must not lift the "after" figure.
    for id in &ids[5..10] {
        rate(&db, *id, "2026-04-15", [3, 3, 3, 3, 3]);
    }
    let (before, after) = (date("2026-02-01"), date("2026-05-01"));
    let cmp = db
        .read(|c| maturity::compare(c, before, after, Scope::Department(dept)))
        .unwrap();
    assert_eq!(
        (cmp.before.as_str(), cmp.after.as_str()),
        ("2026-01-31", "2026-04-30"),
        "both days count up to their last month end"
    );
    assert_eq!(cmp.people_compared, 5, "only people rated at both days");
    let figures = cmp.figures.expect("five people compared are shown");
    let tools = figures.dimensions[0];
    assert_eq!(tools.dimension, Dimension::Tools);
    assert!(close(tools.delta.before, 1.0));
    assert!(close(tools.delta.after, 9.0 / 5.0), "(2+2+3+1+1)/5");
    assert!(close(tools.delta.change, 0.8));
    assert!(
        close(figures.dimensions[4].delta.change, 0.2),
        "one of five grew in sharing"
    );
    for d in &figures.dimensions[1..4] {
        assert!(
            close(d.delta.change, 0.0),
            "{:?} did not change",
            d.dimension
        );
    }
    assert!(close(figures.index.change, (0.8 + 0.2) / 5.0));

    // Exactly four people rated by the earlier day: nothing shown.
    for id in &ids[..4] {
        rate(&db, *id, "2025-12-10", [1, 1, 1, 1, 1]);
    }
    let early = db
        .read(|c| maturity::compare(c, date("2026-01-14"), after, Scope::Company))
        .unwrap();
    assert_eq!(early.before, "2025-12-31");
    assert_eq!(
        (early.people_compared, early.figures),
        (4, None),
        "four people compared are too few"
    );
    db.write(|tx| people::archive_employee(tx, ids[4], date("2026-03-01")))
        .unwrap();
    let four = db
        .read(|c| maturity::compare(c, before, after, Scope::Company))
        .unwrap();
    assert_eq!(
        (four.people_compared, four.figures),
        (4, None),
        "a leaver in between drops out; four are too few"
    );
    assert!(
        matches!(
            db.read(|c| maturity::compare(c, after, before, Scope::Company)),
            Err(Error::Invalid {
                field: Field::Date,
                problem: Problem::BeforeStart
            })
        ),
        "after before before is refused"
    );
}

#[test]
fn a_comparison_cannot_be_subtracted_from_the_figure_of_a_day() {
    // The attack: the department as of the later day covers six; the comparison five of
    // them; 6 × day mean − 5 × comparison "after" mean = person six's ratings.
    let db = company();
    let (dept, ids) = staff(&db, "IT", 1, 6);
    for id in &ids[..5] {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
        rate(&db, *id, "2026-04-15", [2, 2, 2, 2, 2]);
    }
    let sixth = [3, 1, 2, 3, 1];
    rate(&db, ids[5], "2026-04-15", sixth);
    let (before, after) = (date("2026-01-31"), date("2026-04-30"));
    for scope in [Scope::Department(dept), Scope::Company] {
        let day = db.read(|c| maturity::aggregate(c, after, scope)).unwrap();
        assert_eq!(day.people_rated, 6);
        let day_sums = sums(day.figures.as_ref().expect("six rated are shown"), 6);
        assert_eq!(
            day_sums.iter().map(|s| s - 5.0 * 2.0).collect::<Vec<_>>(),
            sixth.map(f64::from),
            "this is what the comparison's 'after' figure would have revealed"
        );
        let cmp = db
            .read(|c| maturity::compare(c, before, after, scope))
            .unwrap();
        assert_eq!(cmp.people_compared, 5);
        assert_eq!(
            cmp.figures, None,
            "one person rated only after: the comparison is withheld ({scope:?})"
        );
    }

    // Also one rated only before (and gone after) is protected.
    let db = company();
    let (dept, ids) = staff(&db, "IT", 1, 6);
    for id in &ids {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
    }
    db.write(|tx| people::archive_employee(tx, ids[5], date("2026-03-01")))
        .unwrap();
    let cmp = db
        .read(|c| maturity::compare(c, before, after, Scope::Department(dept)))
        .unwrap();
    assert_eq!((cmp.people_compared, cmp.figures), (5, None));
}

#[test]
fn department_comparisons_are_suppressed_together() {
    // IT (5 compared) and sales (2 compared): company − IT would be the two in sales.
    let db = company();
    let (it, it_people) = staff(&db, "IT", 1, 5);
    let (sales, sales_people) = staff(&db, "Vertrieb", 100, 2);
    for id in it_people.iter().chain(&sales_people) {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
        rate(&db, *id, "2026-04-15", [2, 2, 2, 2, 2]);
    }
    let (before, after) = (date("2026-01-31"), date("2026-04-30"));
    let cmp = |scope| {
        db.read(|c| maturity::compare(c, before, after, scope))
            .unwrap()
    };
    assert!(cmp(Scope::Company).figures.is_some(), "seven compared");
    let it_cmp = cmp(Scope::Department(it));
    assert_eq!((it_cmp.people_compared, it_cmp.figures), (5, None));
    assert_eq!(cmp(Scope::Department(sales)).figures, None);

    // With a third department of five compared, IT and it are shown.
    let (quality, quality_people) = staff(&db, "Qualität", 200, 5);
    for id in &quality_people {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
    }
    // Sales (2) and the smallest shown, IT or Qualität (5 each; the first created), stay
    // withheld; so one of the two is shown.
    let shown: Vec<bool> = [it, quality]
        .map(|id| cmp(Scope::Department(id)).figures.is_some())
        .to_vec();
    assert_eq!(shown, [false, true]);
}

#[test]
fn figures_count_whole_months_so_one_day_cannot_be_subtracted_from_the_next() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 6);
    for id in &ids[..5] {
        rate(&db, *id, "2026-01-15", [1, 1, 1, 1, 1]);
    }
    rate(&db, ids[5], "2026-03-10", [3, 3, 3, 3, 3]);
    let at = |day: &str| {
        db.read(|c| maturity::aggregate(c, date(day), Scope::Company))
            .unwrap()
    };
    let (ninth, tenth) = (at("2026-03-09"), at("2026-03-10"));
    assert_eq!(
        ninth, tenth,
        "the rating of 10 March is not counted before the end of March"
    );
    assert_eq!(tenth.as_of, "2026-02-28");
    assert_eq!(tenth.people_rated, 5);
    assert_eq!(
        at("2026-03-31").people_rated,
        6,
        "a month end counts itself"
    );
    assert_eq!(at("2026-04-30").people_rated, 6);
    assert_eq!(
        maturity::counted_until(date("2024-03-01")),
        date("2024-02-29"),
        "leap year"
    );
    assert_eq!(
        maturity::counted_until(date("2026-12-31")),
        date("2026-12-31")
    );
}

#[test]
fn bad_input_is_refused_at_its_field_and_writes_nothing() {
    let db = company();
    let (_, ids) = staff(&db, "IT", 1, 2);
    let anna = ids[0];
    let fields = [
        Field::Tools,
        Field::Breadth,
        Field::Autonomy,
        Field::Innovation,
        Field::Sharing,
    ];
    for (i, field) in fields.into_iter().enumerate() {
        for bad in [0, 4, -1] {
            let mut levels = [2; 5];
            levels[i] = bad;
            refused_as(
                &db,
                field,
                Problem::OutOfRange { min: 1, max: 3 },
                &format!("level {bad} in {field:?}"),
                |tx| maturity::record(tx, &rating(anna, "2026-03-01", levels), today()),
            );
        }
    }
    for not_a_date in ["2026-13-01", "gestern", "", "01.03.2026"] {
        refused_as(&db, Field::Date, Problem::NotADate, not_a_date, |tx| {
            maturity::record(tx, &rating(anna, not_a_date, [2; 5]), today())
        });
    }
    refused_as(
        &db,
        Field::Date,
        Problem::NotAllowed,
        "a future date",
        |tx| maturity::record(tx, &rating(anna, "2026-11-23", [2; 5]), today()),
    );
    refused_as(
        &db,
        Field::Name,
        Problem::Unknown,
        "an unknown employee",
        |tx| maturity::record(tx, &rating(999, "2026-03-01", [2; 5]), today()),
    );
    db.write(|tx| people::archive_employee(tx, ids[1], today()))
        .unwrap();
    refused_as(
        &db,
        Field::Name,
        Problem::NotAllowed,
        "someone who left",
        |tx| maturity::record(tx, &rating(ids[1], "2026-03-01", [2; 5]), today()),
    );
    refused_as(
        &db,
        Field::Note,
        Problem::TooLong { max: 2000 },
        "a note of 2001 characters",
        |tx| {
            maturity::record(
                tx,
                &NewMaturity {
                    note: "x".repeat(2001),
                    ..rating(anna, "2026-03-01", [2; 5])
                },
                today(),
            )
        },
    );
    assert_eq!(count(&db, "maturity_assessment"), 0);
    rate(&db, anna, &today().to_string(), [1; 5]);
    assert_eq!(count(&db, "maturity_assessment"), 1, "today itself is fine");
}

#[test]
fn the_demo_rates_most_people_twice_and_shows_growth() {
    let (_dir, path) = demo_file(140);
    let db = Db::open(&path).unwrap();
    let now = db
        .read(|c| maturity::aggregate(c, today(), Scope::Company))
        .unwrap();
    assert_eq!(now.active_people, 140);
    assert!(
        (105..=130).contains(&now.people_rated),
        "about 85 % of 140 are rated, got {}",
        now.people_rated
    );
    let employees = db.read(|c| people::list_employees(c, false)).unwrap();
    let mut rated_twice = 0;
    for e in &employees {
        let history = db.read(|c| maturity::history(c, e.id)).unwrap();
        if history.is_empty() {
            continue;
        }
        assert_eq!(history.len(), 2, "two ratings each: {history:?}");
        let gap = date(&history[1].assessed_on) - date(&history[0].assessed_on);
        assert!(
            (80..=105).contains(&gap.num_days()),
            "about three months apart, got {gap}"
        );
        rated_twice += 1;
    }
    assert_eq!(
        rated_twice, now.people_rated,
        "everyone rated has two ratings about three months apart"
    );
    let cmp = db
        .read(|c| maturity::compare(c, today() - chrono::Days::new(90), today(), Scope::Company))
        .unwrap();
    assert_eq!(cmp.people_compared, now.people_rated);
    let figures = cmp.figures.unwrap();
    assert!(
        figures.index.change > 0.2,
        "the demo shows growth: {:?}",
        figures.index
    );
    for d in &figures.dimensions {
        assert!(d.delta.change > 0.0, "{:?} grows in the demo", d.dimension);
    }
    let departments = db.read(people::list_departments).unwrap();
    let indexes: Vec<f64> = departments
        .iter()
        .map(|d| {
            db.read(|c| maturity::aggregate(c, today(), Scope::Department(d.id)))
                .unwrap()
                .figures
                .unwrap_or_else(|| panic!("{} has five rated people or more", d.name))
                .index
        })
        .collect();
    let (low, high) = indexes
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, h), &i| (l.min(i), h.max(i)));
    assert!(high - low > 0.15, "departments differ: {indexes:?}");
}

#[test]
fn the_cli_prints_the_maturity_of_the_company_and_of_a_department() {
    let (_dir, path) = demo_file(140);
    let csv = cli(
        &path,
        &["maturity", "--as-of", "2026-11-22", "--format", "csv"],
    );
    assert!(csv.status.success(), "{}", stderr(&csv));
    let text = stdout(&csv);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Bereich;Stand;Bewertete Personen;Dimension;Mittelwert;Stufe 1;Stufe 2;Stufe 3"
    );
    assert_eq!(lines.len(), 7, "five dimensions and the index: {text}");
    let dims: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(';').nth(3).unwrap())
        .collect();
    assert_eq!(
        dims,
        [
            "Tool-Kenntnisse",
            "Anwendungsbreite",
            "Selbstständigkeit",
            "Innovation",
            "Wissensteilung",
            "Reifegrad-Index"
        ]
    );
    let rated: u32 = lines[1].split(';').nth(2).unwrap().parse().unwrap();
    for line in &lines[1..6] {
        let cells: Vec<&str> = line.split(';').collect();
        assert_eq!(cells.len(), 8, "{line}");
        assert_eq!(
            &cells[..2],
            ["Unternehmen", "2026-10-31"],
            "counted up to the last month end"
        );
        assert!(cells[4].contains(','), "a German decimal mean: {line}");
        let people: u32 = cells[5..].iter().map(|c| c.parse::<u32>().unwrap()).sum();
        assert_eq!(people, rated, "everyone rated is at one level: {line}");
    }

    let it = cli(
        &path,
        &[
            "maturity",
            "--as-of",
            "2026-11-22",
            "--department",
            "it",
            "--format",
            "csv",
        ],
    );
    assert!(it.status.success(), "{}", stderr(&it));
    let it_text = stdout(&it);
    assert!(
        it_text
            .lines()
            .skip(1)
            .all(|l| l.starts_with("IT;2026-10-31;")),
        "the department by its name, case ignored: {it_text}"
    );
    let table = cli(
        &path,
        &["maturity", "--as-of", "2026-11-22", "--department", "IT"],
    );
    assert!(table.status.success(), "{}", stderr(&table));
    let table = stdout(&table);
    assert!(
        table.contains("KI-Reifegrad: IT, Stand 31.10.2026 (Monatsende)"),
        "{table}"
    );
    assert!(table.contains("Reifegrad-Index"), "{table}");
    assert!(table.contains("Wissensteilung"), "{table}");

    // Before the demo's first ratings nobody is rated: withheld, in words.
    let early = cli(
        &path,
        &["maturity", "--as-of", "2026-01-01", "--format", "csv"],
    );
    assert!(early.status.success(), "{}", stderr(&early));
    let early = stdout(&early);
    assert!(
        early
            .lines()
            .skip(1)
            .all(|l| l.contains(";0;") && l.contains(";zu wenige Personen;")),
        "{early}"
    );
    let early_table = cli(&path, &["maturity", "--as-of", "2026-01-01"]);
    assert!(stdout(&early_table).contains("Zu wenige Personen bewertet"));

    let unknown = cli(&path, &["maturity", "--department", "Raumfahrt"]);
    assert!(!unknown.status.success(), "an unknown department fails");
    assert!(
        stderr(&unknown).contains("Raumfahrt"),
        "{}",
        stderr(&unknown)
    );
    let bad_day = cli(&path, &["maturity", "--as-of", "gestern"]);
    assert!(!bad_day.status.success(), "a day that is no date fails");
}

#[test]
fn the_cli_withholds_a_small_department() {
    let (_dir, path) = demo_file(20);
    let it = cli(
        &path,
        &[
            "maturity",
            "--as-of",
            "2026-11-22",
            "--department",
            "IT",
            "--format",
            "csv",
        ],
    );
    assert!(it.status.success(), "{}", stderr(&it));
    let text = stdout(&it);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter().all(|l| l.ends_with(";zu wenige Personen;;;")),
        "the demo's IT of two people shows no figure: {text}"
    );
}
