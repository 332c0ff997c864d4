//! The talent matrix read model: order, columns, filters, gaps, coverage, profiles.

use crate::support::{add, assess, company, competency, department, input, role, today};
use talentwerk_core::error::Entity;
use talentwerk_core::framework;
use talentwerk_core::matrix::{self, gap, Matrix, MatrixFilter, MatrixRow};
use talentwerk_core::people::{self, EmployeeInput};
use talentwerk_core::{Db, Error};

struct Fixture {
    db: Db,
    vertrieb: u32,
    it: u32,
    anna: u32,
    bernd: u32,
    carla: u32,
    anton: u32,
    xaver: u32,
}

/// Vertrieb (created first, so shown first): Anna Adler, bernd Zeller (KI-Trainer), Carla Berg.
/// IT: "100% Müller" (A_1), Anton Ast (Data Steward), Ben Bauer (AB1), Xaver Alt (archived).
fn fixture() -> Fixture {
    let db = company();
    let vertrieb = department(&db, "Vertrieb");
    let it = department(&db, "IT");
    let trainer = role(&db, "KI-Trainer");
    let steward = role(&db, "Data Steward");
    let person = |number: &str, name: &str, dept: u32, role_id: Option<u32>, job: &str| {
        add(
            &db,
            &EmployeeInput {
                role_id,
                job_title: job.into(),
                ..input(number, name, dept)
            },
        )
        .id
    };
    let bernd = person(
        "P-2",
        "bernd Zeller",
        vertrieb,
        Some(trainer),
        "Innendienst",
    );
    let carla = person("P-3", "Carla Berg", vertrieb, None, "Key Account Manager");
    let anna = person("P-1", "Anna Adler", vertrieb, None, "Marketing");
    let anton = person("P-4", "Anton Ast", it, Some(steward), "IT-Administrator");
    person("A_1", "100% Müller", it, None, "");
    person("AB1", "Ben Bauer", it, None, "");
    let xaver = person("P-9", "Xaver Alt", it, None, "");
    db.write(|tx| people::archive_employee(tx, xaver, today()))
        .unwrap();

    let c = |code| competency(&db, code);
    let (g1, g2, g3, a1) = (c("G1"), c("G2"), c("G3"), c("A1"));
    for (who, comp, level) in [
        (anna, g1, 3),
        (bernd, g1, 1),
        (carla, g1, 2),
        (anton, g1, 3),
        (xaver, g1, 3),
        (anna, g2, 2),
        (bernd, g3, 3),
        (bernd, a1, 3),
    ] {
        assess(&db, who, comp, level, "2026-10-01");
    }
    Fixture {
        db,
        vertrieb,
        it,
        anna,
        bernd,
        carla,
        anton,
        xaver,
    }
}

fn matrix_for(db: &Db, filter: MatrixFilter) -> Matrix {
    db.read(|c| matrix::matrix(c, &filter)).unwrap()
}

fn names(m: &Matrix) -> Vec<&str> {
    m.rows.iter().map(|r| r.name.as_str()).collect()
}

fn row(m: &Matrix, id: u32) -> &MatrixRow {
    m.rows
        .iter()
        .find(|r| r.employee_id == id)
        .expect("the employee has a row")
}

fn col(m: &Matrix, code: &str) -> usize {
    m.columns()
        .position(|c| c.code == code)
        .expect("the column exists")
}

fn search(db: &Db, text: &str) -> Vec<String> {
    let m = matrix_for(
        db,
        MatrixFilter {
            search: Some(text.into()),
            ..MatrixFilter::default()
        },
    );
    m.rows.into_iter().map(|r| r.name).collect()
}

#[test]
fn rows_are_grouped_by_department_then_name() {
    let f = fixture();
    let m = matrix_for(&f.db, MatrixFilter::default());
    assert_eq!(
        names(&m),
        [
            "Anna Adler",
            "bernd Zeller",
            "Carla Berg",
            "100% Müller",
            "Anton Ast",
            "Ben Bauer"
        ],
        "rows must follow department order, then name ignoring case; leavers hidden"
    );
    let depts: Vec<u32> = m.rows.iter().map(|r| r.department_id).collect();
    assert_eq!(
        depts,
        [f.vertrieb, f.vertrieb, f.vertrieb, f.it, f.it, f.it],
        "rows must be grouped by department"
    );
    assert!(
        m.rows.iter().all(|r| !r.archived),
        "the default matrix shows no leavers"
    );
}

