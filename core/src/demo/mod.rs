//! The demo company "Muster Maschinenbau GmbH": a plausible mid-sized machine builder to try
//! the product on. Generated from a fixed seed, so the same call gives the same company on
//! every machine and tests can rely on it. Nothing here is presented as real data: the UI
//! and the CLI label it as the demo.

use crate::assessment::{self, Assessor, NewAssessment};
use crate::company::{self, Company, Language};
use crate::error::Result;
use crate::framework;
use crate::people::{self, AiUsage, EmployeeInput};
use crate::pilots::compliance::{self, RiskClass};
use crate::pilots::details::{self, AiHosting, DetailsInput, GoalInput, Lessons, MilestoneInput};
use crate::pilots::team::{TeamMember, TeamRole};
use crate::pilots::{self, CostKind, NewPilot, PilotStatus};
use crate::roadmap::{self, ItemKey};
use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::Transaction;

pub const COMPANY_NAME: &str = "Muster Maschinenbau GmbH";
pub const DEFAULT_EMPLOYEES: u32 = 140;
const SEED: u64 = 0x7461_6c65_6e74;

struct DemoDepartment {
    name: &'static str,
    /// Share of the workforce in per mille.
    share: u32,
    titles: &'static [&'static str],
    /// Typical level bias per pillar (Grundlagen, Anwendung, Sicherheit, Datenkompetenz).
    bias: [i32; 4],
}

const DEPARTMENTS: &[DemoDepartment] = &[
    DemoDepartment {
        name: "Geschäftsführung & Verwaltung",
        share: 130,
        titles: &[
            "Geschäftsführer",
            "Buchhalterin",
            "Personalreferentin",
            "Assistenz der Geschäftsführung",
            "Controller",
        ],
        bias: [0, 0, 0, 0],
    },
    DemoDepartment {
        name: "Vertrieb",
        share: 170,
        titles: &[
            "Vertriebsingenieur",
            "Innendienst",
            "Key Account Manager",
            "Angebotskalkulation",
            "Marketing",
        ],
        bias: [0, 0, 0, -1],
    },
    DemoDepartment {
        name: "Konstruktion",
        share: 140,
        titles: &[
            "Konstrukteur",
            "Technischer Zeichner",
            "Entwicklungsingenieurin",
            "Projektingenieur",
        ],
        bias: [1, 0, 0, 0],
    },
    DemoDepartment {
        name: "Produktion",
        share: 320,
        titles: &[
            "Zerspanungsmechaniker",
            "Industriemechanikerin",
            "Schichtleiter",
            "Monteur",
            "Fertigungsplaner",
            "Meister",
        ],
        bias: [-1, 0, -1, -1],
    },
    DemoDepartment {
        name: "Qualität",
        share: 120,
        titles: &["Qualitätsprüfer", "Qualitätsmanagerin", "Messtechniker"],
        bias: [0, 0, 1, 0],
    },
    DemoDepartment {
        name: "IT",
        share: 120,
        titles: &[
            "IT-Administrator",
            "ERP-Betreuerin",
            "Anwendungsentwickler",
            "IT-Leiter",
        ],
        bias: [1, 1, 0, 1],
    },
];

/// Competencies where the demo company has at most a few experts.
const SPECIALIST: &[&str] = &["G4", "S2", "D4"];

const FIRST_NAMES: &[&str] = &[
    "Anna",
    "Jürgen",
    "Zoë",
    "René",
    "Sabine",
    "Thomas",
    "Katrin",
    "Michael",
    "Özlem",
    "Stefan",
    "Julia",
    "Andreas",
    "Birgit",
    "Frank",
    "Lena",
    "Markus",
    "Nicole",
    "Peter",
    "Sandra",
    "Jörg",
    "Claudia",
    "Uwe",
    "Melanie",
    "Ralf",
    "Franziska",
    "Holger",
    "Anja",
    "Dirk",
    "Svenja",
    "Bernd",
    "Ayşe",
    "Matthias",
    "Heike",
    "Tobias",
    "Kerstin",
    "Lukas",
    "Marta",
    "Sven",
    "Jana",
    "Karl",
    "Elif",
    "Wolfgang",
    "Petra",
    "Daniel",
    "Ines",
    "Björn",
    "Marie",
    "Klaus",
    "Tanja",
    "Niklas",
];

