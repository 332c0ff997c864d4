//! Crash safety, tested by crashing: a process killed with SIGKILL at varied moments
//! leaves a sound file holding all or nothing of an import, and every level edit that
//! was acknowledged survives.

use crate::support::today;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use talentwerk_core::assessment::{self, Assessor, NewAssessment};
use talentwerk_core::company::{self, Language};
use talentwerk_core::{people, Db};

const ROWS: u32 = 3000;

/// A company file and an import file of `ROWS` new people with levels.
fn prepared(dir: &Path) -> (PathBuf, PathBuf) {
    let base = dir.join("basis.db");
    {
        let db = Db::open(&base).unwrap();
        db.write(|tx| {
            company::create(tx, "Absturz GmbH", Language::De, today())?;
            people::create_department(tx, "Produktion")
        })
        .unwrap();
    }
    let mut csv = String::from("Personalnummer;Name;Abteilung;Funktion;KI-Rolle;G1;G2;A1;S1\n");
    for n in 0..ROWS {
        csv.push_str(&format!(
            "K{n:05};Person {n};Produktion;;;{};{};{};{}\n",
            n % 4,
            (n / 2) % 4,
            (n / 3) % 4,
            (n / 5) % 4
        ));
    }
    let file = dir.join("import.csv");
    std::fs::write(&file, csv).unwrap();
    (base, file)
}

fn import(db: &Path, file: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_talentwerk-cli"))
        .arg("--db")
        .arg(db)
        .arg("import")
        .arg(file)
        .env_remove("TALENTWERK_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("talentwerk-cli starts")
}

#[test]
fn an_import_killed_at_any_moment_leaves_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (base, file) = prepared(dir.path());
    // How long a whole import takes here, so the kills spread over all of it: the backup
    // before it, planning, writing and the commit.
    let timed = dir.path().join("zeitmessung.db");
    std::fs::copy(&base, &timed).unwrap();
    let started = Instant::now();
    assert!(import(&timed, &file).wait().unwrap().success());
    let full = started.elapsed();

    let runs = 24;
    // (nothing imported, all imported, nothing imported although the copy before the import
    // was already made: a kill in the middle of the work)
    let mut outcomes = (0, 0, 0);
    for run in 0..runs {
        let target = dir.path().join(format!("lauf-{run}.db"));
        std::fs::copy(&base, &target).unwrap();
        let mut child = import(&target, &file);
        std::thread::sleep(full.mul_f64(f64::from(run) / f64::from(runs - 4)));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();

        let db = Db::open_existing(&target).expect("the file still opens as ours");
        assert_eq!(
            db.integrity_problems().unwrap(),
            Vec::<String>::new(),
            "run {run}: the file must pass integrity_check"
        );
        let (people, assessments): (u32, u32) = db
            .read(|c| {
                Ok(c.query_row(
                    "SELECT (SELECT count(*) FROM employee), (SELECT count(*) FROM assessment)",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?)
            })
            .unwrap();
        match people {
            0 => {
                assert_eq!(assessments, 0, "run {run}: no people, so no levels");
                outcomes.0 += 1;
                if !talentwerk_core::backup::list(&target).unwrap().is_empty() {
                    outcomes.2 += 1;
                }
            }
            n if n == ROWS => {
                assert!(
                    assessments > 0,
                    "run {run}: all people came with their levels"
                );
                outcomes.1 += 1;
            }
            n => panic!("run {run}: {n} of {ROWS} people: an import must be all or nothing"),
        }
    }
    assert!(
        outcomes.2 > 0,
        "some kills must land after the import began writing and before its commit, or the \
         test proves nothing ({outcomes:?})"
    );
}

/// Not a test of its own: the child process of the edit burst below. It records level
/// edits one by one and prints "ok N" after each commit.
#[test]
#[ignore = "started as a child process by the edit-burst test"]
fn edit_burst_child() {
    let Some(path) = std::env::var_os("TALENTWERK_BURST_DB") else {
        return;
    };
    let db = Db::open_existing(Path::new(&path)).unwrap();
    let employee = db.read(|c| people::list_employees(c, false)).unwrap()[0].id;
    let competencies: Vec<u32> = db
        .read(talentwerk_core::framework::load)
        .unwrap()
        .competencies
        .iter()
        .map(|c| c.id)
        .collect();
    let mut out = std::io::stdout().lock();
    for n in 0u32.. {
        let competency = competencies[(n as usize) % competencies.len()];
        db.write(|tx| {
            assessment::record(
                tx,
                &NewAssessment {
                    employee_id: employee,
                    competency_id: competency,
                    level: (n % 4) as i32,
                    assessed_on: "2026-11-22".into(),
                    assessor: Assessor::Manager,
                    note: format!("edit {n}"),
                },
            )
        })
        .unwrap();
        writeln!(out, "ok {n}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn every_acknowledged_level_edit_survives_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let (base, _) = prepared(dir.path());
    {
        let db = Db::open_existing(&base).unwrap();
        let dept = db.read(people::list_departments).unwrap()[0].id;
        db.write(|tx| {
            people::create_employee(
                tx,
                &crate::support::input("E-1", "Edith Eilig", dept),
                today(),
            )
        })
        .unwrap();
    }
    for (run, acks_before_kill) in [5u32, 40, 200, 700].into_iter().enumerate() {
        let target = dir.path().join(format!("burst-{run}.db"));
        std::fs::copy(&base, &target).unwrap();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash::edit_burst_child",
                "--ignored",
                "--nocapture",
            ])
            .env("TALENTWERK_BURST_DB", &target)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut acked = None;
        let deadline = Instant::now() + Duration::from_secs(120);
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("ok ") {
                let n: u32 = n.parse().unwrap();
                acked = Some(n);
                if n + 1 >= acks_before_kill || Instant::now() > deadline {
                    let _ = child.kill(); // SIGKILL, mid-burst
                    break;
                }
            }
        }
        child.wait().unwrap();
        let acked = acked.expect("the child acknowledged edits");
        let db = Db::open_existing(&target).unwrap();
        assert!(
            db.integrity_problems().unwrap().is_empty(),
            "run {run}: sound file"
        );
        let notes: Vec<String> = db
            .read(|c| {
                Ok(c.prepare("SELECT note FROM assessment")?
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?)
            })
            .unwrap();
        for n in 0..=acked {
            assert!(
                notes.contains(&format!("edit {n}")),
                "run {run}: edit {n} was acknowledged, so it must be in the file"
            );
        }
    }
}
