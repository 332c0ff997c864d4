//! How long the talent matrix read model takes at the sizes DOMAIN.md designs for:
//! a typical Mittelstand company (250 employees × 16 competencies) and the upper bound
//! (5,000 × 100). Targets on the 2-core reference machine: median ≤ 5 ms and ≤ 150 ms.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use talentwerk_core::company::Language;
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{demo, Db};

fn company(employees: u32, competencies: usize) -> Db {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        demo::create(tx, employees, Language::De, today)?;
        demo::widen_framework(
            tx,
            competencies,
            NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        )
    })
    .unwrap();
    db
}

fn bench_matrix(c: &mut Criterion) {
    let mut group = c.benchmark_group("matrix");
    let small = company(250, 16);
    group.bench_function("250x16", |b| {
        b.iter(|| {
            small
                .read(|conn| matrix::matrix(conn, black_box(&MatrixFilter::default())))
                .unwrap()
        })
    });
    let large = company(5_000, 100);
    group.sample_size(20);
    group.bench_function("5000x100", |b| {
        b.iter(|| {
            large
                .read(|conn| matrix::matrix(conn, black_box(&MatrixFilter::default())))
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_matrix);
criterion_main!(benches);
