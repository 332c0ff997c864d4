//! The printouts for growing people — the career ladder for the notice board, one person's
//! development plan, the AI-literacy record of EU AI Act Art. 4 with its CSV — read back the
//! way a person reads them (`pdftotext`, `pdfinfo`), and their CLI commands.

use crate::print::{flat, info, info_value, page_count, pages, poppler};
use crate::support::{
    add, assert_invalid, cli, company, date, demo_file, department, input, snapshot, stderr,
    stdout, today,
};
use chrono::{Days, NaiveDate};
use talentwerk_core::company::Language;
use talentwerk_core::error::{Entity, Field, Problem};
use talentwerk_core::ladder::{self, RequirementInput, StageInput};
use talentwerk_core::literacy::{self, LiteracyRecord};
use talentwerk_core::people::EmployeeInput;
use talentwerk_core::{demo, framework, learning, people, print, texts, Db, Error};

fn demo_company(employees: u32, language: Language) -> Db {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, employees, language, today()))
        .unwrap();
    db
}

/// The text in reading order with runs of whitespace as single spaces: a paragraph wrapped
/// in a table cell reads as one phrase.
fn reading(pdf: &[u8]) -> String {
    flat(&poppler("pdftotext", pdf, &["-enc", "UTF-8"]))
}

fn is_a4(pdf: &[u8], landscape: bool) -> bool {
    let size = info_value(&info(pdf), "Page size");
    if landscape {
        size.starts_with("841.8") && size.contains("x 595.2")
    } else {
        size.starts_with("595.2") && size.contains("x 841.8")
    }
}

fn german(iso: &str) -> String {
    date(iso).format("%d.%m.%Y").to_string()
}

// ---------------------------------------------------------------------------------------
// The career ladder

fn ladder_pdf(db: &Db) -> Vec<u8> {
    db.read(|conn| print::ladder_printout(conn, today()))
        .expect("the ladder prints")
        .pdf()
        .expect("the PDF is written")
}

#[test]
fn the_ladder_states_each_stage_with_band_and_criteria_lowest_first() {
    let db = demo_company(140, Language::De);
    let pdf = ladder_pdf(&db);
    assert!(is_a4(&pdf, false), "A4 portrait");
    let text = reading(&pdf);
    for expected in [
        "KI-Laufbahn: Kriterien für Gehalt und Entwicklung",
        "Muster Maschinenbau GmbH",
        "Stand 22.11.2026",
        "Richtlinie (EU) 2023/970",
        "Für alle Beschäftigten",
        "42.000 – 54.000 € pro Jahr",
        "52.000 – 68.000 € pro Jahr",
        "65.000 – 88.000 € pro Jahr",
        "Kompetenz G2 Prompt Engineering: mindestens Stufe 2 (selbstständig)",
        "KI-Reifegrad-Index mindestens 2,0",
        "KI-Reifegrad-Index mindestens 1,2",
        "Lernpfad „Power-User“ abgeschlossen",
        "Mitglied im Team eines laufenden, skalierten oder abgeschlossenen Pilotprojekts",
        "betreut als Mentor/in eine andere Person",
        "Erweiterte Fähigkeiten und Mentoring-Rolle",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }
    let at = |name: &str| {
        text.find(name)
            .unwrap_or_else(|| panic!("{name} is printed: {text}"))
    };
    assert!(
        at("KI-Anwender") < at("KI-Spezialist") && at("KI-Spezialist") < at("KI-Experte"),
        "lowest stage first: {text}"
    );
    assert!(
        !text.contains("nicht mehr erfüllbar"),
        "no requirement of the default ladder is retired: {text}"
    );
}

#[test]
fn the_ladder_names_no_person() {
    let db = demo_company(140, Language::De);
    let text = pages(&ladder_pdf(&db)).join("\n") + &reading(&ladder_pdf(&db));
    let everyone = db.read(|c| people::list_employees(c, true)).unwrap();
    assert!(everyone.len() >= 140);
    for e in &everyone {
        assert!(
            !text.contains(&e.name) && !text.contains(&e.pseudonym),
            "{} must not appear on the notice board: {text}",
            e.name
        );
    }
}