#[test]
fn columns_follow_the_framework_grouped_by_pillar() {
    let f = fixture();
    let m = matrix_for(&f.db, MatrixFilter::default());
    let fw = f.db.read(framework::load).unwrap();
    let pillars: Vec<&str> = m.groups.iter().map(|g| g.pillar.name.as_str()).collect();
    assert_eq!(
        pillars,
        ["Grundlagen", "Anwendung", "Sicherheit", "Datenkompetenz"],
        "column groups are the pillars in order"
    );
    for g in &m.groups {
        assert!(
            g.competencies.iter().all(|c| c.pillar_id == g.pillar.id),
            "group {} holds only its pillar",
            g.pillar.name
        );
    }
    let columns: Vec<u32> = m.columns().map(|c| c.id).collect();
    let framework_order: Vec<u32> = fw.competencies.iter().map(|c| c.id).collect();
    assert_eq!(
        columns, framework_order,
        "columns must be in framework order"
    );
    for r in &m.rows {
        assert_eq!(
            (r.levels.len(), r.targets.len(), r.gaps.len()),
            (16, 16, 16),
            "every row has one cell per column"
        );
    }
    assert_eq!(m.coverage.len(), 16, "one coverage entry per column");
    assert!(
        m.coverage
            .iter()
            .zip(m.columns())
            .all(|(cov, c)| cov.competency_id == c.id),
        "coverage follows column order"
    );
}

#[test]
fn cells_show_the_current_level_or_nothing() {
    let f = fixture();
    let m = matrix_for(&f.db, MatrixFilter::default());
    let anna = row(&m, f.anna);
    assert_eq!(
        anna.levels[col(&m, "G1")],
        Some(3),
        "an assessed cell shows its level"
    );
    assert_eq!(
        anna.levels[col(&m, "G2")],
        Some(2),
        "an assessed cell shows its level"
    );
    assert_eq!(
        anna.levels[col(&m, "G3")],
        None,
        "an unassessed cell shows nothing, not 0"
    );
    assert_eq!(
        anna.pseudonym, "MA-003",
        "the row carries the pseudonym for printing"
    );
    assert_eq!(
        anna.department, "Vertrieb",
        "the row carries the department name"
    );
}

#[test]
fn filters_by_department_role_and_pillar() {
    let f = fixture();
    let m = matrix_for(
        &f.db,
        MatrixFilter {
            department_id: Some(f.it),
            ..MatrixFilter::default()
        },
    );
    assert_eq!(
        names(&m),
        ["100% Müller", "Anton Ast", "Ben Bauer"],
        "the department filter keeps only that department"
    );

    let trainer = role(&f.db, "KI-Trainer");
    let m = matrix_for(
        &f.db,
        MatrixFilter {
            role_id: Some(trainer),
            ..MatrixFilter::default()
        },
    );
    assert_eq!(
        names(&m),
        ["bernd Zeller"],
        "the role filter keeps only that role's holders"
    );

    let both = matrix_for(
        &f.db,
        MatrixFilter {
            department_id: Some(f.it),
            role_id: Some(trainer),
            ..MatrixFilter::default()
        },
    );
    assert!(both.rows.is_empty(), "filters combine with AND");

    let fw = f.db.read(framework::load).unwrap();
    let sicherheit = fw.pillars.iter().find(|p| p.name == "Sicherheit").unwrap();
    let m = matrix_for(
        &f.db,
        MatrixFilter {
            pillar_id: Some(sicherheit.id),
            ..MatrixFilter::default()
        },
    );
    assert_eq!(
        m.groups.len(),
        1,
        "the pillar filter keeps one column group"
    );
    let codes: Vec<&str> = m.columns().map(|c| c.code.as_str()).collect();
    assert_eq!(
        codes,
        ["S1", "S2", "S3", "S4"],
        "the pillar filter keeps only that pillar's columns"
    );
    assert_eq!(m.rows.len(), 6, "the pillar filter keeps all rows");
    let bernd = row(&m, f.bernd);
    assert_eq!(
        (bernd.levels.len(), bernd.targets.len(), bernd.gaps.len()),
        (4, 4, 4),
        "row cells match the filtered columns"
    );
    assert_eq!(
        bernd.targets[0],
        Some(3),
        "the KI-Trainer's S1 target lands in the S1 column"
    );
    assert_eq!(bernd.gaps, [3, 0, 0, 0], "gaps follow the filtered columns");
    assert_eq!(m.coverage.len(), 4, "coverage follows the filtered columns");
}