const LAST_NAMES: &[&str] = &[
    "Müßig",
    "Fähnrich",
    "Çelik",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Schulze",
    "Maier",
    "Köhler",
    "Herrmann",
    "König",
    "Walter",
    "Mayer",
    "Huber",
    "Kaiser",
    "Fuchs",
    "Peters",
    "Lang",
    "Scholz",
    "Möller",
    "Weiß",
    "Jung",
    "Hahn",
    "Yılmaz",
    "Vogel",
    "Friedrich",
    "Günther",
];

/// Fills an empty file with the demo company and `employees` people.
pub fn create(
    tx: &Transaction,
    employees: u32,
    language: Language,
    today: NaiveDate,
) -> Result<Company> {
    company::create(tx, COMPANY_NAME, language, today)?;
    tx.execute(
        "UPDATE company SET hourly_rate = 58.0, working_weeks = 46, demo = 1",
        [],
    )?;
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let framework = framework::load(tx)?;
    let pillar_index = |pillar_id: u32| {
        framework
            .pillars
            .iter()
            .position(|p| p.id == pillar_id)
            .unwrap_or(0)
            .min(3)
    };
    let department_ids = DEPARTMENTS
        .iter()
        .map(|d| people::create_department(tx, d.name).map(|d| d.id))
        .collect::<Result<Vec<_>>>()?;

    // Distribute people over departments by share, the rest to production.
    let mut sizes: Vec<u32> = DEPARTMENTS
        .iter()
        .map(|d| employees * d.share / 1000)
        .collect();
    let assigned: u32 = sizes.iter().sum();
    sizes[3] += employees - assigned;

    let mut number = 0u32;
    for (d, size) in sizes.iter().enumerate() {
        let dept = &DEPARTMENTS[d];
        for _ in 0..*size {
            number += 1;
            let n = number as usize;
            // The first three carry the names that prove a printout's umlauts and accents.
            let (first, last) = if n <= 3 {
                (FIRST_NAMES[n], LAST_NAMES[n - 1])
            } else {
                (
                    FIRST_NAMES[(n * 7 + d) % FIRST_NAMES.len()],
                    LAST_NAMES[(n * 11 + n / LAST_NAMES.len()) % LAST_NAMES.len()],
                )
            };
            let technical_interest: i32 = (rng.random_range(0..=3) + dept.bias[0].max(0)).min(3);
            let communication: i32 = rng.random_range(0..=3);
            let domain_expertise: i32 = rng.random_range(1..=3);
            let with_role = rng.random_bool(0.45);
            let role_id =
                with_role.then(|| framework.roles[rng.random_range(0..framework.roles.len())].id);
            let years = rng.random_range(0..25u64);
            let entry = today - Days::new(years * 365 + rng.random_range(0..365u64));
            let usage = match technical_interest + rng.random_range(-1..=1) {
                i32::MIN..=0 => AiUsage::None,
                1 | 2 => AiUsage::Occasional,
                _ => AiUsage::Regular,
            };
            let employee = people::create_employee(
                tx,
                &EmployeeInput {
                    personnel_number: format!("{:05}", 10_000 + number),
                    name: format!("{first} {last}"),
                    department_id: department_ids[d],
                    job_title: dept.titles[rng.random_range(0..dept.titles.len())].to_string(),
                    role_id,
                    entry_date: Some(entry.to_string()),
                    technical_interest,
                    communication,
                    domain_expertise,
                    ai_usage: None,
                },
                today,
            )?;
            people::record_ai_usage(
                tx,
                employee.id,
                usage,
                today - Days::new(rng.random_range(10..300)),
            )?;

            for competency in &framework.competencies {
                // About one cell in eight is not assessed yet.
                if rng.random_bool(0.12) {
                    continue;
                }
                // Around 1 (Grundkenntnisse), shifted by department and technical interest.
                let mut level =
                    1 + dept.bias[pillar_index(competency.pillar_id)] + rng.random_range(-1..=1);
                if technical_interest == 3 && rng.random_bool(0.5) {
                    level += 1;
                } else if technical_interest == 0 && rng.random_bool(0.5) {
                    level -= 1;
                }
                // Specialist topics have few experts: the demo shows knowledge islands.
                if level >= 3
                    && SPECIALIST.contains(&competency.code.as_str())
                    && rng.random_bool(0.9)
                {
                    level = 2;
                }
                let level = level.clamp(0, 3);
                let recent = today - Days::new(rng.random_range(5..90));
                // Some cells have grown: an older self-assessment one level lower.
                if level > 0 && rng.random_bool(0.3) {
                    let earlier = recent - Days::new(rng.random_range(120..360));
                    assessment::record(
                        tx,
                        &NewAssessment {
                            employee_id: employee.id,
                            competency_id: competency.id,
                            level: level - 1,
                            assessed_on: earlier.to_string(),
                            assessor: Assessor::SelfAssessment,
                            note: String::new(),
                        },
                    )?;
                }
                assessment::record(
                    tx,
                    &NewAssessment {
                        employee_id: employee.id,
                        competency_id: competency.id,
                        level,
                        assessed_on: recent.to_string(),
                        assessor: if rng.random_bool(0.8) {
                            Assessor::Manager
                        } else {
                            Assessor::Trainer
                        },
                        note: String::new(),
                    },
                )?;
            }
        }
    }
    demo_pilots(tx, today)?;
    crate::ladder::demo(tx, today)?;
    crate::learning::demo(tx, today)?;
    crate::mentoring::demo(tx, today)?;
    crate::maturity::demo(tx, today, &mut rng)?;
    company::require(tx)
}