#[test]
fn open_bands_missing_bands_and_retired_requirements_are_worded() {
    let db = company();
    let g2 = crate::support::competency(&db, "G2");
    db.write(|tx| {
        let stages = ladder::stages(tx)?;
        let band = |i: usize, min: Option<i32>, max: Option<i32>| -> talentwerk_core::Result<()> {
            let s = &stages[i];
            ladder::update_stage(
                tx,
                s.id,
                &StageInput {
                    name: s.name.clone(),
                    position: s.position as i32,
                    responsibilities: if i == 2 {
                        String::new()
                    } else {
                        s.responsibilities.clone()
                    },
                    salary_min: min,
                    salary_max: max,
                },
            )?;
            Ok(())
        };
        band(0, Some(40_000), None)?;
        band(1, None, Some(70_000))?;
        band(2, None, None)?;
        // A stage that asks for a competency the company then retires.
        let extra = ladder::create_stage(
            tx,
            &StageInput {
                name: "KI-Architekt".into(),
                position: 4,
                responsibilities: "Gestaltet die KI-Landschaft.".into(),
                salary_min: Some(80_000),
                salary_max: Some(99_000),
            },
        )?;
        ladder::add_requirement(
            tx,
            extra.id,
            &RequirementInput::Competency {
                competency_id: g2,
                min_level: 3,
            },
        )?;
        framework::delete_competency(tx, g2, today())?;
        Ok(())
    })
    .unwrap();
    let text = reading(&ladder_pdf(&db));
    for expected in [
        "ab 40.000 € pro Jahr",
        "bis 70.000 € pro Jahr",
        "Gehaltsband (brutto) nicht festgelegt VERANTWORTUNG nicht beschrieben",
        "80.000 – 99.000 € pro Jahr",
        "Kompetenz G2 Prompt Engineering: mindestens Stufe 3 (Experte) \
         (nicht mehr erfüllbar, zählt nicht)",
        "sie bleibt der Vollständigkeit halber stehen, zählt aber nicht",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }
}

