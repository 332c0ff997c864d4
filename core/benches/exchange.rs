//! Import and export at the upper size DOMAIN.md designs for: 5,000 employees × 16
//! competencies, as an XLSX written by the export and read back by the import into an empty
//! company (the whole path a user takes: parse, plan, write in one transaction).

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use talentwerk_core::company::{self, Language};
use talentwerk_core::exchange::{self, import, read};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::{demo, Db};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn bench_exchange(c: &mut Criterion) {
    let source = Db::open_in_memory().unwrap();
    source
        .write(|tx| demo::create(tx, 5_000, Language::De, today()))
        .unwrap();
    let matrix = source
        .read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap();
    let xlsx = exchange::matrix_xlsx(&matrix).unwrap();

    let mut group = c.benchmark_group("exchange");
    group.sample_size(10);
    group.bench_function("export xlsx 5000x16", |b| {
        b.iter(|| exchange::matrix_xlsx(black_box(&matrix)).unwrap())
    });
    group.bench_function("import xlsx 5000x16", |b| {
        b.iter_batched(
            || {
                let db = Db::open_in_memory().unwrap();
                db.write(|tx| company::create(tx, "Ziel GmbH", Language::De, today()))
                    .unwrap();
                db
            },
            |db| {
                let table = read::table_from_bytes(black_box(&xlsx), None).unwrap();
                db.write(|tx| {
                    let planned = import::plan(tx, &table, true)?;
                    assert!(planned.plan.problems.is_empty());
                    import::apply(tx, &planned, today())
                })
                .unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench_exchange);
criterion_main!(benches);
