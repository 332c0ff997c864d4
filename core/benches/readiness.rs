//! How long readiness for the next career stage takes for every active employee, at the
//! size DOMAIN.md designs for: the demo company with 5,000 employees — the default ladder,
//! stages with history, levels, maturity ratings, learning paths with completions, mentoring
//! pairs and pilot teams. Target on the 2-core reference machine: median ≤ 100 ms.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use talentwerk_core::company::Language;
use talentwerk_core::{demo, ladder, Db};

fn readiness(c: &mut Criterion) {
    let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, 5_000, Language::De, day))
        .unwrap();
    let all = db
        .read(|conn| ladder::readiness_all(conn, day, None))
        .unwrap();
    assert_eq!(all.len(), 5_000);
    c.bench_function("ladder/readiness_all/5000", |b| {
        b.iter(|| {
            db.read(|conn| ladder::readiness_all(conn, black_box(day), None))
                .unwrap()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = readiness
}
criterion_main!(benches);
