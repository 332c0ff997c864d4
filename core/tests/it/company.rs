//! The company in a file: creation seeds the default framework, settings are validated.

use crate::support::{company, refused, refused_as, today, COMPANY};
use talentwerk_core::company::{self, CompanySettings, Language};
use talentwerk_core::error::{Field, Problem};
use talentwerk_core::framework;
use talentwerk_core::{Db, Error};

#[test]
fn a_fresh_file_has_no_company() {
    let db = Db::open_in_memory().unwrap();
    assert_eq!(
        db.read(company::get).unwrap(),
        None,
        "a fresh file must hold no company"
    );
    assert!(
        matches!(db.read(company::require), Err(Error::NoCompany)),
        "require on a fresh file must be NoCompany"
    );
}

#[test]
fn create_stores_the_company_with_defaults() {
    let db = Db::open_in_memory().unwrap();
    let created = db
        .write(|tx| company::create(tx, "  Müller & Söhne KG  ", Language::En, today()))
        .unwrap();
    assert_eq!(
        created.name, "Müller & Söhne KG",
        "the company name must be trimmed"
    );
    assert_eq!(
        created.hourly_rate,
        company::DEFAULT_HOURLY_RATE,
        "a new company gets the default hourly rate"
    );
    assert_eq!(
        created.working_weeks,
        company::DEFAULT_WORKING_WEEKS,
        "a new company gets 46 working weeks"
    );
    assert_eq!(
        created.language,
        Language::En,
        "the chosen language must be kept"
    );
    assert_eq!(
        created.created_on, "2026-11-22",
        "created_on must be the given today"
    );
    assert_eq!(
        db.read(company::require).unwrap(),
        created,
        "create must return what is stored"
    );
}

#[test]
fn create_seeds_the_default_framework() {
    let db = company();
    let fw = db.read(framework::load).unwrap();
    let pillars: Vec<&str> = fw.pillars.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        pillars,
        ["Grundlagen", "Anwendung", "Sicherheit", "Datenkompetenz"],
        "the four default pillars, in order"
    );
    let codes: Vec<&str> = fw.competencies.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "G1", "G2", "G3", "G4", "A1", "A2", "A3", "A4", "S1", "S2", "S3", "S4", "D1", "D2",
            "D3", "D4"
        ],
        "the sixteen default competencies, in framework order"
    );
    for (i, pillar) in fw.pillars.iter().enumerate() {
        let in_pillar: Vec<&str> = fw
            .competencies
            .iter()
            .filter(|c| c.pillar_id == pillar.id)
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            in_pillar,
            codes[i * 4..i * 4 + 4],
            "pillar {} must hold its four competencies",
            pillar.name
        );
    }
    for c in &fw.competencies {
        assert!(!c.name.is_empty(), "competency {} must have a name", c.code);
        assert_eq!(
            c.level_descriptors.len(),
            3,
            "competency {} must describe levels 1–3",
            c.code
        );
    }
    let roles: Vec<&str> = fw.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        roles,
        [
            "KI-Prozessmanager",
            "Prompt Engineer",
            "KI-Trainer",
            "Data Steward",
            "KI-Consultant",
            "Social-Media-KI-Manager",
            "Lead-Generator",
            "Customer-Relations-Manager",
            "Kommunikations-Überwacher"
        ],
        "the nine default AI roles, in order"
    );
    let level_of = |role: &str, code: &str| {
        let role = fw.roles.iter().find(|r| r.name == role).unwrap();
        let id = fw.competency_by_code(code).unwrap().id;
        role.targets
            .iter()
            .find(|t| t.competency_id == id)
            .map(|t| t.min_level)
    };
    for code in ["G1", "G2", "G3", "G4", "S1"] {
        assert_eq!(
            level_of("KI-Trainer", code),
            Some(3),
            "KI-Trainer must need {code} at level 3"
        );
    }
    for code in ["D1", "S1"] {
        assert_eq!(
            level_of("Data Steward", code),
            Some(3),
            "Data Steward must need {code} at level 3"
        );
    }
    assert_eq!(
        level_of("Data Steward", "G2"),
        None,
        "Data Steward has no Prompt-Engineering target"
    );
    for role in &fw.roles {
        assert!(
            !role.targets.is_empty(),
            "role {} must have a target profile",
            role.name
        );
        assert!(
            role.targets.iter().all(|t| (1..=3).contains(&t.min_level)),
            "role {} targets must be levels 1–3",
            role.name
        );
    }
}

#[test]
fn a_second_create_is_refused() {
    let db = company();
    let error = refused(&db, "a second company", |tx| {
        company::create(tx, "Zweite GmbH", Language::De, today())
    });
    assert!(
        matches!(error, Error::CompanyExists),
        "a second create must be CompanyExists, got {error:?}"
    );
}

#[test]
fn create_without_a_name_writes_nothing() {
    let db = Db::open_in_memory().unwrap();
    for name in ["", "   "] {
        refused_as(
            &db,
            Field::CompanyName,
            Problem::Empty,
            "an empty company name",
            |tx| company::create(tx, name, Language::De, today()),
        );
    }
    assert!(
        db.read(framework::load).unwrap().competencies.is_empty(),
        "a refused create must not seed the framework"
    );
}