/// One of the demo's use cases: where it stands, and its history in days before today.
struct DemoPilot {
    title: &'static str,
    department: &'static str,
    /// (days ago, stage); the first is when it was recorded.
    stages: &'static [(u64, PilotStatus)],
    /// (benefit, risk, measurability)
    scores: Option<(i32, i32, i32)>,
    planned: f64,
    /// (days ago, hours saved per week)
    measured: &'static [(u64, f64)],
    /// (days ago, kind, euros)
    costs: &'static [(u64, CostKind, f64)],
    /// Competency codes the pilot needs; its team comes from its department.
    needs: &'static [&'static str],
    stop_reason: &'static str,
    about: About,
}

/// What the use case is about, its goals and milestones, what was learned, and how it
/// stands under the EU AI Act and with the works council.
struct About {
    description: &'static str,
    pain_point: &'static str,
    /// (system, vendor, hosting)
    system: (&'static str, &'static str, Option<AiHosting>),
    /// (name, baseline, target, unit)
    goals: &'static [(&'static str, f64, f64, &'static str)],
    /// (title, due in days from today — negative: past —, done that many days from today)
    milestones: &'static [(&'static str, i64, Option<i64>)],
    /// (what worked, what did not, next step)
    lessons: (&'static str, &'static str, &'static str),
    risk: Option<(RiskClass, &'static str)>,
    personal_data: &'static str,
    /// Days ago the works council was informed.
    council_informed: Option<u64>,
}

/// The seed's metal-working example — Angebotserstellung 6 h/week, Kundenkommunikation 4,
/// Dokumentation 3 — plus ideas still in evaluation and one pilot stopped with its reason.
const DEMO_PILOTS: &[DemoPilot] = &[
    DemoPilot {
        title: "Angebotserstellung",
        department: "Vertrieb",
        stages: &[
            (150, PilotStatus::Idea),
            (120, PilotStatus::Evaluation),
            (90, PilotStatus::Running),
        ],
        scores: Some((5, 2, 5)),
        planned: 5.0,
        measured: &[(60, 4.5), (30, 6.0)],
        costs: &[(90, CostKind::Once, 2_400.0), (90, CostKind::Monthly, 60.0)],
        needs: &["G2", "A1", "S1"],
        stop_reason: "",
        about: About {
            description: "Angebote für Standardmaschinen entwirft die KI aus Anfrage, \
                          Produktdaten und Textbausteinen; der Vertrieb prüft Preise und Technik.",
            pain_point: "Ein Standardangebot kostet zwei Stunden, die Anfragen stapeln sich, \
                         Kunden warten bis zu einer Woche.",
            system: ("ChatGPT Team", "OpenAI", Some(AiHosting::Cloud)),
            goals: &[
                (
                    "Bearbeitungszeit je Standardangebot",
                    120.0,
                    45.0,
                    "Minuten",
                ),
                ("Angebote je Woche", 18.0, 25.0, "Anzahl"),
            ],
            milestones: &[
                ("Vorlagen und Prompts abgestimmt", -80, Some(-78)),
                ("Auswertung nach acht Wochen", -35, Some(-30)),
                ("Entscheidung über die Skalierung", 10, None),
            ],
            lessons: (
                "Standardangebote entstehen in Minuten; der Vertrieb prüft nur noch Preise \
                 und Technik.",
                "Sonderanfertigungen brauchen weiterhin die Konstruktion; ohne Produktdaten \
                 bleiben die Entwürfe allgemein.",
                "Produktkatalog als Wissensbasis anbinden, dann auf den Innendienst ausweiten.",
            ),
            risk: Some((
                RiskClass::Minimal,
                "Entwürfe für Angebotstexte, vor dem Versand von Menschen geprüft; keine \
                 Entscheidung über Personen.",
            )),
            personal_data: "Ansprechpartner der Kunden (Name, E-Mail)",
            council_informed: Some(95),
        },
    },
    DemoPilot {
        title: "Kundenkommunikation",
        department: "Vertrieb",
        stages: &[
            (140, PilotStatus::Idea),
            (110, PilotStatus::Evaluation),
            (80, PilotStatus::Running),
        ],
        scores: Some((4, 2, 4)),
        planned: 4.0,
        measured: &[(50, 3.0), (20, 4.0)],
        costs: &[(80, CostKind::Monthly, 45.0)],
        needs: &["G2", "G3", "S1"],
        stop_reason: "",
        about: About {
            description: "Antwortentwürfe auf Kundenanfragen per E-Mail, in der Tonalität \
                          des Hauses; versendet wird nur, was ein Mensch freigibt.",
            pain_point: "Anfragen bleiben bis zu zwei Tage liegen, weil die Antworten im \
                         Tagesgeschäft untergehen.",
            system: ("Microsoft 365 Copilot", "Microsoft", Some(AiHosting::Cloud)),
            goals: &[("Antwortzeit auf Kundenanfragen", 24.0, 4.0, "Stunden")],
            milestones: &[
                ("Antwortbausteine freigegeben", -70, Some(-72)),
                ("Zwischenauswertung", -20, Some(-20)),
                ("Schulung aller Vertriebsmitarbeitenden", 20, None),
            ],
            lessons: ("", "", ""),
            risk: Some((
                RiskClass::Limited,
                "Erzeugt Texte, die Kunden lesen: Transparenzpflicht (Art. 50); keine \
                 Entscheidung über Personen.",
            )),
            personal_data: "Kundendaten und Namen der bearbeitenden Mitarbeitenden",
            council_informed: Some(85),
        },
    },
    DemoPilot {
        title: "Dokumentation",
        department: "Qualität",
        stages: &[
            (130, PilotStatus::Idea),
            (100, PilotStatus::Evaluation),
            (70, PilotStatus::Running),
        ],
        scores: Some((3, 1, 4)),
        planned: 3.0,
        measured: &[(40, 3.0)],
        costs: &[(70, CostKind::Once, 800.0)],
        needs: &["A1", "D1"],
        stop_reason: "",
        about: About {
            description: "Prüfberichte und Arbeitsanweisungen werden aus Stichpunkten und \
                          Messprotokollen vorformuliert.",
            pain_point: "Die Qualitätssicherung schreibt Berichte statt zu prüfen.",
            system: (
                "Llama 3.1 über Ollama",
                "Meta (Modell), eigener Server",
                Some(AiHosting::Local),
            ),
            goals: &[("Zeit je Prüfbericht", 60.0, 30.0, "Minuten")],
            milestones: &[
                ("Erste Prüfberichte erstellt", -50, Some(-45)),
                ("Abnahme durch die QM-Leitung", -5, None),
            ],
            lessons: ("", "", ""),
            risk: Some((
                RiskClass::Minimal,
                "Läuft lokal, verarbeitet nur Messwerte und Prüftexte.",
            )),
            personal_data: "",
            council_informed: None,
        },
    },
    DemoPilot {
        title: "Wartungsprognose aus Maschinendaten",
        department: "Produktion",
        stages: &[(45, PilotStatus::Idea), (20, PilotStatus::Evaluation)],
        scores: Some((4, 3, 3)),
        planned: 5.0,
        measured: &[],
        costs: &[],
        needs: &["D2", "D3"],
        stop_reason: "",
        about: About {
            description: "Ausfälle der Fräszentren aus Spindellast und Temperatur \
                          vorhersagen, bevor sie die Produktion stoppen.",
            pain_point: "Ungeplante Stillstände kosten jedes Quartal mehrere Schichten.",
            system: ("", "", None),
            goals: &[],
            milestones: &[],
            lessons: ("", "", ""),
            risk: None,
            personal_data: "",
            council_informed: None,
        },
    },
    DemoPilot {
        title: "Eingangsrechnungen vorprüfen",
        department: "Geschäftsführung & Verwaltung",
        stages: &[(10, PilotStatus::Idea)],
        scores: None,
        planned: 0.0,
        measured: &[],
        costs: &[],
        needs: &[],
        stop_reason: "",
        about: About {
            description: "Eingangsrechnungen gegen Bestellung und Lieferschein abgleichen.",
            pain_point: "",
            system: ("", "", None),
            goals: &[],
            milestones: &[],
            lessons: ("", "", ""),
            risk: None,
            personal_data: "",
            council_informed: None,
        },
    },
    DemoPilot {
        title: "Vorauswahl von Bewerbungen",
        department: "Geschäftsführung & Verwaltung",
        stages: &[
            (100, PilotStatus::Idea),
            (80, PilotStatus::Evaluation),
            (60, PilotStatus::Stopped),
        ],
        scores: Some((3, 5, 2)),
        planned: 2.0,
        measured: &[],
        costs: &[],
        needs: &[],
        stop_reason: "Hochrisiko nach EU AI Act (Anhang III, Beschäftigung): \
                      Aufwand und Risiko stehen in keinem Verhältnis zum Nutzen.",
        about: About {
            description: "Bewerbungen nach Anforderungsprofil vorsortieren.",
            pain_point: "Auf eine Stelle in der Fertigung kommen bis zu 80 Bewerbungen.",
            system: ("", "", None),
            goals: &[],
            milestones: &[],
            lessons: (
                "",
                "Schon die Vorauswahl wäre eine Entscheidung über Personen: Hochrisiko nach \
                 Anhang III, mit Pflichten, die in keinem Verhältnis zum Nutzen stehen.",
                "Stattdessen Stellenanzeigen mit KI schärfen (geringes Risiko).",
            ),
            risk: Some((
                RiskClass::High,
                "Anhang III Nr. 4: Auswahl von Bewerberinnen und Bewerbern.",
            )),
            personal_data: "Bewerbungsunterlagen",
            council_informed: None,
        },
    },
];

/// Widens the demo's framework to `competencies` in all (the seeded ones count), with every
/// active person assessed in each added one: the upper size the product is designed for
/// (5,000 × 100) is measured on this company, by the benchmarks and `scripts/measure-start.sh`.
/// Levels cycle through 0–3 so that every cell has a value and every colour occurs.
pub fn widen_framework(
    tx: &Transaction,
    competencies: usize,
    assessed_on: NaiveDate,
) -> Result<()> {
    let framework = framework::load(tx)?;
    let (pillars, seeded) = (framework.pillars, framework.competencies.len());
    let mut added = Vec::new();
    for i in seeded..competencies {
        added.push(framework::create_competency(
            tx,
            &framework::CompetencyInput {
                pillar_id: pillars[i % pillars.len()].id,
                code: format!("X{i}"),
                name: format!("Zusatzkompetenz {i}"),
                description: String::new(),
                level_descriptors: Vec::new(),
            },
        )?);
    }
    let assessed_on = assessed_on.format("%Y-%m-%d").to_string();
    for (n, employee) in people::list_employees(tx, false)?.iter().enumerate() {
        for (k, competency) in added.iter().enumerate() {
            assessment::record(
                tx,
                &NewAssessment {
                    employee_id: employee.id,
                    competency_id: competency.id,
                    level: ((n + k) % 4) as i32,
                    assessed_on: assessed_on.clone(),
                    assessor: Assessor::Manager,
                    note: String::new(),
                },
            )?;
        }
    }
    Ok(())
}

fn demo_pilots(tx: &Transaction, today: NaiveDate) -> Result<()> {
    let ago = |days: u64| (today - Days::new(days)).to_string();
    let departments = people::list_departments(tx)?;
    let employees = people::list_employees(tx, false)?;
    let framework = framework::load(tx)?;
    for demo in DEMO_PILOTS {
        let department_id = departments
            .iter()
            .find(|d| d.name == demo.department)
            .map(|d| d.id);
        let (first_day, first_stage) = demo.stages[0];
        let id = pilots::add(
            tx,
            &NewPilot {
                title: demo.title.into(),
                department_id,
                status: first_stage,
                on: ago(first_day),
            },
        )?
        .id;
        for (days, stage) in &demo.stages[1..] {
            let reason = if *stage == PilotStatus::Stopped {
                demo.stop_reason
            } else {
                ""
            };
            pilots::set_status(tx, id, *stage, &ago(*days), reason)?;
        }
        if let Some((benefit, risk, measurability)) = demo.scores {
            pilots::set_scores(tx, id, benefit, risk, measurability)?;
        }
        pilots::set_planned_hours(tx, id, demo.planned)?;
        for (days, hours) in demo.measured {
            pilots::record_measured_hours(tx, id, *hours, &ago(*days))?;
        }
        for (days, kind, amount) in demo.costs {
            pilots::add_cost(tx, id, *kind, *amount, &ago(*days))?;
        }
        let needed: Vec<u32> = demo
            .needs
            .iter()
            .filter_map(|code| framework.competency_by_code(code).map(|c| c.id))
            .collect();
        pilots::team::set_needed_competencies(tx, id, &needed)?;
        let mut owner = None;
        if !needed.is_empty() {
            let roles = [
                TeamRole::Lead,
                TeamRole::Expert,
                TeamRole::Enthusiast,
                TeamRole::ProcessOwner,
            ];
            let team: Vec<TeamMember> = employees
                .iter()
                .filter(|e| Some(e.department_id) == department_id)
                .zip(roles)
                .map(|(e, role)| TeamMember {
                    employee_id: e.id,
                    role,
                })
                .collect();
            pilots::team::set_team(tx, id, &team)?;
            owner = team.first().map(|m| m.employee_id);
        }
        describe(tx, id, demo, department_id, owner, today)?;
    }
    roadmap::set_start(tx, &ago(60))?;
    for (item, days) in [
        (ItemKey::Interviews, 50),
        (ItemKey::Champions, 40),
        (ItemKey::Vision, 32),
    ] {
        roadmap::tick(tx, item, Some(&ago(days)))?;
    }
    Ok(())
}

/// Fills in what the use case is about, its plan and compliance from [`About`].
fn describe(
    tx: &Transaction,
    id: u32,
    demo: &DemoPilot,
    department_id: Option<u32>,
    owner_id: Option<u32>,
    today: NaiveDate,
) -> Result<()> {
    let about = &demo.about;
    let relative = |days: i64| {
        let day = if days < 0 {
            today - Days::new(days.unsigned_abs())
        } else {
            today + Days::new(days as u64)
        };
        day.to_string()
    };
    // A pilot is planned for four months from the day it started.
    let started = demo
        .stages
        .iter()
        .find(|(_, stage)| *stage == PilotStatus::Running)
        .map(|(days, _)| today - Days::new(*days));
    let (system, vendor, hosting) = about.system;
    details::set_details(
        tx,
        id,
        &DetailsInput {
            title: demo.title.into(),
            department_id,
            owner_id,
            description: about.description.into(),
            pain_point: about.pain_point.into(),
            ai_system: system.into(),
            ai_vendor: vendor.into(),
            ai_hosting: hosting,
            planned_start: started.map(|d| d.to_string()),
            planned_end: started.map(|d| (d + Days::new(120)).to_string()),
        },
    )?;
    for (name, baseline, target, unit) in about.goals {
        details::add_goal(
            tx,
            id,
            &GoalInput {
                name: (*name).into(),
                baseline: *baseline,
                target: *target,
                unit: (*unit).into(),
            },
        )?;
    }
    for (title, due, done) in about.milestones {
        details::add_milestone(
            tx,
            id,
            &MilestoneInput {
                title: (*title).into(),
                due_on: relative(*due),
                done_on: done.map(relative),
            },
        )?;
    }
    let (worked, not_worked, next_step) = about.lessons;
    details::set_lessons(
        tx,
        id,
        &Lessons {
            worked: worked.into(),
            not_worked: not_worked.into(),
            next_step: next_step.into(),
        },
    )?;
    if let Some((class, justification)) = about.risk {
        compliance::set_risk_class(tx, id, class, justification)?;
    }
    compliance::set_personal_data(tx, id, about.personal_data, false)?;
    if let Some(days) = about.council_informed {
        compliance::set_works_council_informed(tx, id, Some(&relative(-(days as i64))))?;
    }
    Ok(())
}
