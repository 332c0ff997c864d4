//! The printed talent matrix, read back the way a person reads it: the text of every page
//! through `pdftotext`, size and page count through `pdfinfo` (poppler-utils).

use crate::support::{self, add, department, input, today};
use std::io::Write;
use std::process::Command;
use talentwerk_core::company::Language;
use talentwerk_core::framework::{self, CompetencyInput};
use talentwerk_core::matrix::{self, MatrixFilter};
use talentwerk_core::print::{self, Paper, PrintOptions};
use talentwerk_core::{demo, Db};

fn demo_company(employees: u32) -> Db {
    let db = Db::open_in_memory().unwrap();
    db.write(|tx| demo::create(tx, employees, Language::De, today()))
        .unwrap();
    db
}

fn pdf(db: &Db, options: &PrintOptions) -> Vec<u8> {
    db.read(|conn| print::matrix_printout(conn, options, Language::De, today()))
        .expect("the matrix prints")
        .pdf()
        .expect("the PDF is written")
}

pub(crate) fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let output = Command::new(tool)
        .args(args)
        .arg(file.path())
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs (apt install poppler-utils): {e}"));
    assert!(
        output.status.success(),
        "{tool} reads the PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("poppler writes UTF-8")
}

/// The text of each page, in reading order.
pub(crate) fn pages(pdf: &[u8]) -> Vec<String> {
    let text = poppler("pdftotext", pdf, &["-layout", "-enc", "UTF-8"]);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// `pdfinfo`'s "Key: value" lines; it takes the file without a trailing "-".
pub(crate) fn info(pdf: &[u8]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let output = Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs (apt install poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

pub(crate) fn info_value(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|line| line.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("pdfinfo reports {key}"))
        .trim()
        .to_string()
}

pub(crate) fn page_count(pdf: &[u8]) -> usize {
    info_value(&info(pdf), "Pages").parse().unwrap()
}

/// The text with runs of whitespace as single spaces: a label and its value on one line of
/// the layout read as one phrase.
pub(crate) fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The matrix pages; the last page holds the legend and the code key.
fn matrix_pages(pages: &[String]) -> &[String] {
    &pages[..pages.len() - 1]
}

#[test]
fn every_page_is_a4_landscape_and_carries_title_confidentiality_header_row_and_page_number() {
    let db = demo_company(140);
    let pdf = pdf(&db, &PrintOptions::default());
    let info = info(&pdf);
    assert!(
        info_value(&info, "Page size").starts_with("841.89 x 595.2"),
        "A4 landscape: {info}"
    );
    let pages = pages(&pdf);
    assert_eq!(pages.len(), page_count(&pdf));
    assert!(pages.len() >= 5, "140 people need several pages");
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains("Talentmatrix · Muster Maschinenbau GmbH"),
            "title on page {}",
            i + 1
        );
        assert!(
            page.contains("Vertraulich – Personaldaten"),
            "confidential on page {}",
            i + 1
        );
        assert!(
            page.contains("Stand: 22.11.2026") || page.contains("Stand 22.11.2026"),
            "date on page {}",
            i + 1
        );
        assert!(
            page.contains(&format!("Seite {} / {total}", i + 1)),
            "page number on page {}",
            i + 1
        );
    }
    for (i, page) in matrix_pages(&pages).iter().enumerate() {
        for header in [
            "Name",
            "KI-Rolle",
            "Grundlagen",
            "Datenkompetenz",
            "G1",
            "D4",
        ] {
            assert!(page.contains(header), "header {header} on page {}", i + 1);
        }
    }
    let legend = pages.last().unwrap();
    for entry in [
        "Grundkenntnisse",
        "selbstständig",
        "Experte (kann andere anleiten)",
        "Wissensinsel",
    ] {
        assert!(legend.contains(entry), "legend names {entry}");
    }
}

#[test]
fn names_print_with_umlauts_accents_and_sharp_s_and_every_person_appears() {
    let db = demo_company(140);
    let text = pages(&pdf(&db, &PrintOptions::default())).join("\n");
    for name in ["Jürgen Müßig", "Zoë Fähnrich", "René Çelik"] {
        assert!(text.contains(name), "{name} prints right");
    }
    let matrix = db
        .read(|conn| matrix::matrix(conn, &MatrixFilter::default()))
        .unwrap();
    for row in &matrix.rows {
        assert!(text.contains(&row.name), "{} is printed", row.name);
    }
}

#[test]
fn a_pseudonymized_printout_contains_no_name_of_a_person() {
    let db = demo_company(140);
    let options = PrintOptions {
        pseudonymize: true,
        include_archived: true,
        ..PrintOptions::default()
    };
    let pdf = pdf(&db, &options);
    let text = pages(&pdf).join("\n");
    let info = info(&pdf);
    let matrix = db
        .read(|conn| {
            matrix::matrix(
                conn,
                &MatrixFilter {
                    include_archived: true,
                    ..MatrixFilter::default()
                },
            )
        })
        .unwrap();
    for row in &matrix.rows {
        assert!(
            text.contains(&row.pseudonym),
            "{} is printed",
            row.pseudonym
        );
        // Surnames alone would identify too; given names are checked with the full name.
        let surname = row.name.rsplit(' ').next().unwrap();
        assert!(
            !text.contains(surname),
            "no surname such as {surname} in the text"
        );
        assert!(
            !info.contains(surname),
            "no surname such as {surname} in the metadata"
        );
        assert!(
            !text.contains(&row.job_title),
            "no job title such as {}",
            row.job_title
        );
    }
    assert!(text.contains("pseudonymisiert"), "the header says so");
}

#[test]
fn a3_is_a3_landscape_and_fits_more_on_a_page() {
    let db = demo_company(140);
    let a3 = pdf(
        &db,
        &PrintOptions {
            paper: Paper::A3,
            ..PrintOptions::default()
        },
    );
    assert!(info_value(&info(&a3), "Page size").starts_with("1190.55 x 841.89"));
    let a4 = pdf(&db, &PrintOptions::default());
    assert!(page_count(&a3) < page_count(&a4));
}

