//! Role fit — "hire or upskill" (seed 000, 002): for an AI role, who already covers most
//! of its target profile, weighted by technical interest and communication strength; when
//! nobody reaches [`FIT_THRESHOLD`], the answer is to hire (one or two strategic hires who
//! then mentor others), otherwise the named candidates to train, with their gaps and the
//! learning path meant for the role.
//!
//! This is a suggestion for a conversation, never a rating of a person: the weights and the
//! threshold are public constants the UI shows next to the result.

use crate::error::{Entity, Error, Result};
use crate::framework;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use specta::Type;
use std::collections::HashMap;

/// Weight of the profile coverage (share of the role's target levels reached, each
/// competency counted up to its target only).
pub const COVERAGE_WEIGHT: f64 = 0.7;
/// Weight of technical interest (0–3, scaled to 0–1).
pub const INTEREST_WEIGHT: f64 = 0.2;
/// Weight of communication strength (0–3, scaled to 0–1).
pub const COMMUNICATION_WEIGHT: f64 = 0.1;
/// The score (0–100) from which someone counts as a candidate to train for the role. With
/// these weights the full profile alone reaches it, as does three quarters of it with high
/// interest and communication.
pub const FIT_THRESHOLD: u8 = 70;
/// How many people the ranking names at most.
pub const MAX_CANDIDATES: usize = 10;

/// A level short of a role's target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Gap {
    pub competency_id: u32,
    pub code: String,
    pub name: String,
    /// `None`: not assessed yet.
    pub level: Option<u8>,
    pub required: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub employee_id: u32,
    pub personnel_number: String,
    pub name: String,
    pub department: String,
    pub technical_interest: u8,
    pub communication: u8,
    /// Share of the target profile covered, 0–100 (rounded down).
    pub coverage: u8,
    /// The weighted score, 0–100 (rounded down).
    pub score: u8,
    /// Score at or above [`FIT_THRESHOLD`].
    pub fits: bool,
    /// Target competencies not reached, in framework order.
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Recommendation {
    /// Train the candidates who fit.
    Train,
    /// Nobody reaches the threshold: hire one or two people who then mentor others.
    Hire,
    /// The role has no target level in any active competency (a new role, or every target
    /// retired): there is nothing to measure anyone against, so no candidates — set the
    /// role's profile first.
    NoProfile,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PathRef {
    pub id: u32,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleFit {
    pub role_id: u32,
    pub role: String,
    pub recommendation: Recommendation,
    /// Best first, at most [`MAX_CANDIDATES`]: with [`Recommendation::Train`] only those who
    /// fit, with [`Recommendation::Hire`] the closest for reference, with
    /// [`Recommendation::NoProfile`] nobody.
    pub candidates: Vec<Candidate>,
    /// The (first active) learning path meant for this role, if any.
    pub suggested_path: Option<PathRef>,
}

/// The fit of the active employees for `role_id`.
pub fn role_fit(conn: &Connection, role_id: u32) -> Result<RoleFit> {
    let framework = framework::load(conn)?;
    let role = framework
        .roles
        .iter()
        .find(|r| r.id == role_id)
        .ok_or_else(|| Error::not_found(Entity::Role, role_id))?;
    let competencies: HashMap<u32, &framework::Competency> =
        framework.competencies.iter().map(|c| (c.id, c)).collect();
    let targets: Vec<(&framework::Competency, u8)> = role
        .targets
        .iter()
        .filter_map(|t| {
            competencies
                .get(&t.competency_id)
                .map(|c| (*c, t.min_level.clamp(0, 3) as u8))
        })
        .collect();
    let wanted: u32 = targets.iter().map(|(_, l)| u32::from(*l)).sum();
    let suggested_path = conn
        .query_row(
            "SELECT id, name FROM learning_path WHERE role_id = ?1 AND retired_on IS NULL
             ORDER BY position, id LIMIT 1",
            [role_id],
            |r| {
                Ok(PathRef {
                    id: r.get(0)?,
                    name: r.get(1)?,
                })
            },
        )
        .optional()?;
    // Without a profile everyone would "cover" it: that is no reason to train anyone.
    if wanted == 0 {
        return Ok(RoleFit {
            role_id,
            role: role.name.clone(),
            recommendation: Recommendation::NoProfile,
            candidates: Vec::new(),
            suggested_path,
        });
    }

    let mut levels: HashMap<(u32, u32), u8> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT l.employee_id, l.competency_id, l.level FROM current_level l
         JOIN role_target t ON t.competency_id = l.competency_id AND t.role_id = ?1",
    )?;
    let mut rows = stmt.query([role_id])?;
    while let Some(row) = rows.next()? {
        levels.insert((row.get(0)?, row.get(1)?), row.get(2)?);
    }

    let mut candidates: Vec<Candidate> = conn
        .prepare(
            "SELECT e.id, e.personnel_number, e.name, d.name, e.technical_interest, e.communication
             FROM employee e JOIN department d ON d.id = e.department_id
             WHERE e.archived_on IS NULL",
        )?
        .query_map([], |r| {
            Ok(Candidate {
                employee_id: r.get(0)?,
                personnel_number: r.get(1)?,
                name: r.get(2)?,
                department: r.get(3)?,
                technical_interest: r.get(4)?,
                communication: r.get(5)?,
                coverage: 0,
                score: 0,
                fits: false,
                gaps: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for c in &mut candidates {
        let mut reached = 0u32;
        for (competency, required) in &targets {
            let level = levels.get(&(c.employee_id, competency.id)).copied();
            reached += u32::from(level.unwrap_or(0).min(*required));
            if level.unwrap_or(0) < *required {
                c.gaps.push(Gap {
                    competency_id: competency.id,
                    code: competency.code.clone(),
                    name: competency.name.clone(),
                    level,
                    required: *required,
                });
            }
        }
        let coverage = f64::from(reached) / f64::from(wanted);
        c.coverage = (coverage * 100.0 + 1e-9).floor() as u8;
        let score = COVERAGE_WEIGHT * coverage
            + INTEREST_WEIGHT * f64::from(c.technical_interest) / 3.0
            + COMMUNICATION_WEIGHT * f64::from(c.communication) / 3.0;
        c.score = (score * 100.0 + 1e-9).floor().min(100.0) as u8;
        c.fits = c.score >= FIT_THRESHOLD;
    }
    candidates.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(b.coverage.cmp(&a.coverage))
            .then_with(|| a.name.cmp(&b.name))
            .then(a.employee_id.cmp(&b.employee_id))
    });
    let recommendation = if candidates.first().is_some_and(|c| c.fits) {
        candidates.retain(|c| c.fits);
        Recommendation::Train
    } else {
        Recommendation::Hire
    };
    candidates.truncate(MAX_CANDIDATES);
    Ok(RoleFit {
        role_id,
        role: role.name.clone(),
        recommendation,
        candidates,
        suggested_path,
    })
}

/// [`role_fit`] for every role not retired, in framework order.
pub fn all_roles(conn: &Connection) -> Result<Vec<RoleFit>> {
    framework::load(conn)?
        .roles
        .iter()
        .filter(|r| r.retired_on.is_none())
        .map(|r| role_fit(conn, r.id))
        .collect()
}