#[test]
fn include_archived_shows_leavers() {
    let f = fixture();
    let m = matrix_for(
        &f.db,
        MatrixFilter {
            include_archived: true,
            ..MatrixFilter::default()
        },
    );
    assert_eq!(m.rows.len(), 7, "include_archived must add the leaver");
    assert!(
        row(&m, f.xaver).archived,
        "a leaver's row is marked archived"
    );
    assert_eq!(
        m.rows.last().unwrap().employee_id,
        f.xaver,
        "a leaver stays in name order within the department"
    );
}

#[test]
fn search_matches_name_number_and_title_literally() {
    let f = fixture();
    assert_eq!(
        search(&f.db, "adler"),
        ["Anna Adler"],
        "search matches names ignoring case"
    );
    assert_eq!(
        search(&f.db, "p-3"),
        ["Carla Berg"],
        "search matches personnel numbers ignoring case"
    );
    assert_eq!(
        search(&f.db, "key account"),
        ["Carla Berg"],
        "search matches job titles"
    );
    assert_eq!(
        search(&f.db, "MA-001"),
        ["bernd Zeller"],
        "search matches pseudonyms"
    );
    assert_eq!(
        search(&f.db, "müller"),
        ["100% Müller"],
        "search matches umlauts"
    );
    assert_eq!(
        search(&f.db, "MÜLLER"),
        ["100% Müller"],
        "search ignores the case of umlauts too"
    );
    add(&f.db, &input("P-5", "Özlem Çelik", f.it));
    assert_eq!(
        search(&f.db, "özlem çelik"),
        ["Özlem Çelik"],
        "a lower-case search finds an upper-case umlaut"
    );
    assert_eq!(
        search(&f.db, "ÖZLEM"),
        ["Özlem Çelik"],
        "an upper-case search finds the name"
    );
    assert_eq!(
        search(&f.db, "%"),
        ["100% Müller"],
        "% in a search is a literal percent sign"
    );
    assert_eq!(
        search(&f.db, "_"),
        ["100% Müller"],
        "_ in a search is a literal underscore"
    );
    assert_eq!(
        search(&f.db, "A_1"),
        ["100% Müller"],
        "_ must not match any one character (AB1)"
    );
    assert_eq!(
        search(&f.db, "\\"),
        Vec::<String>::new(),
        "a backslash is literal, not an escape"
    );
    assert_eq!(
        search(&f.db, "  ").len(),
        7,
        "a blank search filters nothing"
    );
    assert_eq!(
        search(&f.db, " anna ").len(),
        1,
        "the search text is trimmed"
    );
    assert!(
        search(&f.db, "Xaver").is_empty(),
        "search does not bring back leavers"
    );
}

#[test]
fn gaps_are_target_minus_level_never_negative() {
    let f = fixture();
    let m = matrix_for(&f.db, MatrixFilter::default());
    let bernd = row(&m, f.bernd);
    let at = |code| col(&m, code);
    assert_eq!(
        bernd.role.as_deref(),
        Some("KI-Trainer"),
        "the row carries the role"
    );
    assert_eq!(
        (bernd.targets[at("G1")], bernd.gaps[at("G1")]),
        (Some(3), 2),
        "G1: target 3, level 1 → gap 2"
    );
    assert_eq!(
        (bernd.targets[at("G2")], bernd.gaps[at("G2")]),
        (Some(3), 3),
        "G2: target 3, not assessed → gap 3"
    );
    assert_eq!(
        (bernd.targets[at("G3")], bernd.gaps[at("G3")]),
        (Some(3), 0),
        "G3: target met → gap 0"
    );
    assert_eq!(
        (bernd.targets[at("A1")], bernd.gaps[at("A1")]),
        (Some(2), 0),
        "A1: level 3 above target 2 → gap 0, not negative"
    );
    assert_eq!(
        (bernd.targets[at("D1")], bernd.gaps[at("D1")]),
        (None, 0),
        "no target → no gap"
    );
    assert_eq!(
        bernd.gaps.iter().map(|&g| u32::from(g)).sum::<u32>(),
        2 + 3 + 3 + 3,
        "G1 + G2 + G4 + S1"
    );

    let anna = row(&m, f.anna);
    assert!(
        anna.targets.iter().all(Option::is_none),
        "without a role there are no targets"
    );
    assert!(
        anna.gaps.iter().all(|&g| g == 0),
        "without a role there are no gaps"
    );

    let anton = row(&m, f.anton);
    assert_eq!(
        (anton.targets[at("D1")], anton.gaps[at("D1")]),
        (Some(3), 3),
        "Data Steward: D1 target 3, not assessed"
    );
    assert_eq!(
        anton.gaps[at("G1")],
        0,
        "Data Steward has no G1 target, so an expert level there is no gap"
    );

    assert_eq!(gap(None, Some(3)), 3, "a missing level counts as 0");
    assert_eq!(gap(Some(3), Some(1)), 0, "a gap is never negative");
    assert_eq!(gap(Some(2), None), 0, "no target, no gap");
}