#[test]
fn an_english_company_gets_an_english_ladder_and_an_empty_ladder_says_so() {
    let db = demo_company(12, Language::En);
    let text = reading(&ladder_pdf(&db));
    for expected in [
        "AI career ladder: criteria for pay and progression",
        "Directive (EU) 2023/970",
        "42,000 – 54,000 € per year",
        "AI maturity index at least 2.0",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }

    let db = company();
    db.write(|tx| {
        for s in ladder::stages(tx)? {
            ladder::delete_stage(tx, s.id)?;
        }
        Ok(())
    })
    .unwrap();
    let text = reading(&ladder_pdf(&db));
    assert!(
        text.contains("Es sind noch keine Laufbahnstufen festgelegt."),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------
// The development plan

fn plan_pdf(db: &Db, employee_id: u32) -> Vec<u8> {
    db.read(|conn| print::development_plan_printout(conn, employee_id, today()))
        .expect("the plan prints")
        .pdf()
        .expect("the PDF is written")
}

/// A demo person with an AI role, a stage, something missing for the next one, and a
/// learning path.
fn someone_to_develop(db: &Db) -> ladder::Readiness {
    let everyone = db.read(|c| people::list_employees(c, false)).unwrap();
    db.read(|c| ladder::readiness_all(c, today(), None))
        .unwrap()
        .into_iter()
        .find(|r| {
            r.stage.is_some()
                && !r.missing.is_empty()
                && everyone
                    .iter()
                    .any(|e| e.id == r.employee_id && e.role.is_some())
                && !db
                    .read(|c| learning::record(c, r.employee_id))
                    .unwrap()
                    .enrolments
                    .is_empty()
        })
        .expect("the demo has someone on the ladder with a path and gaps")
}

#[test]
fn the_plan_shows_levels_against_targets_stage_gaps_paths_and_signature_lines() {
    let db = demo_company(140, Language::De);
    let r = someone_to_develop(&db);
    let person = db.read(|c| people::employee(c, r.employee_id)).unwrap();
    let pdf = plan_pdf(&db, r.employee_id);
    assert!(is_a4(&pdf, false), "A4 portrait");
    // In layout order, so a label and its value read as one phrase.
    let text = flat(&pages(&pdf).join("\n"));
    let role = person.role.clone().unwrap();
    for expected in [
        "Entwicklungsplan · Muster Maschinenbau GmbH".to_string(),
        "Vertraulich – Personaldaten".to_string(),
        person.name.clone(),
        format!("Personalnummer {}", person.personnel_number),
        format!("Abteilung {}", person.department),
        format!("KI-Rolle {role}"),
        format!("Kompetenzen: Ist-Stand und Ziel der KI-Rolle {role}"),
        format!(
            "Aktuelle Stufe Stufe {} {} seit {}",
            r.stage.as_ref().unwrap().position,
            r.stage.as_ref().unwrap().name,
            german(r.stage_since.as_deref().unwrap())
        ),
        format!(
            "Bereitschaft {} % ({} von {} Anforderungen erfüllt)",
            r.percent.unwrap(),
            r.met,
            r.total
        ),
        "Es fehlt noch:".to_string(),
        "Mitarbeiter/in".to_string(),
        "Führungskraft".to_string(),
        "Vereinbarte Schritte".to_string(),
    ] {
        assert!(text.contains(&expected), "{expected:?} is printed: {text}");
    }
    for missing in &r.missing {
        let line = texts::ladder_missing(missing, Language::De);
        assert!(
            text.contains(&line),
            "missing item {line:?} is listed: {text}"
        );
    }
    assert_eq!(
        text.matches("Ort, Datum").count(),
        2,
        "a place-and-date line for each signature: {text}"
    );
    let record = db.read(|c| learning::record(c, r.employee_id)).unwrap();
    for enrolment in &record.enrolments {
        assert!(
            text.contains(&format!(
                "{} eingeschrieben am {}",
                enrolment.path,
                german(&enrolment.enrolled_on)
            )),
            "{} with its enrolment date: {text}",
            enrolment.path
        );
    }
    for completion in &record.completions {
        assert!(
            text.contains(&format!(
                "abgeschlossen am {}",
                german(&completion.completed_on)
            )),
            "{} is dated: {text}",
            completion.module
        );
    }
}

#[test]
fn the_plan_names_mentors_and_mentees_and_says_what_is_not_there() {
    let db = demo_company(140, Language::De);
    let pairs = db
        .read(|c| talentwerk_core::mentoring::pairs(c, false))
        .unwrap();
    let pair = pairs.first().expect("the demo has open mentoring pairs");
    let mentee = flat(&pages(&plan_pdf(&db, pair.mentee_id)).join("\n"));
    assert!(
        mentee.contains(&format!("Begleitet von {}", pair.mentor)),
        "{mentee}"
    );
    let mentor = flat(&pages(&plan_pdf(&db, pair.mentor_id)).join("\n"));
    assert!(mentor.contains("Betreut als Mentor/in"), "{mentor}");
    assert!(mentor.contains(&pair.mentee), "{mentor}");

    // Someone new: no role, no stage, no path, no mentor.
    let db = company();
    let it = crate::support::department(&db, "IT");
    let new = crate::support::employee(&db, "0815", "Neue Person", it);
    let text = flat(&pages(&plan_pdf(&db, new.id)).join("\n"));
    for expected in [
        "KI-Rolle keine",
        "Funktion nicht erfasst",
        "Keine KI-Rolle zugeordnet",
        "Aktuelle Stufe noch keine Stufe",
        "Nächste Stufe Stufe 1 KI-Anwender",
        "Noch in keinem Lernpfad eingeschrieben.",
        "Derzeit kein Mentoring.",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }
}

#[test]
fn a_plan_for_an_unknown_employee_is_not_found() {
    let db = company();
    match db.read(|c| print::development_plan_printout(c, 4242, today())) {
        Err(Error::NotFound {
            entity: Entity::Employee,
            id,
        }) => assert_eq!(id, "4242"),
        Err(other) => panic!("expected NotFound for the employee, got {other:?}"),
        Ok(_) => panic!("an unknown employee must not print"),
    }
}

// ---------------------------------------------------------------------------------------
// The AI-literacy record

fn literacy_record(db: &Db, day: NaiveDate) -> LiteracyRecord {
    db.read(|c| literacy::record(c, day, "Geschäftsführung", day + Days::new(365), today()))
        .expect("the record is gathered")
}

#[test]
fn the_record_lists_the_systems_of_pilots_in_use_and_everyone_employed_on_the_day() {
    let db = demo_company(140, Language::De);
    let record = literacy_record(&db, today());
    let names: Vec<&str> = record.systems.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ChatGPT Team",
            "Llama 3.1 über Ollama",
            "Microsoft 365 Copilot"
        ],
        "the systems of the running pilots, by name; no idea, evaluation or stopped pilot"
    );
    let chatgpt = &record.systems[0];
    assert_eq!(chatgpt.vendor, "OpenAI");
    assert_eq!(chatgpt.pilots.len(), 1);
    assert_eq!(chatgpt.pilots[0].title, "Angebotserstellung");

    let active = db.read(|c| people::list_employees(c, false)).unwrap();
    assert_eq!(record.people.len(), active.len(), "everyone employed today");
    assert_eq!(record.measures.active_people as usize, active.len());
    let team: Vec<_> = record
        .people
        .iter()
        .filter(|p| p.systems.iter().any(|u| u.system == "ChatGPT Team"))
        .collect();
    assert!(
        !team.is_empty(),
        "the offer pilot's team works with ChatGPT Team"
    );
    let trained = record
        .people
        .iter()
        .filter(|p| !p.trainings.is_empty())
        .count();
    assert_eq!(record.measures.people_trained as usize, trained);
    let completions: usize = record.people.iter().map(|p| p.trainings.len()).sum();
    assert_eq!(record.measures.trainings_completed as usize, completions);
    assert!(completions > 0, "the demo has completed modules");
    assert_eq!(
        record.measures.paths.len(),
        3,
        "Basis-Nutzer, Power-User, KI-Champions"
    );
    assert!(record.measures.active_mentoring_pairs > 0);

    // 100 days ago no pilot ran yet and later trainings had not happened.
    let earlier = today() - Days::new(100);
    let past = literacy_record(&db, earlier);
    assert!(past.systems.is_empty(), "{:?}", past.systems);
    assert!(past
        .people
        .iter()
        .flat_map(|p| &p.trainings)
        .all(|t| date(&t.completed_on) <= earlier));
    assert!(past.people.iter().all(|p| p.systems.is_empty()));
}

