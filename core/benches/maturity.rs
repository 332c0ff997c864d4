//! How long the KI-Reifegrad aggregates take as of a day, at the size DOMAIN.md designs for:
//! 5,000 employees in six departments, each rated every quarter for three years (60,000
//! ratings). Target (issue 10): median ≤ 100 ms for the company aggregate as of a day.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use talentwerk_core::company::{self, Language};
use talentwerk_core::maturity::{self, NewMaturity, Scope};
use talentwerk_core::people::{self, EmployeeInput};
use talentwerk_core::Db;

const EMPLOYEES: u32 = 5_000;

fn company(start: NaiveDate, today: NaiveDate) -> (Db, u32) {
    let db = Db::open_in_memory().unwrap();
    let it = db
        .write(|tx| {
            company::create(tx, "Benchmark GmbH", Language::De, start)?;
            let departments = [
                "Verwaltung",
                "Vertrieb",
                "Konstruktion",
                "Produktion",
                "Qualität",
                "IT",
            ]
            .iter()
            .map(|name| people::create_department(tx, name).map(|d| d.id))
            .collect::<talentwerk_core::Result<Vec<_>>>()?;
            for n in 0..EMPLOYEES {
                let employee = people::create_employee(
                    tx,
                    &EmployeeInput {
                        personnel_number: format!("{:05}", 10_000 + n),
                        name: format!("Person {n}"),
                        department_id: departments[n as usize % departments.len()],
                        job_title: String::new(),
                        role_id: None,
                        entry_date: Some((start - Days::new(365)).to_string()),
                        technical_interest: 1,
                        communication: 1,
                        domain_expertise: 1,
                        ai_usage: None,
                    },
                    start,
                )?;
                // A rating every quarter for three years, slowly rising.
                for quarter in 0..12u32 {
                    let on = start + Days::new(u64::from(quarter) * 91 + u64::from(n % 60));
                    let level = |k: u32| (1 + (quarter + n + k) / 5 % 3) as i32;
                    maturity::record(
                        tx,
                        &NewMaturity {
                            employee_id: employee.id,
                            assessed_on: on.to_string(),
                            tools: level(0),
                            breadth: level(1),
                            autonomy: level(2),
                            innovation: level(3),
                            sharing: level(4),
                            note: String::new(),
                        },
                        today,
                    )?;
                }
            }
            Ok(departments[5])
        })
        .unwrap();
    (db, it)
}

fn aggregates(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 5, 15).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let (db, it) = company(start, today);
    c.bench_function("maturity/aggregate_company/5000x12", |b| {
        b.iter(|| {
            db.read(|conn| maturity::aggregate(conn, black_box(day), Scope::Company))
                .unwrap()
        })
    });
    c.bench_function("maturity/aggregate_department/5000x12", |b| {
        b.iter(|| {
            db.read(|conn| maturity::aggregate(conn, black_box(day), Scope::Department(it)))
                .unwrap()
        })
    });
    let before = day - Days::new(91);
    c.bench_function("maturity/compare_company/5000x12", |b| {
        b.iter(|| {
            db.read(|conn| maturity::compare(conn, black_box(before), day, Scope::Company))
                .unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = aggregates
}
criterion_main!(benches);
