//! How long the KPIs take as of a day, at the size DOMAIN.md designs for: 5,000 employees
//! with three years of AI-usage history and 300 use cases with three years of statuses,
//! measurements and costs. Target on the 2-core reference machine: median ≤ 50 ms for one
//! day; the 12-month trend is twelve of those.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use talentwerk_core::company::Language;
use talentwerk_core::people::{self, AiUsage};
use talentwerk_core::pilots::{self, CostKind, NewPilot, PilotStatus};
use talentwerk_core::{demo, kpi, Db};

fn company() -> Db {
    let start = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        demo::create(tx, 5_000, Language::De, start)?;
        let usages = [AiUsage::None, AiUsage::Occasional, AiUsage::Regular];
        for (n, employee) in people::list_employees(tx, false)?.iter().enumerate() {
            // A change of AI usage every half year over three years.
            for half in 0..6u64 {
                let on = start + Days::new(half * 182 + (n as u64 % 90));
                people::record_ai_usage(tx, employee.id, usages[(n + half as usize) % 3], on)?;
            }
        }
        let stages = [
            PilotStatus::Evaluation,
            PilotStatus::Running,
            PilotStatus::Scaling,
            PilotStatus::Completed,
        ];
        for n in 0..300u64 {
            let created = start + Days::new(n * 3);
            let id = pilots::add(
                tx,
                &NewPilot {
                    title: format!("Use Case {n}"),
                    department_id: None,
                    status: PilotStatus::Idea,
                    on: created.to_string(),
                },
            )?
            .id;
            for (k, stage) in stages.iter().enumerate() {
                let on = created + Days::new(30 * (k as u64 + 1));
                pilots::set_status(tx, id, *stage, &on.to_string(), "")?;
            }
            for month in 0..12u64 {
                let on = (created + Days::new(60 + month * 30)).to_string();
                pilots::record_measured_hours(tx, id, (n % 7) as f64 + 0.5, &on)?;
                pilots::add_cost(tx, id, CostKind::Once, 150.0, &on)?;
            }
            pilots::add_cost(
                tx,
                id,
                CostKind::Monthly,
                80.0,
                &(created + Days::new(45)).to_string(),
            )?;
        }
        Ok(())
    })
    .unwrap();
    db
}

fn kpis(c: &mut Criterion) {
    let db = company();
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    c.bench_function("kpi/as_of/5000x300", |b| {
        b.iter(|| db.read(|conn| kpi::as_of(conn, black_box(day))).unwrap())
    });
    c.bench_function("kpi/trend_12_months/5000x300", |b| {
        b.iter(|| db.read(|conn| kpi::trend(conn, black_box(day))).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = kpis
}
criterion_main!(benches);