#[test]
fn the_record_as_of_a_past_day_counts_those_employed_then() {
    let db = company();
    let sales = department(&db, "Vertrieb");
    add(&db, &input("1", "Anna Berg", sales));
    add(
        &db,
        &EmployeeInput {
            entry_date: Some("2026-09-01".into()),
            ..input("2", "Ben Neu", sales)
        },
    );
    let gone = add(&db, &input("3", "Clara Fort", sales));
    db.write(|tx| people::archive_employee(tx, gone.id, date("2026-06-30")))
        .unwrap();
    let day = date("2026-08-01");
    let names = |record: &LiteracyRecord| -> Vec<String> {
        record.people.iter().map(|p| p.name.clone()).collect()
    };
    let record = db
        .read(|c| literacy::record(c, day, "GF", day, today()))
        .unwrap();
    assert_eq!(
        names(&record),
        ["Anna Berg"],
        "not who joined after the day, nor who left before it"
    );
    assert_eq!(record.measures.active_people, 1);
    let now = db
        .read(|c| literacy::record(c, today(), "GF", today(), today()))
        .unwrap();
    assert_eq!(names(&now), ["Anna Berg", "Ben Neu"]);
    assert!(now.people.iter().all(|p| p.name != "Clara Fort"));
}

#[test]
fn the_record_pdf_names_systems_measures_and_each_persons_trainings() {
    let db = demo_company(140, Language::De);
    let review = date("2027-11-22");
    let pdf = db
        .read(|c| print::literacy_printout(c, today(), "Dr. Petra Vogt", review, today()))
        .expect("the record prints")
        .pdf()
        .unwrap();
    assert!(is_a4(&pdf, true), "A4 landscape");
    let text = reading(&pdf);
    for expected in [
        "Nachweis der Maßnahmen zur KI-Kompetenz (Art. 4 KI-Verordnung)",
        "Dieser Nachweis dokumentiert die Maßnahmen",
        "kein Zertifikat",
        "Stichtag: 22.11.2026",
        "Verantwortlich: Dr. Petra Vogt",
        "Nächste Überprüfung: 22.11.2027",
        "ChatGPT Team",
        "OpenAI",
        "Angebotserstellung (Pilot läuft)",
        "in der Cloud des Anbieters",
        "Basis-Nutzer",
        "Er wird spätestens am 22.11.2027 überprüft",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }
    let record = literacy_record(&db, today());
    let person = record
        .people
        .iter()
        .find(|p| !p.trainings.is_empty())
        .expect("someone completed a module");
    let training = &person.trainings[0];
    let at = text
        .find(&person.name)
        .unwrap_or_else(|| panic!("{} is listed: {text}", person.name));
    let row = &text[at..];
    assert!(
        row.contains(&german(&training.completed_on)) && row.contains(&training.title),
        "{}'s training {} on {} is listed: {text}",
        person.name,
        training.title,
        training.completed_on
    );
}