#[test]
fn coverage_counts_the_filtered_rows() {
    let f = fixture();
    let m = matrix_for(&f.db, MatrixFilter::default());
    let g1 = &m.coverage[col(&m, "G1")];
    assert_eq!(
        (g1.covered, g1.experts),
        (3, 2),
        "G1: Anna 3, Carla 2, Anton 3 are at ≥ 2; the leaver is not counted"
    );
    assert!(!g1.knowledge_island, "two experts are no knowledge island");
    let g2 = &m.coverage[col(&m, "G2")];
    assert_eq!(
        (g2.covered, g2.experts, g2.knowledge_island),
        (1, 0, true),
        "no expert at all is a knowledge island"
    );
    let g3 = &m.coverage[col(&m, "G3")];
    assert_eq!(
        (g3.covered, g3.experts, g3.knowledge_island),
        (1, 1, true),
        "a single expert is a knowledge island"
    );
    let d4 = &m.coverage[col(&m, "D4")];
    assert_eq!(
        (d4.covered, d4.experts, d4.knowledge_island),
        (0, 0, true),
        "an unassessed column has no coverage"
    );

    let m = matrix_for(
        &f.db,
        MatrixFilter {
            department_id: Some(f.vertrieb),
            ..MatrixFilter::default()
        },
    );
    let g1 = &m.coverage[col(&m, "G1")];
    assert_eq!(
        (g1.covered, g1.experts, g1.knowledge_island),
        (2, 1, true),
        "coverage counts only the filtered rows"
    );

    let m = matrix_for(
        &f.db,
        MatrixFilter {
            include_archived: true,
            ..MatrixFilter::default()
        },
    );
    let g1 = &m.coverage[col(&m, "G1")];
    assert_eq!(
        (g1.covered, g1.experts),
        (4, 3),
        "with leavers shown, they count too"
    );
}

#[test]
fn employee_profile_returns_the_row_and_the_history() {
    let f = fixture();
    let g1 = competency(&f.db, "G1");
    assess(&f.db, f.bernd, g1, 0, "2025-01-01");
    let m = matrix_for(&f.db, MatrixFilter::default());
    let p = f.db.read(|c| matrix::employee_profile(c, f.bernd)).unwrap();
    assert_eq!(
        &p.row,
        row(&m, f.bernd),
        "the profile row must equal the matrix row"
    );
    assert_eq!(
        p.employee.name, "bernd Zeller",
        "the profile carries the employee"
    );
    assert_eq!(p.groups, m.groups, "the profile has all framework columns");
    assert_eq!(
        p.history.len(),
        4,
        "the profile has the whole history, back-dated entries included"
    );
    let g1_history: Vec<u8> = p
        .history
        .iter()
        .filter(|a| a.competency_id == g1)
        .map(|a| a.level)
        .collect();
    assert_eq!(
        g1_history,
        [1, 0],
        "history is newest first within a competency"
    );

    let leaver = f.db.read(|c| matrix::employee_profile(c, f.xaver)).unwrap();
    assert!(
        leaver.row.archived,
        "a leaver's profile is available and marked archived"
    );
    let quiet = f.db.read(|c| matrix::employee_profile(c, f.carla)).unwrap();
    assert_eq!(quiet.history.len(), 1, "Carla has one assessment");

    let missing = f.db.read(|c| matrix::employee_profile(c, 999));
    assert!(
        matches!(
            missing,
            Err(Error::NotFound {
                entity: Entity::Employee,
                ..
            })
        ),
        "an unknown employee's profile must be NotFound, got {:?}",
        missing.map(|p| p.employee.id)
    );
}

#[test]
fn names_sort_as_in_a_german_phone_book() {
    let mut names = vec![
        "Zander", "Özlem", "Anna", "Ärger", "Oskar", "Müßig", "Muster",
    ];
    names.sort_by(|a, b| talentwerk_core::db::german_order(a, b));
    assert_eq!(
        names,
        ["Anna", "Ärger", "Müßig", "Muster", "Oskar", "Özlem", "Zander"],
        "umlauts sort with their base letter, ß as ss"
    );
}