#[test]
fn filters_print_only_the_selection_and_name_it_in_the_header() {
    let db = demo_company(140);
    let (it, pillar, all) = db
        .read(|conn| {
            let it = talentwerk_core::people::list_departments(conn)?
                .into_iter()
                .find(|d| d.name == "IT")
                .unwrap();
            let pillar = framework::load(conn)?
                .pillars
                .into_iter()
                .find(|p| p.name == "Sicherheit")
                .unwrap();
            Ok((it, pillar, matrix::matrix(conn, &MatrixFilter::default())?))
        })
        .unwrap();
    let text = pages(&pdf(
        &db,
        &PrintOptions {
            department_id: Some(it.id),
            pillar_id: Some(pillar.id),
            ..PrintOptions::default()
        },
    ))
    .join("\n");
    assert!(text.contains("Abteilung: IT · Säule: Sicherheit"));
    for row in &all.rows {
        assert_eq!(
            text.contains(&row.name),
            row.department == "IT",
            "{} ({})",
            row.name,
            row.department
        );
    }
    assert!(text.contains("S1") && !text.contains("G1 ") && !text.contains("Grundlagen"));
}

#[test]
fn a_wide_framework_splits_by_pillar_and_repeats_the_name_column() {
    let db = demo_company(30);
    // 30 more competencies in "Anwendung": wider than an A4 page beside the names.
    db.write(|tx| {
        let pillar = framework::load(tx)?
            .pillars
            .into_iter()
            .find(|p| p.name == "Anwendung")
            .unwrap();
        for i in 1..=30 {
            framework::create_competency(
                tx,
                &CompetencyInput {
                    pillar_id: pillar.id,
                    code: format!("X{i}"),
                    name: format!("Zusatz {i}"),
                    description: String::new(),
                    level_descriptors: vec![String::new(); 3],
                },
            )?;
        }
        Ok(())
    })
    .unwrap();
    let pages = pages(&pdf(&db, &PrintOptions::default()));
    let matrix_pages = matrix_pages(&pages);
    let has = |page: &str, code: &str| page.split_whitespace().any(|w| w == code);
    // Anwendung (34 columns) is wider than A4 allows (24): Grundlagen stands alone, then
    // Anwendung fills a band, then its continuation shares a band with the rest.
    let band_of = |page: &str| {
        (
            has(page, "G1"),
            has(page, "A1"),
            has(page, "X30"),
            has(page, "S1") && has(page, "D4"),
        )
    };
    let bands: Vec<_> = matrix_pages.iter().map(|p| band_of(p)).collect();
    assert!(
        bands.contains(&(true, false, false, false)),
        "Grundlagen alone"
    );
    assert!(
        bands.contains(&(false, true, false, false)),
        "Anwendung, first part"
    );
    assert!(
        bands.contains(&(false, false, true, true)),
        "Anwendung (Forts.) with the rest"
    );
    assert!(matrix_pages
        .iter()
        .any(|p| p.contains("Anwendung (Forts.)")));
    for page in matrix_pages {
        assert!(
            page.contains("Name") && page.contains("KI-Rolle"),
            "header on every page"
        );
    }
    // Every person appears once per band: the name column is repeated with each band.
    let text = pages.join("\n");
    assert_eq!(text.matches("Jürgen Müßig").count(), 3);
}

#[test]
fn user_text_prints_literally_and_never_runs_as_markup() {
    let db = support::company();
    let it = department(&db, "IT #2");
    for (number, name) in [
        ("P-1", "#panic(\"boom\")"),
        ("P-2", "*Müller* _kursiv_"),
        ("P-3", "<img src=x onerror=alert(1)>"),
        ("P-4", "$x^2$ \\ #set page(width: 1cm)"),
    ] {
        add(&db, &input(number, name, it));
    }
    let text = pages(&pdf(&db, &PrintOptions::default())).join("\n");
    for name in [
        "#panic(\"boom\")",
        "*Müller* _kursiv_",
        "<img src=x onerror=alert(1)>",
        "$x^2$ \\ #set page(width: 1cm)",
        "IT #2",
    ] {
        assert!(text.contains(name), "{name} prints as written");
    }
}

#[test]
fn an_empty_selection_prints_a_page_that_says_so() {
    let db = support::company();
    let pdf = pdf(&db, &PrintOptions::default());
    let text = pages(&pdf).join("\n");
    assert!(text.contains("Für diese Auswahl gibt es keine Mitarbeitenden."));
    assert_eq!(page_count(&pdf), 2, "one matrix page and the legend");
}

#[test]
fn an_unknown_department_is_refused() {
    let db = demo_company(5);
    let error = db
        .read(|conn| {
            print::matrix_printout(
                conn,
                &PrintOptions {
                    department_id: Some(9999),
                    ..PrintOptions::default()
                },
                Language::De,
                today(),
            )
        })
        .err()
        .expect("an unknown department is refused");
    assert!(
        matches!(error, talentwerk_core::Error::NotFound { .. }),
        "{error:?}"
    );
}

#[test]
fn english_printouts_use_english_labels() {
    let db = demo_company(10);
    let printout = db
        .read(|conn| print::matrix_printout(conn, &PrintOptions::default(), Language::En, today()))
        .unwrap();
    let text = pages(&printout.pdf().unwrap()).join("\n");
    assert!(text.contains("Confidential – personal data"));
    assert!(text.contains("Page 1 / "));
    assert!(text.contains("22/11/2026"));
}

/// The printed KPI report: A4 portrait, the figures as of a day, the Destatis comparison,
/// and the `print kpi` command.
mod kpi_report {
    use super::{demo_company, info, info_value, page_count, pages};
    use crate::support::{self, cli, demo_file, snapshot, stderr, stdout, today};
    use talentwerk_core::company::{self, CompanySettings, Language};
    use talentwerk_core::{print, Db};