#[test]
fn the_record_csv_has_one_line_per_person_and_training() {
    let db = demo_company(140, Language::De);
    let record = literacy_record(&db, today());
    let csv = literacy::csv(&record);
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let body = csv.trim_start_matches('\u{feff}');
    assert_eq!(
        body.lines().next(),
        Some(
            "Personalnummer;Name;Abteilung;KI-Rolle;KI-Systeme;KI-Reifegrad-Index;Schulung am;\
             Schulung;Lernpfad;Format;Stunden;Inhalt;Stichtag;Verantwortlich;Nächste Überprüfung"
        )
    );
    let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes())
        .records()
        .collect::<Result<_, _>>()
        .expect("the CSV parses");
    let expected: usize = record.people.iter().map(|p| p.trainings.len().max(1)).sum();
    assert_eq!(
        rows.len(),
        expected,
        "one line per person × training, at least one each"
    );
    assert!(rows.iter().all(|r| r.len() == 15));

    let trained = record
        .people
        .iter()
        .find(|p| !p.trainings.is_empty() && !p.systems.is_empty())
        .expect("someone in a pilot team completed a module");
    let t = &trained.trainings[0];
    let line = rows
        .iter()
        .find(|r| &r[0] == trained.personnel_number.as_str() && &r[7] == t.title.as_str())
        .expect("the person's training has its line");
    assert_eq!(&line[1], trained.name.as_str());
    assert_eq!(&line[6], t.completed_on.as_str(), "ISO date");
    assert_eq!(&line[8], t.path.as_str());
    assert_eq!(&line[10], t.hours.to_string().replace('.', ",").as_str());
    assert!(
        line[4].contains(&format!("({}, ", trained.systems[0].pilot)),
        "{line:?}"
    );
    assert_eq!(&line[12], "2026-11-22");
    assert_eq!(&line[13], "Geschäftsführung");
    assert_eq!(&line[14], "2027-11-22");

    let untrained = record
        .people
        .iter()
        .find(|p| p.trainings.is_empty())
        .expect("someone completed nothing");
    let lines: Vec<_> = rows
        .iter()
        .filter(|r| &r[0] == untrained.personnel_number.as_str())
        .collect();
    assert_eq!(lines.len(), 1, "one line without a training");
    assert!((6..12).all(|i| lines[0][i].is_empty()), "{:?}", lines[0]);
}

