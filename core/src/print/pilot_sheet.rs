//! The printed pilot one-pager (Pilotprojekt-Steckbrief): one use case on one A4 page that a
//! managing director takes into a meeting — what it is about, its goals, the time it saves
//! and what it costs, who runs it and whether they have the skills, its milestones, how it
//! stands under the EU AI Act and with the works council, what was learned.
//!
//! Everything comes from [`crate::pilots::page`], so the sheet and the detail page show the
//! same state; this module only words and formats it and hands it to `pilot_sheet.typ` as
//! JSON, never as markup. A field nobody filled in says so ("noch nicht erfasst") instead of
//! leaving an empty box. Very long texts flow onto a second page; nothing is cut off.
//!
//! Pseudonymized sheets name every person by pseudonym code: the owner and the team, and
//! any employee's full name a user typed into a free text, however it is cased, spaced or
//! ordered ("ANNA ROTH", "Anna\nRoth", "Roth, Anna"). No name may reach the JSON.

use super::data::{format_date, Numbers};
use super::render::Template;
use crate::company::{self, Language};
use crate::error::Result;
use crate::framework;
use crate::people;
use crate::pilots::compliance::{self, RiskClass};
use crate::pilots::details::AiHosting;
use crate::pilots::page::{self, PilotPage};
use crate::pilots::team::{TeamRole, TeamWarning};
use crate::pilots::{CostKind, PilotStatus};
use crate::texts::{self, PilotSheetLabels};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;
use typst::foundations::{Str, UnicodeNormalForm};

pub(super) static TEMPLATE: Template = Template {
    source: include_str!("pilot_sheet.typ"),
    ident: "talentwerk-pilot-sheet",
    // One page: the accessible structure tree costs next to nothing.
    tagged: true,
};

/// Everything `pilot_sheet.typ` reads, already worded and formatted.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Sheet {
    lang: &'static str,
    text: &'static PilotSheetLabels,
    company: String,
    printed_on: String,
    pseudonymized: bool,
    title: String,
    /// `Pilot läuft seit 24.08.2026`
    status: String,
    stopped: bool,
    /// Why a stopped use case was stopped; empty otherwise.
    stop_reason: String,
    /// A word under the title on what the stage means for the sheet (an idea is mostly empty).
    stage_note: &'static str,
    area: Text,
    owner: Text,
    profile: Vec<Fact>,
    goals: Vec<GoalRow>,
    hours: Vec<HoursRow>,
    /// `4,5 h (23.09.2026) · 6 h (23.10.2026)`; empty without measurements.
    measurements: String,
    hours_basis: String,
    costs: Vec<CostRow>,
    totals: Vec<CostRow>,
    team: Team,
    milestones: Vec<MilestoneRow>,
    compliance: Vec<Fact>,
    /// Said when personal data are processed (or employees could be monitored) and the works
    /// council was not informed by the day the pilot first ran, or by today if it never ran.
    council_hint: Option<&'static str>,
    lessons: Vec<Fact>,
    history: Vec<Step>,
}

/// A value, or the placeholder that says nothing was recorded (set apart in the print).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Text {
    value: String,
    missing: bool,
}

impl Text {
    fn or_placeholder(value: &str, placeholder: &str) -> Text {
        if value.trim().is_empty() {
            Text {
                value: placeholder.to_string(),
                missing: true,
            }
        } else {
            Text {
                value: value.to_string(),
                missing: false,
            }
        }
    }