    fn report(db: &Db, as_of: &str, language: Language) -> Vec<u8> {
        db.read(|conn| print::kpi_printout(conn, support::date(as_of), language, today()))
            .expect("the KPI report prints")
            .pdf()
            .expect("the PDF is written")
    }

    /// A row of a table as its words: `["Zeitersparnis", "13", "h/Woche"]`.
    fn has_row(text: &str, row: &[&str]) -> bool {
        text.lines().any(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.windows(row.len()).any(|w| w == row)
        })
    }

    #[test]
    fn the_cli_prints_the_demo_figures_as_of_a_day_beside_the_destatis_benchmark() {
        let (dir, db) = demo_file(140);
        let out = dir.path().join("kpi.pdf");
        let run = cli(
            &db,
            &[
                "print",
                "kpi",
                "--out",
                out.to_str().unwrap(),
                "--as-of",
                "2026-11-22",
            ],
        );
        assert!(run.status.success(), "{}", stderr(&run));
        assert!(
            stdout(&run).starts_with(&format!("Geschrieben: {} (2 Seiten)", out.display())),
            "{}",
            stdout(&run)
        );
        let pdf = std::fs::read(&out).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "a PDF is written");
        assert!(
            info_value(&info(&pdf), "Page size").starts_with("595.2"),
            "A4 portrait"
        );
        let pages = pages(&pdf);
        assert_eq!(pages.len(), 2, "one page of figures, one of trends");
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.contains("KPI-Bericht · Muster Maschinenbau GmbH"),
                "title on page {}",
                i + 1
            );
            assert!(
                page.contains("Vertraulich"),
                "confidential on page {}",
                i + 1
            );
            assert!(page.contains("Stand: 22.11.2026"), "date on page {}", i + 1);
            assert!(page.contains(&format!("Seite {} / 2", i + 1)));
        }
        let text = pages.join("\n");
        // The people's figures of the dashboard, as of the same day.
        for label in [
            &["KI-Reifegrad", "(Index)"][..],
            &["Wissensteilung", "ab", "Stufe", "2"],
            &["Aktive", "Mentoring-Paare"],
            &["Check-ins", "in", "den", "letzten", "30", "Tagen"],
        ] {
            assert!(has_row(&text, label), "{label:?} is printed: {text}");
        }
        assert!(
            has_row(&text, &["Zeitersparnis", "13", "h/Woche"]),
            "the seed's 6 + 4 + 3 h/week are measured: {text}"
        );
        assert!(
            has_row(&text, &["Zeitersparnis", "in", "Euro", "34.684", "€/Jahr"]),
            "13 h × 46 weeks × 58 €/h, with German thousands: {text}"
        );
        assert!(
            text.contains("Destatis 2024: Anteil der Unternehmen, die KI nutzen – Unternehmen mit 50–249 Beschäftigten"),
            "the benchmark names its source and the size class: {text}"
        );
        assert!(text.contains("28 %"), "the benchmark for 50–249 employees");
        assert!(
            text.contains("Anteil der Personen"),
            "the company's figure is called a share of people"
        );
        for status in ["Idee", "Bewertung", "Pilot läuft", "Gestoppt"] {
            assert!(text.contains(status), "use cases by status: {status}");
        }
        assert!(text.contains("Entwicklung der letzten 12 Monate"));
        assert!(
            text.contains("Nov 26") && text.contains("Dez 25"),
            "twelve months up to the day: {text}"
        );
    }

    #[test]
    fn without_as_of_the_report_is_as_of_today() {
        let (dir, db) = demo_file(20);
        let out = dir.path().join("heute.pdf");
        let before = chrono::Local::now().date_naive();
        let run = cli(&db, &["print", "kpi", "--out", out.to_str().unwrap()]);
        let after = chrono::Local::now().date_naive();
        assert!(run.status.success(), "{}", stderr(&run));
        let text = pages(&std::fs::read(&out).unwrap()).join("\n");
        assert!(
            [before, after].iter().any(|day| {
                let day = day.format("%d.%m.%Y").to_string();
                text.contains(&format!("Stand: {day}"))
                    && text.contains(&format!("Gedruckt am {day}"))
            }),
            "as of and printed today: {text}"
        );
        assert!(
            text.contains("Unternehmen ab 10 Beschäftigten") && text.contains("20 %"),
            "20 people compare with all firms from 10 employees: {text}"
        );
    }

    #[test]
    fn before_any_pilot_the_time_saved_is_zero() {
        let (dir, db) = demo_file(140);
        let out = dir.path().join("vorher.pdf");
        let run = cli(
            &db,
            &[
                "print",
                "kpi",
                "--out",
                out.to_str().unwrap(),
                "--as-of",
                "2025-11-22",
            ],
        );
        assert!(run.status.success(), "{}", stderr(&run));
        let text = pages(&std::fs::read(&out).unwrap()).join("\n");
        assert!(text.contains("Stand: 22.11.2025"), "{text}");
        assert!(
            has_row(&text, &["Zeitersparnis", "0", "h/Woche"]),
            "no pilot ran a year before: {text}"
        );
        assert!(!text.contains("-0"), "no negative zero on paper: {text}");
        assert!(text.contains("Noch keine Use Cases erfasst."), "{text}");
    }

    #[test]
    fn a_bad_as_of_or_the_database_as_out_is_refused_and_nothing_is_written() {
        let (dir, db) = demo_file(5);
        let out = dir.path().join("kpi.pdf");
        for day in ["22.11.2026", "2026-02-30", "morgen"] {
            let run = cli(
                &db,
                &[
                    "print",
                    "kpi",
                    "--out",
                    out.to_str().unwrap(),
                    "--as-of",
                    day,
                ],
            );
            assert!(!run.status.success(), "--as-of {day} must fail");
            assert!(
                stderr(&run).contains("Das Datum ist kein Datum (JJJJ-MM-TT)."),
                "{day}: {}",
                stderr(&run)
            );
            assert!(!out.exists(), "{day}: no file appears");
        }
        let before = snapshot(&Db::open_existing(&db).unwrap());
        let run = cli(&db, &["print", "kpi", "--out", db.to_str().unwrap()]);
        assert!(!run.status.success(), "the database itself is no target");
        assert!(
            stderr(&run).contains("die geöffnete Datenbank selbst"),
            "{}",
            stderr(&run)
        );
        let after = Db::open_existing(&db).unwrap();
        assert!(after.integrity_problems().unwrap().is_empty());
        assert_eq!(snapshot(&after), before, "the database is unchanged");
    }

    #[test]
    fn a_small_company_sees_no_usage_rate_and_no_benchmark() {
        let db = demo_company(4);
        let pdf = report(&db, "2026-11-22", Language::De);
        assert_eq!(page_count(&pdf), 2);
        let text = pages(&pdf).join("\n");
        assert!(text.contains("zu wenige Personen"), "{text}");
        assert!(
            text.contains("Die Quote erscheint erst ab 5 aktiven Mitarbeitenden."),
            "{text}"
        );
        assert!(
            !has_row(&text, &["davon", "mit", "regelmäßiger", "KI-Nutzung", "0"])
                && !has_row(&text, &["davon", "mit", "regelmäßiger", "KI-Nutzung", "1"]),
            "the head count behind a hidden rate is hidden too: {text}"
        );
        assert!(
            text.contains(
                "Für Unternehmen mit weniger als 10 Beschäftigten veröffentlicht Destatis"
            ),
            "{text}"
        );
        assert!(
            !text.contains("Destatis 2024"),
            "no benchmark below 10 people"
        );
    }

    #[test]
    fn the_company_name_prints_literally_and_english_reports_use_english_words() {
        let db = demo_company(300);
        db.write(|tx| {
            company::update(
                tx,
                &CompanySettings {
                    name: "#panic(\"boom\") *Müller* & Söhne".into(),
                    hourly_rate: 58.0,
                    working_weeks: 46,
                    language: Language::En,
                },
            )
        })
        .unwrap();
        let text = pages(&report(&db, "2026-11-22", Language::En)).join("\n");
        assert!(
            text.contains("KPI report · #panic(\"boom\") *Müller* & Söhne"),
            "{text}"
        );
        assert!(text.contains("As of: 22/11/2026"), "{text}");
        assert!(has_row(&text, &["Time", "saved", "13", "h/week"]), "{text}");
        assert!(
            text.contains(
                "Destatis 2024: share of firms that use AI – firms with 250 or more employees"
            ),
            "{text}"
        );
        assert!(text.contains("48 %"), "{text}");
        assert!(text.contains("Page 2 / 2"));
    }
}