#[test]
fn an_empty_owner_or_a_review_before_the_day_is_refused() {
    let db = demo_company(12, Language::De);
    let day = today();
    for owner in ["", "   "] {
        let error = db
            .read(|c| literacy::record(c, day, owner, day, day))
            .unwrap_err();
        assert_invalid(&error, Field::Owner, Problem::Empty, "an empty owner");
    }
    let long = "x".repeat(121);
    let error = db
        .read(|c| literacy::record(c, day, &long, day, day))
        .unwrap_err();
    assert_invalid(
        &error,
        Field::Owner,
        Problem::TooLong { max: 120 },
        "a long owner",
    );
    let error = db
        .read(|c| literacy::record(c, day, "GF", day - Days::new(1), day))
        .unwrap_err();
    assert_invalid(
        &error,
        Field::NextReview,
        Problem::BeforeStart,
        "a review before the day",
    );
    assert_eq!(
        texts::describe_error(&error, Language::De),
        "Die nächste Überprüfung darf nicht vor dem Stichtag liegen."
    );
    let tomorrow = day + Days::new(1);
    let error = db
        .read(|c| literacy::record(c, tomorrow, "GF", tomorrow, day))
        .unwrap_err();
    assert_invalid(
        &error,
        Field::Date,
        Problem::NotAllowed,
        "a record as of a day still to come",
    );
    let error = db
        .read(|c| print::literacy_printout(c, day, "", day, day))
        .err()
        .expect("the printout validates too");
    assert_invalid(&error, Field::Owner, Problem::Empty, "the printout's owner");
    assert!(
        db.read(|c| literacy::record(c, day, " Geschäftsführung ", day, day))
            .is_ok_and(|r| r.owner == "Geschäftsführung" && r.next_review == r.as_of),
        "a review on the day itself is fine; the owner is trimmed"
    );
}

// ---------------------------------------------------------------------------------------
// The CLI

