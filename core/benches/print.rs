//! The printed talent matrix at the sizes DOMAIN.md designs for: 250 employees (a typical
//! Mittelständler) and 5,000 (the upper end), 16 competencies, A4 — from the database to
//! the finished PDF bytes, as the CLI and the app do it.
//!
//! The comparison with LibreOffice printing the exported XLSX runs whole commands and lives
//! in `scripts/bench-print.sh`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use talentwerk_core::company::Language;
use talentwerk_core::print::{self, PrintOptions};
use talentwerk_core::{demo, Db};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn bench_print(c: &mut Criterion) {
    let mut group = c.benchmark_group("print");
    group.sample_size(10);
    for employees in [250, 5_000] {
        let db = Db::open_in_memory().unwrap();
        db.write(|tx| demo::create(tx, employees, Language::De, today()))
            .unwrap();
        group.bench_function(format!("matrix pdf {employees}x16"), |b| {
            b.iter(|| {
                db.read(|conn| {
                    print::matrix_printout(conn, &PrintOptions::default(), Language::De, today())?
                        .pdf()
                })
                .unwrap()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_print);
criterion_main!(benches);