    fn given(value: String) -> Text {
        Text {
            value,
            missing: false,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fact {
    label: &'static str,
    #[serde(flatten)]
    text: Text,
    /// A second line in smaller type (the risk class' justification).
    note: String,
    /// Set in bold: what a reader looks for first.
    strong: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GoalRow {
    name: String,
    baseline: String,
    target: String,
    unit: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HoursRow {
    label: String,
    hours: Text,
    euros: String,
    /// Under the label in small type: why measured hours show no euros per year.
    note: &'static str,
    /// The latest measurement: set in bold.
    strong: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CostRow {
    label: String,
    amount: String,
    strong: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Team {
    first_column: &'static str,
    /// The needed competencies' codes.
    columns: Vec<String>,
    /// `G2 Prompt Engineering · A1 …`
    key: String,
    members: Vec<Member>,
    warning: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Member {
    name: String,
    /// `(ausgeschieden)` after someone who has left but is kept on the team; empty otherwise.
    left: String,
    team_role: &'static str,
    ai_role: Text,
    cells: Vec<Cell>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Cell {
    /// `1 / 2`, `3`, `–`
    text: String,
    /// Below the AI role's target, as the core decides it (the detail page reads the same).
    below: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MilestoneRow {
    due: String,
    title: String,
    state: &'static str,
    note: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Step {
    status: &'static str,
    on: String,
    reason: String,
    current: bool,
}

/// Reads the use case `id` as of `today` and words it for the sheet.
pub(super) fn sheet(
    conn: &Connection,
    id: u32,
    pseudonymize: bool,
    language: Language,
    today: NaiveDate,
) -> Result<Sheet> {
    let company = company::require(conn)?;
    let page = page::page(conn, id, today)?;
    let people = People::read(conn, pseudonymize)?;
    let competencies = framework::load_all(conn)?.competencies;
    let t = texts::pilot_sheet_labels(language);
    let n = Numbers(language);
    let date =
        |iso: &str| iso_date(iso).map_or_else(|| iso.to_string(), |d| format_date(d, language));
    let s = |text: &str| people.scrub(text);

    let status = texts::pilot_status(page.pilot.status, language);
    let details = &page.details.input;
    let owner = match details.owner_id {
        Some(owner) => Text::given(people.name(owner, page.details.owner.as_deref())),
        None => Text::or_placeholder("", t.not_recorded),
    };

    let left = format!("({})", texts::print_labels(language).archived);
    let team = team(
        &page,
        &people,
        &competencies,
        t,
        language,
        &left,
        pseudonymize,
    );

    let hours = hours_rows(
        &page,
        t,
        n,
        &date,
        company.working_weeks,
        company.hourly_rate,
    );
    let compliance = &page.compliance;
    let concerns_staff =
        compliance::concerns_staff(&compliance.personal_data, compliance.monitoring_possible);
    let council_hint = council_hint(&page, today, t);

    Ok(Sheet {
        lang: language.as_str(),
        text: t,
        company: company.name.clone(),
        printed_on: format_date(today, language),
        pseudonymized: pseudonymize,
        title: s(&page.pilot.title),
        status: format!("{status} {} {}", t.since, date(&page.pilot.status_since)),
        stopped: page.pilot.status == PilotStatus::Stopped,
        stage_note: if page.pilot.status == PilotStatus::Idea {
            t.idea_note
        } else {
            ""
        },
        stop_reason: page
            .statuses
            .last()
            .filter(|step| step.status == PilotStatus::Stopped)
            .map(|step| s(&step.reason))
            .unwrap_or_default(),
        area: Text::or_placeholder(
            page.pilot.department.as_deref().unwrap_or(""),
            t.not_recorded,
        ),
        owner,
        profile: vec![
            fact(
                t.description,
                Text::or_placeholder(&s(&details.description), t.not_recorded),
            ),
            fact(
                t.pain_point,
                Text::or_placeholder(&s(&details.pain_point), t.not_recorded),
            ),
            fact(
                t.ai_system,
                ai_system(
                    &s(&details.ai_system),
                    &s(&details.ai_vendor),
                    details.ai_hosting,
                    t,
                ),
            ),
            fact(
                t.planned_period,
                match (&details.planned_start, &details.planned_end) {
                    (Some(start), Some(end)) => {
                        Text::given(format!("{} – {}", date(start), date(end)))
                    }
                    (Some(start), None) => Text::given(format!("{} {}", t.from, date(start))),
                    (None, Some(end)) => Text::given(format!("{} {}", t.until, date(end))),
                    (None, None) => Text::or_placeholder("", t.not_recorded),
                },
            ),
            scores(&page, t),
        ],
        goals: page
            .goals
            .iter()
            .map(|g| GoalRow {
                name: s(&g.name),
                baseline: n.short(g.baseline),
                target: n.short(g.target),
                unit: s(&g.unit),
            })
            .collect(),
        hours,
        measurements: page
            .hours
            .iter()
            .map(|h| format!("{} h ({})", n.short(h.hours), date(&h.on)))
            .collect::<Vec<_>>()
            .join(" · "),
        // Only beside a euro figure: measured hours of a pilot that does not run have none.
        hours_basis: if page.pilot.planned_hours > 0.0
            || (!page.hours.is_empty() && page.pilot.status.saves_time())
        {
            t.hours_basis
                .replace("{weeks}", &company.working_weeks.to_string())
                .replace("{rate}", &n.short(company.hourly_rate))
        } else {
            String::new()
        },
        costs: page
            .costs
            .iter()
            .map(|c| match c.kind {
                CostKind::Once => CostRow {
                    label: format!("{} {}", t.once, date(&c.on)),
                    amount: euros(n, c.amount),
                    strong: false,
                },
                CostKind::Monthly if c.amount == 0.0 => CostRow {
                    label: format!("{} {}", t.monthly_ended, date(&c.on)),
                    amount: String::new(),
                    strong: false,
                },
                CostKind::Monthly => CostRow {
                    label: format!("{} {}", t.monthly, date(&c.on)),
                    amount: euros(n, c.amount),
                    strong: false,
                },
            })
            .collect(),
        // Nothing spent and nothing saved yet: the placeholder says so, no column of zeros.
        totals: if page.costs.is_empty()
            && page.to_date.investment == 0.0
            && page.to_date.savings == 0.0
        {
            Vec::new()
        } else {
            let balance = page.to_date.savings - page.to_date.investment;
            let signed = if n.fixed(balance, 0) != "0" && balance > 0.0 {
                format!("+{}", euros(n, balance))
            } else {
                euros(n, balance)
            };
            vec![
                CostRow {
                    label: t.investment.into(),
                    amount: euros(n, page.to_date.investment),
                    strong: false,
                },
                CostRow {
                    label: t.savings.into(),
                    amount: euros(n, page.to_date.savings),
                    strong: false,
                },
                CostRow {
                    label: t.balance.into(),
                    amount: signed,
                    strong: true,
                },
            ]
        },
        team,
        milestones: page
            .milestones
            .iter()
            .map(|m| {
                let (state, note) = match &m.done_on {
                    Some(done) => ("done", t.done_on.replace("{date}", &date(done))),
                    None if m.due_on.as_str() < today.to_string().as_str() => {
                        ("overdue", t.overdue.to_string())
                    }
                    None => ("open", t.open.to_string()),
                };
                MilestoneRow {
                    due: date(&m.due_on),
                    title: s(&m.title),
                    state,
                    note,
                }
            })
            .collect(),
        compliance: vec![
            Fact {
                label: t.risk_class,
                text: match compliance.risk_class {
                    Some(class) => Text::given(risk_class(class, t).to_string()),
                    None => Text::or_placeholder("", t.not_classified),
                },
                note: s(&compliance.justification),
                strong: true,
            },
            fact(
                t.personal_data,
                Text::given(if compliance.personal_data.trim().is_empty() {
                    t.no_personal_data.to_string()
                } else {
                    s(&compliance.personal_data)
                }),
            ),
            fact(
                t.monitoring,
                Text::given(
                    if compliance.monitoring_possible {
                        t.yes
                    } else {
                        t.no
                    }
                    .into(),
                ),
            ),
            Fact {
                // Bold where it matters: a date, or a council that should have been told.
                strong: concerns_staff || compliance.works_council_informed_on.is_some(),
                ..fact(
                    t.works_council,
                    Text::given(match &compliance.works_council_informed_on {
                        Some(on) => t.informed_on.replace("{date}", &date(on)),
                        None => t.not_informed.into(),
                    }),
                )
            },
        ],
        council_hint,
        lessons: vec![
            fact(
                t.worked,
                Text::or_placeholder(&s(&page.lessons.worked), t.not_recorded),
            ),
            fact(
                t.not_worked,
                Text::or_placeholder(&s(&page.lessons.not_worked), t.not_recorded),
            ),
            fact(
                t.next_step,
                Text::or_placeholder(&s(&page.lessons.next_step), t.not_recorded),
            ),
        ],
        history: {
            let last = page.statuses.len().saturating_sub(1);
            page.statuses
                .iter()
                .enumerate()
                .map(|(i, step)| Step {
                    status: texts::pilot_status(step.status, language),
                    on: date(&step.on),
                    reason: s(&step.reason),
                    current: i == last,
                })
                .collect()
        },
    })
}

/// The team with each member's levels against their AI role's targets, by role; with
/// pseudonymization by code within a role, so the order tells nothing about the names.
fn team(
    page: &PilotPage,
    people: &People,
    competencies: &[framework::Competency],
    t: &'static PilotSheetLabels,
    language: Language,
    left: &str,
    pseudonymize: bool,
) -> Team {
    let needed: Vec<&framework::Competency> = page
        .needed_competencies
        .iter()
        .filter_map(|id| competencies.iter().find(|c| c.id == *id))
        .collect();
    let mut members: Vec<(usize, Member)> = page
        .team
        .iter()
        .map(|m| {
            let rank = TEAM_ORDER.iter().position(|r| *r == m.role).unwrap_or(0);
            let member = Member {
                name: people.name(m.employee_id, Some(&m.name)),
                left: if m.archived {
                    left.to_string()
                } else {
                    String::new()
                },
                team_role: texts::team_role(m.role, language),
                ai_role: Text::or_placeholder(m.ai_role.as_deref().unwrap_or(""), t.no_ai_role),
                cells: m
                    .levels
                    .iter()
                    .map(|l| Cell {
                        text: match (l.level, l.target) {
                            (Some(level), Some(target)) => format!("{level} / {target}"),
                            (Some(level), None) => level.to_string(),
                            (None, Some(target)) => format!("– / {target}"),
                            (None, None) => "–".into(),
                        },
                        below: l.below,
                    })
                    .collect(),
            };
            (rank, member)
        })
        .collect();
    if pseudonymize {
        members.sort_by(|a, b| (a.0, &a.1.name).cmp(&(b.0, &b.1.name)));
    }
    Team {
        first_column: if pseudonymize { t.pseudonym } else { t.name },
        columns: needed.iter().map(|c| c.code.clone()).collect(),
        key: needed
            .iter()
            .map(|c| format!("{} {}", c.code, c.name))
            .collect::<Vec<_>>()
            .join(" · "),
        warning: page
            .team_warning
            .filter(|_| !page.team.is_empty())
            .map(|w| match w {
                TeamWarning::TooSmall { size, min } => t
                    .team_too_small
                    .replace("{size}", &size.to_string())
                    .replace("{min}", &min.to_string()),
                TeamWarning::TooLarge { size, max } => t
                    .team_too_large
                    .replace("{size}", &size.to_string())
                    .replace("{max}", &max.to_string()),
            }),
        members: members.into_iter().map(|(_, m)| m).collect(),
    }
}

/// The team roles in the order the team is listed.
const TEAM_ORDER: [TeamRole; 4] = [
    TeamRole::Lead,
    TeamRole::Expert,
    TeamRole::Enthusiast,
    TeamRole::ProcessOwner,
];

fn fact(label: &'static str, text: Text) -> Fact {
    Fact {
        label,
        text,
        note: String::new(),
        strong: false,
    }
}

/// The works council hint, by the rule the roadmap and the status warning follow: the pilot
/// concerns employees ([`compliance::concerns_staff`]) and the council was not informed by the
/// day it first ran as a pilot, or by today if it has not run yet
/// ([`compliance::informed_by`]). Told too late, the hint says so instead of "not informed".
fn council_hint(
    page: &PilotPage,
    today: NaiveDate,
    t: &'static PilotSheetLabels,
) -> Option<&'static str> {
    let c = &page.compliance;
    let today = today.to_string();
    // Oldest first; like the roadmap, a start dated after today has not happened yet.
    let started = page
        .statuses
        .iter()
        .find(|step| step.on <= today && step.status.saves_time())
        .map_or(today.as_str(), |step| step.on.as_str());
    let informed_on = c.works_council_informed_on.as_deref();
    if !compliance::concerns_staff(&c.personal_data, c.monitoring_possible)
        || compliance::informed_by(informed_on, started)
    {
        None
    } else if compliance::informed_by(informed_on, &today) {
        Some(t.council_late)
    } else {
        Some(t.council_hint)
    }
}

/// `Nutzen 5 · Risiko 2 · Messbarkeit 5`, the priority under it.
fn scores(page: &PilotPage, t: &'static PilotSheetLabels) -> Fact {
    let p = &page.pilot;
    match (p.benefit, p.risk, p.measurability, p.priority) {
        (Some(benefit), Some(risk), Some(measurability), Some(priority)) => Fact {
            note: t
                .priority_value
                .replace("{priority}", &priority.to_string()),
            ..fact(
                t.scores,
                Text::given(
                    t.scores_value
                        .replace("{benefit}", &benefit.to_string())
                        .replace("{risk}", &risk.to_string())
                        .replace("{measurability}", &measurability.to_string()),
                ),
            )
        },
        _ => fact(t.scores, Text::or_placeholder("", t.not_scored)),
    }
}

fn iso_date(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

fn euros(n: Numbers, amount: f64) -> String {
    format!("{} €", n.fixed(amount, 0))
}

fn risk_class(class: RiskClass, t: &'static PilotSheetLabels) -> &'static str {
    match class {
        RiskClass::Minimal => t.minimal,
        RiskClass::Limited => t.limited,
        RiskClass::High => t.high,
        RiskClass::Prohibited => t.prohibited,
    }
}

/// `ChatGPT Team · Anbieter: OpenAI · in der Cloud des Anbieters`
fn ai_system(system: &str, vendor: &str, hosting: Option<AiHosting>, t: &PilotSheetLabels) -> Text {
    if system.trim().is_empty() && vendor.trim().is_empty() && hosting.is_none() {
        return Text::or_placeholder("", t.not_recorded);
    }
    let mut parts = vec![if system.trim().is_empty() {
        t.not_recorded.to_string()
    } else {
        system.to_string()
    }];
    if !vendor.trim().is_empty() {
        parts.push(format!("{}: {vendor}", t.vendor));
    }
    match hosting {
        Some(AiHosting::Local) => parts.push(t.hosting_local.into()),
        Some(AiHosting::Cloud) => parts.push(t.hosting_cloud.into()),
        None => {}
    }
    Text::given(parts.join(" · "))
}

/// Planned and latest measured hours per week, each in euros per year the way the KPIs count
/// them: hours × working weeks × hourly rate. Measured hours count only while the pilot's
/// stage saves time (running, scaling, completed): an idea, an evaluation or a stopped pilot
/// shows them without euros and says why.
fn hours_rows(
    page: &PilotPage,
    t: &'static PilotSheetLabels,
    n: Numbers,
    date: &dyn Fn(&str) -> String,
    weeks: u32,
    rate: f64,
) -> Vec<HoursRow> {
    let per_year = |hours: f64| {
        format!(
            "{} {}",
            n.fixed(hours * f64::from(weeks) * rate, 0),
            t.euros_unit
        )
    };
    let planned = page.pilot.planned_hours;
    let mut rows = vec![if planned > 0.0 {
        HoursRow {
            label: t.planned.into(),
            hours: Text::given(format!("{} {}", n.short(planned), t.hours_unit)),
            euros: per_year(planned),
            note: "",
            strong: false,
        }
    } else {
        HoursRow {
            label: t.planned.into(),
            hours: Text::or_placeholder("", t.not_planned),
            euros: String::new(),
            note: "",
            strong: false,
        }
    }];
    let counts = page.pilot.status.saves_time();
    rows.push(match page.hours.last() {
        Some(latest) => HoursRow {
            label: t.measured_on.replace("{date}", &date(&latest.on)),
            hours: Text::given(format!("{} {}", n.short(latest.hours), t.hours_unit)),
            euros: if counts {
                per_year(latest.hours)
            } else {
                String::new()
            },
            note: if counts { "" } else { t.not_counted },
            strong: true,
        },
        None => HoursRow {
            label: t.measured.into(),
            hours: Text::or_placeholder("", t.not_measured),
            euros: String::new(),
            note: "",
            strong: false,
        },
    });
    rows
}

/// Who a person is on the sheet: their name, or with pseudonymization their code; and the
/// scrubbing of free texts in which a user may have typed someone's name.
struct People {
    pseudonymize: bool,
    /// Each employee's code by id (only with pseudonymization).
    codes: HashMap<u32, String>,
    /// Every way a full name is looked for, [`folded`], with the code that replaces it;
    /// longest first, so "Anna Maria Roth" goes before "Anna Maria".
    spellings: Vec<(Vec<char>, String)>,
}

impl People {
    fn read(conn: &Connection, pseudonymize: bool) -> Result<People> {
        let everyone = if pseudonymize {
            people::list_employees(conn, true)?
                .into_iter()
                .map(|e| (e.id, e.name, e.pseudonym))
                .collect()
        } else {
            Vec::new()
        };
        Ok(People::new(pseudonymize, everyone))
    }

    /// `everyone` as (id, full name, code).
    fn new(pseudonymize: bool, everyone: Vec<(u32, String, String)>) -> People {
        let mut spellings: Vec<(Vec<char>, String)> = everyone
            .iter()
            .flat_map(|(_, name, code)| {
                spellings(name)
                    .into_iter()
                    .map(move |spelling| (spelling, code.clone()))
            })
            .collect();
        spellings.sort_by_key(|(spelling, _)| std::cmp::Reverse(spelling.len()));
        People {
            pseudonymize,
            codes: everyone
                .into_iter()
                .map(|(id, _, code)| (id, code))
                .collect(),
            spellings,
        }
    }

    /// The person `id` as printed: `name`, or their code.
    fn name(&self, id: u32, name: Option<&str>) -> String {
        if !self.pseudonymize {
            return name.unwrap_or_default().to_string();
        }
        self.codes.get(&id).cloned().unwrap_or_else(|| "–".into())
    }

    /// `text` with every employee's full name replaced by their code where it stands as a
    /// word, also in the genitive (`Anna Roths Vorlagen`): in any letter case, with any run
    /// of whitespace (line breaks too) between its parts, surname first after a comma
    /// (`Roth, Anna`), and whether its accents are composed or not (compared in NFC; the
    /// text comes back in NFC, which prints the same). Only full names: a surname alone is
    /// not recognised.
    fn scrub(&self, text: &str) -> String {
        if self.spellings.is_empty() {
            return text.to_string();
        }
        let (text, chars) = folded(text);
        let word = |i: usize| chars.get(i).is_some_and(|(c, ..)| c.is_alphanumeric());
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut i = 0;
        while i < chars.len() {
            let at = chars[i].1;
            // A name starts a word; the second `s` of a folded `ß` never does.
            let found = (at >= copied && (i == 0 || !word(i - 1)))
                .then(|| {
                    self.spellings.iter().find(|(spelling, _)| {
                        let end = i + spelling.len();
                        chars.get(i..end).is_some_and(|found| {
                            found.iter().map(|(c, ..)| *c).eq(spelling.iter().copied())
                        }) && (!word(end) || (chars[end].0 == 's' && !word(end + 1)))
                    })
                })
                .flatten();
            match found {
                Some((spelling, code)) => {
                    out.push_str(&text[copied..at]);
                    out.push_str(code);
                    i += spelling.len();
                    copied = chars[i - 1].2;
                }
                None => i += 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }
}

/// `text` in NFC, and its characters as names are compared, each with the bytes of the NFC
/// text it stands for: in lower case (`ß` as `ss`, the way upper case writes it), a run of
/// whitespace as one space.
fn folded(text: &str) -> (String, Vec<(char, usize, usize)>) {
    let text = String::from(Str::from(text).normalize(UnicodeNormalForm::Nfc));
    let mut chars: Vec<(char, usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        if c.is_whitespace() {
            match chars.last_mut() {
                Some((' ', _, run)) if *run == at => *run = end,
                _ => chars.push((' ', at, end)),
            }
        } else if c == 'ß' || c == 'ẞ' {
            chars.extend([('s', at, end), ('s', at, end)]);
        } else {
            // `İ` lower-cases to `i` and a combining dot: the `i` is what is compared.
            chars.push((c.to_lowercase().next().unwrap_or(c), at, end));
        }
    }
    (text, chars)
}

/// The ways `name` is looked for in a free text, [`folded`]: as written, and surname first,
/// after a comma with or without spaces around it or after a space alone (`Roth, Anna`,
/// `Roth,Anna`, `Roth Anna`). With more than two parts every split counts
/// (`van der Berg, Jan` as well as `Berg, Jan van der`).
fn spellings(name: &str) -> Vec<Vec<char>> {
    let name: Vec<char> = folded(name.trim()).1.into_iter().map(|(c, ..)| c).collect();
    if name.is_empty() {
        return Vec::new();
    }
    let parts: Vec<&[char]> = name.split(|c| *c == ' ').collect();
    let mut spellings = vec![name.clone()];
    for split in 1..parts.len() {
        let given = parts[..split].join(&' ');
        let surname = parts[split..].join(&' ');
        for comma in [" ", ",", ", ", " ,", " , "] {
            spellings.push([&surname[..], &comma.chars().collect::<Vec<_>>(), &given].concat());
        }
    }
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` scrubbed on a pseudonymized sheet where `name` is the only employee.
    fn replace_words(text: &str, name: &str, code: &str) -> String {
        People::new(true, vec![(1, name.into(), code.into())]).scrub(text)
    }

    #[test]
    fn names_are_replaced_where_they_start_a_word() {
        assert_eq!(
            replace_words(
                "Mit Anna Roth und Anna Roths Vorlagen; (Anna Roth).",
                "Anna Roth",
                "MA-007"
            ),
            "Mit MA-007 und MA-007s Vorlagen; (MA-007)."
        );
        assert_eq!(replace_words("Ülker Öz", "Ülker Öz", "MA-001"), "MA-001");
        assert_eq!(replace_words("Bo Li", "Li", "MA-002"), "Bo MA-002");
        assert_eq!(replace_words("Lieferant", "Li", "MA-002"), "Lieferant");
        assert_eq!(
            replace_words("Anna Rothe", "Anna Roth", "MA-007"),
            "Anna Rothe"
        );
        assert_eq!(replace_words("Kalif", "Li", "MA-002"), "Kalif");
        assert_eq!(
            replace_words("kein Name", "Anna Roth", "MA-007"),
            "kein Name"
        );
    }

    #[test]
    fn names_are_replaced_in_any_case_spacing_order_and_unicode_form() {
        for (typed, expected) in [
            ("Dank anna roth.", "Dank MA-007."),
            ("Dank ANNA ROTH.", "Dank MA-007."),
            ("ANNA ROTHS Vorlagen", "MA-007S Vorlagen"),
            ("Dank Anna  Roth.", "Dank MA-007."),
            ("Dank Anna\nRoth.", "Dank MA-007."),
            ("Dank Anna \r\n\t Roth.", "Dank MA-007."),
            ("Dank Anna\u{a0}Roth.", "Dank MA-007."),
            ("Laut Roth, Anna (QM)", "Laut MA-007 (QM)"),
            ("Laut Roth,Anna und roth ,  anna", "Laut MA-007 und MA-007"),
            ("Laut ROTH,\nANNA", "Laut MA-007"),
            ("Roth, Annas Vorlagen", "MA-007s Vorlagen"),
            ("Roth, Annabell", "Roth, Annabell"),
            ("Anna Rothkehlchen", "Anna Rothkehlchen"),
            ("Laut Roth Anna", "Laut MA-007"),
        ] {
            assert_eq!(
                replace_words(typed, "Anna Roth", "MA-007"),
                expected,
                "{typed:?}"
            );
        }
        // The name as stored may have odd spacing too.
        assert_eq!(
            replace_words("Anna Roth", " Anna  Roth ", "MA-007"),
            "MA-007"
        );
        // Composed and decomposed accents are the same name, either way round.
        let decomposed = "U\u{308}lker O\u{308}z";
        assert_eq!(replace_words(decomposed, "Ülker Öz", "MA-001"), "MA-001");
        assert_eq!(replace_words("Ülker Öz", decomposed, "MA-001"), "MA-001");
        assert_eq!(replace_words("ÜLKER ÖZ", "Ülker Öz", "MA-001"), "MA-001");
        assert_eq!(
            replace_words("Mit o\u{308}z, u\u{308}lker", "Ülker Öz", "MA-001"),
            "Mit MA-001"
        );
        // Upper case writes ß as SS (or ẞ).
        for typed in ["Jana Weiß", "JANA WEISS", "JANA WEIẞ", "jana weiss"] {
            assert_eq!(
                replace_words(typed, "Jana Weiß", "MA-003"),
                "MA-003",
                "{typed:?}"
            );
        }
        // Surname particles: any split reads as surname first.
        for typed in ["van der Berg, Jan", "Berg, Jan van der", "Jan van der Berg"] {
            assert_eq!(
                replace_words(typed, "Jan van der Berg", "MA-004"),
                "MA-004",
                "{typed:?}"
            );
        }
        // The text around a name is kept (in NFC), and the longest name wins.
        let people = People::new(
            true,
            vec![
                (1, "Anna Maria".into(), "MA-001".into()),
                (2, "Anna Maria Roth".into(), "MA-002".into()),
            ],
        );
        assert_eq!(
            people.scrub("Anna Maria Roth und Anna Maria: Café"),
            "MA-002 und MA-001: Café"
        );
        assert_eq!(people.scrub("Cafe\u{301}"), "Café");
    }
}