#[test]
fn the_cli_prints_the_ladder_and_a_plan_by_personnel_number() {
    let (dir, db) = demo_file(40);
    let ladder = dir.path().join("laufbahn.pdf");
    let run = cli(&db, &["print", "ladder", "--out", ladder.to_str().unwrap()]);
    assert!(run.status.success(), "{}", stderr(&run));
    let pdf = std::fs::read(&ladder).unwrap();
    assert_eq!(
        stdout(&run).trim(),
        format!(
            "Geschrieben: {} ({} {})",
            ladder.display(),
            page_count(&pdf),
            if page_count(&pdf) == 1 {
                "Seite"
            } else {
                "Seiten"
            }
        )
    );
    assert!(reading(&pdf).contains("2023/970"));

    let person = Db::open_existing(&db)
        .unwrap()
        .read(|c| people::list_employees(c, false))
        .unwrap()
        .remove(3);
    let plan = dir.path().join("plan.pdf");
    let run = cli(
        &db,
        &[
            "print",
            "plan",
            &person.personnel_number.to_lowercase(),
            "--out",
            plan.to_str().unwrap(),
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stdout(&run).starts_with("Geschrieben: "),
        "{}",
        stdout(&run)
    );
    let text = reading(&std::fs::read(&plan).unwrap());
    assert!(text.contains(&person.name), "{text}");
    assert!(text.contains("Führungskraft"), "{text}");
}

#[test]
fn the_cli_refuses_an_unknown_personnel_number_and_writes_nothing() {
    let (dir, db) = demo_file(12);
    let out = dir.path().join("plan.pdf");
    let before = snapshot(&Db::open_existing(&db).unwrap());
    let run = cli(
        &db,
        &["print", "plan", "X-999", "--out", out.to_str().unwrap()],
    );
    assert!(
        !run.status.success(),
        "an unknown personnel number must fail"
    );
    assert_eq!(
        run.status.code(),
        Some(1),
        "the exit code of a failed command"
    );
    assert_eq!(
        stderr(&run).trim(),
        "Fehler: Es gibt niemanden mit der Personalnummer „X-999“."
    );
    assert!(!out.exists(), "no file appears");
    assert_eq!(snapshot(&Db::open_existing(&db).unwrap()), before);
}

#[test]
fn the_cli_prints_the_literacy_record_as_pdf_and_csv_with_defaults() {
    let (dir, db) = demo_file(40);
    let out = dir.path().join("nachweis.pdf");
    let run = cli(
        &db,
        &[
            "print",
            "literacy",
            "--out",
            out.to_str().unwrap(),
            "--as-of",
            "2026-11-22",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(
        stdout(&run).starts_with("Geschrieben: "),
        "{}",
        stdout(&run)
    );
    let text = reading(&std::fs::read(&out).unwrap());
    for expected in [
        "Nachweis der Maßnahmen zur KI-Kompetenz (Art. 4 KI-Verordnung)",
        "Verantwortlich: Geschäftsführung",
        "Nächste Überprüfung: 22.11.2027",
        "ChatGPT Team",
    ] {
        assert!(text.contains(expected), "{expected:?} is printed: {text}");
    }

    let run = cli(&db, &["literacy", "--as-of", "2026-06-30"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let csv = stdout(&run);
    assert!(
        csv.starts_with("Personalnummer;Name;"),
        "stdout carries no byte-order mark: {csv}"
    );
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.ends_with(";2026-06-30;Geschäftsführung;2027-06-30")),
        "default owner and a review twelve months on: {csv}"
    );

    let run = cli(
        &db,
        &[
            "literacy",
            "--as-of",
            "2026-11-22",
            "--owner",
            "IT-Leitung",
            "--next-review",
            "2027-03-01",
        ],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(stdout(&run)
        .lines()
        .skip(1)
        .all(|l| l.ends_with(";2026-11-22;IT-Leitung;2027-03-01")));
}

#[test]
fn the_cli_refuses_an_empty_owner_or_an_early_review_and_writes_nothing() {
    let (dir, db) = demo_file(12);
    let out = dir.path().join("nachweis.pdf");
    let before = snapshot(&Db::open_existing(&db).unwrap());
    for (args, message) in [
        (
            vec!["--owner", " "],
            "Fehler: Die verantwortliche Person darf nicht leer sein.",
        ),
        (
            vec!["--as-of", "2026-11-22", "--next-review", "2026-11-21"],
            "Fehler: Die nächste Überprüfung darf nicht vor dem Stichtag liegen.",
        ),
        (
            vec!["--next-review", "bald"],
            "Fehler: Die nächste Überprüfung ist kein Datum (JJJJ-MM-TT).",
        ),
    ] {
        let mut print = vec!["print", "literacy", "--out", out.to_str().unwrap()];
        print.extend(&args);
        let run = cli(&db, &print);
        assert!(!run.status.success(), "{args:?} must fail");
        assert_eq!(stderr(&run).trim(), message);
        assert!(!out.exists(), "{args:?}: no file appears");

        let mut csv = vec!["literacy"];
        csv.extend(&args);
        let run = cli(&db, &csv);
        assert!(!run.status.success(), "{args:?} must fail");
        assert_eq!(stderr(&run).trim(), message);
        assert!(stdout(&run).is_empty(), "{args:?}: no half CSV");
    }
    assert_eq!(snapshot(&Db::open_existing(&db).unwrap()), before);
}