fn settings() -> CompanySettings {
    CompanySettings {
        name: "Neuer Name AG".into(),
        hourly_rate: 72.5,
        working_weeks: 44,
        language: Language::En,
    }
}

#[test]
fn update_changes_the_settings() {
    let db = company();
    let updated = db.write(|tx| company::update(tx, &settings())).unwrap();
    assert_eq!(updated.name, "Neuer Name AG", "update must change the name");
    assert_eq!(
        updated.hourly_rate, 72.5,
        "update must change the hourly rate"
    );
    assert_eq!(
        updated.working_weeks, 44,
        "update must change the working weeks"
    );
    assert_eq!(
        updated.language,
        Language::En,
        "update must change the language"
    );
    assert_eq!(
        updated.created_on, "2026-11-22",
        "update must not touch created_on"
    );
    assert_eq!(
        db.read(company::require).unwrap(),
        updated,
        "update must return what is stored"
    );

    // The edges of the valid ranges are accepted.
    for (rate, weeks) in [(0.0, 1), (10_000.0, 53)] {
        let s = CompanySettings {
            hourly_rate: rate,
            working_weeks: weeks,
            ..settings()
        };
        let c = db
            .write(|tx| company::update(tx, &s))
            .unwrap_or_else(|e| panic!("rate {rate}, weeks {weeks} must be valid: {e}"));
        assert_eq!(
            (c.hourly_rate, c.working_weeks),
            (rate, weeks as u32),
            "edge values must be stored"
        );
    }
    let s = CompanySettings {
        name: "ä".repeat(120),
        ..settings()
    };
    db.write(|tx| company::update(tx, &s))
        .expect("a name of exactly 120 characters (not bytes) is valid");
}

#[test]
fn update_validates_and_writes_nothing_on_failure() {
    let db = company();
    let cases: Vec<(&str, CompanySettings, Field, Problem)> = vec![
        (
            "empty name",
            CompanySettings {
                name: String::new(),
                ..settings()
            },
            Field::CompanyName,
            Problem::Empty,
        ),
        (
            "blank name",
            CompanySettings {
                name: " \t ".into(),
                ..settings()
            },
            Field::CompanyName,
            Problem::Empty,
        ),
        (
            "name of 121 characters",
            CompanySettings {
                name: "x".repeat(121),
                ..settings()
            },
            Field::CompanyName,
            Problem::TooLong { max: 120 },
        ),
        (
            "negative hourly rate",
            CompanySettings {
                hourly_rate: -0.01,
                ..settings()
            },
            Field::HourlyRate,
            Problem::OutOfRange {
                min: 0,
                max: 10_000,
            },
        ),
        (
            "NaN hourly rate",
            CompanySettings {
                hourly_rate: f64::NAN,
                ..settings()
            },
            Field::HourlyRate,
            Problem::OutOfRange {
                min: 0,
                max: 10_000,
            },
        ),
        (
            "infinite hourly rate",
            CompanySettings {
                hourly_rate: f64::INFINITY,
                ..settings()
            },
            Field::HourlyRate,
            Problem::OutOfRange {
                min: 0,
                max: 10_000,
            },
        ),
        (
            "0 working weeks",
            CompanySettings {
                working_weeks: 0,
                ..settings()
            },
            Field::WorkingWeeks,
            Problem::OutOfRange { min: 1, max: 53 },
        ),
        (
            "54 working weeks",
            CompanySettings {
                working_weeks: 54,
                ..settings()
            },
            Field::WorkingWeeks,
            Problem::OutOfRange { min: 1, max: 53 },
        ),
    ];
    for (what, s, field, problem) in cases {
        refused_as(&db, field, problem, what, |tx| company::update(tx, &s));
    }
    assert_eq!(
        db.read(company::require).unwrap().name,
        COMPANY,
        "refused updates must keep the old settings"
    );
}

#[test]
fn update_without_a_company_is_refused() {
    let db = Db::open_in_memory().unwrap();
    let error = refused(&db, "update in an empty file", |tx| {
        company::update(tx, &settings())
    });
    assert!(
        matches!(error, Error::NotFound { .. } | Error::NoCompany),
        "updating a missing company must say it is missing, got {error:?}"
    );
}

#[test]
fn defaults_the_user_removed_are_not_seeded_again_on_opening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("firma.db");
    {
        let db = talentwerk_core::Db::open(&path).unwrap();
        db.write(|tx| company::create(tx, "Eigene GmbH", Language::De, crate::support::today()))
            .unwrap();
        let stages = db.read(talentwerk_core::ladder::stages).unwrap();
        assert_eq!(stages.len(), 3, "a new company starts with the ladder");
        db.write(|tx| {
            for stage in &stages {
                talentwerk_core::ladder::delete_stage(tx, stage.id)?;
            }
            Ok(())
        })
        .unwrap();
    }
    let db = talentwerk_core::Db::open_existing(&path).unwrap();
    assert!(
        db.read(talentwerk_core::ladder::stages).unwrap().is_empty(),
        "the company chose to have no ladder"
    );
}
