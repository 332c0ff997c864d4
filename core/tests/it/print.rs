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

fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
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
fn pages(pdf: &[u8]) -> Vec<String> {
    let text = poppler("pdftotext", pdf, &["-layout", "-enc", "UTF-8"]);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// `pdfinfo`'s "Key: value" lines; it takes the file without a trailing "-".
fn info(pdf: &[u8]) -> String {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(pdf).unwrap();
    let output = Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs (apt install poppler-utils)");
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

fn info_value(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|line| line.strip_prefix(&format!("{key}:")))
        .unwrap_or_else(|| panic!("pdfinfo reports {key}"))
        .trim()
        .to_string()
}

fn page_count(pdf: &[u8]) -> usize {
    info_value(&info(pdf), "Pages").parse().unwrap()
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