mod pilot_sheet {
    use super::{add, demo_company, flat, info, info_value, input, page_count, pages, poppler};
    use crate::support::{cli, demo_file, role, snapshot, stderr, stdout, today};
    use chrono::Days;
    use talentwerk_core::company::Language;
    use talentwerk_core::pilots::compliance::{self, RiskClass};
    use talentwerk_core::pilots::details::{self, DetailsInput, GoalInput, Lessons};
    use talentwerk_core::pilots::team::{self, TeamMember, TeamRole};
    use talentwerk_core::pilots::{self, page, PilotStatus};
    use talentwerk_core::{people, print, Db};

    fn sheet(db: &Db, id: u32, pseudonymize: bool, language: Language) -> Vec<u8> {
        db.read(|conn| print::pilot_printout(conn, id, pseudonymize, language, today()))
            .expect("the pilot one-pager prints")
            .pdf()
            .expect("the PDF is written")
    }

    fn pilot_id(db: &Db, title: &str) -> u32 {
        db.read(pilots::list)
            .unwrap()
            .into_iter()
            .find(|p| p.title == title)
            .unwrap_or_else(|| panic!("the demo has {title}"))
            .id
    }

    /// The id the CLI's `pilots --format csv` lists for `title`.
    fn listed_id(db: &std::path::Path, title: &str) -> String {
        let listed = stdout(&cli(db, &["pilots", "--format", "csv"]));
        listed
            .lines()
            .find_map(|line| {
                let fields: Vec<&str> = line.split(';').collect();
                (fields.get(1) == Some(&title)).then(|| fields[0].to_string())
            })
            .unwrap_or_else(|| panic!("{title} is listed: {listed}"))
    }

    fn days_ago(days: u64) -> String {
        (today() - Days::new(days)).format("%d.%m.%Y").to_string()
    }

    /// The text in reading order, block by block: a paragraph wrapped inside one column of
    /// the sheet reads as one phrase.
    fn reading(pdf: &[u8]) -> String {
        flat(&poppler("pdftotext", pdf, &["-enc", "UTF-8"]))
    }

