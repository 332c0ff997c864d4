//! `talentwerk-cli`: Talentwerk for IT directors and scripts, without a webview.
//!
//! It works on the same SQLite file as the desktop app. Only `init` and `demo` may create a
//! file; every other command reports a missing or foreign file instead of creating one.
//! Messages are German, errors go to stderr with a non-zero exit code.

use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use talentwerk_core::backup::{self, BackupReason};
use talentwerk_core::company::{self, Language};
use talentwerk_core::error::Entity;
use talentwerk_core::matrix::{self, Matrix, MatrixFilter};
use talentwerk_core::print::{self, Paper, PrintOptions};
use talentwerk_core::{
    db, demo, exchange, fit, framework, kpi, ladder, literacy, maturity, mentoring, people, pilots,
    roadmap, texts, Db, Error,
};

/// typst allocates a great many small objects while it lays out a printout; mimalloc makes
/// `print matrix` about a fifth faster than the system allocator (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "talentwerk-cli",
    version,
    about = "Talentwerk auf der Kommandozeile"
)]
struct Cli {
    /// The company database file (or set TALENTWERK_DB).
    #[arg(long, env = "TALENTWERK_DB", global = true)]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new company file with the default competency framework.
    Init {
        #[arg(long)]
        company: String,
    },
    /// Create the demo company "Muster Maschinenbau GmbH".
    Demo {
        #[arg(long, default_value_t = demo::DEFAULT_EMPLOYEES,
              value_parser = clap::value_parser!(u32).range(1..=10_000))]
        employees: u32,
        /// Competencies in all: beyond the 16 of the default framework, numbered
        /// "Zusatzkompetenz" ones with everyone assessed (for measuring large matrices).
        #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u16).range(16..=300))]
        competencies: u16,
    },
    /// Print the talent matrix of the active employees.
    Matrix {
        /// Only this department (name, case-insensitive).
        #[arg(long)]
        department: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Check the file's integrity and schema version.
    Check,
    /// Import employees and levels from CSV or XLSX in the export layout. With any problem
    /// nothing is written.
    Import {
        file: PathBuf,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
        /// Create departments and roles the file names but the company does not have yet.
        #[arg(long)]
        create_missing: bool,
        /// The XLSX sheet to read (default: the first).
        #[arg(long)]
        sheet: Option<String>,
    },
    /// Write the matrix or an empty import template to a file.
    Export {
        #[command(subcommand)]
        what: Export,
    },
    /// Print a document as PDF.
    Print {
        #[command(subcommand)]
        what: Print,
    },
    /// Back up the file: into the folder "Sicherungen" next to it, or to --out.
    Backup {
        /// Write the copy here instead (never over the database itself).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List the backups in the folder "Sicherungen", newest first.
    Backups,
    /// Replace the file's content with a backup; the current state is backed up first.
    /// A foreign, damaged or newer file is refused and nothing changes.
    Restore { file: PathBuf },
    /// Record and move pilot projects (AI use cases).
    Pilot {
        #[command(subcommand)]
        action: PilotAction,
    },
    /// List the pilot projects with status, scores and hours saved per week.
    Pilots {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The key figures as of a day (default today).
    Kpi {
        /// YYYY-MM-DD.
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The AI career ladder: stages with salary band and requirements.
    Ladder {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Each active employee's readiness for the next career stage and what is missing.
    Readiness {
        /// Only this department (name, case-insensitive).
        #[arg(long)]
        department: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Hire or upskill: who fits an AI role, or the advice to hire.
    Fit {
        /// The AI role (name, case-insensitive).
        #[arg(long)]
        role: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The 90-day roadmap: phases, items with due dates, what is done and the proof.
    Roadmap {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The AI maturity (KI-Reifegrad) of the company or a department as of the last month
    /// end up to a day (default today): each dimension's mean and people per level, and the
    /// index. Groups that could reveal fewer than five people are withheld.
    Maturity {
        /// YYYY-MM-DD.
        #[arg(long)]
        as_of: Option<String>,
        /// Only this department (name, case-insensitive).
        #[arg(long)]
        department: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The AI-literacy record (EU AI Act Art. 4) as of a day as CSV: one line per person and
    /// completed training, one line for someone without any.
    Literacy {
        #[command(flatten)]
        record: LiteracyArgs,
    },
}

/// What the AI-literacy record is as of, who owns it and when it is reviewed next.
#[derive(clap::Args)]
struct LiteracyArgs {
    /// The day the record is as of, YYYY-MM-DD; default today.
    #[arg(long)]
    as_of: Option<String>,
    /// Who is responsible for the record; default "Geschäftsführung".
    #[arg(long)]
    owner: Option<String>,
    /// The next review, YYYY-MM-DD, not before --as-of; default twelve months after it.
    #[arg(long)]
    next_review: Option<String>,
}

/// The record's owner when none is given: the file keeps no contact person.
const DEFAULT_OWNER: &str = "Geschäftsführung";

impl LiteracyArgs {
    /// The day, the owner and the next review, with the defaults filled in.
    fn resolve(&self) -> Result<(chrono::NaiveDate, String, chrono::NaiveDate), Error> {
        let day = as_of_day(self.as_of.as_deref())?;
        let next_review = match &self.next_review {
            Some(review) => talentwerk_core::validate::work_date(
                talentwerk_core::error::Field::NextReview,
                review,
            )?,
            None => day + chrono::Months::new(12),
        };
        let owner = self.owner.as_deref().unwrap_or(DEFAULT_OWNER).to_string();
        Ok((day, owner, next_review))
    }
}

#[derive(Subcommand)]
enum PilotAction {
    /// Record a new use case; prints its id.
    Add {
        #[arg(long)]
        title: String,
        /// The department it belongs to (name, case-insensitive).
        #[arg(long)]
        area: Option<String>,
        /// idee, bewertung, pilot, skalierung or abgeschlossen.
        #[arg(long, default_value = "idee")]
        status: String,
        /// YYYY-MM-DD; default today.
        #[arg(long)]
        on: Option<String>,
    },
    /// Move a use case to a status: idee, bewertung, pilot, skalierung, abgeschlossen or
    /// gestoppt (which needs --reason).
    Status {
        id: u32,
        status: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Set the planned or record the measured hours saved per week.
    Hours {
        id: u32,
        #[arg(
            long,
            conflicts_with = "measured",
            required_unless_present = "measured"
        )]
        planned: Option<f64>,
        #[arg(long)]
        measured: Option<f64>,
        /// The day of the measurement; default today.
        #[arg(long)]
        on: Option<String>,
    },
    /// Record a one-off or a monthly cost in euros.
    Cost {
        id: u32,
        #[arg(long, conflicts_with = "monthly", required_unless_present = "monthly")]
        once: Option<f64>,
        #[arg(long)]
        monthly: Option<f64>,
        #[arg(long)]
        on: Option<String>,
    },
}

#[derive(Subcommand)]
enum Print {
    /// The talent matrix as PDF (landscape), with legend and code key.
    Matrix {
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = PaperSize::A4)]
        paper: PaperSize,
        /// Pseudonym codes (MA-017) instead of names: no name appears in the file.
        #[arg(long)]
        pseudonymize: bool,
        /// Only this department (name, case-insensitive).
        #[arg(long)]
        department: Option<String>,
        /// Only this pillar's competencies (name, case-insensitive).
        #[arg(long)]
        pillar: Option<String>,
        /// Only employees with this AI role (name, case-insensitive).
        #[arg(long)]
        role: Option<String>,
        /// Include employees who have left.
        #[arg(long)]
        include_archived: bool,
    },
    /// The KPI report as PDF (A4 portrait): key figures beside the Destatis benchmark, use
    /// cases by status, the last 12 months.
    Kpi {
        #[arg(long)]
        out: PathBuf,
        /// The day the figures are as of, YYYY-MM-DD; default today.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// One pilot project's one-pager as PDF (A4 portrait): goals, time saved, costs, team,
    /// milestones, EU AI Act class, works council, lessons learned.
    Pilot {
        /// The pilot project's id (see `pilots`).
        id: u32,
        #[arg(long)]
        out: PathBuf,
        /// Pseudonym codes (MA-017) instead of names: no name appears in the file.
        #[arg(long)]
        pseudonymize: bool,
    },
    /// The AI career ladder as PDF (A4 portrait) for all staff: per stage the
    /// responsibilities, the salary band and the requirements (EU Pay Transparency
    /// Directive 2023/970). It names no person.
    Ladder {
        #[arg(long)]
        out: PathBuf,
    },
    /// One person's development plan as PDF (A4 portrait): levels against the targets of
    /// their AI role, career stage and what is missing, learning paths, mentoring, signatures.
    Plan {
        /// The person's personnel number.
        personnel_number: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// The AI-literacy record (EU AI Act Art. 4) as PDF (A4 landscape): AI systems in use,
    /// measures, training contents, each person's systems and trainings, owner, next review.
    Literacy {
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        record: LiteracyArgs,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperSize {
    A4,
    A3,
}

#[derive(Subcommand)]
enum Export {
    /// The talent matrix of the active employees, as XLSX (coloured, with legend) or CSV.
    Matrix {
        #[arg(long, value_enum)]
        format: FileFormat,
        #[arg(long)]
        out: PathBuf,
    },
    /// An empty XLSX in the import layout; with --db it uses that company's competencies.
    Template {
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FileFormat {
    Xlsx,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Table,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Only the template can do without a company file: it falls back to the default framework.
    if let (
        None,
        Command::Export {
            what: Export::Template { out },
        },
    ) = (&cli.db, &cli.command)
    {
        return finish(default_template(out));
    }
    let Some(path) = cli.db.clone() else {
        eprintln!("Fehler: Bitte geben Sie die Datenbank mit --db PFAD an (oder setzen Sie TALENTWERK_DB).");
        return ExitCode::from(2);
    };
    let creates = matches!(cli.command, Command::Init { .. } | Command::Demo { .. });
    let existed = path.exists();
    let result = run(&path, cli.command);
    if creates && !existed && result.is_err() {
        // A failed init/demo leaves no half-made file behind.
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.clone().into_os_string();
            file.push(suffix);
            let _ = std::fs::remove_file(file);
        }
    }
    finish(result)
}

fn finish(result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader (`| head`) has what it wanted.
        Err(Failure::Core(Error::Io(e))) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(Failure::Core(error)) => {
            eprintln!("Fehler: {}", texts::describe_error(&error, Language::De));
            ExitCode::FAILURE
        }
        Err(Failure::Message(message)) => {
            eprintln!("Fehler: {message}");
            ExitCode::FAILURE
        }
    }
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

fn today() -> chrono::NaiveDate {
    now().date()
}

/// Opens a file for `init`/`demo`: a new file is fine, an existing one must be empty or ours.
fn open_for_creation(path: &Path) -> Result<Db, Error> {
    Db::open(path)
}

/// The import template for the default framework, without any company file.
fn default_template(target: &Path) -> Result<(), Failure> {
    let db = Db::open_in_memory()?;
    let competencies = db.write(|tx| {
        company::create(tx, "Vorlage", Language::De, today())?;
        Ok(framework::load(tx)?.competencies)
    })?;
    talentwerk_core::files::write_atomically(target, &exchange::template_xlsx(&competencies)?)?;
    println!("Geschrieben: {}", target.display());
    Ok(())
}

/// Why a command failed: a core error, or a finding of the command itself.
enum Failure {
    Core(Error),
    Message(String),
}

impl<E: Into<Error>> From<E> for Failure {
    fn from(error: E) -> Self {
        Failure::Core(error.into())
    }
}

fn run(path: &Path, command: Command) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match command {
        Command::Init { company: name } => {
            let db = open_for_creation(path)?;
            let company = db.write(|tx| company::create(tx, &name, Language::De, today()))?;
            writeln!(
                out,
                "Unternehmen „{}“ angelegt in {}",
                company.name,
                path.display()
            )?;
        }
        Command::Demo {
            employees,
            competencies,
        } => {
            let db = open_for_creation(path)?;
            let company = db.write(|tx| {
                let company = demo::create(tx, employees, Language::De, today())?;
                demo::widen_framework(tx, competencies.into(), today())?;
                Ok(company)
            })?;
            writeln!(
                out,
                "Demo-Unternehmen „{}“ mit {employees} Mitarbeitenden und {competencies} Kompetenzen angelegt in {}",
                company.name,
                path.display()
            )?;
        }
        Command::Matrix { department, format } => {
            let db = Db::open_existing(path)?;
            let matrix = db.read(|conn| {
                company::require(conn)?;
                let department_id = department_id(conn, department.as_deref())?;
                matrix::matrix(
                    conn,
                    &MatrixFilter {
                        department_id,
                        ..MatrixFilter::default()
                    },
                )
            })?;
            match format {
                Format::Csv => exchange::write_csv(&matrix, &mut out, false)?,
                Format::Table => write_table(&matrix, &mut out)?,
            }
        }
        Command::Import {
            file,
            dry_run,
            create_missing,
            sheet,
        } => {
            let db = Db::open_existing(path)?;
            db.read(company::require)?;
            let outcome = exchange::import::import_file(
                &db,
                &file,
                sheet.as_deref(),
                create_missing,
                dry_run,
                now(),
            )?;
            // A file that could not be read has no rows to speak of, only its problem.
            if outcome.rows > 0 {
                writeln!(
                    out,
                    "Import aus {} ({} Zeilen):",
                    file.display(),
                    outcome.rows
                )?;
            }
            for warning in &outcome.warnings {
                writeln!(
                    out,
                    "Hinweis: {}",
                    texts::describe_issue(warning, Language::De)
                )?;
            }
            if !outcome.problems.is_empty() {
                for problem in &outcome.problems {
                    eprintln!("{}", texts::describe_issue(problem, Language::De));
                }
                return Err(Failure::Message(format!(
                    "{} Problem(e) gefunden; es wurde nichts geändert.",
                    outcome.problems.len()
                )));
            }
            writeln!(out, "  neue Mitarbeitende: {}", outcome.new_employees.len())?;
            writeln!(
                out,
                "  geänderte Mitarbeitende: {}",
                outcome.updated_employees.len()
            )?;
            writeln!(out, "  geänderte Stufen: {}", outcome.level_changes.len())?;
            if !outcome.new_departments.is_empty() {
                writeln!(
                    out,
                    "  neue Abteilungen: {}",
                    outcome.new_departments.join(", ")
                )?;
            }
            if !outcome.new_roles.is_empty() {
                writeln!(out, "  neue KI-Rollen: {}", outcome.new_roles.join(", "))?;
            }
            if dry_run {
                writeln!(out, "Probelauf: es wurde nichts geschrieben.")?;
            } else if outcome.is_unchanged() {
                writeln!(out, "Keine Änderungen.")?;
            } else {
                writeln!(out, "Übernommen.")?;
            }
        }
        Command::Export { what } => {
            let db = Db::open_existing(path)?;
            let (target, bytes) = match what {
                Export::Matrix {
                    format,
                    out: target,
                } => {
                    let matrix = db.read(|conn| {
                        company::require(conn)?;
                        matrix::matrix(conn, &MatrixFilter::default())
                    })?;
                    let bytes = match format {
                        FileFormat::Xlsx => exchange::matrix_xlsx(&matrix)?,
                        FileFormat::Csv => exchange::matrix_csv(&matrix)?,
                    };
                    (target, bytes)
                }
                Export::Template { out: target } => {
                    let competencies = db.read(|conn| {
                        company::require(conn)?;
                        Ok(framework::load(conn)?.competencies)
                    })?;
                    (target, exchange::template_xlsx(&competencies)?)
                }
            };
            db.write_file(&target, &bytes)?;
            writeln!(out, "Geschrieben: {}", target.display())?;
        }
        Command::Print {
            what:
                Print::Matrix {
                    out: target,
                    paper,
                    pseudonymize,
                    department,
                    pillar,
                    role,
                    include_archived,
                },
        } => {
            let db = Db::open_existing(path)?;
            let printout = db.read(|conn| {
                let company = company::require(conn)?;
                let framework = framework::load(conn)?;
                let options = PrintOptions {
                    paper: match paper {
                        PaperSize::A4 => Paper::A4,
                        PaperSize::A3 => Paper::A3,
                    },
                    pseudonymize,
                    department_id: department_id(conn, department.as_deref())?,
                    pillar_id: find_by_name(
                        framework.pillars.iter().map(|p| (p.id, p.name.as_str())),
                        pillar.as_deref(),
                        Entity::Pillar,
                    )?,
                    role_id: find_by_name(
                        framework.roles.iter().map(|r| (r.id, r.name.as_str())),
                        role.as_deref(),
                        Entity::Role,
                    )?,
                    include_archived,
                };
                print::matrix_printout(conn, &options, company.language, today())
            })?;
            db.write_file(&target, &printout.pdf()?)?;
            writeln!(
                out,
                "Geschrieben: {} ({} Seiten)",
                target.display(),
                printout.page_count()
            )?;
        }
        Command::Print {
            what: Print::Kpi { out: target, as_of },
        } => {
            let db = Db::open_existing(path)?;
            let day = as_of_day(as_of.as_deref())?;
            let printout = db.read(|conn| {
                let company = company::require(conn)?;
                print::kpi_printout(conn, day, company.language, today())
            })?;
            db.write_file(&target, &printout.pdf()?)?;
            writeln!(
                out,
                "Geschrieben: {} ({} Seiten)",
                target.display(),
                printout.page_count()
            )?;
        }
        Command::Print {
            what:
                Print::Pilot {
                    id,
                    out: target,
                    pseudonymize,
                },
        } => {
            let db = Db::open_existing(path)?;
            let printout = db.read(|conn| {
                let company = company::require(conn)?;
                print::pilot_printout(conn, id, pseudonymize, company.language, today())
            })?;
            db.write_file(&target, &printout.pdf()?)?;
            written(&mut out, &target, &printout)?;
        }
        Command::Print {
            what: Print::Ladder { out: target },
        } => {
            let db = Db::open_existing(path)?;
            let printout = db.read(|conn| print::ladder_printout(conn, today()))?;
            db.write_file(&target, &printout.pdf()?)?;
            written(&mut out, &target, &printout)?;
        }
        Command::Print {
            what:
                Print::Plan {
                    personnel_number,
                    out: target,
                },
        } => {
            let db = Db::open_existing(path)?;
            let printout = db.read(|conn| {
                company::require(conn)?;
                match employee_id(conn, &personnel_number)? {
                    Some(id) => print::development_plan_printout(conn, id, today()).map(Some),
                    None => Ok(None),
                }
            })?;
            let Some(printout) = printout else {
                return Err(unknown_personnel_number(&personnel_number));
            };
            db.write_file(&target, &printout.pdf()?)?;
            written(&mut out, &target, &printout)?;
        }
        Command::Print {
            what:
                Print::Literacy {
                    out: target,
                    record,
                },
        } => {
            let db = Db::open_existing(path)?;
            let (day, owner, next_review) = record.resolve()?;
            let printout =
                db.read(|conn| print::literacy_printout(conn, day, &owner, next_review, today()))?;
            db.write_file(&target, &printout.pdf()?)?;
            written(&mut out, &target, &printout)?;
        }
        Command::Literacy { record } => {
            let db = Db::open_existing(path)?;
            let (day, owner, next_review) = record.resolve()?;
            let record =
                db.read(|conn| literacy::record(conn, day, &owner, next_review, today()))?;
            // On stdout without the byte-order mark, like the other CSV output: scripts read it.
            let csv = literacy::csv(&record);
            out.write_all(csv.trim_start_matches('\u{feff}').as_bytes())?;
        }
        Command::Backup { out: target } => {
            let db = Db::open_existing(path)?;
            match target {
                Some(target) => {
                    let size = backup::copy_to(&db, &target)?;
                    writeln!(
                        out,
                        "Gesichert: {} ({})",
                        target.display(),
                        human_size(size)
                    )?;
                }
                None => {
                    let info = backup::create(&db, BackupReason::Manual, now())?
                        .expect("a file on disk has a backup folder");
                    writeln!(
                        out,
                        "Gesichert: {} ({})",
                        backup::folder_for(path).join(&info.file_name).display(),
                        human_size(info.size_bytes.into())
                    )?;
                }
            }
        }
        Command::Backups => {
            Db::open_existing(path)?;
            let copies = backup::list(path)?;
            let folder = backup::folder_for(path);
            if copies.is_empty() {
                writeln!(out, "Noch keine Sicherungen in {}.", folder.display())?;
            } else {
                writeln!(out, "Sicherungen in {}:", folder.display())?;
                for copy in &copies {
                    let people = copy
                        .people
                        .map_or_else(|| "unlesbar".to_string(), |n| format!("{n} Personen"));
                    writeln!(
                        out,
                        "{}  {:<24} {:>9}  {:<13} {}",
                        copy.created_at.replace('T', " "),
                        texts::backup_reason(copy.reason, Language::De),
                        human_size(copy.size_bytes.into()),
                        people,
                        copy.file_name
                    )?;
                }
            }
        }
        Command::Restore { file } => {
            let db = Db::open_existing(path)?;
            let before = backup::restore(&db, &file, now())?;
            writeln!(out, "Wiederhergestellt aus {}.", file.display())?;
            if let Some(before) = before {
                writeln!(
                    out,
                    "Der vorherige Stand ist gesichert: {}",
                    backup::folder_for(path).join(before.file_name).display()
                )?;
            }
        }
        Command::Pilot { action } => {
            let db = Db::open_existing(path)?;
            db.read(company::require)?;
            let on = |on: Option<String>| on.unwrap_or_else(|| today().to_string());
            match action {
                PilotAction::Add {
                    title,
                    area,
                    status,
                    on: day,
                } => {
                    let status = pilot_status(&status)?;
                    let added = db.write(|tx| {
                        let department_id = department_id(tx, area.as_deref())?;
                        pilots::add(
                            tx,
                            &pilots::NewPilot {
                                title,
                                department_id,
                                status,
                                on: on(day),
                            },
                        )
                    })?;
                    writeln!(out, "{}", added.id)?;
                }
                PilotAction::Status {
                    id,
                    status,
                    on: day,
                    reason,
                } => {
                    let status = pilot_status(&status)?;
                    let moved =
                        db.write(|tx| pilots::set_status(tx, id, status, &on(day), &reason))?;
                    writeln!(
                        out,
                        "„{}“ ist jetzt: {}",
                        moved.pilot.title,
                        texts::pilot_status(moved.pilot.status, Language::De)
                    )?;
                    for warning in moved.warnings {
                        eprintln!("Hinweis: {}", texts::status_warning(warning, Language::De));
                    }
                }
                PilotAction::Hours {
                    id,
                    planned,
                    measured,
                    on: day,
                } => {
                    let pilot = db.write(|tx| match (planned, measured) {
                        (Some(h), _) => pilots::set_planned_hours(tx, id, h),
                        (None, Some(h)) => pilots::record_measured_hours(tx, id, h, &on(day)),
                        (None, None) => unreachable!("clap requires one of them"),
                    })?;
                    writeln!(
                        out,
                        "„{}“: geplant {} h/Woche, gemessen {} h/Woche",
                        pilot.title,
                        decimal_de(pilot.planned_hours),
                        pilot
                            .measured_hours
                            .map_or_else(|| "–".to_string(), decimal_de)
                    )?;
                }
                PilotAction::Cost {
                    id,
                    once,
                    monthly,
                    on: day,
                } => {
                    let (kind, amount) = match (once, monthly) {
                        (Some(eur), _) => (pilots::CostKind::Once, eur),
                        (None, Some(eur)) => (pilots::CostKind::Monthly, eur),
                        (None, None) => unreachable!("clap requires one of them"),
                    };
                    db.write(|tx| pilots::add_cost(tx, id, kind, amount, &on(day)))?;
                    writeln!(out, "Kosten erfasst.")?;
                }
            }
        }
        Command::Pilots { format } => {
            let db = Db::open_existing(path)?;
            let list = db.read(|conn| {
                company::require(conn)?;
                pilots::list(conn)
            })?;
            write_pilots(&list, format, &mut out)?;
        }
        Command::Kpi { as_of, format } => {
            let db = Db::open_existing(path)?;
            let day = as_of_day(as_of.as_deref())?;
            let (figures, people) = db.read(|conn| {
                Ok((
                    kpi::as_of(conn, day)?,
                    (
                        maturity::aggregate(conn, day, maturity::Scope::Company)?,
                        mentoring::knowledge_transfer(conn, day)?,
                    ),
                ))
            })?;
            write_kpis(&figures, &people, format, &mut out)?;
        }
        Command::Ladder { format } => {
            let db = Db::open_existing(path)?;
            let stages = db.read(|conn| {
                company::require(conn)?;
                ladder::stages(conn)
            })?;
            write_ladder(&stages, format, &mut out)?;
        }
        Command::Readiness { department, format } => {
            let db = Db::open_existing(path)?;
            let list = db.read(|conn| {
                company::require(conn)?;
                let department_id = department_id(conn, department.as_deref())?;
                ladder::readiness_all(conn, today(), department_id)
            })?;
            write_readiness(&list, format, &mut out)?;
        }
        Command::Fit { role, format } => {
            let db = Db::open_existing(path)?;
            let result = db.read(|conn| {
                company::require(conn)?;
                let roles = framework::load(conn)?.roles;
                let id = find_by_name(
                    roles.iter().map(|r| (r.id, r.name.as_str())),
                    Some(&role),
                    Entity::Role,
                )?
                .ok_or_else(|| Error::not_found(Entity::Role, &role))?;
                fit::role_fit(conn, id)
            })?;
            write_fit(&result, format, &mut out)?;
        }
        Command::Roadmap { format } => {
            let db = Db::open_existing(path)?;
            let plan = db.read(|conn| roadmap::load(conn, today()))?;
            write_roadmap(&plan, format, &mut out)?;
        }
        Command::Maturity {
            as_of,
            department,
            format,
        } => {
            let db = Db::open_existing(path)?;
            let day = as_of_day(as_of.as_deref())?;
            let (scope_name, figures) = db.read(|conn| {
                company::require(conn)?;
                let (scope, name) = match department_id(conn, department.as_deref())? {
                    Some(id) => (
                        maturity::Scope::Department(id),
                        people::list_departments(conn)?
                            .into_iter()
                            .find(|d| d.id == id)
                            .map_or_else(String::new, |d| d.name),
                    ),
                    None => (maturity::Scope::Company, "Unternehmen".to_string()),
                };
                Ok((name, maturity::aggregate(conn, day, scope)?))
            })?;
            write_maturity(&scope_name, &figures, format, &mut out)?;
        }
        Command::Check => {
            let db = Db::open_existing(path)?;
            let problems = db.integrity_problems()?;
            let version = db.stored_schema_version()?;
            let company = db.read(company::get)?;
            writeln!(out, "Datei: {}", path.display())?;
            writeln!(
                out,
                "Schemaversion: {version} (diese Version schreibt {})",
                db::schema_version()
            )?;
            match company {
                Some(c) => {
                    let employees = db.read(|conn| people::list_employees(conn, true))?;
                    let active = employees.iter().filter(|e| e.archived_on.is_none()).count();
                    writeln!(out, "Unternehmen: {}", c.name)?;
                    writeln!(
                        out,
                        "Mitarbeitende: {active} aktiv, {} ausgeschieden",
                        employees.len() - active
                    )?;
                }
                None => writeln!(out, "Unternehmen: noch keines angelegt")?,
            }
            if problems.is_empty() {
                writeln!(out, "Integrität: in Ordnung")?;
            } else {
                for problem in &problems {
                    writeln!(out, "Integrität: {problem}")?;
                }
                return Err(Failure::Message(format!(
                    "Die Integritätsprüfung fand {} Problem(e).",
                    problems.len()
                )));
            }
        }
    }
    Ok(())
}

/// `Geschrieben: FILE (1 Seite)` after a printout.
fn written(out: &mut impl Write, target: &Path, printout: &print::Printout) -> Result<(), Error> {
    let pages = printout.page_count();
    writeln!(
        out,
        "Geschrieben: {} ({pages} {})",
        target.display(),
        if pages == 1 { "Seite" } else { "Seiten" }
    )?;
    Ok(())
}

/// The id of the employee (also one who has left) with this personnel number, ignoring case
/// like the file does.
fn employee_id(conn: &rusqlite::Connection, personnel_number: &str) -> Result<Option<u32>, Error> {
    let wanted = personnel_number.trim().to_lowercase();
    Ok(people::list_employees(conn, true)?
        .into_iter()
        .find(|e| e.personnel_number.to_lowercase() == wanted)
        .map(|e| e.id))
}

fn unknown_personnel_number(personnel_number: &str) -> Failure {
    Failure::Message(format!(
        "Es gibt niemanden mit der Personalnummer „{}“.",
        personnel_number.trim()
    ))
}

/// The day of `--as-of` (YYYY-MM-DD), or today without it.
fn as_of_day(as_of: Option<&str>) -> Result<chrono::NaiveDate, Error> {
    match as_of {
        Some(day) => talentwerk_core::validate::work_date(talentwerk_core::error::Field::Date, day),
        None => Ok(today()),
    }
}

fn pilot_status(word: &str) -> Result<pilots::PilotStatus, Failure> {
    pilots::PilotStatus::from_slug_de(word).ok_or_else(|| {
        Failure::Message(format!(
            "„{word}“ ist kein Status. Erlaubt: idee, bewertung, pilot, skalierung, \
             abgeschlossen, gestoppt."
        ))
    })
}

/// A number the German way: decimal comma, no trailing zeros beyond one decimal.
fn decimal_de(value: f64) -> String {
    // An empty sum of decimals is -0.0; nobody wants to read "-0".
    let value = value + 0.0;
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    text.replace('.', ",")
}

fn write_pilots(list: &[pilots::Pilot], format: Format, out: &mut impl Write) -> Result<(), Error> {
    let score = |s: Option<u8>| s.map(|v| v.to_string()).unwrap_or_default();
    match format {
        Format::Csv => {
            writeln!(
                out,
                "ID;Titel;Bereich;Status;Nutzen;Risiko;Messbarkeit;Priorität;Geplant h/Woche;Gemessen h/Woche;Risikoklasse"
            )?;
            for p in list {
                writeln!(
                    out,
                    "{};{};{};{};{};{};{};{};{};{};{}",
                    p.id,
                    csv_field(&p.title),
                    csv_field(p.department.as_deref().unwrap_or("")),
                    p.status.slug_de(),
                    score(p.benefit),
                    score(p.risk),
                    score(p.measurability),
                    score(p.priority),
                    decimal_de(p.planned_hours),
                    p.measured_hours.map(decimal_de).unwrap_or_default(),
                    p.risk_class.map(|c| c.slug_de()).unwrap_or_default()
                )?;
            }
        }
        Format::Table => {
            if list.is_empty() {
                writeln!(out, "Noch keine Pilotprojekte.")?;
            }
            let width = |text: &dyn Fn(&pilots::Pilot) -> String| {
                list.iter()
                    .map(|p| text(p).chars().count())
                    .max()
                    .unwrap_or(0)
            };
            let area = |p: &pilots::Pilot| p.department.clone().unwrap_or_else(|| "–".into());
            let (title_width, area_width) = (width(&|p| p.title.clone()), width(&area));
            for p in list {
                let scores = match (p.benefit, p.risk, p.measurability) {
                    (Some(b), Some(r), Some(m)) => format!("{b}/{r}/{m}"),
                    _ => "–".into(),
                };
                writeln!(
                    out,
                    "{:>4}  {:<title_width$}  {:<area_width$}  {:<13}  N/R/M {:<5}  geplant {} h, gemessen {} h/Woche, KI-VO {}",
                    p.id,
                    p.title,
                    area(p),
                    texts::pilot_status(p.status, Language::De),
                    scores,
                    decimal_de(p.planned_hours),
                    p.measured_hours.map_or_else(|| "–".to_string(), decimal_de),
                    p.risk_class.map_or("–", |c| c.slug_de())
                )?;
            }
        }
    }
    Ok(())
}

/// A field for the `;`-separated output: quoted when it holds a separator or a quote.
fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Whole euros with German thousands separators for the table (`34.684`); the CSV keeps
/// plain digits for spreadsheets.
fn euros_de(value: f64, table: bool) -> String {
    let digits = format!("{:.0}", value.abs());
    if !table {
        return format!("{:.0}", value);
    }
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if value < -0.5 {
        grouped.insert(0, '-');
    }
    grouped
}

/// The dashboard's figures, the pilots' and then the people's (maturity and knowledge
/// transfer; the group figures "–" where they are withheld below five rated people).
fn write_kpis(
    k: &kpi::Kpis,
    (m, transfer): &(maturity::Aggregate, mentoring::KnowledgeTransfer),
    format: Format,
    out: &mut impl Write,
) -> Result<(), Error> {
    let optional = |v: Option<f64>| v.map(decimal_de).unwrap_or_else(|| "–".into());
    let table = matches!(format, Format::Table);
    let as_of = if table {
        date_de(&k.as_of)
    } else {
        k.as_of.clone()
    };
    let mut rows: Vec<(String, String, &str)> = vec![
        ("Stand".into(), as_of, ""),
        (
            "Aktive Mitarbeitende".into(),
            k.active_employees.to_string(),
            "Personen",
        ),
        (
            "Anwendungsquote (regelmäßige KI-Nutzung)".into(),
            optional(k.usage_rate),
            "%",
        ),
        (
            "Zeitersparnis".into(),
            decimal_de(k.hours_per_week),
            "h/Woche",
        ),
        (
            "Zeitersparnis in Euro".into(),
            euros_de(k.euros_per_year, table),
            "€/Jahr",
        ),
    ];
    for c in &k.by_status {
        rows.push((
            format!("Use Cases: {}", texts::pilot_status(c.status, Language::De)),
            c.count.to_string(),
            "Anzahl",
        ));
    }
    rows.extend([
        ("Ø Nutzen".into(), optional(k.average_benefit), "1–5"),
        ("Ø Risiko".into(), optional(k.average_risk), "1–5"),
        (
            "Ø Messbarkeit".into(),
            optional(k.average_measurability),
            "1–5",
        ),
        (
            "Neue Use Cases im Quartal".into(),
            k.new_in_quarter.to_string(),
            "Anzahl",
        ),
        (
            "Investition bisher".into(),
            euros_de(k.investment_to_date, table),
            "€",
        ),
        (
            "Einsparung bisher".into(),
            euros_de(k.savings_to_date, table),
            "€",
        ),
        ("ROI".into(), optional(k.roi_percent), "%"),
        (
            "KI-Reifegrad (Index)".into(),
            optional(m.figures.as_ref().map(|f| f.index)),
            "1–3",
        ),
        (
            "Aktive Mentoring-Paare".into(),
            transfer.active_pairs.to_string(),
            "Anzahl",
        ),
        (
            "Check-ins in den letzten 30 Tagen".into(),
            transfer.checkins_last_30_days.to_string(),
            "Anzahl",
        ),
        (
            "Wissensteilung ab Stufe 2".into(),
            m.figures
                .as_ref()
                .map(|f| f.at_least(maturity::Dimension::Sharing, 2).to_string())
                .unwrap_or_else(|| "–".into()),
            "Personen",
        ),
    ]);
    match format {
        Format::Csv => {
            writeln!(out, "KPI;Wert;Einheit")?;
            for (name, value, unit) in &rows {
                writeln!(out, "{};{};{}", csv_field(name), value, unit)?;
            }
        }
        Format::Table => {
            for (name, value, unit) in &rows {
                writeln!(out, "{name:<42} {value:>12} {unit}")?;
            }
            if k.usage_rate.is_none() {
                writeln!(
                    out,
                    "Die Anwendungsquote erscheint erst ab {} aktiven Mitarbeitenden.",
                    kpi::MIN_GROUP
                )?;
            }
        }
    }
    Ok(())
}

/// An ISO date as Germans write it (`01.12.2026`).
fn date_de(iso: &str) -> String {
    chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| d.format("%d.%m.%Y").to_string())
        .unwrap_or_else(|_| iso.to_string())
}

/// One group's maturity: per dimension the mean and the people at levels 1–3, then the
/// index, as of the month end the core counted up to. Below the minimum group size, or when
/// the core withholds a department so it cannot be subtracted from the company, every
/// figure is withheld.
fn write_maturity(
    scope: &str,
    aggregate: &maturity::Aggregate,
    format: Format,
    out: &mut impl Write,
) -> Result<(), Error> {
    const TOO_FEW: &str = "zu wenige Personen";
    let mean = |v: f64| format!("{v:.2}").replace('.', ",");
    let mut rows: Vec<(&str, String, [String; 3])> = maturity::Dimension::ALL
        .into_iter()
        .enumerate()
        .map(|(i, dimension)| {
            let name = texts::maturity_dimension(dimension, Language::De);
            match &aggregate.figures {
                Some(f) => (
                    name,
                    mean(f.dimensions[i].mean),
                    f.dimensions[i].at_level.map(|n| n.to_string()),
                ),
                None => (name, TOO_FEW.to_string(), Default::default()),
            }
        })
        .collect();
    rows.push((
        "Reifegrad-Index",
        aggregate
            .figures
            .as_ref()
            .map_or_else(|| TOO_FEW.to_string(), |f| mean(f.index)),
        Default::default(),
    ));
    match format {
        Format::Csv => {
            writeln!(
                out,
                "Bereich;Stand;Bewertete Personen;Dimension;Mittelwert;Stufe 1;Stufe 2;Stufe 3"
            )?;
            for (name, value, levels) in &rows {
                writeln!(
                    out,
                    "{};{};{};{};{};{}",
                    csv_field(scope),
                    aggregate.as_of,
                    aggregate.people_rated,
                    name,
                    value,
                    levels.join(";")
                )?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "KI-Reifegrad: {scope}, Stand {} (Monatsende)",
                date_de(&aggregate.as_of)
            )?;
            writeln!(
                out,
                "Bewertet: {} von {} aktiven Mitarbeitenden",
                aggregate.people_rated, aggregate.active_people
            )?;
            writeln!(
                out,
                "{:<20} {:>18} {:>8} {:>8} {:>8}",
                "Dimension", "Mittelwert (1–3)", "Stufe 1", "Stufe 2", "Stufe 3"
            )?;
            for (name, value, [one, two, three]) in &rows {
                let line = format!("{name:<20} {value:>18} {one:>8} {two:>8} {three:>8}");
                writeln!(out, "{}", line.trim_end())?;
            }
            if aggregate.figures.is_none() {
                if aggregate.people_rated < maturity::MIN_GROUP {
                    writeln!(
                        out,
                        "Zu wenige Personen bewertet: Werte erscheinen erst ab {} Personen, \
                         damit niemand einzeln erkennbar ist.",
                        maturity::MIN_GROUP
                    )?;
                } else {
                    writeln!(
                        out,
                        "Zurückgehalten: Zusammen mit den Werten des Unternehmens und der \
                         übrigen Abteilungen ließen sich sonst weniger als {} Personen \
                         herausrechnen.",
                        maturity::MIN_GROUP
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn write_roadmap(
    plan: &roadmap::Roadmap,
    format: Format,
    out: &mut impl Write,
) -> Result<(), Error> {
    let state = |item: &roadmap::RoadmapItem| {
        if item.done {
            "erledigt"
        } else if item.overdue {
            "überfällig"
        } else {
            "offen"
        }
    };
    let proof = |item: &roadmap::RoadmapItem| {
        item.evidence
            .map(|e| texts::roadmap_evidence(e, Language::De))
            .unwrap_or_default()
    };
    match format {
        Format::Csv => {
            writeln!(out, "Phase;Punkt;Fällig;Status;Erledigt am;Nachweis")?;
            for item in &plan.items {
                writeln!(
                    out,
                    "{};{};{};{};{};{}",
                    csv_field(texts::roadmap_phase(item.phase, Language::De)),
                    csv_field(texts::roadmap_item(item.key, Language::De)),
                    item.due_on,
                    state(item),
                    item.ticked_on.as_deref().unwrap_or(""),
                    csv_field(&proof(item))
                )?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "90-Tage-Roadmap vom {} bis {} (heute: Tag {}), {} von {} Punkten erledigt",
                date_de(&plan.start),
                date_de(&plan.end),
                plan.today_day,
                plan.done(),
                plan.items.len()
            )?;
            for phase in roadmap::Phase::ALL {
                writeln!(out)?;
                writeln!(out, "{}", texts::roadmap_phase(phase, Language::De))?;
                for item in plan.items.iter().filter(|i| i.phase == phase) {
                    let mark = if item.done { "[x]" } else { "[ ]" };
                    let how = match (&item.ticked_on, item.evidence) {
                        (Some(on), _) => format!(" — von Hand am {}", date_de(on)),
                        (None, Some(_)) => format!(" — {}", proof(item)),
                        (None, None) => String::new(),
                    };
                    writeln!(
                        out,
                        "  {mark} {}  {:<10}  {}{how}",
                        date_de(&item.due_on),
                        state(item),
                        texts::roadmap_item(item.key, Language::De),
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0).replace('.', ",")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The id of the item called `name` (case-insensitive), or `None` when no name was given.
fn find_by_name<'a>(
    items: impl IntoIterator<Item = (u32, &'a str)>,
    name: Option<&str>,
    entity: Entity,
) -> Result<Option<u32>, Error> {
    let Some(name) = name else { return Ok(None) };
    let wanted = name.trim().to_lowercase();
    items
        .into_iter()
        .find(|(_, candidate)| candidate.to_lowercase() == wanted)
        .map(|(id, _)| Some(id))
        .ok_or_else(|| Error::not_found(entity, name))
}

fn department_id(conn: &rusqlite::Connection, name: Option<&str>) -> Result<Option<u32>, Error> {
    let departments = people::list_departments(conn)?;
    find_by_name(
        departments.iter().map(|d| (d.id, d.name.as_str())),
        name,
        Entity::Department,
    )
}

fn write_table(matrix: &Matrix, out: &mut impl Write) -> Result<(), Error> {
    let name_width = matrix
        .rows
        .iter()
        .map(|r| r.name.chars().count())
        .chain(std::iter::once(4))
        .max()
        .unwrap_or(4)
        .min(32);
    let pad = |text: &str, width: usize| {
        let shown: String = text.chars().take(width).collect();
        format!("{shown}{}", " ".repeat(width - shown.chars().count()))
    };
    let codes: Vec<&str> = matrix.columns().map(|c| c.code.as_str()).collect();
    write!(out, "{}", pad("Name", name_width))?;
    for code in &codes {
        write!(out, " {code:>3}")?;
    }
    writeln!(out)?;
    let mut department = None;
    for row in &matrix.rows {
        if department != Some(row.department_id) {
            department = Some(row.department_id);
            writeln!(out, "── {} ──", row.department)?;
        }
        write!(out, "{}", pad(&row.name, name_width))?;
        for (level, gap) in row.levels.iter().zip(&row.gaps) {
            let cell = level.map(|l| l.to_string()).unwrap_or_else(|| "–".into());
            let mark = if *gap > 0 { "!" } else { " " };
            write!(out, " {cell:>2}{mark}")?;
        }
        writeln!(out)?;
    }
    write!(out, "{}", pad("≥ 2", name_width))?;
    for c in &matrix.coverage {
        write!(out, " {:>3}", c.covered)?;
    }
    writeln!(out)?;
    write!(out, "{}", pad("Wissensinsel", name_width))?;
    for c in &matrix.coverage {
        write!(out, " {:>3}", if c.knowledge_island { "⚠" } else { "" })?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} Mitarbeitende · Stufen: 0 keine, 1 Grundkenntnisse, 2 selbstständig, 3 Experte · ! unter Rollenziel · – nicht eingeschätzt",
        matrix.rows.len()
    )?;
    Ok(())
}

/// The ladder: per stage its band and requirements (EU Pay Transparency Directive).
fn write_ladder(
    stages: &[ladder::Stage],
    format: Format,
    out: &mut impl Write,
) -> Result<(), Error> {
    let table = matches!(format, Format::Table);
    let band_end = |v: Option<u32>| v.map(|v| euros_de(v.into(), table)).unwrap_or_default();
    let needs = |s: &ladder::Stage| -> Vec<String> {
        s.requirements
            .iter()
            .map(|r| {
                let need = texts::ladder_need(&r.need, Language::De);
                if r.retired {
                    format!("{need} ({})", texts::ladder_retired(Language::De))
                } else {
                    need
                }
            })
            .collect()
    };
    match format {
        Format::Csv => {
            writeln!(
                out,
                "Position;Stufe;Gehalt von;Gehalt bis;Verantwortung;Anforderungen"
            )?;
            for s in stages {
                writeln!(
                    out,
                    "{};{};{};{};{};{}",
                    s.position,
                    csv_field(&s.name),
                    band_end(s.salary_min),
                    band_end(s.salary_max),
                    csv_field(&s.responsibilities),
                    csv_field(&needs(s).join(" | "))
                )?;
            }
        }
        Format::Table => {
            if stages.is_empty() {
                writeln!(out, "Noch keine Laufbahnstufen.")?;
            }
            for s in stages {
                let band = match (s.salary_min, s.salary_max) {
                    (None, None) => "ohne Gehaltsband".to_string(),
                    (min, max) => format!("{}–{} €/Jahr", band_end(min), band_end(max)),
                };
                writeln!(out, "Stufe {} {} ({band})", s.position, s.name)?;
                if !s.responsibilities.is_empty() {
                    writeln!(out, "  {}", s.responsibilities)?;
                }
                for need in needs(s) {
                    writeln!(out, "  - {need}")?;
                }
                if s.requirements.is_empty() {
                    writeln!(out, "  - keine Anforderungen")?;
                }
            }
        }
    }
    Ok(())
}

/// Readiness for the next stage: one line per active employee.
fn write_readiness(
    list: &[ladder::Readiness],
    format: Format,
    out: &mut impl Write,
) -> Result<(), Error> {
    let name =
        |s: &Option<ladder::StageRef>| s.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    let missing = |r: &ladder::Readiness, separator: &str| {
        r.missing
            .iter()
            .map(|m| texts::ladder_missing(m, Language::De))
            .collect::<Vec<_>>()
            .join(separator)
    };
    match format {
        Format::Csv => {
            writeln!(
                out,
                "Personalnummer;Name;Stufe;Nächste Stufe;Bereitschaft;Fehlt"
            )?;
            for r in list {
                writeln!(
                    out,
                    "{};{};{};{};{};{}",
                    csv_field(&r.personnel_number),
                    csv_field(&r.name),
                    csv_field(&name(&r.stage)),
                    csv_field(&name(&r.next)),
                    r.percent.map(|p| p.to_string()).unwrap_or_default(),
                    csv_field(&missing(r, " | "))
                )?;
            }
        }
        Format::Table => {
            let width = |text: &dyn Fn(&ladder::Readiness) -> String, min: usize| {
                list.iter()
                    .map(|r| text(r).chars().count())
                    .chain([min])
                    .max()
                    .unwrap_or(min)
            };
            let stage = |s: &Option<ladder::StageRef>| {
                s.as_ref()
                    .map_or_else(|| "–".to_string(), |s| s.name.clone())
            };
            let (number_width, name_width, stage_width) = (
                width(&|r| r.personnel_number.clone(), 9),
                width(&|r| r.name.clone(), 4),
                width(&|r| stage(&r.stage), 5),
            );
            let next_width = width(&|r| stage(&r.next), 13);
            writeln!(
                out,
                "{:<number_width$}  {:<name_width$}  {:<stage_width$}  {:<next_width$}  {:>12}  Fehlt",
                "Pers.-Nr.", "Name", "Stufe", "Nächste Stufe", "Bereitschaft"
            )?;
            for r in list {
                let percent = r
                    .percent
                    .map_or_else(|| "–".to_string(), |p| format!("{p} %"));
                let gaps = match r.next {
                    None => "höchste Stufe erreicht".to_string(),
                    Some(_) => missing(r, "; "),
                };
                writeln!(
                    out,
                    "{:<number_width$}  {:<name_width$}  {:<stage_width$}  {:<next_width$}  {percent:>12}  {gaps}",
                    r.personnel_number,
                    r.name,
                    stage(&r.stage),
                    stage(&r.next),
                )?;
            }
            writeln!(out, "{} Mitarbeitende", list.len())?;
        }
    }
    Ok(())
}

/// Hire or upskill for one role.
fn write_fit(result: &fit::RoleFit, format: Format, out: &mut impl Write) -> Result<(), Error> {
    let advice = match result.recommendation {
        fit::Recommendation::Train => "schulen",
        fit::Recommendation::Hire => "einstellen",
        fit::Recommendation::NoProfile => "kein Zielprofil",
    };
    let path = result
        .suggested_path
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let gaps = |c: &fit::Candidate| {
        c.gaps
            .iter()
            .map(|g| {
                let level = g.level.map_or_else(|| "–".to_string(), |l| l.to_string());
                format!("{} {level}→{}", g.code, g.required)
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match format {
        Format::Csv => {
            writeln!(
                out,
                "Rolle;Empfehlung;Rang;Personalnummer;Name;Abteilung;Abdeckung;Punkte;Lücken;Lernpfad"
            )?;
            if result.candidates.is_empty() {
                writeln!(
                    out,
                    "{};{advice};;;;;;;;{}",
                    csv_field(&result.role),
                    csv_field(&path)
                )?;
            }
            for (rank, c) in result.candidates.iter().enumerate() {
                writeln!(
                    out,
                    "{};{advice};{};{};{};{};{};{};{};{}",
                    csv_field(&result.role),
                    rank + 1,
                    csv_field(&c.personnel_number),
                    csv_field(&c.name),
                    csv_field(&c.department),
                    c.coverage,
                    c.score,
                    csv_field(&gaps(c)),
                    csv_field(&path)
                )?;
            }
        }
        Format::Table => {
            writeln!(out, "Rolle: {}", result.role)?;
            writeln!(
                out,
                "Punkte = {:.0} % Profilabdeckung + {:.0} % technisches Interesse + {:.0} % Kommunikation; passend ab {} Punkten",
                fit::COVERAGE_WEIGHT * 100.0,
                fit::INTEREST_WEIGHT * 100.0,
                fit::COMMUNICATION_WEIGHT * 100.0,
                fit::FIT_THRESHOLD
            )?;
            match result.recommendation {
                fit::Recommendation::Train => writeln!(
                    out,
                    "Empfehlung: schulen — {} passende Person(en){}",
                    result.candidates.len(),
                    if path.is_empty() {
                        String::new()
                    } else {
                        format!(", Lernpfad „{path}“")
                    }
                )?,
                fit::Recommendation::Hire => writeln!(
                    out,
                    "Empfehlung: einstellen — niemand erreicht die Schwelle; ein bis zwei \
                     strategische Neueinstellungen, die danach andere anleiten. Am nächsten:"
                )?,
                fit::Recommendation::NoProfile => {
                    writeln!(out, "{}", texts::fit_no_profile(Language::De))?
                }
            }
            for (rank, c) in result.candidates.iter().enumerate() {
                writeln!(
                    out,
                    "{:>3}. {} {} ({}) — Abdeckung {} %, {} Punkte{}",
                    rank + 1,
                    c.personnel_number,
                    c.name,
                    c.department,
                    c.coverage,
                    c.score,
                    if c.gaps.is_empty() {
                        String::new()
                    } else {
                        format!(", Lücken: {}", gaps(c))
                    }
                )?;
            }
        }
    }
    Ok(())
}
