//! A pilot's team — a small interdisciplinary group (seed 002: 4–5 people as Projektleitung,
//! Fachexperte, KI-Interessierte, Prozessverantwortliche) — and what no use-case register
//! does: each member's current level in the competencies the pilot needs, next to the target
//! of their AI role, straight from the talent matrix.

use super::pilot;
use crate::error::{Error, Field, Problem, Result};
use crate::framework;
use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{HashMap, HashSet};

/// Fewer people than this make a team too small to cover the roles; a warning, not an error.
pub const MIN_TEAM: usize = 3;
/// More than this and a pilot team stops being small; a warning, not an error.
pub const MAX_TEAM: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum TeamRole {
    /// Projektleitung.
    Lead,
    /// Fachexperte.
    Expert,
    /// KI-Interessierte(r).
    Enthusiast,
    /// Prozessverantwortliche(r).
    ProcessOwner,
}

impl TeamRole {
    const ALL: [TeamRole; 4] = [
        TeamRole::Lead,
        TeamRole::Expert,
        TeamRole::Enthusiast,
        TeamRole::ProcessOwner,
    ];

    fn as_str(self) -> &'static str {
        match self {
            TeamRole::Lead => "lead",
            TeamRole::Expert => "expert",
            TeamRole::Enthusiast => "enthusiast",
            TeamRole::ProcessOwner => "processOwner",
        }
    }

    fn parse(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == value)
            .unwrap_or(TeamRole::Expert)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    pub employee_id: u32,
    pub role: TeamRole,
}

/// What the user should know about a team, without refusing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(tag = "warning", rename_all = "camelCase")]
pub enum TeamWarning {
    TooSmall { size: u32, min: u32 },
    TooLarge { size: u32, max: u32 },
}

/// Replaces the team. Every member must be a current employee (or already on the team), each
/// at most once; the size
/// is checked against [`MIN_TEAM`]..=[`MAX_TEAM`] and answered with a warning.
pub fn set_team(
    tx: &Transaction,
    pilot_id: u32,
    members: &[TeamMember],
) -> Result<Option<TeamWarning>> {
    pilot(tx, pilot_id)?;
    let mut seen = HashSet::new();
    // A current employee, or one who has left but is already on the team (history stays;
    // the user may remove them, and changing someone else's role must not fail on them).
    let mut active = tx.prepare(
        "SELECT EXISTS (SELECT 1 FROM employee WHERE id = ?1 AND archived_on IS NULL)
             OR EXISTS (SELECT 1 FROM pilot_member WHERE pilot_id = ?2 AND employee_id = ?1)",
    )?;
    for member in members {
        if !seen.insert(member.employee_id) {
            return Err(Error::invalid(Field::TeamMember, Problem::Taken));
        }
        if !active.query_row(params![member.employee_id, pilot_id], |row| {
            row.get::<_, bool>(0)
        })? {
            return Err(Error::invalid(Field::TeamMember, Problem::Unknown));
        }
    }
    tx.execute("DELETE FROM pilot_member WHERE pilot_id = ?1", [pilot_id])?;
    let mut insert =
        tx.prepare("INSERT INTO pilot_member (pilot_id, employee_id, role) VALUES (?1, ?2, ?3)")?;
    for member in members {
        insert.execute(params![pilot_id, member.employee_id, member.role.as_str()])?;
    }
    Ok(size_warning(members.len()))
}

/// A warning for a team of `size` outside [`MIN_TEAM`]..=[`MAX_TEAM`].
pub fn size_warning(size: usize) -> Option<TeamWarning> {
    if size < MIN_TEAM {
        Some(TeamWarning::TooSmall {
            size: size as u32,
            min: MIN_TEAM as u32,
        })
    } else if size > MAX_TEAM {
        Some(TeamWarning::TooLarge {
            size: size as u32,
            max: MAX_TEAM as u32,
        })
    } else {
        None
    }
}

/// The ids of the competencies the pilot needs, in framework order; retired ones are left
/// out (like everywhere outside a person's history).
pub fn needed_competencies(conn: &Connection, pilot_id: u32) -> Result<Vec<u32>> {
    Ok(needed(conn, &framework::load(conn)?, pilot_id)?
        .iter()
        .map(|c| c.id)
        .collect())
}