    #[test]
    fn the_cli_prints_the_demo_offer_pilot_on_one_a4_portrait_page() {
        let (dir, db) = demo_file(140);
        let id = listed_id(&db, "Angebotserstellung");
        let out = dir.path().join("angebote.pdf");
        let run = cli(
            &db,
            &["print", "pilot", &id, "--out", out.to_str().unwrap()],
        );
        assert!(run.status.success(), "{}", stderr(&run));
        assert_eq!(
            stdout(&run).trim(),
            format!("Geschrieben: {} (1 Seite)", out.display())
        );
        let pdf = std::fs::read(&out).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "a PDF is written");
        assert_eq!(page_count(&pdf), 1, "a normal pilot fits on one page");
        let size = info_value(&info(&pdf), "Page size");
        assert!(
            size.starts_with("595.2") && size.contains("x 841.8"),
            "A4 portrait: {size}"
        );
        let text = pages(&pdf).join("\n");
        let flat = flat(&text);
        for expected in [
            "Pilotprojekt-Steckbrief · Muster Maschinenbau GmbH",
            "Vertraulich – Personaldaten",
            "Angebotserstellung",
            "Pilot läuft seit",
            "Bereich: Vertrieb",
            "Angebote je Woche 18 → 25 Anzahl",
            "120 → 45 Minuten",
            "Bearbeitungszeit je",
            "ChatGPT Team · Anbieter: OpenAI",
            "minimales Risiko",
            "Entscheidung über die Skalierung",
            "Seite 1 / 1",
        ] {
            assert!(flat.contains(expected), "{expected:?} is printed: {text}");
        }
        assert!(
            flat.contains("geplant 5 h/Woche 13.340 €/Jahr"),
            "5 h × 46 weeks × 58 €/h, the KPIs' formula: {text}"
        );
        assert!(
            flat.contains(&format!(
                "gemessen am {} 6 h/Woche 16.008 €/Jahr",
                days_ago(30)
            )),
            "the latest measurement, in euros per year: {text}"
        );
        assert!(
            flat.contains(&format!(
                "Messungen: 4,5 h ({}) · 6 h ({})",
                days_ago(60),
                days_ago(30)
            )),
            "the measured history, German decimals: {text}"
        );
        assert!(
            flat.contains(&format!("Betriebsrat informiert am {}", days_ago(95))),
            "the works council's date: {text}"
        );
        assert!(
            !flat.contains("BetrVG"),
            "an informed works council needs no hint: {text}"
        );
        let conn = Db::open_existing(&db).unwrap();
        let page = conn
            .read(|c| page::page(c, id.parse().unwrap(), today()))
            .unwrap();
        let owner = page
            .details
            .owner
            .clone()
            .expect("the demo pilot has an owner");
        assert!(flat.contains(&format!("Verantwortlich: {owner}")), "{text}");
        assert!(!page.team.is_empty());
        for member in &page.team {
            assert!(
                text.contains(&member.name),
                "{} is named: {text}",
                member.name
            );
        }
        for code in ["G2", "A1", "S1", "▼"] {
            assert!(text.contains(code), "the team's levels: {code}");
        }
    }

    #[test]
    fn a_pseudonymized_sheet_names_no_person_but_their_codes() {
        let (dir, db) = demo_file(140);
        let id = listed_id(&db, "Angebotserstellung");
        let out = dir.path().join("pseudonym.pdf");
        let run = cli(
            &db,
            &[
                "print",
                "pilot",
                &id,
                "--out",
                out.to_str().unwrap(),
                "--pseudonymize",
            ],
        );
        assert!(run.status.success(), "{}", stderr(&run));
        let pdf = std::fs::read(&out).unwrap();
        let text = pages(&pdf).join("\n");
        let metadata = info(&pdf);
        let conn = Db::open_existing(&db).unwrap();
        let page = conn
            .read(|c| page::page(c, id.parse().unwrap(), today()))
            .unwrap();
        let everyone = conn.read(|c| people::list_employees(c, true)).unwrap();
        let code = |employee_id: u32| {
            everyone
                .iter()
                .find(|e| e.id == employee_id)
                .unwrap()
                .pseudonym
                .clone()
        };
        let owner = page.details.input.owner_id.unwrap();
        assert!(
            flat(&text).contains(&format!("Verantwortlich: {}", code(owner))),
            "the owner by code: {text}"
        );
        for member in &page.team {
            assert!(
                text.contains(&code(member.employee_id)),
                "{} appears as {}",
                member.name,
                code(member.employee_id)
            );
        }
        for person in &everyone {
            assert!(
                !text.contains(&person.name) && !metadata.contains(&person.name),
                "{} must not appear in a pseudonymized sheet",
                person.name
            );
        }
        assert!(text.contains("pseudonymisiert"), "the header says so");
        assert!(text.contains("Pseudonym"), "the column says what it holds");
    }

    #[test]
    fn a_name_typed_into_a_free_text_is_replaced_by_the_code_too() {
        let db = demo_company(30);
        let id = pilot_id(&db, "Angebotserstellung");
        let page = db.read(|c| page::page(c, id, today())).unwrap();
        let member = &page.team[1];
        db.write(|tx| {
            details::set_lessons(
                tx,
                id,
                &Lessons {
                    worked: format!("Dank {} läuft es.", member.name),
                    not_worked: String::new(),
                    next_step: format!("{}s Vorlagen übernehmen.", member.name),
                },
            )
        })
        .unwrap();
        let code = db
            .read(|c| people::employee(c, member.employee_id))
            .unwrap()
            .pseudonym;
        let text = reading(&sheet(&db, id, true, Language::De));
        assert!(text.contains(&format!("Dank {code} läuft es.")), "{text}");
        assert!(text.contains(&format!("{code}s Vorlagen")), "{text}");
        assert!(!text.contains(&member.name), "{text}");
        let named = reading(&sheet(&db, id, false, Language::De));
        assert!(named.contains(&format!("Dank {} läuft es.", member.name)));
    }

    /// `name` with its umlauts and accents written decomposed (base letter + combining mark).
    fn decomposed(name: &str) -> String {
        name.chars()
            .map(|c| match c {
                'ä' => "a\u{308}".to_string(),
                'ö' => "o\u{308}".to_string(),
                'ü' => "u\u{308}".to_string(),
                'ë' => "e\u{308}".to_string(),
                'é' => "e\u{301}".to_string(),
                'Ö' => "O\u{308}".to_string(),
                'ş' => "s\u{327}".to_string(),
                c => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_name_typed_in_any_case_spacing_order_or_unicode_form_is_replaced_too() {
        let db = demo_company(30);
        let id = pilot_id(&db, "Angebotserstellung");
        let page = db.read(|c| page::page(c, id, today())).unwrap();
        let member = &page.team[1];
        let (first, last) = member.name.rsplit_once(' ').expect("first and last name");
        let everyone = db.read(|c| people::list_employees(c, true)).unwrap();
        let accented = everyone
            .iter()
            .find(|e| decomposed(&e.name) != e.name)
            .expect("the demo has names with umlauts and accents");
        let lower = member.name.to_lowercase();
        let upper = member.name.to_uppercase();
        db.write(|tx| {
            let current = details::details(tx, id)?.input;
            details::set_details(
                tx,
                id,
                &DetailsInput {
                    description: format!(
                        "Mit {} und {}.",
                        decomposed(&accented.name),
                        decomposed(&accented.name.to_uppercase())
                    ),
                    ..current
                },
            )?;
            details::set_lessons(
                tx,
                id,
                &Lessons {
                    worked: format!("Dank {lower} und {upper}."),
                    not_worked: format!("Mit {first}\n{last} und {first}  {last}."),
                    next_step: format!("{last}, {first} übernimmt {upper}S Vorlagen."),
                },
            )
        })
        .unwrap();
        let code = |employee_id: u32| {
            everyone
                .iter()
                .find(|e| e.id == employee_id)
                .unwrap()
                .pseudonym
                .clone()
        };
        let (member_code, accented_code) = (code(member.employee_id), code(accented.id));
        let pdf = sheet(&db, id, true, Language::De);
        let text = reading(&pdf);
        for expected in [
            format!("Mit {accented_code} und {accented_code}."),
            format!("Dank {member_code} und {member_code}."),
            format!("Mit {member_code} und {member_code}."),
            format!("{member_code} übernimmt {member_code}S Vorlagen."),
        ] {
            assert!(text.contains(&expected), "{expected:?}: {text}");
        }
        let folded = text.to_lowercase();
        let metadata = info(&pdf).to_lowercase();
        for person in [member.name.as_str(), accented.name.as_str()] {
            let person = person.to_lowercase();
            let (first, last) = person.rsplit_once(' ').unwrap();
            for written in [
                person.clone(),
                decomposed(&person),
                format!("{last}, {first}"),
            ] {
                assert!(
                    !folded.contains(&written) && !metadata.contains(&written),
                    "{written:?} must not appear: {text}"
                );
            }
        }
    }

    #[test]
    fn an_unknown_id_or_the_database_as_out_is_refused_and_nothing_is_written() {
        let (dir, db) = demo_file(12);
        let out = dir.path().join("pilot.pdf");
        let run = cli(
            &db,
            &["print", "pilot", "99", "--out", out.to_str().unwrap()],
        );
        assert!(!run.status.success(), "an unknown pilot must fail");
        assert!(
            stderr(&run).contains("Pilotprojekt „99“ gibt es nicht."),
            "{}",
            stderr(&run)
        );
        assert!(!out.exists(), "no file appears");
        let before = snapshot(&Db::open_existing(&db).unwrap());
        let id = listed_id(&db, "Angebotserstellung");
        let run = cli(&db, &["print", "pilot", &id, "--out", db.to_str().unwrap()]);
        assert!(!run.status.success(), "the database itself is no target");
        assert!(
            stderr(&run).contains("die geöffnete Datenbank selbst"),
            "{}",
            stderr(&run)
        );
        let after = Db::open_existing(&db).unwrap();
        assert!(after.integrity_problems().unwrap().is_empty());
        assert_eq!(snapshot(&after), before, "the database is unchanged");
    }

    #[test]
    fn an_overdue_milestone_a_stop_and_a_missing_works_council_are_marked() {
        let db = demo_company(140);
        let pdf = sheet(&db, pilot_id(&db, "Dokumentation"), false, Language::De);
        assert!(
            reading(&pdf).contains("Abnahme durch die QM-Leitung überfällig"),
            "the overdue milestone says so in words: {}",
            reading(&pdf)
        );
        let documentation = flat(&pages(&pdf).join("\n"));
        assert!(
            documentation.contains("Abnahme durch die QM-Leitung"),
            "the overdue milestone says so in words: {documentation}"
        );
        assert!(documentation.contains("lokal auf eigenen Rechnern"));
        assert!(
            documentation.contains("Betriebsrat informiert nicht informiert")
                && !documentation.contains("BetrVG"),
            "no personal data: not informed, but no hint: {documentation}"
        );

        let stopped = pdf_text(&db, "Vorauswahl von Bewerbungen");
        let stopped_reading = reading(&sheet(
            &db,
            pilot_id(&db, "Vorauswahl von Bewerbungen"),
            false,
            Language::De,
        ));
        assert!(stopped.contains("Gestoppt seit"), "{stopped}");
        assert!(
            stopped.contains("Grund für den Stopp: Hochrisiko nach EU AI Act"),
            "{stopped}"
        );
        assert!(stopped.contains("hohes Risiko (Anhang III)"), "{stopped}");
        assert!(
            stopped.contains("Betriebsrat informiert nicht informiert")
                && stopped_reading.contains("Er bestimmt nach § 87 Abs. 1 Nr. 6 BetrVG mit"),
            "personal data without the works council: the hint names the law: {stopped}"
        );
        assert!(
            stopped.contains("Idee") && stopped.contains("→ Bewertung"),
            "the status history as a line: {stopped}"
        );
    }

    fn pdf_text(db: &Db, title: &str) -> String {
        let pdf = sheet(db, pilot_id(db, title), false, Language::De);
        assert_eq!(page_count(&pdf), 1, "{title} fits on one page");
        flat(&pages(&pdf).join("\n"))
    }

    #[test]
    fn an_idea_says_what_is_not_recorded_yet_instead_of_leaving_boxes_empty() {
        let db = demo_company(20);
        pdf_text(&db, "Eingangsrechnungen vorprüfen");
        let text = reading(&sheet(
            &db,
            pilot_id(&db, "Eingangsrechnungen vorprüfen"),
            false,
            Language::De,
        ));
        for expected in [
            "Idee seit",
            "Noch eine Idee",
            "Verantwortlich: noch nicht erfasst",
            "Noch keine Ziele erfasst.",
            "Noch keine Meilensteine erfasst.",
            "Noch keine Kosten erfasst.",
            "Noch kein Team benannt.",
            "noch nicht geplant",
            "noch nicht gemessen",
            "noch nicht eingestuft",
            "noch nicht bewertet",
            "Was hat funktioniert noch nicht erfasst",
        ] {
            assert!(text.contains(expected), "{expected:?}: {text}");
        }
        assert!(!text.contains("0 €"), "no column of zeros: {text}");
    }

    #[test]
    fn very_long_texts_flow_onto_a_second_page_and_nothing_is_cut_off() {
        let db = demo_company(20);
        let id = pilot_id(&db, "Angebotserstellung");
        let long = |marker: &str| {
            let mut text = "Ein ausführlicher Satz über den Einsatz der KI im Vertrieb. "
                .repeat(40)
                .chars()
                .take(1_980)
                .collect::<String>();
            text.push_str(marker);
            text
        };
        db.write(|tx| {
            let current = details::details(tx, id)?.input;
            details::set_details(
                tx,
                id,
                &DetailsInput {
                    description: long("ENDE-A"),
                    pain_point: long("ENDE-B"),
                    ..current
                },
            )?;
            details::set_lessons(
                tx,
                id,
                &Lessons {
                    worked: long("ENDE-C"),
                    not_worked: long("ENDE-D"),
                    next_step: long("ENDE-E"),
                },
            )?;
            compliance::set_risk_class(tx, id, RiskClass::Limited, &long("ENDE-F"))?;
            for i in 0..12 {
                details::add_goal(
                    tx,
                    id,
                    &GoalInput {
                        name: format!("Zusätzliches Ziel {i}"),
                        baseline: 1_234.5,
                        target: 99.0,
                        unit: "Minuten".into(),
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
        let pdf = sheet(&db, id, false, Language::De);
        let pages = pages(&pdf);
        assert!(pages.len() >= 2, "long texts need a second page");
        assert!(pages.len() <= 4, "but not many: {}", pages.len());
        let text = pages.join("\n");
        for marker in ["ENDE-A", "ENDE-B", "ENDE-C", "ENDE-D", "ENDE-E", "ENDE-F"] {
            assert!(text.contains(marker), "{marker}: the whole text is printed");
        }
        assert!(text.contains("Zusätzliches Ziel 11"), "every goal");
        assert!(flat(&text).contains("1.234,5 → 99"), "German decimals");
        for (i, page) in pages.iter().enumerate() {
            assert!(page.contains("Vertraulich"), "page {}", i + 1);
            assert!(
                page.contains(&format!("Seite {} / {}", i + 1, pages.len())),
                "page {}",
                i + 1
            );
        }
    }

    #[test]
    fn user_text_prints_literally_and_english_sheets_use_english_words() {
        let db = demo_company(20);
        let id = pilot_id(&db, "Angebotserstellung");
        db.write(|tx| {
            let current = details::details(tx, id)?.input;
            details::set_details(
                tx,
                id,
                &DetailsInput {
                    title: "#panic(\"boom\") *Angebote* & $x$".into(),
                    ..current
                },
            )
        })
        .unwrap();
        let text = flat(&pages(&sheet(&db, id, false, Language::En)).join("\n"));
        assert!(text.contains("#panic(\"boom\") *Angebote* & $x$"), "{text}");
        for expected in [
            "Pilot project profile",
            "Confidential – personal data",
            "Pilot running since",
            "6 h/week",
            "16,008 €/year",
            "minimal risk",
            "Works council informed on",
            "Page 1 / 1",
        ] {
            assert!(text.contains(expected), "{expected:?}: {text}");
        }
        assert!(
            text.contains(&(today() - Days::new(95)).format("%d/%m/%Y").to_string()),
            "English dates: {text}"
        );
    }

    #[test]
    fn a_member_who_left_is_marked_and_below_target_cells_are_the_cores() {
        let db = demo_company(30);
        let id = pilot_id(&db, "Angebotserstellung");
        let before = db.read(|c| page::page(c, id, today())).unwrap();
        let trainer = before.team[0]
            .ai_role
            .clone()
            .expect("the lead has an AI role");
        let department = db.read(people::list_departments).unwrap()[0].id;
        let newcomer = add(
            &db,
            &people::EmployeeInput {
                role_id: Some(role(&db, &trainer)),
                ..input("T-900", "Nora Neumann", department)
            },
        );
        let leaver = &before.team[1];
        db.write(|tx| {
            let mut members: Vec<TeamMember> = before
                .team
                .iter()
                .map(|m| TeamMember {
                    employee_id: m.employee_id,
                    role: m.role,
                })
                .collect();
            members.push(TeamMember {
                employee_id: newcomer.id,
                role: TeamRole::Enthusiast,
            });
            team::set_team(tx, id, &members)?;
            people::archive_employee(tx, leaver.employee_id, today())
        })
        .unwrap();
        let page = db.read(|c| page::page(c, id, today())).unwrap();
        let new = page
            .team
            .iter()
            .find(|m| m.employee_id == newcomer.id)
            .unwrap();
        let unassessed = new
            .levels
            .iter()
            .find(|l| l.level.is_none() && l.target.is_some())
            .expect("a new member has not been assessed against a target");
        assert!(unassessed.below, "never assessed counts as 0 in the core");
        let below = page
            .team
            .iter()
            .flat_map(|m| &m.levels)
            .filter(|l| l.below)
            .count();

        let named = sheet(&db, id, false, Language::De);
        let text = reading(&named);
        assert!(
            text.contains(&format!("{} (ausgeschieden)", leaver.name)),
            "the leaver stays on the team, marked: {text}"
        );
        assert!(!text.contains("Nora Neumann (ausgeschieden)"), "{text}");
        let layout = pages(&named).join("\n");
        // pdftotext may drop the thin spaces inside a cell.
        assert!(
            layout
                .replace(' ', "")
                .contains(&format!("–/{}▼", unassessed.target.unwrap())),
            "a target without an assessment is below it: {layout}"
        );
        assert_eq!(
            layout.matches('▼').count(),
            below + 1,
            "every cell the core marks below, and the legend's symbol: {text}"
        );
        assert_eq!(page_count(&named), 1, "still one page");

        let english = reading(&sheet(&db, id, false, Language::En));
        assert!(
            english.contains(&format!("{} (left)", leaver.name)),
            "{english}"
        );
        let code = db
            .read(|c| people::employee(c, leaver.employee_id))
            .unwrap()
            .pseudonym;
        let pseudonymized = reading(&sheet(&db, id, true, Language::De));
        assert!(
            pseudonymized.contains(&format!("{code} (ausgeschieden)")),
            "{pseudonymized}"
        );
        assert!(!pseudonymized.contains(&leaver.name), "{pseudonymized}");
    }

    /// The day the pilot first ran, as the roadmap counts it, or today if it never ran.
    fn first_ran(db: &Db, id: u32) -> String {
        db.read(|c| page::page(c, id, today()))
            .unwrap()
            .statuses
            .iter()
            .find(|s| s.status.saves_time() && s.on <= today().to_string())
            .map_or(today().to_string(), |s| s.on.clone())
    }

    fn iso_days_ago(days: i64) -> String {
        (today() - chrono::Duration::days(days)).to_string()
    }

    #[test]
    fn the_works_council_hint_follows_the_rule_of_the_roadmap_and_the_status_warning() {
        let db = demo_company(20);
        let running = pilot_id(&db, "Kundenkommunikation");
        let idea = pilot_id(&db, "Eingangsrechnungen vorprüfen");
        let started = first_ran(&db, running);
        assert!(started < today().to_string(), "the demo pilot runs");
        assert_eq!(first_ran(&db, idea), today().to_string());
        let day_before = (crate::support::date(&started) - chrono::Duration::days(1)).to_string();
        let (late, missing) = (
            Some("erst nach dem Start"),
            Some("Betriebsrat ist nicht informiert"),
        );
        let (customers, invoices) = ("Kundendaten", "Rechnungsdaten");
        // (pilot, personal data, monitoring possible, informed on, the hint's words)
        let cases = [
            (running, customers, false, Some(day_before), None),
            (running, customers, false, Some(started.clone()), None),
            (running, customers, false, Some(iso_days_ago(10)), late),
            (running, "", true, Some(iso_days_ago(10)), late),
            (running, customers, false, None, missing),
            (running, customers, false, Some(iso_days_ago(-5)), missing),
            (running, "", false, None, None),
            (idea, invoices, false, Some(iso_days_ago(1)), None),
            (idea, invoices, false, Some(today().to_string()), None),
            (idea, invoices, false, Some(iso_days_ago(-1)), missing),
            (idea, "", true, None, missing),
        ];
        for (id, data, monitoring, informed, hint) in cases {
            db.write(|tx| {
                compliance::set_personal_data(tx, id, data, monitoring)?;
                compliance::set_works_council_informed(tx, id, informed.as_deref())
            })
            .unwrap();
            let start = first_ran(&db, id);
            let pending = db
                .read(|c| compliance::works_council_pending(c, id, &start))
                .unwrap();
            let pdf = sheet(&db, id, false, Language::De);
            let text = reading(&pdf);
            let case = format!("{data:?} {monitoring} {informed:?}");
            assert_eq!(
                text.contains("BetrVG"),
                pending,
                "the sheet and the status warning agree: {case}: {text}"
            );
            assert_eq!(text.contains("BetrVG"), hint.is_some(), "{case}: {text}");
            if let Some(hint) = hint {
                assert!(text.contains(hint), "{case}: {hint:?}: {text}");
            }
            assert_eq!(page_count(&pdf), 1, "{case}: one page");
        }
        let english = reading(&sheet(&db, idea, false, Language::En));
        assert!(english.contains("has not been informed"), "{english}");
        db.write(|tx| {
            compliance::set_personal_data(tx, running, "Kundendaten", false)?;
            compliance::set_works_council_informed(tx, running, Some(&iso_days_ago(10)))
        })
        .unwrap();
        let english = reading(&sheet(&db, running, false, Language::En));
        assert!(
            english.contains("only informed after the pilot project had started"),
            "{english}"
        );
    }

    #[test]
    fn measured_hours_count_in_euros_only_while_the_pilot_runs() {
        let db = demo_company(20);
        let note = "zählt nicht, solange der Pilot nicht läuft";
        let running = pilot_id(&db, "Angebotserstellung");
        let text = flat(&pages(&sheet(&db, running, false, Language::De)).join("\n"));
        assert!(text.contains("6 h/Woche 16.008 €/Jahr"), "{text}");
        assert!(!text.contains(note), "{text}");

        // Stopped and evaluated pilots with a measurement: hours, but no euros per year.
        let stopped = pilot_id(&db, "Vorauswahl von Bewerbungen");
        let evaluated = pilot_id(&db, "Wartungsprognose aus Maschinendaten");
        for id in [stopped, evaluated] {
            let since = db.read(|c| pilots::pilot(c, id)).unwrap().status_since;
            db.write(|tx| pilots::record_measured_hours(tx, id, 1.5, &since))
                .unwrap();
            let pdf = sheet(&db, id, false, Language::De);
            let text = reading(&pdf);
            assert!(text.contains("1,5 h/Woche"), "the hours are shown: {text}");
            assert!(text.contains(note), "and why they bring no euros: {text}");
            // 1.5 h × 46 weeks × 58 €/h
            assert!(!text.contains("4.002"), "no yearly euros for them: {text}");
            assert!(
                !text.contains("1,5 h/Woche 4") && text.contains("€/Jahr"),
                "the planned hours keep theirs: {text}"
            );
            assert_eq!(page_count(&pdf), 1);
        }
        let english = reading(&sheet(&db, stopped, false, Language::En));
        assert!(
            english.contains("does not count while the pilot is not running"),
            "{english}"
        );

        // A pilot that ran and was stopped: its last measurement no longer counts either.
        db.write(|tx| {
            pilots::set_status(
                tx,
                running,
                PilotStatus::Stopped,
                &today().to_string(),
                "Kein Budget mehr",
            )
        })
        .unwrap();
        let text = reading(&sheet(&db, running, false, Language::De));
        assert!(text.contains("6 h/Woche"), "{text}");
        assert!(!text.contains("16.008"), "{text}");
        assert!(text.contains(note), "{text}");
    }
}