fn needed<'f>(
    conn: &Connection,
    framework: &'f framework::Framework,
    pilot_id: u32,
) -> Result<Vec<&'f framework::Competency>> {
    let chosen: HashSet<u32> = conn
        .prepare("SELECT competency_id FROM pilot_competency WHERE pilot_id = ?1")?
        .query_map([pilot_id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(framework
        .competencies
        .iter()
        .filter(|c| chosen.contains(&c.id))
        .collect())
}

/// Names the competencies the pilot needs (replacing the earlier list).
pub fn set_needed_competencies(
    tx: &Transaction,
    pilot_id: u32,
    competencies: &[u32],
) -> Result<()> {
    pilot(tx, pilot_id)?;
    let active: HashSet<u32> = framework::load(tx)?
        .competencies
        .iter()
        .map(|c| c.id)
        .collect();
    if competencies.iter().any(|id| !active.contains(id)) {
        return Err(Error::invalid(Field::Competency, Problem::Unknown));
    }
    tx.execute(
        "DELETE FROM pilot_competency WHERE pilot_id = ?1",
        [pilot_id],
    )?;
    let mut insert = tx.prepare(
        "INSERT OR IGNORE INTO pilot_competency (pilot_id, competency_id) VALUES (?1, ?2)",
    )?;
    for id in competencies {
        insert.execute(params![pilot_id, id])?;
    }
    Ok(())
}

/// One needed competency as a member stands in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MemberLevel {
    pub competency_id: u32,
    pub code: String,
    /// The current level from the matrix; `None` when never assessed.
    pub level: Option<u8>,
    /// The minimum their AI role asks for; `None` without a role or target.
    pub target: Option<u8>,
    /// Below the target (never assessed counts as level 0): screen and printout mark it.
    pub below: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamView {
    pub employee_id: u32,
    pub name: String,
    pub role: TeamRole,
    pub ai_role: Option<String>,
    /// Has left the company: kept on the team as history until the user removes them.
    pub archived: bool,
    /// In framework order of the needed competencies.
    pub levels: Vec<MemberLevel>,
}

/// The team with each member's levels in the needed competencies, in role order, then name.
pub fn team(conn: &Connection, pilot_id: u32) -> Result<Vec<TeamView>> {
    pilot(conn, pilot_id)?;
    let framework = framework::load(conn)?;
    let columns = needed(conn, &framework, pilot_id)?;
    let targets: HashMap<(u32, u32), u8> = framework
        .roles
        .iter()
        .flat_map(|r| {
            r.targets
                .iter()
                .map(move |t| ((r.id, t.competency_id), t.min_level as u8))
        })
        .collect();
    let mut levels = conn
        .prepare("SELECT level FROM current_level WHERE employee_id = ?1 AND competency_id = ?2")?;
    // Each member with the id of their AI role, whose targets their levels are held against.
    let members: Vec<(TeamView, Option<u32>)> = conn
        .prepare(
            "SELECT e.id, e.name, m.role, e.role_id, r.name, e.archived_on IS NOT NULL
             FROM pilot_member m JOIN employee e ON e.id = m.employee_id
             LEFT JOIN ai_role r ON r.id = e.role_id
             WHERE m.pilot_id = ?1 ORDER BY e.name COLLATE de, e.id",
        )?
        .query_map([pilot_id], |row| {
            let view = TeamView {
                employee_id: row.get(0)?,
                name: row.get(1)?,
                role: TeamRole::parse(&row.get::<_, String>(2)?),
                ai_role: row.get(4)?,
                archived: row.get(5)?,
                levels: Vec::new(),
            };
            Ok((view, row.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut team = Vec::with_capacity(members.len());
    for (mut view, role_id) in members {
        for c in &columns {
            let level = levels
                .query_map(params![view.employee_id, c.id], |row| row.get::<_, u8>(0))?
                .next()
                .transpose()?;
            let target = role_id.and_then(|r| targets.get(&(r, c.id)).copied());
            view.levels.push(MemberLevel {
                competency_id: c.id,
                code: c.code.clone(),
                level,
                target,
                below: target.is_some_and(|t| level.unwrap_or(0) < t),
            });
        }
        team.push(view);
    }
    team.sort_by_key(|m| TeamRole::ALL.iter().position(|r| *r == m.role));
    Ok(team)
}
